// Order-preserving XML reading for metadata files (fast-xml-parser), plus simple accessors.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One element: its name, attributes, text (trimmed, '' when none) and child elements in document order. */
export interface XmlElement {
    name: string;
    attrs: Record<string, string>;
    text: string;
    children: XmlElement[];
}

type RawNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    commentPropName: '#comment'
});

function toElement(node: RawNode): XmlElement | undefined {
    const name = Object.keys(node).find((key) => key !== ':@');
    if (!name || name === '#text' || name === '#comment') return undefined;
    const raw = (node[name] as RawNode[]) ?? [];
    const children: XmlElement[] = [];
    const text: string[] = [];
    for (const child of raw) {
        if ('#text' in child) text.push(String(child['#text']));
        else {
            const element = toElement(child);
            if (element) children.push(element);
        }
    }
    return { name, attrs: node[':@'] ?? {}, text: text.join('').trim(), children };
}

/** Parses a document; returns its root element, or an error message with the line when not well-formed. */
export function parseXml(source: string): { root?: XmlElement; error?: string; line?: number } {
    const valid = XMLValidator.validate(source, { allowBooleanAttributes: false });
    if (valid !== true) return { error: valid.err.msg, line: valid.err.line };
    const roots = (parser.parse(source) as RawNode[]).map(toElement).filter((e) => e !== undefined);
    if (roots.length !== 1) return { error: `expected one root element, found ${roots.length}` };
    return { root: roots[0] };
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
