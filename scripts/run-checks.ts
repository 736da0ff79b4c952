// `npm test`: the system tools it needs first (scripts/lib/system-tools.ts: installed on a fresh Debian machine, else
// named in one line), then every check in order (build, typecheck, lint, test:unit, validate, test:e2e, bench: those
// defined in package.json), carrying on after a failure. Counts tests where a step leaves machine-readable results
// (Jest --json, node:test/TAP summaries, .ci-out/validate.json, a final "N passed, N failed" line), otherwise 1 per
// step. Prints a per-step summary and ends with exactly the line `N passed, N failed`.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countsFrom, type Counts } from './lib/step-counts.ts';
import { ensureSystemTools, installHint } from './lib/system-tools.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, '.ci-out');
const STEPS = ['build', 'typecheck', 'lint', 'test:unit', 'validate', 'test:e2e', 'bench'];

interface StepResult extends Counts {
    step: string;
    status: number;
    seconds: number;
}

/** Extra arguments that make a step write machine-readable results. */
const EXTRA_ARGS: Record<string, string[]> = {
    // npm eats the first `--`; sfdx-lwc-jest hands what follows the second to Jest.
    'test:unit': ['--', '--', '--json', `--outputFile=${join(OUT, 'jest.json')}`]
};

function runStep(step: string): Promise<{ status: number; output: string }> {
    return new Promise((resolve) => {
        const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
        const child = spawn(npm, ['run', step, ...(EXTRA_ARGS[step] ?? [])], {
            cwd: ROOT,
            env: { ...process.env, FORCE_COLOR: '0' }
        });
        let output = '';
        const keep = (chunk: Buffer, stream: NodeJS.WriteStream): void => {
            output += chunk.toString();
            if (output.length > 4_000_000) output = output.slice(-2_000_000);
            stream.write(chunk);
        };
        child.stdout.on('data', (chunk: Buffer) => keep(chunk, process.stdout));
        child.stderr.on('data', (chunk: Buffer) => keep(chunk, process.stderr));
        child.on('error', (error) => {
            output += String(error);
            resolve({ status: 1, output });
        });
        child.on('close', (code) => resolve({ status: code ?? 1, output }));
    });
}

const scripts = (
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
    }
).scripts;
mkdirSync(OUT, { recursive: true });
// Chromium, a Japanese font, a JDK and ShellCheck: installed here on a fresh Debian machine, else named in one
// line (and again below).
const { missing: missingTools } = ensureSystemTools();
const results: StepResult[] = [];
const missing = STEPS.filter((step) => !scripts[step]);
for (const step of STEPS.filter((s) => scripts[s])) {
    for (const file of ['jest.json', 'validate.json']) rmSync(join(OUT, file), { force: true });
    console.log(`\n=== npm run ${step}`);
    const started = Date.now();
    const { status, output } = await runStep(step);
    const counts = countsFrom(step, output, OUT) ?? {
        passed: status === 0 ? 1 : 0,
        failed: status === 0 ? 0 : 1,
        source: 'exit code'
    };
    // A step that exits non-zero with no failed tests counted still failed (crash, coverage threshold...).
    if (status !== 0 && counts.failed === 0) counts.failed = 1;
    results.push({ step, status, seconds: (Date.now() - started) / 1000, ...counts });
}

console.log('\n=== summary');
for (const r of results) {
    console.log(
        `${r.status === 0 ? 'PASS' : 'FAIL'} ${r.step.padEnd(10)} ${String(r.passed).padStart(4)} passed, ${String(r.failed).padStart(3)} failed  (${r.source}, ${r.seconds.toFixed(1)} s)`
    );
}
for (const step of missing) console.log(`MISSING ${step}: not defined in package.json`);
if (missingTools.length > 0) console.log(installHint(missingTools));
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
const seconds = results.reduce((sum, r) => sum + r.seconds, 0);
console.log(`${results.length} steps in ${seconds.toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || results.some((r) => r.status !== 0) ? 1 : 0);
