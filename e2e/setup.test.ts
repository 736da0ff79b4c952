// The Kustomer Setup tab in the preview (/setup): the package's own kustomerSetup component against the setup
// stand-in, in every scenario an admin's org can be in; the demo Cases an admin meets first and their way to the
// setup check; where links to Kustomer and to Setup go; image previews without accepting a certificate. The README's
// admin images come from here (readme-shots.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { readLabelValues } from '../lib/metadata/index.ts';
import { ROOT } from '../preview/build/rollup-config.ts';
import { CONVERSATIONS } from '../preview/fake-kustomer/catalogue.ts';
import { SCENARIOS } from '../preview/server/scenarios.ts';
import { launchBrowser, type Browser } from './browser.ts';
import { caseUrl, demoCase, useHarness, watchedPage, type WatchedPage } from './harness.ts';
import { expectAccessible, hostileTraces, screenshot } from './page-checks.ts';
import { README_IMAGES, readmeShot } from './readme-shots.ts';
import { SEL } from './selectors.ts';

const labels = readLabelValues(join(ROOT, 'force-app', 'main', 'default'));
const label = (name: string) => labels.get(name) as string;

type Status = 'Passed' | 'Warning' | 'Failed' | 'Skipped';
const ORG_CHECKS = [
    'namedCredential',
    'principalAccess',
    'apiKey',
    'keyRoles',
    'platformCache',
    'caseSetup'
] as const;
type OrgCheck = (typeof ORG_CHECKS)[number];

/** What each scenario's org checks must say (checks not named pass). */
const EXPECTED: Record<string, Partial<Record<OrgCheck, [Status, string]>>> = {
    'all-passing': {},
    'no-key': {
        apiKey: ['Failed', label('Setup_KeyMissing')],
        keyRoles: ['Skipped', label('Setup_RolesSkipped')]
    },
    'wrong-key': {
        apiKey: ['Failed', label('Setup_KeyRejected')],
        keyRoles: ['Skipped', label('Setup_RolesSkipped')]
    },
    'wrong-region': {
        namedCredential: ['Warning', 'api.prod2.kustomerapp.com (EU)'],
        apiKey: ['Failed', 'Auth token associated with pod prod1'],
        keyRoles: ['Skipped', label('Setup_RolesSkipped')]
    },
    'missing-role': {
        keyRoles: ['Failed', 'org.permission.conversation.read']
    },
    'no-principal-access': {
        principalAccess: ['Failed', label('Setup_PrincipalNotGranted')],
        apiKey: ['Failed', "We couldn't access the credential(s)"],
        keyRoles: ['Skipped', label('Setup_RolesSkipped')]
    },
    'no-cache': {
        platformCache: ['Warning', label('Setup_CacheNone')]
    },
    'case-fails': {}
};

const h = useHarness();

async function done(w: WatchedPage): Promise<void> {
    assert.deepEqual(w.dialogs, []);
    assert.deepEqual(w.errors, []);
    assert.deepEqual(await hostileTraces(w.page), []);
    await w.page.close();
}

const check = (page: Page, id: string) => page.locator(`li[data-check="${id}"]`);

/** Opens /setup in a scenario and waits until every org check has answered. */
async function openSetup(scenario: string): Promise<WatchedPage> {
    const w = await watchedPage(h);
    await w.page.goto(`${h.preview.url}/setup?scenario=${scenario}`);
    await check(w.page, 'caseSetup').waitFor();
    await w.page.waitForFunction(
        () => window.__deepQueryAll('li[data-check] lightning-spinner').length === 0,
        undefined,
        { timeout: 15_000 }
    );
    return w;
}

async function statusOf(page: Page, id: string): Promise<Status> {
    return (await check(page, id).locator('.status-badge').innerText()).trim() as Status;
}

/** Picks a demo Case in the Case check's picker and runs it. */
async function runCaseCheck(page: Page, subject: string): Promise<void> {
    await page.getByRole('combobox', { name: label('Setup_CasePickerLabel') }).click();
    await page.getByRole('option', { name: new RegExp(subject) }).click();
    await check(page, 'caseConversation').locator('.run-case-check').click();
    await page.waitForFunction(
        () => window.__deepQueryAll('li[data-check] lightning-spinner').length === 0,
        undefined,
        { timeout: 15_000 }
    );
}

