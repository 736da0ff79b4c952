// Kustomer Case Conversation: the read-only viewer of the Kustomer conversation linked to a Case. Loads the
// conversation, then its newest page of messages (docs/contract.md), older pages on demand with the scroll
// position kept, notes interleaved; search, filters, refresh and optional auto-refresh. All logic that can be
// pure lives in c/kustomerConversationModel; the data layer is ./viewerState and ./loader.
import { LightningElement, api } from 'lwc';
import locale from '@salesforce/i18n/locale';
import timeZone from '@salesforce/i18n/timeZone';
import hasSetupPermission from '@salesforce/customPermission/Kustomer_Manage_Setup';
import formFactor from '@salesforce/client/formFactor';
import userId from '@salesforce/user/Id';
import {
    ALL_FILTERS,
    buildTimeline,
    channelsOf,
    formatCount,
    formatLabel,
    freshness,
    normalizeQuery,
    stepMatch
} from 'c/kustomerConversationModel';
import type {
    ChannelInfo,
    ConversationView,
    Filters,
    KustomerError,
    Timeline,
    TimelineItem
} from 'c/kustomerConversationModel';
import { label } from 'c/kustomerConversationLabels';
import { forgetCase } from './loader';
import { ViewerState, safely } from './viewerState';
import {
    AutoTimers,
    entryElement,
    firstVisible,
    markRendered,
    messageArticles,
    preserveScroll,
    scrollerClass,
    scrollerStyle
} from './viewerDom';
import type { ScrollAnchor } from './viewerDom';
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
import { SEARCH_ALL_MAX_REQUESTS, SearchAll, searchScope } from './searchAll';
import { saveOrder, savedOrder } from './orderPreference';
import type { Order } from './orderPreference';
import type { SearchAllProgress } from './searchAll';

const DEFAULT_HEIGHT = 600;
const MIN_AUTO_REFRESH_SECONDS = 30;

type Phase = 'loading' | 'ready' | 'error';

interface FeedItem {
    key: string;
    item: TimelineItem;
    position: number;
    tabIndex: number;
}

interface Focusable {
    focusFirst?(): boolean;
    focusLast?(): boolean;
}

export default class KustomerCaseConversation extends LightningElement {
    /** The Case (set by the record page; a new Case reloads the view). */
    @api
    get recordId(): string | undefined {
        return this.caseId;
    }
    set recordId(value: string | undefined) {
        const changed = value !== this.caseId;
        this.caseId = value;
        if (changed && this.connected) this.load(false);
    }
    /** Height of the message area in px; 0 lets it grow with its content. */
    @api height = DEFAULT_HEIGHT;
    /** Preferred messages per page (10–100). */
    @api messagesPerPage = 50;
    /** Newest message on top (App Builder default true; unset counts as true) or at the bottom. */
    @api showNewestFirst?: boolean;
    /** Interleave internal notes (needs the Kustomer note role; unset counts as true). */
    @api showNotes?: boolean;
    /** Auto-refresh interval in seconds; 0 = off, else at least 30. */
    @api autoRefreshSeconds = 0;

    phase: Phase = 'loading';
    error?: KustomerError;
    conversation?: ConversationView;
    timeline: Timeline = { items: [], matchCount: 0, shownCount: 0 };
    /** The part of the timeline in the DOM (renderWindow.ts) and the feed's Tab stop (feedKeyboard.ts). */
    renderWindow: RenderWindow = { start: 0, end: 0 };
    activeKey?: string;
    channels: ChannelInfo[] = [];
    filters: Filters = ALL_FILTERS;
    query = '';
    activeMatch = -1;
    loadingOlder = false;
    olderError?: KustomerError;
    refreshing = false;
    refreshFailed = false;
    retryInSeconds = 0;
    now = Date.now();
    liveMessage = '';
    /** The order this agent chose (remembered per user); unset: the App Builder property decides. */
    orderChoice?: Order;
    /** The last Search all: its progress while it runs, and how it ended. */
    searchAllProgress?: SearchAllProgress;

