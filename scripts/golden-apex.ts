// `npm run golden`: generates classes/test-support/KustomerGoldenFixtures.cls (+ meta), the @IsTest class
// that carries fixtures/golden/*.json into Apex, where KustomerGoldenFixturesTest runs every case against the Apex
// layer. `--check` writes nothing and exits 1 when the committed class is not what the fixtures give.
// Output is stable: cases sorted by file name, response bodies deduplicated (b1, b2, ... in order of first use),
// JSON bodies minified, long string literals split, the whole class formatted with the project's Prettier config.
// The cases are placed in KustomerGoldenFixturesTest's goldenGroupN methods (scripts/lib/golden-groups.ts); when
// they no longer fit, the script says to add a method.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import {
    apexSource,
    CLASS_NAME,
    collect,
    type Generated,
    groupMethodCount
} from './lib/golden-apex-source.ts';
import { apexClassPath } from './lib/apex-layout.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GOLDEN_DIR = join(ROOT, 'fixtures', 'golden');
const CLASS_FILE = join(ROOT, apexClassPath('test-support', CLASS_NAME));
/** The hand-written test class whose goldenGroupN methods run the groups. */
const TEST_FILE = join(ROOT, apexClassPath('tests', `${CLASS_NAME}Test`));
const API_VERSION = '68.0';
/** Apex classes are limited to 1,000,000 characters; stay clear of it. */
const MAX_CLASS_CHARS = 900_000;

export async function render(generated: Generated): Promise<string> {
    const options = (await prettier.resolveConfig(CLASS_FILE)) ?? {};
    return prettier.format(apexSource(generated), { ...options, filepath: CLASS_FILE });
}

function meta(): string {
    return `<?xml version="1.0" encoding="UTF-8" ?>
<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>${API_VERSION}</apiVersion>
    <status>Active</status>
</ApexClass>
`;
}

async function main(): Promise<void> {
    const check = process.argv.includes('--check');
    let generated: Generated;
    try {
        generated = collect(GOLDEN_DIR, groupMethodCount(readFileSync(TEST_FILE, 'utf8')));
    } catch (error) {
        console.error(`golden: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
    }
    const summary = `${generated.cases.size} cases in ${generated.groups.length} test methods (${generated.groups.map((g) => g.length).join('/')}), ${generated.bodies.length} bodies, ${generated.skipped.length} access cases left to KustomerCaseAccessTest`;
    const source = await render(generated);
    if (source.length > MAX_CLASS_CHARS) {
        console.error(
            `${CLASS_NAME}.cls would have ${source.length} characters (Apex limit 1,000,000): shrink the fixtures`
        );
        process.exit(1);
    }
    const targets: Array<[string, string]> = [
        [CLASS_FILE, source],
        [`${CLASS_FILE}-meta.xml`, meta()]
    ];
    if (check) {
        const stale = targets.filter(
            ([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text
        );
        if (stale.length > 0) {
            console.error(
                `Not in step with fixtures/golden: ${stale.map(([file]) => basename(file)).join(', ')}. Run npm run golden.`
            );
            process.exit(1);
        }
        console.log(`golden: ${CLASS_NAME} is in step (${summary})`);
        return;
    }
    for (const [file, text] of targets) writeFileSync(file, text);
    console.log(`golden: wrote ${CLASS_NAME} (${summary}, ${source.length} characters)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    await main();
}
