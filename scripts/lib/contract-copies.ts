// Hand-written copies of the contract's tables: what contract/tables.json owns, written again in an Apex class or a
// TypeScript module instead of read from KustomerContract / contractTables.ts. Catches a limit declared again under
// its name or a former alias, one of its distinctive values (20,000 and up) anywhere in code, an Apex string literal
// of an error code, a list of three or more error codes, read roles or bounded message fields, a table of kept
// fields and their kinds, and a cache key built from its letter.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { apexClassFiles, isTestClass, withoutComments } from './apex-layout.ts';
import { APEX_PATH, TS_PATH, type ContractTables } from './contract-tables.ts';

export { withoutComments };

export interface Copy {
    file: string;
    line: number;
    what: string;
}

/** Production sources: Apex classes that are not @IsTest, TypeScript of the LWC bundles and the preview. */
export function sourceFiles(root: string): string[] {
    const apex = apexClassFiles(root).filter((file) => !isTestClass(readFileSync(file, 'utf8')));
    const ts = ['force-app', 'preview'].flatMap((dir) =>
        existsSync(join(root, dir))
            ? readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
                  .filter(
                      (e) =>
                          e.isFile() &&
                          e.name.endsWith('.ts') &&
                          !e.name.endsWith('.d.ts') &&
                          !`${e.parentPath}${sep}`.includes(`${sep}__tests__${sep}`) &&
                          !`${e.parentPath}${sep}`.includes(`${sep}dist${sep}`) &&
                          !`${e.parentPath}${sep}`.includes(`${sep}node_modules${sep}`)
                  )
                  .map((e) => join(e.parentPath, e.name))
            : []
    );
    const generated = new Set([join(root, APEX_PATH), join(root, TS_PATH)]);
    return [...apex, ...ts].filter((file) => !generated.has(file)).sort();
}

const alternatives = (names: string[]): string =>
    names.map((n) => n.replace(/\./g, '\\.')).join('|');

function patterns(
    tables: ContractTables
): Array<{ pattern: RegExp; what: string; apexOnly?: boolean }> {
    const limitNames = tables.limits.flatMap((limit) => [limit.name, ...(limit.aliases ?? [])]);
    const distinctive = tables.limits.filter((limit) => limit.value >= 20000);
    const codes = alternatives(tables.errorCodes.map((row) => row.code));
    const code = `(?:'(?:${codes})'|\\b\\w+\\.(?:${codes})\\b)`;
    const roles = alternatives(tables.readRoles.map((role) => role.name));
    const role = `'(?:org\\.(?:permission|user)\\.)?(?:${roles})(?:\\.read)?'`;
    const prefixes = tables.cacheKeys.map((key) => key.format[0]).join('');
    const list = (item: string, separator = '[,|]'): RegExp =>
        new RegExp(`${item}(?:\\s*${separator}\\s*${item}){2}`, 'g');
    return [
        {
            pattern: new RegExp(
                `\\b(?:const|final\\s+(?:Integer|Long|Decimal))\\s+(?:${alternatives(limitNames)})\\b\\s*(?::[^=]+)?=\\s*[\\d_][\\d_\\s*+.]*[;,\\n]`,
                'g'
            ),
            what: 'a limit declared with its value (read it from the generated tables)'
        },
        ...distinctive.map((limit) => ({
            pattern: new RegExp(
                `(?<![\\w.])(?:${limit.value}|${limit.value.toLocaleString('en').replace(/,/g, '_')})(?![\\w.])`,
                'g'
            ),
            what: `the value of ${limit.name}`
        })),
        {
            pattern: new RegExp(`'(?:${codes})'`, 'g'),
            what: 'an error code literal',
            apexOnly: true
        },
        { pattern: list(code), what: 'a list of error codes' },
        { pattern: list(role, ','), what: 'a list of Kustomer read roles' },
        {
            pattern: list(
                `(?:'\\w+'\\s*=>\\s*'[snbajh]'|\\b\\w+:\\s*'(?:string|strings|any|https)')`,
                ','
            ),
            what: 'a table of kept fields and their kinds'
        },
        {
            pattern: list(`'(?:${alternatives(tables.messageBounds.meta)})'`, ','),
            what: 'a list of bounded message fields'
        },
        {
            pattern: new RegExp(
                `'[${prefixes}]'\\s*\\+|\`[${prefixes}]\\$\\{|'[${prefixes}]{3,}'`,
                'g'
            ),
            what: 'a Platform Cache key built by hand'
        }
    ];
}

function lineOf(text: string, index: number): number {
    return text.slice(0, index).split('\n').length;
}

/** Every copy in the given files (paths reported relative to root). */
export function findCopies(root: string, tables: ContractTables, files: string[]): Copy[] {
    const copies: Copy[] = [];
    const rules = patterns(tables);
    for (const file of files) {
        const text = withoutComments(readFileSync(file, 'utf8'));
        for (const rule of rules) {
            if (rule.apexOnly && !file.endsWith('.cls')) continue;
            for (const match of text.matchAll(rule.pattern)) {
                copies.push({
                    file: relative(root, file),
                    line: lineOf(text, match.index),
                    what: `${rule.what}: ${match[0].trim().replace(/\s+/g, ' ')}`
                });
            }
        }
    }
    return copies.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