describe('Kustomer Setup in the preview (/setup)', () => {
    for (const scenario of SCENARIOS) {
        it(`${scenario.title}: each check says what the org state is, with its fix`, async () => {
            const w = await openSetup(scenario.id);
            const expected = EXPECTED[scenario.id] ?? {};
            for (const id of ORG_CHECKS) {
                const [status, text] = expected[id] ?? ['Passed', ''];
                assert.equal(await statusOf(w.page, id), status, `${scenario.id}: ${id}`);
                if (text)
                    assert.match(await check(w.page, id).innerText(), new RegExp(escape(text)));
                if (status === 'Failed' || status === 'Warning') {
                    const link = check(w.page, id).locator('a.fix-link');
                    assert.match(
                        (await link.getAttribute('href')) ?? '',
                        /^\/lightning\/setup\//,
                        `${scenario.id}: ${id} links its fix to a Setup page`
                    );
                }
            }
            assert.equal(
                await w.page
                    .locator(`a[data-scenario="${scenario.id}"]`)
                    .getAttribute('aria-current'),
                'page'
            );
            await screenshot(w.page, `50-setup-${scenario.id}`);
            await expectAccessible(w.page, `setup: ${scenario.id}`);
            await done(w);
        });
    }

    it('a Case end to end: loads, names the exact attachment host and finds it trusted', async () => {
        const w = await openSetup('all-passing');
        await runCaseCheck(w.page, 'Cracked tent pole');
        assert.equal(await statusOf(w.page, 'caseConversation'), 'Passed');
        const text = await check(w.page, 'caseConversation').innerText();
        assert.match(text, new RegExp(CONVERSATIONS.showcase));
        assert.ok(
            text.includes(h.preview.fake?.attachmentsUrl as string),
            `names the attachment host exactly: ${text}`
        );
        await screenshot(w.page, '51-setup-case-passes');
        await expectAccessible(w.page, 'setup: Case check passed');
        await done(w);
    });

    it('a Case that fails end to end: the key belongs to another Kustomer org', async () => {
        const w = await openSetup('case-fails');
        await runCaseCheck(w.page, 'Cracked tent pole');
        assert.equal(await statusOf(w.page, 'caseConversation'), 'Failed');
        assert.match(
            await check(w.page, 'caseConversation').innerText(),
            new RegExp(escape(label('Setup_E2eNotFound')))
        );
        await screenshot(w.page, '52-setup-case-fails');
        await expectAccessible(w.page, 'setup: Case check failed');
        await done(w);
    });

    it('a fix link opens a page that names the Setup page it would open in the org', async () => {
        const w = await openSetup('wrong-region');
        const [tab] = await Promise.all([
            w.page.context().waitForEvent('page'),
            check(w.page, 'namedCredential').locator('a.fix-link').click()
        ]);
        await tab.waitForLoadState();
        assert.equal(new URL(tab.url()).pathname, '/lightning/setup/NamedCredential/home');
        assert.match(await tab.locator('h1').innerText(), /Setup › Named Credentials/);
        await expectAccessible(tab, 'Setup destination');
        await tab.close();
        await done(w);
    });

    it('refuses a user without the setup permission, once for the whole tab', async () => {
        const w = await watchedPage(h);
        await w.page.goto(`${h.preview.url}/setup?perm=-Kustomer_Manage_Setup`);
        await w.page.locator('.not-permitted').waitFor({ timeout: 15_000 });
        assert.match(
            await w.page.locator('.not-permitted').innerText(),
            new RegExp(escape(label('Setup_NotPermittedTitle')))
        );
        assert.equal(await w.page.locator('li[data-check]').count(), 0);
        await expectAccessible(w.page, 'setup: not permitted');
        await done(w);
    });

    it('/cases links the Setup tab, and the Case page header has it', async () => {
        const w = await watchedPage(h);
        await w.page.goto(`${h.preview.url}/cases`);
        await w.page.locator('[data-id="setup-link"] a').click();
        await w.page.waitForURL(/\/setup$/);
        await check(w.page, 'caseSetup').waitFor();
        await done(w);
    });
});

describe('the demo Cases an admin meets first', () => {
    it('"Kustomer not set up": the viewer says so, and Open Kustomer Setup shows why', async () => {
        const w = await watchedPage(h);
        const record = demoCase(h.preview, { subject: 'Kustomer not set up' });
        await w.page.goto(caseUrl(h.preview, record, { perm: 'Kustomer_Manage_Setup' }));
        const state = w.page.locator('[data-id="state"]');
        await state.waitFor({ timeout: 15_000 });
        assert.equal(await state.getAttribute('data-code'), 'NOT_CONFIGURED');
        await screenshot(w.page, '53-case-not-set-up');
        await expectAccessible(w.page, 'not set up, admin');
        const setup = w.page.locator('[data-id="setup-link"]');
        assert.equal(await setup.getAttribute('href'), '/setup?scenario=no-key');
        await setup.click();
        await w.page.waitForURL(/\/setup\?scenario=no-key$/);
        await check(w.page, 'apiKey').locator('.check-fix').waitFor({ timeout: 15_000 });
        assert.match(
            await check(w.page, 'apiKey').innerText(),
            new RegExp(escape(label('Setup_KeyMissing')))
        );
        await done(w);
    });

    it('"Missing permission set": no access to the Kustomer fields, and the admin fix names the set', async () => {
        const w = await watchedPage(h);
        const record = demoCase(h.preview, { subject: 'Missing permission set' });
        await w.page.goto(caseUrl(h.preview, record, { perm: 'Kustomer_Manage_Setup' }));
        const state = w.page.locator('[data-id="state"]');
        await state.waitFor({ timeout: 15_000 });
        assert.equal(await state.getAttribute('data-code'), 'NO_ACCESS');
        assert.match(await state.innerText(), /Kustomer Conversation Viewer/);
        await screenshot(w.page, '54-case-missing-permission-set');
        await expectAccessible(w.page, 'missing permission set, admin');
        await done(w);
    });
});

