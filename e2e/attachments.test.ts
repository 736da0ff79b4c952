// Attachments in one click, in Chromium with its popup blocker ON (Playwright turns it off by default): "Open"
// opens the file in a new tab, fetched fresh, and the blocker does not object; image previews appear by themselves
// where the page's CSP allows the host, and where it does not, no broken image shows and Open still works.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CONVERSATIONS } from '../preview/fake-kustomer/catalogue.ts';
import { caseUrl, DEEP_QUERY, demoCase, useHarness } from './harness.ts';
import { expectAccessible, screenshot } from './page-checks.ts';
import { SEL } from './selectors.ts';

const h = useHarness({}, { popupBlocking: true });

async function open(params: Record<string, string | number> = {}) {
    h.preview.standIn.cache.clear();
    const page = await h.browser.context.newPage();
    await page.addInitScript(DEEP_QUERY);
    await page.goto(
        caseUrl(h.preview, demoCase(h.preview, { conversationId: CONVERSATIONS.showcase }), params)
    );
    await page.locator(SEL.message).first().waitFor();
    return page;
}

/** Attachments whose link the viewer asked Apex for. */
const linkCalls = (attachmentName?: string) =>
    h.preview.apexLog.filter(
        (call) =>
            call.method === 'getAttachmentLink' &&
            (attachmentName === undefined ||
                String(call.params.attachmentId) === attachmentIdOf(attachmentName))
    ).length;

function attachmentIdOf(name: string): string | undefined {
    return [...(h.preview.fake?.world.attachments.values() ?? [])].find((a) => a.name === name)?.id;
}

describe('attachments', () => {
    it('the popup blocker is on in this browser (a window.open 6 s after the gesture is refused)', async () => {
        const page = await open();
        // Chromium counts a gesture as the user's for 5 s (transient activation); after that a popup is refused.
        const opened = await page.evaluate(
            () =>
                new Promise<boolean>((resolve) =>
                    setTimeout(() => resolve(window.open('about:blank', '_blank') !== null), 6000)
                )
        );
        assert.equal(opened, false, 'Chromium blocked a popup nobody had just clicked for');
        await page.close();
    });

    it('opens a PDF in one click: a fresh link in a new tab, not blocked', async () => {
        const page = await open();
        const attachment = page
            .locator('[data-id="attachment"]')
            .filter({ hasText: 'invoice-A-48213.pdf' });
        const before = linkCalls('invoice-A-48213.pdf');
        const [tab] = await Promise.all([
            h.browser.context.waitForEvent('page', { timeout: 10_000 }),
            attachment.locator('[data-id="open"]').click()
        ]);
        await tab.waitForLoadState('domcontentloaded').catch(() => undefined);
        // The preview opens Kustomer's signed link from its own origin (no certificate to accept): same path and query.
        assert.match(
            tab.url(),
            /^http:\/\/localhost:\d+\/preview\/files\/attachments\/.*invoice-A-48213\.pdf\?/
        );
        assert.equal(await tab.evaluate(() => window.opener), null, 'no opener for the new tab');
        assert.equal(
            linkCalls('invoice-A-48213.pdf') - before,
            1,
            'one fresh link, fetched for this click'
        );
        // The file behind the link is the real one.
        const response = await h.browser.context.request.get(tab.url());
        assert.equal(response.headers()['content-type'], 'application/pdf');
        await tab.close();
        // The second click has its link in hand: it opens without asking Apex again.
        const [again] = await Promise.all([
            h.browser.context.waitForEvent('page', { timeout: 10_000 }),
            attachment.locator('[data-id="open"]').click()
        ]);
        assert.equal(linkCalls('invoice-A-48213.pdf') - before, 1);
        await again.close();
        await page.close();
    });

    it('previews an image without a click', async () => {
        const page = await open();
        const message = page
            .locator(SEL.message)
            .filter({ hasText: 'My order #A-48213 arrived yesterday' })
            .first();
        // Previews load for attachments on (or near) the screen.
        await message.scrollIntoViewIfNeeded();
        const image = message.locator('img[data-id="preview"]');
        await image.waitFor({ state: 'attached' });
        await page.waitForFunction(
            (el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0,
            await image.elementHandle()
        );
        assert.equal(await image.evaluate((el) => (el as HTMLImageElement).naturalWidth), 480);
        assert.ok(await image.isVisible());
        await screenshot(page, '03-attachments');
        await expectAccessible(page, 'attachments');
        await page.close();
    });

    for (const trusted of [false, true]) {
        it(`with a LEX-like CSP ${trusted ? 'trusting' : 'not trusting'} the attachment host: ${trusted ? 'previews' : 'no broken image, Open still works'}`, async () => {
            const page = await open({ csp: 'lex', ...(trusted ? { trusted: 1 } : {}) });
            const attachment = page
                .locator('[data-id="attachment"]')
                .filter({ hasText: 'pole-crack.png' });
            const asked = linkCalls('pole-crack.png');
            await attachment.scrollIntoViewIfNeeded();
            // Trusted: the preview arrives. Not trusted: give a blocked image the same time to show up broken.
            await page
                .waitForFunction(
                    () =>
                        (
                            window.__deepQueryAll('img[data-id="preview"]') as HTMLImageElement[]
                        ).some(
                            (img) => img.naturalWidth > 0 && img.getBoundingClientRect().width > 2
                        ),
                    undefined,
                    { timeout: 5000 }
                )
                .catch(() => undefined);
            // The link was fetched for the preview either way: the org's CSP decides, not the viewer.
            assert.equal(linkCalls('pole-crack.png') - asked, 1);
            const images = await page.evaluate(() =>
                (window.__deepQueryAll('img[data-id="preview"]') as HTMLImageElement[]).map(
                    (img) => ({
                        loaded: img.complete && img.naturalWidth > 0,
                        visible: img.getBoundingClientRect().width > 2
                    })
                )
            );
            assert.ok(
                images.every((image) => image.loaded || !image.visible),
                `no visible broken image: ${JSON.stringify(images)}`
            );
            assert.equal(
                images.some((image) => image.loaded && image.visible),
                trusted
            );
            if (!trusted) {
                await screenshot(page, '09-csp-untrusted-image-host');
                const [tab] = await Promise.all([
                    h.browser.context.waitForEvent('page', { timeout: 10_000 }),
                    attachment.locator('[data-id="open"]').click()
                ]);
                assert.match(tab.url(), /pole-crack\.png/);
                await tab.close();
            }
            await page.close();
        });
    }
});
