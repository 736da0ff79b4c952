import { describe, expect, it } from '@jest/globals';
import { scriptedTransport } from '../golden/scripted-transport.ts';
import type { GoldenExchange } from '../golden/golden-file.ts';
import type { TransportRequest } from '../transport.ts';

// The golden runner is only as strict as this transport: each departure from the script must be reported.
const exchanges: GoldenExchange[] = [
    { round: 1, request: 'GET /v1/a', response: { status: 200, bodyText: 'a' } },
    { round: 1, request: 'GET /v1/b', response: { status: 200, bodyText: 'b' } },
    { round: 2, request: 'GET /v1/c', response: { status: 200, bodyText: 'c' } }
];

function request(
    path: string,
    round: number,
    headers: Record<string, string> = { Accept: 'application/json' }
): TransportRequest {
    return {
        method: 'GET',
        path,
        headers,
        timeoutMs: 10,
        signal: new AbortController().signal,
        round
    };
}

describe('scripted transport', () => {
    it('plays a faithful sequence without problems', async () => {
        const scripted = scriptedTransport(exchanges);
        const first = await Promise.all([
            scripted.transport(request('/v1/a', 1)),
            scripted.transport(request('/v1/b', 1))
        ]);
        const second = await scripted.transport(request('/v1/c', 2));
        expect([...first, second].map((response) => response.bodyText)).toEqual(['a', 'b', 'c']);
        expect(scripted.problems).toEqual([]);
        expect(scripted.remaining()).toEqual([]);
    });

    it('reports requests of one round sent one after another', async () => {
        const scripted = scriptedTransport(exchanges);
        await scripted.transport(request('/v1/a', 1));
        await scripted.transport(request('/v1/b', 1));
        expect(scripted.problems).toEqual([
            'round 1: 1 of 2 requests sent together',
            'GET /v1/b: sent after the other requests of round 1 were answered'
        ]);
    });

    it('reports a request sent before the previous round was answered, and wrong round numbers', async () => {
        const scripted = scriptedTransport(exchanges);
        const pending = [
            scripted.transport(request('/v1/a', 1)),
            scripted.transport(request('/v1/b', 1)),
            scripted.transport(request('/v1/c', 1))
        ];
        await Promise.all(pending);
        expect(scripted.problems).toEqual([
            'GET /v1/c: stand-in says round 1, expected 2',
            'GET /v1/c: sent before round 1 was answered'
        ]);
    });

    it('reports unexpected, unlisted and missing requests and bad headers', async () => {
        const scripted = scriptedTransport(exchanges.slice(0, 1));
        await scripted.transport(request('/v1/x', 1, { Authorization: 'Bearer k' }));
        const extra = await scripted.transport(request('/v1/y', 1));
        expect(extra.status).toBe(599);
        expect(scripted.problems).toEqual([
            'GET /v1/x: no Accept header',
            'GET /v1/x: sets Authorization',
            'expected GET /v1/a, got GET /v1/x',
            'unexpected request GET /v1/y'
        ]);
        expect(scriptedTransport(exchanges).remaining()).toHaveLength(3);
    });
});
