// Reads the package's own source-format metadata (the files that ship) for the metadata contract tests.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

export const PROJECT_ROOT = resolve(__dirname, '../..');
export const METADATA_DIR = join(PROJECT_ROOT, 'force-app/main/default');

// Elements that repeat in the metadata we read are always arrays, even when a file has one of them.
const REPEATED = new Set([
    'classAccesses',
    'customPermissions',
    'externalCredentialParameters',
    'externalCredentialPrincipalAccesses',
    'fieldPermissions',
    'flexiPageRegions',
    'itemInstances',
    'componentInstanceProperties',
    'layoutSections',
    'layoutColumns',
    'layoutItems',
    'namedCredentialParameters',
    'recordTypeVisibilities',
    'tabSettings',
    'values'
]);
const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => REPEATED.has(name)
});

export type Xml = { [element: string]: unknown };

export function readMetadata(relativePath: string): Xml {
    const file = join(METADATA_DIR, relativePath);
    const document = parser.parse(readFileSync(file, 'utf8')) as Xml;
    const root = Object.keys(document).find((key) => key !== '?xml');
    if (!root) throw new Error(`${relativePath}: no root element`);
    return document[root] as Xml;
}

export function metadataExists(relativePath: string): boolean {
    return existsSync(join(METADATA_DIR, relativePath));
}

export function listMetadata(folder: string, suffix: string): string[] {
    const dir = join(METADATA_DIR, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
        .filter((file) => file.endsWith(suffix))
        .map((file) => file.slice(0, -suffix.length));
}

export function readProject(): { namespace: string; sourceApiVersion: string } {
    const project = JSON.parse(readFileSync(join(PROJECT_ROOT, 'sfdx-project.json'), 'utf8'));
    return { namespace: project.namespace ?? '', sourceApiVersion: project.sourceApiVersion };
}

export type CaseField = {
    name: string;
    type: string;
    label: string;
    description: string;
    inlineHelpText: string;
    length?: number;
    precision?: number;
    scale?: number;
    externalId: boolean;
    unique: boolean;
    required: boolean;
    caseSensitive: boolean;
};

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const flag = (value: unknown): boolean => value === 'true';
const int = (value: unknown): number | undefined =>
    typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined;

export function readCaseFields(): Map<string, CaseField> {
    const fields = new Map<string, CaseField>();
    for (const name of listMetadata('objects/Case/fields', '.field-meta.xml')) {
        const xml = readMetadata(`objects/Case/fields/${name}.field-meta.xml`);
        fields.set(name, {
            name: text(xml.fullName),
            type: text(xml.type),
            label: text(xml.label),
            description: text(xml.description),
            inlineHelpText: text(xml.inlineHelpText),
            length: int(xml.length),
            precision: int(xml.precision),
            scale: int(xml.scale),
            externalId: flag(xml.externalId),
            unique: flag(xml.unique),
            required: flag(xml.required),
            caseSensitive: flag(xml.caseSensitive)
        });
    }
    return fields;
}

export type FieldAccess = { readable: boolean; editable: boolean };

export type PermissionSetInfo = {
    fields: Map<string, FieldAccess>;
    classes: string[];
    customPermissions: string[];
    principals: string[];
    recordTypes: string[];
    tabs: Map<string, string>;
    objectPermissions: string[];
    hasUserPermissions: boolean;
};

const list = (value: unknown): Xml[] =>
    Array.isArray(value)
        ? (value as Xml[])
        : value && typeof value === 'object'
          ? [value as Xml]
          : [];

export function readPermissionSet(name: string): PermissionSetInfo {
    const xml = readMetadata(`permissionsets/${name}.permissionset-meta.xml`);
    const enabled = (entries: unknown, key: string): string[] =>
        list(entries)
            .filter((entry) => flag(entry.enabled ?? entry.visible))
            .map((entry) => text(entry[key]));
    return {
        fields: new Map(
            list(xml.fieldPermissions).map((entry) => [
                text(entry.field),
                { readable: flag(entry.readable), editable: flag(entry.editable) }
            ])
        ),
        classes: enabled(xml.classAccesses, 'apexClass'),
        customPermissions: enabled(xml.customPermissions, 'name'),
        principals: enabled(xml.externalCredentialPrincipalAccesses, 'externalCredentialPrincipal'),
        recordTypes: enabled(xml.recordTypeVisibilities, 'recordType'),
        tabs: new Map(
            list(xml.tabSettings).map((entry) => [text(entry.tab), text(entry.visibility)])
        ),
        objectPermissions: list(xml.objectPermissions).map((entry) => text(entry.object)),
        hasUserPermissions: xml.userPermissions !== undefined
    };
}
