// The viewer in every language the package ships, as a person sees it: the preview serves the package's own
// translations for ?locale= (labels and dates), and the longest texts fit their controls on desktop and phone
// (nothing cut off, nothing sticking out, no sideways scrolling). `npm run screenshots` does the same for every
// demo Case and keeps the pictures.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CONVERSATIONS } from '../preview/fake-kustomer/catalogue.ts';
import { readTranslations, sourceDir } from '../lib/metadata/index.ts';
import { ROOT } from '../preview/build/rollup-config.ts';
import { startPreview, type Preview } from '../preview/server/preview-server.ts';
import { launchBrowser, type Browser } from './browser.ts';
import { caseUrl, demoCase, DEEP_QUERY } from './harness.ts';
import { clippedControls, FORMS, LANGUAGES, settleViewer } from './i18n-checks.ts';
import { screenshot } from './page-checks.ts';

const translations = readTranslations(sourceDir(ROOT));
/** March 2025 in each language: the showcase's days are in it. */
const MARCH: Record<string, RegExp> = {
    en: /March/,
    de: /März/,
    fr: /mars/,
    es: /marzo/,
    ja: /3月/
};

let preview: Preview;
const browsers = new Map<string, Browser>();
before(async () => {
    preview = await startPreview({ timeoutMs: 1500, rateLimitSeconds: 3 });
    for (const form of FORMS)
        browsers.set(form.name, await launchBrowser({ width: form.width, height: form.height }));
});
after(async () => {
    for (const browser of browsers.values()) await browser.close();
    await preview?.close();
});

async function open(
    form: (typeof FORMS)[number],
    locale: string,
    subject: { conversationId?: string; subject?: string },
    params: Record<string, string> = {}
) {
    preview.standIn.cache.clear();
    const page = await (browsers.get(form.name) as Browser).context.newPage();
    await page.addInitScript(DEEP_QUERY);
    await page.goto(
        caseUrl(preview, demoCase(preview, subject), {
            locale,
            formFactor: form.formFactor,
            ...params
        })
    );
    await settleViewer(page);
    return page;
}

describe('languages', () => {
    for (const { lang, locale } of LANGUAGES) {
        it(`${lang}: labels and dates in ${locale}`, async () => {
            const page = await open(FORMS[0], locale, { conversationId: CONVERSATIONS.showcase });
            const expected =
                lang === 'en'
                    ? 'Open in Kustomer'
                    : translations.get(lang)?.get('Viewer_Open_In_Kustomer');
            assert.equal(
                (await page.locator('[data-id="open-in-kustomer"]').innerText()).trim(),
                expected
            );
            assert.match(
                await page.locator('[data-id="day"]').first().innerText(),
                MARCH[lang] as RegExp
            );
            await page.close();
        });

        for (const form of FORMS) {
            const states: Array<
                [string, { conversationId?: string; subject?: string }, Record<string, string>]
            > = [
                ['the conversation', { conversationId: CONVERSATIONS.showcase }, {}],
                [
                    'an admin’s fix',
                    { subject: 'Failure: 403 missing role' },
                    { perm: 'Kustomer_Manage_Setup' }
                ],
                ['a user’s error', { subject: 'No access to the Case' }, {}],
                ['a failure Retry can help', { subject: 'Failure: 500' }, {}]
            ];
            for (const [state, subject, params] of states) {
                it(`${lang}, ${form.name}: ${state} fits (no text cut off or sticking out)`, async () => {
                    const page = await open(form, locale, subject, params);
                    assert.deepEqual(await clippedControls(page), []);
                    const overflow = await page.evaluate(
                        () =>
                            document.documentElement.scrollWidth -
                            document.documentElement.clientWidth
                    );
                    assert.ok(overflow <= 1, `no sideways scrolling (${overflow}px)`);
                    if (state === 'an admin’s fix')
                        await screenshot(page, `50-${lang}-${form.name}-admin-fix`);
                    await page.close();
                });
            }
        }
    }

    it('the fit check finds a clipped button (it can fail)', async () => {
        const page = await open(FORMS[1], 'de-DE', { conversationId: CONVERSATIONS.showcase });
        await page.evaluate(() => {
            const button = (window.__deepQueryAll('button') as HTMLElement[]).find(
                (element) => element.innerText.trim().length > 3
            );
            if (button)
                Object.assign(button.style, {
                    width: '12px',
                    overflow: 'hidden',
                    whiteSpace: 'nowrap'
                });
        });
        assert.notDeepEqual(await clippedControls(page), []);
        await page.close();
    });
});
