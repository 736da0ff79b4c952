// Reading like the best inbox, as a person sees it: phones (page scroll, compact header, filters in a menu), the
// order an agent chooses (remembered, bubbles that read naturally), and the polish of the feed, toolbar and pager.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { CONVERSATIONS } from '../preview/fake-kustomer/catalogue.ts';
import { caseUrl, demoCase, useHarness, watchedPage, type WatchedPage } from './harness.ts';
import { expectAccessible, screenshot } from './page-checks.ts';
import { SEL } from './selectors.ts';

const h = useHarness();

const PHONE = { width: 390, height: 844 };
/** Where the viewer remembers the preview user's order (orderPreference.ts; the preview's user id). */
const ORDER_KEY = 'kustomer.viewer.order.005Kc000001PrevAAA';
const DESKTOP = { width: 1400, height: 1000 };

async function open(
    conversationId: string,
    size: { width: number; height: number },
    params: Record<string, string | boolean> = {}
): Promise<WatchedPage> {
    h.preview.standIn.cache.clear();
    const w = await watchedPage(h);
    await w.page.setViewportSize(size);
    await w.page.goto(
        caseUrl(h.preview, demoCase(h.preview, { conversationId }), {
            formFactor: size === PHONE ? 'Small' : 'Large',
            ...params
        })
    );
    // Each test starts from the App Builder order: forget a choice an earlier test made in this browser profile.
    const chosen = await w.page.evaluate((key) => {
        const had = window.localStorage.getItem(key) !== null;
        window.localStorage.removeItem(key);
        return had;
    }, ORDER_KEY);
    if (chosen) await w.page.reload();
    await w.page.locator(`${SEL.message}, [data-id="empty"]`).first().waitFor();
    await w.page.waitForTimeout(300);
    return w;
}

async function done(w: WatchedPage): Promise<void> {
    assert.deepEqual(w.errors, [], 'no uncaught page error');
    await w.page.close();
}

type Box = { x: number; y: number; width: number; height: number };

async function box(page: Page, selector: string): Promise<Box> {
    const found = await page.locator(selector).first().boundingBox();
    assert.ok(found, `${selector} is on screen`);
    return found;
}

