// The viewer's loads in time: the first view (and Retry, Refresh, another Case), names and the remaining notes after
// the messages are on screen, auto-refresh, older pages, Search all, and the countdown after a rate limit. A load
// that a newer one overtook (another Case, a Refresh) changes nothing: each carries the token it started with.
import type { KustomerError } from 'c/kustomerConversationModel';
import { label } from 'c/kustomerConversationLabels';
import type { OlderMark } from './feedWindow';
import { SearchAll } from './searchAll';
import { AutoTimers } from './viewerDom';
import { forgetCase, safely } from './loader';
import { ViewerState } from './viewerState';
import type { ViewerOptions } from './viewerState';
import type { ViewerUi } from './viewerView';

const MIN_AUTO_REFRESH_SECONDS = 30;

/** What the session needs of the component. */
export interface SessionHost {
    readonly ui: ViewerUi;
    readonly caseId: string | undefined;
    set(patch: Partial<ViewerUi>): void;
    /** Options of a new view of this Case (its properties and the user's settings). */
    options(caseId: string): ViewerOptions;
    /** The data layer changed: a new snapshot, the timeline again (fresh: a new view, at its newest end). */
    sync(viewer: ViewerState, fresh?: boolean): void;
    /** A view that failed: its data (the header's conversation) without a timeline. */
    adopt(viewer: ViewerState): void;
    /** "N of M messages" for the live region, and the search's reach. */
    loadedText(): string;
    searchText(): string;
    beforeOlder(): OlderMark;
    afterOlder(mark: OlderMark): void;
}

export class ViewerSession {
    viewer?: ViewerState;
    private token = 0;
    private autoRetried = false;
    private searchAllRun?: SearchAll;
    private readonly timers = new AutoTimers();
    private readonly host: SessionHost;

    constructor(host: SessionHost) {
        this.host = host;
    }

    start(autoRefreshSeconds: unknown, tick: () => void): void {
        this.timers.startClock(tick);
        const seconds = Number(autoRefreshSeconds);
        if (Number.isFinite(seconds) && seconds > 0) {
            this.timers.startAutoRefresh(Math.max(MIN_AUTO_REFRESH_SECONDS, seconds), () =>
                this.detach(this.autoRefresh())
            );
        }
    }

    stop(): void {
        this.timers.stopAll();
        this.searchAllRun?.cancel();
        this.token++;
    }

    /**
     * First view (or Retry, or another Case): skeleton, then the conversation. A Refresh of a view that is showing
     * keeps it on screen until the new data is in, and keeps it when the refresh fails.
     */
    load(forceRefresh: boolean): void {
        this.detach(this.loadView(forceRefresh));
    }

    loadOlder(): void {
        this.detach(this.olderPage());
    }

    /** Loads the remaining older pages in the background (at most SEARCH_ALL_MAX_REQUESTS), searching as they come. */
    searchAll(): void {
        this.detach(this.searchAllPages());
    }

    /** Starts a load nobody awaits: its outcome lands in the view, and so does anything it throws. */
    private detach(work: Promise<void>): void {
        work.catch((reason: unknown) =>
            this.showError({ code: 'UNKNOWN', message: String(reason) })
        );
    }

    private async loadView(forceRefresh: boolean): Promise<void> {
        const token = ++this.token;
        const host = this.host;
        const caseId = host.caseId;
        this.searchAllRun?.cancel();
        const soft = forceRefresh && host.ui.phase === 'ready';
        host.set({
            searchAllProgress: undefined,
            phase: soft ? 'ready' : 'loading',
            refreshing: soft,
            liveMessage: label('Viewer_Loading'),
            retryInSeconds: 0
        });
        this.timers.stopRetry();
        if (!caseId) {
            this.showError({ code: 'NOT_LINKED', message: 'No record id.' });
            return;
        }
        if (forceRefresh) forgetCase(caseId);
        const viewer = new ViewerState(host.options(caseId));
        const outcome = await safely(() => viewer.loadFirst(forceRefresh));
        if (token !== this.token) return;
        host.set({ refreshing: false });
        if (!outcome.ok && soft) {
            host.set({ refreshFailed: true, liveMessage: label('Viewer_Refresh_Error') });
            return;
        }
        this.viewer = viewer;
        if (!outcome.ok) {
            host.adopt(viewer);
            this.showError(outcome.error);
            return;
        }
        this.autoRetried = false;
        host.set({ refreshFailed: false, phase: 'ready' });
        host.sync(viewer, !soft);
        host.set({ liveMessage: host.loadedText() });
        this.detach(this.loadNames(token));
        this.detach(this.loadRemainingNotes(token));
    }

