// The org:verify verdict (scripts/lib/org-verify-report.ts) against the real checklist it reports on.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apexClassFiles, apexClassName, isTestClass } from '../lib/apex-layout.ts';
import { expectedCoverage, missingTitles, readApexRun, verdict } from '../lib/org-verify-report.ts';

const CHECKLIST = readFileSync(join(process.cwd(), 'docs/org-checklist.md'), 'utf8');

describe('org:verify verdict', () => {
    it('reports against items that exist in docs/org-checklist.md', () => {
        expect(missingTitles(CHECKLIST)).toEqual([]);
    });

    it('expects a coverage for every production class, and only for them', () => {
        const production = apexClassFiles(process.cwd())
            .filter((file) => !isTestClass(readFileSync(file, 'utf8')))
            .filter((file) => !/\binterface\s+\w+/.test(readFileSync(file, 'utf8')))
            .map(apexClassName)
            .sort();
        expect([...expectedCoverage(CHECKLIST).keys()].sort()).toEqual(production);
    });

    it('reads a failed run: failures, org-wide and per-class coverage', () => {
        const run = readApexRun(
            JSON.stringify({
                status: 100,
                result: {
                    summary: { testsRan: 2, orgWideCoverage: '81%' },
                    tests: [
                        { FullName: 'A.x', Outcome: 'Pass' },
                        { FullName: 'A.y', Outcome: 'Fail', Message: 'boom' }
                    ],
                    coverage: { coverage: [{ name: 'KustomerJson', coveredPercent: 100 }] }
                }
            })
        );
        expect(run).toEqual({
            ran: 2,
            failures: [{ name: 'A.y', message: 'boom' }],
            orgWide: 81,
            byClass: new Map([['KustomerJson', 100]])
        });
        const result = verdict({ deploy: 'ok', browser: 'absent' }, run, CHECKLIST);
        expect(result.failed).toBe(true);
        expect(result.lines).toContain('  [x] Deploy');
        expect(result.lines.join('\n')).toMatch(/KustomerJson\s+100% \(expected 100%\) ok/);
        expect(result.lines.join('\n')).toMatch(
            /KustomerStore\s+-% \(expected 100%\) NOT MEASURED/
        );
        expect(result.lines.join('\n')).toContain('activate Kustomer_Case_Record_Page');
    });

    it('fails without results (the run never started)', () => {
        expect(verdict({ deploy: 'failed', browser: 'skipped' }, undefined, CHECKLIST).failed).toBe(
            true
        );
    });
});
