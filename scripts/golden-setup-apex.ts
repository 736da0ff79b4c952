// `npm run golden` (with scripts/golden-apex.ts): generates classes/test-support/KustomerSetupGoldenFixtures.cls
// (+ meta) from fixtures/golden-setup/*.json, the @IsTest class that carries the setup golden cases into Apex, where
// KustomerSetupGoldenFixturesTest runs them against KustomerSetupController. `--check` writes nothing and exits 1
// when the committed class is not what the fixtures and the Custom Labels give.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { readLabelValues } from '../lib/metadata/index.ts';
import { goldenFiles } from '../preview/apex/golden/golden-file.ts';
import { loadSetupGoldenCase } from '../preview/apex/golden/setup-golden-file.ts';
import { apexClassPath } from './lib/apex-layout.ts';
import { collectSetup, SETUP_CLASS_NAME, setupApexSource } from './lib/golden-setup-source.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = join(ROOT, 'force-app', 'main', 'default');
const CLASS_FILE = join(ROOT, apexClassPath('test-support', SETUP_CLASS_NAME));
const META = `<?xml version="1.0" encoding="UTF-8" ?>
<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>68.0</apiVersion>
    <status>Active</status>
</ApexClass>
`;

async function main(): Promise<void> {
    const check = process.argv.includes('--check');
    const labels = readLabelValues(SOURCE);
    const goldens = goldenFiles(join(ROOT, 'fixtures', 'golden-setup')).map((file) =>
        loadSetupGoldenCase(file, labels)
    );
    const generated = collectSetup(goldens);
    const options = (await prettier.resolveConfig(CLASS_FILE)) ?? {};
    const source = await prettier.format(setupApexSource(generated), {
        ...options,
        filepath: CLASS_FILE
    });
    const targets: Array<[string, string]> = [
        [CLASS_FILE, source],
        [`${CLASS_FILE}-meta.xml`, META]
    ];
    const summary = `${generated.names.length} cases in ${generated.groups.length} groups, ${generated.skipped.length} Jest only`;
    if (check) {
        const stale = targets.filter(
            ([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text
        );
        if (stale.length > 0) {
            console.error(
                `Not in step with fixtures/golden-setup: ${stale.map(([file]) => basename(file)).join(', ')}. Run npm run golden.`
            );
            process.exit(1);
        }
        console.log(`golden-setup: ${SETUP_CLASS_NAME} is in step (${summary})`);
        return;
    }
    for (const [file, text] of targets) writeFileSync(file, text);
    console.log(`golden-setup: wrote ${SETUP_CLASS_NAME} (${summary})`);
    for (const line of generated.skipped) console.log(`  Jest only: ${line}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    await main();
}
