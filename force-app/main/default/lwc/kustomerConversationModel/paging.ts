// Paging plan for Kustomer's page-numbered messages. Pages are facts; the conversation's `messageCount` and the order
// are hints. Kustomer documents only `page`, `pageSize` (default 100) and `include` for
// GET /v1/conversations/{id}/messages: the order of the list is undocumented (no public client shows it: one re-sorts
// client-side, one sends `sort=desc`), and nothing promises that the list holds exactly `messageCount` items. So:
// - every request asks pages of PAGE_SIZE (the documented maximum), page 1 first (it comes with the conversation);
// - the order is read from the data (times within a page, else page 1 against a later page);
// - a page 1 without `links.next` is the whole history, in either order; newest-first, page 1 is the newest end;
// - oldest-first, the newest end is the last page: `messageCount` only gives the first guess, then the links decide
//   (forward while a page has `next`, back from an empty page, bisecting once both ends are known);
// - older pages are walked one by one from the newest end, so every message is reachable exactly once whatever the
//   count says; the total is reported only when the pages prove it.

import { MAX_PAGE, MAX_PAGE_SIZE } from './contractTables';

export type PageOrder = 'asc' | 'desc';

/** Every messages request asks this many (Kustomer's documented maximum and default). */
export const PAGE_SIZE = MAX_PAGE_SIZE;
export const MIN_PAGE_SIZE = 10;
export const DEFAULT_PAGE_SIZE = 50;
/**
 * Pages fetched to find the newest end before giving up (each is one round trip; a right count needs one). Enough
 * for any list within MAX_PAGE: forward by doubling steps, one step back, then bisection.
 */
export const MAX_PROBES = 32;

export function clampPageSize(preferred: unknown): number {
    const number = typeof preferred === 'number' ? preferred : Number(preferred);
    if (!Number.isFinite(number)) return DEFAULT_PAGE_SIZE;
    return Math.min(MAX_PAGE_SIZE, Math.max(MIN_PAGE_SIZE, Math.round(number)));
}

/** What one page showed: how many messages (after the page-size cap), its links, its times in Kustomer's order. */
export interface PageFacts {
    count: number;
    hasNext: boolean;
    hasPrev: boolean;
    times: ReadonlyArray<number | undefined>;
}

/** The order a page is in, from its timestamps; undefined when it cannot tell (fewer than two times). */
export function detectOrder(times: ReadonlyArray<number | undefined>): PageOrder | undefined {
    const known = knownTimes(times);
    if (known.length < 2) return undefined;
    let ascending = 0;
    let descending = 0;
    for (let index = 1; index < known.length; index++) {
        if (known[index] > known[index - 1]) ascending++;
        else if (known[index] < known[index - 1]) descending++;
    }
    if (ascending === descending) return undefined;
    return descending > ascending ? 'desc' : 'asc';
}

function knownTimes(times: ReadonlyArray<number | undefined>): number[] {
    return times.filter((time): time is number => time !== undefined && Number.isFinite(time));
}

/** The order of two pages of one list from their times: later page all newer → asc, all older → desc. */
function orderAcross(first: PageFacts, later: PageFacts): PageOrder | undefined {
    const a = knownTimes(first.times);
    const b = knownTimes(later.times);
    if (a.length === 0 || b.length === 0) return undefined;
    if (Math.min(...b) > Math.max(...a)) return 'asc';
    if (Math.max(...b) < Math.min(...a)) return 'desc';
    return undefined;
}

/**
 * The pages seen so far and what they prove. Pure: the viewer fetches what `nextProbe()` and `olderPage()` name and
 * records each answer with `record()`.
 */
export class PagePlan {
    /** Kustomer's messageCount: only a hint. */
    readonly countHint?: number;
    /** The order to assume until the data shows one. */
    readonly assumed: PageOrder;
    private readonly pages = new Map<number, PageFacts>();
    private probes = 0;
    private forwardStep = 1;
    private emptyProbes = 0;
    private exhausted = false;
    /** Memos of detected and lastPage(), cleared whenever a page is recorded. */
    private memo: { detected?: PageOrder | null; last?: number | null } = {};

