// Launches Debian's Chromium through playwright-core with a fresh temporary profile (flags from
// shared/reference/preview.md), and blocks every request that leaves this machine unless told otherwise.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumPath, installHint, SYSTEM_TOOLS } from '../scripts/lib/system-tools.ts';

export const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage'
];

function chromiumExecutable(): string {
    const path = chromiumPath();
    if (!path)
        throw new Error(
            installHint(SYSTEM_TOOLS.filter((tool) => tool.debianPackage === 'chromium'))
        );
    return path;
}

export interface Browser {
    context: BrowserContext;
    close(): Promise<void>;
}

export async function launchBrowser(
    options: {
        width?: number;
        height?: number;
        acceptSelfSigned?: boolean;
        offline?: boolean;
        popupBlocking?: boolean;
    } = {}
): Promise<Browser> {
    const userDataDir = mkdtempSync(join(tmpdir(), 'kc-chromium-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: chromiumExecutable(),
        headless: true,
        args: CHROMIUM_ARGS,
        // Playwright turns Chromium's popup blocker off; a test of what a person's browser would block turns it on.
        ...(options.popupBlocking ? { ignoreDefaultArgs: ['--disable-popup-blocking'] } : {}),
        viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
        locale: 'en-US',
        timezoneId: 'America/Los_Angeles',
        // The fake's attachment host is https with a self-signed certificate; the preview's files worker makes
        // accepting it unnecessary, which the tests that pass acceptSelfSigned: false prove.
        ignoreHTTPSErrors: options.acceptSelfSigned ?? true
    });
    // Offline by design: anything not served by this machine (e.g. avatar CDNs in fixtures) is refused. Only the
    // org run (e2e/org, npm run org:verify) opens a real org and passes offline: false.
    if (options.offline !== false)
        await context.route(/^(?!https?:\/\/(localhost|127\.0\.0\.1)[:/]).*/, (route) =>
            route.abort('blockedbyclient')
        );
    return {
        context,
        async close() {
            await context.close();
            rmSync(userDataDir, { recursive: true, force: true });
        }
    };
}
