// `npm run screenshots`: every demo Case, desktop (1400×1000) and phone (390×844), in every language the package
// ships (en, de, fr, es, ja: ?locale=), into screenshots/cases/<lang>/<form>/. Each page is also checked for text a
// person cannot read whole: a key control (button, badge, title, state text) whose text is cut off or overflows
// its box is listed in screenshots/cases/report.json, and any at all fails the run. Contact sheets
// (screenshots/cases/<lang>-<form>.html) put a language's pages side by side for looking at them.
//   node e2e/screenshots.ts [--lang=de] [--form=phone] [--case=00001001]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser.ts';
import { DEEP_QUERY } from './harness.ts';
import { startPreview } from '../preview/server/preview-server.ts';
import { SCREENSHOTS } from './page-checks.ts';
import { clippedControls, settleViewer, LANGUAGES, FORMS } from './i18n-checks.ts';

const args = new Map(
    process.argv
        .slice(2)
        .map((arg) => arg.replace(/^--/, '').split('='))
        .map(([key, value]) => [key, value ?? ''] as const)
);
const OUT = join(SCREENSHOTS, 'cases');

const preview = await startPreview({ timeoutMs: 1500, rateLimitSeconds: 3 });
const report: Array<{ lang: string; form: string; caseNumber: string; clipped: string[] }> = [];
try {
    const cases = [...preview.cases.values()].filter(
        (c) => !args.get('case') || c.caseNumber === args.get('case')
    );
    for (const form of FORMS.filter((f) => !args.get('form') || f.name === args.get('form'))) {
        const browser = await launchBrowser({ width: form.width, height: form.height });
        try {
            for (const lang of LANGUAGES.filter(
                (l) => !args.get('lang') || l.lang === args.get('lang')
            )) {
                const dir = join(OUT, lang.lang, form.name);
                mkdirSync(dir, { recursive: true });
                const shots: string[] = [];
                for (const demo of cases) {
                    preview.standIn.cache.clear();
                    const page = await browser.context.newPage();
                    await page.addInitScript(DEEP_QUERY);
                    const query = new URLSearchParams({
                        case: demo.caseId,
                        locale: lang.locale,
                        formFactor: form.formFactor
                    });
                    await page.goto(`${preview.url}/?${query.toString()}`);
                    await settleViewer(page);
                    const file = `${demo.caseNumber}.png`;
                    await page.screenshot({ path: join(dir, file), fullPage: true });
                    shots.push(file);
                    const clipped = await clippedControls(page);
                    report.push({
                        lang: lang.lang,
                        form: form.name,
                        caseNumber: demo.caseNumber,
                        clipped
                    });
                    if (clipped.length > 0)
                        console.log(
                            `clipped: ${lang.lang} ${form.name} ${demo.caseNumber}: ${clipped.join(' | ')}`
                        );
                    await page.close();
                }
                writeFileSync(
                    join(OUT, `${lang.lang}-${form.name}.html`),
                    `<!doctype html><meta charset="utf-8"><title>${lang.lang} ${form.name}</title>` +
                        '<style>body{margin:0;display:flex;flex-wrap:wrap;gap:4px;background:#333}' +
                        'figure{margin:0;background:#fff}img{width:' +
                        (form.name === 'phone' ? 390 : 700) +
                        'px;display:block}figcaption{font:12px sans-serif;padding:2px}</style>' +
                        shots
                            .map(
                                (shot) =>
                                    `<figure><img src="${lang.lang}/${form.name}/${shot}"><figcaption>${shot}</figcaption></figure>`
                            )
                            .join('')
                );
            }
        } finally {
            await browser.close();
        }
    }
} finally {
    await preview.close();
}
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'report.json'), JSON.stringify(report, null, 2));
const bad = report.filter((entry) => entry.clipped.length > 0);
console.log(`screenshots: ${report.length} pages in ${OUT}; ${bad.length} with clipped text`);
process.exitCode = bad.length > 0 ? 1 : 0;