describe('links that leave Salesforce', () => {
    it('"Open in Kustomer" opens a preview page that says where it would go', async () => {
        const w = await watchedPage(h);
        await w.page.goto(
            caseUrl(h.preview, demoCase(h.preview, { conversationId: CONVERSATIONS.showcase }))
        );
        await w.page.locator(SEL.message).first().waitFor();
        const [tab] = await Promise.all([
            w.page.context().waitForEvent('page'),
            w.page.locator('[data-id="open-in-kustomer"]').click()
        ]);
        await tab.waitForLoadState();
        assert.equal(new URL(tab.url()).pathname, '/preview/leave');
        assert.equal(
            (await tab.locator('[data-id="destination"]').innerText()).trim(),
            `https://acme.kustomerapp.com/app/conversations/${CONVERSATIONS.showcase}`
        );
        await expectAccessible(tab, 'leave page');
        await tab.close();
        await done(w);
    });
});

describe('attachments without accepting the self-signed certificate', () => {
    let strict: Browser;
    before(async () => {
        strict = await launchBrowser({ acceptSelfSigned: false });
    });
    after(async () => {
        await strict?.close();
    });

    it('shows the image preview and opens the file, through the files worker', async () => {
        const page = await strict.context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(
            caseUrl(h.preview, demoCase(h.preview, { conversationId: CONVERSATIONS.showcase }))
        );
        await page.locator(SEL.message).first().waitFor();
        const attachment = page
            .locator('[data-id="attachment"]')
            .filter({ hasText: 'pole-crack.png' });
        // Previews load by themselves for attachments on (or near) the screen.
        await attachment.scrollIntoViewIfNeeded();
        const image = page.locator('img[data-id="preview"][src*="pole-crack.png"]');
        await image.waitFor({ state: 'attached' });
        await page.waitForFunction(
            (el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0,
            await image.elementHandle(),
            { timeout: 15_000 }
        );
        assert.ok(await image.isVisible());
        assert.match(
            (await image.getAttribute('src')) ?? '',
            /^https:\/\/localhost:\d+\/attachments\//
        );
        const pdf = page
            .locator('[data-id="attachment"]')
            .filter({ hasText: 'invoice-A-48213.pdf' });
        await pdf.scrollIntoViewIfNeeded();
        const [download] = await Promise.all([
            page
                .context()
                .waitForEvent('request', (request) =>
                    request.url().includes('/preview/files/attachments/')
                ),
            pdf.locator('[data-id="open"]').click()
        ]);
        assert.match(new URL(download.url()).pathname, /^\/preview\/files\/attachments\//);
        assert.deepEqual(errors, []);
        await page.close();
    });
});

describe('README admin images', () => {
    it('come from the preview: one per step, each refreshed when what it shows changes', async () => {
        const steps: Array<[string, () => Promise<WatchedPage>, string]> = [
            [
                '1-installed-not-set-up',
                async () => {
                    const w = await watchedPage(h);
                    const record = demoCase(h.preview, { subject: 'Kustomer not set up' });
                    await w.page.goto(
                        caseUrl(h.preview, record, { perm: 'Kustomer_Manage_Setup' })
                    );
                    await w.page.locator('[data-id="state"]').waitFor({ timeout: 15_000 });
                    return w;
                },
                '[data-id="viewer"]'
            ],
            [
                '2-permission-sets',
                () => openSetup('no-principal-access'),
                'c-kustomer-setup lightning-card'
            ],
            ['3-region-url', () => openSetup('wrong-region'), 'c-kustomer-setup lightning-card'],
            ['4-api-key', () => openSetup('no-key'), 'c-kustomer-setup lightning-card'],
            [
                '5-check',
                async () => {
                    const w = await openSetup('all-passing');
                    await runCaseCheck(w.page, 'Cracked tent pole');
                    return w;
                },
                'c-kustomer-setup lightning-card'
            ],
            [
                '6-record-page',
                async () => {
                    const w = await watchedPage(h);
                    await w.page.goto(
                        caseUrl(
                            h.preview,
                            demoCase(h.preview, { conversationId: CONVERSATIONS.showcase }),
                            {
                                height: 500
                            }
                        )
                    );
                    await w.page.locator(SEL.message).first().waitFor();
                    return w;
                },
                '[data-id="viewer"]'
            ]
        ];
        for (const [name, open, selector] of steps) {
            const w = await open();
            await readmeShot(w.page.locator(selector).first(), name);
            await done(w);
        }
        const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
        const referenced = [...readme.matchAll(/docs\/images\/admin\/([\w-]+)\.png/g)].map(
            (m) => m[1]
        );
        assert.deepEqual(
            referenced,
            steps.map(([name]) => name),
            `the README shows each step's image in order (${README_IMAGES})`
        );
    });
});

function escape(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
