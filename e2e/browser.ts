// Launches Debian's Chromium through playwright-core with a fresh temporary profile (flags from
// shared/reference/preview.md), and blocks every request that leaves this machine unless told otherwise.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

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

// Debian's real binary skips the /usr/bin/chromium wrapper script (and its warnings); CHROMIUM_PATH overrides.
const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

function chromiumPath(): string {
    const path = process.env.CHROMIUM_PATH ?? CANDIDATES.find((candidate) => existsSync(candidate));
    if (!path) {
        throw new Error(
            'No Chromium found: run `apt-get install -y chromium` (Debian) or set CHROMIUM_PATH to a Chromium binary'
        );
    }
    return path;
}

export interface Browser {
    context: BrowserContext;
    close(): Promise<void>;
}

export async function launchBrowser(
    options: { width?: number; height?: number; offline?: boolean; popupBlocking?: boolean } = {}
): Promise<Browser> {
    const userDataDir = mkdtempSync(join(tmpdir(), 'kc-chromium-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: chromiumPath(),
        headless: true,
        args: CHROMIUM_ARGS,
        // Playwright turns Chromium's popup blocker off; a test of what a person's browser would block turns it on.
        ...(options.popupBlocking ? { ignoreDefaultArgs: ['--disable-popup-blocking'] } : {}),
        viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
        locale: 'en-US',
        timezoneId: 'America/Los_Angeles',
        // The fake serves attachment bytes over https with a self-signed localhost certificate.
        ignoreHTTPSErrors: true
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
