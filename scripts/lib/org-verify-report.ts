// The verdict of `npm run org:verify` (scripts/org-verify.sh, through scripts/org-verify-report.ts): what the org
// answered (the Apex test run's JSON, the outcome of the deploy and the browser step) against the expectations in
// docs/org-checklist.md (the expected coverage per class), and which checklist items the run confirmed.

/** Package version creation needs this much org-wide Apex coverage. */
export const REQUIRED_COVERAGE = 75;

export type StepOutcome = 'ok' | 'failed' | 'absent' | 'skipped';

export interface ApexRun {
    ran: number;
    failures: Array<{ name: string; message: string }>;
    orgWide?: number;
    byClass: Map<string, number>;
}

/** The checklist items a run can confirm, by their bold title in docs/org-checklist.md. */
export const CONFIRMS = {
    deploy: 'Deploy',
    apex: 'Apex tests and coverage in a namespaced org',
    browser: 'Viewer on the real Case page'
} as const;

const percent = (value: unknown): number | undefined => {
    const n = typeof value === 'number' ? value : Number(String(value ?? '').replace('%', ''));
    return Number.isFinite(n) ? n : undefined;
};

/** Reads `sf apex run test --code-coverage --json` output (also when the run failed: sf still prints JSON). */
export function readApexRun(json: string): ApexRun {
    const doc = JSON.parse(json) as {
        result?: {
            summary?: { testsRan?: number; orgWideCoverage?: string | number };
            tests?: Array<{ FullName?: string; Outcome?: string; Message?: string }>;
            coverage?: { coverage?: Array<{ name?: string; coveredPercent?: number }> };
        };
    };
    const result = doc.result ?? {};
    const tests = result.tests ?? [];
    return {
        ran: result.summary?.testsRan ?? tests.length,
        failures: tests
            .filter((t) => t.Outcome !== 'Pass')
            .map((t) => ({ name: t.FullName ?? '?', message: t.Message ?? t.Outcome ?? '' })),
        orgWide: percent(result.summary?.orgWideCoverage),
        byClass: new Map(
            (result.coverage?.coverage ?? []).flatMap((c) =>
                c.name && percent(c.coveredPercent) !== undefined
                    ? [[c.name, percent(c.coveredPercent) as number] as const]
                    : []
            )
        )
    };
}

/** The "Expected Apex coverage" table of the checklist: class → expected percent. */
export function expectedCoverage(checklist: string): Map<string, number> {
    const expected = new Map<string, number>();
    for (const m of checklist.matchAll(/^\|\s*`(\w+)`\s*\|\s*(\d+)\s*%\s*\|/gm))
        expected.set(m[1], Number(m[2]));
    return expected;
}

/** Whether each bold item title exists in the checklist (the run reports against them). */
export function missingTitles(checklist: string): string[] {
    return Object.values(CONFIRMS).filter((title) => !checklist.includes(`**${title}.**`));
}

export interface Verdict {
    lines: string[];
    failed: boolean;
}

export function verdict(
    steps: { deploy: StepOutcome; browser: StepOutcome },
    apex: ApexRun | undefined,
    checklist: string
): Verdict {
    const lines: string[] = [];
    let failed = steps.deploy === 'failed';
    const confirmed: string[] = [];
    const open: string[] = [];
    (steps.deploy === 'ok' ? confirmed : open).push(CONFIRMS.deploy);

    if (!apex) {
        lines.push('Apex tests: no results (the run did not start)');
        failed = true;
        open.push(CONFIRMS.apex);
    } else {
        lines.push(
            `Apex tests: ${apex.ran} ran, ${apex.ran - apex.failures.length} passed, ${apex.failures.length} failed`
        );
        for (const f of apex.failures) lines.push(`  FAIL ${f.name}: ${f.message}`);
        const enough = apex.orgWide !== undefined && apex.orgWide >= REQUIRED_COVERAGE;
        lines.push(
            `Coverage: org-wide ${apex.orgWide ?? '?'}% (a package version needs ${REQUIRED_COVERAGE}%)${enough ? '' : ': TOO LOW'}`
        );
        const expected = expectedCoverage(checklist);
        for (const [name, want] of [...expected].sort(([a], [b]) => a.localeCompare(b))) {
            const got = apex.byClass.get(name);
            const mark = got === undefined ? 'NOT MEASURED' : got < want ? 'BELOW EXPECTED' : 'ok';
            lines.push(
                `  ${name.padEnd(34)} ${String(got ?? '-').padStart(3)}% (expected ${want}%) ${mark}`
            );
        }
        for (const name of [...apex.byClass.keys()].filter((n) => !expected.has(n)).sort())
            lines.push(
                `  ${name.padEnd(34)} ${apex.byClass.get(name)}% (not in the checklist table: add it)`
            );
        const passed = apex.failures.length === 0 && enough;
        if (!passed) failed = true;
        (passed ? confirmed : open).push(CONFIRMS.apex);
    }

    const browserText: Record<StepOutcome, string> = {
        ok: 'Browser: the viewer rendered on the Case page and passed its checks',
        failed: 'Browser: the viewer failed its checks on the Case page (see the test output above)',
        absent: 'Browser: the viewer is not on the Case page: activate Kustomer_Case_Record_Page (Setup > Lightning App Builder > Activation), then run again with --target-org',
        skipped: 'Browser: skipped (--no-browser)'
    };
    lines.push(browserText[steps.browser]);
    if (steps.browser === 'failed') failed = true;
    (steps.browser === 'ok' ? confirmed : open).push(CONFIRMS.browser);

    lines.push(
        '',
        'docs/org-checklist.md items this run confirmed (tick them with the date and org):'
    );
    for (const title of confirmed) lines.push(`  [x] ${title}`);
    for (const title of open) lines.push(`  [ ] ${title}`);
    lines.push(
        'Every other item of the checklist needs a person (or a real Kustomer key): see the list.'
    );
    return { lines, failed };
}
