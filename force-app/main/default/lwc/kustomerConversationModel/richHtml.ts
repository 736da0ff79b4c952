// Last touches on a rich body before lightning-formatted-rich-text renders it, made on a parsed, inert document
// (never with regular expressions on markup): its links leave the Tab order while their article is not the feed's
// Tab stop (the feed is one Tab stop, kustomerCaseConversation/feedKeyboard.ts).

/** Results kept per body and mode (a feed renders a bounded number of messages; refreshes reuse them). */
const CACHE_LIMIT = 400;
const cache = new Map<string, string>();

function remember(key: string, value: string): string {
    if (cache.size >= CACHE_LIMIT) {
        const oldest = cache.keys().next();
        if (!oldest.done) cache.delete(oldest.value);
    }
    cache.set(key, value);
    return value;
}

/** An inert document holding the body (DOMParser: no script runs, nothing loads). */
function parse(html: string): HTMLElement | undefined {
    if (typeof DOMParser === 'undefined') return undefined;
    return new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
}

/** The body as rendered: unchanged while its links may be tabbed to, else with every link at tabindex -1. */
export function richHtml(html: string, linksTabbable: boolean): string {
    if (!html || linksTabbable) return html;
    const key = `untabbable|${html}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    const body = parse(html);
    if (!body) return html;
    const links = Array.from(body.querySelectorAll('[href], [tabindex]'));
    // Nothing to take out of the Tab order: the body stays exactly as it came.
    if (links.length === 0) return remember(key, html);
    for (const element of links) element.setAttribute('tabindex', '-1');
    // Reads the markup back from the inert document; nothing is written to the page.
    // eslint-disable-next-line @lwc/lwc/no-inner-html
    return remember(key, body.innerHTML);
}
