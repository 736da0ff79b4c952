// Which part of the timeline is in the DOM: a long loaded history stays responsive because at most RENDER_LIMIT
// entries are rendered at once, a contiguous slice [start, end) of the timeline. The slice grows toward the
// reader (scrolling, Page Down/Up, a search match, Jump to newest) and gives up entries at its other end; the feed
// keeps each article's place in the whole (aria-posinset) so assistive technology knows where it is.

/** Entries rendered at most (a page of 100 fits when the window is fresh). */
export const RENDER_LIMIT = 120;
/** Entries added at a time when the reader nears an end of the rendered slice. */
export const RENDER_STEP = 30;
/** Entries kept between a focused or matched entry and the window's edge. */
const MARGIN = 5;

export interface RenderWindow {
    start: number;
    end: number;
}

export type Side = 'start' | 'end';

function clamp(value: number, low: number, high: number): number {
    return Math.max(low, Math.min(high, value));
}

/** The window within [0, total), at most `limit` long, keeping `keep` when it must be shortened. */
function fit(start: number, end: number, total: number, limit: number, keep: Side): RenderWindow {
    let from = clamp(start, 0, total);
    let to = clamp(end, from, total);
    if (to - from > limit) {
        if (keep === 'start') to = from + limit;
        else from = to - limit;
    }
    return { start: from, end: to };
}

/** The first view: the newest `limit` entries (at the start of the list when newest first, else at its end). */
export function newestWindow(total: number, newestAt: Side, limit = RENDER_LIMIT): RenderWindow {
    return newestAt === 'start'
        ? fit(0, limit, total, limit, 'start')
        : fit(total - limit, total, total, limit, 'end');
}

/**
 * The same window over a changed list (older pages, new messages, notes, filters): the entries it showed stay
 * rendered (found by key); an edge that touched an end of the list keeps touching it, so new entries at that end
 * appear. When that makes it too long, the side without new entries gives way. Nothing found: the newest end.
 */
export function remapWindow(
    window: RenderWindow,
    oldKeys: readonly string[],
    newKeys: readonly string[],
    newestAt: Side,
    limit = RENDER_LIMIT
): RenderWindow {
    const total = newKeys.length;
    const index = new Map<string, number>();
    newKeys.forEach((key, at) => index.set(key, at));
    let start = -1;
    let end = -1;
    for (let at = window.start; at < window.end && at < oldKeys.length; at++) {
        const found = index.get(oldKeys[at]);
        if (found === undefined) continue;
        if (start < 0) start = found - (at - window.start);
        end = found + 1;
    }
    if (start < 0) return newestWindow(total, newestAt, limit);
    end = Math.max(end, start + (window.end - window.start));
    const touchedStart = window.start === 0;
    const touchedEnd = window.end >= oldKeys.length;
    // Entries that arrived at an end the window touched: the window follows them, the other side gives way.
    const newAtStart = touchedStart && start > 0;
    const newAtEnd = touchedEnd && end < total;
    if (touchedStart) start = 0;
    if (touchedEnd) end = total;
    let keep: Side = newestAt;
    if (newAtStart !== newAtEnd) keep = newAtStart ? 'start' : 'end';
    return fit(start, end, total, limit, keep);
}

/** `step` more entries on one side; the other side gives way beyond `limit`. */
export function growWindow(
    window: RenderWindow,
    total: number,
    side: Side,
    step = RENDER_STEP,
    limit = RENDER_LIMIT
): RenderWindow {
    return side === 'start'
        ? fit(window.start - step, window.end, total, limit, 'start')
        : fit(window.start, window.end + step, total, limit, 'end');
}

/** The smallest move that shows entry `index` with a few neighbours (a search match, a focused article). */
export function windowIncluding(
    window: RenderWindow,
    index: number,
    total: number,
    limit = RENDER_LIMIT
): RenderWindow {
    if (index < 0 || index >= total) return fit(window.start, window.end, total, limit, 'start');
    const low = Math.max(0, index - MARGIN);
    const high = Math.min(total, index + MARGIN + 1);
    const fits = window.end - window.start <= limit && window.end <= total;
    if (fits && low >= window.start && high <= window.end) return window;
    if (low < window.start) return fit(low, Math.max(window.end, high), total, limit, 'start');
    return fit(Math.min(window.start, low), high, total, limit, 'end');
}

/** Whether the window reaches the end of the list on a side (nothing more to render there). */
export function atEdge(window: RenderWindow, total: number, side: Side): boolean {
    return side === 'start' ? window.start <= 0 : window.end >= total;
}

/**
 * The first entry that arrived with an older page, next to what was there before (below it when newest first,
 * above it when oldest first): where a reader who loaded it reads on.
 */
export function firstNewKey(
    oldKeys: readonly string[],
    newKeys: readonly string[],
    newestFirst: boolean
): string | undefined {
    const old = new Set(oldKeys);
    const known = newKeys.map((key) => old.has(key));
    if (newestFirst) {
        const last = known.lastIndexOf(true);
        return newKeys.find((_key, at) => at > last && !known[at]);
    }
    const first = known.indexOf(true);
    for (let at = (first < 0 ? newKeys.length : first) - 1; at >= 0; at--)
        if (!known[at]) return newKeys[at];
    return undefined;
}

/**
 * The next window to render on the way to `target`, one kind of change per render. LWC's keyed diff keeps the
 * rendered elements in place when entries are only added (at either end) or only removed at one end, but moves
 * every element it keeps when one end gains while the other loses, or both lose, and a moved element loses
 * keyboard focus. So: add first, then drop the start, then the end. Undefined when `current` is the target.
 */
export function stepToward(current: RenderWindow, target: RenderWindow): RenderWindow | undefined {
    if (current.start === target.start && current.end === target.end) return undefined;
    const overlap = target.start < current.end && current.start < target.end;
    if (!overlap) return target;
    if (target.start < current.start || target.end > current.end)
        return {
            start: Math.min(current.start, target.start),
            end: Math.max(current.end, target.end)
        };
    if (current.start < target.start) return { start: target.start, end: current.end };
    return { start: current.start, end: target.end };
}
