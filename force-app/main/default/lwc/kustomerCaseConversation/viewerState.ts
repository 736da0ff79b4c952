// What the viewer has loaded and how to load more: the conversation, the raw message and note pages, the paging
// plan and its order. Results are kept raw and normalised again when they change, so people (authors) that
// arrive with a later page name earlier entries too. No DOM here: the component renders what this holds.
import {
    asObject,
    asResources,
    asString,
    asTime,
    asBoolean,
    asNumber,
    collectPeople,
    conversationSignature,
    detectOrder,
    newestPage,
    normalizeConversation,
    normalizeMessages,
    normalizeNotes,
    olderPage,
    planPageSize,
    toKustomerError,
    mergeEntries
} from 'c/kustomerConversationModel';
import type {
    ConversationView,
    JsonObject,
    KustomerError,
    LocaleSettings,
    PageOrder,
    TimelineEntry
} from 'c/kustomerConversationModel';
import { loadConversation, loadMessages, loadNotes } from './loader';
import type { LoadResult } from './loader';

/** Kustomer's order as last seen: later viewers on the page start with it (and correct it when it is wrong). */
let sessionOrder: PageOrder = 'asc';

export type NotesStatus = 'NONE' | 'OK' | 'FORBIDDEN' | 'ERROR';

export interface ViewerOptions {
    caseId: string;
    preferredPageSize: number;
    includeNotes: boolean;
    settings: LocaleSettings;
}

/** A notice above the feed: Custom Label names with their arguments, shown one after the other. */
export interface NoticeRef {
    key: string;
    labels: Array<[string, ...string[]]>;
}

export type Outcome = { ok: true } | { ok: false; error: KustomerError };

const OK: Outcome = { ok: true };

/** Runs a load; anything it throws becomes an UNKNOWN error, so the view always gets an outcome to show. */
export async function safely(run: () => Promise<Outcome>): Promise<Outcome> {
    try {
        return await run();
    } catch (reason) {
        return { ok: false, error: { code: 'UNKNOWN', message: String(reason) } };
    }
}

export class ViewerState {
    readonly options: ViewerOptions;
    conversationResult?: JsonObject;
    conversation?: ConversationView;
    messages: TimelineEntry[] = [];
    notes: TimelineEntry[] = [];
    notesStatus: NotesStatus = 'NONE';
    notesError?: KustomerError;
    warnings: KustomerError[] = [];
    pageSize: number;
    order: PageOrder = sessionOrder;
    fetchedAt?: number;
    private messagePages = new Map<number, JsonObject>();
    private normalized = new WeakMap<JsonObject, { peopleKey: string; entries: TimelineEntry[] }>();
    private notePages = new Map<number, JsonObject>();
    private notesHasMore = false;
    private exhausted = false;
    private lastHasNext = false;

    constructor(options: ViewerOptions) {
        this.options = options;
        this.pageSize = planPageSize(undefined, options.preferredPageSize);
    }

    get messageCount(): number | undefined {
        return this.conversation?.messageCount;
    }

    get loadedCount(): number {
        return this.messages.length;
    }

    /** The next older page to load, or undefined when the whole history is here. */
    get nextOlderPage(): number | undefined {
        if (this.exhausted) return undefined;
        if (this.messageCount === undefined) {
            const pages = Array.from(this.messagePages.keys());
            return this.lastHasNext && pages.length > 0 ? Math.max(...pages) + 1 : undefined;
        }
        return olderPage(this.messageCount, this.pageSize, this.order, this.loadedCount);
    }

    get complete(): boolean {
        return this.nextOlderPage === undefined;
    }

    get hasMoreNotes(): boolean {
        return this.notesStatus === 'OK' && this.notesHasMore;
    }

    /** What the reader should know about the loaded data: notes unavailable or incomplete, names missing. */
    notices(includeNotes: boolean): NoticeRef[] {
        const notices: NoticeRef[] = [];
        if (includeNotes && this.notesStatus === 'FORBIDDEN') {
            const role = this.notesError?.missingRole;
            const labels: NoticeRef['labels'] = [['Viewer_Notes_Unavailable']];
            if (role) labels.push(['Viewer_Missing_Role', role]);
            notices.push({ key: 'notes', labels });
        } else if (includeNotes && this.notesStatus === 'ERROR') {
            notices.push({ key: 'notes', labels: [['Viewer_Notes_Error']] });
        }
        if (this.warnings.length > 0)
            notices.push({ key: 'people', labels: [['Viewer_Warning_People']] });
        return notices;
    }

    /** Conversation first (with notes page 1), then the newest page of messages. */
    async loadFirst(forceRefresh: boolean): Promise<Outcome> {
        const conversation = await loadConversation(
            this.options.caseId,
            this.options.includeNotes,
            forceRefresh
        );
        if (!conversation.ok) return conversation;
        this.applyConversation(conversation.value);
        this.messagePages.clear();
        this.exhausted = false;
        this.pageSize = planPageSize(this.messageCount, this.options.preferredPageSize);
        if (this.messageCount === 0) {
            this.rebuild();
            return OK;
        }
        return this.loadNewest(forceRefresh);
    }

    /** The newest page; when its order contradicts the assumed one, switch once and load the other end. */
    private async loadNewest(forceRefresh: boolean, switched = false): Promise<Outcome> {
        const page = newestPage(this.messageCount, this.pageSize, this.order);
        const result = await this.fetchMessages(page, forceRefresh);
        if (!result.ok) return result;
        const order = detectOrder(pageTimes(result.value));
        if (order !== undefined && order !== this.order && !switched) {
            // Kustomer's order is not the one assumed: the newest messages are on the other end.
            this.order = order;
            sessionOrder = order;
            const newest = newestPage(this.messageCount, this.pageSize, order);
            if (newest !== page) return this.loadNewest(forceRefresh, true);
        }
        this.messagePages.set(page, result.value);
        this.rebuild();
        return OK;
    }

