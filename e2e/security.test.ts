// Hostile content never runs, and the Kustomer API key never reaches the browser (fake and real-Kustomer mode).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { CONVERSATIONS } from '../preview/fake-kustomer/catalogue.ts';
import { createFakeKustomer, type FakeKustomer } from '../preview/fake-kustomer/server.ts';
import { startPreview, type Preview } from '../preview/server/preview-server.ts';
import { launchBrowser, type Browser } from './browser.ts';
import { caseUrl, demoCase, useHarness, watchedPage } from './harness.ts';
import { expectAccessible, hostileTraces, screenshot } from './page-checks.ts';
import { SEL } from './selectors.ts';

const KEY = 'kc-test-key-4f1d9a7e3b2c8d6e5f0a1b2c';

/** Collects every response body and header the browser receives, and every request it sends. */
function recordTraffic(page: Page): { texts: string[] } {
    const traffic = { texts: [] as string[] };
    page.on('request', (request) => {
        traffic.texts.push(
            request.url(),
            JSON.stringify(request.headers()),
            request.postData() ?? ''
        );
    });
    page.on('response', async (response) => {
        traffic.texts.push(JSON.stringify(response.headers()));
        try {
            traffic.texts.push((await response.body()).toString('latin1'));
        } catch {
            // redirects and aborted responses have no body
        }
    });
    return traffic;
}

async function expectNoKey(page: Page, traffic: { texts: string[] }): Promise<void> {
    await page.waitForLoadState('networkidle');
    const everything = [
        ...traffic.texts,
        await page.content(),
        await page.evaluate(
            () =>
                JSON.stringify(window.__preview ?? {}) +
                document.cookie +
                JSON.stringify(localStorage) +
                JSON.stringify(sessionStorage)
        )
    ];
    assert.ok(traffic.texts.length > 5, 'traffic was recorded');
    for (const text of everything) {
        assert.ok(!text.includes(KEY), 'the API key reached the browser');
        assert.ok(
            !text.includes(Buffer.from(KEY).toString('base64')),
            'the API key (base64) reached the browser'
        );
    }
}

describe('hostile content (XSS corpus)', () => {
    const h = useHarness();

    it('never runs a payload from bodies, subjects, names, attachment names or URLs', async () => {
        const w = await watchedPage(h);
        await w.page.goto(
            caseUrl(h.preview, demoCase(h.preview, { conversationId: CONVERSATIONS.xss }))
        );
        await w.page.locator(SEL.message).first().waitFor();
        // Open every quoted history and fetch every attachment link, so every hostile string reaches the screen.
        for (const toggle of await w.page.locator('[data-id="quoted-toggle"]').all())
            await toggle.click();
        // Open every attachment once (a hostile link ends in an error state; a good one opens a tab, closed here).
        const rows = w.page.locator('[data-id="attachment"]');
        const total = await rows.count();
        for (let i = 0; i < total; i++) {
            const open = rows.nth(i).locator('[data-id="open"]');
            if ((await open.count()) === 0) continue;
            await open.click();
            await w.page.waitForFunction(() =>
                (window.__preview?.apex ?? []).every((c) => c.receivedAt !== undefined)
            );
        }
        for (const tab of h.browser.context.pages()) if (tab !== w.page) await tab.close();
        await w.page.waitForTimeout(1000); // image error handlers, timers
        assert.deepEqual(w.dialogs, [], 'no dialog opened');
        assert.deepEqual(w.errors, []);
        assert.deepEqual(await hostileTraces(w.page), []);
        assert.equal(
            await w.page.locator('[data-id="open-in-kustomer"]').count(),
            0,
            'a javascript: Conversation URL is not linked'
        );
        assert.ok(
            await w.page.getByText('<script>', { exact: false }).first().isVisible(),
            'payloads in text show as text'
        );
        await screenshot(w.page, '30-xss-corpus');
        await expectAccessible(w.page, 'xss');
        await w.page.close();
    });

    it('keeps hostile Case fields inert on the index page', async () => {
        const page = await h.browser.context.newPage();
        const dialogs: string[] = [];
        page.on('dialog', (d) => {
            dialogs.push(d.message());
            void d.dismiss();
        });
        await page.goto(`${h.preview.url}/cases`);
        await page.waitForTimeout(300);
        assert.deepEqual(dialogs, []);
        assert.equal(
            await page.evaluate(
                () => document.querySelectorAll('body script, body img, body svg').length
            ),
            0
        );
        await page.close();
    });
});

