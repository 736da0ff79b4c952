// The viewer on the preview's Case page, feature by feature, as a person sees it (fake Kustomer, production build).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { CONVERSATIONS } from '../preview/fake-kustomer/catalogue.ts';
import { caseUrl, demoCase, useHarness, watchedPage, type WatchedPage } from './harness.ts';
import { countDeep, expectAccessible, hostileTraces, screenshot } from './page-checks.ts';
import { SEL } from './selectors.ts';

const h = useHarness();

async function open(
    conversationId: string,
    params: Record<string, string | number | boolean> = {}
): Promise<WatchedPage> {
    h.preview.standIn.cache.clear();
    const watched = await watchedPage(h);
    await watched.page.goto(caseUrl(h.preview, demoCase(h.preview, { conversationId }), params));
    await watched.page.locator(SEL.message).first().waitFor();
    return watched;
}

async function done(watched: WatchedPage): Promise<void> {
    assert.deepEqual(watched.dialogs, [], 'no dialog may open');
    assert.deepEqual(watched.errors, [], 'no uncaught page error');
    assert.deepEqual(await hostileTraces(watched.page), []);
    await watched.page.close();
}

const entries = (page: Page) => page.locator(SEL.message);
const entryWith = (page: Page, text: string) => entries(page).filter({ hasText: text });

describe('conversation (every channel)', () => {
    let w: WatchedPage;
    before(async () => {
        w = await open(CONVERSATIONS.showcase);
    });
    after(async () => {
        await done(w);
    });

    it('shows the header: customer, status, priority, assignee, message count, channels, open in Kustomer', async () => {
        const { page } = w;
        assert.match(await page.locator('[data-id="title"]').innerText(), /\bJordan Rivera$/);
        assert.match(
            await page.locator('[data-id="contacts"]').innerText(),
            /jordan\.rivera@example\.com/
        );
        assert.match(await page.locator('[data-id="status"]').innerText(), /open/i);
        assert.match(await page.locator('[data-id="count"]').innerText(), /22/);
        assert.match(await page.locator('[data-id="assignees"]').innerText(), /Priya/);
        const channels = page.locator('[data-id="channels"] [data-channel]');
        assert.equal(await channels.count(), 11, 'one chip per channel');
        for (const chip of await channels.all())
            assert.ok((await chip.innerText()).trim().length > 1, 'each channel named visibly');
        const href = await page.locator('[data-id="open-in-kustomer"]').getAttribute('href');
        assert.equal(
            href,
            `https://acme.kustomerapp.com/app/conversations/${CONVERSATIONS.showcase}`
        );
        await screenshot(page, '01-conversation');
        await expectAccessible(page, 'conversation');
    });

    it('shows a message of every channel, with its author and time', async () => {
        const { page } = w;
        const phrases = [
            'My order #A-48213 arrived yesterday', // email in (HTML)
            'Following up on my email from earlier', // chat
            'serial number sticker', // sms
            'here it is set up', // whatsapp
            'Inbound call, 4 min 12 s', // voice
            'Do you also sell footprints', // facebook
            'Tagged you in my trip photos', // instagram
            'Best tent I have owned', // instagram comment
            'is the pole warranty transferable', // twitter dm
            'Thanks for the shout-out', // tweet
            'SG2P-2291-0042' // form
        ];
        for (const phrase of phrases)
            assert.ok(await entryWith(page, phrase).first().isVisible(), `visible: ${phrase}`);
        const reply = entryWith(page, 'Hi Jordan, Marcus here');
        assert.match(await reply.innerText(), /Marcus/);
        assert.ok((await reply.locator('time').getAttribute('datetime'))?.startsWith('2025-03-10'));
        assert.ok(
            (await entries(page).count()) >= 22,
            'all 22 messages (and the notes) are listed'
        );
    });

    it('shows badges for a failed delivery, an automatic message and redacted content', async () => {
        const { page } = w;
        assert.match(
            await entryWith(page, 'warranty is registered').innerText(),
            /not delivered|fail|could not/i
        );
        assert.ok(
            await entryWith(page, 'How would you rate the support')
                .locator('.kc-badge_auto')
                .isVisible()
        );
        const redacted = entryWith(page, 'card-scan.pdf');
        assert.ok(await redacted.isVisible());
        assert.match(await redacted.innerText(), /redact/i);
        assert.equal(
            await redacted.locator('[data-id="open"]').count(),
            0,
            'no link for a redacted attachment'
        );
    });

    it('shows internal notes as notes', async () => {
        const note = entryWith(w.page, 'Warehouse confirmed Sage pole section in stock');
        assert.ok(await note.isVisible());
        assert.ok(await note.locator('.kc-badge_note').isVisible());
    });

    it('hides quoted history until asked, then shows it', async () => {
        const { page } = w;
        const reply = entryWith(page, 'does the pole come with a new stuff sack');
        const toggle = reply.locator('[data-id="quoted-toggle"]');
        assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
        assert.equal(await reply.locator('[data-id="quoted"]').count(), 0);
        await toggle.click();
        assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
        assert.match(await reply.locator('[data-id="quoted"]').innerText(), /Sorry about that/);
        await screenshot(page, '02-quoted-history');
        await expectAccessible(page, 'quoted history open');
        await toggle.click();
        assert.equal(await reply.locator('[data-id="quoted"]').count(), 0);
    });

    it('refreshes on demand, asking Kustomer again', async () => {
        const { page } = w;
        const mark = h.preview.apexLog.length;
        await page.locator('[data-id="refresh"]').click();
        await page.waitForFunction(() =>
            (window.__preview?.apex ?? []).some(
                (c) =>
                    c.name.endsWith('getConversation') &&
                    (c.params as { forceRefresh?: boolean }).forceRefresh === true &&
                    c.receivedAt !== undefined
            )
        );
        await entries(page).first().waitFor();
        const calls = h.preview.apexLog.slice(mark);
        assert.ok(
            calls.some((c) => c.method === 'getConversation' && c.params.forceRefresh === true)
        );
        assert.ok(await entryWith(page, 'Best tent I have owned').isVisible());
    });
});

