// The benchmark's payload measures: bytes sent to the browser per 100 messages (and gzipped), the same for the
// HTML email showcase scaled to 100, and render time per message for a page of 100.
import { gzipSync } from 'node:zlib';
import { CONVERSATIONS } from '../preview/fake-kustomer/catalogue.ts';
import { caseUrl, demoCase, watchedPage, type Harness } from '../e2e/harness.ts';
import { SEL } from '../e2e/selectors.ts';
import { median, RUNS } from './first-view.ts';

export async function bytesAndRender(h: Harness): Promise<{
    bytesPer100: number;
    gzipPer100: number;
    richBytesPer100: number;
    renderMsPerMessage: number;
}> {
    h.preview.fake?.setLatency(0);
    const renders: number[] = [];
    let bytes = 0;
    let gzip = 0;
    for (let run = 0; run < RUNS; run++) {
        h.preview.standIn.cache.clear();
        const { page } = await watchedPage(h);
        const mark = h.preview.apexLog.length;
        await page.goto(
            caseUrl(h.preview, demoCase(h.preview, { conversationId: CONVERSATIONS.size(1000) }), {
                messagesPerPage: 100,
                showNotes: false
            })
        );
        const rendered = await page.waitForFunction(
            (selector) => {
                const calls =
                    (
                        window as unknown as {
                            __preview?: { apex: Array<{ name: string; receivedAt?: number }> };
                        }
                    ).__preview?.apex ?? [];
                const messages = calls.find(
                    (c) => c.name.endsWith('getMessages') && c.receivedAt !== undefined
                );
                if (!messages || window.__deepQueryAll(selector).length < 100) return false;
                return performance.now() - (messages.receivedAt as number);
            },
            SEL.message,
            { polling: 'raf', timeout: 30_000 }
        );
        renders.push((await rendered.jsonValue()) as number);
        const call = h.preview.apexLog
            .slice(mark)
            .find((c) => c.method === 'getMessages' && c.params.pageSize === 100);
        if (!call) throw new Error('no getMessages call with pageSize 100 was seen');
        bytes = call.bytes;
        await page.close();
    }
    // Re-serialise the same response to measure its gzip size (what a compressing server would send).
    const report = await h.preview.standIn.call('getMessages', {
        caseId: demoCase(h.preview, { conversationId: CONVERSATIONS.size(1000) }).caseId,
        page: 5,
        pageSize: 100,
        includeNotes: false,
        forceRefresh: false
    });
    gzip = gzipSync(JSON.stringify(report.json)).length;
    // The generated messages are short; the showcase is HTML email with quoted history, attachments and every
    // channel: its page, scaled to 100 messages, is the heavier, more realistic figure.
    const showcase = await h.preview.standIn.call('getMessages', {
        caseId: demoCase(h.preview, { conversationId: CONVERSATIONS.showcase }).caseId,
        page: 1,
        pageSize: 100,
        includeNotes: false,
        forceRefresh: true
    });
    const showcaseMessages = (JSON.parse(showcase.json ?? '{"data":[]}') as { data: unknown[] })
        .data.length;
    const showcaseBytes = Buffer.byteLength(JSON.stringify(showcase.json));
    return {
        bytesPer100: bytes,
        gzipPer100: gzip,
        richBytesPer100: Math.round((showcaseBytes / showcaseMessages) * 100),
        renderMsPerMessage: median(renders) / 100
    };
}
