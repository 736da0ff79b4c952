// Check "golden-in-step": the generated @IsTest class KustomerGoldenFixtures.cls matches fixtures/golden/*.json
// (scripts/golden-apex.ts --check), so Apex tests run against the same Kustomer responses as the TypeScript ones.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { run, tail } from './lib/run.ts';
import type { Check } from './lib/types.ts';

export const golden: Check = {
    name: 'golden-in-step',
    catches: 'Apex golden fixtures out of step with fixtures/golden/*.json',
    async run(ctx) {
        const script = join(ctx.root, 'scripts', 'golden-apex.ts');
        if (!existsSync(script))
            return [
                {
                    message: 'scripts/golden-apex.ts does not exist yet: nothing to compare',
                    warning: true
                }
            ];
        const result = run(ctx.node, [script, '--check'], { cwd: ctx.root });
        return result.status === 0
            ? []
            : [
                  {
                      message: `golden-apex.ts --check failed (exit ${result.status}):\n${tail(result.stdout + result.stderr)}`
                  }
              ];
    }
};
