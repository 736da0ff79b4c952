import { describe, expect, it, jest } from '@jest/globals';
import {
    createApexStandIn,
    fetchTransport,
    isAuraLikeError,
    TransportError,
    type StandInOptions
} from '../index.ts';
import { KustomerClient } from '../shared/client.ts';
import { fixture, ok, routes } from './utils/routes.ts';

const CASE_ID = '5005e00000AbCdEAAV';
const CONV = '67cef0e3e65f7015ca3a91c6';
const PRIYA = '602e93b0c0c2253b073a91c3';

const fullFixtureRoutes = {
    [`/v1/conversations/${CONV}`]: ok(fixture('conversation.json')),
    [`/v1/conversations/${CONV}/notes?page=1&pageSize=100`]: ok(fixture('notes.json')),
    [`/v1/conversations/${CONV}/messages?page=2&pageSize=5&include=attachments`]: ok(
        fixture('messages_page2.json')
    ),
    [`/v1/users/${PRIYA}`]: ok(fixture('user.json')),
    [`/v1/customers/654368bc187ce5da4e3a91c2`]: ok(fixture('customer.json'))
};

function standIn(options: Partial<StandInOptions> = {}) {
    return createApexStandIn({
        transport: routes(fullFixtureRoutes),
        cases: new Map([[CASE_ID, { access: 'OK' as const, conversationId: CONV }]]),
        ...options
    });
}

const conversationParams = { caseId: CASE_ID, includeNotes: true, forceRefresh: false };
const messagesParams = {
    caseId: CASE_ID,
    page: 2,
    pageSize: 5,
    includeNotes: true,
    forceRefresh: false
};

async function codeOf(promise: Promise<unknown>): Promise<string> {
    try {
        await promise;
        return 'resolved';
    } catch (error) {
        return isAuraLikeError(error)
            ? JSON.parse(error.body.message).code
            : `not aura: ${String(error)}`;
    }
}