    private caseId?: string;
    private connected = false;
    private viewer?: ViewerState;
    private loadToken = 0;
    private autoRetried = false;
    private anchor?: ScrollAnchor;
    private scrollToNewest = false;
    private awayFromNewest = false;
    private renderedMarked = false;
    private pendingFocusKey?: string;
    private recheckPosition = false;
    /** Where the rendered window is heading; it gets there one kind of change per render (stepToward). */
    private wantedWindow?: RenderWindow;
    private scrollIntent = new ScrollIntent();
    private timers = new AutoTimers();
    private searchAllRun?: SearchAll;
    private onWindowScroll = (): void => this.checkPosition();

    connectedCallback(): void {
        this.connected = true;
        this.orderChoice = savedOrder(userId);
        if (typeof window !== 'undefined') {
            // Phones (and height 0) scroll the page, not a box of their own: follow the page too.
            window.addEventListener('scroll', this.onWindowScroll, { passive: true });
            for (const gesture of ['wheel', 'touchmove'])
                window.addEventListener(gesture, this.scrollIntent.mark, { passive: true });
        }
        this.load(false);
        this.timers.startClock(() => {
            this.now = Date.now();
        });
        const seconds = Number(this.autoRefreshSeconds);
        if (Number.isFinite(seconds) && seconds > 0) {
            this.timers.startAutoRefresh(Math.max(MIN_AUTO_REFRESH_SECONDS, seconds), () =>
                this.autoRefresh()
            );
        }
    }

    disconnectedCallback(): void {
        this.connected = false;
        if (typeof window !== 'undefined') {
            window.removeEventListener('scroll', this.onWindowScroll);
            for (const gesture of ['wheel', 'touchmove'])
                window.removeEventListener(gesture, this.scrollIntent.mark);
        }
        this.timers.stopAll();
        this.searchAllRun?.cancel();
        this.loadToken++;
    }

    renderedCallback(): void {
        const scroller = this.template?.querySelector<HTMLElement>('[data-id="scroller"]') ?? null;
        if (this.anchor) {
            preserveScroll(this.template, scroller, this.anchor);
            this.anchor = undefined;
        }
        if (this.scrollToNewest && this.hasItems) {
            this.scrollToNewest = false;
            if (scroller) scroller.scrollTop = this.newestFirst ? 0 : scroller.scrollHeight;
        }
        if (this.pendingFocusKey !== undefined) {
            const element = entryElement(this.template, this.pendingFocusKey);
            if (element) {
                this.pendingFocusKey = undefined;
                element.focus();
            }
        }
        if (this.wantedWindow) this.advanceWindow();
        else if (this.recheckPosition) {
            // Older entries arrived: where the reader is now (Jump to newest, more to render).
            this.recheckPosition = false;
            this.checkPosition();
        }
        if (
            !this.renderedMarked &&
            this.template?.querySelector('c-kustomer-conversation-message')
        ) {
            this.renderedMarked = true;
            markRendered(this.renderWindow.end - this.renderWindow.start);
        }
    }

    errorCallback(error: unknown): void {
        // A child failed to render: show the error state instead of breaking the page.
        this.showError({ code: 'UNKNOWN', message: String(error) });
    }

    // ---- loading ----

    get includeNotes(): boolean {
        return isOn(this.showNotes);
    }

    /** The Notes filter only when there are notes to filter (not when the key cannot read them, or none exist). */
    get showNotesFilter(): boolean {
        const viewer = this.viewer;
        return (
            this.includeNotes &&
            viewer !== undefined &&
            viewer.notesStatus === 'OK' &&
            (viewer.notes.length > 0 || viewer.hasMoreNotes)
        );
    }

    get newestFirst(): boolean {
        return this.orderChoice ? this.orderChoice === 'newest' : isOn(this.showNewestFirst);
    }

