// Issue 12, item 4: the preview server answers only the developer's own page. In real mode its Apex endpoint
// returns Kustomer data fetched with the developer's key, so a DNS-rebinding page, another site, or a request
// without the page's per-run token gets nothing; malformed input is a 4xx without a stack trace; and what the
// server keeps per request is bounded.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { CONVERSATIONS } from '../preview/fake-kustomer/catalogue.ts';
import { createFakeKustomer, type FakeKustomer } from '../preview/fake-kustomer/server.ts';
import { MAX_OPENED_CASES } from '../preview/server/guard.ts';
import { startPreview, type Preview } from '../preview/server/preview-server.ts';

const KEY = 'kc-guard-key-0b7e2c4d9f1a3e5b6c8d';
const APEX = '/apex/KustomerConversationController.getConversation';

interface Answer {
    status: number;
    body: string;
}

/** A raw HTTP request to the server's loopback address, with any Host and headers. */
function send(
    preview: Preview,
    path: string,
    options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}
): Promise<Answer> {
    const port = Number(new URL(preview.url).port);
    return new Promise((resolve, reject) => {
        const req = request(
            {
                host: '127.0.0.1',
                port,
                path,
                method: options.method ?? 'GET',
                headers: options.headers
            },
            (res) => {
                const chunks: Buffer[] = [];
                res.on('data', (chunk: Buffer) => chunks.push(chunk));
                res.on('end', () =>
                    resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() })
                );
            }
        );
        req.on('error', reject);
        req.end(options.body);
    });
}

function tokenOf(html: string): string {
    const config = /<script type="application\/json" id="preview-config">(.*?)<\/script>/s.exec(
        html
    );
    return JSON.parse(config?.[1] ?? '{}').apexToken ?? '';
}

describe('the preview server answers only its own page', () => {
    let fake: FakeKustomer;
    let preview: Preview;
    let own: Record<string, string>;
    let caseId: string;
    const body = () => JSON.stringify({ caseId, includeNotes: true, forceRefresh: false });

    before(async () => {
        fake = createFakeKustomer({ apiKey: KEY });
        preview = await startPreview({
            kustomerApiUrl: await fake.listen(0),
            kustomerApiKey: KEY,
            timeoutMs: 2000
        });
        const host = new URL(preview.url).host;
        const page = await send(preview, `/?conversation=${CONVERSATIONS.showcase}`, {
            headers: { host }
        });
        assert.equal(page.status, 200);
        caseId = JSON.parse(/id="preview-config">(.*?)<\/script>/s.exec(page.body)?.[1] ?? '{}')
            .caseRecord.caseId;
        own = {
            host,
            origin: `http://${host}`,
            'content-type': 'application/json',
            'x-preview-token': tokenOf(page.body)
        };
    });
    after(async () => {
        await preview?.close();
        await fake?.close();
    });

    it("gives real-mode data to the page's own calls", async () => {
        const answer = await send(preview, APEX, { method: 'POST', headers: own, body: body() });
        assert.equal(answer.status, 200);
        assert.match(answer.body, /conversation/);
    });

    it('refuses a DNS-rebinding page (a Host that is not loopback), for pages and Apex', async () => {
        const port = new URL(preview.url).port;
        const evil = { host: `evil.example:${port}`, origin: `http://evil.example:${port}` };
        const page = await send(preview, `/?conversation=${CONVERSATIONS.showcase}`, {
            headers: evil
        });
        assert.equal(page.status, 421);
        assert.doesNotMatch(page.body, /apexToken/);
        const apex = await send(preview, APEX, {
            method: 'POST',
            headers: { ...own, ...evil },
            body: body()
        });
        assert.equal(apex.status, 421);
        assert.doesNotMatch(apex.body, /conversation/);
        const otherPort = await send(preview, '/', { headers: { host: 'localhost:1' } });
        assert.equal(otherPort.status, 421);
    });

    it('needs a same-origin Origin on POST', async () => {
        const { origin: _origin, ...withoutOrigin } = own;
        for (const headers of [
            withoutOrigin,
            { ...own, origin: 'https://evil.example' },
            { ...own, origin: 'http://localhost:1' },
            { ...own, origin: 'null' }
        ]) {
            const answer = await send(preview, APEX, { method: 'POST', headers, body: body() });
            assert.equal(answer.status, 403, JSON.stringify(headers));
            assert.doesNotMatch(answer.body, /conversation/);
        }
    });

    it("needs this run's token, which only its Case page carries", async () => {
        const { 'x-preview-token': _token, ...withoutToken } = own;
        for (const headers of [
            withoutToken,
            { ...own, 'x-preview-token': 'guess' },
            { ...own, 'x-preview-token': `${own['x-preview-token']}x` }
        ]) {
            const answer = await send(preview, APEX, { method: 'POST', headers, body: body() });
            assert.equal(answer.status, 403);
        }
        const other = await startPreview({ timeoutMs: 2000 });
        try {
            const html = await (await fetch(`${other.url}/`)).text();
            assert.notEqual(tokenOf(html), own['x-preview-token'], 'a new token every run');
        } finally {
            await other.close();
        }
    });

    it('answers malformed input with a 4xx and no stack trace, and keeps serving', async () => {
        const cases: Array<[string, string | Buffer, number]> = [
            ['/apex/%E0%A4%A', body(), 400],
            ['/apex/KustomerConversationController.%', body(), 400],
            [APEX, '{"caseId": ', 400],
            [APEX, '[1,2]', 400],
            [APEX, 'null', 400],
            [APEX, Buffer.alloc(70 * 1024, 'a'), 413]
        ];
        for (const [path, payload, status] of cases) {
            const answer = await send(preview, path, {
                method: 'POST',
                headers: own,
                body: payload
            });
            assert.equal(answer.status, status, path);
            assert.doesNotMatch(answer.body, /\bat .*\(|Error:|node:|\.ts:\d/, path);
            assert.ok(answer.body.length < 200, path);
        }
        assert.equal((await send(preview, '/cases', { headers: { host: own.host } })).status, 200);
    });

    it('keeps a bounded number of Cases opened by conversation id', async () => {
        const before = preview.cases.size;
        for (let index = 0; index < MAX_OPENED_CASES + 60; index++) {
            const id = index.toString(16).padStart(24, '0');
            await send(preview, `/?conversation=${id}`, { headers: { host: own.host } });
        }
        assert.ok(preview.cases.size <= before + MAX_OPENED_CASES, String(preview.cases.size));
        const latest = (MAX_OPENED_CASES + 59).toString(16).padStart(24, '0');
        assert.ok(
            [...preview.cases.values()].some((c) => c.conversationId === latest),
            'the newest stays'
        );
    });
});
