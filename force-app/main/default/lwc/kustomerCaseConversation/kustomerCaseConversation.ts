// Kustomer Case Conversation: the read-only viewer of the Kustomer conversation linked to a Case. Loads the
// conversation, then its newest page of messages (docs/contract.md), older pages on demand with the scroll
// position kept, notes interleaved; search, filters, refresh and optional auto-refresh. All logic that can be
// pure lives in c/kustomerConversationModel; the data layer is ./viewerState and ./loader.
import { LightningElement, api } from 'lwc';
import locale from '@salesforce/i18n/locale';
import timeZone from '@salesforce/i18n/timeZone';
import hasSetupPermission from '@salesforce/customPermission/Kustomer_Manage_Setup';
import {
    ALL_FILTERS,
    buildTimeline,
    channelsOf,
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
    feedKeyTarget,
    markRendered,
    messageArticles,
    preserveScroll,
    readScroll,
    scrollPosition,
    scrollerClass,
    scrollerStyle
} from './viewerDom';
import type { ScrollAnchor } from './viewerDom';

const DEFAULT_HEIGHT = 600;
const MIN_AUTO_REFRESH_SECONDS = 30;

type Phase = 'loading' | 'ready' | 'error';

interface FeedItem {
    key: string;
    item: TimelineItem;
    position: number;
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
    errorAt?: number;
    conversation?: ConversationView;
    timeline: Timeline = { items: [], matchCount: 0, shownCount: 0 };
    feedItems: FeedItem[] = [];
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

    private caseId?: string;
    private connected = false;
    private viewer?: ViewerState;
    private loadToken = 0;
    private autoRetried = false;
    private anchor?: ScrollAnchor;
    private scrollToNewest = false;
    private awayFromNewest = false;
    private renderedMarked = false;
    private timers = new AutoTimers();

    connectedCallback(): void {
        this.connected = true;
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
        this.timers.stopAll();
        this.loadToken++;
    }

    renderedCallback(): void {
        const scroller = this.template?.querySelector<HTMLElement>('[data-id="scroller"]') ?? null;
        if (this.anchor) {
            preserveScroll(this.template, scroller, this.anchor);
            this.anchor = undefined;
        }
        if (this.scrollToNewest && this.feedItems.length > 0) {
            this.scrollToNewest = false;
            if (!this.newestFirst && scroller) scroller.scrollTop = scroller.scrollHeight;
        }
        if (
            !this.renderedMarked &&
            this.template?.querySelector('c-kustomer-conversation-message')
        ) {
            this.renderedMarked = true;
            markRendered(this.feedItems.length);
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

    get newestFirst(): boolean {
        return isOn(this.showNewestFirst);
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
        this.sync();
        this.liveMessage = this.shownOfText;
        this.loadNames(token);
        this.loadRemainingNotes(token);
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
        if (outcome.ok) this.loadNames(token);
    }

    /** Copies the viewer's data into reactive fields and rebuilds the timeline. */
    private sync(): void {
        const viewer = this.viewer;
        if (!viewer) return;
        this.conversation = viewer.conversation;
        this.channels = channelsOf(viewer.messages);
        this.rebuildTimeline();
    }

    private rebuildTimeline(): void {
        const viewer = this.viewer;
        if (!viewer) return;
        this.timeline = buildTimeline(viewer.messages, this.includeNotes ? viewer.notes : [], {
            newestFirst: this.newestFirst,
            filters: this.filters,
            query: this.query,
            activeMatch: this.activeMatch,
            complete: viewer.complete
        });
        this.feedItems = this.timeline.items.map((item, index) => ({
            key: item.key,
            item,
            position: index + 1
        }));
    }

    /** A new query or filter: the timeline again, with the first match (if any) as the current one. */
    private rebuildFromFirstMatch(): void {
        this.activeMatch = -1;
        this.rebuildTimeline();
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
        return scrollerStyle(this.height, DEFAULT_HEIGHT);
    }

    get scrollerClass(): string {
        return scrollerClass(this.height);
    }

    /** The feed's size for assistive technology: -1 (unknown) while older messages can still load. */
    get feedSetSize(): number {
        return this.canLoadOlder ? -1 : this.timeline.shownCount;
    }

    get hasItems(): boolean {
        return this.feedItems.length > 0;
    }

    get emptyText(): string {
        const loaded = (this.viewer?.messages.length ?? 0) + (this.viewer?.notes.length ?? 0);
        return label(loaded === 0 ? 'Viewer_Empty' : 'Viewer_No_Results');
    }

    get shownOfText(): string {
        const loaded = this.viewer?.loadedCount ?? 0;
        const total = this.viewer?.totalCount;
        return total === undefined
            ? formatLabel(label('Viewer_Loaded_Count'), loaded)
            : formatLabel(label('Viewer_Shown_Of'), loaded, total);
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
        return this.hasItems && this.awayFromNewest;
    }

    get olderAtTop(): boolean {
        return !this.newestFirst;
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
        if (!this.newestFirst) this.anchor = readScroll(this.template, this.feedItems[0]?.key);
        const outcome = await safely(() => viewer.loadOlder());
        if (token !== this.loadToken) return;
        this.loadingOlder = false;
        if (!outcome.ok) {
            this.anchor = undefined;
            this.olderError = outcome.error;
            return;
        }
        this.awayFromNewest = true;
        this.sync();
        this.liveMessage = this.shownOfText;
        this.loadNames(token);
    }

    handleScroll(event: Event): void {
        const scroller = event.currentTarget;
        if (!(scroller instanceof HTMLElement)) return;
        const { nearOlder, awayFromNewest } = scrollPosition(scroller, this.newestFirst);
        this.awayFromNewest = awayFromNewest;
        if (
            nearOlder &&
            this.canLoadOlder &&
            !this.loadingOlder &&
            !this.olderError &&
            this.isReady
        ) {
            this.handleLoadOlder();
        }
    }

    handleJumpToNewest(): void {
        const scroller = this.template?.querySelector<HTMLElement>('[data-id="scroller"]') ?? null;
        if (scroller) scroller.scrollTop = this.newestFirst ? 0 : scroller.scrollHeight;
        const articles = messageArticles(this.template);
        const newest = this.newestFirst ? articles[0] : articles[articles.length - 1];
        newest?.focus();
        this.awayFromNewest = false;
    }

    handleFeedKeydown(event: KeyboardEvent): void {
        const target = feedKeyTarget(event, messageArticles(this.template));
        if (target) {
            event.preventDefault();
            target.focus();
        }
    }

    handleSearch(event: CustomEvent<{ query: string }>): void {
        this.query = event.detail?.query ?? '';
        this.rebuildFromFirstMatch();
        this.liveMessage = this.searching
            ? formatLabel(label('Viewer_Search_Results'), this.timeline.matchCount)
            : '';
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
