// Every golden fixture (fixtures/golden/*.json) against the stand-in, through a scripted transport that fails the
// case on an unexpected request, a request in the wrong round, requests of one round not sent together, or a
// listed request never made; then the result or error, and the cache keys written.
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { createApexStandIn } from '../viewer/conversation-controller.ts';
import { PlatformCache } from '../shared/platform-cache.ts';
import { GOLDEN_CASE_ID, goldenFiles, loadGoldenCase } from '../golden/golden-file.ts';
import { scriptedTransport } from '../golden/scripted-transport.ts';

const GOLDEN_DIR = join(__dirname, '../../../fixtures/golden');

/** KustomerError messages are English detail, not contract: they are not compared, wherever they appear. */
function withoutErrorMessages(value: unknown): unknown {
    const result = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
    const strip = (error: unknown) => {
        if (error && typeof error === 'object') delete (error as { message?: string }).message;
    };
    const notes = (result.notes ?? result) as Record<string, unknown>;
    strip(notes.error);
    if (Array.isArray(result.warnings)) result.warnings.forEach(strip);
    return result;
}

const files = goldenFiles(GOLDEN_DIR);

describe('golden fixtures', () => {
    it('exist', () => {
        expect(files.length).toBeGreaterThan(40);
    });

    it.each(files.map((file) => [file.slice(GOLDEN_DIR.length + 1), file]))(
        '%s',
        async (_name, file) => {
            const golden = loadGoldenCase(file);
            const clock = { now: () => Date.parse(golden.now) };
            const cache = new PlatformCache({ clock });
            for (const [key, entry] of Object.entries(golden.cache ?? {})) cache.put(key, entry);
            const scripted = scriptedTransport(golden.exchanges);
            const standIn = createApexStandIn({
                transport: scripted.transport,
                cases: { [GOLDEN_CASE_ID]: golden.case },
                clock,
                cache
            });

            const report = await standIn.call(golden.call.method, {
                caseId: GOLDEN_CASE_ID,
                ...golden.call.args
            });

            expect(scripted.problems).toEqual([]);
            expect(scripted.remaining().map((exchange) => exchange.request)).toEqual([]);
            const rounds = new Set(golden.exchanges.map((exchange) => exchange.round)).size;
            expect(report.rounds).toBe(rounds);
            const error = report.error
                ? (JSON.parse(report.error.body.message) as Record<string, unknown>)
                : undefined;
            const outcome = error
                ? { error: { ...error, message: undefined } }
                : { result: withoutErrorMessages(JSON.parse(report.json ?? 'null')) };
            expect(JSON.parse(JSON.stringify(outcome))).toEqual(golden.expect);
            expect(error === undefined || typeof error.message === 'string').toBe(true);
            const expectedPuts = golden.expectCachePuts ?? report.cachePuts;
            expect([...report.cachePuts].sort()).toEqual([...expectedPuts].sort());
        }
    );
});