describe('stand-in', () => {
    it('costs 2 round trips and 5 requests for a first view, 0 for a re-view', async () => {
        const apex = standIn();
        const first = [
            await apex.call('getConversation', conversationParams),
            await apex.call('getMessages', messagesParams)
        ];
        expect(first.map((report) => [report.rounds, report.requests.length])).toEqual([
            [1, 2],
            [1, 3]
        ]);
        const again = [
            await apex.call('getConversation', conversationParams),
            await apex.call('getMessages', messagesParams)
        ];
        expect(again.map((report) => report.requests.length)).toEqual([0, 0]);
        expect(again[1].json).toBe(first[1].json);
        expect(apex.requestLog.map((entry) => entry.callId)).toEqual([1, 1, 2, 2, 2]);
    });

    it('makes a first view in one round (three requests), names in a second, with or without cache capacity', async () => {
        for (const cacheCapacity of [true, false]) {
            const apex = standIn({
                cacheCapacity,
                transport: routes({
                    ...fullFixtureRoutes,
                    [`/v1/conversations/${CONV}/messages?page=1&pageSize=100&include=attachments`]:
                        ok(fixture('messages_page2.json'))
                })
            });
            const first = await apex.call('getConversation', {
                ...conversationParams,
                messagesPageSize: 100
            });
            expect(first.requests.map((entry) => `${entry.round}:${entry.name}`)).toEqual([
                '1:conversation',
                '1:notes',
                '1:messages'
            ]);
            const page = JSON.parse(first.json ?? '{}').messages;
            expect(page).toMatchObject({ page: 1, pageSize: 100, hasNext: false });
            expect(page.people).toBeUndefined();
            const names = await apex.call('getPeople', {
                caseId: CASE_ID,
                userIds: [PRIYA],
                customerId: '654368bc187ce5da4e3a91c2'
            });
            // Without capacity the cached conversation cannot prove the customer: it comes along.
            expect(names.requests.map((entry) => `${entry.round}:${entry.name}`)).toEqual(
                cacheCapacity
                    ? ['1:users', '1:customer']
                    : ['1:users', '1:conversation', '1:customer']
            );
            expect(JSON.parse(names.json ?? '{}').people.map((p: { id: string }) => p.id)).toEqual([
                PRIYA,
                '654368bc187ce5da4e3a91c2'
            ]);
        }
    });

    it("looks up a customer only when it is the conversation's", async () => {
        const apex = standIn();
        await apex.invoke('getConversation', conversationParams);
        const other = await apex.call('getPeople', {
            caseId: CASE_ID,
            userIds: [],
            customerId: 'aaaaaaaaaaaaaaaaaaaaaaaa'
        });
        expect(other.requests).toEqual([]);
        expect(JSON.parse(other.json ?? '{}').people).toEqual([]);
        const bad = [
            { userIds: ['x'] },
            { userIds: 'not a list' },
            { customerId: '' },
            { userIds: Array.from({ length: 51 }, (_, i) => `6${String(i).padStart(23, '0')}`) }
        ];
        for (const params of bad) {
            expect(await codeOf(apex.invoke('getPeople', { caseId: CASE_ID, ...params }))).toBe(
                'INVALID_REQUEST'
            );
        }
    });

    it('resolves invoke to the JSON string and rejects with an Aura-like error', async () => {
        const apex = standIn();
        const json = await apex.invoke('getConversation', conversationParams);
        expect(JSON.parse(json).conversation.id).toBe(CONV);
        expect(
            await codeOf(
                apex.invoke('getConversation', { ...conversationParams, caseId: '001000000000001' })
            )
        ).toBe('INVALID_REQUEST');
        expect(await codeOf(apex.invoke('deleteEverything', conversationParams))).toBe(
            'INVALID_REQUEST'
        );
        expect(await codeOf(apex.invoke('toString', conversationParams))).toBe('INVALID_REQUEST');
        expect(await codeOf(apex.invoke('getConversation', null as never))).toBe('INVALID_REQUEST');
    });

    it('treats an unknown Case like an unreadable one, and accepts cases as a plain object', async () => {
        const apex = standIn({ cases: { [CASE_ID]: { conversationId: CONV } } });
        expect(await codeOf(apex.invoke('getConversation', conversationParams))).toBe('resolved');
        expect(
            await codeOf(
                apex.invoke('getConversation', { ...conversationParams, caseId: '5005e00000AbCdF' })
            )
        ).toBe('NO_ACCESS');
    });

    it('times out a request that does not answer, and aborts it', async () => {
        let signal: AbortSignal | undefined;
        const apex = standIn({
            timeoutMs: 20,
            transport: (request) => {
                signal = request.signal;
                return new Promise(() => {});
            }
        });
        const report = await apex.call('getConversation', {
            ...conversationParams,
            includeNotes: false
        });
        expect(JSON.parse(report.error?.body.message ?? '{}')).toMatchObject({ code: 'TIMEOUT' });
        expect(signal?.aborted).toBe(true);
        expect(report.requests[0]).toMatchObject({ outcome: 'TIMEOUT', continuation: true });
    });

    it('maps transport failures', async () => {
        const failing = (error: unknown) => standIn({ transport: () => Promise.reject(error) });
        const call = (error: unknown) =>
            codeOf(failing(error).invoke('getConversation', conversationParams));
        expect(await call(new TransportError('NOT_CONFIGURED', 'no key'))).toBe('NOT_CONFIGURED');
        expect(await call(new TransportError('TIMEOUT', 'slow'))).toBe('TIMEOUT');
        expect(await call(new TransportError('CONNECTION', 'refused'))).toBe('UPSTREAM');
        expect(await call(new Error('ECONNRESET'))).toBe('UPSTREAM');
        // anything else is read like Apex reads a CalloutException's text
        expect(await call(new Error('Read timed out'))).toBe('TIMEOUT');
        expect(await call(new Error('Exceeded maximum time allotted for callout'))).toBe('TIMEOUT');
        expect(await call(new Error('Named Credential not found'))).toBe('NOT_CONFIGURED');
        const throwing = standIn({
            transport: () => {
                throw new Error('sync');
            }
        });
        expect(await codeOf(throwing.invoke('getConversation', conversationParams))).toBe(
            'UPSTREAM'
        );
    });

    it('asks 50 predicted users in the Continuation and leaves the rest to getPeople', async () => {
        const ids = Array.from({ length: 60 }, (_, i) => `6${String(i).padStart(23, '0')}`);
        const conversation = {
            data: { type: 'conversation', id: CONV, attributes: { assignedUsers: ids } }
        };
        const paths: string[] = [];
        const apex = standIn({
            transport: async (request) => {
                paths.push(`${request.round} ${request.path}`);
                if (request.path === `/v1/conversations/${CONV}`)
                    return ok(JSON.stringify(conversation));
                if (request.path.startsWith('/v1/users/')) {
                    const data = request.path
                        .slice(10)
                        .split(',')
                        .map((id) => ({ type: 'user', id, attributes: { name: id } }));
                    return ok(JSON.stringify({ data }));
                }
                return ok(fixture('messages_page2.json'));
            }
        });
        await apex.invoke('getConversation', { ...conversationParams, includeNotes: false });
        const report = await apex.call('getMessages', { ...messagesParams, includeNotes: false });
        // No synchronous request after the round: names never hold a page back.
        expect(paths.slice(1)).toEqual([
            `1 /v1/conversations/${CONV}/messages?page=2&pageSize=5&include=attachments`,
            `1 /v1/users/${ids.slice(0, 50).join(',')}`
        ]);
        expect(report.rounds).toBe(1);
        expect(JSON.parse(report.json ?? '{}').people).toHaveLength(50);
    });

    it('does not cache a page over 100 KB, and still returns it', async () => {
        const long = JSON.parse(fixture('messages_page2.json'));
        long.data[0].attributes.preview = 'x'.repeat(120_000);
        const apex = standIn({
            transport: routes({
                ...fullFixtureRoutes,
                [`/v1/conversations/${CONV}/messages?page=2&pageSize=5&include=attachments`]: ok(
                    JSON.stringify(long)
                )
            })
        });
        await apex.invoke('getConversation', conversationParams);
        const report = await apex.call('getMessages', messagesParams);
        expect(report.cachePuts).not.toContain(`m${CONV}p2s5`);
        expect(JSON.parse(report.json ?? '{}').data[0].attributes.preview).toHaveLength(120_000);
    });

    it('degrades one bad message (a 100,000-deep meta.from, a huge htmlBody) to a part left out', async () => {
        const page = JSON.parse(fixture('messages_page2.json'));
        page.data[0].attributes.meta.from = 'DEEP';
        page.data[1].attributes.htmlBody = '<p>x</p>'.repeat(10_000);
        // Built as text: JSON.stringify itself overflows on such a value.
        const deep = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
        const body = JSON.stringify(page).replace('"DEEP"', deep);
        const apex = standIn({
            transport: routes({
                ...fullFixtureRoutes,
                [`/v1/conversations/${CONV}/messages?page=2&pageSize=5&include=attachments`]:
                    ok(body)
            })
        });
        await apex.invoke('getConversation', conversationParams);
        const result = JSON.parse(await apex.invoke('getMessages', messagesParams));
        expect(result.data).toHaveLength(3);
        expect(result.data[0].meta).toEqual({ omitted: ['meta.from'] });
        expect(result.data[0].attributes.meta.from).toBeUndefined();
        expect(result.data[1].meta).toEqual({ omitted: ['htmlBody'] });
        expect(result.data[2].meta).toBeUndefined();
    });

    it('ignores cache entries of the wrong shape', async () => {
        const apex = standIn();
        for (const key of [`c${CONV}`, `n${CONV}p1`, `m${CONV}p2s5`, `vaaaaaaaaaaaaaaaaaaaaaaaa`]) {
            apex.cache.put(key, { value: 'corrupt', fetchedAt: '2025-01-01T00:00:00.000Z' });
        }
        const fetchedAt = '2025-01-01T00:00:00.000Z';
        apex.cache.put(`n${CONV}p2`, { value: { status: 'ERROR', data: [] }, fetchedAt });
        apex.cache.put(`n${CONV}p3`, { value: { status: 'OK', data: 'x' }, fetchedAt });
        for (const page of [2, 3]) {
            const notes = await apex.call('getNotes', {
                caseId: CASE_ID,
                page,
                forceRefresh: false
            });
            expect(notes.requests.map((entry) => entry.name)).toEqual(['notes']);
        }
        const report = await apex.call('getMessages', messagesParams);
        expect(report.requests.map((entry) => entry.name)).toEqual([
            'messages',
            'conversation',
            'notes'
        ]);
    });

    it('keeps notes pages short of people when users fail', async () => {
        const apex = standIn({
            transport: routes({
                [`/v1/conversations/${CONV}/notes?page=2&pageSize=100`]: ok(
                    fixture('notes_page2.json')
                ),
                [`/v1/users/602e93b0c0c2253b073a91c3,6030a1f2b4c5d6e7f8091a2b`]: {
                    status: 500,
                    headers: {},
                    bodyText: ''
                }
            })
        });
        const page = JSON.parse(
            await apex.invoke('getNotes', { caseId: CASE_ID, page: 2, forceRefresh: false })
        );
        expect(page).toMatchObject({ status: 'OK', page: 2, people: [] });
        expect(page.data).toHaveLength(2);
    });
});

