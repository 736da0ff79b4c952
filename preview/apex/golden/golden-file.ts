// Reads fixtures/golden/*.json (format: fixtures/golden/README.md) and resolves each response's bodyFile.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Json, KustomerError } from '../contract-types.ts';
import type { CaseRecord } from '../shared/case-access.ts';
import type { CacheEntry } from '../shared/platform-cache.ts';

/** The Case Id a golden call uses unless its args name another one. */
export const GOLDEN_CASE_ID = '5005e00000AbCdEAAV';

export interface GoldenResponse {
    status: number;
    headers?: Record<string, string>;
    body?: Json;
    bodyText?: string;
    bodyFile?: string;
}

export interface GoldenExchange {
    round: number;
    request: string;
    response: GoldenResponse;
}

export interface GoldenCase {
    file: string;
    description: string;
    now: string;
    case: CaseRecord;
    cache?: Record<string, CacheEntry>;
    call: { method: string; args: Record<string, unknown> };
    exchanges: GoldenExchange[];
    expect: { result?: Json; error?: Omit<KustomerError, 'message'> };
    expectCachePuts?: string[];
}

/** The raw body text of a scripted response: bodyText as is, body as JSON, bodyFile read from disk. */
export function bodyTextOf(response: GoldenResponse, baseDir: string): string | undefined {
    if (response.bodyText !== undefined) return response.bodyText;
    if (response.body !== undefined) return JSON.stringify(response.body);
    if (response.bodyFile !== undefined)
        return readFileSync(resolve(baseDir, response.bodyFile), 'utf8');
    return undefined;
}

/** `<method>-<situation>.json`: the entry point the case calls, then what it proves in lower-case kebab-case. */
const GOLDEN_NAME = /^([a-z][A-Za-z]*)-([a-z0-9]+(?:-[a-z0-9]+)*)\.json$/;

/** Refuses a golden case (viewer or setup) whose file name does not follow GOLDEN_NAME for the method it calls. */
export function requireGoldenName(file: string, method: string): void {
    const name = basename(file);
    const match = GOLDEN_NAME.exec(name);
    if (match?.[1] === method) return;
    const situation = match?.[2] ?? 'what-it-proves';
    throw new Error(
        `${name}: a golden case is named <method>-<situation>.json, the entry point it calls then what it proves in lower-case kebab-case (here ${method}-${situation}.json)`
    );
}

export function loadGoldenCase(file: string): GoldenCase {
    const golden = JSON.parse(readFileSync(file, 'utf8')) as Omit<GoldenCase, 'file'>;
    requireGoldenName(file, golden.call.method);
    const baseDir = dirname(file);
    const exchanges = (golden.exchanges ?? []).map((exchange) => ({
        ...exchange,
        response: {
            status: exchange.response.status,
            headers: exchange.response.headers ?? {},
            bodyText: bodyTextOf(exchange.response, baseDir)
        }
    }));
    return { ...golden, file, exchanges };
}

export function goldenFiles(dir: string): string[] {
    return readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => join(dir, name));
}