    /** Newest first reads like an inbox (entries in one column); oldest first like a chat (bubbles left and right). */
    get messageLayoutClass(): string {
        return this.newestFirst ? 'kc-layout_list' : 'kc-layout_chat';
    }

    /** Where the newest entry is in the feed's order. */
    private get newestSide(): Side {
        return this.newestFirst ? 'start' : 'end';
    }

    /** Phones (the Salesforce mobile app's Small form factor): page scroll, compact header, filters in a menu. */
    get isPhone(): boolean {
        return formFactor === 'Small';
    }

    /** Phones scroll the page: the message list has no box (and scroll) of its own there; nor has height 0. */
    get scrollsWithPage(): boolean {
        return this.isPhone || Number(this.height) === 0;
    }

    private settings() {
        return { locale: locale || 'en-US', timeZone: timeZone || 'UTC' };
    }

    /**
     * First view (or Retry, or another Case): skeleton, then the conversation. A Refresh of a view that is showing
     * keeps it on screen until the new data is in, and keeps it when the refresh fails.
     */
    private async load(forceRefresh: boolean): Promise<void> {
        const token = ++this.loadToken;
        const caseId = this.caseId;
        this.searchAllRun?.cancel();
        this.searchAllProgress = undefined;
        const soft = forceRefresh && this.phase === 'ready';
        this.phase = soft ? 'ready' : 'loading';
        this.refreshing = soft;
        this.liveMessage = label('Viewer_Loading');
        this.retryInSeconds = 0;
        this.timers.stopRetry();
        if (!caseId) {
            this.showError({ code: 'NOT_LINKED', message: 'No record id.' });
            return;
        }
        if (forceRefresh) forgetCase(caseId);
        const viewer = new ViewerState({
            caseId,
            preferredPageSize: Number(this.messagesPerPage),
            includeNotes: this.includeNotes,
            settings: this.settings()
        });
        const outcome = await safely(() => viewer.loadFirst(forceRefresh));
        if (token !== this.loadToken) return;
        this.refreshing = false;
        if (!outcome.ok && soft) {
            this.refreshFailed = true;
            this.liveMessage = label('Viewer_Refresh_Error');
            return;
        }
        this.viewer = viewer;
        this.conversation = viewer.conversation;
        if (!outcome.ok) {
            this.showError(outcome.error);
            return;
        }
        this.autoRetried = false;
        this.refreshFailed = false;
        this.phase = 'ready';
        this.scrollToNewest = !soft;
        this.sync(!soft);
        this.liveMessage = this.shownOfText;
        this.loadRemainingNotes(token);
    }

    /** Notes pages after the first, one after the other, until there are no more (or one fails). */
    private async loadRemainingNotes(token: number): Promise<void> {
        const viewer = this.viewer;
        if (!viewer || !viewer.hasMoreNotes || token !== this.loadToken) return;
        const outcome = await safely(() => viewer.loadMoreNotes());
        if (token !== this.loadToken) return;
        this.sync();
        if (outcome.ok) await this.loadRemainingNotes(token);
    }

    private showError(error: KustomerError): void {
        this.error = error;
        this.phase = 'error';
        this.liveMessage = '';
        if (error.code === 'RATE_LIMITED' && !this.autoRetried) {
            this.autoRetried = true;
            this.retryInSeconds = error.retryAfterSeconds ?? 60;
            this.timers.startRetry(
                () => {
                    this.retryInSeconds = Math.max(0, this.retryInSeconds - 1);
                },
                this.retryInSeconds,
                () => this.load(false)
            );
        }
    }

    private async autoRefresh(): Promise<void> {
        const viewer = this.viewer;
        if (!viewer || this.phase !== 'ready' || this.refreshing || this.loadingOlder) return;
        if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return;
        this.refreshing = true;
        const token = this.loadToken;
        const outcome = await safely(() => viewer.refreshIfChanged());
        if (token !== this.loadToken) return;
        this.refreshing = false;
        this.refreshFailed = !outcome.ok;
        this.sync();
    }