describe('long conversation (1,200 messages, 120 notes)', () => {
    let w: WatchedPage;
    before(async () => {
        w = await open(CONVERSATIONS.long);
    });
    after(async () => {
        await done(w);
    });

    it('shows the newest page and how many of the total are shown', async () => {
        const text = await w.page.locator('[data-id="shown-count"]').first().innerText();
        assert.match(text.replace(/[,.\s\u202f]/g, ''), /1200/);
        assert.ok(await entryWith(w.page, '(#1200)').isVisible(), 'the newest message is shown');
        assert.equal(await entryWith(w.page, '(#1)').count(), 0, 'the oldest is not loaded yet');
        await screenshot(w.page, '04-long-conversation');
        await expectAccessible(w.page, 'long conversation');
    });

    it('reads notes beyond the first page (120 notes: getNotes page 2)', async () => {
        await w.page.waitForFunction(() =>
            (window.__preview?.apex ?? []).some(
                (c) =>
                    c.name.endsWith('getNotes') &&
                    (c.params as { page?: number }).page === 2 &&
                    c.ok
            )
        );
        assert.ok(
            h.preview.apexLog.some((c) => c.method === 'getNotes' && c.params.page === 2 && c.ok)
        );
    });

    it('shows oldest first when the admin turns newest-first off', async () => {
        const o = await open(CONVERSATIONS.long, { showNewestFirst: false });
        const texts = await entries(o.page).allInnerTexts();
        const numbers = texts
            .map((t) => Number(t.match(/\(#(\d+)\)/)?.[1] ?? NaN))
            .filter(Number.isFinite);
        assert.ok(numbers.length > 10);
        assert.deepEqual(
            numbers,
            [...numbers].sort((a, b) => a - b),
            'ascending order'
        );
        assert.equal(numbers.at(-1), 1200, 'the newest is last');
        const older = o.page.locator('[data-id="older"]').first();
        const feed = o.page.locator('[data-id="scroller"]');
        const [olderBox, feedBox] = [await older.boundingBox(), await feed.boundingBox()];
        assert.ok(
            olderBox && feedBox && olderBox.y < feedBox.y,
            '"load earlier" sits above the messages'
        );
        await done(o);
    });

    it('loads earlier messages on demand, one Kustomer request', async () => {
        const { page } = w;
        const before = await entries(page).count();
        const requests = h.preview.standIn.requestLog.length;
        await page.locator('[data-id="load-older"]').first().click();
        await page.waitForFunction(
            (n) => window.__deepQueryAll('[data-id="entry"]').length > n,
            before
        );
        assert.ok((await entries(page).count()) > before);
        assert.equal(
            h.preview.standIn.requestLog.length - requests,
            1,
            'one Kustomer request for one older page'
        );
    });

    it('jumps back to the newest message after scrolling away', async () => {
        const { page } = w;
        const scroller = page.locator('[data-id="scroller"]');
        await scroller.evaluate((el) => {
            el.scrollTop = el.scrollHeight / 2;
            el.dispatchEvent(new Event('scroll'));
        });
        const jump = page.locator('[data-id="jump-to-newest"]');
        await jump.waitFor();
        await jump.click();
        // The newest message is back inside the scroller's visible area.
        const newest = entryWith(page, '(#1200)');
        let inView = false;
        for (let i = 0; i < 50 && !inView; i++) {
            const view = await scroller.boundingBox();
            const box = await newest.boundingBox();
            inView = Boolean(
                view && box && box.y + box.height > view.y && box.y < view.y + view.height
            );
            if (!inView) await page.waitForTimeout(100);
        }
        assert.ok(inView, 'the newest message is in view after "jump to newest"');
    });

    it('searches messages and steps through the matches', async () => {
        const { page } = w;
        const search = page.locator('[data-id="search"] input');
        await search.fill('refund');
        await page.waitForFunction(() =>
            /\d/.test(window.__deepQueryAll('[data-id="match-count"]')[0]?.textContent ?? '')
        );
        const count = await page.locator('[data-id="match-count"]').innerText();
        assert.match(count, /[1-9]/, `matches counted: ${count}`);
        assert.ok((await page.locator('mark').count()) > 0, 'matches are highlighted');
        await page.locator('[data-id="next-match"]').click();
        const active = page.locator('mark.kc-match_active').first();
        assert.equal(
            await active.evaluate((el) => getComputedStyle(el).backgroundColor),
            'rgb(254, 147, 57)',
            'the current match is styled as current'
        );
        await screenshot(page, '05-search');
        await expectAccessible(page, 'search');
        await search.fill('');
    });

    it('filters by direction and hides notes', async () => {
        const { page } = w;
        const all = await entries(page).count();
        await page.locator('[data-filter="outbound"] label').click();
        await page.waitForFunction(
            (n) => window.__deepQueryAll('[data-id="entry"]').length < n,
            all
        );
        const inboundOnly = await entries(page).count();
        assert.ok(inboundOnly < all);
        await page.locator('[data-filter="outbound"] label').click();
        await page.waitForFunction(
            (n) => window.__deepQueryAll('[data-id="entry"]').length === n,
            all
        );
        await expectAccessible(page, 'filtered');
    });
});

describe('other conversation states', () => {
    it('shows an empty conversation', async () => {
        h.preview.standIn.cache.clear();
        const w = await watchedPage(h);
        await w.page.goto(
            caseUrl(h.preview, demoCase(h.preview, { conversationId: CONVERSATIONS.empty }))
        );
        await w.page.locator('[data-id="empty"]').waitFor();
        await screenshot(w.page, '06-empty');
        await expectAccessible(w.page, 'empty');
        await done(w);
    });

    it('shows messages with a notice when the key cannot read notes', async () => {
        const w = await open(CONVERSATIONS.notesForbidden);
        await w.page.locator('[data-id="notices"]').waitFor();
        assert.ok((await entries(w.page).count()) >= 6);
        await screenshot(w.page, '07-notes-forbidden');
        await expectAccessible(w.page, 'notes forbidden');
        await done(w);
    });

    it('follows App Builder properties: no notes, fixed height', async () => {
        const w = await open(CONVERSATIONS.showcase, { showNotes: false, height: 320 });
        assert.equal(
            await entryWith(w.page, 'Warehouse confirmed Sage pole').count(),
            0,
            'notes hidden'
        );
        const height = await w.page
            .locator('[data-id="scroller"]')
            .evaluate((el) => el.getBoundingClientRect().height);
        assert.ok(Math.abs(height - 320) <= 2, `scroller height ${height}`);
        await done(w);
    });

    it("formats dates in the user's locale and time zone", async () => {
        const w = await open(CONVERSATIONS.showcase, {
            locale: 'de-DE',
            timeZone: 'Europe/Berlin'
        });
        const text = await w.page.locator('[data-id="feed"]').innerText();
        assert.match(text, /März/, 'German month names');
        await done(w);
    });

    it('fits a phone screen (Salesforce mobile app form factor)', async () => {
        h.preview.standIn.cache.clear();
        const w = await watchedPage(h);
        await w.page.setViewportSize({ width: 390, height: 844 });
        await w.page.goto(
            caseUrl(h.preview, demoCase(h.preview, { conversationId: CONVERSATIONS.showcase }), {
                formFactor: 'Small'
            })
        );
        await w.page.locator(SEL.message).first().waitFor();
        const overflow = await w.page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth
        );
        assert.ok(overflow <= 1, `no horizontal scrolling (${overflow}px too wide)`);
        await screenshot(w.page, '08-phone');
        await expectAccessible(w.page, 'phone');
        await done(w);
    });

    it('shows the research fixture conversation', async () => {
        const w = await open(CONVERSATIONS.fixture);
        assert.ok(await entryWith(w.page, 'Cracked tent pole').first().isVisible());
        await done(w);
    });

    it('lists every demo Case on the index page', async () => {
        const page = await h.browser.context.newPage();
        await page.goto(`${h.preview.url}/cases`);
        assert.equal(await page.locator('tr[data-case-id]').count(), h.preview.cases.size);
        await screenshot(page, '00-index');
        await expectAccessible(page, 'index');
        await page.close();
    });

    it('opens any conversation by id (?conversation=)', async () => {
        h.preview.standIn.cache.clear();
        const w = await watchedPage(h);
        await w.page.goto(`${h.preview.url}/?conversation=${CONVERSATIONS.showcase}`);
        await w.page.locator(SEL.message).first().waitFor();
        assert.match(await w.page.locator('[data-id="title"]').innerText(), /\bJordan Rivera$/);
        assert.ok((await countDeep(w.page, SEL.message)) >= 22);
        await done(w);
    });
});

describe('a Kustomer whose counts, order and lists are not what they say (issue 11)', () => {
    const calls = (mark: number, method: string) =>
        h.preview.apexLog.slice(mark).filter((c) => c.method === method);
    const shownCount = async (page: Page) =>
        (await page.locator('[data-id="shown-count"]').first().innerText()).replace(
            /[,.\s\u202f]/g,
            ' '
        );

    it('makes the first view of a conversation of up to 100 messages in one round trip', async () => {
        const mark = h.preview.apexLog.length;
        const w = await open(CONVERSATIONS.showcase);
        assert.equal(calls(mark, 'getMessages').length, 0, 'no second messages round');
        const first = calls(mark, 'getConversation')[0];
        assert.equal(first?.params.messagesPageSize, 100);
        await done(w);
    });

    it('shows all 150 messages when the count says 152, "150 of 150", and says the count is off', async () => {
        const w = await open(CONVERSATIONS.quirk('count-over'));
        await w.page.locator('[data-notice="count"]').waitFor();
        assert.match(await shownCount(w.page), /150\D+150/);
        assert.equal(await w.page.locator('[data-id="load-older"]').count(), 0, 'complete');
        await done(w);
    });

    it('never says "no messages" when the count says 200 and the list holds 30', async () => {
        const w = await open(CONVERSATIONS.quirk('count-far-over'));
        assert.match(await shownCount(w.page), /30\D+30/);
        assert.ok(await entryWith(w.page, '(#30)').isVisible());
        assert.equal(await w.page.locator('[data-id="empty"]').count(), 0);
        await done(w);
    });

    it('follows the pages forward when the count says 10 and the list holds 120', async () => {
        const w = await open(CONVERSATIONS.quirk('count-under'));
        assert.ok(await entryWith(w.page, '(#120)').isVisible(), 'the newest is shown');
        await w.page.locator('[data-notice="count"]').waitFor();
        await done(w);
    });

    it('shows a newest-first Kustomer in one round trip, older pages by its links', async () => {
        const mark = h.preview.apexLog.length;
        const w = await open(CONVERSATIONS.quirk('newest-first'));
        assert.ok(await entryWith(w.page, '(#250)').isVisible(), 'page 1 is the newest');
        assert.equal(calls(mark, 'getMessages').length, 0);
        assert.match(await shownCount(w.page), /^100\D/);
        await w.page.locator('[data-id="load-older"]').first().click();
        await w.page.waitForFunction(() =>
            (window.__preview?.apex ?? []).some(
                (c) => c.name.endsWith('getMessages') && (c.params as { page?: number }).page === 2
            )
        );
        await done(w);
    });

    it('stops notes whose next link never ends, after a bounded number of pages, and says so', async () => {
        const mark = h.preview.standIn.requestLog.length;
        const w = await open(CONVERSATIONS.quirk('endless-notes'));
        await w.page.locator('[data-notice="notes"]').waitFor();
        const notesRequests = h.preview.standIn.requestLog
            .slice(mark)
            .filter((entry) => entry.name === 'notes').length;
        assert.ok(notesRequests <= 10, `${notesRequests} notes requests`);
        await done(w);
    });

    it('keeps what it shows when an older page fails, and waits for a slow one', async () => {
        const w = await open(CONVERSATIONS.quirk('slow-failing-pages'));
        assert.ok(await entryWith(w.page, '(#350)').isVisible());
        const older = w.page.locator('[data-id="load-older"]').first();
        const count = await w.page.locator('[data-id="shown-count"]').first().innerText();
        const before = Number(/\d[\d,]*/.exec(count)?.[0].replace(/,/g, '') ?? 0);
        await older.click(); // page 3: slow
        // Waited for: its messages are loaded (rendered as the reader scrolls there; at most 120 at once).
        await w.page.waitForFunction(
            (n) => {
                const text = window.__deepQueryAll('[data-id="shown-count"]')[0]?.textContent ?? '';
                return Number(/\d[\d,]*/.exec(text)?.[0].replace(/,/g, '') ?? 0) >= n + 100;
            },
            before,
            { timeout: 30_000 }
        );
        await older.click(); // page 2: fails
        await w.page.locator('[data-id="older-retry"]').waitFor();
        assert.ok(await entryWith(w.page, '(#350)').isVisible(), 'what was shown stays');
        await done(w);
    });
});