    /** Names of the people the loaded messages and notes name, after the messages are on screen. */
    private async loadNames(token: number): Promise<void> {
        const viewer = this.viewer;
        if (!viewer || token !== this.token) return;
        await safely(() => viewer.loadPeople());
        if (token === this.token) this.host.sync(viewer);
    }

    /** Notes pages after the first, one after the other, until there are no more (or one fails). */
    private async loadRemainingNotes(token: number): Promise<void> {
        const viewer = this.viewer;
        if (!viewer || !viewer.hasMoreNotes || token !== this.token) return;
        const outcome = await safely(() => viewer.loadMoreNotes());
        if (token !== this.token) return;
        this.host.sync(viewer);
        if (outcome.ok) await this.loadRemainingNotes(token);
    }

    private showError(error: KustomerError): void {
        const host = this.host;
        host.set({ error, errorAt: Date.now(), phase: 'error', liveMessage: '' });
        if (error.code === 'RATE_LIMITED' && !this.autoRetried) {
            this.autoRetried = true;
            const seconds = error.retryAfterSeconds ?? 60;
            host.set({ retryInSeconds: seconds });
            this.timers.startRetry(
                () => host.set({ retryInSeconds: Math.max(0, host.ui.retryInSeconds - 1) }),
                seconds,
                () => this.load(false)
            );
        }
    }

    /** A child failed to render: the error state instead of a broken page. */
    fail(error: KustomerError): void {
        this.showError(error);
    }

    private async autoRefresh(): Promise<void> {
        const viewer = this.viewer;
        const ui = this.host.ui;
        if (!viewer || ui.phase !== 'ready' || ui.refreshing || ui.loadingOlder) return;
        if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return;
        this.host.set({ refreshing: true });
        const token = this.token;
        const outcome = await safely(() => viewer.refreshIfChanged());
        if (token !== this.token) return;
        this.host.set({ refreshing: false, refreshFailed: !outcome.ok });
        this.host.sync(viewer);
        if (outcome.ok) this.detach(this.loadNames(token));
    }

    private async olderPage(): Promise<void> {
        const viewer = this.viewer;
        const host = this.host;
        if (!viewer || host.ui.loadingOlder) return;
        host.set({
            loadingOlder: true,
            olderError: undefined,
            liveMessage: label('Viewer_Loading_Older')
        });
        const token = this.token;
        const mark = host.beforeOlder();
        const outcome = await safely(() => viewer.loadOlder());
        if (token !== this.token) return;
        host.set({ loadingOlder: false });
        if (!outcome.ok) {
            host.set({ olderError: outcome.error });
            return;
        }
        host.sync(viewer);
        host.afterOlder(mark);
        host.set({ liveMessage: host.loadedText() });
        this.detach(this.loadNames(token));
    }

    private async searchAllPages(): Promise<void> {
        const viewer = this.viewer;
        const host = this.host;
        if (!viewer || host.ui.loadingOlder || host.ui.searchAllProgress?.running) return;
        const run = new SearchAll(viewer);
        const token = this.token;
        this.searchAllRun = run;
        host.set({
            loadingOlder: true,
            olderError: undefined,
            searchAllProgress: { ...run.progress, running: true }
        });
        const last = await run.run((progress) => {
            if (token !== this.token) return;
            host.set({ searchAllProgress: progress });
            host.sync(viewer);
        });
        if (token !== this.token) return;
        host.set({ loadingOlder: false, searchAllProgress: last });
        if (last.error) host.set({ olderError: last.error });
        this.detach(this.loadNames(token));
        host.set({ liveMessage: host.searchText() });
    }

    cancelSearchAll(): void {
        this.searchAllRun?.cancel();
    }
}