    /** Copies the viewer's data into reactive fields and rebuilds the timeline. */
    private sync(fresh = false): void {
        const viewer = this.viewer;
        if (!viewer) return;
        this.conversation = viewer.conversation;
        this.channels = channelsOf(viewer.messages);
        // The current match stays the same match when entries arrive before it (older pages, oldest first).
        const current = this.timeline.items.find((item) => item.hasActiveMatch);
        this.rebuildTimeline(fresh);
        if (!current || fresh) return;
        const again = this.timeline.items.find((item) => item.key === current.key);
        const moved = again ? again.firstMatch + (this.activeMatch - current.firstMatch) : -1;
        if (again && moved !== this.activeMatch) {
            this.activeMatch = moved;
            this.rebuildTimeline();
        }
    }

    private rebuildTimeline(fresh = false): void {
        const viewer = this.viewer;
        if (!viewer) return;
        const oldKeys = this.timeline.items.map((item) => item.key);
        this.timeline = buildTimeline(viewer.messages, this.includeNotes ? viewer.notes : [], {
            newestFirst: this.newestFirst,
            filters: this.filters,
            query: this.query,
            activeMatch: this.activeMatch,
            complete: viewer.complete
        });
        const keys = this.timeline.items.map((item) => item.key);
        const side = this.newestSide;
        if (fresh) {
            this.wantedWindow = undefined;
            this.renderWindow = newestWindow(keys.length, side);
        } else {
            const before = this.renderWindow;
            // What is rendered, in the new list's places (it gains what arrived at an end it touched) …
            this.renderWindow = remapWindow(before, oldKeys, keys, side, Infinity);
            // … and where it goes: within the limit (the side without new entries gives way), never without
            // what the reader sees.
            this.wantedWindow = remapWindow(before, oldKeys, keys, side);
            const seen = this.indexOfKey(this.anchor?.key ?? this.visibleAnchor()?.key);
            if (seen >= 0)
                this.wantedWindow = windowIncluding(this.wantedWindow, seen, keys.length);
        }
        const matched = this.timeline.items.findIndex((item) => item.hasActiveMatch);
        this.showWindow(
            matched >= 0 ? windowIncluding(this.wanted, matched, keys.length) : this.wanted
        );
    }

    /** Where the rendered window is heading (or is). */
    private get wanted(): RenderWindow {
        return this.wantedWindow ?? this.renderWindow;
    }

    private showWindow(target: RenderWindow): void {
        this.wantedWindow = target;
        this.advanceWindow();
    }

    /** One step toward the wanted window, keeping what the reader sees where it is. */
    private advanceWindow(): void {
        const target = this.wantedWindow;
        const next = target ? stepToward(this.renderWindow, target) : undefined;
        if (!next) {
            this.wantedWindow = undefined;
            return;
        }
        this.anchor ??= this.visibleAnchor();
        this.renderWindow = next;
    }

    /** The rendered slice of the timeline: each entry with its place in the whole and its tab stop. */
    get feedItems(): FeedItem[] {
        const { start, end } = this.renderWindow;
        const slice = this.timeline.items.slice(start, end);
        const stop = tabStopKey(
            slice.map((item) => item.key),
            this.activeKey,
            this.newestFirst
        );
        return slice.map((item, offset) => ({
            key: item.key,
            item,
            position: start + offset + 1,
            tabIndex: item.key === stop ? 0 : -1
        }));
    }

    /** A new query or filter: the timeline again, with the first match (if any) as the current one. */
    private rebuildFromFirstMatch(fresh = false): void {
        this.activeMatch = -1;
        this.rebuildTimeline(fresh);
        // Matches are numbered while the timeline is built, so the first one is known only after this pass.
        if (this.timeline.matchCount > 0 && this.searching) {
            this.activeMatch = 0;
            this.rebuildTimeline();
        }
    }

    // ---- template state ----

    get isLoading(): boolean {
        return this.phase === 'loading';
    }