describe('the API key stays on the server', () => {
    let fake: FakeKustomer;
    let browser: Browser;
    const previews: Preview[] = [];
    before(async () => {
        fake = createFakeKustomer({ apiKey: KEY });
        await fake.listen(0);
        browser = await launchBrowser();
    });
    after(async () => {
        await browser?.close();
        for (const p of previews) await p.close();
        await fake?.close();
    });

    async function real(kustomerApiUrl: string, kustomerApiKey: string): Promise<Preview> {
        const preview = await startPreview({ kustomerApiUrl, kustomerApiKey, timeoutMs: 2000 });
        previews.push(preview);
        return preview;
    }

    it('real-Kustomer mode shows the conversation and never sends the key to the browser', async () => {
        const preview = await real(fake.url, KEY);
        assert.equal(preview.mode, 'real');
        const page = await browser.context.newPage();
        const traffic = recordTraffic(page);
        await page.goto(`${preview.url}/?conversation=${CONVERSATIONS.showcase}`);
        await page.locator(SEL.message).first().waitFor();
        assert.ok((await page.locator(SEL.message).count()) >= 22);
        const attachment = page
            .locator('[data-id="attachment"]')
            .filter({ hasText: 'invoice-A-48213.pdf' });
        const [tab] = await Promise.all([
            browser.context.waitForEvent('page'),
            attachment.locator('[data-id="open"]').click()
        ]);
        await tab.close();
        await expectNoKey(page, traffic);
        await screenshot(page, '40-real-mode');
        await page.close();
    });

    it('fake mode never sends its key to the browser either', async () => {
        const preview = await startPreview({ fakeApiKey: KEY, timeoutMs: 2000 });
        previews.push(preview);
        const page = await browser.context.newPage();
        const traffic = recordTraffic(page);
        await page.goto(`${preview.url}/`);
        await page.locator(SEL.message).first().waitFor();
        await page.goto(`${preview.url}/cases`);
        await expectNoKey(page, traffic);
        await page.close();
    });

    it('a bad key shows the UNAUTHORIZED state, not a crash', async () => {
        const preview = await real(fake.url, 'wrong-key');
        const page = await browser.context.newPage();
        await page.goto(`${preview.url}/?conversation=${CONVERSATIONS.showcase}`);
        const state = page.locator('[data-id="state"]');
        await state.waitFor();
        assert.equal(await state.getAttribute('data-code'), 'UNAUTHORIZED');
        await page.close();
    });

    it('a missing key shows the NOT_CONFIGURED state', async () => {
        const preview = await real(fake.url, '');
        const page = await browser.context.newPage();
        await page.goto(`${preview.url}/?conversation=${CONVERSATIONS.showcase}`);
        const state = page.locator('[data-id="state"]');
        await state.waitFor();
        assert.equal(await state.getAttribute('data-code'), 'NOT_CONFIGURED');
        await page.close();
    });

    it('an unreachable Kustomer URL shows the UPSTREAM state and the server keeps serving', async () => {
        const preview = await real('http://127.0.0.1:9', KEY);
        const page = await browser.context.newPage();
        await page.goto(`${preview.url}/?conversation=${CONVERSATIONS.showcase}`);
        const state = page.locator('[data-id="state"]');
        await state.waitFor();
        assert.match((await state.getAttribute('data-code')) ?? '', /UPSTREAM|TIMEOUT/);
        const again = await fetch(`${preview.url}/cases`);
        assert.equal(again.status, 200);
        await page.close();
    });

    it('real mode without ?conversation= asks for a conversation id', async () => {
        const preview = await real(fake.url, KEY);
        const response = await fetch(`${preview.url}/`, { redirect: 'manual' });
        assert.equal(response.status, 302);
        assert.equal(response.headers.get('location'), '/cases');
        const html = await (await fetch(`${preview.url}/cases`)).text();
        assert.match(html, /name="conversation"/);
        assert.ok(!html.includes(KEY));
    });
});
