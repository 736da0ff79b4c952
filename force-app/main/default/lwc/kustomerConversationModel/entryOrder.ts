// The timeline's order (oldest first; equal times: messages before notes, then Kustomer's order) and the one sort
// per change: each page is sorted once when it is normalised, and lists already in order are merged, never sorted
// again (a page arriving costs the sort of that page and a linear merge, a search or a name costs no sort).
import type { TimelineEntry } from './normalize';

export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
    const at = a.time ?? Number.NEGATIVE_INFINITY;
    const bt = b.time ?? Number.NEGATIVE_INFINITY;
    if (at !== bt) return at < bt ? -1 : 1;
    if (a.kind !== b.kind) return a.kind === 'message' ? -1 : 1;
    return a.order - b.order;
}

/**
 * An entry's identity: its kind and id. Kustomer ids are unique per resource type only, so a note and a message
 * with the same id are two entries.
 */
export function entryKey(entry: TimelineEntry): string {
    return `${entry.kind}-${entry.id}`;
}

/** One page's entries in timeline order: the only sort a page ever gets. */
export function sortEntries(entries: readonly TimelineEntry[]): TimelineEntry[] {
    return [...entries].sort(compareEntries);
}

/** Two lists in timeline order as one, in one pass; of equal entries, those of `a` come first (stable). */
export function mergeSorted(
    a: readonly TimelineEntry[],
    b: readonly TimelineEntry[]
): TimelineEntry[] {
    if (a.length === 0) return [...b];
    if (b.length === 0) return [...a];
    const merged: TimelineEntry[] = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        merged.push(compareEntries(b[j], a[i]) < 0 ? b[j++] : a[i++]);
    }
    while (i < a.length) merged.push(a[i++]);
    while (j < b.length) merged.push(b[j++]);
    return merged;
}

/** Runs in timeline order merged pairwise, earlier runs first on ties (n log k, no sort). */
function mergeAll(runs: ReadonlyArray<readonly TimelineEntry[]>): TimelineEntry[] {
    if (runs.length === 0) return [];
    if (runs.length === 1) return [...runs[0]];
    const middle = Math.floor(runs.length / 2);
    return mergeSorted(mergeAll(runs.slice(0, middle)), mergeAll(runs.slice(middle)));
}

/**
 * Pages already in timeline order as one list, each entry once: of entries with the same kind and id, the one of
 * the last page wins (a refreshed page), in its own place.
 */
export function mergePages(pages: ReadonlyArray<readonly TimelineEntry[]>): TimelineEntry[] {
    const winner = new Map<string, TimelineEntry>();
    for (const page of pages) for (const entry of page) winner.set(entryKey(entry), entry);
    return mergeAll(
        pages.map((page) => page.filter((entry) => winner.get(entryKey(entry)) === entry))
    );
}

/** Pages of one kind: each normalised and sorted once (kept while the page object lives), merged per change. */
export class SortedPages<Page extends object> {
    private readonly sorted = new WeakMap<Page, TimelineEntry[]>();
    private readonly normalize: (page: Page) => TimelineEntry[];

    constructor(normalize: (page: Page) => TimelineEntry[]) {
        this.normalize = normalize;
    }

    /** The entries of `pages` as one list in timeline order, each once (mergePages). */
    merge(pages: readonly Page[]): TimelineEntry[] {
        return mergePages(pages.map((page) => this.entriesOf(page)));
    }

    private entriesOf(page: Page): TimelineEntry[] {
        let entries = this.sorted.get(page);
        if (!entries) {
            entries = sortEntries(this.normalize(page));
            this.sorted.set(page, entries);
        }
        return entries;
    }
}