    get isError(): boolean {
        return this.phase === 'error';
    }

    get isReady(): boolean {
        return this.phase === 'ready';
    }

    get isAdmin(): boolean {
        return hasSetupPermission === true;
    }

    get viewerLabel(): string {
        return label('Viewer_Title');
    }

    get feedLabel(): string {
        return label('Viewer_Feed_Label');
    }

    get freshnessText(): string {
        const ref = freshness(this.viewer?.fetchedAt, this.now, this.settings());
        return formatLabel(label(ref.key), ...ref.args);
    }

    get scrollerStyle(): string {
        return scrollerStyle(this.scrollsWithPage ? 0 : this.height, DEFAULT_HEIGHT);
    }

    get scrollerClass(): string {
        return scrollerClass(this.scrollsWithPage ? 0 : this.height);
    }

    /** The feed's size for assistive technology: -1 (unknown) while older messages can still load. */
    get feedSetSize(): number {
        return this.canLoadOlder ? -1 : this.timeline.shownCount;
    }

    get hasItems(): boolean {
        return this.timeline.items.length > 0;
    }

    get emptyText(): string {
        const loaded = (this.viewer?.messages.length ?? 0) + (this.viewer?.notes.length ?? 0);
        return label(loaded === 0 ? 'Viewer_Empty' : 'Viewer_No_Results');
    }

    get shownOfText(): string {
        const { locale: userLocale } = this.settings();
        return formatLabel(
            label('Viewer_Shown_Of'),
            formatCount(this.loadedCount, userLocale),
            formatCount(this.totalHint, userLocale)
        );
    }

    /** The conversation's size as far as it is known (Kustomer's messageCount is a hint; never below loaded). */
    private get totalHint(): number {
        return Math.max(this.viewer?.messageCount ?? 0, this.loadedCount);
    }

    /**
     * A total the search can stand behind: the one the pages prove, else Kustomer's count while the pages agree
     * with it, else none. (Read defensively: the data layer of issue 11 adds totalCount and countTrusted; without
     * them the count is taken as today.)
     */
    private get knownTotal(): number | undefined {
        const viewer = this.viewer as
            (ViewerState & { totalCount?: number; countTrusted?: boolean }) | undefined;
        if (!viewer) return undefined;
        if (typeof viewer.totalCount === 'number') return viewer.totalCount;
        if (viewer.countTrusted === false) return undefined;
        return viewer.messageCount === undefined ? undefined : this.totalHint;
    }

    /**
     * What the search covers and Search all (searchAll.ts): "12 matches in 150 loaded of 1,200 messages", the
     * button with its budget, the progress while it loads, and why it stopped.
     */
    get searchStatus() {
        const progress = this.searchAllProgress;
        const running = progress?.running === true;
        const { locale: userLocale } = this.settings();
        const loaded = this.loadedCount;
        const total = this.knownTotal;
        const partial = this.searching && (this.canLoadOlder || running);
        const [scopeKey, ...scopeArgs] = searchScope(this.timeline.matchCount, loaded, total, (n) =>
            formatCount(n, userLocale)
        );
        return {
            show: partial,
            scopeText: partial ? formatLabel(label(scopeKey), ...scopeArgs) : '',
            running,
            canStart: partial && !running && !this.olderError,
            // Without a known total the bar has nothing to measure against: only the count shows.
            percent: total ? Math.round((loaded / total) * 100) : -1,
            progressText:
                total === undefined
                    ? formatLabel(
                          label('Viewer_Search_All_Progress_Loaded'),
                          formatCount(loaded, userLocale)
                      )
                    : formatLabel(
                          label('Viewer_Search_All_Progress'),
                          formatCount(loaded, userLocale),
                          formatCount(total, userLocale)
                      ),
            budgetText: formatLabel(
                label('Viewer_Search_All_Budget'),
                formatCount(SEARCH_ALL_MAX_REQUESTS, userLocale)
            ),
            stoppedText:
                partial && !running && progress?.end === 'budget'
                    ? formatLabel(
                          label('Viewer_Search_All_Stopped'),
                          formatCount(progress.requests, userLocale)
                      )
                    : ''
        };
    }

