// Property tests of the rich-body sanitiser (issue 12, item 5): a generator of hostile HTML (nesting, quotes and
// entities in attributes, unclosed tags, style and position, iframes, link targets, bidi, full-Unicode text) and
// assertions on what the sanitised HTML contains, not only on where it goes.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { richBody } from 'c/kustomerConversationModel';

const RUNS = { numRuns: 600 };

// prettier-ignore
const TAGS = [
    'div', 'p', 'span', 'a', 'img', 'b', 'i', 'table', 'tr', 'td', 'blockquote', 'font', 'ul', 'li', 'pre',
    'iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'input', 'button', 'base', 'meta', 'link',
    'style', 'script', 'svg', 'math', 'template', 'noscript', 'video', 'details', 'center', 'x-custom', 'o:p',
    'textarea', 'title', 'body', 'html', 'head'
];
// prettier-ignore
const ATTRIBUTES = [
    'style', 'href', 'src', 'target', 'rel', 'id', 'name', 'class', 'onerror', 'onclick', 'onmouseover',
    'title', 'alt', 'width', 'height', 'dir', 'srcdoc', 'action', 'formaction', 'data-x', 'xmlns',
    'background', 'lang', 'colspan', 'color', 'face', 'tabindex', 'contenteditable', 'popover', 'xlink:href'
];
// prettier-ignore
const HOSTILE_VALUES = [
    'position:fixed;top:0;left:0;width:100vw;height:100vh;z-index:2147483647',
    'position: absolute; inset: 0',
    'color:red;margin:-500px 0 0 -500px',
    'background:url(https://evil.example/x.png);color:#fff',
    'font-size:400px;line-height:9',
    'transform:scale(50);opacity:0;display:none',
    'color: var(--x); width: calc(100vw + 1px)',
    ['java', 'script:alert(1)'].join(''),
    '&#106;avascript:alert(1)',
    ' https://ok.example/a?b=1&c=2 ',
    'ciscotel:5550100',
    'callto:5550100',
    '//evil.example/x',
    'cid:ii_1',
    '_top',
    '_parent',
    'opener',
    'gmail_quote',
    'divRplyFwdMsg',
    '"><script>alert(1)</script>',
    "' onmouseover='alert(1)",
    '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;',
    '<blockquote>',
    'https://аpple.com/login',
    'a\u202Eb'
];
const TEXTS = [
    'https://ok.example/path',
    'https://аpple.com/x',
    'a@b.co',
    '-----Original Message-----',
    'invoice\u202Efdp.exe',
    '\u2067isolate\u2069',
    '&lt;script&gt;',
    '&amp;',
    '<',
    '>',
    '&#x202E;',
    '\u0000'
];
const BROKEN = [
    '<',
    '</',
    '<a href="',
    '<!--',
    '-->',
    '<![CDATA[',
    ']]>',
    '<img src=x onerror=alert(1)',
    '"',
    "'",
    '</p',
    '<p <'
];

const unicode = fc.string({ unit: 'binary', maxLength: 20 });
const attribute = fc
    .tuple(
        fc.constantFrom(...ATTRIBUTES),
        fc.oneof(fc.constantFrom(...HOSTILE_VALUES), unicode),
        fc.constantFrom('"', "'", '')
    )
    .map(([name, value, quote]) => `${name}=${quote}${value}${quote}`);

const hostile = fc.letrec<{ node: string; text: string; element: string }>((tie) => ({
    node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        tie('text'),
        tie('element'),
        fc.constantFrom(...BROKEN)
    ),
    text: fc.oneof(fc.constantFrom(...TEXTS), unicode),
    element: fc
        .tuple(
            fc.constantFrom(...TAGS),
            fc.array(attribute, { maxLength: 3 }),
            fc.array(tie('node'), { maxLength: 3 }),
            fc.boolean()
        )
        .map(
            ([tag, attributes, children, close]) =>
                `<${tag}${attributes.map((a) => ` ${a}`).join('')}>${children.join('')}${close ? `</${tag}>` : ''}`
        )
}));
const hostileHtml = fc
    .array(hostile.node, { minLength: 1, maxLength: 6 })
    .map((parts) => parts.join(''));

