// The rich-body sanitiser's tree walk (richText.ts): every node of the parsed tree rebuilt in a fresh element,
// only as the allow-lists say (richPolicy.ts), text and images through richLinks.ts, nesting bounded.
import { appendText, cleanImage, setLink } from './richLinks';
import { AS_BLOCK, DROPPED, KEPT, copyAttributes } from './richPolicy';
import { safeLinkHref } from './linkify';

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const MAX_DEPTH = 40;

export function isElement(node: Node): node is Element {
    return node.nodeType === 1;
}

function cleanElement(source: Element, parent: Element, inLink: boolean, depth: number): void {
    const doc = parent.ownerDocument;
    const tag = source.localName.toLowerCase();
    if (source.namespaceURI !== HTML_NS || DROPPED.has(tag)) return;
    if (tag === 'img') {
        cleanImage(source, parent);
        return;
    }
    let target: Element;
    if (tag === 'a') {
        const href = safeLinkHref(source.getAttribute('href') ?? '');
        target = doc.createElement(href && !inLink ? 'a' : 'span');
        if (href && !inLink) setLink(target, href);
    } else if (KEPT.has(tag)) {
        target = doc.createElement(tag);
    } else if (AS_BLOCK.has(tag)) {
        target = doc.createElement('div');
    } else {
        cleanChildren(source, parent, inLink, depth + 1);
        return;
    }
    copyAttributes(source, target);
    parent.append(target);
    cleanChildren(source, target, inLink || target.localName === 'a', depth + 1);
}

/** The children of `source`, sanitised, appended to `parent` (`inLink`: inside a kept link, so no other link). */
export function cleanChildren(source: Node, parent: Element, inLink: boolean, depth: number): void {
    if (depth > MAX_DEPTH) {
        // Deeper nesting than any real e-mail: keep the words, drop the structure.
        appendText(parent, source.textContent ?? '', inLink);
        return;
    }
    for (const child of Array.from(source.childNodes)) {
        if (child.nodeType === 3) appendText(parent, (child as Text).data, inLink);
        else if (isElement(child)) cleanElement(child, parent, inLink, depth);
    }
}
