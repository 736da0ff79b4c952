// The embedded fake Kustomer API speaks Kustomer's REST shapes (no browser needed).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CONVERSATIONS } from '../preview/fake-kustomer/catalogue.ts';
import { createFakeKustomer, type FakeKustomer } from '../preview/fake-kustomer/server.ts';

const KEY = 'fake-test-key';
let fake: FakeKustomer;
let clock = Date.now();

before(async () => {
    fake = createFakeKustomer({ apiKey: KEY, now: () => clock, rateLimitSeconds: 2 });
    await fake.listen(0);
});
after(async () => {
    await fake?.close();
});

async function get(path: string, headers: Record<string, string> = {}) {
    const response = await fetch(fake.url + path, {
        headers: { authorization: `Bearer ${KEY}`, ...headers }
    });
    const text = await response.text();
    let json: Record<string, unknown> | undefined;
    try {
        json = JSON.parse(text) as Record<string, unknown>;
    } catch {
        json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
}

type Doc = {
    data: Array<{ id: string; type: string; attributes: Record<string, unknown> }>;
    links: Record<string, string | null>;
    included?: unknown[];
    meta: unknown;
};

describe('fake Kustomer API', () => {
    it('rejects requests without the key (401, JSON:API error form)', async () => {
        const response = await fetch(`${fake.url}/v1/conversations/${CONVERSATIONS.showcase}`);
        assert.equal(response.status, 401);
        const body = (await response.json()) as {
            errors: Array<{ status: string; code: string; detail: string }>;
        };
        assert.equal(body.errors[0]?.status, '401');
        assert.equal(body.errors[0]?.code, 'unauthorized');
    });

    it('answers GET only', async () => {
        const response = await fetch(`${fake.url}/v1/conversations/${CONVERSATIONS.showcase}`, {
            method: 'POST',
            headers: { authorization: `Bearer ${KEY}` }
        });
        assert.equal(response.status, 405);
    });

    it('serves a conversation document with x-ratelimit-* headers', async () => {
        const { status, json, headers } = await get(`/v1/conversations/${CONVERSATIONS.showcase}`);
        assert.equal(status, 200);
        const data = json?.data as {
            type: string;
            id: string;
            attributes: { messageCount: number; channels: string[] };
        };
        assert.equal(data.type, 'conversation');
        assert.equal(data.attributes.messageCount, 22);
        assert.ok(data.attributes.channels.length >= 10);
        assert.equal(headers.get('x-ratelimit-limit'), '1000');
        assert.match(headers.get('x-ratelimit-remaining') ?? '', /^\d+$/);
        assert.ok(Number(headers.get('x-ratelimit-reset')) > 1e9, 'reset is epoch seconds');
    });

    it('pages messages oldest first with relative links.prev/next and include=attachments', async () => {
        const path = `/v1/conversations/${CONVERSATIONS.size(1000)}/messages`;
        const first = (await get(`${path}?page=1&pageSize=100&include=attachments`))
            .json as unknown as Doc;
        assert.equal(first.data.length, 100);
        assert.equal(first.links.prev, null);
        assert.equal(first.links.next, `${path}?page=2&pageSize=100&include=attachments`);
        const times = first.data.map((m) => Date.parse(String(m.attributes.sentAt)));
        assert.deepEqual(
            times,
            [...times].sort((a, b) => a - b),
            'ascending sentAt'
        );
        assert.ok((first.included ?? []).length > 0, 'attachments included');
        const last = (await get(`${path}?page=10&pageSize=100&include=attachments`))
            .json as unknown as Doc;
        assert.equal(last.links.next, null);
        assert.equal(last.links.prev, `${path}?page=9&pageSize=100&include=attachments`);
        const without = (await get(`${path}?page=1&pageSize=100`)).json as unknown as Doc;
        assert.equal(without.included, undefined);
        assert.equal((await get(`${path}?page=1&pageSize=101`)).status, 400);
    });

    it('serves users as an array, or as one object for one id, and customers', async () => {
        const one = (await get('/v1/users/602e93b0c0c2253b073a91c3')).json?.data as {
            type: string;
        };
        assert.equal(one.type, 'user');
        const conversation = (await get(`/v1/conversations/${CONVERSATIONS.showcase}`)).json
            ?.data as { relationships: { customer: { data: { id: string } } } };
        const customer = await get(`/v1/customers/${conversation.relationships.customer.data.id}`);
        assert.equal((customer.json?.data as { type: string }).type, 'customer');
        const users = [...fake.world.users.keys()].slice(0, 3).join(',');
        const many = (await get(`/v1/users/${users}`)).json?.data as unknown[];
        assert.equal(many.length, 3);
        assert.equal((await get('/v1/users/000000000000000000000000')).status, 404);
    });

    it('serves notes, one message, and an attachment with an expiring signed https link to real bytes', async () => {
        const notes = (
            await get(`/v1/conversations/${CONVERSATIONS.showcase}/notes?page=1&pageSize=100`)
        ).json as unknown as Doc;
        assert.equal(notes.data.length, 3);
        const message = [...fake.world.messages.values()].find((m) =>
            m.attachments.some((a) => a.contentType === 'application/pdf' && !a.redacted)
        ) as { id: string; attachments: Array<{ id: string; contentType: string }> };
        const single = (await get(`/v1/messages/${message.id}`)).json?.data as {
            id: string;
            relationships: Record<string, unknown>;
        };
        assert.equal(single.id, message.id);
        assert.ok(single.relationships.conversation);
        const pdf = message.attachments.find((a) => a.contentType === 'application/pdf') as {
            id: string;
        };
        const attachment = (await get(`/v1/messages/${message.id}/attachments/${pdf.id}`)).json
            ?.data as { links: { related: string } };
        const related = attachment.links.related;
        assert.match(related, /^https:\/\/localhost:\d+\/attachments\//);
        const insecure = await import('node:https');
        const download = (url: string) =>
            new Promise<{ status: number; body: Buffer; type: string }>((resolve, reject) => {
                insecure
                    .get(url, { rejectUnauthorized: false }, (res) => {
                        const chunks: Buffer[] = [];
                        res.on('data', (c: Buffer) => chunks.push(c));
                        res.on('end', () =>
                            resolve({
                                status: res.statusCode ?? 0,
                                body: Buffer.concat(chunks),
                                type: String(res.headers['content-type'])
                            })
                        );
                    })
                    .on('error', reject);
            });
        const ok = await download(related);
        assert.equal(ok.status, 200);
        assert.equal(ok.type, 'application/pdf');
        assert.equal(ok.body.subarray(0, 5).toString(), '%PDF-');
        assert.equal(
            (await download(related.replace(/Signature=[0-9a-f]/, 'Signature=z'))).status,
            403,
            'tampered'
        );
        clock += 301_000;
        assert.equal((await download(related)).status, 403, 'expired after 300 s');
        clock = Date.now();
    });

    it('answers each failure kind as Kustomer would', async () => {
        const id = (kind: string) =>
            [...fake.world.conversations.values()].find((c) => c.failure === kind)?.id as string;
        const forbidden = await get(`/v1/conversations/${id('forbidden')}`);
        assert.equal(forbidden.status, 403);
        assert.match(JSON.stringify(forbidden.json), /org\.permission\.conversation\.read/);
        assert.ok(
            (forbidden.json?.errors as Array<{ message?: string }>)[0]?.message,
            'the {code, message, meta} form'
        );
        assert.equal((await get(`/v1/conversations/${id('not-found')}`)).status, 404);
        assert.equal((await get(`/v1/conversations/${id('server-error')}`)).status, 500);
        const malformed = await get(`/v1/conversations/${id('malformed-json')}`);
        assert.equal(malformed.status, 200);
        assert.equal(malformed.json, undefined, 'the body is not JSON');
        const limited = await get(`/v1/conversations/${id('rate-limited')}`);
        assert.equal(limited.status, 429);
        assert.equal(limited.headers.get('x-ratelimit-remaining'), '0');
        clock += 2_500;
        assert.equal(
            (await get(`/v1/conversations/${id('rate-limited')}`)).status,
            200,
            'served after the reset'
        );
        clock = Date.now();
        const notes = await get(
            `/v1/conversations/${CONVERSATIONS.notesForbidden}/notes?page=1&pageSize=100`
        );
        assert.equal(notes.status, 403);
        const timeout = new AbortController();
        setTimeout(() => timeout.abort(), 300);
        await assert.rejects(
            fetch(`${fake.url}/v1/conversations/${id('timeout')}`, {
                headers: { authorization: `Bearer ${KEY}` },
                signal: timeout.signal
            })
        );
    });

    it('adds latency per request (x-fake-latency-ms) and globally (setLatency)', async () => {
        let started = performance.now();
        await get(`/v1/conversations/${CONVERSATIONS.showcase}`, { 'x-fake-latency-ms': '150' });
        assert.ok(performance.now() - started >= 145);
        fake.setLatency(120);
        started = performance.now();
        await get(`/v1/conversations/${CONVERSATIONS.showcase}`);
        assert.ok(performance.now() - started >= 115);
        fake.setLatency(0);
    });

    it('is deterministic: the same ids and content on every start', async () => {
        const again = createFakeKustomer({ apiKey: KEY });
        assert.deepEqual(
            [...again.world.conversations.keys()],
            [...fake.world.conversations.keys()]
        );
        assert.deepEqual(
            again.world.conversations.get(CONVERSATIONS.showcase)?.raw,
            fake.world.conversations.get(CONVERSATIONS.showcase)?.raw
        );
        assert.equal(fake.world.conversations.get(CONVERSATIONS.long)?.messages.length, 1200);
        assert.equal(fake.world.conversations.get(CONVERSATIONS.size(5000))?.messages.length, 5000);
    });
});

describe('fake Kustomer: what the real one may do (issue 11: counts, order, page sizes, endless lists)', () => {
    const quirk = CONVERSATIONS.quirk;
    const messages = (id: string, query: string) =>
        `/v1/conversations/${id}/messages?${query}&include=attachments`;
    const times = (doc: Doc) => doc.data.map((m) => Date.parse(String(m.attributes.sentAt)));

    it('reports a messageCount that drifts from the list', async () => {
        const count = async (id: string) =>
            ((await get(`/v1/conversations/${id}`)).json?.data as Doc['data'][0]).attributes
                .messageCount;
        assert.equal(await count(quirk('count-over')), 152);
        assert.equal(await count(quirk('count-under')), 10);
        const list = (await get(messages(quirk('count-over'), 'page=2&pageSize=100')))
            .json as unknown as Doc;
        assert.equal(list.data.length, 50);
        assert.equal(list.links.next, null);
        const beyond = (await get(messages(quirk('count-over'), 'page=3&pageSize=100')))
            .json as unknown as Doc;
        assert.deepEqual(beyond.data, []);
        assert.notEqual(beyond.links.prev, null);
    });

    it('lists newest first, per conversation or for the whole server', async () => {
        const doc = (await get(messages(quirk('newest-first'), 'page=1&pageSize=100')))
            .json as unknown as Doc;
        const t = times(doc);
        assert.ok(t[0] > t[t.length - 1]);
        const desc = createFakeKustomer({ apiKey: KEY, messageOrder: 'desc' });
        await desc.listen(0);
        try {
            const response = await fetch(
                desc.url + messages(CONVERSATIONS.size(150), 'page=1&pageSize=100'),
                { headers: { authorization: `Bearer ${KEY}` } }
            );
            const list = (await response.json()) as Doc;
            assert.ok(times(list)[0] > times(list)[99]);
        } finally {
            await desc.close();
        }
    });

    it('ignores sort by default, honours sort=desc and sort=-createdAt when told to', async () => {
        const path = messages(CONVERSATIONS.size(150), 'page=1&pageSize=100&sort=desc');
        const ignored = (await get(path)).json as unknown as Doc;
        assert.ok(times(ignored)[0] < times(ignored)[1]);
        const honouring = createFakeKustomer({ apiKey: KEY, sort: 'honoured' });
        await honouring.listen(0);
        try {
            for (const sort of ['desc', '-createdAt']) {
                const response = await fetch(
                    honouring.url +
                        messages(CONVERSATIONS.size(150), `page=1&pageSize=100&sort=${sort}`),
                    { headers: { authorization: `Bearer ${KEY}` } }
                );
                const list = (await response.json()) as Doc;
                assert.ok(times(list)[0] > times(list)[1], sort);
            }
        } finally {
            await honouring.close();
        }
    });

    it('rejects pageSize above 100 by default, or caps it to 100', async () => {
        const path = messages(CONVERSATIONS.size(150), 'page=1&pageSize=250');
        assert.equal((await get(path)).status, 400);
        const capping = createFakeKustomer({ apiKey: KEY, oversizedPageSize: 'cap' });
        await capping.listen(0);
        try {
            const response = await fetch(capping.url + path, {
                headers: { authorization: `Bearer ${KEY}` }
            });
            assert.equal(response.status, 200);
            assert.equal(((await response.json()) as Doc).data.length, 100);
        } finally {
            await capping.close();
        }
    });

    it('answers a users batch with a deleted id partially, or 404 when told to', async () => {
        const [known] = [...fake.world.users.keys()];
        const deleted = 'ffffffffffffffffffffffff';
        const partial = await get(`/v1/users/${known},${deleted}`);
        assert.equal(partial.status, 200);
        assert.equal((partial.json?.data as unknown[]).length, 1);
        const strict = createFakeKustomer({ apiKey: KEY, usersBatch: 'not-found' });
        await strict.listen(0);
        try {
            const response = await fetch(`${strict.url}/v1/users/${known},${deleted}`, {
                headers: { authorization: `Bearer ${KEY}` }
            });
            assert.equal(response.status, 404);
        } finally {
            await strict.close();
        }
    });

    it('keeps offering notes pages that repeat the last one (a next link that never ends)', async () => {
        const path = (page: number) =>
            `/v1/conversations/${quirk('endless-notes')}/notes?page=${page}&pageSize=100`;
        const last = (await get(path(2))).json as unknown as Doc;
        const beyond = (await get(path(40))).json as unknown as Doc;
        assert.notEqual(beyond.links.next, null);
        assert.deepEqual(
            beyond.data.map((n) => n.id),
            last.data.map((n) => n.id)
        );
    });

    it('answers a slow page late and a failing page 500', async () => {
        const started = performance.now();
        const slow = await get(messages(quirk('slow-failing-pages'), 'page=3&pageSize=100'));
        assert.equal(slow.status, 200);
        assert.ok(performance.now() - started >= 750);
        assert.equal(
            (await get(messages(quirk('slow-failing-pages'), 'page=2&pageSize=100'))).status,
            500
        );
    });
});
