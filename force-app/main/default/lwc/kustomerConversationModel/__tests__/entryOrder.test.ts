// The timeline's order and the one sort per change: pages sorted once, lists in order merged (never sorted again),
// each entry once, the last page winning, ties in page order.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { compareEntries, entryKey, mergePages, mergeSorted } from 'c/kustomerConversationModel';
import type { TimelineEntry } from 'c/kustomerConversationModel';

/** An entry with only what the order reads (and a text to tell versions apart). */
function message(id: string, time: number, text = id): TimelineEntry {
    return { id, kind: 'message', time, order: 0, text } as TimelineEntry;
}

describe('entry order', () => {
    it('a refreshed page wins: same id, its entry in its own place', () => {
        const page = [message('m1', 1, 'first'), message('m2', 2), message('m3', 3)];
        const merged = mergePages([page, [message('m1', 1, 'edited')]]);
        expect(merged.map((item) => item.id)).toEqual(['m1', 'm2', 'm3']);
        expect(merged[0].text).toBe('edited');
    });

    /** Pages of entries (ids from a small pool, few distinct times: many repeats and ties), each in order. */
    const pages = fc.array(
        fc.array(
            fc.record({
                id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
                time: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
                order: fc.integer({ min: 0, max: 2 })
            }),
            { maxLength: 6 }
        ),
        { maxLength: 5 }
    );

    it('mergePages keeps every entry once, in order, the last page winning, ties in page order', () => {
        fc.assert(
            fc.property(pages, (specs) => {
                const runs = specs.map((page, p) =>
                    page
                        .map(
                            (spec, i) =>
                                ({ ...spec, kind: 'message', text: `${p}.${i}` }) as TimelineEntry
                        )
                        .sort(compareEntries)
                );
                const merged = mergePages(runs);
                // The winner of each id: its last occurrence, over the pages in order.
                const winners = new Map(runs.flat().map((entry) => [entryKey(entry), entry]));
                expect(merged.length).toBe(winners.size);
                expect(new Set(merged.map(entryKey)).size).toBe(winners.size);
                for (const entry of merged) expect(winners.get(entryKey(entry))).toBe(entry);
                // Ordered, and equal entries in the order of their pages (a stable sort's answer).
                const expected = runs
                    .flat()
                    .filter((entry) => winners.get(entryKey(entry)) === entry)
                    .sort(compareEntries);
                expect(merged).toEqual(expected);
                merged.forEach((entry, i) =>
                    expect(i === 0 || compareEntries(merged[i - 1], entry) <= 0).toBe(true)
                );
            })
        );
    });

    it('mergeSorted leaves lists already in order as they are: the first list first on ties', () => {
        const tie = (id: string, kind: 'message' | 'note') =>
            ({ id, kind, time: 5, order: 0 }) as TimelineEntry;
        const a = [tie('x', 'message'), tie('y', 'message')];
        const b = [tie('z', 'message')];
        expect(mergeSorted(a, b).map((entry) => entry.id)).toEqual(['x', 'y', 'z']);
        expect(mergeSorted(b, a).map((entry) => entry.id)).toEqual(['z', 'x', 'y']);
        expect(mergeSorted([tie('n', 'note')], a).map((entry) => entry.id)).toEqual([
            'x',
            'y',
            'n'
        ]);
    });
});