    get loadedCount(): number {
        return this.viewer?.loadedCount ?? 0;
    }

    get totalCount(): number | undefined {
        return this.viewer?.messageCount;
    }

    get canLoadOlder(): boolean {
        return this.viewer?.nextOlderPage !== undefined;
    }

    get jumpLabel(): string {
        return label('Viewer_Jump_To_Newest');
    }

    get jumpIcon(): string {
        return this.newestFirst ? 'utility:jump_to_top' : 'utility:jump_to_bottom';
    }

    get showJump(): boolean {
        return this.hasItems && this.awayFromNewest;
    }

    get olderAtTop(): boolean {
        return !this.newestFirst;
    }

    /** Above the feed (oldest first): "Load earlier messages", while there is something to load. */
    get showPagerAbove(): boolean {
        return (
            this.olderAtTop &&
            !this.searchingAll &&
            (this.canLoadOlder || this.olderError !== undefined)
        );
    }

    /** Below the feed: "N of M messages" always; the button (and its progress) when older messages go below. */
    get footerCanLoad(): boolean {
        return this.newestFirst && this.canLoadOlder && !this.searchingAll;
    }

    get footerLoading(): boolean {
        return this.newestFirst && this.loadingOlder && !this.searchingAll;
    }

    /** Search all is loading pages: its progress shows by the search, not as a second one by the pager. */
    get searchingAll(): boolean {
        return this.searchAllProgress?.running === true;
    }

    get footerError(): KustomerError | undefined {
        return this.newestFirst ? this.olderError : undefined;
    }

    /** Search, filters and counts only when there is something to search (not on an empty conversation). */
    get showControls(): boolean {
        const viewer = this.viewer;
        if (!viewer) return false;
        return viewer.messages.length + viewer.notes.length > 0 || this.canLoadOlder;
    }

    get notices(): Array<{ key: string; text: string }> {
        const refs = this.viewer?.notices(this.includeNotes) ?? [];
        if (this.refreshFailed) refs.push({ key: 'refresh', labels: [['Viewer_Refresh_Error']] });
        return refs.map((ref) => ({
            key: ref.key,
            text: ref.labels.map(([name, ...args]) => formatLabel(label(name), ...args)).join(' ')
        }));
    }

    get hasNotices(): boolean {
        return this.notices.length > 0;
    }

    get searching(): boolean {
        return normalizeQuery(this.query) !== '';
    }

    get busy(): boolean {
        return this.phase === 'loading' || this.refreshing || this.loadingOlder;
    }

    // ---- handlers ----

    handleRefresh(): void {
        this.refreshFailed = false;
        this.olderError = undefined;
        this.load(true);
    }

    handleRetry(): void {
        this.load(false);
    }

    async handleLoadOlder(): Promise<void> {
        const viewer = this.viewer;
        if (!viewer || this.loadingOlder) return;
        this.loadingOlder = true;
        this.olderError = undefined;
        this.liveMessage = label('Viewer_Loading_Older');
        const token = this.loadToken;
        const anchor = this.visibleAnchor();
        const before = this.timeline.items.map((item) => item.key);
        const outcome = await safely(() => viewer.loadOlder());
        if (token !== this.loadToken) return;
        this.loadingOlder = false;
        if (!outcome.ok) {
            this.olderError = outcome.error;
            return;
        }
        this.anchor = anchor;
        this.recheckPosition = true;
        this.sync();
        // The feed's Tab stop moves to the first message just loaded: Shift+Tab from the button reads on there.
        const first = firstNewKey(
            before,
            this.timeline.items.map((item) => item.key),
            this.newestFirst
        );
        if (first !== undefined) {
            this.activeKey = first;
            // Rendered too, unless that would take away what the reader is looking at (they scroll there).
            const total = this.timeline.items.length;
            const next = windowIncluding(this.wanted, this.indexOfKey(first), total);
            const seen = this.indexOfKey(anchor?.key);
            if (seen < 0 || (seen >= next.start && seen < next.end)) this.showWindow(next);
        }
        this.liveMessage = this.shownOfText;
    }