/** Waits (up to 10 s) until a check on the page holds. */
async function until(check: () => Promise<boolean>): Promise<void> {
    for (let i = 0; i < 100; i++) {
        if (await check()) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.fail('timed out waiting for the page');
}

/** Numbers from "(#1200)" in the rendered entries, in feed order. */
async function entryNumbers(page: Page): Promise<number[]> {
    const texts = await page.locator(SEL.message).allInnerTexts();
    return texts.map((t) => Number(/\(#(\d+)\)/.exec(t)?.[1] ?? NaN)).filter(Number.isFinite);
}

describe('phone (Small form factor, 390×844)', () => {
    it('scrolls the messages with the page: no nested scroller', async () => {
        const w = await open(CONVERSATIONS.long, PHONE);
        const scroller = await w.page.locator('[data-id="scroller"]').evaluate((el) => ({
            overflow: getComputedStyle(el).overflowY,
            scrolls: el.scrollHeight > el.clientHeight + 1
        }));
        assert.deepEqual(scroller, { overflow: 'visible', scrolls: false });
        const before = (await box(w.page, SEL.message)).y;
        await w.page.mouse.wheel(0, 600);
        await w.page.waitForTimeout(300);
        assert.ok((await box(w.page, SEL.message)).y < before - 500, 'the page moved the messages');
        await done(w);
    });

    it('has a compact header: the title ellipsised beside its actions, the first message near the top', async () => {
        // A long title (the hostile Case's customer name) ends in an ellipsis instead of running under the buttons.
        const long = await open(CONVERSATIONS.xss, PHONE);
        const title = await long.page.locator('[data-id="title"]').evaluate((el) => ({
            overflow: getComputedStyle(el).textOverflow,
            cut: el.scrollWidth > el.clientWidth
        }));
        assert.deepEqual(title, { overflow: 'ellipsis', cut: true });
        const longBox = await box(long.page, '[data-id="title"]');
        const refreshBox = await box(long.page, '[data-id="refresh"]');
        assert.ok(longBox.x + longBox.width <= refreshBox.x, 'the title ends before Refresh');
        await done(long);
        const w = await open(CONVERSATIONS.showcase, PHONE);
        const titleBox = await box(w.page, '[data-id="title"]');
        const refresh = await box(w.page, '[data-id="refresh"]');
        const openLink = await box(w.page, '[data-id="open-in-kustomer"]');
        assert.ok(
            titleBox.x + titleBox.width <= openLink.x + 1,
            'the title ends before the actions'
        );
        assert.ok(
            Math.abs(titleBox.y - refresh.y) < refresh.height,
            'title and actions share a line'
        );
        const viewer = await box(w.page, 'c-kustomer-case-conversation');
        const first = await box(w.page, SEL.message);
        const chrome = first.y - viewer.y;
        console.log(
            `# phone: ${Math.round(chrome)} px of header and toolbar before the first message`
        );
        assert.ok(
            chrome <= 280,
            `${chrome} px before the first message (373 on the first version)`
        );
        await screenshot(w.page, '30-phone-compact');
        await expectAccessible(w.page, 'phone');
        await done(w);
    });

    it('puts the filters in a menu button', async () => {
        const w = await open(CONVERSATIONS.long, PHONE);
        assert.equal(
            await w.page.locator('[data-filter="inbound"]').count(),
            0,
            'no inline filters'
        );
        const trigger = w.page.locator('[data-id="filter-menu"] button').first();
        assert.equal(await trigger.getAttribute('aria-haspopup'), 'true');
        assert.equal(await trigger.getAttribute('aria-expanded'), 'false');
        await trigger.click();
        assert.equal(await trigger.getAttribute('aria-expanded'), 'true');
        const outbound = w.page.getByRole('menuitemcheckbox', { name: 'Outbound' });
        assert.equal(await outbound.getAttribute('aria-checked'), 'true');
        await screenshot(w.page, '31-phone-filter-menu');
        await expectAccessible(w.page, 'phone filter menu');
        const all = await w.page.locator(SEL.message).count();
        await outbound.click();
        await w.page.waitForFunction(
            (n) => window.__deepQueryAll('[data-id="entry"]').length < n,
            all
        );
        assert.ok(
            (await w.page.locator('.kc-entry_out').count()) === 0,
            'outbound messages hidden'
        );
        assert.match(
            (await trigger.getAttribute('title')) ?? '',
            /filters on/,
            'the button says filters are on'
        );
        await trigger.click();
        await w.page.keyboard.press('Escape');
        assert.equal(await trigger.getAttribute('aria-expanded'), 'false');
        await done(w);
    });
});

describe('the order an agent chooses', () => {
    it('switches to oldest first, is remembered for this user, and the App Builder default applies until then', async () => {
        const w = await open(CONVERSATIONS.long, DESKTOP);
        const newest = await entryNumbers(w.page);
        assert.equal(newest[0], 1200, 'App Builder default: newest first');
        await w.page.locator('[data-id="order-menu"] button').first().click();
        await w.page.getByRole('menuitemcheckbox', { name: 'Oldest first' }).click();
        await until(async () => (await entryNumbers(w.page)).at(-1) === 1200);
        const oldest = await entryNumbers(w.page);
        assert.deepEqual(
            oldest,
            [...oldest].sort((a, b) => a - b),
            'ascending'
        );
        assert.equal(oldest.at(-1), 1200, 'the newest is last');
        await w.page.reload();
        await w.page.locator(SEL.message).first().waitFor();
        await w.page.waitForTimeout(300);
        assert.equal((await entryNumbers(w.page)).at(-1), 1200, 'remembered after a reload');
        await screenshot(w.page, '32-oldest-first');
        await w.page.locator('[data-id="order-menu"] button').first().click();
        await w.page.getByRole('menuitemcheckbox', { name: 'Newest first' }).click();
        await until(async () => (await entryNumbers(w.page))[0] === 1200);
        await done(w);
    });

    it('reads naturally: one column newest first, chat bubbles oldest first', async () => {
        const edges = async (page: Page) =>
            page.evaluate(() =>
                window.__deepQueryAll('.kc-entry__bubble').map((b) => ({
                    out: b.closest('.kc-entry_out') !== null,
                    left: Math.round(b.getBoundingClientRect().left)
                }))
            );
        const list = await open(CONVERSATIONS.showcase, DESKTOP, { showNewestFirst: true });
        const lefts = new Set((await edges(list.page)).map((e) => e.left));
        assert.equal(lefts.size, 1, `one column newest first (${[...lefts].join(', ')})`);
        await screenshot(list.page, '33-newest-first-list');
        await done(list);
        const chat = await open(CONVERSATIONS.showcase, DESKTOP, { showNewestFirst: false });
        const bubbles = await edges(chat.page);
        const inLeft = Math.max(...bubbles.filter((b) => !b.out).map((b) => b.left));
        const outLeft = Math.min(...bubbles.filter((b) => b.out).map((b) => b.left));
        assert.ok(outLeft > inLeft, 'outbound bubbles sit right of inbound ones');
        await done(chat);
    });
});

describe('polish', () => {
    it('groups counts per locale', async () => {
        const en = await open(CONVERSATIONS.long, DESKTOP);
        assert.match(await en.page.locator('[data-id="count"]').innerText(), /^1,200\b/);
        assert.match(
            await en.page.locator('[data-id="shown-count"]').innerText(),
            /^100 of 1,200\b/
        );
        await done(en);
        const de = await open(CONVERSATIONS.long, DESKTOP, { locale: 'de-DE' });
        assert.match(await de.page.locator('[data-id="count"]').innerText(), /^1\.200\b/);
        assert.match(await de.page.locator('[data-id="shown-count"]').innerText(), /1\.200/);
        await done(de);
    });

    it('keeps the toolbar where it is when a channel is picked', async () => {
        const w = await open(CONVERSATIONS.showcase, DESKTOP);
        const parts = [
            '[data-id="search"]',
            '[data-id="next-match"]',
            '[data-id="channel-filter"]',
            '[data-filter="inbound"]',
            '[data-filter="notes"]',
            '[data-id="feed"]'
        ];
        const before = await Promise.all(parts.map((p) => box(w.page, p)));
        await w.page.locator('[data-id="channel-filter"] button').click();
        await w.page.getByRole('option', { name: 'Instagram comment' }).click();
        await w.page.waitForTimeout(300);
        const afterPick = await Promise.all(parts.map((p) => box(w.page, p)));
        parts.forEach((part, n) =>
            assert.deepEqual(
                [afterPick[n].x, afterPick[n].y, afterPick[n].width],
                [before[n].x, before[n].y, before[n].width],
                `${part} stays put`
            )
        );
        await done(w);
    });

    it('shows the whole search placeholder at 1,280 px beside every filter (the filters wrap instead)', async () => {
        for (const locale of ['en-US', 'fr-FR']) {
            const w = await open(CONVERSATIONS.showcase, { width: 1280, height: 900 }, { locale });
            await w.page.locator('[data-id="channel-filter"]').waitFor();
            const fit = await w.page.evaluate(() => {
                const input = window.__deepQueryAll(
                    '[data-id="search"] input'
                )[0] as HTMLInputElement;
                const style = getComputedStyle(input);
                const context = document.createElement('canvas').getContext('2d');
                if (!context) return undefined;
                context.font = style.font;
                const room =
                    input.clientWidth -
                    parseFloat(style.paddingLeft) -
                    parseFloat(style.paddingRight);
                return {
                    text: input.placeholder,
                    needs: context.measureText(input.placeholder).width,
                    room
                };
            });
            assert.ok(fit && fit.text.length > 0, 'the search box has a placeholder');
            assert.ok(
                fit.needs <= fit.room,
                `${locale}: "${fit.text}" needs ${Math.ceil(fit.needs)} px, the box leaves ${Math.floor(fit.room)} px`
            );
            await done(w);
        }
    });

    it('never covers text with "Jump to newest"', async () => {
        const w = await open(CONVERSATIONS.long, DESKTOP);
        await w.page.locator('[data-id="scroller"]').evaluate((el) => {
            el.scrollTop = el.scrollHeight / 2;
            el.dispatchEvent(new Event('scroll'));
        });
        const jump = await box(w.page, '[data-id="jump-to-newest"]');
        const texts = await w.page.evaluate(() =>
            window
                .__deepQueryAll('.kc-entry__bubble')
                .map((b) => b.getBoundingClientRect())
                .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }))
        );
        const scroller = await box(w.page, '[data-id="scroller"]');
        const visible = texts.filter(
            (r) => r.y + r.height > scroller.y && r.y < scroller.y + scroller.height
        );
        const covered = visible.filter(
            (r) =>
                r.x < jump.x + jump.width &&
                jump.x < r.x + r.width &&
                Math.max(r.y, scroller.y) < jump.y + jump.height &&
                jump.y < Math.min(r.y + r.height, scroller.y + scroller.height)
        );
        assert.equal(covered.length, 0, 'no message under the button');
        await done(w);
    });

    it('hides the Notes filter when notes cannot load', async () => {
        const w = await open(CONVERSATIONS.notesForbidden, DESKTOP);
        await w.page.locator('[data-id="notices"]').waitFor();
        assert.equal(await w.page.locator('[data-filter="notes"]').count(), 0);
        await done(w);
        const phone = await open(CONVERSATIONS.notesForbidden, PHONE);
        await phone.page.locator('[data-id="filter-menu"] button').first().click();
        assert.equal(await phone.page.getByRole('menuitemcheckbox', { name: 'Notes' }).count(), 0);
        await done(phone);
    });

    it('shows an empty conversation without search, filters or "0 of 0"', async () => {
        const w = await open(CONVERSATIONS.empty, DESKTOP);
        await w.page.locator('[data-id="empty"]').waitFor();
        for (const part of ['[data-id="search"]', '[data-id="toolbar"]', '[data-id="shown-count"]'])
            assert.equal(await w.page.locator(part).count(), 0, `${part} is not shown`);
        await screenshot(w.page, '34-empty');
        await done(w);
    });
});