const ELEMENTS = new Set([
    'a',
    'abbr',
    'acronym',
    'address',
    'b',
    'big',
    'blockquote',
    'br',
    'caption',
    'cite',
    'code',
    'col',
    'colgroup',
    'dd',
    'del',
    'div',
    'dl',
    'dt',
    'em',
    'font',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'i',
    'img',
    'ins',
    'kbd',
    'li',
    'mark',
    'ol',
    'p',
    'pre',
    'q',
    's',
    'samp',
    'small',
    'span',
    'strike',
    'strong',
    'sub',
    'sup',
    'table',
    'tbody',
    'td',
    'tfoot',
    'th',
    'thead',
    'tr',
    'tt',
    'u',
    'ul',
    'var'
]);
const GLOBAL = ['dir', 'lang', 'title', 'style'];
const BY_ELEMENT: Record<string, string[]> = {
    a: ['href', 'target', 'rel'],
    img: ['src', 'alt', 'width', 'height'],
    td: ['colspan', 'rowspan', 'align', 'valign'],
    th: ['colspan', 'rowspan', 'align', 'valign'],
    tr: ['align', 'valign'],
    table: ['border', 'cellpadding', 'cellspacing', 'align'],
    col: ['span'],
    colgroup: ['span'],
    ol: ['start', 'type'],
    li: ['value'],
    font: ['color', 'face', 'size'],
    p: ['align'],
    div: ['align']
};
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const FORBIDDEN_CSS =
    /(?:^|;\s*)(?:position|z-index|inset|top|left|right|bottom|width|height|min-\w+|max-\w+|display|visibility|opacity|transform|filter|font-size:\s*\d{3})\s*:|url\(|var\(|calc\(|:\s*-|\s-\d/i;

function parse(html: string): HTMLElement {
    return new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
}

/** Every reason the sanitised HTML is not what the allow-list promises. */
function problems(html: string): string[] {
    const found: string[] = [];
    const root = parse(html);
    for (const el of Array.from(root.querySelectorAll('*'))) {
        const tag = el.localName;
        if (!ELEMENTS.has(tag)) found.push(`element ${tag}`);
        for (const { name } of Array.from(el.attributes)) {
            const allowed = [...GLOBAL, ...(BY_ELEMENT[tag] ?? [])];
            if (!allowed.includes(name)) found.push(`${tag}[${name}]`);
        }
        const style = el.getAttribute('style') ?? '';
        if (tag !== 'img' && FORBIDDEN_CSS.test(style)) found.push(`${tag} style ${style}`);
        if (tag === 'img' && style !== 'max-width: 100%; height: auto;')
            found.push(`img style ${style}`);
        if (tag === 'a') {
            if (!/^(?:https?:\/\/|mailto:|tel:)/.test(el.getAttribute('href') ?? ''))
                found.push(`a href ${el.getAttribute('href')}`);
            if (el.getAttribute('target') !== '_blank') found.push('a target');
            if (el.getAttribute('rel') !== 'noopener noreferrer') found.push('a rel');
            if (el.querySelector('a')) found.push('nested a');
        }
        if (tag === 'img' && !(el.getAttribute('src') ?? '').startsWith('https://'))
            found.push(`img src ${el.getAttribute('src')}`);
        if (tag === 'img' && !el.hasAttribute('alt')) found.push('img without alt');
    }
    if (BIDI.test(root.textContent ?? '')) found.push('bidi control in text');
    for (const el of Array.from(root.querySelectorAll('[title],[alt]'))) {
        if (BIDI.test(`${el.getAttribute('title') ?? ''}${el.getAttribute('alt') ?? ''}`))
            found.push('bidi control in an attribute');
    }
    return found;
}

const squash = (text: string) => text.replace(/\s+/g, '');

describe('the rich-body sanitiser on hostile HTML', () => {
    it('keeps only allowed elements, attributes, CSS and link schemes, in both parts', () => {
        fc.assert(
            fc.property(hostileHtml, (html) => {
                const body = richBody(html);
                expect(body).toBeDefined();
                expect(problems(body?.main ?? '')).toEqual([]);
                expect(problems(body?.quoted ?? '')).toEqual([]);
            }),
            RUNS
        );
    });

    it('loses no text when it splits off the quoted history', () => {
        fc.assert(
            fc.property(hostileHtml, (html) => {
                const split = richBody(html);
                const whole = richBody(html, false);
                const parts = `${split?.main ?? ''}${split?.quoted ?? ''}`;
                expect(squash(parse(parts).textContent ?? '')).toBe(
                    squash(parse(whole?.main ?? '').textContent ?? '')
                );
            }),
            RUNS
        );
    });

    it('is stable: sanitising its own output changes nothing', () => {
        fc.assert(
            fc.property(hostileHtml, (html) => {
                const once = richBody(html, false)?.main ?? '';
                // Output without any element reads as plain text the second time (its entities stay literal).
                fc.pre(parse(once).querySelector('*') !== null);
                expect(richBody(once, false)?.main).toBe(once);
            }),
            RUNS
        );
    });

    it('never throws on full-Unicode text, with or without markup', () => {
        fc.assert(
            fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (value) => {
                const body = richBody(value);
                expect(problems(`${body?.main ?? ''}${body?.quoted ?? ''}`)).toEqual([]);
            }),
            RUNS
        );
    });
});
