// Search that tells the truth: how many of the conversation's messages it covered, "Search all" that loads the
// rest in the background within a stated request budget (progress, Cancel), and matches inside quoted text
// (plain and HTML) opened and marked.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { CONVERSATIONS } from '../preview/fake-kustomer/catalogue.ts';
import { caseUrl, demoCase, useHarness, watchedPage, type WatchedPage } from './harness.ts';
import { expectAccessible, screenshot } from './page-checks.ts';
import { SEL } from './selectors.ts';

const h = useHarness();

/** Search all's stated budget: at most this many Kustomer requests (older pages) per press. */
const BUDGET = 25;

async function open(
    conversationId: string,
    params: Record<string, string> = {}
): Promise<WatchedPage> {
    h.preview.standIn.cache.clear();
    const w = await watchedPage(h);
    await w.page.setViewportSize({ width: 1400, height: 1000 });
    await w.page.goto(caseUrl(h.preview, demoCase(h.preview, { conversationId }), params));
    await w.page.locator(SEL.message).first().waitFor();
    return w;
}

async function search(page: Page, query: string): Promise<void> {
    await page.locator('[data-id="search"] input').fill(query);
    await page.waitForFunction(
        () =>
            (window.__deepQueryAll('[data-id="match-count"]')[0]?.textContent ?? '').trim() !==
                '' || window.__deepQueryAll('[data-id="search-scope-text"]').length > 0
    );
}

const text = (page: Page, id: string) =>
    page.evaluate(
        (dataId) =>
            (window.__deepQueryAll(`[data-id="${dataId}"]`)[0]?.textContent ?? '')
                .replace(/\s+/g, ' ')
                .trim(),
        id
    );

/** Kustomer message pages requested since `mark` (each Search all step is one). */
const pagesSince = (mark: number) =>
    h.preview.standIn.requestLog.slice(mark).filter((r) => /\/messages\?/.test(r.path)).length;

describe('search on a long conversation (1,200 messages)', () => {
    it('says how many messages it searched, and Search all loads the rest within its budget', async () => {
        const w = await open(CONVERSATIONS.long);
        await search(w.page, 'refund');
        const scope = await text(w.page, 'search-scope-text');
        assert.match(scope, /^\d+ matches in 100 loaded of 1,200 messages$/, scope);
        const before = Number(/^\d+/.exec(scope)?.[0]);
        assert.match(await text(w.page, 'search-all-budget'), /up to 25 more pages/);
        await screenshot(w.page, '21-search-partial');
        await expectAccessible(w.page, 'search over part of the history');

        h.preview.fake?.setLatency(60);
        const mark = h.preview.standIn.requestLog.length;
        await w.page.locator('[data-id="search-all"]').click();
        await w.page.locator('[data-id="search-all-progress"]').waitFor();
        assert.match(await text(w.page, 'search-all-progress'), /of 1,200 loaded/);
        await screenshot(w.page, '22-search-all-progress');
        await w.page
            .locator('[data-id="search-scope"]')
            .waitFor({ state: 'detached', timeout: 30_000 });
        h.preview.fake?.setLatency(0);
        const requests = pagesSince(mark);
        console.log(`# Search all on 1,200 messages (100 loaded): ${requests} Kustomer requests`);
        assert.ok(requests <= BUDGET, `${requests} requests, budget ${BUDGET}`);
        assert.match(await text(w.page, 'shown-count'), /^1,200 of 1,200 messages$/);
        const count = await text(w.page, 'match-count');
        const after = Number(/of ([\d,]+)/.exec(count)?.[1].replace(/,/g, ''));
        assert.ok(after > before, `more matches after Search all (${before} → ${after})`);
        await screenshot(w.page, '23-search-all-done');
        await w.page.close();
    });

    it('Cancel stops Search all after the page in flight', async () => {
        const w = await open(CONVERSATIONS.long);
        await search(w.page, 'invoice');
        h.preview.fake?.setLatency(250);
        const mark = h.preview.standIn.requestLog.length;
        await w.page.locator('[data-id="search-all"]').click();
        await w.page.locator('[data-id="search-all-cancel"]').click();
        await w.page.locator('[data-id="search-all"]').waitFor({ timeout: 10_000 });
        h.preview.fake?.setLatency(0);
        const requests = pagesSince(mark);
        assert.ok(requests >= 1 && requests <= 2, `stopped after ${requests} request(s)`);
        assert.match(await text(w.page, 'search-scope-text'), /in (200|300) loaded of 1,200/);
        await w.page.close();
    });

    it('stops at its budget on a longer conversation and says so', async () => {
        const w = await open(CONVERSATIONS.size(5000));
        await search(w.page, 'refund');
        const mark = h.preview.standIn.requestLog.length;
        await w.page.locator('[data-id="search-all"]').click();
        await w.page.locator('[data-id="search-all-stopped"]').waitFor({ timeout: 30_000 });
        assert.equal(pagesSince(mark), BUDGET);
        assert.match(await text(w.page, 'search-all-stopped'), /after 25 pages/);
        assert.ok(await w.page.locator('[data-id="search-all"]').isVisible(), 'it can go on');
        await w.page.close();
    });
});

describe('matches in quoted text', () => {
    it('opens quoted HTML that holds the current match and marks it there', async () => {
        const w = await open(CONVERSATIONS.showcase);
        await search(w.page, 'not need to return');
        // Newest first: the first match is in the quoted history of Jordan's second email.
        const reply = w.page
            .locator(SEL.message)
            .filter({ hasText: 'does the pole come with a new stuff sack' });
        await reply.locator('[data-id="quoted"]').waitFor();
        assert.equal(
            await reply.locator('[data-id="quoted-toggle"]').getAttribute('aria-expanded'),
            'true'
        );
        const active = reply.locator('[data-id="quoted"] mark.kc-match_active');
        assert.equal(await active.count(), 1, 'the current match is marked in the quoted HTML');
        assert.equal((await active.innerText()).toLowerCase(), 'not need to return');
        assert.match(await text(w.page, 'match-count'), /^1 of 2$/);
        // The current match scrolls into the message area's view.
        await w.page.waitForFunction(() => {
            const scroller = window.__deepQueryAll('[data-id="scroller"]')[0];
            const mark = window.__deepQueryAll('mark.kc-match_active')[0];
            if (!scroller || !mark) return false;
            const view = scroller.getBoundingClientRect();
            const box = mark.getBoundingClientRect();
            return box.top >= view.top && box.bottom <= view.bottom;
        });
        await screenshot(w.page, '24-search-quoted-html');
        await w.page.locator('[data-id="next-match"]').click();
        const second = w.page
            .locator(SEL.message)
            .filter({ hasText: 'A replacement Sage 2P front pole ships today' })
            .locator('mark.kc-match_active');
        await second.first().waitFor();
        assert.match(await text(w.page, 'match-count'), /^2 of 2$/);
        await expectAccessible(w.page, 'search in quoted HTML');
        await w.page.close();
    });
});
