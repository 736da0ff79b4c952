// The benchmark's table: each figure of .ci-out/bench.json as a row (measure, figure, target, met), and the table as
// printed with what the figures mean. "met" is informational: a benchmark measures, it does not assert.
import { BENCH_SIZES } from '../preview/fake-kustomer/catalogue.ts';
import type { componentSize } from './component-size.ts';
import type { firstViewFigures, requestCounts } from './first-view.ts';
import { LATENCY_MS, RUNS } from './first-view.ts';
import type { bytesAndRender } from './payload.ts';
import type { keyboard, longHistory, searchAll } from './reading.ts';

export type Row = { measure: string; figure: string; target: string; met?: boolean };

/** The rows of the figures measured (a figure missing from `results` has no row). */
export function benchRows(results: Record<string, unknown>): Row[] {
    const rows: Row[] = [];
    const fv = results.firstMessageVisible as
        Record<string, { floorMs: number; latencyMs: number }> | undefined;
    /** The budget of issue 11: up to 100 messages one round trip, longer ones at most two. */
    const roundTripBudget = (size: number) => (size <= 100 ? 1 : 2);
    if (fv) {
        for (const size of BENCH_SIZES) {
            const f = fv[size];
            if (!f) continue;
            const added = f.latencyMs - f.floorMs;
            const budget = roundTripBudget(size) * LATENCY_MS + 150;
            rows.push({
                measure: `first message visible, ${size} msgs`,
                figure: `${Math.round(f.latencyMs)} ms (floor ${Math.round(f.floorMs)}, +${Math.round(added)})`,
                target: `≤ floor + ${budget} ms`,
                met: added <= budget
            });
        }
        const growth = (fv[1000]?.latencyMs ?? NaN) / (fv[150]?.latencyMs ?? NaN) - 1;
        rows.push({
            measure: '1,000 vs 150 messages',
            figure: `${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(0)} %`,
            target: 'within 25 %',
            met: Math.abs(growth) <= 0.25
        });
    }
    const perSize = results.firstViewRequests as
        Record<string, Awaited<ReturnType<typeof firstViewFigures>>> | undefined;
    if (perSize) {
        for (const size of BENCH_SIZES) {
            const f = perSize[size];
            if (!f) continue;
            const budget = roundTripBudget(size);
            rows.push({
                measure: `first view ${size}: requests / trips to 1st`,
                figure:
                    `${f.requests} / ${f.roundTripsToFirstMessage}` +
                    (f.imagePreviews ? ` (+${f.imagePreviews} for an image preview)` : ''),
                target: size <= 100 ? '≤ 5 / 1' : `— / ≤ ${budget}`,
                met: f.roundTripsToFirstMessage <= budget && (size > 100 || f.requests <= 5)
            });
        }
    }
    if (typeof results.endlessNotesRequests === 'number') {
        rows.push({
            measure: 'notes requests, endless next link',
            figure: String(results.endlessNotesRequests),
            target: '≤ 10',
            met: results.endlessNotesRequests <= 10
        });
    }
    const rq = results.requests as Awaited<ReturnType<typeof requestCounts>> | undefined;
    if (rq) {
        rows.push({
            measure: 'first view 1,000 msgs: requests / sequential',
            figure: `${rq.firstView.requests} / ${rq.firstView.sequential}`,
            target: '— / ≤ 3',
            met: rq.firstView.sequential <= 3
        });
        rows.push({
            measure: 're-view within TTL: requests',
            figure: String(rq.reView.requests),
            target: '0',
            met: rq.reView.requests === 0
        });
        rows.push({
            measure: 'one older page: requests / sequential',
            figure: `${rq.olderPage.requests} / ${rq.olderPage.sequential}`,
            target: '1',
            met: rq.olderPage.requests === 1
        });
    }
    const pl = results.payload as Awaited<ReturnType<typeof bytesAndRender>> | undefined;
    if (pl) {
        rows.push({
            measure: 'bytes to the browser per 100 messages',
            figure: `${(pl.bytesPer100 / 1024).toFixed(1)} KB (gzip ${(pl.gzipPer100 / 1024).toFixed(1)} KB)`,
            target: '≤ 60 KB',
            met: pl.bytesPer100 <= 60 * 1024
        });
        rows.push({
            measure: '  same, HTML email showcase (scaled)',
            figure: `${(pl.richBytesPer100 / 1024).toFixed(1)} KB`,
            target: '≤ 60 KB',
            met: pl.richBytesPer100 <= 60 * 1024
        });
        rows.push({
            measure: 'render time per message (page of 100)',
            figure: `${pl.renderMsPerMessage.toFixed(2)} ms`,
            target: '—'
        });
    }
    const cs = results.component as Awaited<ReturnType<typeof componentSize>> | undefined;
    if (cs) {
        rows.push({
            measure: 'component compiled JS',
            figure: `${(cs.bytes / 1024).toFixed(1)} KB (gzip ${(cs.gzipBytes / 1024).toFixed(1)} KB, ${cs.modules} modules)`,
            target: '—'
        });
    }
    const lh = results.longHistory as Awaited<ReturnType<typeof longHistory>> | undefined;
    if (lh) {
        rows.push({
            measure: `render after a page, ${lh.loaded} loaded`,
            figure: `${lh.renderMs} ms`,
            target: '—'
        });
        rows.push({
            measure: `  filter (Inbound off), ${lh.loaded} loaded`,
            figure: `${lh.filterMs} ms`,
            target: '—'
        });
        rows.push({
            measure: `  DOM nodes, ${lh.loaded} loaded`,
            figure: `${lh.domNodes} (${lh.articles} messages rendered)`,
            target: '—'
        });
        rows.push({
            measure: `  search over ${lh.loaded} loaded`,
            figure: `${lh.searchMs} ms (median, after the 250 ms pause)`,
            target: '—'
        });
    }
    const sa = results.searchAll as Awaited<ReturnType<typeof searchAll>> | null | undefined;
    rows.push({
        measure: 'Search all, 1,200 msgs (100 loaded)',
        figure: sa
            ? `${sa.requests} requests, ${(sa.ms / 1000).toFixed(1)} s at 50 ms each`
            : 'not offered',
        target: sa ? sa.budget : '—',
        met: sa ? sa.requests <= 25 : undefined
    });
    const kb = results.keyboard as Awaited<ReturnType<typeof keyboard>> | undefined;
    if (kb) {
        rows.push({
            measure: 'Tabs from search box out of the viewer',
            figure: `${kb.left ? kb.tabsToLeave : `> ${kb.tabsToLeave}`} (older pages loaded meanwhile: ${kb.pagesLoaded})`,
            target: '≤ 10, 0 loaded',
            met: kb.left && kb.tabsToLeave <= 10 && kb.pagesLoaded === 0
        });
    }
    return rows;
}

