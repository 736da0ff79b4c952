// The metadata reader's XML layer: one parser (fast-xml-parser, order kept) gives a tree of elements; a plain-object
// view of it serves tests that walk a document by name. lib/metadata/index.ts is the reader's front door.
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One element: its name, attributes, text (trimmed; `raw` untrimmed) and child elements in document order. */
export interface XmlElement {
    name: string;
    attrs: Record<string, string>;
    text: string;
    raw: string;
    children: XmlElement[];
}

type RawNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    // Untrimmed, so a value padded by a formatter can be found (`raw`); `text` is trimmed.
    trimValues: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    commentPropName: '#comment'
});

function toElement(node: RawNode): XmlElement | undefined {
    const name = Object.keys(node).find((key) => key !== ':@');
    if (!name || name === '#text' || name === '#comment') return undefined;
    const content = (node[name] as RawNode[]) ?? [];
    const children: XmlElement[] = [];
    const text: string[] = [];
    for (const part of content) {
        if ('#text' in part) text.push(String(part['#text']));
        else {
            const element = toElement(part);
            if (element) children.push(element);
        }
    }
    const raw = text.join('');
    return { name, attrs: node[':@'] ?? {}, text: raw.trim(), raw, children };
}

/** Parses a document; returns its root element, or an error message with the line when not well-formed. */
export function parseXml(source: string): { root?: XmlElement; error?: string; line?: number } {
    const valid = XMLValidator.validate(source, { allowBooleanAttributes: false });
    if (valid !== true) return { error: valid.err.msg, line: valid.err.line };
    const roots = (parser.parse(source) as RawNode[]).map(toElement).filter((e) => e !== undefined);
    if (roots.length !== 1) return { error: `expected one root element, found ${roots.length}` };
    return { root: roots[0] };
}

/** A file's root element; throws with the file and line when it does not parse. */
export function readXml(file: string): XmlElement {
    const { root, error, line } = parseXml(readFileSync(file, 'utf8'));
    if (!root) throw new Error(`${file}${line ? `:${line}` : ''}: ${error}`);
    return root;
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
    return element?.children.find((c) => c.name === name);
}

export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
    return element?.children.filter((c) => c.name === name) ?? [];
}

export function textOf(element: XmlElement | undefined, name: string): string | undefined {
    return child(element, name)?.text;
}

// ---- the plain-object view ----

export type Xml = { [element: string]: unknown };

// Elements that repeat in the metadata we read are always arrays, even when a file has one of them.
const REPEATED = new Set([
    'classAccesses',
    'customLabels',
    'customPermissions',
    'externalCredentialParameters',
    'externalCredentialPrincipalAccesses',
    'fieldPermissions',
    'flexiPageRegions',
    'itemInstances',
    'componentInstanceProperties',
    'labels',
    'layoutSections',
    'layoutColumns',
    'layoutItems',
    'namedCredentialParameters',
    'permissionSets',
    'recordTypeVisibilities',
    'tabSettings',
    'values'
]);

/** An element as an object: a leaf is its text; children by name, an array when repeated (attributes dropped). */
export function plainOf(element: XmlElement): Xml | string {
    if (element.children.length === 0) return element.text;
    const plain: Xml = {};
    for (const name of new Set(element.children.map((c) => c.name))) {
        const values = childrenNamed(element, name).map(plainOf);
        plain[name] = values.length > 1 || REPEATED.has(name) ? values : values[0];
    }
    return plain;
}

/** Entries of a plain view's element that may be one object or an array of them. */
export const listOf = (value: unknown): Xml[] =>
    Array.isArray(value)
        ? (value as Xml[])
        : value && typeof value === 'object'
          ? [value as Xml]
          : [];
