// The ARIA feed pattern by keyboard on the 1,200-message Case: the feed is one Tab stop, Page Down/Up walk the
// articles (also past what is rendered at once), Ctrl+End/Home leave the feed, every control is reachable, and
// nothing loads because focus moved (https://www.w3.org/WAI/ARIA/apg/patterns/feed/).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { CONVERSATIONS } from '../preview/fake-kustomer/catalogue.ts';
import { caseUrl, demoCase, useHarness, watchedPage, type WatchedPage } from './harness.ts';
import { expectAccessible, screenshot } from './page-checks.ts';
import { SEL } from './selectors.ts';

const h = useHarness();

/** Tabs from the search box out of the component, at most (search, channel, 3 filters, feed, its controls). */
const MAX_TABS_TO_LEAVE = 10;

interface Focused {
    /** The focus path through (synthetic) shadow roots, e.g. "c-kustomer-case-conversation > …". */
    path: string;
    inViewer: boolean;
    article?: number;
    id?: string;
}

/** Where focus is, through every shadow root. */
function focused(page: Page): Promise<Focused> {
    return page.evaluate(() => {
        let element: Element | null = document.activeElement;
        const parts: string[] = [];
        let article: number | undefined;
        let id: string | undefined;
        while (element) {
            const dataId = element.getAttribute('data-id');
            if (dataId) id = dataId;
            if (element.getAttribute('role') === 'article')
                article = Number(element.getAttribute('aria-posinset'));
            parts.push(element.tagName.toLowerCase() + (dataId ? `#${dataId}` : ''));
            const next: Element | null = (element as HTMLElement).shadowRoot?.activeElement ?? null;
            if (!next || next === element) break;
            element = next;
        }
        const path = parts.join(' > ');
        return { path, inViewer: path.includes('c-kustomer-case-conversation'), article, id };
    });
}

/** getMessages calls the page made (each is one Kustomer request for a page of messages). */
const messageCalls = () => h.preview.apexLog.filter((c) => c.method === 'getMessages').length;

async function openLong(params: Record<string, string | boolean> = {}): Promise<WatchedPage> {
    h.preview.standIn.cache.clear();
    const w = await watchedPage(h);
    await w.page.setViewportSize({ width: 1400, height: 1000 });
    await w.page.goto(
        caseUrl(h.preview, demoCase(h.preview, { conversationId: CONVERSATIONS.long }), params)
    );
    await w.page.locator(SEL.message).first().waitFor();
    // Notes page 2 loads on its own after the first view; wait for it so only keyboard effects remain.
    await w.page.waitForFunction(() =>
        (window.__preview?.apex ?? []).some(
            (c) => c.name.endsWith('getNotes') && c.receivedAt !== undefined
        )
    );
    await w.page.waitForTimeout(300);
    return w;
}

/**
 * Focuses a rendered article as a script on the page would. (Playwright's own focus() runs in an isolated world,
 * without synthetic shadow's patched focus(), so synthetic shadow would treat it as a Tab into the article.)
 */
async function focusArticle(page: Page, which: number | 'last'): Promise<void> {
    await page.evaluate((n) => {
        const articles = window.__deepQueryAll('c-kustomer-conversation-message') as HTMLElement[];
        articles[n === 'last' ? articles.length - 1 : n]?.focus();
    }, which);
}

/** "200 of 1,200 messages" → 200. */
async function loadedMessages(page: Page): Promise<number> {
    const text = await page.locator('[data-id="shown-count"]').first().innerText();
    return Number(/\d[\d,]*/.exec(text)?.[0].replace(/,/g, '') ?? 0);
}

async function done(w: WatchedPage): Promise<void> {
    assert.deepEqual(w.errors, [], 'no uncaught page error');
    await w.page.close();
}

