// The compile check's input, generated from the package at validate time: every .cls of the package directories
// (found recursively), the namespaces to compile under (the project's, and none, for the second-namespace build),
// the custom labels, and the sObjects with their fields: the package's objects and fields (types from the
// -meta.xml) merged into the standard objects of standard-objects.ts.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { maskApex } from './apex-source.ts';
import { buildIndex } from './package-index.ts';
import { packageFiles, readProject } from './project.ts';
import { type ApexFieldType, STANDARD_SOBJECTS } from './standard-objects.ts';
import { parseXml, textOf } from '../../../lib/metadata/index.ts';

export const JORJE_JAR =
    'node_modules/prettier-plugin-apex/vendor/apex-ast-serializer/lib/apex-jorje-lsp.jar';
/** Stubs for system types the jar's StandardApexLibrary lacks or gets wrong (each file says which). */
export const STUBS_DIR = 'scripts/validate/jorje/stubs';

export interface SObjectInput {
    fields: Map<string, ApexFieldType>;
    lookups: Map<string, string>;
}

/** @salesforce/types' partner WSDL types: its StatusCode union is Apex's System.StatusCode (the SOAP API's codes). */
const PARTNER_TYPES = 'node_modules/@salesforce/types/lib/partner.d.ts';

/** The System.StatusCode enum (missing from the vendored stubs), generated from the SOAP API's StatusCode list. */
export function statusCodeStub(partnerTypes: string): string {
    const union = /export type StatusCode = ([^;]+);/.exec(partnerTypes)?.[1] ?? '';
    const values = [...union.matchAll(/'(\w+)'/g)].map((m) => m[1]);
    if (values.length === 0) throw new Error(`no StatusCode type in ${PARTNER_TYPES}`);
    return `global enum StatusCode {\n    ${values.join(',\n    ')}\n}\n`;
}

export interface CompileInput {
    jar: string;
    apiVersion: string;
    namespaces: string[];
    labels: string[];
    sobjects: Map<string, SObjectInput>;
    classes: string[];
    /** Simple names of the package's exception classes (`class X extends Exception`, inner ones too). */
    exceptionClasses: Set<string>;
    stubs: Array<{ name: string; file?: string; source?: string }>;
}

/** The Apex type of a custom field's metadata <type>; undefined for a type with no Apex value. */
export function apexTypeOf(metadataType: string): ApexFieldType | undefined {
    switch (metadataType) {
        case 'Checkbox':
            return 'Boolean';
        case 'Number':
        case 'Currency':
        case 'Percent':
            return 'Decimal';
        case 'Date':
            return 'Date';
        case 'DateTime':
            return 'Datetime';
        case 'Time':
            return 'Time';
        case 'Lookup':
        case 'MasterDetail':
        case 'Hierarchy':
        case 'ExternalLookup':
            return 'Id';
        case 'Location':
        case 'Summary':
            return undefined;
        default:
            // Text, TextArea, LongTextArea, Html, EncryptedText, Url, Email, Phone, Picklist, MultiselectPicklist,
            // AutoNumber: String.
            return 'String';
    }
}

function sobject(name: string, all: Map<string, SObjectInput>): SObjectInput {
    let info = all.get(name);
    if (!info) {
        const standard = STANDARD_SOBJECTS[name];
        info = {
            fields: new Map(Object.entries(standard?.fields ?? { Id: 'Id', Name: 'String' })),
            lookups: new Map(Object.entries(standard?.lookups ?? {}))
        };
        all.set(name, info);
    }
    return info;
}

export function buildCompileInput(root: string, toolRoot: string): CompileInput {
    const project = readProject(root);
    const index = buildIndex(root);
    const sobjects = new Map<string, SObjectInput>();
    for (const name of Object.keys(STANDARD_SOBJECTS)) sobject(name, sobjects);
    for (const [objectName, info] of index.objects) {
        const target = sobject(objectName, sobjects);
        for (const [field, file] of info.fields) {
            const { root: doc } = parseXml(readFileSync(file, 'utf8'));
            const type = apexTypeOf(textOf(doc, 'type') ?? '');
            if (!type) continue;
            target.fields.set(field, type);
            const referenceTo = textOf(doc, 'referenceTo');
            if (referenceTo && field.endsWith('__c'))
                target.lookups.set(`${field.slice(0, -3)}__r`, referenceTo);
        }
    }
    const namespaces = project.namespace ? [project.namespace, ''] : [''];
    const classes = packageFiles(root, '.cls');
    const exceptionClasses = new Set<string>();
    for (const file of classes)
        for (const m of maskApex(readFileSync(file, 'utf8')).matchAll(
            /\bclass\s+(\w+)\s+extends\s+(?:System\.)?Exception\b/gi
        ))
            exceptionClasses.add(m[1].toLowerCase());
    return {
        jar: join(toolRoot, JORJE_JAR),
        apiVersion: project.sourceApiVersion,
        namespaces,
        labels: [...index.labels].sort(),
        sobjects,
        classes,
        exceptionClasses,
        stubs: [
            ...readdirSync(join(toolRoot, STUBS_DIR))
                .filter((file) => file.endsWith('.cls'))
                .sort()
                .map((file) => ({
                    name: file.slice(0, -'.cls'.length),
                    file: join(toolRoot, STUBS_DIR, file)
                })),
            {
                name: 'System.StatusCode',
                source: statusCodeStub(readFileSync(join(toolRoot, PARTNER_TYPES), 'utf8'))
            }
        ]
    };
}

/**
 * The harness's input file (ApexCompile.java documents the records). Generated stubs (source, no file) are written
 * beside it, in `dir`.
 */
export function toInputFile(input: CompileInput, dir: string): string {
    const stubFile = (stub: CompileInput['stubs'][number]): string => {
        if (stub.file) return stub.file;
        const file = join(dir, `${stub.name}.cls`);
        writeFileSync(file, stub.source ?? '');
        return file;
    };
    const lines: string[][] = [
        ['jar', input.jar],
        ['version', input.apiVersion],
        ...input.namespaces.map((ns) => ['namespace', ns]),
        ...input.stubs.map((stub) => ['stub', stub.name, stubFile(stub)]),
        ...input.labels.map((label) => ['label', label])
    ];
    for (const [name, info] of input.sobjects) {
        lines.push(['sobject', name]);
        for (const [field, type] of info.fields) lines.push(['field', name, field, type]);
    }
    // After every sobject line: a lookup may point to an object listed later.
    for (const [name, info] of input.sobjects)
        for (const [relation, target] of info.lookups)
            lines.push(['lookup', name, relation, target]);
    lines.push(...input.classes.map((file) => ['class', file]));
    return `${lines.map((line) => line.join('\t')).join('\n')}\n`;
}
