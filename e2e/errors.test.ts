// Every failure kind, as the person on the Case page sees it: its own state (code), an actionable text, Retry,
// and, for admins (Kustomer_Manage_Setup), the fix. Timeouts are short here (1.5 s) so the suite stays quick.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DemoCase } from '../preview/fake-kustomer/model.ts';
import { startPreview } from '../preview/server/preview-server.ts';
import { caseUrl, useHarness, watchedPage, type WatchedPage } from './harness.ts';
import { expectAccessible, hostileTraces, screenshot } from './page-checks.ts';
import { SEL } from './selectors.ts';

const h = useHarness();

const bySubject = (subject: string): DemoCase => {
    const found = [...h.preview.cases.values()].find((c) => c.subject === subject);
    assert.ok(found, `demo Case "${subject}"`);
    return found;
};

async function openState(
    subject: string,
    params: Record<string, string> = {}
): Promise<WatchedPage> {
    h.preview.standIn.cache.clear();
    const w = await watchedPage(h);
    await w.page.goto(caseUrl(h.preview, bySubject(subject), params));
    await w.page.locator('[data-id="state"]').waitFor({ timeout: 15_000 });
    return w;
}

async function done(w: WatchedPage): Promise<void> {
    assert.deepEqual(w.dialogs, []);
    assert.deepEqual(w.errors, []);
    assert.deepEqual(await hostileTraces(w.page), []);
    await w.page.close();
}

/** Each failure kind; `retry`: whether a Retry can help (never for a Case or setup problem). */
const FAILURES: Array<{ subject: string; code: string; shot: string; retry: boolean }> = [
    { subject: 'Failure: 401', code: 'UNAUTHORIZED', shot: '10-error-unauthorized', retry: false },
    {
        subject: 'Failure: 403 missing role',
        code: 'FORBIDDEN',
        shot: '11-error-forbidden',
        retry: false
    },
    { subject: 'Failure: 404', code: 'NOT_FOUND', shot: '12-error-not-found', retry: false },
    { subject: 'Failure: 500', code: 'UPSTREAM', shot: '13-error-upstream', retry: true },
    { subject: 'Failure: timeout', code: 'TIMEOUT', shot: '14-error-timeout', retry: true },
    {
        subject: 'Failure: malformed JSON',
        code: 'BAD_RESPONSE',
        shot: '15-error-bad-response',
        retry: true
    },
    { subject: 'Case not linked', code: 'NOT_LINKED', shot: '16-error-not-linked', retry: false },
    {
        subject: 'Malformed conversation id',
        code: 'INVALID_ID',
        shot: '17-error-invalid-id',
        retry: false
    },
    {
        subject: 'No access to the Case',
        code: 'NO_ACCESS',
        shot: '18-error-no-access',
        retry: false
    }
];

