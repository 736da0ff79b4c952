// The message list as the reader moves through it: scrolling (feedScroll.ts: render more near the reader, load an
// older page at the end of what is loaded, "Jump to newest"), the feed's Tab stop and keys (feedKeyboard.ts) and
// focus. What is rendered and keeping the reader's place are feedWindow.ts. The root component owns the data; it
// tells this view when the timeline changed and renders again when this view says it changed (FeedHost.changed).
import { articleOf, feedKeyAction } from './feedKeyboard';
import { ScrollIntent, atRenderedEdge, feedPosition, viewportOf } from './feedScroll';
import { atEdge, growWindow, newestWindow, windowIncluding } from './renderWindow';
import type { Side } from './renderWindow';
import { entryElement } from './viewerDom';
import { FeedWindow } from './feedWindow';

interface Focusable {
    focusFirst?(): boolean;
    focusLast?(): boolean;
}

export class FeedView extends FeedWindow {
    /** The reader is away from the newest message ("Jump to newest"). */
    awayFromNewest = false;
    private readonly intent = new ScrollIntent();
    private readonly onWindowScroll = (): void => this.scrolled();

    /** Phones (and height 0) scroll the page, not a box of their own: follow the page too. */
    connect(): void {
        if (typeof window === 'undefined') return;
        window.addEventListener('scroll', this.onWindowScroll, { passive: true });
        for (const gesture of ['wheel', 'touchmove'])
            window.addEventListener(gesture, this.intent.mark, { passive: true });
    }

    disconnect(): void {
        if (typeof window === 'undefined') return;
        window.removeEventListener('scroll', this.onWindowScroll);
        for (const gesture of ['wheel', 'touchmove'])
            window.removeEventListener(gesture, this.intent.mark);
    }

    // ---- the reader ----

    /**
     * After every scroll (the message box's or the page's): render more near the reader, load an older page when a
     * person scrolled to the end of what is loaded, and offer "Jump to newest" away from the newest message.
     */
    scrolled(): void {
        const feed = this.host.root?.querySelector<HTMLElement>('[data-id="feed"]');
        if (!feed) return;
        const position = feedPosition(feed, viewportOf(this.scroller()));
        const total = this.host.items.length;
        const newest = this.newestSide;
        const older: Side = newest === 'start' ? 'end' : 'start';
        const away = !atEdge(this.window, total, newest) || !atRenderedEdge(position, newest);
        if (away !== this.awayFromNewest) {
            this.awayFromNewest = away;
            this.host.changed();
        }
        if (this.wantedWindow) return; // still on its way: measure again once it is there
        for (const side of ['start', 'end'] as const) {
            const near = side === 'start' ? position.nearRenderedStart : position.nearRenderedEnd;
            if (near && !atEdge(this.window, total, side)) {
                this.show(growWindow(this.window, total, side));
                return;
            }
        }
        if (atRenderedEdge(position, older) && this.intent.recent() && this.host.canAutoLoad)
            this.host.loadOlder();
    }

    /** Dragging the message box's scrollbar (the pointer on the box itself) scrolls as the person's own. */
    scrollbarPointer(event: Event): void {
        if (event.target === event.currentTarget) this.intent.mark();
    }

    jumpToNewest(): void {
        const items = this.host.items;
        this.show(newestWindow(items.length, this.newestSide));
        const newest = items[this.host.newestFirst ? 0 : items.length - 1];
        this.activeKey = newest?.key;
        this.pendingFocusKey = newest?.key;
        this.awayFromNewest = false;
        const scroller = this.scroller();
        if (scroller) scroller.scrollTop = this.host.newestFirst ? 0 : scroller.scrollHeight;
        this.scrollToNewest = true;
        this.host.changed();
    }

    /** Page Down/Up between articles, Ctrl+Home/End out of the feed (feedKeyboard.ts). */
    keydown(event: KeyboardEvent): void {
        const article = articleOf(event.target, event.currentTarget as Element);
        if (!article) return;
        const items = this.host.items;
        const action = feedKeyAction(event, this.indexOfKey(article.dataset.key), items.length);
        if (!action) return;
        event.preventDefault();
        if (action.kind === 'leave') {
            this.focusOutside(action.where);
            return;
        }
        const key = items[action.index]?.key;
        if (key === undefined) return;
        this.activeKey = key;
        this.show(windowIncluding(this.wanted, action.index, items.length));
        this.host.changed();
        const element = entryElement(this.host.root ?? null, key);
        if (element) element.focus();
        else this.pendingFocusKey = key;
    }

    /** An article that takes focus itself (a screen reader, a click on its text) becomes the feed's Tab stop. */
    focusin(event: FocusEvent): void {
        const article = articleOf(event.target, event.currentTarget as Element);
        if (article && event.composedPath()[0] === article) this.makeTabStop(article.dataset.key);
    }

    /**
     * A click inside an article makes it the Tab stop once the click has done its work: becoming the Tab stop
     * renders its links again (tabbable now), and a link replaced during its own click would open nothing.
     */
    click(event: MouseEvent): void {
        const key = articleOf(event.target, event.currentTarget as Element)?.dataset.key;
        // eslint-disable-next-line @lwc/lwc/no-async-operation -- after the click's default action (a link opening)
        if (key !== undefined) setTimeout(() => this.makeTabStop(key), 0);
    }

    // ---- inside ----

    private makeTabStop(key: string | undefined): void {
        if (key === undefined || key === this.activeKey) return;
        this.activeKey = key;
        this.host.changed();
    }

    private focusOutside(where: 'before' | 'after'): void {
        const pick = (id: string) =>
            this.host.root?.querySelector(`[data-id="${id}"]`) as (Element & Focusable) | null;
        if (where === 'after') {
            pick('pager')?.focusFirst?.();
            return;
        }
        if (pick('pager-above')?.focusFirst?.()) return;
        pick('toolbar')?.focusLast?.();
    }
}