    /** Dragging the message box's scrollbar (the pointer on the box itself) scrolls as the person's own. */
    handleScrollbarPointer(event: Event): void {
        if (event.target === event.currentTarget) this.scrollIntent.mark();
    }

    handleScroll(): void {
        this.checkPosition();
    }

    /**
     * After every scroll (the message box's or the page's): render more near the reader, load an older page when a
     * person scrolled to the end of what is loaded, and offer "Jump to newest" away from the newest message.
     */
    private checkPosition(): void {
        const feed = this.template?.querySelector<HTMLElement>('[data-id="feed"]');
        if (!feed || !this.isReady) return;
        const position = feedPosition(feed, viewportOf(this.scroller()));
        const total = this.timeline.items.length;
        const newest = this.newestSide;
        const older: Side = newest === 'start' ? 'end' : 'start';
        this.awayFromNewest =
            !atEdge(this.renderWindow, total, newest) || !atRenderedEdge(position, newest);
        if (this.wantedWindow) return; // still on its way: measure again once it is there
        for (const side of ['start', 'end'] as const) {
            const near = side === 'start' ? position.nearRenderedStart : position.nearRenderedEnd;
            if (near && !atEdge(this.renderWindow, total, side)) {
                this.showWindow(growWindow(this.renderWindow, total, side));
                return;
            }
        }
        if (
            atRenderedEdge(position, older) &&
            this.scrollIntent.recent() &&
            this.canLoadOlder &&
            !this.loadingOlder &&
            !this.olderError
        ) {
            this.handleLoadOlder();
        }
    }

    handleJumpToNewest(): void {
        const total = this.timeline.items.length;
        this.showWindow(newestWindow(total, this.newestSide));
        const newest = this.timeline.items[this.newestFirst ? 0 : total - 1];
        this.activeKey = newest?.key;
        this.pendingFocusKey = newest?.key;
        this.awayFromNewest = false;
        const scroller = this.scroller();
        if (scroller) scroller.scrollTop = this.newestFirst ? 0 : scroller.scrollHeight;
        this.scrollToNewest = true;
    }

    /** Page Down/Up between articles, Ctrl+Home/End out of the feed (feedKeyboard.ts). */
    handleFeedKeydown(event: KeyboardEvent): void {
        const article = articleOf(event.target, event.currentTarget as Element);
        if (!article) return;
        const action = feedKeyAction(
            event,
            this.indexOfKey(article.dataset.key),
            this.timeline.items.length
        );
        if (!action) return;
        event.preventDefault();
        if (action.kind === 'leave') {
            this.focusOutsideFeed(action.where);
            return;
        }
        const key = this.timeline.items[action.index]?.key;
        if (key === undefined) return;
        this.activeKey = key;
        this.showWindow(windowIncluding(this.wanted, action.index, this.timeline.items.length));
        const element = entryElement(this.template, key);
        if (element) element.focus();
        else this.pendingFocusKey = key;
    }

    /** An article that takes focus itself (a screen reader, a click on its text) becomes the feed's Tab stop. */
    handleFeedFocus(event: FocusEvent): void {
        const article = articleOf(event.target, event.currentTarget as Element);
        if (article && event.composedPath()[0] === article) this.makeTabStop(article.dataset.key);
    }

    /**
     * A click inside an article makes it the Tab stop once the click has done its work: becoming the Tab stop
     * renders its links again (tabbable now), and a link replaced during its own click would open nothing.
     */
    handleFeedClick(event: MouseEvent): void {
        const key = articleOf(event.target, event.currentTarget as Element)?.dataset.key;
        // eslint-disable-next-line @lwc/lwc/no-async-operation -- after the click's default action (a link opening)
        if (key !== undefined) setTimeout(() => this.makeTabStop(key), 0);
    }

