// Splits plain text into text and link segments: http(s) URLs and e-mail addresses only, so no `javascript:`,
// `data:` or other scheme ever becomes a link. A hand-written scanner keeps it linear on any input.

export interface TextSegment {
    text: string;
    /** A vetted http(s) or mailto: URL when this segment is a link. */
    href?: string;
}

const URL_START = /https?:\/\//gi;
const URL_EXCLUDED = /[\s<>"'`{}|\\^]/;
const TRAILING = /[.,;:!?'"\]}>*_~]/;
const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;
const EMAIL =
    /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}$/;
const MAX_URL = 2048;

interface Span {
    start: number;
    end: number;
    href: string;
}

function isUrlChar(char: string): boolean {
    const code = char.charCodeAt(0);
    return code > 0x1f && code !== 0x7f && !URL_EXCLUDED.test(char);
}

/** A URL string → its normalised href when it is http(s), else undefined. */
export function safeHttpUrl(candidate: string): string | undefined {
    if (candidate.length > MAX_URL) return undefined;
    try {
        const url = new URL(candidate);
        return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
    } catch {
        return undefined;
    }
}

/** Drops punctuation that ends a sentence rather than the URL; keeps ')' that closes a '(' in the URL. */
function trimTrailing(candidate: string): string {
    let end = candidate.length;
    while (end > 0) {
        const last = candidate[end - 1];
        if (last === ')') {
            const head = candidate.slice(0, end);
            const opens = head.split('(').length - 1;
            const closes = head.split(')').length - 1;
            if (opens >= closes) break;
        } else if (!TRAILING.test(last)) {
            break;
        }
        end--;
    }
    return candidate.slice(0, end);
}

function urlSpans(text: string): Span[] {
    const spans: Span[] = [];
    URL_START.lastIndex = 0;
    let found: RegExpExecArray | null;
    while ((found = URL_START.exec(text)) !== null) {
        const start = found.index;
        let end = start + found[0].length;
        while (end < text.length && end - start < MAX_URL && isUrlChar(text[end])) end++;
        const candidate = trimTrailing(text.slice(start, end));
        const href = candidate.length > found[0].length ? safeHttpUrl(candidate) : undefined;
        if (href) spans.push({ start, end: start + candidate.length, href });
        URL_START.lastIndex = Math.max(end, start + 1);
    }
    return spans;
}

function emailSpans(text: string, taken: Span[]): Span[] {
    const spans: Span[] = [];
    let at = text.indexOf('@');
    while (at !== -1) {
        let start = at;
        while (start > 0 && at - start < 64 && LOCAL_CHAR.test(text[start - 1])) start--;
        let end = at + 1;
        while (end < text.length && end - at < 255 && DOMAIN_CHAR.test(text[end])) end++;
        while (end > at + 1 && /[.-]/.test(text[end - 1])) end--;
        while (start < at && /[.]/.test(text[start])) start++;
        const candidate = text.slice(start, end);
        const overlaps = taken.some((span) => start < span.end && end > span.start);
        if (!overlaps && EMAIL.test(candidate)) {
            spans.push({ start, end, href: `mailto:${candidate}` });
        }
        at = text.indexOf('@', Math.max(end, at + 1));
    }
    return spans;
}

/** Text → segments; concatenating their `text` gives the input back unchanged. */
export function linkify(text: string): TextSegment[] {
    if (typeof text !== 'string' || text === '') return [];
    const urls = urlSpans(text);
    const spans = [...urls, ...emailSpans(text, urls)].sort((a, b) => a.start - b.start);
    const segments: TextSegment[] = [];
    let cursor = 0;
    for (const span of spans) {
        if (span.start < cursor) continue;
        if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start) });
        segments.push({ text: text.slice(span.start, span.end), href: span.href });
        cursor = span.end;
    }
    if (cursor < text.length) segments.push({ text: text.slice(cursor) });
    return segments;
}
