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
    Timeline
} from 'c/kustomerConversationModel';
import { label } from 'c/kustomerConversationLabels';
import { forgetCase } from './loader';
import { ViewerState, safely } from './viewerState';
import { AutoTimers, markRendered, scrollerClass, scrollerStyle } from './viewerDom';
import { FeedView } from './feedView';
import type { FeedHost, FeedItem } from './feedView';
import { SearchAll, searchStatus } from './searchAll';
import type { SearchAllProgress } from './searchAll';
import { saveOrder, savedOrder } from './orderPreference';
import type { Order } from './orderPreference';

const DEFAULT_HEIGHT = 600;
const MIN_AUTO_REFRESH_SECONDS = 30;

type Phase = 'loading' | 'ready' | 'error';

export default class KustomerCaseConversation extends LightningElement {
    /** The Case (set by the record page; a new Case reloads the view). */
    @api
    get recordId(): string | undefined {
        return this.caseId;
    }
    set recordId(value: string | undefined) {
        const changed = value !== this.caseId;
        this.caseId = value;
        if (changed && this.connected) void this.load(false);
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
    errorAt?: number;
    conversation?: ConversationView;
    timeline: Timeline = { items: [], matchCount: 0, shownCount: 0 };
    /** Bumped when the feed view (what is rendered, the Tab stop, where the reader is) changed: renders again. */
    feedVersion = 0;
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
    private renderedMarked = false;
    private timers = new AutoTimers();
    private searchAllRun?: SearchAll;
    private feed = new FeedView(this.feedHost());

    connectedCallback(): void {
        this.connected = true;
        this.orderChoice = savedOrder(userId);
        this.feed.connect();
        // Loads run detached and never reject: safely() turns every failure into an outcome the view shows.
        void this.load(false);
        this.timers.startClock(() => {
            this.now = Date.now();
        });
        const seconds = Number(this.autoRefreshSeconds);
        if (Number.isFinite(seconds) && seconds > 0) {
            this.timers.startAutoRefresh(Math.max(MIN_AUTO_REFRESH_SECONDS, seconds), () => {
                void this.autoRefresh();
            });
        }
    }

    disconnectedCallback(): void {
        this.connected = false;
        this.feed.disconnect();
        this.timers.stopAll();
        this.searchAllRun?.cancel();
        this.loadToken++;
    }

    renderedCallback(): void {
        if (this.isReady) this.feed.afterRender();
        if (
            !this.renderedMarked &&
            this.template?.querySelector('c-kustomer-conversation-message')
        ) {
            this.renderedMarked = true;
            markRendered(this.feed.window.end - this.feed.window.start);
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
        this.sync(!soft);
        this.liveMessage = this.shownOfText;
        void this.loadNames(token);
        void this.loadRemainingNotes(token);
    }

    /** Names of the people the loaded messages and notes name, after the messages are on screen. */
    private async loadNames(token: number): Promise<void> {
        const viewer = this.viewer;
        if (!viewer || token !== this.loadToken) return;
        await safely(() => viewer.loadPeople());
        if (token === this.loadToken) this.sync();
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
        this.errorAt = Date.now();
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
                () => {
                    void this.load(false);
                }
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
        if (outcome.ok) void this.loadNames(token);
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
        this.feed.rebuilt(oldKeys, fresh);
    }

    /** What the feed view needs of this component (feedView.ts). */
    private feedHost(): FeedHost {
        const component = this;
        return {
            get root() {
                return component.template;
            },
            get items() {
                return component.timeline.items;
            },
            get newestFirst() {
                return component.newestFirst;
            },
            get canAutoLoad() {
                return (
                    component.isReady &&
                    component.canLoadOlder &&
                    !component.loadingOlder &&
                    !component.olderError
                );
            },
            loadOlder: () => {
                void this.handleLoadOlder();
            },
            changed: () => {
                this.feedVersion++;
            }
        };
    }

    /**
     * The rendered slice of the timeline: each entry with its place in the whole and its tab stop. (Reading
     * feedVersion makes LWC render again when the view changes.)
     */
    get feedItems(): FeedItem[] {
        return this.feedVersion >= 0 ? this.feed.items() : [];
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

    /** On a failure the state's Retry (where it can help) is the only way to ask again. */
    get canRefresh(): boolean {
        return this.phase !== 'error';
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

    /** Only for a conversation on screen: a failure or a first load has nothing to be fresh about. */
    get freshnessText(): string {
        if (!this.isReady) return '';
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
        const loaded = formatCount(this.loadedCount, userLocale);
        const total = this.totalCount;
        return total === undefined
            ? formatLabel(label('Viewer_Loaded_Count'), loaded)
            : formatLabel(label('Viewer_Shown_Of'), loaded, formatCount(total, userLocale));
    }

    /**
     * A total the search can stand behind: the one the pages prove, else Kustomer's count while every page seen
     * agrees with it (issue 11: a count is a hint), else none ("N matches in 150 loaded messages").
     */
    private get knownTotal(): number | undefined {
        const viewer = this.viewer;
        if (!viewer) return undefined;
        return viewer.totalCount ?? (viewer.countTrusted ? viewer.countHint : undefined);
    }

    /** What the search covered and Search all (searchAll.ts), for the toolbar. */
    get searchStatus() {
        return searchStatus({
            partial: this.searching && (this.canLoadOlder || this.searchingAll),
            failed: this.olderError !== undefined,
            matches: this.timeline.matchCount,
            loaded: this.loadedCount,
            total: this.knownTotal,
            progress: this.searchAllProgress,
            locale: this.settings().locale
        });
    }

    get loadedCount(): number {
        return this.viewer?.loadedCount ?? 0;
    }

    /** "N of M": M only when the pages prove it (Kustomer's messageCount is a hint). */
    get totalCount(): number | undefined {
        return this.viewer?.totalCount;
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
        return this.feedVersion >= 0 && this.hasItems && this.feed.awayFromNewest;
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
        void this.load(true);
    }

    handleRetry(): void {
        void this.load(false);
    }

    async handleLoadOlder(): Promise<void> {
        const viewer = this.viewer;
        if (!viewer || this.loadingOlder) return;
        this.loadingOlder = true;
        this.olderError = undefined;
        this.liveMessage = label('Viewer_Loading_Older');
        const token = this.loadToken;
        const mark = this.feed.beforeOlder();
        const outcome = await safely(() => viewer.loadOlder());
        if (token !== this.loadToken) return;
        this.loadingOlder = false;
        if (!outcome.ok) {
            this.olderError = outcome.error;
            return;
        }
        this.sync();
        this.feed.afterOlder(mark);
        this.liveMessage = this.shownOfText;
        void this.loadNames(token);
    }

    handleScroll(): void {
        this.feed.scrolled();
    }

    handleScrollbarPointer(event: Event): void {
        this.feed.scrollbarPointer(event);
    }

    handleJumpToNewest(): void {
        this.feed.jumpToNewest();
    }

    handleFeedKeydown(event: KeyboardEvent): void {
        this.feed.keydown(event);
    }

    handleFeedFocus(event: FocusEvent): void {
        this.feed.focusin(event);
    }

    handleFeedClick(event: MouseEvent): void {
        this.feed.click(event);
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
        void this.loadNames(token);
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
        this.timeline = { items: [], matchCount: 0, shownCount: 0 };
        this.rebuildFromFirstMatch(true);
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
