// The viewer's few DOM and timer chores, kept apart from its state: keeping the scroll position when entries
// arrive or leave above the reader, the benchmark mark, and the timers (freshness clock, auto-refresh, rate-limit
// countdown), all stopped together when the component leaves the page.
import type { Viewport } from './feedScroll';

const CLOCK_MS = 30 * 1000;
export const RENDERED_MARK = 'kustomer:messages-rendered';

export interface ScrollAnchor {
    key: string;
    top: number;
}

interface Queryable {
    querySelectorAll<E extends Element = Element>(selector: string): NodeListOf<E>;
}

/** The rendered message with this key (compared as data, so no selector escaping is needed for any id). */
export function entryElement(root: Queryable | null, key: string): HTMLElement | undefined {
    if (root === null) return undefined;
    return Array.from(root.querySelectorAll<HTMLElement>('[data-key]')).find(
        (element) => element.dataset.key === key
    );
}

/** The first rendered entry the reader can see (or the last one above the visible area), and where it sits. */
export function firstVisible(
    articles: readonly HTMLElement[],
    viewport: Viewport
): ScrollAnchor | undefined {
    const found =
        articles.find((article) => article.getBoundingClientRect().bottom > viewport.top) ??
        articles[articles.length - 1];
    const key = found?.dataset.key;
    return found && key !== undefined ? { key, top: found.getBoundingClientRect().top } : undefined;
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