    constructor(assumed: PageOrder, countHint?: number) {
        this.assumed = assumed;
        this.countHint =
            countHint !== undefined && Number.isFinite(countHint) && countHint >= 0
                ? Math.floor(countHint)
                : undefined;
    }

    /** The same pages under a new count hint, with a fresh search (after a refresh that changed the count). */
    withCountHint(countHint?: number): PagePlan {
        const plan = new PagePlan(this.order, countHint);
        for (const [page, facts] of this.pages) plan.pages.set(page, facts);
        plan.exhausted = this.exhausted;
        return plan;
    }

    has(page: number): boolean {
        return this.pages.has(page);
    }

    facts(page: number): PageFacts | undefined {
        return this.pages.get(page);
    }

    /** Records a page (again: a refreshed page replaces its facts). */
    record(page: number, facts: PageFacts): void {
        const searching = page !== 1 && this.nextProbe() !== undefined;
        this.pages.set(page, facts);
        this.memo = {};
        if (!searching) return;
        this.probes++;
        if (facts.count === 0) this.emptyProbes++;
        else if (facts.hasNext) this.forwardStep *= 2;
    }

    /** An older page brought nothing new: the history ends here whatever its links say. */
    markExhausted(): void {
        this.exhausted = true;
    }

    /** The order the data shows, if it shows one. */
    get detected(): PageOrder | undefined {
        if (this.memo.detected === undefined)
            this.memo.detected = this.detectOrderOfPages() ?? null;
        return this.memo.detected ?? undefined;
    }

    private detectOrderOfPages(): PageOrder | undefined {
        const first = this.pages.get(1);
        const within = first ? detectOrder(first.times) : undefined;
        if (within) return within;
        for (const [page, facts] of this.sortedPages()) {
            if (page === 1) continue;
            const across = first ? orderAcross(first, facts) : undefined;
            if (across) return across;
            const inside = detectOrder(facts.times);
            if (inside) return inside;
        }
        return undefined;
    }

    get order(): PageOrder {
        return this.detected ?? this.assumed;
    }

    /** Items per page as Kustomer applies it: a page with a next page is full. */
    get pageSize(): number {
        const first = this.pages.get(1);
        if (first && first.hasNext && first.count > 0) return first.count;
        for (const [, facts] of this.sortedPages()) {
            if (facts.hasNext && facts.count > 0) return facts.count;
        }
        return PAGE_SIZE;
    }

    /** The last page of the list, when a page proves it (messages and no next page). */
    lastPage(): number | undefined {
        if (this.memo.last === undefined) this.memo.last = this.findLastPage() ?? null;
        return this.memo.last ?? undefined;
    }

    private findLastPage(): number | undefined {
        let last: number | undefined;
        for (const [page, facts] of this.pages) {
            if (facts.count > 0 && !facts.hasNext && (last === undefined || page < last))
                last = page;
        }
        const first = this.pages.get(1);
        return last ?? (first && first.count === 0 && !first.hasNext ? 1 : undefined);
    }

    /** True when page 1 is the newest end: the whole history, or a newest-first list. */
    private newestAtStart(): boolean {
        const first = this.pages.get(1);
        return !first || !first.hasNext || this.order === 'desc';
    }

    /** The highest page known to have a next page (so the last page is above it). */
    private belowEnd(): number {
        let lo = 1;
        for (const [page, facts] of this.pages) if (facts.hasNext && page > lo) lo = page;
        return lo;
    }

    /** The lowest empty page above belowEnd() (so the last page is below it). */
    private beyondEnd(): number | undefined {
        const lo = this.belowEnd();
        let hi: number | undefined;
        for (const [page, facts] of this.pages) {
            if (facts.count === 0 && page > lo && (hi === undefined || page < hi)) hi = page;
        }
        return hi;
    }

