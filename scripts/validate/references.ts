// Check "references": what the LWC sources and Apex name must exist in the package (or be standard):
//   - LWC imports: @salesforce/schema|apex|apexContinuation|label|customPermission|resourceUrl/..., c/<bundle>,
//     and no unknown @salesforce/* module
//   - nothing in LWC writes records: no createRecord/updateRecord/deleteRecord... from lightning/uiRecordApi, no
//     record edit forms in templates
//   - custom fields named in Apex (SOQL select lists and `Object.Field__c` tokens) exist on their object, and the
//     custom permissions Apex checks (FeatureManagement.checkPermission) exist; Apex labels are the compile check's
import { readFileSync } from 'node:fs';
import { sep } from 'node:path';
import { auraEnabledMethods } from '../gen-types.ts';
import { callArguments, inlineQueries, maskApex, permissionName } from './lib/apex-source.ts';
import type { PackageIndex } from './lib/package-index.ts';
import {
    buildIndex,
    fieldExists,
    objectExists,
    STANDARD_OBJECTS,
    stripNamespace
} from './lib/package-index.ts';
import { isTestPath, lineOf, packageFiles, readProject, rel } from './lib/project.ts';
import type { Check, Finding } from './lib/types.ts';

/** Platform modules that need no package component, by prefix. */
const STANDARD_MODULES = [
    '@salesforce/i18n/',
    '@salesforce/client/',
    '@salesforce/user/',
    '@salesforce/userPermission/',
    '@salesforce/community/',
    '@salesforce/site/',
    '@salesforce/loginContext/',
    '@salesforce/gate/'
];

