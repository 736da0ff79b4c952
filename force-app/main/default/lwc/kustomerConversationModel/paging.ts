// Paging plan for Kustomer's page-numbered messages. Kustomer's order is undocumented; every sample is oldest
// first, so the newest messages are on the last page, which only `messageCount` can locate. The plan picks the
// page size that fills that newest page best, then walks to older pages by counting the messages already loaded
// (so it survives new messages arriving between loads). A page that comes back newest-first flips the plan.

export type PageOrder = 'asc' | 'desc';

export const MIN_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE = 10000;

export function clampPageSize(preferred: unknown): number {
    const number = typeof preferred === 'number' ? preferred : Number(preferred);
    if (!Number.isFinite(number)) return DEFAULT_PAGE_SIZE;
    return Math.min(MAX_PAGE_SIZE, Math.max(MIN_PAGE_SIZE, Math.round(number)));
}

/** Items on the last page when `count` items are split into pages of `size`. */
function lastPageFill(count: number, size: number): number {
    const rest = count % size;
    return rest === 0 ? size : rest;
}

/**
 * The page size in [preferred, 100] whose last (newest) page is the fullest (items / size), so the first view shows
 * close to a full page; ties go to the smaller size (smaller payloads). With no count, the preferred size.
 */
export function planPageSize(messageCount: number | undefined, preferred: unknown): number {
    const floor = clampPageSize(preferred);
    if (messageCount === undefined || !Number.isFinite(messageCount) || messageCount <= 0)
        return floor;
    let best = floor;
    let bestRatio = lastPageFill(messageCount, floor) / floor;
    for (let size = floor + 1; size <= MAX_PAGE_SIZE; size++) {
        const ratio = lastPageFill(messageCount, size) / size;
        if (ratio > bestRatio) {
            best = size;
            bestRatio = ratio;
        }
    }
    // Never plan a page past Kustomer's page limit when a bigger page avoids it.
    while (Math.ceil(messageCount / best) > MAX_PAGE && best < MAX_PAGE_SIZE) best++;
    return best;
}

export function pageCount(messageCount: number | undefined, pageSize: number): number {
    if (messageCount === undefined || messageCount <= 0) return 1;
    return Math.min(MAX_PAGE, Math.max(1, Math.ceil(messageCount / pageSize)));
}

/** The page that holds the newest messages. */
export function newestPage(
    messageCount: number | undefined,
    pageSize: number,
    order: PageOrder
): number {
    return order === 'desc' ? 1 : pageCount(messageCount, pageSize);
}

/**
 * The page holding the newest message not loaded yet, given that the `loaded` newest messages are on screen;
 * undefined when everything is loaded.
 */
export function olderPage(
    messageCount: number | undefined,
    pageSize: number,
    order: PageOrder,
    loaded: number
): number | undefined {
    if (messageCount === undefined) return undefined;
    if (loaded >= messageCount) return undefined;
    const page =
        order === 'desc'
            ? Math.floor(loaded / pageSize) + 1
            : Math.floor((messageCount - loaded - 1) / pageSize) + 1;
    return page >= 1 && page <= MAX_PAGE ? page : undefined;
}

/** The order a page is in, from its timestamps; undefined when it cannot tell (fewer than two times). */
export function detectOrder(times: ReadonlyArray<number | undefined>): PageOrder | undefined {
    const known = times.filter(
        (time): time is number => time !== undefined && Number.isFinite(time)
    );
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
