// Links and images in a sanitised rich body (richText.ts): text linked the way plain-text bodies are, links that
// open apart from the page, and images only from https: with their alt text.
import { stripBidiControls } from './bidi';
import { linkify, safeLinkHref } from './linkify';
import { IMAGE_STYLE, LINK_STYLE, copyAttributes, shownAttribute } from './richPolicy';

// Control characters (but tab and line ends): never meant to be shown, and the HTML parser drops some of them.
const CONTROL = /\p{Cc}/gu;

function withoutControls(value: string): string {
    return value.replace(CONTROL, (char) => ('\t\n\r'.includes(char) ? char : ''));
}

/** Text, linked the way plain-text bodies are (http(s) and e-mail only), unless it already is inside a link. */
export function appendText(parent: Element, value: string, inLink: boolean): void {
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

export function setLink(link: Element, href: string): void {
    link.setAttribute('href', href);
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
}

/** <img>: only https: sources; cid: parts are in the attachment list; alt text always set (empty = decorative). */
export function cleanImage(source: Element, parent: Element): void {
    const href = safeLinkHref(source.getAttribute('src') ?? '');
    if (!href?.startsWith('https:')) return;
    const image = parent.ownerDocument.createElement('img');
    image.setAttribute('src', href);
    image.setAttribute('alt', shownAttribute(source.getAttribute('alt') ?? ''));
    copyAttributes(source, image);
    image.setAttribute('style', IMAGE_STYLE);
    parent.append(image);
}
