// The viewer on a real org's Case page, run by `npm run org:verify` (skipped otherwise): the sample Case opened
// through the front-door URL of `sf org open --url-only`. In a fresh org no Kustomer key is pasted yet, so the
// viewer must show its "not set up" state, with no LWC or viewer error in the console; a screenshot is kept. The outcome (absent, ok, failed) is written to
// ORG_VERIFY_OUTCOME for the verdict; "absent" means the record page with the viewer is not activated.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { ROOT } from '../../preview/build/rollup-config.ts';
import { readLabels, sourceDir } from '../../lib/metadata/index.ts';
import { launchBrowser } from '../browser.ts';
import { screenshot } from '../page-checks.ts';

const URL = process.env.ORG_VERIFY_URL;
const OUTCOME = process.env.ORG_VERIFY_OUTCOME;
const VIEWER_TAG = /-kustomer-case-conversation$/;
const LIGHTNING_TIMEOUT_MS = 120_000;

function label(name: string): string {
    const entry = readLabels(sourceDir(ROOT)).get(name);
    assert.ok(entry, `label ${name}`);
    return entry.value;
}

function report(outcome: 'absent' | 'ok' | 'failed'): void {
    if (OUTCOME) writeFileSync(OUTCOME, outcome);
}

test(
    'the viewer on the sample Case record page',
    { skip: !URL && 'only under npm run org:verify' },
    async () => {
        const browser = await launchBrowser({ offline: false, width: 1440, height: 1000 });
        const consoleErrors: string[] = [];
        try {
            const page = await browser.context.newPage();
            page.on('console', (m) => {
                if (m.type() === 'error') consoleErrors.push(m.text());
            });
            page.on('pageerror', (e) => consoleErrors.push(String(e)));
            await page.goto(URL as string, {
                waitUntil: 'domcontentloaded',
                timeout: LIGHTNING_TIMEOUT_MS
            });
            // Deep search: Lightning renders components inside (synthetic or native) shadow roots.
            const found = await page
                .waitForFunction(
                    (pattern) => {
                        const re = new RegExp(pattern);
                        const walk = (root: Document | ShadowRoot): boolean =>
                            Array.from(root.querySelectorAll('*')).some(
                                (el) =>
                                    re.test(el.tagName.toLowerCase()) ||
                                    (el.shadowRoot ? walk(el.shadowRoot) : false)
                            );
                        return walk(document);
                    },
                    VIEWER_TAG.source,
                    { timeout: LIGHTNING_TIMEOUT_MS }
                )
                .then(
                    () => true,
                    () => false
                );
            await screenshot(page, 'org-case-page');
            if (!found) {
                report('absent');
                return;
            }
            const text = await page.waitForFunction(
                (title) => (document.body.innerText.includes(title) ? document.body.innerText : ''),
                label('Viewer_Error_Not_Configured_Title'),
                { timeout: LIGHTNING_TIMEOUT_MS }
            );
            assert.ok(
                String(await text.jsonValue()).length > 0,
                'the not-configured state is shown'
            );
            const lwcErrors = consoleErrors.filter((e) => /\bLWC\d*\b|kustomer/i.test(e));
            assert.deepEqual(lwcErrors, [], 'no LWC or viewer errors in the console');
            report('ok');
        } catch (error) {
            report('failed');
            throw error;
        } finally {
            await browser.close();
        }
    }
);