describe('KustomerClient', () => {
    it('refuses a Continuation of more than three callouts (the Apex limit)', async () => {
        const client = new KustomerClient({
            transport: async () => ok('{"data":{}}'),
            clock: Date,
            timeouts: { syncMs: 10, continuationMs: 10 },
            log: () => {},
            callId: 1,
            method: 'test'
        });
        const request = { name: 'conversation' as const, path: '/v1/x' };
        await expect(
            client.continuation({ a: request, b: request, c: request, d: request })
        ).rejects.toThrow('at most 3');
        expect(
            Object.keys(await client.continuation({ a: request, b: request, c: request }))
        ).toEqual(['a', 'b', 'c']);
    });
});

describe('fetchTransport', () => {
    const request = {
        method: 'GET' as const,
        path: '/v1/x',
        headers: { Accept: 'application/json' },
        timeoutMs: 10,
        signal: new AbortController().signal,
        round: 1
    };

    it('sends the path to the base URL with its own headers, without following redirects', async () => {
        const fake = jest.fn(async () =>
            // the parts of a fetch Response the transport reads (jsdom has no Response)
            ({
                status: 200,
                headers: new Map([['x-ratelimit-reset', '5']]),
                text: async () => '{"data":{}}'
            })
        );
        const transport = fetchTransport({
            baseUrl: 'https://acme.api.kustomerapp.com/',
            headers: { Authorization: 'Bearer k' },
            fetch: fake as unknown as typeof fetch
        });
        const response = await transport(request);
        expect(response).toEqual({
            status: 200,
            headers: { 'x-ratelimit-reset': '5' },
            bodyText: '{"data":{}}'
        });
        expect(fake).toHaveBeenCalledWith(
            'https://acme.api.kustomerapp.com/v1/x',
            expect.objectContaining({
                method: 'GET',
                redirect: 'manual',
                headers: { Accept: 'application/json', Authorization: 'Bearer k' }
            })
        );
    });

    it('turns fetch failures into transport errors', async () => {
        const failing = (error: Error) =>
            fetchTransport({
                baseUrl: 'http://x',
                fetch: (async () => {
                    throw error;
                }) as unknown as typeof fetch
            });
        const abort = Object.assign(new Error('aborted'), { name: 'AbortError' });
        await expect(failing(abort)(request)).rejects.toMatchObject({ kind: 'TIMEOUT' });
        await expect(failing(new TypeError('fetch failed'))(request)).rejects.toMatchObject({
            kind: 'CONNECTION'
        });
    });
});
