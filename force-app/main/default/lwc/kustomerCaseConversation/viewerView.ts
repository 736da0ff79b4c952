// What the template reads, computed in one place: the viewer's state (ViewerUi, owned by the root component), a
// snapshot of the loaded data (ViewerData, taken when the data layer changed) and the page's settings go in; one
// TemplateView comes out. The template reads nothing else, so what it shows cannot disagree with itself.
import {
    ALL_FILTERS,
    channelsOf,
    formatCount,
    formatLabel,
    freshness,
    normalizeQuery
} from 'c/kustomerConversationModel';
import type {
    ChannelInfo,
    ConversationView,
    Filters,
    KustomerError,
    LocaleSettings,
    Person,
    Timeline,
    TimelineEntry
} from 'c/kustomerConversationModel';
import { label } from 'c/kustomerConversationLabels';
import type { FeedItem } from './feedWindow';
import { searchStatus } from './searchAll';
import type { SearchAllProgress } from './searchAll';
import type { Order } from './orderPreference';
import { scrollerClass, scrollerStyle } from './viewerDom';
import type { NoticeRef } from './viewerNotes';
import type { ViewerState } from './viewerState';

export const DEFAULT_HEIGHT = 600;

export type Phase = 'loading' | 'ready' | 'error';

/** The viewer's own state: what it is doing and what the agent chose. */
export interface ViewerUi {
    phase: Phase;
    error?: KustomerError;
    errorAt?: number;
    timeline: Timeline;
    filters: Filters;
    query: string;
    activeMatch: number;
    loadingOlder: boolean;
    olderError?: KustomerError;
    refreshing: boolean;
    refreshFailed: boolean;
    retryInSeconds: number;
    now: number;
    liveMessage: string;
    /** The order this agent chose (remembered per user); unset: the App Builder property decides. */
    orderChoice?: Order;
    /** The last Search all: its progress while it runs, and how it ended. */
    searchAllProgress?: SearchAllProgress;
}

/** The loaded data as the template needs it, taken from the data layer (ViewerState) after each change. */
export interface ViewerData {
    conversation?: ConversationView;
    messages: readonly TimelineEntry[];
    notes: readonly TimelineEntry[];
    /** The people loaded so far: they name the authors when the timeline is built. */
    people: ReadonlyMap<string, Person>;
    channels: ChannelInfo[];
    fetchedAt?: number;
    loadedCount: number;
    /** "N of M": M only when the pages prove it (Kustomer's messageCount is a hint). */
    totalCount?: number;
    /** A total the search can stand behind: the proven one, else Kustomer's count while every page agrees. */
    knownTotal?: number;
    canLoadOlder: boolean;
    complete: boolean;
    /** Notes exist to filter (the key can read them, and there are some). */
    notesToFilter: boolean;
    notices: NoticeRef[];
}

export const EMPTY_TIMELINE: Timeline = { items: [], matchCount: 0, shownCount: 0 };

export function initialUi(): ViewerUi {
    return {
        phase: 'loading',
        timeline: EMPTY_TIMELINE,
        filters: ALL_FILTERS,
        query: '',
        activeMatch: -1,
        loadingOlder: false,
        refreshing: false,
        refreshFailed: false,
        retryInSeconds: 0,
        now: Date.now(),
        liveMessage: ''
    };
}

export const NO_DATA: ViewerData = {
    messages: [],
    notes: [],
    people: new Map(),
    channels: [],
    loadedCount: 0,
    canLoadOlder: false,
    complete: false,
    notesToFilter: false,
    notices: []
};

export function snapshotOf(viewer: ViewerState, includeNotes: boolean): ViewerData {
    const total = viewer.totalCount;
    return {
        conversation: viewer.conversation,
        messages: viewer.messages,
        notes: viewer.notes,
        people: viewer.people,
        channels: channelsOf(viewer.messages),
        fetchedAt: viewer.fetchedAt,
        loadedCount: viewer.loadedCount,
        totalCount: total,
        knownTotal: total ?? (viewer.countTrusted ? viewer.countHint : undefined),
        canLoadOlder: viewer.nextOlderPage !== undefined,
        complete: viewer.complete,
        notesToFilter:
            viewer.notesStatus === 'OK' && (viewer.notes.length > 0 || viewer.hasMoreNotes),
        notices: viewer.notices(includeNotes)
    };
}

/** The page around the viewer: its properties, the user's settings, the feed's rendered slice. */
export interface ViewerEnv {
    includeNotes: boolean;
    newestFirst: boolean;
    /** Phones (the Salesforce mobile app's Small form factor): page scroll, compact header, filters in a menu. */
    isPhone: boolean;
    isAdmin: boolean;
    height: unknown;
    settings: LocaleSettings;
    feedItems: FeedItem[];
    awayFromNewest: boolean;
}

export function isSearching(query: string): boolean {
    return normalizeQuery(query) !== '';
}

/** "N loaded" or "N of M messages", counts grouped per locale. */
export function shownOfText(data: ViewerData, settings: LocaleSettings): string {
    const loaded = formatCount(data.loadedCount, settings.locale);
    return data.totalCount === undefined
        ? formatLabel(label('Viewer_Loaded_Count'), loaded)
        : formatLabel(
              label('Viewer_Shown_Of'),
              loaded,
              formatCount(data.totalCount, settings.locale)
          );
}

