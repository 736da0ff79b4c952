// Apex source helpers for text rules: mask comments and string contents (same offsets, newlines kept) so that
// keyword searches never match inside a comment or a literal, and find out whether a class is a test class.

/** Same length as `source`: comments blanked, string literal contents blanked (quotes kept). */
export function maskApex(source: string): string {
    let out = '';
    let i = 0;
    while (i < source.length) {
        const c = source[i];
        const next = source[i + 1];
        if (c === '/' && next === '/') {
            while (i < source.length && source[i] !== '\n') {
                out += ' ';
                i++;
            }
        } else if (c === '/' && next === '*') {
            const end = source.indexOf('*/', i + 2);
            const stop = end === -1 ? source.length : end + 2;
            out += source.slice(i, stop).replace(/[^\n]/g, ' ');
            i = stop;
        } else if (c === "'") {
            out += "'";
            i++;
            while (i < source.length && source[i] !== "'" && source[i] !== '\n') {
                if (source[i] === '\\') {
                    out += ' ';
                    i++;
                }
                out += ' ';
                i++;
            }
            if (i < source.length) {
                out += source[i];
                i++;
            }
        } else {
            out += c;
            i++;
        }
    }
    return out;
}

/** Source with comments blanked but strings kept (same offsets). */
export function stripComments(source: string): string {
    const masked = maskApex(source);
    let out = '';
    let inString = false;
    for (let i = 0; i < source.length; i++) {
        if (masked[i] === "'") inString = !inString;
        out += inString || masked[i] === "'" ? source[i] : masked[i];
    }
    return out;
}

/** True when the top-level type is annotated @IsTest. */
export function isTestClass(source: string): boolean {
    const masked = maskApex(source);
    const head = masked.slice(0, masked.search(/\b(class|interface|enum|trigger)\b/i) + 1);
    return /@istest\b/i.test(head);
}

/** The inline SOQL/SOSL queries: `[SELECT ...]` / `[FIND ...]`, with their offset. */
export function inlineQueries(masked: string): Array<{ offset: number; text: string }> {
    const queries: Array<{ offset: number; text: string }> = [];
    const start = /\[\s*(select|find)\b/gi;
    let match: RegExpExecArray | null;
    while ((match = start.exec(masked))) {
        let depth = 0;
        let end = match.index;
        for (; end < masked.length; end++) {
            if (masked[end] === '[') depth++;
            else if (masked[end] === ']' && --depth === 0) break;
        }
        queries.push({ offset: match.index, text: masked.slice(match.index, end + 1) });
        start.lastIndex = end;
    }
    return queries;
}

/** The argument text of each call `name(` (balanced parentheses), with its offset, in masked source. */
export function callArguments(
    masked: string,
    name: RegExp
): Array<{ offset: number; args: string; argsOffset: number }> {
    const calls: Array<{ offset: number; args: string; argsOffset: number }> = [];
    const pattern = new RegExp(`${name.source}\\s*\\(`, 'gi');
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(masked))) {
        const open = match.index + match[0].length;
        let depth = 1;
        let end = open;
        for (; end < masked.length && depth > 0; end++) {
            if (masked[end] === '(') depth++;
            else if (masked[end] === ')') depth--;
        }
        calls.push({ offset: match.index, args: masked.slice(open, end - 1), argsOffset: open });
    }
    return calls;
}

/**
 * The custom permission name a checkPermission argument holds: a string literal, or a constant of the class
 * initialised with one (`PERMISSION = 'Name'`); undefined when it is computed.
 */
export function permissionName(
    source: string,
    masked: string,
    args: string,
    argsOffset: number
): string | undefined {
    const literal = /^\s*'/.exec(args);
    if (literal) {
        const start = argsOffset + literal[0].length;
        return source.slice(start, masked.indexOf("'", start));
    }
    const ident = /^\s*(\w+)\s*$/.exec(args)?.[1];
    if (!ident) return undefined;
    const declaration = new RegExp(`\\b${ident}\\s*=\\s*'`).exec(masked);
    if (!declaration) return undefined;
    const start = declaration.index + declaration[0].length;
    return source.slice(start, masked.indexOf("'", start));
}