    /** One older page; nothing new in it means the history is complete. */
    async loadOlder(): Promise<Outcome> {
        const page = this.nextOlderPage;
        if (page === undefined) return OK;
        const result = await this.fetchMessages(page, false);
        if (!result.ok) return result;
        const before = this.loadedCount;
        this.messagePages.set(page, result.value);
        this.rebuild();
        if (this.loadedCount === before) this.exhausted = true;
        return OK;
    }

    /** Remaining notes pages, one at a time (notes are few; page 1 came with the conversation). */
    async loadMoreNotes(): Promise<Outcome> {
        if (!this.hasMoreNotes) return OK;
        const page = Math.max(1, ...this.notePages.keys()) + 1;
        const result = await loadNotes(this.options.caseId, page, false);
        if (!result.ok) {
            // The notes loaded so far stay; the notice says the rest could not be loaded.
            this.notesHasMore = false;
            this.notesStatus = 'ERROR';
            this.notesError = result.error;
            return result;
        }
        this.applyNotesPage(result.value, page);
        this.rebuild();
        return OK;
    }

    /**
     * Auto-refresh: the conversation again; the newest page only when messages or notes changed.
     * Returns whether anything new arrived.
     */
    async refreshIfChanged(): Promise<Outcome & { changed?: boolean }> {
        const before = this.conversation ? conversationSignature(this.conversation) : '';
        const conversation = await loadConversation(
            this.options.caseId,
            this.options.includeNotes,
            true
        );
        if (!conversation.ok) return conversation;
        this.applyConversation(conversation.value);
        if (this.conversation && conversationSignature(this.conversation) === before) {
            this.rebuild();
            return { ok: true, changed: false };
        }
        this.pageSize = planPageSize(this.messageCount, this.options.preferredPageSize);
        const outcome = this.messageCount === 0 ? OK : await this.loadNewest(true);
        return outcome.ok ? { ok: true, changed: true } : outcome;
    }

    private async fetchMessages(page: number, forceRefresh: boolean): Promise<LoadResult> {
        const result = await loadMessages(
            this.options.caseId,
            page,
            this.pageSize,
            this.options.includeNotes,
            forceRefresh
        );
        if (result.ok) {
            this.lastHasNext = asBoolean(result.value.hasNext);
            this.warnings = collectWarnings(result.value, this.warnings);
            this.fetchedAt = oldest(this.fetchedAt, asTime(result.value.fetchedAt));
        }
        return result;
    }

    private applyConversation(result: JsonObject): void {
        this.conversationResult = result;
        this.conversation = normalizeConversation(result, collectPeople(result));
        this.fetchedAt = asTime(result.fetchedAt) ?? Date.now();
        this.notePages.clear();
        this.notesStatus = 'NONE';
        this.notesError = undefined;
        this.notesHasMore = false;
        if (this.options.includeNotes && result.notes !== undefined) {
            this.applyNotesPage(asObject(result.notes), 1);
        }
    }

    private applyNotesPage(page: JsonObject, fallbackPage: number): void {
        const status = asString(page.status) ?? 'OK';
        if (status === 'FORBIDDEN' || status === 'ERROR') {
            this.notesStatus = status;
            this.notesError = toKustomerError(page.error);
            this.notesHasMore = false;
            return;
        }
        this.notesStatus = 'OK';
        this.notesHasMore = asBoolean(page.hasMore);
        this.notePages.set(asNumber(page.page) ?? fallbackPage, page);
    }

    /**
     * Normalises the raw pages with everything known about people. A page is normalised again only when new people
     * arrived (they may name its authors); otherwise its entries (and so its rendered messages) are reused.
     */
    rebuild(): void {
        const pages = Array.from(this.messagePages.values());
        const notePages = Array.from(this.notePages.values());
        const people = collectPeople(this.conversationResult, ...notePages, ...pages);
        const peopleKey = Array.from(people.keys()).sort().join(',');
        this.conversation = normalizeConversation(this.conversationResult, people);
        const settings = this.options.settings;
        const entriesOf = (page: JsonObject, normalize: () => TimelineEntry[]): TimelineEntry[] => {
            const cached = this.normalized.get(page);
            if (cached && cached.peopleKey === peopleKey) return cached.entries;
            const entries = normalize();
            this.normalized.set(page, { peopleKey, entries });
            return entries;
        };
        this.messages = mergeEntries(
            [],
            pages.flatMap((page) =>
                entriesOf(page, () => normalizeMessages(page, settings, people))
            )
        );
        this.notes = mergeEntries(
            [],
            notePages.flatMap((page) =>
                entriesOf(page, () => normalizeNotes(page, settings, people))
            )
        );
    }
}

/** Creation times of a page's messages, in Kustomer's order (for the order check). */
function pageTimes(page: JsonObject): Array<number | undefined> {
    return asResources(page.data).map(
        (resource) => asTime(resource.attributes.createdAt) ?? asTime(resource.attributes.sentAt)
    );
}

function collectWarnings(result: JsonObject, previous: KustomerError[]): KustomerError[] {
    const warnings = Array.isArray(result.warnings) ? result.warnings : [];
    const parsed = warnings.map(toKustomerError).filter((w): w is KustomerError => w !== undefined);
    const merged = [...previous];
    for (const warning of parsed) {
        if (
            !merged.some(
                (known) => known.code === warning.code && known.missingRole === warning.missingRole
            )
        ) {
            merged.push(warning);
        }
    }
    return merged;
}

function oldest(a: number | undefined, b: number | undefined): number | undefined {
    if (a === undefined) return b;
    if (b === undefined) return a;
    return Math.min(a, b);
}
