// The rich-body sanitiser's allow-lists (richText.ts): which elements stay, which go with their content, which
// become a plain block; which attributes stay on which element and the values each may take; the styles links and
// images always get. Nothing here touches a tree of the page.
import { stripBidiControls } from './bidi';
import { cleanStyle } from './richStyle';

/** Elements kept as they are (a subset of what lightning-formatted-rich-text allows). */
// prettier-ignore
export const KEPT = new Set([
    'a', 'abbr', 'acronym', 'address', 'b', 'big', 'blockquote', 'br', 'caption', 'cite', 'code', 'col',
    'colgroup', 'dd', 'del', 'div', 'dl', 'dt', 'em', 'font', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i',
    'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong',
    'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'tt', 'u', 'ul', 'var'
]);

/** Elements dropped with everything inside them: active, embedding, form or document-level content. */
// prettier-ignore
export const DROPPED = new Set([
    'applet', 'area', 'audio', 'base', 'basefont', 'button', 'canvas', 'datalist', 'dialog', 'embed',
    'fieldset', 'form', 'frame', 'frameset', 'head', 'iframe', 'input', 'keygen', 'link', 'map', 'math',
    'menu', 'meta', 'meter', 'noembed', 'noframes', 'noscript', 'object', 'optgroup', 'option', 'output',
    'param', 'picture', 'plaintext', 'portal', 'progress', 'script', 'select', 'slot', 'source', 'style',
    'svg', 'template', 'textarea', 'title', 'track', 'video', 'xmp'
]);

/** Unknown or layout elements whose content stays, as a block (everything else unknown is unwrapped inline). */
// prettier-ignore
export const AS_BLOCK = new Set([
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

export function shownAttribute(value: string): string {
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
export const IMAGE_STYLE = 'max-width: 100%; height: auto;';
/** Links stand out by more than colour (WCAG 1.4.1), whatever the e-mail styled them as. */
export const LINK_STYLE = 'text-decoration: underline;';

/** The allowed attributes of `source` (and its cleaned style) onto `target`, by `target`'s element. */
export function copyAttributes(source: Element, target: Element): void {
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