    private makeTabStop(key: string | undefined): void {
        if (key !== undefined && key !== this.activeKey) this.activeKey = key;
    }

    private focusOutsideFeed(where: 'before' | 'after'): void {
        const pick = (id: string) =>
            this.template?.querySelector(`[data-id="${id}"]`) as (Element & Focusable) | null;
        if (where === 'after') {
            pick('pager')?.focusFirst?.();
            return;
        }
        if (pick('pager-above')?.focusFirst?.()) return;
        pick('toolbar')?.focusLast?.();
    }

    private scroller(): HTMLElement | null {
        return this.template?.querySelector<HTMLElement>('[data-id="scroller"]') ?? null;
    }

    private visibleAnchor(): ScrollAnchor | undefined {
        return firstVisible(messageArticles(this.template), viewportOf(this.scroller()));
    }

    private indexOfKey(key: string | undefined): number {
        return this.timeline.items.findIndex((item) => item.key === key);
    }

    handleSearch(event: CustomEvent<{ query: string }>): void {
        this.query = event.detail?.query ?? '';
        if (!this.searching) this.searchAllRun?.cancel();
        this.rebuildFromFirstMatch();
        this.liveMessage = this.searchAnnouncement();
    }

    /** Loads the remaining older pages in the background (at most SEARCH_ALL_MAX_REQUESTS), searching as they come. */
    async handleSearchAll(): Promise<void> {
        const viewer = this.viewer;
        if (!viewer || this.loadingOlder || this.searchAllProgress?.running) return;
        const run = new SearchAll(viewer);
        const token = this.loadToken;
        this.searchAllRun = run;
        this.loadingOlder = true;
        this.olderError = undefined;
        this.searchAllProgress = { ...run.progress, running: true };
        const last = await run.run((progress) => {
            if (token !== this.loadToken) return;
            this.searchAllProgress = progress;
            this.sync();
        });
        if (token !== this.loadToken) return;
        this.loadingOlder = false;
        this.searchAllProgress = last;
        if (last.error) this.olderError = last.error;
        this.liveMessage = this.searchAnnouncement();
    }

    handleCancelSearchAll(): void {
        this.searchAllRun?.cancel();
    }

    /** What a screen reader hears after a search: the count, and its reach while not everything is loaded. */
    private searchAnnouncement(): string {
        if (!this.searching) return '';
        const status = this.searchStatus;
        return status.show
            ? status.scopeText
            : formatLabel(
                  label('Viewer_Search_Results'),
                  formatCount(this.timeline.matchCount, this.settings().locale)
              );
    }

    /** The agent picks newest or oldest first: remembered for them, the view starts again at the newest. */
    handleOrderChange(event: CustomEvent<{ order: Order }>): void {
        const order = event.detail?.order;
        if ((order !== 'newest' && order !== 'oldest') || (order === 'newest') === this.newestFirst)
            return;
        this.orderChoice = order;
        saveOrder(userId, order);
        this.activeKey = undefined;
        this.anchor = undefined;
        this.timeline = { items: [], matchCount: 0, shownCount: 0 };
        this.rebuildFromFirstMatch(true);
        this.scrollToNewest = true;
    }

    handleMatchStep(event: CustomEvent<{ step: 1 | -1 }>): void {
        this.activeMatch = stepMatch(
            this.activeMatch,
            this.timeline.matchCount,
            event.detail?.step === -1 ? -1 : 1
        );
        this.rebuildTimeline();
    }

    handleFilterChange(event: CustomEvent<{ filters: Filters }>): void {
        this.filters = event.detail?.filters ?? ALL_FILTERS;
        this.rebuildFromFirstMatch();
    }
}

/** Boolean App Builder properties default to true: only an explicit false (or "false") turns them off. */
function isOn(value: unknown): boolean {
    return value !== false && value !== 'false';
}
