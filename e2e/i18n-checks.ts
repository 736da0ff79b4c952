// Shared by the language browser test and `npm run screenshots`: the languages and form factors, waiting until the
// viewer shows what it will show, and finding key controls whose text is cut off.
import type { Page } from 'playwright-core';

/** The languages the package ships labels in, with the locale a Salesforce user of that language has. */
export const LANGUAGES = [
    { lang: 'en', locale: 'en-US' },
    { lang: 'de', locale: 'de-DE' },
    { lang: 'fr', locale: 'fr-FR' },
    { lang: 'es', locale: 'es-ES' },
    { lang: 'ja', locale: 'ja-JP' }
] as const;

export const FORMS = [
    { name: 'desktop', width: 1400, height: 1000, formFactor: 'Large' },
    { name: 'phone', width: 390, height: 844, formFactor: 'Small' }
] as const;

/** Messages, an error state or an empty conversation: whatever the viewer ends on (a spinner is not an end). */
export async function settleViewer(page: Page, timeout = 15_000): Promise<void> {
    await page.waitForFunction(
        () =>
            window.__deepQueryAll('[data-id="entry"], [data-id="state"], [data-id="empty"]')
                .length > 0,
        undefined,
        { timeout }
    );
    // Images, fonts and the Case's own facts (a tick later) settle.
    await page.waitForTimeout(300);
}

/**
 * Key controls whose text does not fit: buttons, badges, the title, the state panel, toolbar and pager text. A box
 * that hides overflow (or ellipsises it) with content wider or taller than itself, or text that sticks out of a
 * button, is clipped. Elements meant to truncate with an ellipsis AND with the full text in a title are fine.
 */
export async function clippedControls(page: Page): Promise<string[]> {
    return page.evaluate(() => {
        const selectors = [
            'button',
            'a.slds-button',
            '.slds-badge',
            '[data-id="title"]',
            '[data-id="state"] h2',
            '[data-id="state"] p',
            '.kc-channel',
            'lightning-button',
            'lightning-button-menu',
            'lightning-input'
        ].join(',');
        const found: string[] = [];
        for (const element of window.__deepQueryAll(selectors) as HTMLElement[]) {
            const rect = element.getBoundingClientRect();
            if (rect.width === 0 || rect.height === 0) continue;
            const style = getComputedStyle(element);
            const text = (element.innerText || element.getAttribute('aria-label') || '').trim();
            if (!text) continue;
            const ellipsised = style.textOverflow === 'ellipsis';
            const titled = (element.getAttribute('title') ?? '').trim().length > 0;
            const wider = element.scrollWidth > element.clientWidth + 1;
            const taller = element.scrollHeight > element.clientHeight + 1;
            const hides = style.overflow !== 'visible' || style.overflowX !== 'visible';
            if ((wider || taller) && hides && !(ellipsised && titled)) {
                found.push(`${element.tagName.toLowerCase()} "${text.slice(0, 60)}"`);
                continue;
            }
            // Text that sticks out of a button's box (overflow visible, nowrap).
            if (element.tagName === 'BUTTON' && wider && !hides) {
                found.push(`${element.tagName.toLowerCase()} "${text.slice(0, 60)}" overflows`);
            }
        }
        // The viewer itself must never scroll sideways.
        const viewer = window.__deepQueryAll('[data-id="viewer"]')[0] as HTMLElement | undefined;
        if (viewer && viewer.scrollWidth > viewer.clientWidth + 1)
            found.push(`viewer scrolls sideways by ${viewer.scrollWidth - viewer.clientWidth}px`);
        return found;
    });
}
