// What the package defines, by name: objects and their fields/record types/business processes, Apex classes,
// LWC bundles, labels, tabs, flexipages, credentials. Built from file names (source format) and a few XML reads.
import { readFileSync } from 'node:fs';
import { basename, dirname, sep } from 'node:path';
import { type LwcMeta, readLwcMeta } from './lwc-meta.ts';
import { packageFiles } from './project.ts';
import { STANDARD_SOBJECTS } from './standard-objects.ts';
import { childrenNamed, labelsOf, parseXml, textOf } from '../../../lib/metadata/index.ts';

export interface ObjectInfo {
    fields: Map<string, string>; // field API name → file
    recordTypes: Set<string>;
    businessProcesses: Set<string>;
}

export interface PackageIndex {
    objects: Map<string, ObjectInfo>;
    classes: Map<string, string>; // class name → .cls file
    lwc: Set<string>;
    /** LWC bundle → what its .js-meta.xml exposes (bundles whose meta does not parse are left out). */
    lwcMeta: Map<string, LwcMeta>;
    aura: Set<string>;
    labels: Set<string>;
    tabs: Set<string>;
    flexipages: Set<string>;
    externalCredentials: Map<string, Set<string>>; // name → principal names
    namedCredentials: Set<string>;
    customPermissions: Set<string>;
    cachePartitions: Set<string>;
    permissionSets: Set<string>;
}

function stem(file: string, suffix: string): string {
    return basename(file).slice(0, -suffix.length);
}

/** The object folder a decomposed child lives in: objects/<Object>/fields/<Field>.field-meta.xml. */
function objectOf(file: string): string {
    return basename(dirname(dirname(file)));
}

export function buildIndex(root: string): PackageIndex {
    const objects = new Map<string, ObjectInfo>();
    const object = (name: string): ObjectInfo => {
        let info = objects.get(name);
        if (!info) {
            info = { fields: new Map(), recordTypes: new Set(), businessProcesses: new Set() };
            objects.set(name, info);
        }
        return info;
    };
    const files = packageFiles(root, '');
    for (const file of files) {
        if (file.endsWith('.object-meta.xml')) object(stem(file, '.object-meta.xml'));
        else if (file.endsWith('.field-meta.xml'))
            object(objectOf(file)).fields.set(stem(file, '.field-meta.xml'), file);
        else if (file.endsWith('.recordType-meta.xml'))
            object(objectOf(file)).recordTypes.add(stem(file, '.recordType-meta.xml'));
        else if (file.endsWith('.businessProcess-meta.xml'))
            object(objectOf(file)).businessProcesses.add(stem(file, '.businessProcess-meta.xml'));
    }
    const named = (suffix: string): Set<string> =>
        new Set(files.filter((f) => f.endsWith(suffix)).map((f) => stem(f, suffix)));
    const labels = new Set<string>();
    for (const file of files.filter((f) => f.endsWith('.labels-meta.xml'))) {
        for (const { fullName } of labelsOf(parseXml(readFileSync(file, 'utf8')).root))
            if (fullName) labels.add(fullName);
    }
    const externalCredentials = new Map<string, Set<string>>();
    for (const file of files.filter((f) => f.endsWith('.externalCredential-meta.xml'))) {
        const { root: doc } = parseXml(readFileSync(file, 'utf8'));
        const principals = new Set<string>();
        for (const param of childrenNamed(doc, 'externalCredentialParameters')) {
            if (textOf(param, 'parameterType') === 'NamedPrincipal') {
                const name = textOf(param, 'parameterName');
                if (name) principals.add(name);
            }
        }
        externalCredentials.set(stem(file, '.externalCredential-meta.xml'), principals);
    }
    const lwc = new Set(
        files
            .filter((f) => f.endsWith('.js-meta.xml') && f.split(sep).includes('lwc'))
            .map((f) => basename(dirname(f)))
    );
    const lwcMeta = new Map<string, LwcMeta>();
    for (const file of files.filter(
        (f) => f.endsWith('.js-meta.xml') && f.split(sep).includes('lwc')
    )) {
        const { root: doc } = parseXml(readFileSync(file, 'utf8'));
        if (doc) lwcMeta.set(basename(dirname(file)), readLwcMeta(doc));
    }
    const aura = new Set(
        files
            .filter((f) => f.split(sep).includes('aura') && f.endsWith('.cmp'))
            .map((f) => basename(dirname(f)))
    );
    return {
        objects,
        aura,
        classes: new Map(
            files.filter((f) => f.endsWith('.cls')).map((f) => [stem(f, '.cls'), f] as const)
        ),
        lwc,
        lwcMeta,
        labels,
        tabs: named('.tab-meta.xml'),
        flexipages: named('.flexipage-meta.xml'),
        externalCredentials,
        namedCredentials: named('.namedCredential-meta.xml'),
        customPermissions: named('.customPermission-meta.xml'),
        cachePartitions: named('.cachePartition-meta.xml'),
        permissionSets: named('.permissionset-meta.xml')
    };
}

/** Standard objects the package may reference without defining them (the table in standard-objects.ts). */
export const STANDARD_OBJECTS = new Set(Object.keys(STANDARD_SOBJECTS));

/** True for API names the package must define itself (custom fields/objects), false for standard ones. */
export function isCustomName(name: string): boolean {
    return /__(c|r|mdt|e|x|b)$/i.test(name);
}

/** The name without this package's namespace prefix (`ns__Field__c` → `Field__c`). */
export function stripNamespace(name: string, namespace: string): string {
    return namespace && name.toLowerCase().startsWith(`${namespace.toLowerCase()}__`)
        ? name.slice(namespace.length + 2)
        : name;
}

/** Does the object resolve? Custom objects must be in the package; any standard name is accepted. */
export function objectExists(index: PackageIndex, objectName: string, namespace: string): boolean {
    const obj = stripNamespace(objectName, namespace);
    if (!isCustomName(obj)) return obj.length > 0;
    return [...index.objects.keys()].some((name) => name.toLowerCase() === obj.toLowerCase());
}

/**
 * Does `Object.Field` resolve? Custom fields must be in the package (this namespace's prefix stripped), on standard
 * and custom objects alike; standard fields are accepted (no offline list of every standard field exists).
 */
export function fieldExists(
    index: PackageIndex,
    objectName: string,
    fieldName: string,
    namespace: string
): boolean {
    const obj = stripNamespace(objectName, namespace);
    const field = stripNamespace(fieldName, namespace);
    if (!objectExists(index, obj, namespace)) return false;
    if (!isCustomName(field)) return true;
    const info = [...index.objects.entries()].find(
        ([name]) => name.toLowerCase() === obj.toLowerCase()
    )?.[1];
    return (
        info !== undefined &&
        [...info.fields.keys()].some((f) => f.toLowerCase() === field.toLowerCase())
    );
}
