import { describe, expect, it } from '@jest/globals';
import {
    clampPageSize,
    detectOrder,
    newestPage,
    olderPage,
    pageCount,
    planPageSize
} from 'c/kustomerConversationModel';

describe('planPageSize', () => {
    it('loads a short conversation in one page', () => {
        expect(planPageSize(8, 50)).toBe(50);
        expect(planPageSize(73, 50)).toBe(73);
        expect(planPageSize(100, 50)).toBe(50); // two full pages: the smaller payload wins
    });

    it('picks the size in [preferred, 100] that fills the newest page best', () => {
        // 101 messages: 50 → the last page holds 1 of 50; 51 → 50 of 51. 51 fills it best.
        expect(planPageSize(101, 50)).toBe(51);
        const ratio = (count: number, size: number) =>
            (count % size === 0 ? size : count % size) / size;
        for (const count of [1234, 999, 4321, 150]) {
            const size = planPageSize(count, 50);
            expect(size).toBeGreaterThanOrEqual(50);
            expect(size).toBeLessThanOrEqual(100);
            for (let other = 50; other <= 100; other++) {
                expect(ratio(count, size)).toBeGreaterThanOrEqual(ratio(count, other));
            }
        }
    });

    it('prefers the smaller size on ties and an exact fit', () => {
        expect(planPageSize(200, 50)).toBe(50);
    });

    it('clamps the preferred size to 10..100', () => {
        expect(clampPageSize(5)).toBe(10);
        expect(clampPageSize(500)).toBe(100);
        expect(clampPageSize('abc')).toBe(50);
        expect(planPageSize(undefined, 5)).toBe(10);
        expect(planPageSize(0, 30)).toBe(30);
    });

    it('never needs a page past 10,000', () => {
        expect(Math.ceil(900_000 / planPageSize(900_000, 10))).toBeLessThanOrEqual(10000);
    });
});

describe('newestPage and olderPage', () => {
    it('walks back from the last page in ascending order', () => {
        expect(pageCount(120, 50)).toBe(3);
        expect(newestPage(120, 50, 'asc')).toBe(3);
        expect(olderPage(120, 50, 'asc', 20)).toBe(2);
        expect(olderPage(120, 50, 'asc', 70)).toBe(1);
        expect(olderPage(120, 50, 'asc', 120)).toBeUndefined();
    });

    it('walks forward from page 1 in descending order', () => {
        expect(newestPage(120, 50, 'desc')).toBe(1);
        expect(olderPage(120, 50, 'desc', 50)).toBe(2);
        expect(olderPage(120, 50, 'desc', 100)).toBe(3);
    });

    it('survives new messages arriving between loads (counts, not page numbers)', () => {
        // 120 messages, newest 20 loaded from page 3 (size 50); 5 more arrive: 125.
        expect(olderPage(125, 50, 'asc', 20)).toBe(3);
    });

    it('stops with no count', () => {
        expect(olderPage(undefined, 50, 'asc', 10)).toBeUndefined();
    });
});

describe('detectOrder', () => {
    it('tells ascending from descending pages', () => {
        expect(detectOrder([1, 2, 3])).toBe('asc');
        expect(detectOrder([3, 2, 1])).toBe('desc');
        expect(detectOrder([1, undefined, 3, 2, 4])).toBe('asc');
        expect(detectOrder([1])).toBeUndefined();
        expect(detectOrder([2, 2])).toBeUndefined();
    });
});
