// Check "golden-in-step": the generated @IsTest classes match their fixtures (scripts/golden-apex.ts --check:
// KustomerGoldenFixtures.cls and fixtures/golden; scripts/golden-setup-apex.ts --check: KustomerSetupGoldenFixtures.cls
// and fixtures/golden-setup), so Apex tests run against the same Kustomer responses as the TypeScript ones.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { run, tail } from './lib/run.ts';
import type { Check } from './lib/types.ts';

export const golden: Check = {
    name: 'golden-in-step',
    catches: 'Apex golden fixtures out of step with fixtures/golden/*.json',
    async run(ctx) {
        return ['golden-apex.ts', 'golden-setup-apex.ts'].flatMap((name) => {
            const script = join(ctx.root, 'scripts', name);
            if (!existsSync(script))
                return [
                    {
                        message: `scripts/${name} does not exist yet: nothing to compare`,
                        warning: true
                    }
                ];
            const result = run(ctx.node, [script, '--check'], { cwd: ctx.root });
            return result.status === 0
                ? []
                : [
                      {
                          message: `${name} --check failed (exit ${result.status}):\n${tail(result.stdout + result.stderr)}`
                      }
                  ];
        });
    }
};
