// Splits plain text into text and link segments: http(s) URLs and e-mail addresses only, so no `javascript:`,
// `data:` or other scheme ever becomes a link. A hand-written scanner keeps it linear on any input. A link shows
// where it really goes: a host written with non-ASCII letters shows as its punycode form (look-alike letters
// cannot pass for another host), and a URL with credentials ("https://bank.example@evil.example") is not linked.

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
    /** Undefined for a URL that is not linked (credentials): its text stays plain, and no e-mail is found in it. */
    href?: string;
    text: string;
}

function isUrlChar(char: string): boolean {
    const code = char.charCodeAt(0);
    return code > 0x1f && code !== 0x7f && !URL_EXCLUDED.test(char);
}

function parseUrl(candidate: string): URL | undefined {
    if (candidate.length > MAX_URL) return undefined;
    try {
        return new URL(candidate);
    } catch {
        return undefined;
    }
}

/** A URL string → its normalised href when it is http(s) without credentials, else undefined. */
export function safeHttpUrl(candidate: string): string | undefined {
    const url = parseUrl(candidate);
    const web = url?.protocol === 'http:' || url?.protocol === 'https:';
    return url && web && url.username === '' && url.password === '' ? url.href : undefined;
}

/** An href a message may carry: http(s) (as safeHttpUrl), mailto: or tel:; anything else is undefined. */
export function safeLinkHref(candidate: string): string | undefined {
    const url = parseUrl(candidate.trim());
    if (url?.protocol === 'mailto:' || url?.protocol === 'tel:') return url.href;
    return url ? safeHttpUrl(url.href) : undefined;
}

/** The text a link shows: as written, unless its host has non-ASCII letters; then the punycode href. */
function shownText(candidate: string, href: string): string {
    const afterScheme = candidate.slice(candidate.indexOf('//') + 2);
    const end = afterScheme.search(/[/?#]/);
    const authority = end < 0 ? afterScheme : afterScheme.slice(0, end);
    return Array.from(authority).some((char) => char.charCodeAt(0) > 0x7e) ? href : candidate;
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
        const url = candidate.length > found[0].length ? parseUrl(candidate) : undefined;
        const href = url ? safeHttpUrl(candidate) : undefined;
        if (href) {
            spans.push({
                start,
                end: start + candidate.length,
                href,
                text: shownText(candidate, href)
            });
        } else if (url && (url.username !== '' || url.password !== '')) {
            spans.push({ start, end: start + candidate.length, text: candidate });
        }
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
        // An address ends where a URL starts ("a@b.cohttps://…" is a@b.co, then the URL).
        let stop = text.length;
        for (const span of taken) {
            if (span.start > at) {
                stop = span.start;
                break;
            }
        }
        let end = at + 1;
        while (end < stop && end - at < 255 && DOMAIN_CHAR.test(text[end])) end++;
        while (end > at + 1 && /[.-]/.test(text[end - 1])) end--;
        while (start < at && /[.]/.test(text[start])) start++;
        const candidate = text.slice(start, end);
        const overlaps = taken.some((span) => start < span.end && end > span.start);
        if (!overlaps && EMAIL.test(candidate)) {
            spans.push({ start, end, href: `mailto:${candidate}`, text: candidate });
        }
        at = text.indexOf('@', Math.max(end, at + 1));
    }
    return spans;
}

/**
 * Text → segments; concatenating their `text` gives the input back unchanged, except that a link whose host has
 * non-ASCII letters shows its punycode href.
 */
export function linkify(text: string): TextSegment[] {
    if (typeof text !== 'string' || text === '') return [];
    const urls = urlSpans(text);
    const spans = [...urls, ...emailSpans(text, urls)].sort((a, b) => a.start - b.start);
    const segments: TextSegment[] = [];
    let cursor = 0;
    for (const span of spans) {
        if (span.start < cursor) continue;
        if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start) });
        segments.push(span.href ? { text: span.text, href: span.href } : { text: span.text });
        cursor = span.end;
    }
    if (cursor < text.length) segments.push({ text: text.slice(cursor) });
    return segments;
}