describe('error states', () => {
    const texts = new Map<string, string>();
    for (const failure of FAILURES) {
        it(`${failure.subject}: shows ${failure.code} with its own text, and Retry ${failure.retry ? 'that asks again' : 'not at all (it cannot help)'}`, async () => {
            const w = await openState(failure.subject);
            const state = w.page.locator('[data-id="state"]');
            assert.equal(await state.getAttribute('data-code'), failure.code);
            const text = (await state.innerText()).trim();
            assert.ok(text.length > 20, 'an explanation, not just a title');
            texts.set(failure.code, text);
            // One way to ask again at most: no header Refresh beside the state.
            assert.equal(await w.page.locator('[data-id="refresh"]').count(), 0);
            // The Case still holds the link to Kustomer, and the assignee (never "Unassigned" then).
            const demo = bySubject(failure.subject);
            if (demo.conversationUrl && demo.access === 'OK')
                assert.equal(
                    await w.page.locator('[data-id="open-in-kustomer"]').getAttribute('href'),
                    demo.conversationUrl
                );
            if (demo.assigneeNames && demo.access === 'OK')
                assert.match(
                    await w.page.locator('[data-id="assignees"]').innerText(),
                    new RegExp(demo.assigneeNames)
                );
            await screenshot(w.page, failure.shot);
            await expectAccessible(w.page, failure.code);
            const retry = w.page.locator('[data-id="retry"]');
            assert.equal(await retry.count(), failure.retry ? 1 : 0);
            if (failure.retry) {
                const calls = h.preview.apexLog.length;
                await retry.click();
                await w.page.waitForFunction(() => (window.__preview?.apex.length ?? 0) >= 2);
                await w.page.locator('[data-id="state"]').waitFor({ timeout: 15_000 });
                assert.ok(h.preview.apexLog.length > calls, 'Retry asks again');
                assert.equal(
                    await w.page.locator('[data-id="state"]').getAttribute('data-code'),
                    failure.code
                );
            }
            await done(w);
        });
    }

    it('says it is still waiting for Kustomer when an answer takes seconds', async () => {
        // The contract's own timeouts (this suite's 1.5 s would cut the wait short), 5 s per Kustomer answer:
        // the first view takes one round, longer than the 4 s after which the viewer says it is still waiting.
        const slow = await startPreview({});
        try {
            const w = await watchedPage(h);
            const demo = [...slow.cases.values()].find((c) => c.group === 'Conversations');
            assert.ok(demo);
            await w.page.goto(caseUrl(slow, demo, { latency: 5000 }));
            const waiting = w.page.locator('[data-id="still-waiting"]');
            await waiting.waitFor({ timeout: 8_000 });
            assert.match(await waiting.innerText(), /Still waiting for Kustomer/);
            await screenshot(w.page, '21-still-waiting');
            await w.page.locator(SEL.message).first().waitFor({ timeout: 15_000 });
            assert.equal(await waiting.count(), 0);
            await done(w);
        } finally {
            await slow.close();
        }
    });

    it('copies the details of a failure for a support request', async () => {
        const w = await openState('Failure: 404');
        await w.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
        await w.page.locator('[data-id="copy-details"]').click();
        await w.page.locator('[data-id="copy-status"]').filter({ hasText: /\S/ }).waitFor();
        const copied = await w.page.evaluate(() => navigator.clipboard.readText());
        assert.match(copied, /code: NOT_FOUND/);
        assert.match(copied, /httpStatus: 404/);
        assert.match(copied, new RegExp(`caseId: ${bySubject('Failure: 404').caseId}`));
        assert.match(copied, /time: \d{4}-\d\d-\d\dT/);
        await done(w);
    });

    it('gives each failure kind its own text', () => {
        const distinct = new Set(texts.values());
        assert.equal(
            distinct.size,
            texts.size,
            [...texts].map(([code, text]) => `${code}: ${text}`).join('\n')
        );
    });

    it('tells an admin the fix and the missing role', async () => {
        const w = await openState('Failure: 403 missing role', { perm: 'Kustomer_Manage_Setup' });
        assert.ok(await w.page.locator('[data-id="admin-fix"]').isVisible());
        assert.match(
            await w.page.locator('[data-id="state"]').innerText(),
            /org\.permission\.conversation\.read/
        );
        await screenshot(w.page, '19-error-forbidden-admin');
        await expectAccessible(w.page, 'FORBIDDEN for an admin');
        // The Kustomer Setup tab (the preview's /setup, in the Case's org state: a key without that role).
        const setup = w.page.locator('[data-id="setup-link"]');
        assert.equal(await setup.getAttribute('href'), '/setup?scenario=missing-role');
        await setup.click();
        await w.page.waitForURL(/\/setup\?scenario=missing-role$/);
        await w.page.locator('li[data-check="keyRoles"] .check-fix').waitFor({ timeout: 15_000 });
        await done(w);
    });

    it('does not show the admin fix to a user without the setup permission', async () => {
        const w = await openState('Failure: 401');
        assert.equal(await w.page.locator('[data-id="admin-fix"]').count(), 0);
        await done(w);
    });

    it('recovers with Retry after a temporary failure', async () => {
        const w = await openState('Failure, then recovery');
        assert.equal(
            await w.page.locator('[data-id="state"]').getAttribute('data-code'),
            'UPSTREAM'
        );
        // The fake fails the first request of each endpoint once; two Retries at most reach every endpoint.
        for (
            let attempt = 0;
            attempt < 3 && (await w.page.locator(SEL.message).count()) === 0;
            attempt++
        ) {
            const retry = w.page.locator('[data-id="retry"]');
            if (await retry.count()) await retry.click();
            await Promise.race([
                w.page.locator(SEL.message).first().waitFor({ timeout: 5_000 }),
                w.page.locator('[data-id="state"]').waitFor({ timeout: 5_000 })
            ]).catch(() => undefined);
        }
        await w.page.locator(SEL.message).first().waitFor();
        await done(w);
    });

    it('waits out a rate limit, says so, then shows the conversation', async () => {
        const w = await openState('Failure: 429 rate limited');
        const state = w.page.locator('[data-id="state"]');
        assert.equal(await state.getAttribute('data-code'), 'RATE_LIMITED');
        const wait = await state.innerText();
        assert.match(wait, /\d/, `the wait is told in seconds: ${wait}`);
        await screenshot(w.page, '20-error-rate-limited');
        await expectAccessible(w.page, 'RATE_LIMITED');
        // The fake lifts the limit after 3 s; the viewer retries when the wait is over, or the person clicks Retry.
        const shown = await w.page
            .locator(SEL.message)
            .first()
            .waitFor({ timeout: 8_000 })
            .then(() => true)
            .catch(() => false);
        if (!shown) {
            await w.page.locator('[data-id="retry"]').click({ timeout: 5_000 });
            await w.page.locator(SEL.message).first().waitFor({ timeout: 10_000 });
        }
        await done(w);
    });
});
