import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
    atEdge,
    growWindow,
    newestWindow,
    remapWindow,
    stepToward,
    windowIncluding
} from '../renderWindow';

const keys = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, n) => `k${from + n}`);

describe('renderWindow', () => {
    it('starts at the newest end, at most the limit long', () => {
        expect(newestWindow(2000, 'start', 120)).toEqual({ start: 0, end: 120 });
        expect(newestWindow(2000, 'end', 120)).toEqual({ start: 1880, end: 2000 });
        expect(newestWindow(30, 'end', 120)).toEqual({ start: 0, end: 30 });
        expect(newestWindow(0, 'start', 120)).toEqual({ start: 0, end: 0 });
    });

    it('grows toward the reader and gives way at the other end', () => {
        expect(growWindow({ start: 0, end: 120 }, 2000, 'end', 30, 120)).toEqual({
            start: 30,
            end: 150
        });
        expect(growWindow({ start: 30, end: 150 }, 2000, 'start', 30, 120)).toEqual({
            start: 0,
            end: 120
        });
        expect(growWindow({ start: 1900, end: 2000 }, 2000, 'end', 30, 120)).toEqual({
            start: 1900,
            end: 2000
        });
    });

    it('keeps what it showed when older entries arrive, and follows an end it touched', () => {
        // Newest first, older page appended at the end while the reader is at the bottom.
        const before = keys(0, 100);
        const after = keys(0, 150);
        expect(remapWindow({ start: 0, end: 100 }, before, after, 'start', 120)).toEqual({
            start: 30,
            end: 150
        });
        expect(remapWindow({ start: 40, end: 100 }, before, after, 'start', 120)).toEqual({
            start: 40,
            end: 150
        });
        // Oldest first: the older page arrives at the start; the window over k0..k59 moves with them.
        const chatBefore = keys(100, 200);
        const chatAfter = keys(50, 200);
        expect(remapWindow({ start: 50, end: 100 }, chatBefore, chatAfter, 'end', 120)).toEqual({
            start: 100,
            end: 150
        });
        // New messages at the newest end of a window that touched it appear.
        expect(
            remapWindow(
                { start: 0, end: 50 },
                keys(0, 100),
                ['n1', 'n2', ...keys(0, 100)],
                'start',
                120
            )
        ).toEqual({
            start: 0,
            end: 52
        });
    });

    it('falls back to the newest end when nothing it showed is left (a filter)', () => {
        expect(remapWindow({ start: 10, end: 20 }, keys(0, 50), ['x', 'y'], 'start', 120)).toEqual({
            start: 0,
            end: 2
        });
    });

    it('moves just enough to show an entry with a few neighbours', () => {
        const window = { start: 100, end: 220 };
        expect(windowIncluding(window, 150, 2000, 120)).toBe(window);
        expect(windowIncluding(window, 1500, 2000, 120)).toEqual({ start: 1386, end: 1506 });
        expect(windowIncluding(window, 3, 2000, 120)).toEqual({ start: 0, end: 120 });
        expect(windowIncluding(window, 96, 2000, 120)).toEqual({ start: 91, end: 211 });
    });

    it('says when an end of the list is rendered', () => {
        expect(atEdge({ start: 0, end: 10 }, 10, 'start')).toBe(true);
        expect(atEdge({ start: 0, end: 10 }, 10, 'end')).toBe(true);
        expect(atEdge({ start: 5, end: 10 }, 20, 'end')).toBe(false);
    });

    it('always stays inside the list and within the limit (property)', () => {
        fc.assert(
            fc.property(
                fc.integer({ min: 0, max: 3000 }),
                fc.integer({ min: 0, max: 3000 }),
                fc.integer({ min: 0, max: 3000 }),
                fc.integer({ min: 1, max: 200 }),
                fc.constantFrom<'start' | 'end'>('start', 'end'),
                (total, a, b, limit, side) => {
                    const start = Math.min(a, b, total);
                    const end = Math.min(Math.max(a, b), total);
                    const windows = [
                        newestWindow(total, side, limit),
                        growWindow({ start, end }, total, side, 30, limit),
                        windowIncluding({ start, end }, Math.min(a, total - 1), total, limit),
                        remapWindow({ start, end }, keys(0, total), keys(0, b), side, limit)
                    ];
                    const totals = [total, total, total, b];
                    windows.forEach((w, n) => {
                        expect(w.start).toBeGreaterThanOrEqual(0);
                        expect(w.end).toBeLessThanOrEqual(totals[n]);
                        expect(w.start).toBeLessThanOrEqual(w.end);
                        expect(w.end - w.start).toBeLessThanOrEqual(limit);
                    });
                }
            )
        );
    });
});

describe('stepToward', () => {
    it('adds first, then drops the start, then the end (so LWC moves no element)', () => {
        const steps: Array<{ start: number; end: number }> = [];
        let current = { start: 0, end: 120 };
        const target = { start: 30, end: 150 };
        for (let next = stepToward(current, target); next; next = stepToward(current, target)) {
            steps.push(next);
            current = next;
        }
        expect(steps).toEqual([
            { start: 0, end: 150 },
            { start: 30, end: 150 }
        ]);
        expect(stepToward({ start: 0, end: 150 }, { start: 30, end: 120 })).toEqual({
            start: 30,
            end: 150
        });
        expect(stepToward({ start: 30, end: 150 }, { start: 30, end: 120 })).toEqual({
            start: 30,
            end: 120
        });
    });

    it('replaces a window it does not overlap in one render', () => {
        expect(stepToward({ start: 0, end: 120 }, { start: 1000, end: 1120 })).toEqual({
            start: 1000,
            end: 1120
        });
        expect(stepToward({ start: 5, end: 9 }, { start: 5, end: 9 })).toBeUndefined();
    });
});
