// The message list as the reader moves through it: which part of the timeline is rendered (renderWindow.ts), the
// feed's Tab stop and keys (feedKeyboard.ts), where the reader is (feedScroll.ts), and keeping their place while
// entries come and go. The root component owns the data; it tells this view when the timeline changed and renders
// again when this view says it changed (LWC does not observe this object: see FeedHost.changed).
import type { TimelineItem } from 'c/kustomerConversationModel';
import { articleOf, feedKeyAction, tabStopKey } from './feedKeyboard';
import { ScrollIntent, atRenderedEdge, feedPosition, viewportOf } from './feedScroll';
import {
    atEdge,
    firstNewKey,
    growWindow,
    newestWindow,
    remapWindow,
    stepToward,
    windowIncluding
} from './renderWindow';
import type { RenderWindow, Side } from './renderWindow';
import { entryElement, firstVisible, messageArticles, preserveScroll } from './viewerDom';
import type { ScrollAnchor } from './viewerDom';

/** One rendered article: the timeline item, its place in the whole (aria-posinset) and its tabindex. */
export interface FeedItem {
    key: string;
    item: TimelineItem;
    position: number;
    tabIndex: number;
}

/** What the view needs of the component. */
export interface FeedHost {
    /** The component's template (its shadow root), once rendered. */
    readonly root: ParentNode | null | undefined;
    readonly items: readonly TimelineItem[];
    readonly newestFirst: boolean;
    /** Whether an older page may load now (there is one; nothing loading; no failure showing). */
    readonly canAutoLoad: boolean;
    loadOlder(): void;
    /** Something the template shows changed: render again. */
    changed(): void;
}

/** What the reader saw before an older page loaded (see beforeOlder/afterOlder). */
export interface OlderMark {
    anchor?: ScrollAnchor;
    keys: string[];
}

interface Focusable {
    focusFirst?(): boolean;
    focusLast?(): boolean;
}

export class FeedView {
    /** The rendered slice, and where it is heading: it gets there one kind of change per render (stepToward). */
    window: RenderWindow = { start: 0, end: 0 };
    /** The article that is the feed's Tab stop (feedKeyboard.ts). */
    activeKey?: string;
    /** The reader is away from the newest message ("Jump to newest"). */
    awayFromNewest = false;
    private wantedWindow?: RenderWindow;
    private anchor?: ScrollAnchor;
    private pendingFocusKey?: string;
    private scrollToNewest = false;
    private recheck = false;
    private readonly host: FeedHost;
    private readonly intent = new ScrollIntent();
    private readonly onWindowScroll = (): void => this.scrolled();

    constructor(host: FeedHost) {
        this.host = host;
    }

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

    // ---- the timeline changed ----

    /**
     * After the component rebuilt its timeline (`oldKeys`: the items before). Fresh (a first view, another order):
     * the newest end, scrolled to. Otherwise what is rendered stays (found by key) and follows an end it touched;
     * what the reader sees and the current search match stay in the window.
     */
    rebuilt(oldKeys: readonly string[], fresh: boolean): void {
        const items = this.host.items;
        const keys = items.map((item) => item.key);
        const side = this.newestSide;
        if (fresh) {
            this.wantedWindow = undefined;
            this.activeKey = undefined;
            this.anchor = undefined;
            this.window = newestWindow(keys.length, side);
            this.scrollToNewest = true;
        } else {
            const before = this.window;
            // What is rendered, in the new list's places (it gains what arrived at an end it touched) …
            this.window = remapWindow(before, oldKeys, keys, side, Infinity);
            // … and where it goes: within the limit (the side without new entries gives way), never without
            // what the reader sees.
            this.wantedWindow = remapWindow(before, oldKeys, keys, side);
            const seen = this.indexOfKey(this.anchor?.key ?? this.visibleAnchor()?.key);
            if (seen >= 0)
                this.wantedWindow = windowIncluding(this.wantedWindow, seen, keys.length);
        }
        const matched = items.findIndex((item) => item.hasActiveMatch);
        this.show(matched >= 0 ? windowIncluding(this.wanted, matched, keys.length) : this.wanted);
    }

    /** Before an older page loads: where the reader is and what is there. */
    beforeOlder(): OlderMark {
        return { anchor: this.visibleAnchor(), keys: this.host.items.map((item) => item.key) };
    }

    /**
     * The older page is in the timeline: the reader stays where they were, and the feed's Tab stop moves to the
     * first message that arrived (Shift+Tab from the button reads on there), rendered too unless that would take
     * away what the reader is looking at (they scroll there).
     */
    afterOlder(mark: OlderMark): void {
        this.anchor = mark.anchor;
        this.recheck = true;
        const items = this.host.items;
        const first = firstNewKey(
            mark.keys,
            items.map((item) => item.key),
            this.host.newestFirst
        );
        if (first === undefined) return;
        this.activeKey = first;
        const next = windowIncluding(this.wanted, this.indexOfKey(first), items.length);
        const seen = this.indexOfKey(mark.anchor?.key);
        if (seen < 0 || (seen >= next.start && seen < next.end)) this.show(next);
        this.host.changed();
    }

    // ---- rendering ----

    /** The rendered slice of the timeline: each entry with its place in the whole and its tab stop. */
    items(): FeedItem[] {
        const { start, end } = this.window;
        const slice = this.host.items.slice(start, end);
        const stop = tabStopKey(
            slice.map((item) => item.key),
            this.activeKey,
            this.host.newestFirst
        );
        return slice.map((item, offset) => ({
            key: item.key,
            item,
            position: start + offset + 1,
            tabIndex: item.key === stop ? 0 : -1
        }));
    }

    /** After each render: keep the reading position, focus what was asked for, take the next window step. */
    afterRender(): void {
        const root = this.host.root ?? null;
        const scroller = this.scroller();
        if (this.anchor) {
            preserveScroll(root, scroller, this.anchor);
            this.anchor = undefined;
        }
        if (this.scrollToNewest && this.host.items.length > 0) {
            this.scrollToNewest = false;
            if (scroller) scroller.scrollTop = this.host.newestFirst ? 0 : scroller.scrollHeight;
        }
        if (this.pendingFocusKey !== undefined) {
            const element = entryElement(root, this.pendingFocusKey);
            if (element) {
                this.pendingFocusKey = undefined;
                element.focus();
            }
        }
        if (this.wantedWindow) this.advance();
        else if (this.recheck) {
            // Older entries arrived: where the reader is now (Jump to newest, more to render).
            this.recheck = false;
            this.scrolled();
        }
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

    private get newestSide(): Side {
        return this.host.newestFirst ? 'start' : 'end';
    }

    /** Where the rendered window is heading (or is). */
    private get wanted(): RenderWindow {
        return this.wantedWindow ?? this.window;
    }

    private show(target: RenderWindow): void {
        this.wantedWindow = target;
        this.advance();
    }

    /** One step toward the wanted window, keeping what the reader sees where it is. */
    private advance(): void {
        const target = this.wantedWindow;
        const next = target ? stepToward(this.window, target) : undefined;
        if (!next) {
            this.wantedWindow = undefined;
            return;
        }
        this.anchor ??= this.visibleAnchor();
        this.window = next;
        this.host.changed();
    }

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

    private scroller(): HTMLElement | null {
        return this.host.root?.querySelector<HTMLElement>('[data-id="scroller"]') ?? null;
    }

    private visibleAnchor(): ScrollAnchor | undefined {
        return firstVisible(messageArticles(this.host.root ?? null), viewportOf(this.scroller()));
    }

    private indexOfKey(key: string | undefined): number {
        return this.host.items.findIndex((item) => item.key === key);
    }
}
