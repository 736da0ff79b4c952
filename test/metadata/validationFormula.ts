// A small evaluator for the validation-rule formulas the package ships, so their logic runs offline (the org runs
// them for real: KustomerLinkRuleTest). It knows exactly the functions the package uses (AND, OR, NOT, ISNEW,
// ISCHANGED, ISBLANK, REGEX), field references and $Permission; anything else throws, so a formula that grows
// beyond it fails its test instead of passing untried.

export type FieldValues = Readonly<Record<string, string | null | undefined>>;

export interface SaveContext {
    isNew: boolean;
    /** Field values before the save (ignored when isNew). */
    old: FieldValues;
    /** Field values being saved. */
    new: FieldValues;
    /** Custom permissions of the user saving. */
    permissions: ReadonlySet<string>;
}

type Value = boolean | string | null;
type Node =
    | { kind: 'call'; name: string; args: Node[] }
    | { kind: 'string'; value: string }
    | { kind: 'field'; name: string }
    | { kind: 'permission'; name: string }
    | { kind: 'boolean'; value: boolean };

const TOKEN = /\s*(?:(")((?:[^"\\]|\\.)*)"|(\$Permission\.\w+)|(\w+)|([(),]))/y;

function tokenize(formula: string): string[] {
    const tokens: string[] = [];
    TOKEN.lastIndex = 0;
    while (TOKEN.lastIndex < formula.trimEnd().length) {
        const start = TOKEN.lastIndex;
        const match = TOKEN.exec(formula);
        if (!match)
            throw new Error(
                `formula: cannot read at ${start}: ${formula.slice(start, start + 20)}`
            );
        tokens.push(match[1] ? `"${match[2]}` : (match[3] ?? match[4] ?? match[5]));
    }
    return tokens;
}

function parse(tokens: string[]): Node {
    let at = 0;
    const next = (): string => {
        if (at >= tokens.length) throw new Error('formula: unexpected end');
        return tokens[at++];
    };
    const expression = (): Node => {
        const token = next();
        if (token.startsWith('"'))
            return { kind: 'string', value: token.slice(1).replace(/\\(.)/g, '$1') };
        if (token.startsWith('$Permission.')) return { kind: 'permission', name: token.slice(12) };
        if (/^(?:TRUE|FALSE)$/i.test(token))
            return { kind: 'boolean', value: /^TRUE$/i.test(token) };
        if (!/^\w+$/.test(token)) throw new Error(`formula: unexpected ${token}`);
        if (tokens[at] !== '(') return { kind: 'field', name: token };
        next();
        const args: Node[] = [];
        while (tokens[at] !== ')') {
            args.push(expression());
            if (tokens[at] === ',') next();
            else if (tokens[at] !== ')')
                throw new Error(`formula: expected , or ) after ${token}(`);
        }
        next();
        return { kind: 'call', name: token.toUpperCase(), args };
    };
    const root = expression();
    if (at !== tokens.length) throw new Error(`formula: trailing ${tokens.slice(at).join(' ')}`);
    return root;
}

/** Salesforce stores an empty text field as null. */
function blankToNull(value: string | null | undefined): string | null {
    return value === undefined || value === '' ? null : value;
}

function evaluate(node: Node, context: SaveContext): Value {
    switch (node.kind) {
        case 'string':
            return node.value;
        case 'boolean':
            return node.value;
        case 'field':
            return blankToNull(context.new[node.name]);
        case 'permission':
            return context.permissions.has(node.name);
        case 'call':
            return call(node.name, node.args, context);
    }
}

function bool(value: Value, what: string): boolean {
    if (typeof value !== 'boolean') throw new Error(`formula: ${what} needs a boolean`);
    return value;
}

function fieldName(node: Node, what: string): string {
    if (node.kind !== 'field') throw new Error(`formula: ${what} needs a field`);
    return node.name;
}

function call(name: string, args: Node[], context: SaveContext): Value {
    const value = (index: number) => evaluate(args[index], context);
    switch (name) {
        case 'AND':
            return args.every((_, index) => bool(value(index), 'AND'));
        case 'OR':
            return args.some((_, index) => bool(value(index), 'OR'));
        case 'NOT':
            return !bool(value(0), 'NOT');
        case 'ISNEW':
            return context.isNew;
        case 'ISCHANGED': {
            const field = fieldName(args[0], 'ISCHANGED');
            return (
                !context.isNew &&
                blankToNull(context.old[field]) !== blankToNull(context.new[field])
            );
        }
        case 'ISBLANK':
            return value(0) === null;
        case 'REGEX': {
            // Java's Matcher.matches(): the whole text must match; a blank field never does.
            const text = value(0);
            const pattern = value(1);
            if (typeof pattern !== 'string') throw new Error('formula: REGEX needs a pattern');
            return typeof text === 'string' && new RegExp(`^(?:${pattern})$`, 'u').test(text);
        }
        default:
            throw new Error(`formula: the evaluator does not know ${name}()`);
    }
}

/** Whether the rule's error condition is true for this save, i.e. the save is refused. */
export function refuses(formula: string, context: SaveContext): boolean {
    return bool(evaluate(parse(tokenize(formula)), context), 'the error condition');
}
