// Figures the docs quote from the contract's spec (contract/tables.json limits): each is marked where it stands,
// `10 s<!-- spec:SYNC_TIMEOUT_MS -->`, an HTML comment Markdown does not show. The check reads the figure just
// before each marker (a number with optional thousands separators, then an optional unit), converts it to the
// limit's own unit (named by its suffix: _MS, _SECONDS, _BYTES, else a plain count; a bare number is already in it)
// and says where a doc disagrees with the spec, names a limit the spec does not have, or marks no figure.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Limit } from './contract-tables.ts';

export interface MarkedFigure {
    file: string;
    line: number;
    name: string;
    /** The figure as written, e.g. `86,400 s`; undefined when no figure stands before the marker. */
    text?: string;
    /** In the limit's unit; undefined when the figure's unit does not fit the limit. */
    value?: number;
}

// A marker quoted in a code span (`<!-- spec:NAME -->`, as docs explain the convention) marks nothing.
const MARKER = /(?<!`)<!--\s*spec:([A-Z][A-Z0-9_]*)\s*-->/g;
// The figure right before a marker: `1,000,000`, `10 s`, `100 KB`, `**20,000**`, `1..300` (the 300).
const FIGURE = /(\d[\d,]*(?:\.\d+)?)(?:\s*(ms|s|min|h|KB|MB|bytes|characters))?\**\s*$/;

/**
 * Factors from a unit to the base unit of each kind of limit; a unit missing for its kind does not fit. A bare number
 * is in the limit's own unit ("clamped to 1..300" of retryAfterSeconds).
 */
const UNITS: Record<'ms' | 'seconds' | 'bytes' | 'count', Record<string, number>> = {
    ms: { '': 1, ms: 1, s: 1000, min: 60_000 },
    seconds: { '': 1, s: 1, min: 60, h: 3600 },
    bytes: { '': 1, bytes: 1, KB: 1024, MB: 1024 * 1024 },
    count: { '': 1, characters: 1 }
};

function kindOf(name: string): keyof typeof UNITS {
    if (name.endsWith('_MS')) return 'ms';
    if (name.endsWith('_SECONDS')) return 'seconds';
    if (name.endsWith('_BYTES')) return 'bytes';
    return 'count';
}

/** The marked figures of one Markdown text, in order. */
export function markedFigures(file: string, text: string): MarkedFigure[] {
    const found: MarkedFigure[] = [];
    for (const match of text.matchAll(MARKER)) {
        const name = match[1] as string;
        const before = text.slice(0, match.index);
        const line = before.split('\n').length;
        const figure = FIGURE.exec(before.slice(-40));
        if (!figure) {
            found.push({ file, line, name });
            continue;
        }
        const number = Number((figure[1] as string).replace(/,/g, ''));
        const factor = UNITS[kindOf(name)][figure[2] ?? ''];
        found.push({
            file,
            line,
            name,
            text: figure[0].replace(/\*+$/, '').trim(),
            ...(factor === undefined ? {} : { value: number * factor })
        });
    }
    return found;
}

/** What is wrong with the marked figures, one line each (`file:line: …`); empty when the docs agree. */
export function figureProblems(figures: MarkedFigure[], limits: Limit[]): string[] {
    const byName = new Map(limits.map((limit) => [limit.name, limit.value]));
    return figures.flatMap((figure) => {
        const where = `${figure.file}:${figure.line}`;
        const expected = byName.get(figure.name);
        if (expected === undefined)
            return [`${where}: marks ${figure.name}, which contract/tables.json has no limit of`];
        if (figure.text === undefined)
            return [`${where}: the ${figure.name} marker follows no figure`];
        if (figure.value === undefined)
            return [`${where}: "${figure.text}" is not in a unit ${figure.name} can be stated in`];
        return figure.value === expected
            ? []
            : [
                  `${where}: says ${figure.text} for ${figure.name}; contract/tables.json says ${expected}`
              ];
    });
}

/** The docs that may quote the spec: README.md and docs/*.md, relative to the project root. */
export function docFiles(root: string): string[] {
    const docs = readdirSync(join(root, 'docs'))
        .filter((file) => file.endsWith('.md'))
        .sort()
        .map((file) => join('docs', file));
    return ['README.md', ...docs];
}

export function readMarkedFigures(root: string): MarkedFigure[] {
    return docFiles(root).flatMap((file) =>
        markedFigures(file, readFileSync(join(root, file), 'utf8'))
    );
}