/** What the search covered and Search all (searchAll.ts), for the toolbar. */
function statusOf(ui: ViewerUi, data: ViewerData, settings: LocaleSettings) {
    const searchingAll = ui.searchAllProgress?.running === true;
    return searchStatus({
        partial: isSearching(ui.query) && (data.canLoadOlder || searchingAll),
        failed: ui.olderError !== undefined,
        matches: ui.timeline.matchCount,
        loaded: data.loadedCount,
        total: data.knownTotal,
        progress: ui.searchAllProgress,
        locale: settings.locale
    });
}

/** What a screen reader hears after a search: the count, and its reach while not everything is loaded. */
export function searchAnnouncement(
    ui: ViewerUi,
    data: ViewerData,
    settings: LocaleSettings
): string {
    if (!isSearching(ui.query)) return '';
    const status = statusOf(ui, data, settings);
    return status.show
        ? status.scopeText
        : formatLabel(
              label('Viewer_Search_Results'),
              formatCount(ui.timeline.matchCount, settings.locale)
          );
}

function noticeTexts(ui: ViewerUi, data: ViewerData): Array<{ key: string; text: string }> {
    const refs = [...data.notices];
    if (ui.refreshFailed) refs.push({ key: 'refresh', labels: [['Viewer_Refresh_Error']] });
    return refs.map((ref) => ({
        key: ref.key,
        text: ref.labels.map(([name, ...args]) => formatLabel(label(name), ...args)).join(' ')
    }));
}

/** Everything the template reads. */
export function templateView(ui: ViewerUi, data: ViewerData, env: ViewerEnv) {
    const { newestFirst, settings } = env;
    const isReady = ui.phase === 'ready';
    const searchingAll = ui.searchAllProgress?.running === true;
    const canLoadOlder = data.canLoadOlder;
    const hasItems = ui.timeline.items.length > 0;
    const notices = noticeTexts(ui, data);
    // Phones scroll the page: the message list has no box (and scroll) of its own there; nor has height 0.
    const boxHeight = env.isPhone || Number(env.height) === 0 ? 0 : env.height;
    const freshnessRef = freshness(data.fetchedAt, ui.now, settings);
    return {
        ...ui,
        conversation: data.conversation,
        channels: data.channels,
        isLoading: ui.phase === 'loading',
        isError: ui.phase === 'error',
        isReady,
        // On a failure the state's Retry (where it can help) is the only way to ask again.
        canRefresh: ui.phase !== 'error',
        isAdmin: env.isAdmin,
        isPhone: env.isPhone,
        newestFirst,
        viewerLabel: label('Viewer_Title'),
        feedLabel: label('Viewer_Feed_Label'),
        // Only for a conversation on screen: a failure or a first load has nothing to be fresh about.
        freshnessText: isReady ? formatLabel(label(freshnessRef.key), ...freshnessRef.args) : '',
        scrollerStyle: scrollerStyle(boxHeight, DEFAULT_HEIGHT),
        scrollerClass: scrollerClass(boxHeight),
        // Newest first reads like an inbox (entries in one column); oldest first like a chat (bubbles).
        messageLayoutClass: newestFirst ? 'kc-layout_list' : 'kc-layout_chat',
        // The feed's size for assistive technology: -1 (unknown) while older messages can still load.
        feedSetSize: canLoadOlder ? -1 : ui.timeline.shownCount,
        feedItems: env.feedItems,
        matchCount: ui.timeline.matchCount,
        hasItems,
        emptyText: label(
            data.messages.length + data.notes.length === 0 ? 'Viewer_Empty' : 'Viewer_No_Results'
        ),
        searching: isSearching(ui.query),
        searchStatus: statusOf(ui, data, settings),
        // The Notes filter only when there are notes to filter.
        showNotesFilter: env.includeNotes && data.notesToFilter,
        loadedCount: data.loadedCount,
        totalCount: data.totalCount,
        canLoadOlder,
        jumpLabel: label('Viewer_Jump_To_Newest'),
        jumpIcon: newestFirst ? 'utility:jump_to_top' : 'utility:jump_to_bottom',
        showJump: hasItems && env.awayFromNewest,
        // Above the feed (oldest first): "Load earlier messages", while there is something to load.
        showPagerAbove:
            !newestFirst && !searchingAll && (canLoadOlder || ui.olderError !== undefined),
        // Below the feed: "N of M messages" always; the button (and its progress) when older ones go below.
        footerCanLoad: newestFirst && canLoadOlder && !searchingAll,
        footerLoading: newestFirst && ui.loadingOlder && !searchingAll,
        footerError: newestFirst ? ui.olderError : undefined,
        // Search, filters and counts only when there is something to search (not on an empty conversation).
        showControls: data.messages.length + data.notes.length > 0 || canLoadOlder,
        notices,
        hasNotices: notices.length > 0,
        busy: ui.phase === 'loading' || ui.refreshing || ui.loadingOlder
    };
}

export type TemplateView = ReturnType<typeof templateView>;
