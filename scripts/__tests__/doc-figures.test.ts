// The docs quote figures the spec owns (page sizes, timeouts, TTLs, caps): each is marked in the doc
// (`300 s<!-- spec:PAGE_TTL_SECONDS -->`, scripts/lib/doc-figures.ts) and must say what contract/tables.json says,
// so a limit changed in the spec cannot leave a doc quoting the old one.
import { describe, expect, it } from '@jest/globals';
import { readTables } from '../lib/contract-tables.ts';
import { figureProblems, markedFigures, readMarkedFigures } from '../lib/doc-figures.ts';

const ROOT = process.cwd();
const { limits } = readTables(ROOT);
const problemsIn = (markdown: string): string[] =>
    figureProblems(markedFigures('doc.md', markdown), limits);

describe('figures the docs quote from the spec', () => {
    const figures = readMarkedFigures(ROOT);

    it('agree with contract/tables.json wherever a doc marks them', () => {
        expect(figureProblems(figures, limits)).toEqual([]);
    });

    it('are marked for every limit of the spec in docs/contract.md, the contract in prose', () => {
        const marked = new Set(
            figures.filter((f) => f.file === 'docs/contract.md').map((f) => f.name)
        );
        expect(limits.map((l) => l.name).filter((name) => !marked.has(name))).toEqual([]);
    });
});

describe('the figure check (scripts/lib/doc-figures.ts)', () => {
    it('accepts a figure in the unit the doc chose', () => {
        expect(
            problemsIn(
                [
                    'timeout 10 s<!-- spec:SYNC_TIMEOUT_MS --> and 20 s<!-- spec:CONTINUATION_TIMEOUT_SECONDS -->',
                    'people for 86,400 s<!-- spec:PEOPLE_TTL_SECONDS --> (24 h<!-- spec:PEOPLE_TTL_SECONDS -->)',
                    'over 100 KB<!-- spec:MAX_CACHE_ITEM_BYTES -->, over **50,000**<!-- spec:MAX_RICH_BODY -->',
                    'clamped to 1<!-- spec:MIN_RETRY_SECONDS -->..300<!-- spec:MAX_RETRY_SECONDS -->'
                ].join('\n')
            )
        ).toEqual([]);
    });

    it('names the file, line, figure and the spec value when a doc disagrees', () => {
        expect(problemsIn('x\npages of 50<!-- spec:MAX_PAGE_SIZE -->')).toEqual([
            'doc.md:2: says 50 for MAX_PAGE_SIZE; contract/tables.json says 100'
        ]);
        expect(problemsIn('timeout 15 s<!-- spec:SYNC_TIMEOUT_MS -->')).toEqual([
            'doc.md:1: says 15 s for SYNC_TIMEOUT_MS; contract/tables.json says 10000'
        ]);
    });

    it('refuses a limit the spec does not have, a marker without a figure, a unit that does not fit', () => {
        expect(problemsIn('100<!-- spec:MAX_PAGE_SIZ -->')).toEqual([
            'doc.md:1: marks MAX_PAGE_SIZ, which contract/tables.json has no limit of'
        ]);
        expect(problemsIn('the page size<!-- spec:MAX_PAGE_SIZE -->')).toEqual([
            'doc.md:1: the MAX_PAGE_SIZE marker follows no figure'
        ]);
        expect(problemsIn('100 s<!-- spec:MAX_PAGE_SIZE -->')).toEqual([
            'doc.md:1: "100 s" is not in a unit MAX_PAGE_SIZE can be stated in'
        ]);
    });
});
