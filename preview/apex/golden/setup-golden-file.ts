// Reads fixtures/golden-setup/*.json (format: fixtures/golden-setup/README.md): the org's setup facts, the Case, the
// call, the Kustomer exchanges and the expected result, with label references resolved to the labels' texts. Used by
// the stand-in's Jest test and by scripts/golden-setup-apex.ts, which carries the same cases into Apex.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CaseRecord } from '../shared/case-access.ts';
import { SET_UP, type SetupFacts } from '../setup/environment.ts';
import { format } from '../setup/result.ts';
import { bodyTextOf, type GoldenResponse, requireGoldenName } from './golden-file.ts';

/** A text of the expected result: literal, a Custom Label with arguments, or parts joined by one space. */
export type GoldenText =
    string | { label: string; args?: Array<GoldenText | number> } | { join: GoldenText[] };

export interface SetupGoldenExchange {
    request: string;
    /** Kustomer's answer (bodyText resolved), or the CalloutException the platform throws instead. */
    response: { status: number; headers: Record<string, string>; bodyText?: string } | undefined;
    calloutException?: string;
}

export interface SetupGoldenCase {
    file: string;
    description: string;
    facts: SetupFacts;
    case?: CaseRecord;
    call: { method: string; args: Record<string, unknown> };
    exchanges: SetupGoldenExchange[];
    /** The result as the Apex serialises it (texts resolved), or the refusal's error code. */
    expect: { result?: Record<string, unknown>; error?: { code: string } };
}

interface RawCase {
    description: string;
    facts?: Partial<SetupFacts>;
    case?: CaseRecord;
    call: { method: string; args?: Record<string, unknown> };
    exchanges?: Array<{ request: string; response?: GoldenResponse; calloutException?: string }>;
    expect: { result?: Record<string, unknown>; error?: { code: string } };
}

/** A label reference or literal as the text the Apex would produce. */
export function resolveText(text: GoldenText, labels: ReadonlyMap<string, string>): string {
    if (typeof text === 'string') return text;
    if ('join' in text) return text.join.map((part) => resolveText(part, labels)).join(' ');
    const value = labels.get(text.label);
    if (value === undefined) throw new Error(`Unknown Custom Label ${text.label}`);
    const args = (text.args ?? []).map((arg) =>
        typeof arg === 'number' ? arg : resolveText(arg, labels)
    );
    return format(value, ...args);
}

const TEXT_FIELDS = ['detail', 'fix'];

function resolveResult(
    result: Record<string, unknown>,
    labels: ReadonlyMap<string, string>
): Record<string, unknown> {
    const resolved: Record<string, unknown> = { ...result };
    for (const key of TEXT_FIELDS) {
        if (resolved[key] !== undefined)
            resolved[key] = resolveText(resolved[key] as GoldenText, labels);
    }
    if (Array.isArray(result.items)) {
        resolved.items = (result.items as Array<Record<string, unknown>>).map((item) => ({
            ...item,
            name: resolveText(item.name as GoldenText, labels),
            detail: resolveText(item.detail as GoldenText, labels)
        }));
    }
    return resolved;
}

export function loadSetupGoldenCase(
    file: string,
    labels: ReadonlyMap<string, string>
): SetupGoldenCase {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as RawCase;
    requireGoldenName(file, raw.call.method);
    const baseDir = dirname(file);
    return {
        file,
        description: raw.description,
        facts: { ...SET_UP, ...raw.facts },
        ...(raw.case ? { case: raw.case } : {}),
        call: { method: raw.call.method, args: raw.call.args ?? {} },
        exchanges: (raw.exchanges ?? []).map((exchange) => ({
            request: exchange.request,
            response: exchange.response
                ? {
                      status: exchange.response.status,
                      headers: exchange.response.headers ?? {},
                      ...(bodyTextOf(exchange.response, baseDir) !== undefined
                          ? { bodyText: bodyTextOf(exchange.response, baseDir) }
                          : {})
                  }
                : undefined,
            ...(exchange.calloutException !== undefined
                ? { calloutException: exchange.calloutException }
                : {})
        })),
        expect: raw.expect.result
            ? { result: resolveResult(raw.expect.result, labels) }
            : { error: raw.expect.error as { code: string } }
    };
}
