// The rendered part of the message list (renderWindow.ts) and keeping the reader's place while entries come and go:
// after the timeline changed, around an older page, after each render. The reader's own moves (scrolling, keys,
// focus) are feedView.ts. LWC does not observe this object: the host renders again when told (FeedHost.changed).
import type { TimelineItem } from 'c/kustomerConversationModel';
import { tabStopKey } from './feedKeyboard';
import {
    firstNewKey,
    newestWindow,
    remapWindow,
    stepToward,
    windowIncluding
} from './renderWindow';
import type { RenderWindow, Side } from './renderWindow';
import { entryElement, firstVisible, messageArticles, preserveScroll } from './viewerDom';
import { viewportOf } from './feedScroll';
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

export abstract class FeedWindow {
    /** The rendered slice, and where it is heading: it gets there one kind of change per render (stepToward). */
    window: RenderWindow = { start: 0, end: 0 };
    /** The article that is the feed's Tab stop (feedKeyboard.ts). */
    activeKey?: string;
    protected wantedWindow?: RenderWindow;
    protected pendingFocusKey?: string;
    protected scrollToNewest = false;
    protected readonly host: FeedHost;
    private anchor?: ScrollAnchor;
    private recheck = false;

    constructor(host: FeedHost) {
        this.host = host;
    }

    /** Where the reader is now (after older entries arrived): feedView.ts. */
    abstract scrolled(): void;

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

    // ---- inside ----

    protected get newestSide(): Side {
        return this.host.newestFirst ? 'start' : 'end';
    }

    /** Where the rendered window is heading (or is). */
    protected get wanted(): RenderWindow {
        return this.wantedWindow ?? this.window;
    }

    protected show(target: RenderWindow): void {
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

    protected scroller(): HTMLElement | null {
        return this.host.root?.querySelector<HTMLElement>('[data-id="scroller"]') ?? null;
    }

    private visibleAnchor(): ScrollAnchor | undefined {
        return firstVisible(messageArticles(this.host.root ?? null), viewportOf(this.scroller()));
    }

    protected indexOfKey(key: string | undefined): number {
        return this.host.items.findIndex((item) => item.key === key);
    }
}