/** Prints the table and what its figures mean. */
export function printTable(rows: Row[], benchSeconds: unknown): void {
    const pad = (s: string, n: number) => s.padEnd(n);
    const mark = (met?: boolean) => (met === undefined ? '' : met ? 'yes' : 'NO');
    console.log(`\n${pad('measure', 42)}${pad('figure', 46)}${pad('target', 22)}met`);
    console.log('-'.repeat(114));
    for (const row of rows) {
        console.log(
            `${pad(row.measure, 42)}${pad(row.figure, 46)}${pad(row.target, 22)}${mark(row.met)}`
        );
    }
    console.log(`
Figures are medians of ${RUNS} runs (production build, fresh page and empty caches per run; "met" is informational).
Floor: the same navigation with 0 ms Kustomer latency. With ${LATENCY_MS} ms added to every Kustomer response, each
sequential Kustomer round trip before the first message adds ${LATENCY_MS} ms (+150 ms for rendering and the browser).
The first view is one round trip (conversation ∥ notes ∥ messages page 1 of 100): complete up to 100 messages or when
Kustomer lists newest first; oldest first and longer, one more for the newest page. Names follow (getPeople) and are
counted in the requests, not in the trips to the first message. Flat in length beyond 100: 1,000 messages should cost
what 150 do.
bench: ${String(benchSeconds)} s; .ci-out/bench.json`);
}