describe('the feed by keyboard (1,200 messages)', () => {
    it('is one Tab stop: from the search box, a few Tabs leave the component, past every control, loading nothing', async () => {
        const w = await openLong();
        const calls = messageCalls();
        await w.page.locator('[data-id="search"] input').focus();
        const path: Focused[] = [];
        let tabs = 0;
        for (; tabs < 80; tabs++) {
            await w.page.keyboard.press('Tab');
            const now = await focused(w.page);
            if (!now.inViewer) break;
            path.push(now);
        }
        console.log(`# Tabs from the search box to leave the viewer: ${tabs + 1}`);
        assert.ok(
            tabs + 1 <= MAX_TABS_TO_LEAVE,
            `left after ${tabs + 1} Tabs:\n${path.map((p) => p.path).join('\n')}`
        );
        assert.equal(path.filter((p) => p.id === undefined && p.article !== undefined).length, 1);
        assert.ok(
            path.some((p) => p.id === 'load-older'),
            '"Load earlier messages" gets focus on the way'
        );
        assert.equal(messageCalls() - calls, 0, 'nothing loads because focus moved');
        await done(w);
    });

    it('comes back with Shift+Tab to the same article, and Tab goes on past the feed', async () => {
        const w = await openLong();
        await w.page.locator('[data-id="search"] input').focus();
        let now = await focused(w.page);
        for (let i = 0; i < 10 && now.article === undefined; i++) {
            await w.page.keyboard.press('Tab');
            now = await focused(w.page);
        }
        assert.equal(now.article, 1, 'the feed starts at the newest message');
        await w.page.keyboard.press('PageDown');
        await w.page.keyboard.press('PageDown');
        assert.equal((await focused(w.page)).article, 3);
        await w.page.keyboard.press('Tab');
        assert.ok((await focused(w.page)).article !== 3, 'Tab leaves the article');
        let back = await focused(w.page);
        for (let i = 0; i < 5 && back.article === undefined; i++) {
            await w.page.keyboard.press('Shift+Tab');
            back = await focused(w.page);
        }
        assert.equal(back.article, 3, 'Shift+Tab returns to the article last read');
        await done(w);
    });

    it('walks every loaded article with Page Down, past what is rendered at once, and back with Page Up, loading nothing', async () => {
        const w = await openLong();
        const rendered = () =>
            w.page.evaluate(() => window.__deepQueryAll('c-kustomer-conversation-message').length);
        // Pages of 100 (the newest shown first): two more make 300, more than the 120 rendered at once.
        for (let page = 0; page < 2; page++) {
            const before = await loadedMessages(w.page);
            await w.page.locator('[data-id="load-older"]').click();
            await w.page.waitForFunction((n) => {
                const text = window.__deepQueryAll('[data-id="shown-count"]')[0]?.textContent ?? '';
                return Number(/\d[\d,]*/.exec(text)?.[0].replace(/,/g, '') ?? 0) > n;
            }, before);
        }
        const loaded = await loadedMessages(w.page);
        assert.equal(loaded, 300);
        const calls = messageCalls();
        // The view stayed with the newest messages (the pages loaded below it): start the walk there.
        await focusArticle(w.page, 0);
        assert.equal((await focused(w.page)).article, 1);
        let last = 1;
        let most = 0;
        for (let step = 0; step < 400; step++) {
            await w.page.keyboard.press('PageDown');
            const now = await focused(w.page);
            assert.ok(
                now.article !== undefined,
                `an article has focus after ${step + 1} Page Down: ${now.path}`
            );
            assert.ok(now.article === last + 1 || now.article === last, 'one article at a time');
            if (now.article === last && step > 0) break;
            last = now.article;
            most = Math.max(most, await rendered());
        }
        assert.ok(last >= loaded, `Page Down reached the oldest loaded entry (${last})`);
        assert.ok(most <= 120, `at most 120 articles rendered at once (${most})`);
        assert.equal(
            Number(
                await w.page
                    .locator('c-kustomer-conversation-message')
                    .first()
                    .getAttribute('aria-setsize')
            ),
            -1,
            'the feed says its size is unknown while more can load'
        );
        for (let step = 0; step < 150; step++) await w.page.keyboard.press('PageUp');
        assert.equal((await focused(w.page)).article, last - 150);
        assert.equal(messageCalls() - calls, 0, 'nothing loaded while walking');
        await screenshot(w.page, '20-feed-keyboard');
        await expectAccessible(w.page, 'feed walked by keyboard');
        await done(w);
    });

    it('leaves the feed with Ctrl+End (after it) and Ctrl+Home (before it)', async () => {
        const w = await openLong();
        await focusArticle(w.page, 3);
        await w.page.keyboard.press('Control+End');
        const afterFeed = await focused(w.page);
        assert.equal(afterFeed.id, 'load-older', `after the feed: ${afterFeed.path}`);
        await w.page.keyboard.press('Shift+Tab');
        assert.equal((await focused(w.page)).article, 4, 'back to the article');
        await w.page.keyboard.press('Control+Home');
        const beforeFeed = await focused(w.page);
        assert.ok(beforeFeed.path.includes('toolbar'), `before the feed: ${beforeFeed.path}`);
        assert.equal(beforeFeed.article, undefined);
        await done(w);
    });

    it('loads earlier messages from the keyboard: one request, and Shift+Tab reads on at the first new one', async () => {
        const w = await openLong();
        const calls = messageCalls();
        await focusArticle(w.page, 0);
        await w.page.keyboard.press('Control+End');
        await w.page.keyboard.press('Enter');
        await w.page.waitForFunction(
            (n) => window.__deepQueryAll('c-kustomer-conversation-message').length > n,
            50
        );
        await w.page.waitForTimeout(300);
        assert.equal(messageCalls() - calls, 1, 'one page');
        assert.equal((await focused(w.page)).id, 'load-older', 'focus stays on the button');
        await w.page.keyboard.press('Shift+Tab');
        const first = await focused(w.page);
        assert.ok((first.article ?? 0) > 50, `the first of the older messages: ${first.article}`);
        await done(w);
    });

    it('oldest first: Ctrl+Home reaches "Load earlier messages" above the feed, Ctrl+End the count below', async () => {
        const w = await openLong({ showNewestFirst: false });
        await focusArticle(w.page, 'last');
        await w.page.keyboard.press('Control+Home');
        assert.equal((await focused(w.page)).id, 'load-older');
        await w.page.keyboard.press('Tab');
        const stop = await focused(w.page);
        assert.ok(stop.article !== undefined, 'Tab from the button enters the feed');
        await w.page.keyboard.press('Control+End');
        assert.equal((await focused(w.page)).id, 'shown-count');
        await done(w);
    });
});
