// The Case fields the package adds and what its permission sets and groups grant.
import { join } from 'node:path';
import { listMetadata, readMetadata, sourceDir } from './package-files.ts';
import { childrenNamed, listOf, readXml } from './xml.ts';

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

export function readCaseFields(dir = sourceDir()): Map<string, CaseField> {
    const fields = new Map<string, CaseField>();
    for (const name of listMetadata('objects/Case/fields', '.field-meta.xml', dir)) {
        const xml = readMetadata(`objects/Case/fields/${name}.field-meta.xml`, dir);
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

export function readPermissionSet(name: string, dir = sourceDir()): PermissionSetInfo {
    const xml = readMetadata(`permissionsets/${name}.permissionset-meta.xml`, dir);
    const enabled = (entries: unknown, key: string): string[] =>
        listOf(entries)
            .filter((entry) => flag(entry.enabled ?? entry.visible))
            .map((entry) => text(entry[key]));
    return {
        fields: new Map(
            listOf(xml.fieldPermissions).map((entry) => [
                text(entry.field),
                { readable: flag(entry.readable), editable: flag(entry.editable) }
            ])
        ),
        classes: enabled(xml.classAccesses, 'apexClass'),
        customPermissions: enabled(xml.customPermissions, 'name'),
        principals: enabled(xml.externalCredentialPrincipalAccesses, 'externalCredentialPrincipal'),
        recordTypes: enabled(xml.recordTypeVisibilities, 'recordType'),
        tabs: new Map(
            listOf(xml.tabSettings).map((entry) => [text(entry.tab), text(entry.visibility)])
        ),
        objectPermissions: listOf(xml.objectPermissions).map((entry) => text(entry.object)),
        hasUserPermissions: xml.userPermissions !== undefined
    };
}

/** The permission sets a permission set group bundles, sorted. */
export function readPermissionSetGroup(name: string, dir = sourceDir()): string[] {
    const root = readXml(join(dir, 'permissionsetgroups', `${name}.permissionsetgroup-meta.xml`));
    return childrenNamed(root, 'permissionSets')
        .map((set) => set.text)
        .sort();
}
