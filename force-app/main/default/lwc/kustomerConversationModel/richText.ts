// Rich message bodies (htmlBody / body): parsed into an inert document (no script runs, nothing loads), split at
// the quoted history on the tree, and rebuilt from an allow-list of elements, attributes, CSS and link schemes
// before anything reaches lightning-formatted-rich-text (which sanitises again). No regular expression ever runs
// on the HTML itself, so no attribute text can turn into markup. A speculative path: Kustomer documents only the
// plain-text `preview`.
import { stripBidiControls } from './bidi';
import { linkify, safeLinkHref } from './linkify';
import { cleanStyle } from './richStyle';

export interface RichBody {
    /** Sanitised HTML of what the author wrote. */
    main: string;
    /** Sanitised HTML of the quoted history, when there is one and something visible is left above it. */
    quoted?: string;
    /** The text of both parts, for search. */
    text: string;
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const MAX_DEPTH = 40;

/** Elements kept as they are (a subset of what lightning-formatted-rich-text allows). */
// prettier-ignore
const KEPT = new Set([
    'a', 'abbr', 'acronym', 'address', 'b', 'big', 'blockquote', 'br', 'caption', 'cite', 'code', 'col',
    'colgroup', 'dd', 'del', 'div', 'dl', 'dt', 'em', 'font', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i',
    'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong',
    'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'tt', 'u', 'ul', 'var'
]);

/** Elements dropped with everything inside them: active, embedding, form or document-level content. */
// prettier-ignore
const DROPPED = new Set([
    'applet', 'area', 'audio', 'base', 'basefont', 'button', 'canvas', 'datalist', 'dialog', 'embed',
    'fieldset', 'form', 'frame', 'frameset', 'head', 'iframe', 'input', 'keygen', 'link', 'map', 'math',
    'menu', 'meta', 'meter', 'noembed', 'noframes', 'noscript', 'object', 'optgroup', 'option', 'output',
    'param', 'picture', 'plaintext', 'portal', 'progress', 'script', 'select', 'slot', 'source', 'style',
    'svg', 'template', 'textarea', 'title', 'track', 'video', 'xmp'
]);

/** Unknown or layout elements whose content stays, as a block (everything else unknown is unwrapped inline). */
// prettier-ignore
const AS_BLOCK = new Set([
    'article', 'aside', 'center', 'details', 'figcaption', 'figure', 'footer', 'header', 'hgroup', 'main',
    'nav', 'section', 'summary'
]);

const ALIGN = /^(?:left|right|center|justify)$/i;
const VALIGN = /^(?:top|middle|bottom|baseline)$/i;
const SMALL_INT = /^\d{1,4}$/;

type AttributeRule = (value: string) => string | undefined;

function matches(pattern: RegExp): AttributeRule {
    return (value) => (pattern.test(value) ? value : undefined);
}

function upTo(max: number): AttributeRule {
    return (value) => (SMALL_INT.test(value) && Number(value) <= max ? value : undefined);
}

function shownAttribute(value: string): string {
    return stripBidiControls(value).slice(0, 500);
}

const GLOBAL_ATTRIBUTES: Record<string, AttributeRule> = {
    dir: matches(/^(?:ltr|rtl|auto)$/i),
    lang: matches(/^[a-z]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/i),
    title: shownAttribute
};

const TAG_ATTRIBUTES: Record<string, Record<string, AttributeRule>> = {
    td: {
        colspan: upTo(1000),
        rowspan: upTo(1000),
        align: matches(ALIGN),
        valign: matches(VALIGN)
    },
    th: {
        colspan: upTo(1000),
        rowspan: upTo(1000),
        align: matches(ALIGN),
        valign: matches(VALIGN)
    },
    tr: { align: matches(ALIGN), valign: matches(VALIGN) },
    table: {
        border: upTo(20),
        cellpadding: upTo(50),
        cellspacing: upTo(50),
        align: matches(ALIGN)
    },
    col: { span: upTo(1000) },
    colgroup: { span: upTo(1000) },
    ol: { start: upTo(100000), type: matches(/^[1aAiI]$/) },
    li: { value: upTo(100000) },
    font: {
        color: matches(/^(?:#[0-9a-f]{3,8}|[a-z]{1,30})$/i),
        face: matches(/^[\w\s,"'-]{1,200}$/),
        size: matches(/^[+-]?[1-7]$/)
    },
    img: { width: upTo(10000), height: upTo(10000) },
    p: { align: matches(ALIGN) },
    div: { align: matches(ALIGN) },
    h1: { align: matches(ALIGN) },
    h2: { align: matches(ALIGN) },
    h3: { align: matches(ALIGN) },
    h4: { align: matches(ALIGN) },
    h5: { align: matches(ALIGN) },
    h6: { align: matches(ALIGN) }
};

/** Images scale down to the bubble whatever their width and height say. */
const IMAGE_STYLE = 'max-width: 100%; height: auto;';
/** Links stand out by more than colour (WCAG 1.4.1), whatever the e-mail styled them as. */
const LINK_STYLE = 'text-decoration: underline;';

/**
 * An HTML document with no browsing context: parsing it runs no script and loads nothing. Parsed in standards mode
 * and from inside <body>, as the rich-text component will parse what this module returns (so the tree and its
 * leading spaces come out the same). Without DOMParser (never seen: Lightning Web Security and Locker both
 * provide it) the caller falls back to the plain preview.
 */
export function parseInert(html: string): Document | undefined {
    try {
        return typeof DOMParser === 'function'
            ? new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html')
            : undefined;
    } catch {
        return undefined;
    }
}

function isElement(node: Node): node is Element {
    return node.nodeType === 1;
}

// Control characters (but tab and line ends): never meant to be shown, and the HTML parser drops some of them.
const CONTROL = /\p{Cc}/gu;

function withoutControls(value: string): string {
    return value.replace(CONTROL, (char) => ('\t\n\r'.includes(char) ? char : ''));
}

/** Text, linked the way plain-text bodies are (http(s) and e-mail only), unless it already is inside a link. */
function appendText(parent: Element, value: string, inLink: boolean): void {
    const doc = parent.ownerDocument;
    const shown = withoutControls(stripBidiControls(value));
    if (inLink) {
        parent.append(doc.createTextNode(shown));
        return;
    }
    for (const segment of linkify(shown)) {
        if (segment.href) {
            const link = doc.createElement('a');
            setLink(link, segment.href);
            link.setAttribute('style', LINK_STYLE);
            link.textContent = segment.text;
            parent.append(link);
        } else {
            parent.append(doc.createTextNode(segment.text));
        }
    }
}

function setLink(link: Element, href: string): void {
    link.setAttribute('href', href);
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
}

function copyAttributes(source: Element, target: Element): void {
    const rules = { ...GLOBAL_ATTRIBUTES, ...(TAG_ATTRIBUTES[target.localName] ?? {}) };
    for (const attribute of Array.from(source.attributes)) {
        const name = attribute.name.toLowerCase();
        const rule = Object.prototype.hasOwnProperty.call(rules, name) ? rules[name] : undefined;
        const value = rule?.(attribute.value.trim());
        if (value !== undefined) target.setAttribute(name, value);
    }
    const link = target.localName === 'a';
    const style = cleanStyle((source as HTMLElement).style, link ? ['text-decoration'] : []);
    const shown = link ? [style, LINK_STYLE].filter(Boolean).join(' ') : style;
    if (shown && target.localName !== 'img') target.setAttribute('style', shown);
}

/** <img>: only https: sources; cid: parts are in the attachment list; alt text always set (empty = decorative). */
function cleanImage(source: Element, parent: Element): void {
    const href = safeLinkHref(source.getAttribute('src') ?? '');
    if (!href?.startsWith('https:')) return;
    const image = parent.ownerDocument.createElement('img');
    image.setAttribute('src', href);
    image.setAttribute('alt', shownAttribute(source.getAttribute('alt') ?? ''));
    copyAttributes(source, image);
    image.setAttribute('style', IMAGE_STYLE);
    parent.append(image);
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

function cleanChildren(source: Node, parent: Element, inLink: boolean, depth: number): void {
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

/** Where the quoted history starts: the first quote container, or an "Original Message" line, in tree order. */
const QUOTE_CLASSES = ['gmail_quote', 'yahoo_quoted', 'moz-cite-prefix', 'protonmail_quote'];
const QUOTE_IDS = ['divRplyFwdMsg', 'appendonsend', 'reply-intro'];
const ORIGINAL_MESSAGE = /-{2,}\s*Original Message\s*-{2,}/i;

interface QuoteStart {
    node: Node;
    /** Offset inside a text node, else undefined (the quote starts before the element). */
    offset?: number;
}

function quoteStart(body: HTMLElement): QuoteStart | undefined {
    const walker = body.ownerDocument.createTreeWalker(body, 0x1 | 0x4);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        if (isElement(node)) {
            const id = node.getAttribute('id') ?? '';
            const classes = Array.from(node.classList);
            if (
                node.localName === 'blockquote' ||
                classes.some((name) => QUOTE_CLASSES.includes(name)) ||
                QUOTE_IDS.some((prefix) => id.startsWith(prefix))
            ) {
                return { node };
            }
        } else {
            const found = ((node as Text).data ?? '').search(ORIGINAL_MESSAGE);
            if (found >= 0) return { node, offset: found };
        }
    }
    return undefined;
}

/** The sanitised copy of one part of the body (a range of the parsed tree). */
function cleanRange(body: HTMLElement, from: QuoteStart | undefined, to: QuoteStart | undefined) {
    const doc = body.ownerDocument;
    const range = doc.createRange();
    range.selectNodeContents(body);
    if (from) {
        if (from.offset === undefined) range.setStartBefore(from.node);
        else range.setStart(from.node, from.offset);
    }
    if (to) {
        if (to.offset === undefined) range.setEndBefore(to.node);
        else range.setEnd(to.node, to.offset);
    }
    const out = doc.createElement('div');
    cleanChildren(range.cloneContents(), out, false, 0);
    if (to) dropEmptyTail(out);
    return out;
}

/** A split inside an element leaves an empty copy of it at the end of the upper part: drop such leftovers. */
function dropEmptyTail(part: Element): void {
    const last = part.lastChild;
    if (!last || !isElement(last)) return;
    if (!isVisible(last) && last.localName !== 'br') {
        last.remove();
        dropEmptyTail(part);
    } else {
        dropEmptyTail(last);
    }
}

/**
 * The HTML of a part rebuilt in an inert document (never of the page): this module's sanitised copies, and the
 * marked copies richHtml.ts makes of them.
 */
export function htmlOf(part: Element): string {
    // eslint-disable-next-line @lwc/lwc/no-inner-html -- serialises the sanitised copy; nothing is written
    return part.innerHTML;
}

function isVisible(part: Element): boolean {
    return (part.textContent ?? '').trim() !== '' || part.querySelector('img') !== null;
}

function searchText(...parts: Element[]): string {
    return parts
        .map((part) => part.textContent ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
}

/** A body without any element: its own text, line breaks kept (the parser would read "&amp;" as "&"). */
function plainTextBody(doc: Document, value: string): void {
    const body = doc.body;
    body.textContent = '';
    value.split(/\r\n|\r|\n/).forEach((line, index) => {
        if (index > 0) body.append(doc.createElement('br'));
        body.append(doc.createTextNode(line));
    });
}

/**
 * A rich body, sanitised and (unless split is false) split at its quoted history; undefined when no inert
 * document can be made (then the plain preview shows).
 */
export function richBody(html: string, split = true): RichBody | undefined {
    const doc = parseInert(html);
    if (!doc?.body) return undefined;
    const body = doc.body;
    if (body.children.length === 0) plainTextBody(doc, html);
    const start = split ? quoteStart(body) : undefined;
    if (start) {
        const main = cleanRange(body, undefined, start);
        if (isVisible(main)) {
            const quoted = cleanRange(body, start, undefined);
            return { main: htmlOf(main), quoted: htmlOf(quoted), text: searchText(main, quoted) };
        }
    }
    const whole = cleanRange(body, undefined, undefined);
    return { main: htmlOf(whole), text: searchText(whole) };
}
