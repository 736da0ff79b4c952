// Reading figures for `npm run bench`: a long loaded history (render time, DOM size and search time with 2,000
// messages loaded), Search all (Kustomer requests and time for the 1,200-message conversation) and the keyboard
// (Tabs from the search box out of the viewer, and what loaded meanwhile). Only the viewer's data-id hooks are used.
import type { Page } from 'playwright-core';
import { CONVERSATIONS } from '../preview/fake-kustomer/catalogue.ts';
import { caseUrl, demoCase, watchedPage, type Harness } from '../e2e/harness.ts';
import { SEL } from '../e2e/selectors.ts';

const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** The toolbar waits this long after typing before it searches (kustomerConversationToolbar.ts). */
const SEARCH_DEBOUNCE_MS = 250;

export interface LongHistoryFigures {
    loaded: number;
    renderMs: number;
    /** Filtering (Inbound off): the whole feed renders again. */
    filterMs: number;
    domNodes: number;
    articles: number;
    searchMs: number;
    searchSamples: number[];
}

export interface SearchAllFigures {
    requests: number;
    ms: number;
    budget: string;
}

export interface KeyboardFigures {
    tabsToLeave: number;
    left: boolean;
    pagesLoaded: number;
}

/** A fresh desktop page on a demo conversation (empty caches), its first message shown. */
async function openDesktop(
    h: Harness,
    conversationId: string,
    latencyMs: number,
    params: Record<string, string | number | boolean> = {}
): Promise<Page> {
    h.preview.standIn.cache.clear();
    h.preview.fake?.setLatency(latencyMs);
    const { page } = await watchedPage(h);
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto(caseUrl(h.preview, demoCase(h.preview, { conversationId }), params));
    await page.waitForSelector(SEL.message);
    return page;
}

/** "2,000 of 5,000 messages" → 2000. */
async function loadedCount(page: Page): Promise<number> {
    const text = await page.locator('[data-id="shown-count"]').first().innerText();
    return Number(/\d[\d,.\s\u202f]*/.exec(text)?.[0].replace(/\D/g, '') ?? 0);
}

/** Every element in the viewer, through every (synthetic) shadow root. */
function viewerNodes(page: Page): Promise<number> {
    return page.evaluate(() => {
        const viewer = window.__deepQueryAll('c-kustomer-case-conversation')[0];
        let count = 0;
        const visit = (root: Element | ShadowRoot) => {
            for (const element of Array.from(root.querySelectorAll('*'))) {
                count++;
                if (element.shadowRoot) visit(element.shadowRoot);
            }
        };
        if (viewer?.shadowRoot) visit(viewer.shadowRoot);
        return count;
    });
}

/**
 * Loads older pages of the 5,000-message conversation (100 a page) until 2,000 are loaded, timing the last page
 * from its arrival in the browser to the next frame; then DOM size, and the search over them (median of queries).
 */
