// How many tests a step of `npm test` ran, from the machine-readable results it leaves.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Counts {
    passed: number;
    failed: number;
    source: string;
}

/** Counts from the step's own results, when it leaves any. */
export function countsFrom(step: string, output: string, outDir: string): Counts | undefined {
    if (step === 'test:unit' && !existsSync(join(outDir, 'jest.json'))) {
        return { passed: 0, failed: 1, source: 'no Jest results written' };
    }
    if (step === 'test:unit') {
        const jest = JSON.parse(readFileSync(join(outDir, 'jest.json'), 'utf8')) as {
            numPassedTests: number;
            numFailedTests: number;
            numRuntimeErrorTestSuites?: number;
        };
        return {
            passed: jest.numPassedTests,
            failed: jest.numFailedTests + (jest.numRuntimeErrorTestSuites ?? 0),
            source: 'jest --json'
        };
    }
    if (step === 'validate' && existsSync(join(outDir, 'validate.json'))) {
        const validate = JSON.parse(readFileSync(join(outDir, 'validate.json'), 'utf8')) as {
            passed: number;
            failed: number;
        };
        return {
            passed: validate.passed,
            failed: validate.failed,
            source: '.ci-out/validate.json'
        };
    }
    const summary = [...output.matchAll(/^(\d+) passed, (\d+) failed\s*$/gm)].pop();
    if (summary)
        return { passed: Number(summary[1]), failed: Number(summary[2]), source: 'summary line' };
    const pass = [...output.matchAll(/^[#ℹ] pass (\d+)\s*$/gm)].pop();
    const fail = [...output.matchAll(/^[#ℹ] fail (\d+)\s*$/gm)].pop();
    if (pass && fail)
        return { passed: Number(pass[1]), failed: Number(fail[1]), source: 'node:test' };
    return undefined;
}
