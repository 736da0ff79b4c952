// Issue 12, item 5: hostile e-mail that runs no script but takes the page over. On the XSS conversation (the
// takeover payloads of preview/fake-kustomer/xss-corpus.ts), in the plain preview and under Lightning's CSP
// (?csp=lex): nothing inside the viewer is position: fixed and nothing outside a message bubble is covered, no
// iframe survives, every link opens a new tab without an opener (clicking one leaves the Case page where it is),
// no bidi control reaches the screen, and no payload's id or name lands in the page.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { CONVERSATIONS } from '../preview/fake-kustomer/catalogue.ts';
import { CLOBBER_NAME, EVIL_HOST } from '../preview/fake-kustomer/xss-corpus.ts';
import { caseUrl, demoCase, useHarness, watchedPage } from './harness.ts';
import { countDeep, hostileTraces, screenshot } from './page-checks.ts';
import { SEL } from './selectors.ts';

/**
 * The browser's own hit testing and containment, saved before synthetic shadow patches them (it retargets
 * elementFromPoint to the outermost host and stops contains at shadow boundaries, which would hide everything).
 */
const NATIVE = `window.__native = {
    elementFromPoint: Document.prototype.elementFromPoint,
    contains: Node.prototype.contains
};`;

interface Native {
    elementFromPoint(this: Document, x: number, y: number): Element | null;
    contains(this: Node, other: Node): boolean;
}

declare global {
    interface Window {
        __native: Native;
    }
}

/** Elements inside the viewer whose computed position is fixed. */
function fixedInViewer(page: Page): Promise<string[]> {
    return page.evaluate(() => {
        const viewer = window.__deepQueryAll('c-kustomer-case-conversation')[0];
        return window
            .__deepQueryAll('*')
            .filter(
                (el) =>
                    viewer !== undefined &&
                    window.__native.contains.call(viewer, el) &&
                    getComputedStyle(el).position === 'fixed'
            )
            .map((el) => el.outerHTML.slice(0, 120));
    });
}

/**
 * Scrolls every message with a rich body into view and hit-tests the whole viewport: a point that lands on rich
 * content must lie inside that content's own bubble.
 */
function coveredPoints(page: Page): Promise<{ bubbles: number; covered: string[] }> {
    return page.evaluate(async () => {
        const covered: string[] = [];
        const bubbles = window
            .__deepQueryAll('[data-id="rich-body"]')
            .map((rich) => rich.closest('.kc-entry__bubble'))
            .filter((bubble): bubble is Element => bubble !== null);
        for (const bubble of bubbles) {
            bubble.scrollIntoView({ block: 'center' });
            await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
            for (let y = 4; y < window.innerHeight; y += 24) {
                for (let x = 4; x < window.innerWidth; x += 24) {
                    const hit = window.__native.elementFromPoint.call(document, x, y);
                    const owner = hit?.closest('.kc-entry__rich, .kc-entry__quoted');
                    const home = owner?.closest('.kc-entry__bubble')?.getBoundingClientRect();
                    if (
                        owner &&
                        home &&
                        (x < home.left || x > home.right || y < home.top || y > home.bottom)
                    ) {
                        covered.push(
                            `(${x}, ${y}) ${hit?.tagName}: ${hit?.textContent?.slice(0, 40)}`
                        );
                    }
                }
            }
        }
        return { bubbles: bubbles.length, covered: covered.slice(0, 10) };
    });
}

/** Links inside the viewer, and those that could replace or script the Case page or use another scheme. */
function unsafeLinks(page: Page): Promise<{ links: number; unsafe: string[] }> {
    return page.evaluate(() => {
        const viewer = window.__deepQueryAll('c-kustomer-case-conversation')[0];
        const links = window
            .__deepQueryAll('a[href], area[href]')
            .filter((a) => viewer !== undefined && window.__native.contains.call(viewer, a));
        const unsafe = links
            .filter((a) => {
                const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
                const safeTarget =
                    a.getAttribute('target') === '_blank' &&
                    rel.includes('noopener') &&
                    rel.includes('noreferrer');
                const safeScheme = /^(?:https?:|mailto:|tel:)/i.test(a.getAttribute('href') ?? '');
                return !safeTarget || !safeScheme;
            })
            .map((a) => a.outerHTML.slice(0, 160));
        return { links: links.length, unsafe };
    });
}

