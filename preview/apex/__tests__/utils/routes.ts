// A transport for stand-in tests that answers by path from a table (unknown paths: Kustomer's 404), and the raw
// Kustomer fixtures it answers with.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Transport, TransportResponse } from '../../index.ts';

export const fixture = (name: string): string =>
    readFileSync(join(__dirname, '../../../../fixtures/kustomer', name), 'utf8');

export const ok = (bodyText: string): TransportResponse => ({ status: 200, headers: {}, bodyText });

/** Answers by path; unknown paths 404. Every path asked is appended to `seen`. */
export function routes(
    table: Record<string, TransportResponse | (() => Promise<TransportResponse>)>,
    seen: string[] = []
): Transport {
    return async (request) => {
        seen.push(request.path);
        const answer = table[request.path];
        if (typeof answer === 'function') return answer();
        return answer ?? { status: 404, headers: {}, bodyText: fixture('error_404.json') };
    };
}
