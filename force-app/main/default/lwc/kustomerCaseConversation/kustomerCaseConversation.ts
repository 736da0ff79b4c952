// Kustomer Case Conversation: the read-only viewer of the Kustomer conversation linked to a Case. Loads the
// conversation, then its newest page of messages (docs/contract.md), older pages on demand with the scroll
// position kept, notes interleaved; search, filters, refresh and optional auto-refresh. All logic that can be
// pure lives in c/kustomerConversationModel; the loads in time are ./viewerSession (data layer ./viewerState,
// ./loader); what the template reads is one TemplateView (./viewerView), computed from this component's state.
import { LightningElement, api } from 'lwc';
import locale from '@salesforce/i18n/locale';
import timeZone from '@salesforce/i18n/timeZone';
import hasSetupPermission from '@salesforce/customPermission/Kustomer_Manage_Setup';
import formFactor from '@salesforce/client/formFactor';
import userId from '@salesforce/user/Id';
import { ALL_FILTERS, stepMatch } from 'c/kustomerConversationModel';
import type { Filters, LocaleSettings } from 'c/kustomerConversationModel';
import { markRendered } from './viewerDom';
import { FeedView } from './feedView';
import type { FeedHost } from './feedWindow';
import { saveOrder, savedOrder } from './orderPreference';
import type { Order } from './orderPreference';
import { ViewerSession } from './viewerSession';
import type { SessionHost } from './viewerSession';
import type { ViewerState } from './viewerState';
import { nextTimeline } from './viewerTimeline';
import type { TimelineChange } from './viewerTimeline';
import {
    DEFAULT_HEIGHT,
    EMPTY_TIMELINE,
    NO_DATA,
    initialUi,
    isSearching,
    searchAnnouncement,
    shownOfText,
    snapshotOf,
    templateView
} from './viewerView';
import type { TemplateView, ViewerData, ViewerUi } from './viewerView';

