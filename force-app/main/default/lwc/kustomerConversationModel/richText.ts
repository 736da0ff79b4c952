// Rich message bodies (htmlBody / body): parsed into an inert document (no script runs, nothing loads), split at
// the quoted history on the tree, and rebuilt (richClean.ts) from an allow-list of elements and attributes
// (richPolicy.ts), CSS (richStyle.ts) and link schemes (richLinks.ts) before anything reaches
// lightning-formatted-rich-text (which sanitises again). No regular expression ever runs
// on the HTML itself, so no attribute text can turn into markup. A speculative path: Kustomer documents only the
// plain-text `preview`.
import { cleanChildren, isElement } from './richClean';

export interface RichBody {
    /** Sanitised HTML of what the author wrote. */
    main: string;
    /** Sanitised HTML of the quoted history, when there is one and something visible is left above it. */
    quoted?: string;
    /** The text of both parts, for search. */
    text: string;
}

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

/** Passes at most: a second pass only meets what the parser built from allowed elements, and keeps it. */
const MAX_PASSES = 3;

/**
 * The HTML of a sanitised part as the rich-text component will parse it. Renaming or unwrapping an element can lift
 * a barrier of the parser (<li><center><li> keeps the inner item nested; <li><div><li> closes the outer one), so
 * the output is parsed again, and when that builds another tree, that tree is sanitised and handed over instead.
 */
function settled(part: Element): string {
    let html = htmlOf(part);
    for (let pass = 1; pass < MAX_PASSES; pass++) {
        const again = parseInert(html)?.body;
        if (!again || htmlOf(again) === html) return html;
        const out = again.ownerDocument.createElement('div');
        cleanChildren(again, out, false, 0);
        html = htmlOf(out);
    }
    return html;
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
            return { main: settled(main), quoted: settled(quoted), text: searchText(main, quoted) };
        }
    }
    const whole = cleanRange(body, undefined, undefined);
    return { main: settled(whole), text: searchText(whole) };
}