    /** While looking for the newest end of an oldest-first list: the page to fetch next, else undefined. */
    nextProbe(): number | undefined {
        if (this.newestAtStart() || this.lastPage() !== undefined || this.probes >= MAX_PROBES)
            return undefined;
        const lo = this.belowEnd();
        const hi = this.beyondEnd();
        if (hi === undefined) {
            if (lo >= MAX_PAGE) return undefined;
            if (this.probes === 0) return Math.min(MAX_PAGE, Math.max(lo + 1, this.firstGuess()));
            // Still a next page: the count was low. Forward, faster each time.
            return Math.min(MAX_PAGE, lo + this.forwardStep);
        }
        const gap = hi - lo;
        if (gap <= 1) return undefined; // contradictory links: give up (complete() stays false)
        // An empty page: the count was high. One step back (a count a little high), then bisect.
        return this.emptyProbes === 1 ? hi - 1 : lo + Math.floor(gap / 2);
    }

    /** The count's page, the first guess at the last page. */
    private firstGuess(): number {
        const size = this.pageSize;
        return this.countHint !== undefined && this.countHint > size
            ? Math.ceil(this.countHint / size)
            : 2;
    }

    /** The page holding the newest messages (the best known one when the search gave up). */
    newestEnd(): number {
        if (this.newestAtStart()) return 1;
        const last = this.lastPage();
        if (last !== undefined) return last;
        let best = 1;
        for (const [page, facts] of this.pages) if (facts.count > 0 && page > best) best = page;
        return best;
    }

    /** The pages to show, newest end first: the loaded run from the newest end towards the oldest. */
    run(): number[] {
        const end = this.newestEnd();
        const run: number[] = [];
        if (end === 1) {
            for (let page = 1; page <= MAX_PAGE && this.pages.has(page); page++) {
                run.push(page);
                const facts = this.pages.get(page) as PageFacts;
                if (facts.count === 0 || !facts.hasNext) break;
            }
        } else {
            for (let page = end; page >= 1 && this.pages.has(page); page--) run.push(page);
        }
        return run;
    }

    /** The newest end of an oldest-first list is still unknown (the search gave up on contradictory links). */
    private unresolved(): boolean {
        return !this.newestAtStart() && this.lastPage() === undefined;
    }

    /** Every message is loaded: the run reached the oldest end (and the newest end is a proven one). */
    complete(): boolean {
        const run = this.run();
        if (run.length === 0 || this.unresolved()) return false;
        const bottom = run[run.length - 1];
        if (this.newestEnd() !== 1) return bottom === 1;
        const facts = this.pages.get(bottom) as PageFacts;
        return this.exhausted || facts.count === 0 || !facts.hasNext || bottom >= MAX_PAGE;
    }

    /** The next older page to fetch, or undefined when the history is complete. */
    olderPage(): number | undefined {
        if (this.complete()) return undefined;
        const run = this.run();
        if (run.length === 0) return 1;
        const bottom = run[run.length - 1];
        const next = this.newestEnd() === 1 ? bottom + 1 : bottom - 1;
        return next >= 1 && next <= MAX_PAGE ? next : undefined;
    }

    /**
     * The number of messages when the pages prove it: everything loaded, or the last page found (every page before
     * it is full). `loaded` is the number of distinct messages loaded.
     */
    provenTotal(loaded: number): number | undefined {
        if (this.complete()) return loaded;
        const last = this.lastPage();
        const first = this.pages.get(1);
        if (last === undefined || !first) return undefined;
        return (last - 1) * this.pageSize + (this.pages.get(last) as PageFacts).count;
    }

    private sortedPages(): Array<[number, PageFacts]> {
        return Array.from(this.pages.entries()).sort((a, b) => a[0] - b[0]);
    }
}
