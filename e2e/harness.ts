// Shared by the browser tests and the benchmark: the preview server in-process on port 0 (fake Kustomer), one
// Chromium, and pages that record what a person must never see happen (dialogs, page errors, XSS marks). A test file
// (or suite) gets both with `const h = useHarness();`.
import { after, before } from 'node:test';
import type { Page } from 'playwright-core';
import {
    startPreview,
    type Preview,
    type PreviewOptions
} from '../preview/server/preview-server.ts';
import type { DemoCase } from '../preview/fake-kustomer/model.ts';
import { launchBrowser, type Browser } from './browser.ts';

export interface Harness {
    preview: Preview;
    browser: Browser;
    close(): Promise<void>;
}

export type BrowserOptions = Parameters<typeof launchBrowser>[0];

export async function startHarness(
    options: PreviewOptions = {},
    browserOptions: BrowserOptions = {}
): Promise<Harness> {
    const preview = await startPreview({ timeoutMs: 1500, rateLimitSeconds: 3, ...options });
    const browser = await launchBrowser(browserOptions);
    return {
        preview,
        browser,
        async close() {
            await browser.close();
            await preview.close();
        }
    };
}

/**
 * The harness of the test file or suite it is called in: started before its tests, closed after them. Its preview
 * and browser are there from the suite's own before() hooks on (registered after this call).
 */
export function useHarness(
    options: PreviewOptions = {},
    browserOptions: BrowserOptions = {}
): Harness {
    let started: Harness | undefined;
    before(async () => {
        started = await startHarness(options, browserOptions);
    });
    after(async () => {
        await started?.close();
    });
    const running = (): Harness => {
        if (!started)
            throw new Error(
                'useHarness: the harness starts in before(); use it in tests and hooks'
            );
        return started;
    };
    return {
        get preview() {
            return running().preview;
        },
        get browser() {
            return running().browser;
        },
        close: () => running().close()
    };
}

/** The demo Case linked to a conversation id (or with that subject). */
export function demoCase(
    preview: Preview,
    match: { conversationId?: string; subject?: string }
): DemoCase {
    const found = [...preview.cases.values()].find(
        (c) =>
            (match.conversationId === undefined || c.conversationId === match.conversationId) &&
            (match.subject === undefined || c.subject === match.subject)
    );
    if (!found) throw new Error(`No demo Case for ${JSON.stringify(match)}`);
    return found;
}

export function caseUrl(
    preview: Preview,
    demo: DemoCase,
    params: Record<string, string | number | boolean> = {}
): string {
    const query = new URLSearchParams({ case: demo.caseId });
    for (const [key, value] of Object.entries(params)) query.set(key, String(value));
    return `${preview.url}/?${query.toString()}`;
}

export interface WatchedPage {
    page: Page;
    dialogs: string[];
    errors: string[];
}

/** A new page that records dialogs (dismissed) and uncaught page errors. */
export async function watchedPage(harness: Harness): Promise<WatchedPage> {
    const page = await harness.browser.context.newPage();
    const watched: WatchedPage = { page, dialogs: [], errors: [] };
    page.on('dialog', (dialog) => {
        watched.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss();
    });
    page.on('pageerror', (error) => watched.errors.push(error.message));
    await page.addInitScript(DEEP_QUERY);
    return watched;
}

/**
 * window.__deepQueryAll(selector): synthetic shadow hides component DOM from document.querySelector, so in-page
 * timing code walks every (synthetic) shadow root. Installed before the page's scripts run.
 */
export const DEEP_QUERY = `window.__deepQueryAll = function (selector) {
    const out = [];
    const visit = (root) => {
        for (const el of root.querySelectorAll(selector)) out.push(el);
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(document);
    return out;
};`;

declare global {
    interface Window {
        __deepQueryAll(selector: string): Element[];
    }
}
