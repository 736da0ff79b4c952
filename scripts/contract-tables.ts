// `npm run contract`: generates KustomerContract.cls (+ meta) and kustomerConversationModel/contractTables.ts from
// contract/tables.json (one home for the contract's limits, cache keys, read roles and error codes), formatted with
// the project's Prettier config. `--check` writes nothing and exits 1 when a generated file is not what the spec
// gives, or when a hand-written Apex class or TypeScript module still copies a table (scripts/lib/contract-copies.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { findCopies, sourceFiles } from './lib/contract-copies.ts';
import { apexSource, tsSource } from './lib/contract-render.ts';
import { APEX_PATH, readTables, TS_PATH, type ContractTables } from './lib/contract-tables.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const API_VERSION = '68.0';
/** A generated file's text as the project's Prettier config formats it. */
export async function format(root: string, path: string, source: string): Promise<string> {
    const file = join(root, path);
    const options = (await prettier.resolveConfig(file)) ?? {};
    return prettier.format(source, { ...options, filepath: file });
}

/** Every generated file (path relative to root) with its text, formatted with the project's Prettier config. */
export async function generated(
    root: string,
    tables: ContractTables
): Promise<Array<[string, string]>> {
    return [
        [APEX_PATH, await format(root, APEX_PATH, apexSource(tables))],
        [
            `${APEX_PATH}-meta.xml`,
            `<?xml version="1.0" encoding="UTF-8" ?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>${API_VERSION}</apiVersion>\n    <status>Active</status>\n</ApexClass>\n`
        ],
        [TS_PATH, await format(root, TS_PATH, tsSource(tables))]
    ];
}

async function main(root: string): Promise<void> {
    const check = process.argv.includes('--check');
    let tables: ContractTables;
    try {
        tables = readTables(root);
    } catch (error) {
        console.error(`contract: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
    }
    const targets = await generated(root, tables);
    const summary = `${tables.limits.length} limits, ${tables.cacheKeys.length} cache keys, ${tables.readRoles.length} read roles, ${tables.errorCodes.length} error codes`;
    if (!check) {
        for (const [path, text] of targets) writeFileSync(join(root, path), text);
        console.log(`contract: wrote ${targets.map(([path]) => path).join(', ')} (${summary})`);
        return;
    }
    const stale = targets.filter(
        ([path, text]) =>
            !existsSync(join(root, path)) || readFileSync(join(root, path), 'utf8') !== text
    );
    const copies = findCopies(root, tables, sourceFiles(root));
    for (const copy of copies) console.error(`${copy.file}:${copy.line}: ${copy.what}`);
    if (stale.length > 0) {
        console.error(
            `Not in step with contract/tables.json: ${stale.map(([path]) => path).join(', ')}. Run npm run contract.`
        );
    }
    if (stale.length > 0 || copies.length > 0) process.exit(1);
    console.log(`contract: generated files in step, no hand-written copies (${summary})`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    await main(ROOT);
}
