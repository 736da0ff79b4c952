// CLI of the org:verify verdict (logic in lib/org-verify-report.ts): prints the report, exits 1 on a failure.
//   node scripts/org-verify-report.ts --apex <sf apex run test --json output> --deploy ok|failed
//       --browser ok|failed|absent|skipped [--checklist docs/org-checklist.md]
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type ApexRun, readApexRun, type StepOutcome, verdict } from './lib/org-verify-report.ts';

const { values } = parseArgs({
    options: {
        apex: { type: 'string' },
        deploy: { type: 'string', default: 'ok' },
        browser: { type: 'string', default: 'skipped' },
        checklist: { type: 'string', default: 'docs/org-checklist.md' }
    }
});
const checklist = readFileSync(resolve(values.checklist), 'utf8');
const apexFile = values.apex ? resolve(values.apex) : undefined;
let apex: ApexRun | undefined;
try {
    apex =
        apexFile && existsSync(apexFile) ? readApexRun(readFileSync(apexFile, 'utf8')) : undefined;
} catch {
    apex = undefined;
}
const result = verdict(
    { deploy: values.deploy as StepOutcome, browser: values.browser as StepOutcome },
    apex,
    checklist
);
console.log(result.lines.join('\n'));
process.exit(result.failed ? 1 : 0);