export async function longHistory(h: Harness): Promise<LongHistoryFigures> {
    const page = await openDesktop(h, CONVERSATIONS.size(5000), 0, {
        messagesPerPage: 100,
        showNotes: false
    });
    try {
        let renderMs = 0;
        for (let guard = 0; guard < 40 && (await loadedCount(page)) < 2000; guard++) {
            const before = await loadedCount(page);
            const calls = await page.evaluate(() => window.__preview?.apex.length ?? 0);
            await page.locator('[data-id="load-older"]').first().click();
            const handle = await page.waitForFunction(
                ({ n, mark }) => {
                    const text =
                        window.__deepQueryAll('[data-id="shown-count"]')[0]?.textContent ?? '';
                    const shown = Number(
                        /\d[\d,.\s\u202f]*/.exec(text)?.[0].replace(/\D/g, '') ?? 0
                    );
                    const call = (window.__preview?.apex ?? [])
                        .slice(mark)
                        .find((c) => c.name.endsWith('getMessages') && c.receivedAt !== undefined);
                    return shown > n && call ? (call.receivedAt as number) : false;
                },
                { n: before, mark: calls },
                { polling: 'raf', timeout: 120_000 }
            );
            const receivedAt = (await handle.jsonValue()) as number;
            // The frame after the DOM changed: rendering (and layout) of this page is done.
            renderMs = await page.evaluate(
                (at) =>
                    new Promise<number>((resolve) =>
                        requestAnimationFrame(() =>
                            setTimeout(() => resolve(performance.now() - at))
                        )
                    ),
                receivedAt
            );
        }
        const loaded = await loadedCount(page);
        const domNodes = await viewerNodes(page);
        const filterMs = await page.evaluate(() => {
            // The Inbound checkbox (the first of the filters), found through the shadow roots by its label.
            const toggle = window
                .__deepQueryAll('input[type="checkbox"]')
                .find((input) =>
                    /Inbound/.test(input.parentElement?.textContent ?? '')
                ) as HTMLElement;
            const started = performance.now();
            toggle.click();
            return new Promise<number>((resolve) =>
                requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started)))
            );
        });
        await page.locator('[data-filter="inbound"] label').click();
        const articles = await page.evaluate(
            () => window.__deepQueryAll('c-kustomer-conversation-message').length
        );
        const searchSamples: number[] = [];
        for (const query of [
            'refund',
            'invoice',
            'zipper',
            'canada',
            'refund',
            'invoice',
            'weight'
        ]) {
            const before = await page.evaluate(
                () => window.__deepQueryAll('[data-id="match-count"]')[0]?.textContent ?? ''
            );
            const started = await page.evaluate(() => performance.now());
            await page.locator('[data-id="search"] input').fill(query);
            const handle = await page.waitForFunction(
                (previous) => {
                    const now =
                        window.__deepQueryAll('[data-id="match-count"]')[0]?.textContent ?? '';
                    return now !== previous && now.trim() !== '' ? performance.now() : false;
                },
                before,
                { polling: 'raf', timeout: 60_000 }
            );
            searchSamples.push(
                ((await handle.jsonValue()) as number) - started - SEARCH_DEBOUNCE_MS
            );
        }
        return {
            loaded,
            renderMs: Math.round(renderMs),
            filterMs: Math.round(filterMs),
            domNodes,
            articles,
            searchMs: Math.round(median(searchSamples)),
            searchSamples: searchSamples.map(Math.round)
        };
    } finally {
        await page.close();
    }
}

/** Search all on the 1,200-message conversation: Kustomer requests and time, 50 ms per Kustomer response. */
export async function searchAll(h: Harness): Promise<SearchAllFigures | undefined> {
    const page = await openDesktop(h, CONVERSATIONS.long, 50);
    try {
        await page.locator('[data-id="search"] input').fill('refund');
        const button = page.locator('[data-id="search-all"]');
        try {
            await button.waitFor({ timeout: 5_000 });
        } catch {
            return undefined; // a viewer without Search all
        }
        const budget = await page.locator('[data-id="search-all-budget"]').innerText();
        const mark = h.preview.standIn.requestLog.length;
        const started = Date.now();
        await button.click();
        await page
            .locator('[data-id="search-scope"]')
            .waitFor({ state: 'detached', timeout: 120_000 });
        const ms = Date.now() - started;
        const requests = h.preview.standIn.requestLog
            .slice(mark)
            .filter((r) => /\/messages\?/.test(r.path)).length;
        return { requests, ms, budget };
    } finally {
        h.preview.fake?.setLatency(0);
        await page.close();
    }
}

/** Tabs from the search box until focus leaves the viewer (at most 300), and older pages loaded meanwhile. */
export async function keyboard(h: Harness): Promise<KeyboardFigures> {
    const page = await openDesktop(h, CONVERSATIONS.long, 0);
    try {
        await page.waitForTimeout(1000); // notes pages
        const pagesBefore = h.preview.apexLog.filter((c) => c.method === 'getMessages').length;
        await page.locator('[data-id="search"] input').focus();
        const inViewer = () =>
            page.evaluate(() => {
                let element: Element | null = document.activeElement;
                const path: string[] = [];
                while (element) {
                    path.push(element.tagName);
                    const next: Element | null = element.shadowRoot?.activeElement ?? null;
                    if (!next || next === element) break;
                    element = next;
                }
                return path.includes('C-KUSTOMER-CASE-CONVERSATION');
            });
        let tabs = 0;
        let left = false;
        while (tabs < 300 && !left) {
            await page.keyboard.press('Tab');
            tabs++;
            left = !(await inViewer());
        }
        await page.waitForTimeout(300);
        const pagesLoaded =
            h.preview.apexLog.filter((c) => c.method === 'getMessages').length - pagesBefore;
        return { tabsToLeave: tabs, left, pagesLoaded };
    } finally {
        await page.close();
    }
}
