// Rewrites Apex syntax newer than ApexLink 2.3.7's parser (about API 55) into older syntax with the same types,
// keeping every line where it was, so ApexLink checks the rest of the class instead of stopping at a syntax error.
// Only the copy that ApexLink reads is rewritten, never the package source.
import { callArguments, maskApex } from './apex-source.ts';

const blank = (text: string): string => text.replace(/[^\n]/g, ' ');

function replaceMasked(
    source: string,
    masked: string,
    pattern: RegExp,
    replace: (match: RegExpExecArray) => string
): { source: string; masked: string } {
    let out = source;
    let outMasked = masked;
    for (const match of [...masked.matchAll(pattern)].reverse()) {
        const replacement = replace(match);
        out = out.slice(0, match.index) + replacement + out.slice(match.index + match[0].length);
        outMasked =
            outMasked.slice(0, match.index) +
            blank(replacement) +
            outMasked.slice(match.index + match[0].length);
    }
    return { source: out, masked: outMasked };
}

/** End of the right operand of `??` starting at `from`: the first depth-0 `;`, `,`, `)`, `]`, `}` or `:`. */
function operandEnd(masked: string, from: number): number {
    let depth = 0;
    for (let i = from; i < masked.length; i++) {
        const c = masked[i];
        if ('([{'.includes(c)) depth++;
        else if (')]}'.includes(c)) {
            if (depth === 0) return i;
            depth--;
        } else if (depth === 0 && (c === ';' || c === ',' || (c === ':' && masked[i - 1] !== ':')))
            return i;
    }
    return masked.length;
}

export function preprocessForApexLink(original: string): string {
    let state = { source: original, masked: maskApex(original) };
    // SOQL/SOSL `WITH USER_MODE` / `WITH SYSTEM_MODE` (API 57+): dropped, the query keeps its fields and types.
    state = replaceMasked(state.source, state.masked, /\bWITH\s+(USER_MODE|SYSTEM_MODE)\b/gi, (m) =>
        blank(m[0])
    );
    // DML `insert as user x` (API 57+): the access mode is dropped.
    state = replaceMasked(state.source, state.masked, /\bas\s+(user|system)\b/gi, (m) =>
        blank(m[0])
    );
    // `Database.query(q, AccessLevel.USER_MODE)` and friends: the AccessLevel argument of Database methods is
    // dropped (methods of the package that take an AccessLevel keep theirs: the type is filtered instead).
    for (const call of callArguments(state.masked, /\bDatabase\s*\.\s*\w+/).reverse()) {
        const args = state.source.slice(call.argsOffset, call.argsOffset + call.args.length);
        const stripped = args.replace(/,\s*(System\s*\.\s*)?AccessLevel\s*\.\s*\w+\s*$/i, (m) =>
            blank(m)
        );
        if (stripped === args) continue;
        state = {
            source:
                state.source.slice(0, call.argsOffset) +
                stripped +
                state.source.slice(call.argsOffset + args.length),
            masked:
                state.masked.slice(0, call.argsOffset) +
                [...call.args].map((c, i) => (stripped[i] === args[i] ? c : ' ')).join('') +
                state.masked.slice(call.argsOffset + args.length)
        };
    }
    // `a ?? b` (API 60+): the right operand is blanked, so the expression keeps the type of `a`.
    for (let i = state.masked.indexOf('??'); i !== -1; i = state.masked.indexOf('??', i + 2)) {
        const end = operandEnd(state.masked, i + 2);
        const piece = blank(state.source.slice(i, end));
        state = {
            source: state.source.slice(0, i) + piece + state.source.slice(end),
            masked: state.masked.slice(0, i) + piece + state.masked.slice(end)
        };
    }
    return state.source;
}
