import { describe, expect, it } from '@jest/globals';
import { LABELS } from 'c/kustomerConversationLabels';
import { SEARCH_ALL_MAX_REQUESTS, SearchAll, searchScope } from '../searchAll';
import type { OlderPages, SearchAllProgress } from '../searchAll';

/** A history of `total` messages loaded `page` at a time, `loaded` of them already there. */
function history(
    total: number,
    loaded: number,
    page: number,
    failAt?: number
): OlderPages & { calls: number; loadedCount: number } {
    return {
        calls: 0,
        loadedCount: loaded,
        get complete() {
            return this.loadedCount >= total;
        },
        async loadOlder() {
            this.calls++;
            if (this.calls === failAt)
                return { ok: false as const, error: { code: 'TIMEOUT', message: '' } };
            this.loadedCount = Math.min(total, this.loadedCount + page);
            return { ok: true as const };
        }
    };
}

describe('SearchAll', () => {
    it('loads the remaining pages one after the other and reports each', async () => {
        const pages = history(1200, 50, 50);
        const seen: SearchAllProgress[] = [];
        const result = await new SearchAll(pages).run((progress) => seen.push(progress));
        expect(result).toMatchObject({ requests: 23, running: false, end: 'complete' });
        expect(pages.calls).toBe(23);
        expect(pages.loadedCount).toBe(1200);
        expect(seen.filter((p) => p.running).map((p) => p.requests)).toEqual(
            Array.from({ length: 23 }, (_, n) => n + 1)
        );
    });

    it('never makes more requests than its budget, and says it stopped there', async () => {
        const pages = history(5000, 50, 50);
        const result = await new SearchAll(pages).run(() => {});
        expect(pages.calls).toBe(SEARCH_ALL_MAX_REQUESTS);
        expect(result).toMatchObject({ requests: SEARCH_ALL_MAX_REQUESTS, end: 'budget' });
        // Pressing it again continues from there, with a fresh budget.
        await new SearchAll(pages, 10).run(() => {});
        expect(pages.calls).toBe(SEARCH_ALL_MAX_REQUESTS + 10);
    });

    it('stops after the page in flight when cancelled', async () => {
        const pages = history(1200, 50, 50);
        const run = new SearchAll(pages);
        const result = await run.run((progress) => {
            if (progress.requests === 3) run.cancel();
        });
        expect(pages.calls).toBe(3);
        expect(result.end).toBe('cancelled');
    });

    it('stops at a failed page and keeps the error', async () => {
        const pages = history(1200, 50, 50, 2);
        const result = await new SearchAll(pages).run(() => {});
        expect(result).toMatchObject({ requests: 2, end: 'failed', error: { code: 'TIMEOUT' } });
    });

    it('asks nothing when everything is loaded', async () => {
        const pages = history(40, 40, 50);
        const result = await new SearchAll(pages).run(() => {});
        expect(pages.calls).toBe(0);
        expect(result.end).toBe('complete');
    });

    it('goes on past a page that brings nothing (overlapping pages), within its budget', async () => {
        const pages = history(1200, 50, 0);
        const result = await new SearchAll(pages).run(() => {});
        expect(pages.calls).toBe(SEARCH_ALL_MAX_REQUESTS);
        expect(result.end).toBe('budget');
    });
});

describe('searchScope', () => {
    const format = (n: number) => n.toLocaleString('en-US');
    it('names the matches, the loaded messages and the total', () => {
        expect(searchScope(12, 150, 1200, format)).toEqual([
            'Viewer_Search_Scope',
            '12',
            '150',
            '1,200'
        ]);
        expect(searchScope(1, 150, 1200, format)).toEqual([
            'Viewer_Search_Scope_One',
            '150',
            '1,200'
        ]);
        expect(searchScope(0, 150, 1200, format)).toEqual([
            'Viewer_Search_Scope_None',
            '150',
            '1,200'
        ]);
        // Without a total it can stand behind, only what is loaded.
        expect(searchScope(12, 150, undefined, format)).toEqual([
            'Viewer_Search_Scope_Loaded',
            '12',
            '150'
        ]);
        expect(searchScope(1, 150, undefined, format)).toEqual([
            'Viewer_Search_Scope_Loaded_One',
            '150'
        ]);
        expect(searchScope(0, 150, undefined, format)).toEqual([
            'Viewer_Search_Scope_Loaded_None',
            '150'
        ]);
    });

    it('names only labels that exist', () => {
        for (const matches of [0, 1, 2])
            for (const total of [1200, undefined])
                expect(Object.keys(LABELS)).toContain(searchScope(matches, 1, total, String)[0]);
    });
});
