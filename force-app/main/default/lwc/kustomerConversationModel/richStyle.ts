// The CSS a message body may keep: text styling only, with bounded lengths. Nothing that positions, sizes, layers,
// hides or transforms (position, z-index, width/height, display, opacity, transform...), nothing negative (a
// negative margin moves text out of its bubble), and no value that loads or computes anything (url(), var(),
// expression(), calc()). Declarations come from the CSS parser of the inert document, so they are already split
// and normalised; this module only decides which to keep.

type Rule = (value: string) => boolean;

const COLOR =
    /^(?:#[0-9a-f]{3,8}|rgba?\([\d\s.,%/]{1,60}\)|hsla?\([\d\s.,%/deg]{1,60}\)|[a-z]{1,30})$/i;
const LENGTH = /^(\d{1,5}(?:\.\d{1,4})?)(px|pt|em|rem|%)?$/i;
const PX_PER_UNIT: Record<string, number> = { px: 1, pt: 4 / 3, em: 16, rem: 16 };
const BORDER_STYLES = 'none|hidden|dotted|dashed|solid|double|groove|ridge|inset|outset';

function keywords(list: string): Rule {
    const pattern = new RegExp(`^(?:${list})$`, 'i');
    return (value) => pattern.test(value);
}

/** A non-negative length of at most maxPx (percentages up to 100); "0" and unitless 0 included. */
function length(maxPx: number, ...allowed: string[]): Rule {
    return (value) => {
        if (allowed.includes(value.toLowerCase())) return true;
        const match = LENGTH.exec(value);
        if (!match) return false;
        const amount = Number(match[1]);
        const unit = (match[2] ?? '').toLowerCase();
        if (unit === '') return amount === 0;
        if (unit === '%') return amount <= 100;
        return amount * PX_PER_UNIT[unit] <= maxPx;
    };
}

/** Shorthands (margin: 0 4px, border: 1px solid red): every part must pass one of the rules. */
function parts(...rules: Rule[]): Rule {
    return (value) =>
        value
            .split(/\s+(?![^(]*\))/)
            .filter(Boolean)
            .every((part) => rules.some((rule) => rule(part)));
}

const color: Rule = (value) => COLOR.test(value);
const spacing = length(64, 'auto');
const borderWidth = length(8, 'thin', 'medium', 'thick');
const borderStyle = keywords(BORDER_STYLES);

const RULES: Record<string, Rule> = {
    color,
    'background-color': color,
    'font-weight': keywords('normal|bold|bolder|lighter|[1-9]00'),
    'font-style': keywords('normal|italic|oblique'),
    'font-family': (value) => /^[\w\s,"'-]{1,200}$/.test(value),
    'font-size': length(
        32,
        'xx-small',
        'x-small',
        'small',
        'medium',
        'large',
        'x-large',
        'smaller',
        'larger'
    ),
    'line-height': (value) =>
        value === 'normal' ||
        (/^\d(?:\.\d{1,3})?$/.test(value) && Number(value) <= 3) ||
        length(48)(value),
    'text-align': keywords('left|right|center|justify|start|end'),
    'vertical-align': keywords('baseline|top|middle|bottom|sub|super|text-top|text-bottom'),
    'text-decoration': parts(
        keywords('none|underline|overline|line-through|solid|double|dotted|dashed|wavy'),
        color
    ),
    'text-decoration-line': parts(keywords('none|underline|overline|line-through')),
    'text-decoration-color': color,
    'text-decoration-style': keywords('solid|double|dotted|dashed|wavy'),
    'white-space': keywords('normal|nowrap|pre|pre-wrap|pre-line|break-spaces'),
    'list-style-type': (value) => /^[a-z-]{1,30}$/i.test(value),
    'border-collapse': keywords('collapse|separate'),
    margin: parts(spacing),
    padding: parts(length(64)),
    border: parts(borderWidth, borderStyle, color),
    'border-width': parts(borderWidth),
    'border-style': parts(borderStyle),
    'border-color': parts(color)
};
for (const side of ['top', 'right', 'bottom', 'left']) {
    RULES[`margin-${side}`] = spacing;
    RULES[`padding-${side}`] = length(64);
    RULES[`border-${side}`] = RULES.border;
    RULES[`border-${side}-width`] = borderWidth;
    RULES[`border-${side}-style`] = borderStyle;
    RULES[`border-${side}-color`] = color;
}

/** Values that load, compute or escape: refused whatever the property. */
const ACTIVE_VALUE =
    /url\(|image\(|image-set|element\(|expression|var\(|env\(|attr\(|calc\(|[\\<>@{};!]/i;

/**
 * The declarations of a style attribute that pass the rules, as "name: value; …", or undefined. Properties
 * starting with one of `without` are left out (the caller sets its own).
 */
export function cleanStyle(
    declarations: CSSStyleDeclaration | undefined,
    without: readonly string[] = []
): string | undefined {
    if (!declarations) return undefined;
    const kept: string[] = [];
    for (let index = 0; index < declarations.length && index < 100; index++) {
        const name = declarations.item(index).toLowerCase();
        if (without.some((prefix) => name.startsWith(prefix))) continue;
        const value = declarations.getPropertyValue(name).trim();
        const rule = Object.prototype.hasOwnProperty.call(RULES, name) ? RULES[name] : undefined;
        if (rule && value && value.length <= 200 && !ACTIVE_VALUE.test(value) && rule(value)) {
            kept.push(`${name}: ${value};`);
        }
    }
    return kept.length > 0 ? kept.join(' ') : undefined;
}