function bidiOnScreen(page: Page): Promise<string[]> {
    return page.evaluate(() => {
        const bidi = /[\u202A-\u202E\u2066-\u2069]/;
        const found: string[] = [];
        for (const el of window.__deepQueryAll('*')) {
            for (const node of Array.from(el.childNodes)) {
                if (node.nodeType === 3 && bidi.test(node.textContent ?? ''))
                    found.push(`${el.tagName}: ${JSON.stringify(node.textContent?.slice(0, 60))}`);
            }
            for (const name of ['title', 'alt', 'aria-label']) {
                if (bidi.test(el.getAttribute(name) ?? '')) found.push(`${el.tagName}[${name}]`);
            }
        }
        return found;
    });
}

for (const mode of ['plain', 'csp=lex'] as const) {
    describe(`hostile e-mail cannot take the page over (${mode})`, () => {
        const h = useHarness();
        let page: Page;
        let url: string;
        const state: { dialogs: string[]; errors: string[] } = { dialogs: [], errors: [] };

        before(async () => {
            // Where a hostile link would go: a stub that reports whether it got hold of the Case page.
            await h.browser.context.route(`https://${EVIL_HOST}/**`, (route) =>
                route.fulfill({
                    status: 200,
                    contentType: 'text/html',
                    body: '<!doctype html><title>evil</title><script>document.title = window.opener ? "has opener" : "no opener"</script>'
                })
            );
            const w = await watchedPage(h);
            page = w.page;
            await page.addInitScript(NATIVE);
            state.dialogs = w.dialogs;
            state.errors = w.errors;
            url = caseUrl(
                h.preview,
                demoCase(h.preview, { conversationId: CONVERSATIONS.xss }),
                mode === 'plain' ? {} : { csp: 'lex' }
            );
            await page.goto(url);
            await page.locator(SEL.message).first().waitFor();
            for (const toggle of await page.locator('[data-id="quoted-toggle"]').all())
                await toggle.click();
            await page.waitForTimeout(500);
        });

        it('puts nothing inside the viewer in position: fixed', async () => {
            assert.deepEqual(await fixedInViewer(page), []);
        });

        it('covers nothing outside a message bubble', async () => {
            const { bubbles, covered } = await coveredPoints(page);
            assert.ok(bubbles > 20, `rich bodies hit-tested: ${bubbles}`);
            assert.deepEqual(covered, []);
            await screenshot(page, `31-takeover-${mode.replace('=', '-')}`);
        });

        it('keeps no iframe, object, embed, form, base or meta, and runs nothing', async () => {
            assert.equal(await countDeep(page, 'iframe, frame, object, embed'), 0);
            assert.deepEqual(await hostileTraces(page), []);
            assert.deepEqual(state.dialogs, []);
            assert.deepEqual(state.errors, []);
        });

        it('opens every link in a new tab without an opener, with http, https, mailto or tel only', async () => {
            const { links, unsafe } = await unsafeLinks(page);
            assert.ok(links >= 5, `links checked: ${links}`);
            assert.deepEqual(unsafe, []);
        });

        it('keeps the Case page where it is when a hostile link is clicked (no tabnabbing)', async () => {
            const link = page.getByText('Open your invoice', { exact: true }).first();
            await link.scrollIntoViewIfNeeded();
            const popup = page.context().waitForEvent('page', { timeout: 5000 });
            await link.click();
            const opened = await popup;
            await opened.waitForLoadState();
            assert.equal(await opened.title(), 'no opener');
            await opened.close();
            assert.equal(page.url(), url, 'the Case page was not replaced');
        });

        it('shows no bidi control and no look-alike host', async () => {
            assert.deepEqual(await bidiOnScreen(page), []);
            assert.ok(
                (await countDeep(page, 'a[href^="https://xn--pple-43d.com/"]')) > 0,
                'the homoglyph host is linked as punycode'
            );
            const shown = await page.evaluate(() =>
                window.__deepQueryAll('a').some((a) => /аpple/.test(a.textContent ?? ''))
            );
            assert.equal(shown, false, 'no link text shows the look-alike host');
        });

        it('lets no payload id or name into the page (DOM clobbering)', async () => {
            assert.equal(
                await countDeep(page, `[id="${CLOBBER_NAME}"], [name="${CLOBBER_NAME}"]`),
                0
            );
            assert.equal(
                await page.evaluate(
                    (name) =>
                        (window as unknown as Record<string, unknown>)[name] === undefined &&
                        (document as unknown as Record<string, unknown>)[name] === undefined,
                    CLOBBER_NAME
                ),
                true
            );
        });
    });
}