export default class KustomerCaseConversation extends LightningElement {
    /** The Case (set by the record page; a new Case reloads the view). */
    @api
    get recordId(): string | undefined {
        return this.caseId;
    }
    set recordId(value: string | undefined) {
        const changed = value !== this.caseId;
        this.caseId = value;
        if (changed && this.connected) this.session.load(false);
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

    /** The viewer's own state and the loaded data: the only inputs of what the template reads (`view`). */
    private ui: ViewerUi = initialUi();
    private data: ViewerData = NO_DATA;
    /** Bumped when the feed view (what is rendered, the Tab stop, where the reader is) changed: renders again. */
    private feedVersion = 0;
    private caseId?: string;
    private connected = false;
    private renderedMarked = false;
    private readonly memo: { key: unknown[]; view?: TemplateView } = { key: [] };
    private readonly feed = new FeedView(this.feedHost());
    private readonly session = new ViewerSession(this.sessionHost());

    connectedCallback(): void {
        this.connected = true;
        this.set({ orderChoice: savedOrder(userId) });
        this.feed.connect();
        this.session.load(false);
        this.session.start(this.autoRefreshSeconds, () => this.set({ now: Date.now() }));
    }

    disconnectedCallback(): void {
        this.connected = false;
        this.feed.disconnect();
        this.session.stop();
    }

    renderedCallback(): void {
        if (this.ui.phase === 'ready') this.feed.afterRender();
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
        this.session.fail({ code: 'UNKNOWN', message: String(error) });
    }

    /** Everything the template reads, from this component's state (computed once per change, not per binding). */
    get view(): TemplateView {
        const key = [
            this.ui,
            this.data,
            this.feedVersion,
            this.height,
            this.newestFirst,
            this.includeNotes
        ];
        if (!this.memo.view || key.some((part, index) => part !== this.memo.key[index])) {
            this.memo.key = key;
            this.memo.view = templateView(this.ui, this.data, {
                includeNotes: this.includeNotes,
                newestFirst: this.newestFirst,
                isPhone: formFactor === 'Small',
                isAdmin: hasSetupPermission === true,
                height: this.height,
                settings: this.settings(),
                feedItems: this.feed.items(),
                awayFromNewest: this.feed.awayFromNewest
            });
        }
        return this.memo.view;
    }

    private get includeNotes(): boolean {
        return isOn(this.showNotes);
    }

    private get newestFirst(): boolean {
        const choice = this.ui.orderChoice;
        return choice ? choice === 'newest' : isOn(this.showNewestFirst);
    }

    private settings(): LocaleSettings {
        return { locale: locale || 'en-US', timeZone: timeZone || 'UTC' };
    }

    private set(patch: Partial<ViewerUi>): void {
        this.ui = { ...this.ui, ...patch };
    }

    /** What the session needs of this component (viewerSession.ts). */
    private sessionHost(): SessionHost {
        const component = this;
        return {
            get ui() {
                return component.ui;
            },
            get caseId() {
                return component.caseId;
            },
            set: (patch) => this.set(patch),
            options: (caseId) => ({
                caseId,
                preferredPageSize: Number(this.messagesPerPage),
                includeNotes: this.includeNotes,
                settings: this.settings()
            }),
            sync: (viewer, fresh) => this.sync(viewer, fresh),
            adopt: (viewer) => {
                this.data = snapshotOf(viewer, this.includeNotes);
            },
            loadedText: () => shownOfText(this.data, this.settings()),
            searchText: () => searchAnnouncement(this.ui, this.data, this.settings()),
            beforeOlder: () => this.feed.beforeOlder(),
            afterOlder: (mark) => this.feed.afterOlder(mark)
        };
    }

    /** What the feed view needs of this component (feedView.ts). */
    private feedHost(): FeedHost {
        const component = this;
        return {
            get root() {
                return component.template;
            },
            get items() {
                return component.ui.timeline.items;
            },
            get newestFirst() {
                return component.newestFirst;
            },
            get canAutoLoad() {
                const { phase, loadingOlder, olderError } = component.ui;
                return (
                    phase === 'ready' && component.data.canLoadOlder && !loadingOlder && !olderError
                );
            },
            loadOlder: () => this.session.loadOlder(),
            changed: () => {
                this.feedVersion++;
            }
        };
    }

    /** A new snapshot of the data layer, and the timeline again. */
    private sync(viewer: ViewerState, fresh = false): void {
        this.data = snapshotOf(viewer, this.includeNotes);
        this.retime(fresh ? 'fresh' : 'data');
    }

    /** The timeline again after a change (viewerTimeline.ts); the feed view keeps the reader's place. */
    private retime(change: TimelineChange, patch: Partial<ViewerUi> = {}, fresh = false): void {
        const oldKeys = this.ui.timeline.items.map((item) => item.key);
        this.set(patch);
        const settings = { newestFirst: this.newestFirst, includeNotes: this.includeNotes };
        this.set(nextTimeline(this.ui, this.data, settings, change));
        this.feed.rebuilt(oldKeys, fresh || change === 'fresh');
    }

    // ---- handlers (the feed's events go to the feed view, loads to the session) ----

    handleRetry = (): void => this.session.load(false);
    handleLoadOlder = (): void => this.session.loadOlder();
    handleScroll = (): void => this.feed.scrolled();
    handleScrollbarPointer = (event: Event): void => this.feed.scrollbarPointer(event);
    handleJumpToNewest = (): void => this.feed.jumpToNewest();
    handleFeedKeydown = (event: KeyboardEvent): void => this.feed.keydown(event);
    handleFeedFocus = (event: FocusEvent): void => this.feed.focusin(event);
    handleFeedClick = (event: MouseEvent): void => this.feed.click(event);
    handleSearchAll = (): void => this.session.searchAll();
    handleCancelSearchAll = (): void => this.session.cancelSearchAll();

    handleRefresh(): void {
        this.set({ refreshFailed: false, olderError: undefined });
        this.session.load(true);
    }

    handleSearch(event: CustomEvent<{ query: string }>): void {
        const query = event.detail?.query ?? '';
        if (!isSearching(query)) this.session.cancelSearchAll();
        this.retime('first', { query });
        this.set({ liveMessage: searchAnnouncement(this.ui, this.data, this.settings()) });
    }

    /** The agent picks newest or oldest first: remembered for them, the view starts again at the newest. */
    handleOrderChange(event: CustomEvent<{ order: Order }>): void {
        const order = event.detail?.order;
        if ((order !== 'newest' && order !== 'oldest') || (order === 'newest') === this.newestFirst)
            return;
        saveOrder(userId, order);
        this.retime('first', { orderChoice: order, timeline: EMPTY_TIMELINE }, true);
    }

    handleMatchStep(event: CustomEvent<{ step: 1 | -1 }>): void {
        const { activeMatch, timeline } = this.ui;
        const step = event.detail?.step === -1 ? -1 : 1;
        this.retime('step', { activeMatch: stepMatch(activeMatch, timeline.matchCount, step) });
    }

    handleFilterChange(event: CustomEvent<{ filters: Filters }>): void {
        this.retime('first', { filters: event.detail?.filters ?? ALL_FILTERS });
    }
}

/** Boolean App Builder properties default to true: only an explicit false (or "false") turns them off. */
function isOn(value: unknown): boolean {
    return value !== false && value !== 'false';
}
