// Structural check of one metadata document against the Metadata API types: root type and namespace, unknown
// and repeated elements, boolean/number lexical forms, enum values, missing required elements.
import type { Schema } from './lib/metadata-schema.ts';
import type { XmlElement } from '../../lib/metadata/index.ts';

export const METADATA_NS = 'http://soap.sforce.com/2006/04/metadata';
const TOOLING_NS = 'urn:metadata.tooling.soap.sforce.com';

/**
 * Elements the WSDL types as a plain string but that source format writes as nested XML: their content is not
 * checked. LightningComponentBundle.targetConfigs is `xsd:anyType` text in the WSDL, `<targetConfig>` elements in
 * every js-meta.xml.
 */
const OPAQUE = new Set(['LightningComponentBundle.targetConfigs']);

/**
 * Elements the WSDL marks minOccurs=1 that valid source files omit, with why:
 * - MetadataWithContent.content: the body lives in the source file next to the -meta.xml (the .cls, .page...).
 * - CustomPermission.isLicensed: the platform defaults it; real projects (lwc-recipes) omit it.
 * - RecordType.active is required and kept required (an org rejects a record type without it).
 */
const NOT_REQUIRED = new Set(['MetadataWithContent.content', 'CustomPermission.isLicensed']);

/**
 * Elements added to the Metadata API after WSDL 66.0 (what @salesforce/types 1.9.0 was generated from), as
 * `Type.element`, each with the release that added it: accepted without checking their content. Empty so far.
 */
export const ADDED_AFTER_WSDL = new Set<string>([]);

export interface SchemaIssue {
    path: string;
    message: string;
}

function ownerOf(schema: Schema, typeName: string, member: string): string {
    const type = schema.types.get(typeName);
    if (type?.kind !== 'object') return typeName;
    if (type.members.has(member)) return typeName;
    for (const base of type.bases) {
        if (schema.membersOf(base).has(member)) return ownerOf(schema, base, member);
    }
    return typeName;
}

function checkValue(
    schema: Schema,
    element: XmlElement,
    typeName: string,
    path: string,
    issues: SchemaIssue[]
): void {
    const type = schema.types.get(typeName);
    const primitive = type?.kind === 'primitive' ? type.primitive : type ? undefined : typeName;
    if (primitive || type?.kind === 'enum') {
        if (element.children.length > 0) {
            issues.push({ path, message: `expected a ${typeName} value, found nested elements` });
            return;
        }
        const value = element.text;
        if (primitive === 'boolean' && value !== 'true' && value !== 'false') {
            issues.push({ path, message: `'${value}' is not a boolean (true|false)` });
        } else if (primitive === 'number' && !/^-?\d+(\.\d+)?$/.test(value)) {
            issues.push({ path, message: `'${value}' is not a number` });
        } else if (type?.kind === 'enum' && !type.values.includes(value)) {
            issues.push({
                path,
                message: `'${value}' is not a valid ${typeName} (expected one of: ${type.values.join(', ')})`
            });
        }
        return;
    }
    if (type?.kind === 'object') checkObject(schema, element, typeName, path, issues);
}

function checkObject(
    schema: Schema,
    element: XmlElement,
    typeName: string,
    path: string,
    issues: SchemaIssue[]
): void {
    const members = schema.membersOf(typeName);
    if (element.text !== '' && members.size > 0) {
        issues.push({ path, message: `unexpected text '${element.text}' in ${typeName}` });
    }
    const seen = new Map<string, number>();
    for (const childElement of element.children) {
        const childPath = `${path}/${childElement.name}`;
        const member = members.get(childElement.name);
        if (!member) {
            if (ADDED_AFTER_WSDL.has(`${typeName}.${childElement.name}`)) continue;
            issues.push({ path: childPath, message: `unknown element for ${typeName}` });
            continue;
        }
        const count = (seen.get(member.name) ?? 0) + 1;
        seen.set(member.name, count);
        if (count === 2 && !member.list) {
            issues.push({
                path: childPath,
                message: `element repeated but ${typeName}.${member.name} is not a list`
            });
        }
        if (OPAQUE.has(`${ownerOf(schema, typeName, member.name)}.${member.name}`)) continue;
        checkValue(schema, childElement, member.type, childPath, issues);
    }
    for (const member of members.values()) {
        if (member.optional || member.list || seen.has(member.name)) continue;
        if (NOT_REQUIRED.has(`${ownerOf(schema, typeName, member.name)}.${member.name}`)) continue;
        issues.push({
            path: `${path}/${member.name}`,
            message: `missing required element <${member.name}> (minOccurs=1) for ${typeName}`
        });
    }
}

/** Checks a parsed metadata document; returns every issue found. */
export function checkDocument(schema: Schema, root: XmlElement): SchemaIssue[] {
    const issues: SchemaIssue[] = [];
    if (!schema.isMetadataType(root.name)) {
        return [{ path: root.name, message: `<${root.name}> is not a Metadata API type` }];
    }
    const ns = root.attrs.xmlns;
    if (ns !== METADATA_NS && ns !== TOOLING_NS) {
        issues.push({
            path: root.name,
            message: `root <${root.name}> must declare xmlns="${METADATA_NS}"`
        });
    }
    checkObject(schema, root, root.name, root.name, issues);
    return issues;
}
