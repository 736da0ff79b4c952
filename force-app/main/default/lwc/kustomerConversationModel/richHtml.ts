// Last touches on a rich body before lightning-formatted-rich-text renders it, made on a parsed, inert document
// (never with regular expressions on markup): search matches marked (counted the same way, text run by text run,
// so "3 of 12" and the marks agree), and links out of the Tab order while their article is not the feed's Tab stop
// (the feed is one Tab stop, kustomerCaseConversation/feedKeyboard.ts).
import { htmlOf, parseInert } from './richText';
import { countOccurrences } from './search';

/** Where a body's matches start in the conversation's numbering, and which one is current. */
export interface HtmlMarks {
    query: string;
    first: number;
    active: number;
}

// Inline: the body renders inside lightning-formatted-rich-text, out of reach of the viewer's style sheets.
const MATCH_STYLE = 'background:#fff03f;color:#181818;border-radius:2px';
const ACTIVE_STYLE = 'background:#fe9339;color:#181818;outline:2px solid #181818';
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TITLE']);

/** Results kept per body (a feed renders a bounded number of messages; a search reads every loaded one). */
const CACHE_LIMIT = 3000;
const rendered = new Map<string, string>();
const runs = new Map<string, string[]>();

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
    if (cache.size >= CACHE_LIMIT) {
        const oldest = cache.keys().next();
        if (!oldest.done) cache.delete(oldest.value);
    }
    cache.set(key, value);
    return value;
}

/** The (already sanitised) body in an inert document: no script runs, nothing loads. */
function parse(html: string): HTMLElement | undefined {
    return parseInert(html)?.body ?? undefined;
}

function visibleTextNodes(body: HTMLElement): Text[] {
    const found: Text[] = [];
    const visit = (node: Node) => {
        for (const child of Array.from(node.childNodes)) {
            if (child.nodeType === 3) found.push(child as Text);
            else if (child.nodeType === 1 && !INVISIBLE.has((child as Element).tagName))
                visit(child);
        }
    };
    visit(body);
    return found;
}

/** A haystack with the same length as the text (case folding that changes lengths would misplace marks). */
function haystack(text: string): string {
    const lower = text.toLowerCase();
    return lower.length === text.length ? lower : text;
}

/** The body's visible text, run by run (one per text node), as search reads it. */
export function htmlTextRuns(html: string): string[] {
    if (!html) return [];
    const known = runs.get(html);
    if (known) return known;
    const body = parse(html);
    const texts = body ? visibleTextNodes(body).map((node) => node.data) : [];
    return remember(runs, html, texts);
}

/** Matches of a (normalised) query in a rich body, counted as richHtml marks them. */
export function htmlMatchCount(html: string, query: string): number {
    if (!query) return 0;
    return htmlTextRuns(html).reduce(
        (sum, text) => sum + countOccurrences(haystack(text), query),
        0
    );
}

/**
 * Where the current match sits in a body's text, from 0 (its start) to 1 (its end), or undefined when it is not
 * in this body: the message scrolls near it from outside lightning-formatted-rich-text, whose inside it cannot reach.
 */
export function activeMatchFraction(
    html: string,
    marks: HtmlMarks | undefined
): number | undefined {
    if (!marks?.query || marks.active < marks.first) return undefined;
    const texts = htmlTextRuns(html);
    const total = texts.reduce((sum, text) => sum + text.length, 0);
    let before = 0;
    let number = marks.first;
    for (const text of texts) {
        const lower = haystack(text);
        for (
            let at = lower.indexOf(marks.query);
            at !== -1;
            at = lower.indexOf(marks.query, at + marks.query.length)
        ) {
            if (number++ === marks.active) return total > 0 ? (before + at) / total : 0;
        }
        before += text.length;
    }
    return undefined;
}

function markMatches(body: HTMLElement, marks: HtmlMarks): void {
    const document = body.ownerDocument;
    let number = marks.first;
    for (const node of visibleTextNodes(body)) {
        const text = node.data;
        const lower = haystack(text);
        let at = lower.indexOf(marks.query);
        if (at === -1) continue;
        const parts = document.createDocumentFragment();
        let cursor = 0;
        while (at !== -1) {
            if (at > cursor) parts.append(text.slice(cursor, at));
            const mark = document.createElement('mark');
            const active = number === marks.active;
            mark.setAttribute('class', active ? 'kc-match kc-match_active' : 'kc-match');
            mark.setAttribute('style', active ? ACTIVE_STYLE : MATCH_STYLE);
            mark.textContent = text.slice(at, at + marks.query.length);
            parts.append(mark);
            number++;
            cursor = at + marks.query.length;
            at = lower.indexOf(marks.query, cursor);
        }
        if (cursor < text.length) parts.append(text.slice(cursor));
        node.replaceWith(parts);
    }
}

/**
 * The body as rendered: unchanged while nothing is to be marked and its links may be tabbed to; otherwise parsed,
 * with the matches marked (the current one stands out) and, out of the Tab stop, every link at tabindex -1.
 */
export function richHtml(html: string, linksTabbable: boolean, marks?: HtmlMarks): string {
    const searching = marks !== undefined && marks.query !== '';
    if (!html || (linksTabbable && !searching)) return html;
    const key = `${linksTabbable}|${searching ? `${marks.query}|${marks.first}|${marks.active}` : ''}|${html}`;
    const known = rendered.get(key);
    if (known !== undefined) return known;
    const body = parse(html);
    if (!body) return html;
    const links = linksTabbable ? [] : Array.from(body.querySelectorAll('[href], [tabindex]'));
    const matched = searching && htmlMatchCount(html, marks.query) > 0;
    // Nothing to mark or take out of the Tab order: the body stays exactly as it came.
    if (links.length === 0 && !matched) return remember(rendered, key, html);
    for (const element of links) element.setAttribute('tabindex', '-1');
    if (matched) markMatches(body, marks);
    return remember(rendered, key, htmlOf(body));
}
