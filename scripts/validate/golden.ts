// Check "golden-in-step": the generated files match their sources, so Apex runs on the same data as the TypeScript:
// KustomerGoldenFixtures.cls matches fixtures/golden/*.json (scripts/golden-apex.ts --check),
// KustomerSetupGoldenFixtures.cls matches fixtures/golden-setup (scripts/golden-setup-apex.ts --check), and
// KustomerContract.cls and contractTables.ts match contract/tables.json with no hand-written copy of a table left
// (scripts/contract-tables.ts --check), and the viewer's labels module matches the Custom Labels
// (scripts/viewer-labels.ts --check).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { run, tail } from './lib/run.ts';
import type { Check, Finding } from './lib/types.ts';

const GENERATORS = [
    'golden-apex.ts',
    'golden-setup-apex.ts',
    'contract-tables.ts',
    'viewer-labels.ts'
];

export const golden: Check = {
    name: 'golden-in-step',
    catches:
        'generated Apex and TypeScript out of step with fixtures/golden/*.json, contract/tables.json or the Custom Labels; hand-written copies of the contract tables',
    async run(ctx) {
        const findings: Finding[] = [];
        for (const name of GENERATORS) {
            const script = join(ctx.root, 'scripts', name);
            if (!existsSync(script)) {
                findings.push({
                    message: `scripts/${name} does not exist yet: nothing to compare`,
                    warning: true
                });
                continue;
            }
            const result = run(ctx.node, [script, '--check'], { cwd: ctx.root });
            if (result.status !== 0) {
                findings.push({
                    message: `${name} --check failed (exit ${result.status}):\n${tail(result.stdout + result.stderr)}`
                });
            }
        }
        return findings;
    }
};
