import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { countsFrom } from '../step-counts.ts';

const dir = mkdtempSync(join(tmpdir(), 'gate-counts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('countsFrom', () => {
    test('reads Jest --json results, counting suites that crashed as failures', () => {
        writeFileSync(
            join(dir, 'jest.json'),
            JSON.stringify({ numPassedTests: 40, numFailedTests: 2, numRuntimeErrorTestSuites: 1 })
        );
        expect(countsFrom('test:unit', '', dir)).toMatchObject({ passed: 40, failed: 3 });
    });
    test('fails test:unit when Jest wrote no results', () => {
        expect(countsFrom('test:unit', '', join(dir, 'nowhere'))).toMatchObject({
            passed: 0,
            failed: 1
        });
    });
    test('reads .ci-out/validate.json', () => {
        writeFileSync(join(dir, 'validate.json'), JSON.stringify({ passed: 9, failed: 1 }));
        expect(countsFrom('validate', '', dir)).toMatchObject({ passed: 9, failed: 1 });
    });
    test('reads the last "N passed, N failed" line, then node:test summaries', () => {
        expect(
            countsFrom('test:e2e', 'x\n3 passed, 1 failed\n12 passed, 0 failed\n', dir)
        ).toMatchObject({ passed: 12, failed: 0 });
        expect(countsFrom('bench', '# tests 5\n# pass 4\n# fail 1\n', dir)).toMatchObject({
            passed: 4,
            failed: 1
        });
        expect(countsFrom('bench', 'ℹ pass 7\nℹ fail 0\n', dir)).toMatchObject({
            passed: 7,
            failed: 0
        });
    });
    test('has nothing to say about plain output', () => {
        expect(countsFrom('build', 'build: 2 LWC JavaScript files emitted\n', dir)).toBeUndefined();
    });
});
