// The one reader of the package's source-format metadata XML, for the gate (scripts/validate), the generators
// (gen-types), the preview build (labels) and the tests. One parser (fast-xml-parser, order kept) gives a tree of
// elements; a plain-object view of it serves tests that walk a document by name; typed readers say what labels,
// translations, Case fields and permission sets hold. No relative imports: it compiles under both tsconfigs and
// Jest. Paths default to the project found from the working directory (npm scripts and Jest run at its root).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

// ---- XML: one element tree ----

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

// ---- the package's files ----

/** The nearest folder from `from` up that holds sfdx-project.json. */
export function projectRoot(from = process.cwd()): string {
    for (let dir = from; ; dir = dirname(dir)) {
        if (existsSync(join(dir, 'sfdx-project.json'))) return dir;
        if (dirname(dir) === dir) throw new Error(`no sfdx-project.json at or above ${from}`);
    }
}

/** The package's source folder (force-app/main/default). */
export const sourceDir = (root = projectRoot()): string =>
    join(root, 'force-app', 'main', 'default');

export function readProject(root = projectRoot()): { namespace: string; sourceApiVersion: string } {
    const project = JSON.parse(readFileSync(join(root, 'sfdx-project.json'), 'utf8')) as {
        namespace?: string;
        sourceApiVersion: string;
    };
    return { namespace: project.namespace ?? '', sourceApiVersion: project.sourceApiVersion };
}

export function metadataExists(relativePath: string, dir = sourceDir()): boolean {
    return existsSync(join(dir, relativePath));
}

/** Files of one type in a folder, sorted, as full paths. */
export function metadataFiles(folder: string, suffix: string, dir = sourceDir()): string[] {
    const path = join(dir, folder);
    if (!existsSync(path)) return [];
    return readdirSync(path)
        .filter((file) => file.endsWith(suffix))
        .sort()
        .map((file) => join(path, file));
}

/** Names (file names without the suffix) of one type in a folder. */
export function listMetadata(folder: string, suffix: string, dir = sourceDir()): string[] {
    return metadataFiles(folder, suffix, dir).map((file) => basename(file, suffix));
}

/** A metadata file's root element as a plain object. */
export function readMetadata(relativePath: string, dir = sourceDir()): Xml {
    const plain = plainOf(readXml(join(dir, relativePath)));
    return typeof plain === 'string' ? {} : plain;
}

// ---- Custom Labels and their translations ----

export interface CustomLabel {
    fullName: string;
    value: string;
    shortDescription: string;
    categories: string;
    language: string;
    protected: boolean;
}

/** The labels of one CustomLabels document, in file order. */
export function labelsOf(root: XmlElement | undefined): CustomLabel[] {
    return childrenNamed(root, 'labels').map((label) => ({
        fullName: textOf(label, 'fullName') ?? '',
        value: textOf(label, 'value') ?? '',
        shortDescription: textOf(label, 'shortDescription') ?? '',
        categories: textOf(label, 'categories') ?? '',
        language: textOf(label, 'language') ?? '',
        protected: textOf(label, 'protected') === 'true'
    }));
}

export const labelFiles = (dir = sourceDir()): string[] =>
    metadataFiles('labels', '.labels-meta.xml', dir);

/** Every Custom Label of the package by name. */
export function readLabels(dir = sourceDir()): Map<string, CustomLabel> {
    const labels = new Map<string, CustomLabel>();
    for (const file of labelFiles(dir))
        for (const label of labelsOf(readXml(file))) labels.set(label.fullName, label);
    return labels;
}

/** Every Custom Label's English text by name (what `@salesforce/label/c.*` gives in the master language). */
export function readLabelValues(dir = sourceDir()): Map<string, string> {
    return new Map([...readLabels(dir)].map(([name, label]) => [name, label.value]));
}

const TRANSLATION_SUFFIX = '.translation-meta.xml';

export const translationFiles = (dir = sourceDir()): string[] =>
    metadataFiles('translations', TRANSLATION_SUFFIX, dir);

/** Language code (the file name: de, fr, es, ja, pt_BR…) → label name → translated text. */
export function readTranslations(dir = sourceDir()): Map<string, Map<string, string>> {
    const languages = new Map<string, Map<string, string>>();
    for (const file of translationFiles(dir)) {
        const texts = new Map<string, string>();
        for (const entry of childrenNamed(readXml(file), 'customLabels'))
            texts.set(textOf(entry, 'name') ?? '', textOf(entry, 'label') ?? '');
        languages.set(basename(file, TRANSLATION_SUFFIX), texts);
    }
    return languages;
}

/** A label's text in every language the package ships: `en_US` (the master) plus each translation. */
export function labelTexts(
    name: string,
    labels: Map<string, CustomLabel>,
    translations: Map<string, Map<string, string>>
): Record<string, string> | undefined {
    const master = labels.get(name);
    if (master === undefined) return undefined;
    const texts: Record<string, string> = { en_US: master.value };
    for (const [language, values] of translations) {
        const text = values.get(name);
        if (text) texts[language] = text;
    }
    return texts;
}

// ---- Case fields and permission sets ----

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
