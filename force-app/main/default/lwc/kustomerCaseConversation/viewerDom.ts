// The viewer's few DOM and timer chores, kept apart from its state: keeping the scroll position when older
// messages arrive above, feed keyboard navigation, the benchmark mark, and the timers (freshness clock,
// auto-refresh, rate-limit countdown), all stopped together when the component leaves the page.

const CLOCK_MS = 30 * 1000;
/** How close to an end of the scroller counts as at that end (loads older messages, hides "jump"). */
const NEAR_EDGE_PX = 48;
export const RENDERED_MARK = 'kustomer:messages-rendered';

export interface ScrollAnchor {
    key: string;
    top: number;
}

interface Queryable {
    querySelectorAll<E extends Element = Element>(selector: string): NodeListOf<E>;
}

/** The rendered message with this key (compared as data, so no selector escaping is needed for any id). */
function entryElement(root: Queryable | null, key: string): HTMLElement | undefined {
    if (root === null) return undefined;
    return Array.from(root.querySelectorAll<HTMLElement>('[data-key]')).find(
        (element) => element.dataset.key === key
    );
}

/** Where the entry that is first on screen sits now, before older entries are added above it. */
export function readScroll(
    root: Queryable | null,
    key: string | undefined
): ScrollAnchor | undefined {
    if (!key) return undefined;
    const element = entryElement(root, key);
    return element ? { key, top: element.getBoundingClientRect().top } : undefined;
}

/** Moves the scroller (or the page) so the anchored entry stays where the reader left it. */
export function preserveScroll(
    root: Queryable | null,
    scroller: HTMLElement | null,
    anchor: ScrollAnchor
): void {
    const element = entryElement(root, anchor.key);
    if (!element) return;
    const delta = element.getBoundingClientRect().top - anchor.top;
    if (delta === 0) return;
    if (scroller && scroller.scrollHeight > scroller.clientHeight) scroller.scrollTop += delta;
    else if (typeof window !== 'undefined' && typeof window.scrollBy === 'function')
        window.scrollBy(0, delta);
}

/** The message area's style: bounded and scrolling for a height in px, growing with its content for 0. */
export function scrollerStyle(height: unknown, fallback: number): string {
    const number = Number(height);
    const valid =
        Number.isFinite(number) && number >= 0 && number <= 10000 ? Math.round(number) : fallback;
    return valid > 0 ? `max-height: ${valid}px; overflow-y: auto;` : '';
}

/** The message area's class: bounded (a scrolling box) unless the height is 0. */
export function scrollerClass(height: unknown): string {
    return Number(height) === 0 ? 'kc-scroller' : 'kc-scroller kc-scroller_bounded';
}

/** The rendered messages (the feed's articles), in feed order. */
export function messageArticles(root: Queryable | null): HTMLElement[] {
    return Array.from(root?.querySelectorAll<HTMLElement>('c-kustomer-conversation-message') ?? []);
}

/** Where the reader is: near the older end (time to load more), and away from the newest message. */
export function scrollPosition(
    scroller: HTMLElement,
    newestFirst: boolean
): { nearOlder: boolean; awayFromNewest: boolean } {
    const fromTop = scroller.scrollTop;
    const fromBottom = scroller.scrollHeight - scroller.clientHeight - scroller.scrollTop;
    return {
        nearOlder: newestFirst ? fromBottom < NEAR_EDGE_PX : fromTop < NEAR_EDGE_PX,
        awayFromNewest: newestFirst ? fromTop > NEAR_EDGE_PX : fromBottom > NEAR_EDGE_PX
    };
}

/** Feed keyboard pattern: Page Down/Up to the next/previous article, Ctrl+Home/End to the first/last. */
export function feedKeyTarget(
    event: KeyboardEvent,
    articles: HTMLElement[]
): HTMLElement | undefined {
    if (articles.length === 0) return undefined;
    const current = articles.findIndex(
        (article) =>
            article === event.target ||
            (event.target instanceof Node && article.contains(event.target))
    );
    if (event.key === 'PageDown') return articles[Math.min(articles.length - 1, current + 1)];
    if (event.key === 'PageUp') return articles[Math.max(0, current - 1)];
    if (event.key === 'Home' && event.ctrlKey) return articles[0];
    if (event.key === 'End' && event.ctrlKey) return articles[articles.length - 1];
    return undefined;
}

/** performance.mark once the first messages are in the DOM (read by the preview's benchmarks). */
export function markRendered(count: number): void {
    if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
    try {
        performance.mark(RENDERED_MARK, { detail: { count } });
    } catch {
        // marks are diagnostics only
    }
}

/* eslint-disable @lwc/lwc/no-async-operation -- the clock, auto-refresh and retry countdown are timers by nature */
export class AutoTimers {
    private clock?: ReturnType<typeof setInterval>;
    private refresh?: ReturnType<typeof setInterval>;
    private retry?: ReturnType<typeof setInterval>;

    startClock(tick: () => void): void {
        clearInterval(this.clock);
        this.clock = setInterval(tick, CLOCK_MS);
    }

    startAutoRefresh(seconds: number, tick: () => void): void {
        clearInterval(this.refresh);
        this.refresh = setInterval(tick, seconds * 1000);
    }

    /** Counts down once a second and calls `done` after `seconds`. */
    startRetry(tick: () => void, seconds: number, done: () => void): void {
        this.stopRetry();
        let left = seconds;
        this.retry = setInterval(() => {
            left -= 1;
            tick();
            if (left <= 0) {
                this.stopRetry();
                done();
            }
        }, 1000);
    }

    stopRetry(): void {
        clearInterval(this.retry);
        this.retry = undefined;
    }

    stopAll(): void {
        clearInterval(this.clock);
        clearInterval(this.refresh);
        this.stopRetry();
    }
}
/* eslint-enable @lwc/lwc/no-async-operation */
