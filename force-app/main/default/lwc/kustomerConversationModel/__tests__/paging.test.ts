// The paging plan on its own (paging.ts): pages are facts, the count and the order hints. The viewer-level
// properties (every message exactly once through ViewerState) are in kustomerCaseConversation/__tests__.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
    clampPageSize,
    detectOrder,
    MAX_PROBES,
    PAGE_SIZE,
    PagePlan
} from 'c/kustomerConversationModel';
import type { PageFacts, PageOrder } from 'c/kustomerConversationModel';

/** Kustomer holding `actual` items in `order`, pages of min(asked, cap): what page `page` shows. */
function kustomer(actual: number, order: PageOrder, cap = PAGE_SIZE) {
    const size = Math.min(PAGE_SIZE, cap);
    const fetched: number[] = [];
    const items = (page: number) => {
        const numbers: number[] = [];
        for (let index = (page - 1) * size; index < Math.min(actual, page * size); index++) {
            numbers.push(order === 'asc' ? index : actual - 1 - index);
        }
        return numbers;
    };
    return {
        fetched,
        items,
        facts(page: number): PageFacts {
            fetched.push(page);
            const numbers = items(page);
            return {
                count: numbers.length,
                hasNext: page * size < actual,
                hasPrev: page > 1,
                times: numbers.map((n) => n * 60_000)
            };
        }
    };
}

/** First view then every older page: the pages fetched and the items shown. */
function walk(actual: number, hint: number | undefined, order: PageOrder, cap = PAGE_SIZE) {
    const server = kustomer(actual, order, cap);
    const plan = new PagePlan('asc', hint);
    plan.record(1, server.facts(1));
    for (let page = plan.nextProbe(); page !== undefined; page = plan.nextProbe())
        plan.record(page, server.facts(page));
    const firstView = server.fetched.length;
    const newest = plan.newestEnd();
    for (let page = plan.olderPage(); page !== undefined; page = plan.olderPage())
        plan.record(page, server.facts(page));
    const shown = plan.run().flatMap((page) => server.items(page));
    return { plan, firstView, newest, shown, fetched: server.fetched };
}

describe('PagePlan', () => {
    it('takes page 1 without a next page as the whole history, in either order', () => {
        for (const order of ['asc', 'desc'] as const) {
            const { firstView, shown, plan } = walk(73, 500, order);
            expect(firstView).toBe(1);
            expect(shown).toHaveLength(73);
            expect(plan.complete()).toBe(true);
            expect(plan.provenTotal(73)).toBe(73);
        }
    });

    it('takes a newest-first page 1 as the newest end', () => {
        const { firstView, newest } = walk(1234, 1234, 'desc');
        expect(firstView).toBe(1);
        expect(newest).toBe(1);
    });

    it('finds the last page of an oldest-first list from a right count in one more request', () => {
        const { firstView, newest, fetched } = walk(250, 250, 'asc');
        expect(firstView).toBe(2);
        expect(newest).toBe(3);
        expect(fetched).toEqual([1, 3, 2]);
    });

    it('steps back from an empty computed newest page (the count says more)', () => {
        // 150 messages, the count says 252: page 3 is empty, page 2 is the last.
        const { newest, shown, plan } = walk(150, 252, 'asc');
        expect(newest).toBe(2);
        expect(shown).toHaveLength(150);
        expect(plan.provenTotal(150)).toBe(150);
    });

    it('goes forward when the "newest" page has a next page (the count says less)', () => {
        // 120 with a count of 10: page 2 is still followed.
        const { newest, shown } = walk(120, 10, 'asc');
        expect(newest).toBe(2);
        expect(shown).toHaveLength(120);
    });

    it('proves the total from the last page before everything is loaded', () => {
        const server = kustomer(1234, 'asc');
        const plan = new PagePlan('asc', 1000);
        plan.record(1, server.facts(1));
        for (let page = plan.nextProbe(); page !== undefined; page = plan.nextProbe())
            plan.record(page, server.facts(page));
        expect(plan.newestEnd()).toBe(13);
        expect(plan.complete()).toBe(false);
        expect(plan.provenTotal(34)).toBe(1234);
    });

    it('reads the order across pages when page 1 cannot tell', () => {
        const plan = new PagePlan('asc', 300);
        plan.record(1, { count: 100, hasNext: true, hasPrev: false, times: [5] });
        plan.record(3, { count: 100, hasNext: true, hasPrev: true, times: [1, 1] });
        expect(plan.detected).toBe('desc');
        expect(plan.newestEnd()).toBe(1);
    });

    it('ends a newest-first list that never ends once a page brings nothing new', () => {
        const plan = new PagePlan('desc');
        plan.record(1, { count: 100, hasNext: true, hasPrev: false, times: [3, 2, 1] });
        expect(plan.olderPage()).toBe(2);
        plan.markExhausted();
        expect(plan.complete()).toBe(true);
        expect(plan.olderPage()).toBeUndefined();
    });

    it('clamps the preferred size to 10..100', () => {
        expect(clampPageSize(5)).toBe(10);
        expect(clampPageSize(500)).toBe(100);
        expect(clampPageSize('abc')).toBe(50);
    });

    it('reaches every item exactly once for any count, hint, order and server page size', () => {
        fc.assert(
            fc.property(
                fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: 20_000 })),
                fc.option(fc.integer({ min: 0, max: 40_000 }), { nil: undefined }),
                fc.constantFrom<PageOrder>('asc', 'desc'),
                fc.constantFrom(100, 100, 50, 30),
                (actual, hint, order, cap) => {
                    const { shown, plan, firstView } = walk(actual, hint, order, cap);
                    expect(plan.complete()).toBe(true);
                    expect(shown).toHaveLength(actual);
                    expect(new Set(shown).size).toBe(actual);
                    expect(firstView).toBeLessThanOrEqual(1 + MAX_PROBES);
                    const oneRound = actual <= Math.min(PAGE_SIZE, cap) || order === 'desc';
                    expect(oneRound ? firstView : 1).toBe(1);
                }
            ),
            { numRuns: 300 }
        );
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
