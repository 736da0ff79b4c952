// `npm run validate`: the offline gate that stands in for an org's deploy validation. Runs every check (or those
// named with --only a,b), prints one PASS/FAIL line per check followed by its findings, writes
// .ci-out/validate.json, and exits 1 when any check fails.
//   node scripts/validate/index.ts [--root <project dir>] [--only metadata,pmd] [--out <scratch dir>]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHECKS } from './checks.ts';
import type { CheckContext, CheckResult, Finding } from './lib/types.ts';

const TOOL_ROOT = fileURLToPath(new URL('../..', import.meta.url));

function format(finding: Finding): string {
    const where = finding.file ? `${finding.file}${finding.line ? `:${finding.line}` : ''}: ` : '';
    return `    ${finding.warning ? 'warning: ' : ''}${where}${finding.message}`;
}

const { values } = parseArgs({
    options: { root: { type: 'string' }, only: { type: 'string' }, out: { type: 'string' } }
});
const root = resolve(values.root ?? TOOL_ROOT);
const only = values.only?.split(',').map((name) => name.trim());
const unknown = only?.filter((name) => !CHECKS.some((check) => check.name === name)) ?? [];
if (unknown.length > 0) {
    console.error(
        `unknown check(s): ${unknown.join(', ')}; known: ${CHECKS.map((c) => c.name).join(', ')}`
    );
    process.exit(2);
}
const ctx: CheckContext = {
    root,
    toolRoot: TOOL_ROOT,
    outDir: resolve(values.out ?? join(root, '.ci-out')),
    node: process.execPath
};
mkdirSync(ctx.outDir, { recursive: true });

const results: CheckResult[] = [];
for (const check of CHECKS.filter((c) => !only || only.includes(c.name))) {
    const started = performance.now();
    let findings: Finding[];
    try {
        findings = await check.run(ctx);
    } catch (error) {
        findings = [
            {
                message: `check crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`
            }
        ];
    }
    const errors = findings.filter((f) => !f.warning).length;
    const result: CheckResult = {
        name: check.name,
        passed: errors === 0,
        findings,
        errors,
        warnings: findings.length - errors,
        ms: Math.round(performance.now() - started)
    };
    results.push(result);
    const counts = `${errors} error(s)${result.warnings ? `, ${result.warnings} warning(s)` : ''}`;
    console.log(
        `${result.passed ? 'PASS' : 'FAIL'} ${check.name.padEnd(14)} ${counts}, ${result.ms} ms  (${check.catches})`
    );
    for (const finding of findings) console.log(format(finding));
}

const failed = results.filter((r) => !r.passed).length;
const summary = { passed: results.length - failed, failed, checks: results };
writeFileSync(join(ctx.outDir, 'validate.json'), `${JSON.stringify(summary, null, 2)}\n`);
console.log(`validate: ${summary.passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