/** Record-writing APIs an LWC of this read-only package must not import. */
const WRITE_APIS: Record<string, string[]> = {
    'lightning/uiRecordApi': [
        'createRecord',
        'updateRecord',
        'deleteRecord',
        'createRecordInputFilteredByEditedFields',
        'generateRecordInputForCreate',
        'generateRecordInputForUpdate'
    ],
    'lightning/uiListsApi': ['createListInfo', 'updateListInfoByName', 'deleteListInfo'],
    'lightning/uiRelatedListApi': []
};
const WRITE_TAGS =
    /<(lightning-record-edit-form|lightning-input-field)\b|<lightning-record-form\b(?![^>]*\bmode\s*=\s*["']readonly["'])/gi;

interface Import {
    source: string;
    names: string[];
    offset: number;
}

export function importsOf(code: string): Import[] {
    const imports: Import[] = [];
    const pattern =
        /\bimport\s+(?:type\s+)?([\s\S]*?)\s*from\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\bimport\s+['"]([^'"]+)['"]/g;
    for (const match of code.matchAll(pattern)) {
        const source = match[2] ?? match[3] ?? match[4];
        const names = [...(match[1] ?? '').matchAll(/\b(\w+)(?:\s+as\s+\w+)?/g)]
            .map((m) => m[1])
            .filter((n) => n !== 'type');
        imports.push({ source, names, offset: match.index });
    }
    return imports;
}

function apexMethods(index: PackageIndex): Map<string, boolean> {
    const methods = new Map<string, boolean>(); // Class.method (lower case) → continuation
    for (const [name, file] of index.classes) {
        try {
            for (const m of auraEnabledMethods(readFileSync(file, 'utf8'), `${name}.cls`))
                methods.set(`${m.className}.${m.methodName}`.toLowerCase(), m.continuation);
        } catch {
            // unparsable classes are reported by apex-syntax
        }
    }
    return methods;
}

function checkImport(
    imp: Import,
    index: PackageIndex,
    methods: Map<string, boolean>,
    namespace: string
): string | undefined {
    const { source } = imp;
    const stripNs = (name: string): string =>
        namespace && name.startsWith(`${namespace}.`)
            ? name.slice(namespace.length + 1)
            : name.replace(/^c\./, '');
    if (source.startsWith('@salesforce/schema/')) {
        const [object, ...path] = source.slice('@salesforce/schema/'.length).split('.');
        if (!objectExists(index, object, namespace))
            return `custom object '${object}' is not in the package`;
        if (path.length === 1 && !fieldExists(index, object, path[0], namespace))
            return `field '${object}.${path[0]}' is not in the package`;
        return undefined;
    }
    for (const prefix of ['@salesforce/apex/', '@salesforce/apexContinuation/']) {
        if (!source.startsWith(prefix)) continue;
        const ref = stripNs(source.slice(prefix.length));
        if (!ref.includes('.')) return undefined; // `@salesforce/apex` itself (refreshApex, getSObjectValue)
        const continuation = methods.get(ref.toLowerCase());
        if (continuation === undefined)
            return `no @AuraEnabled static method ${ref} in the package's Apex`;
        if (prefix.includes('Continuation') !== continuation)
            return `${ref} is ${continuation ? '' : 'not '}an @AuraEnabled(continuation=true) method: import it from @salesforce/${continuation ? 'apexContinuation' : 'apex'}/`;
        return undefined;
    }
    if (source.startsWith('@salesforce/label/')) {
        const name = stripNs(source.slice('@salesforce/label/'.length));
        return index.labels.has(name) ? undefined : `no custom label '${name}' in the package`;
    }
    if (source.startsWith('@salesforce/customPermission/')) {
        const ref = source.slice('@salesforce/customPermission/'.length);
        const name =
            namespace && ref.startsWith(`${namespace}__`) ? ref.slice(namespace.length + 2) : ref;
        return index.customPermissions.has(name)
            ? undefined
            : `no custom permission '${name}' in the package`;
    }
    if (source.startsWith('c/')) {
        const bundle = source.slice(2);
        return index.lwc.has(bundle) ? undefined : `no LWC bundle '${bundle}' in the package`;
    }
    if (
        source !== '@salesforce/apex' &&
        source.startsWith('@salesforce/') &&
        !STANDARD_MODULES.some((p) => source.startsWith(p)) &&
        !/^@salesforce\/(resourceUrl|contentAssetUrl|messageChannel)\//.test(source)
    ) {
        return `unknown platform module '${source}'`;
    }
    const writes = (WRITE_APIS[source] ?? []).filter((name) => imp.names.includes(name));
    if (writes.length > 0)
        return `imports ${writes.join(', ')} from ${source}: the package is read-only`;
    return undefined;
}

function lwcFindings(ctx: { root: string }, index: PackageIndex, namespace: string): Finding[] {
    const findings: Finding[] = [];
    const methods = apexMethods(index);
    const sources = packageFiles(ctx.root, '.ts', '.js', '.html').filter(
        (f) =>
            f.split(sep).includes('lwc') &&
            !isTestPath(f) &&
            !f.endsWith('.d.ts') &&
            !(f.endsWith('.js') && fileExistsTs(f))
    );
    for (const file of sources) {
        const text = readFileSync(file, 'utf8');
        if (file.endsWith('.html')) {
            for (const match of text.matchAll(WRITE_TAGS))
                findings.push({
                    file: rel(ctx.root, file),
                    line: lineOf(text, match.index),
                    message: `<${match[1] ?? 'lightning-record-form'}> edits records: the package is read-only`
                });
            continue;
        }
        for (const imp of importsOf(text)) {
            const problem = checkImport(imp, index, methods, namespace);
            if (problem)
                findings.push({
                    file: rel(ctx.root, file),
                    line: lineOf(text, imp.offset),
                    message: `import '${imp.source}': ${problem}`
                });
        }
    }
    return findings;
}

function fileExistsTs(jsFile: string): boolean {
    try {
        readFileSync(jsFile.replace(/\.js$/, '.ts'));
        return true;
    } catch {
        return false;
    }
}

/** The query with every `(SELECT ...)` blanked (balanced parentheses), same length. */
export function withoutSubqueries(query: string): string {
    let out = query;
    for (
        let start = out.search(/\(\s*SELECT\b/i);
        start !== -1;
        start = out.search(/\(\s*SELECT\b/i)
    ) {
        let depth = 0;
        let end = start;
        for (; end < out.length; end++) {
            if (out[end] === '(') depth++;
            else if (out[end] === ')' && --depth === 0) break;
        }
        out = out.slice(0, start) + ' '.repeat(end + 1 - start) + out.slice(end + 1);
    }
    return out;
}

function apexFindings(ctx: { root: string }, index: PackageIndex, namespace: string): Finding[] {
    const findings: Finding[] = [];
    const known = (name: string): boolean => index.objects.has(name) || STANDARD_OBJECTS.has(name);
    for (const file of packageFiles(ctx.root, '.cls', '.trigger')) {
        const source = readFileSync(file, 'utf8');
        const masked = maskApex(source);
        const report = (offset: number, message: string): void => {
            findings.push({ file: rel(ctx.root, file), line: lineOf(source, offset), message });
        };
        for (const query of inlineQueries(masked)) {
            // Sub-queries (parent-child and semi-joins) name other objects' fields: left out.
            const text = withoutSubqueries(query.text.slice(1, -1));
            const fromMatch = /\bFROM\s+(\w+)/i.exec(text);
            if (!fromMatch) continue;
            const from = fromMatch[1];
            const rest = `${text.slice(0, fromMatch.index)} ${text.slice(fromMatch.index + fromMatch[0].length)}`;
            for (const m of rest.matchAll(/(?<![.:\w])(\w+__c)\b/gi)) {
                if (!fieldExists(index, from, m[1], namespace))
                    report(query.offset, `SOQL names ${from}.${m[1]}, which is not in the package`);
            }
        }
        for (const m of masked.matchAll(/\b(\w+)\s*\.\s*(\w+__c)\b/g)) {
            if (known(m[1]) && !fieldExists(index, m[1], m[2], namespace))
                report(m.index, `${m[1]}.${m[2]} is not a field in the package`);
        }
        for (const call of callArguments(masked, /\bFeatureManagement\s*\.\s*checkPermission/)) {
            const name = permissionName(source, masked, call.args, call.argsOffset);
            const bare = name && stripNamespace(name, namespace);
            if (bare && !index.customPermissions.has(bare))
                report(
                    call.offset,
                    `checks custom permission '${name}', which is not in the package`
                );
        }
    }
    return findings;
}

export const references: Check = {
    name: 'references',
    catches:
        'LWC imports, Apex field names and custom permissions that do not resolve in the package, record-writing LWC APIs',
    async run(ctx) {
        const index = buildIndex(ctx.root);
        const { namespace } = readProject(ctx.root);
        return [...lwcFindings(ctx, index, namespace), ...apexFindings(ctx, index, namespace)];
    }
};
