// The benchmark's first-view measures on the preview: navigation → first message visible, the Kustomer requests
// and sequential round trips of a first view, a re-view within the cache TTL and one older page, and the requests
// a notes list whose next link never ends costs. Figures, not pass/fail timings.
import { CONVERSATIONS } from '../preview/fake-kustomer/catalogue.ts';
import { caseUrl, demoCase, watchedPage, type Harness } from '../e2e/harness.ts';
import { SEL } from '../e2e/selectors.ts';
import { sequentialRounds } from './rounds.ts';

/** Latency added to every fake Kustomer response in the slow runs (ms). */
export const LATENCY_MS = 200;
export const RUNS = Number(process.env.BENCH_RUNS ?? 7);
export const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

export async function firstMessageVisible(
    h: Harness,
    size: number,
    latencyMs: number
): Promise<number> {
    h.preview.standIn.cache.clear();
    h.preview.fake?.setLatency(latencyMs);
    const { page } = await watchedPage(h);
    try {
        await page.goto(
            caseUrl(h.preview, demoCase(h.preview, { conversationId: CONVERSATIONS.size(size) })),
            { waitUntil: 'commit' }
        );
        // Polled every animation frame in the page: performance.now() is ms since navigation start.
        const handle = await page.waitForFunction(
            (selector) => {
                const found = window.__deepQueryAll(selector)[0];
                if (!found) return false;
                const box = found.getBoundingClientRect();
                return box.width > 0 && box.height > 0 ? performance.now() : false;
            },
            SEL.message,
            { polling: 'raf', timeout: 30_000 }
        );
        return (await handle.jsonValue()) as number;
    } finally {
        await page.close();
    }
}

export interface RequestFigures {
    requests: number;
    sequential: number;
}

function since(h: Harness, mark: number): RequestFigures {
    const entries = h.preview.standIn.requestLog.slice(mark);
    return { requests: entries.length, sequential: sequentialRounds(entries) };
}

export async function settle(h: Harness): Promise<void> {
    // Wait until no Apex call has been in flight for 300 ms.
    let last = -1;
    for (let i = 0; i < 100; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const n = h.preview.apexLog.length + h.preview.standIn.requestLog.length;
        if (n === last) return;
        last = n;
    }
}

/** Methods whose Kustomer requests the first message waits for (names and later notes pages come after it). */
const BEFORE_FIRST_MESSAGE = new Set(['getConversation', 'getMessages']);

/** One first view (empty caches): every Kustomer request it sends, and the round trips before the first message. */
export async function firstViewFigures(
    h: Harness,
    size: number
): Promise<{ requests: number; imagePreviews: number; roundTripsToFirstMessage: number }> {
    h.preview.fake?.setLatency(LATENCY_MS);
    h.preview.standIn.cache.clear();
    const { page } = await watchedPage(h);
    const mark = h.preview.standIn.requestLog.length;
    try {
        await page.goto(
            caseUrl(h.preview, demoCase(h.preview, { conversationId: CONVERSATIONS.size(size) }))
        );
        await page.waitForSelector(SEL.message);
        await settle(h);
    } finally {
        await page.close();
    }
    const entries = h.preview.standIn.requestLog.slice(mark);
    // An image attachment on screen fetches its preview link (getAttachmentLink: the message, then the attachment)
    // after the messages: counted apart, so the budget reads the conversation's own requests.
    const previews = entries.filter((entry) => entry.method === 'getAttachmentLink');
    return {
        requests: entries.length - previews.length,
        imagePreviews: previews.length,
        roundTripsToFirstMessage: sequentialRounds(
            entries.filter((entry) => BEFORE_FIRST_MESSAGE.has(entry.method))
        )
    };
}

/** Kustomer requests one view sends to a notes list that never ends (until the view settles, at most 10 s). */
export async function endlessNotesRequests(h: Harness): Promise<number> {
    h.preview.fake?.setLatency(0);
    h.preview.standIn.cache.clear();
    const { page } = await watchedPage(h);
    const mark = h.preview.standIn.requestLog.length;
    try {
        await page.goto(
            caseUrl(
                h.preview,
                demoCase(h.preview, { conversationId: CONVERSATIONS.quirk('endless-notes') })
            )
        );
        await page.waitForSelector(SEL.message);
        await settle(h);
    } finally {
        await page.close();
    }
    return h.preview.standIn.requestLog.slice(mark).filter((entry) => entry.name === 'notes')
        .length;
}

export async function requestCounts(
    h: Harness
): Promise<{ firstView: RequestFigures; reView: RequestFigures; olderPage: RequestFigures }> {
    h.preview.fake?.setLatency(LATENCY_MS);
    h.preview.standIn.cache.clear();
    const url = caseUrl(
        h.preview,
        demoCase(h.preview, { conversationId: CONVERSATIONS.size(1000) })
    );
    const first = await watchedPage(h);
    let mark = h.preview.standIn.requestLog.length;
    await first.page.goto(url);
    await first.page.waitForSelector(SEL.message);
    await settle(h);
    const firstView = since(h, mark);

    mark = h.preview.standIn.requestLog.length;
    const calls = await first.page.evaluate(() => window.__preview?.apex.length ?? 0);
    await first.page
        .getByRole('button', { name: /earlier|older/i })
        .first()
        .click();
    // The page answers only after the injected latency: wait for it before settling (the server logs a call
    // when it answers, so settling alone could end before the call did).
    await first.page.waitForFunction(
        (n) =>
            (window.__preview?.apex ?? [])
                .slice(n)
                .some((c) => c.name.endsWith('getMessages') && c.receivedAt !== undefined),
        calls
    );
    await settle(h);
    const olderPage = since(h, mark);
    await first.page.close();

    const again = await watchedPage(h);
    mark = h.preview.standIn.requestLog.length;
    await again.page.goto(url);
    await again.page.waitForSelector(SEL.message);
    await settle(h);
    const reView = since(h, mark);
    await again.page.close();
    return { firstView, reView, olderPage };
}
