// Counts and order are hints, pages are facts (issue 11, item 1): over random (actual count, reported count: exact,
// 0, absent, over, under, stale; ascending or descending; Kustomer's own page-size cap; the App Builder's page size),
// the viewer reaches every message exactly once, never states a total the pages do not prove, never says "no
// messages" while a page has some, says so when the count and the pages disagree, and makes the first view in one
// round trip for ≤ 100 messages (two with a right count above that).
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import fc from 'fast-check';
import { conversationMock, messagesMock, serveSynthetic } from './utils/apexMocks';
import { ViewerState } from '../viewerState';
import { hexId } from './utils/helpers';

const SETTINGS = { locale: 'en-US', timeZone: 'UTC' };
let counter = 0;

type Reported = 'exact' | 'zero' | 'absent' | 'over' | 'under' | 'stale';

interface World {
    actual: number;
    reported: Reported;
    delta: number;
    order: 'asc' | 'desc';
    serverCap: number;
    preferred: number;
}

function reportedCount(world: World): number | undefined {
    switch (world.reported) {
        case 'exact':
            return world.actual;
        case 'zero':
            return 0;
        case 'absent':
            return undefined;
        case 'over':
            return world.actual + world.delta;
        case 'under':
            return Math.max(0, world.actual - world.delta);
        default:
            // A count from before the last few messages arrived.
            return Math.max(0, world.actual - Math.min(5, world.delta));
    }
}

const worlds = fc.record({
    actual: fc.oneof(fc.integer({ min: 0, max: 260 }), fc.integer({ min: 0, max: 650 })),
    reported: fc.constantFrom<Reported>('exact', 'zero', 'absent', 'over', 'under', 'stale'),
    delta: fc.integer({ min: 1, max: 320 }),
    order: fc.constantFrom<'asc' | 'desc'>('asc', 'desc'),
    serverCap: fc.constantFrom(100, 100, 100, 60, 25),
    preferred: fc.constantFrom(10, 50, 100)
});

async function viewAll(world: World, arrivals = 0) {
    const count = reportedCount(world);
    const held = {
        total: world.actual,
        order: world.order,
        messageCount: count === undefined ? null : count,
        serverCap: world.serverCap
    };
    serveSynthetic(held);
    const state = new ViewerState({
        caseId: `prop${counter++}`,
        preferredPageSize: world.preferred,
        includeNotes: true,
        settings: SETTINGS
    });
    const totals: Array<number | undefined> = [];
    expect(await state.loadFirst(false)).toEqual({ ok: true });
    const firstView = {
        conversations: conversationMock.mock.calls.length,
        pages: messagesMock.mock.calls.length,
        shown: state.messages.length
    };
    totals.push(state.totalCount);
    // Messages that arrive after the first view: newest first they shift every page.
    held.total += arrivals;
    const limit = Math.ceil(world.actual / Math.min(100, world.serverCap)) + 10;
    for (let step = 0; !state.complete && step < limit; step++) {
        // eslint-disable-next-line no-await-in-loop
        expect(await state.loadOlder()).toEqual({ ok: true });
        totals.push(state.totalCount);
    }
    return { state, firstView, totals };
}

describe('paging properties: counts and order are hints, pages are facts', () => {
    afterEach(() => {
        jest.clearAllMocks();
    });

    it('reaches every message exactly once, whatever the count and the order say', async () => {
        await fc.assert(
            fc.asyncProperty(worlds, async (world) => {
                jest.clearAllMocks();
                const { state, firstView } = await viewAll(world);
                // Never "no messages" while a page has some.
                expect(firstView.shown > 0).toBe(world.actual > 0);
                expect(state.complete).toBe(true);
                const ids = state.messages.map((entry) => entry.id);
                expect(new Set(ids).size).toBe(ids.length);
                expect([...ids].sort()).toEqual(
                    Array.from({ length: world.actual }, (_, n) => hexId(n)).sort()
                );
            }),
            { numRuns: 200 }
        );
    });

    it('still reaches every message when new ones arrive between loads', async () => {
        await fc.assert(
            fc.asyncProperty(worlds, fc.integer({ min: 1, max: 150 }), async (world, arrivals) => {
                jest.clearAllMocks();
                const { state } = await viewAll(world, arrivals);
                expect(state.complete).toBe(true);
                const ids = state.messages.map((entry) => entry.id);
                expect(new Set(ids).size).toBe(ids.length);
                for (let n = 0; n < world.actual; n++) expect(ids).toContain(hexId(n));
            }),
            { numRuns: 150 }
        );
    });

    it('states "N of M" only with the M the pages prove', async () => {
        await fc.assert(
            fc.asyncProperty(worlds, async (world) => {
                jest.clearAllMocks();
                const { state, totals } = await viewAll(world);
                for (const total of totals) expect([undefined, world.actual]).toContain(total);
                expect(state.totalCount).toBe(world.actual);
            }),
            { numRuns: 150 }
        );
    });

    it('says so when the count and the pages disagree, and only then', async () => {
        await fc.assert(
            fc.asyncProperty(worlds, async (world) => {
                jest.clearAllMocks();
                const { state } = await viewAll(world);
                const count = reportedCount(world);
                const keys = state.notices(true).map((notice) => notice.key);
                expect(keys.includes('count')).toBe(count !== undefined && count !== world.actual);
            }),
            { numRuns: 150 }
        );
    });

    it('makes the first view in one round trip up to 100 messages, two above with a right count', async () => {
        await fc.assert(
            fc.asyncProperty(
                worlds.filter((world) => world.serverCap === 100),
                async (world) => {
                    jest.clearAllMocks();
                    const { firstView } = await viewAll({ ...world });
                    expect(firstView.conversations).toBe(1);
                    const oneRound = world.actual <= 100 || world.order === 'desc';
                    // One round trip: no messages request; two with a right count: exactly one.
                    const expected = oneRound
                        ? 0
                        : world.reported === 'exact'
                          ? 1
                          : firstView.pages;
                    expect(firstView.pages).toBe(expected);
                }
            ),
            { numRuns: 150 }
        );
    });
});
