// The viewer is as tall as its content: on every demo Case, at desktop (1400×1000) and phone (390×844) size, the
// page ends where its content ends (no blank area below the component), also after a long history has loaded.
// Screenshots of every demo Case at both sizes go to screenshots/cases/ for a person to look at.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { DemoCase } from '../preview/fake-kustomer/model.ts';
import { CONVERSATIONS } from '../preview/fake-kustomer/catalogue.ts';
import { caseUrl, demoCase, useHarness, watchedPage } from './harness.ts';
import { screenshot } from './page-checks.ts';
import { SEL } from './selectors.ts';

const h = useHarness();

export const SIZES = [
    { name: 'desktop', width: 1400, height: 1000, formFactor: 'Large' },
    { name: 'phone', width: 390, height: 844, formFactor: 'Small' }
] as const;

/** The page's scrollable height and where its content (the record page's main area) ends. */
async function heights(page: Page): Promise<{ page: number; content: number; viewport: number }> {
    return page.evaluate(() => {
        const main = window.__deepQueryAll('main')[0];
        const bottom = main ? main.getBoundingClientRect().bottom + window.scrollY : 0;
        return {
            page: document.documentElement.scrollHeight,
            content: Math.ceil(bottom),
            viewport: window.innerHeight
        };
    });
}

/** Waits until the viewer shows messages, the empty text or a state (whichever the Case leads to). */
async function settled(page: Page): Promise<void> {
    await page
        .locator(`${SEL.message}, [data-id="empty"], [data-id="state"]`)
        .first()
        .waitFor({ timeout: 15_000 });
    // Notes pages, names and images arrive after the first message.
    await page.waitForTimeout(400);
}

/** The first number of "200 of 1,200 messages" (grouped per locale or not). */
async function loadedCount(page: Page): Promise<number> {
    const text = await page.locator('[data-id="shown-count"]').first().innerText();
    const match = /\d[\d,.\s\u202f]*/.exec(text);
    return match ? Number(match[0].replace(/\D/g, '')) : 0;
}

function assertNoBlank(figures: { page: number; content: number; viewport: number }, what: string) {
    const allowed = Math.max(figures.content, figures.viewport) + 2;
    assert.ok(
        figures.page <= allowed,
        `${what}: page ${figures.page} px tall, content ends at ${figures.content} px (${figures.page - figures.content} px blank)`
    );
}

describe('the page ends where its content ends', () => {
    for (const size of SIZES) {
        it(`every demo Case, ${size.name} (${size.width}×${size.height})`, async () => {
            const failures: string[] = [];
            for (const demo of h.preview.cases.values() as Iterable<DemoCase>) {
                h.preview.standIn.cache.clear();
                const { page } = await watchedPage(h);
                await page.setViewportSize({ width: size.width, height: size.height });
                await page.goto(caseUrl(h.preview, demo, { formFactor: size.formFactor }));
                await settled(page);
                const figures = await heights(page);
                try {
                    assertNoBlank(
                        figures,
                        `Case ${demo.caseNumber} (${demo.subject.slice(0, 40)})`
                    );
                } catch (error) {
                    failures.push((error as Error).message);
                }
                await screenshot(page, `cases/${demo.caseNumber}-${size.name}`);
                await page.close();
            }
            assert.deepEqual(failures, []);
        });
    }

    for (const size of SIZES) {
        it(`the long conversation after 200 messages loaded, ${size.name}`, async () => {
            h.preview.standIn.cache.clear();
            const { page } = await watchedPage(h);
            await page.setViewportSize({ width: size.width, height: size.height });
            const demo = demoCase(h.preview, { conversationId: CONVERSATIONS.long });
            await page.goto(caseUrl(h.preview, demo, { formFactor: size.formFactor }));
            await settled(page);
            for (let i = 0; i < 6 && (await loadedCount(page)) < 200; i++) {
                const before = await loadedCount(page);
                await page.locator('[data-id="load-older"]').first().click();
                await page.waitForFunction(
                    (n) => {
                        const text =
                            window.__deepQueryAll('[data-id="shown-count"]')[0]?.textContent ?? '';
                        const match = /\d[\d,.\s\u202f]*/.exec(text);
                        return match !== null && Number(match[0].replace(/\D/g, '')) > n;
                    },
                    before,
                    { timeout: 10_000 }
                );
            }
            assert.ok((await loadedCount(page)) >= 200, 'at least 200 messages loaded');
            const figures = await heights(page);
            assertNoBlank(figures, 'long conversation, 200 loaded');
            await screenshot(page, `cases/long-200-loaded-${size.name}`);
            await page.close();
        });
    }
});
