// Where the reader is in the feed, the same way whether the messages scroll in their own box (a height in px) or
// with the page (height 0, and phones): near an end of what is rendered (render more from memory), near the older
// end of what is loaded (load an older page, but only when a person scrolled there), away from the newest message.

/** How close to an end counts as at it (loads older messages, hides "Jump to newest"). */
const NEAR_END_PX = 48;
/** How far ahead of the reader the rendered slice grows (so its edge is never seen). */
const RENDER_AHEAD_PX = 1200;
/** How long after a wheel, touch or pointer gesture a scroll counts as the person's. */
const INTENT_MS = 1500;

export interface Viewport {
    top: number;
    bottom: number;
}

export interface FeedPosition {
    /** The rendered slice's start (top) or end (bottom) edge is close to the visible area. */
    nearRenderedStart: boolean;
    nearRenderedEnd: boolean;
    /** Distance from the visible area to the top and bottom of the rendered feed (≤ 0: that edge is visible). */
    hiddenAbove: number;
    hiddenBelow: number;
}

/** The visible area: the scroller's box when it scrolls, else the browser window. */
export function viewportOf(scroller: HTMLElement | null): Viewport {
    if (scroller && scroller.scrollHeight > scroller.clientHeight + 1) {
        const box = scroller.getBoundingClientRect();
        return { top: box.top, bottom: box.bottom };
    }
    const height = typeof window === 'undefined' ? 0 : window.innerHeight;
    return { top: 0, bottom: height };
}

export function feedPosition(feed: Element, viewport: Viewport): FeedPosition {
    const box = feed.getBoundingClientRect();
    const hiddenAbove = viewport.top - box.top;
    const hiddenBelow = box.bottom - viewport.bottom;
    return {
        hiddenAbove,
        hiddenBelow,
        nearRenderedStart: hiddenAbove < RENDER_AHEAD_PX,
        nearRenderedEnd: hiddenBelow < RENDER_AHEAD_PX
    };
}

/** Whether an edge of the rendered feed is at (or within NEAR_END_PX of) the visible area. */
export function atRenderedEdge(position: FeedPosition, side: 'start' | 'end'): boolean {
    return (side === 'start' ? position.hiddenAbove : position.hiddenBelow) < NEAR_END_PX;
}

/**
 * Wheel, touch and pointer gestures mark the next scrolls as the person's own. Scrolls that focus causes
 * (Tab, Page Down, a screen reader) carry no such mark, so they never load older pages.
 */
export class ScrollIntent {
    private at = Number.NEGATIVE_INFINITY;

    readonly mark = (): void => {
        this.at = Date.now();
    };

    recent(): boolean {
        return Date.now() - this.at < INTENT_MS;
    }
}
