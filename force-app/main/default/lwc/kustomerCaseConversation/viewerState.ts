// What the viewer has loaded and how to load more: the conversation, the message and note pages (as the loader
// parsed them), the paging plan (c/kustomerConversationModel paging.ts: pages are facts, the count and the order
// are hints) and the people who wrote them. Each page is normalised once; people who arrive later name its entries
// when the timeline is built (authors are looked up there). No DOM here: the component renders what this holds.
import {
    PeopleIndex,
    pageFacts,
    conversationSignature,
    normalizeConversation,
    normalizeMessages,
    normalizeNotes,
    PAGE_SIZE,
    PagePlan,
    unresolvedPeople,
    mergeEntries
} from 'c/kustomerConversationModel';
import type {
    ConversationData,
    ConversationView,
    MessagesData,
    NotesData,
    KustomerError,
    LocaleSettings,
    Person,
    PageOrder,
    TimelineEntry
} from 'c/kustomerConversationModel';
import { OK, loadConversation, loadMessages, loadNotes, loadPeople } from './loader';
import type { LoadResult, Outcome } from './loader';
import { NotePages, mergeWarnings, noticesOf } from './viewerNotes';
import type { NoticeRef, NotesStatus } from './viewerNotes';

/** Kustomer's order as last seen: later viewers on the page start with it (and correct it when it is wrong). */
let sessionOrder: PageOrder = 'asc';

/** Older pages in a row that bring no new message before the history counts as complete (a `next` that never ends). */
const MAX_STALE_PAGES = 3;
/** Earlier versions of refreshed pages kept (their messages stay on screen); the oldest go first. */
const MAX_SUPERSEDED = 20;

export interface ViewerOptions {
    caseId: string;
    /** The App Builder's messages per page: requests always ask PAGE_SIZE; kept for how many to show at once. */
    preferredPageSize: number;
    includeNotes: boolean;
    settings: LocaleSettings;
}

export class ViewerState {
    readonly options: ViewerOptions;
    conversationResult?: ConversationData;
    conversation?: ConversationView;
    /** The messages shown: the loaded run of pages from the newest end, each message once. */
    messages: TimelineEntry[] = [];
    notes: TimelineEntry[] = [];
    notePages = new NotePages();
    warnings: KustomerError[] = [];
    fetchedAt?: number;
    plan: PagePlan = new PagePlan(sessionOrder);
    private messagePages = new Map<number, MessagesData>();
    /** Earlier versions of refreshed pages: their messages stay (a newest-first refresh shifts the pages). */
    private superseded: MessagesData[] = [];
    /** Everyone the results named so far (a Person stays the same object until its facts change). */
    private readonly index = new PeopleIndex();
    private header?: { result: ConversationData; peopleVersion: number; view: ConversationView };
    private askedPeople = new Set<string>();
    private normalized = new WeakMap<MessagesData | NotesData, TimelineEntry[]>();
    private stalePages = 0;

    constructor(options: ViewerOptions) {
        this.options = options;
    }

    /** Kustomer's messageCount: a hint (use totalCount for "N of M"). */
    get people(): ReadonlyMap<string, Person> {
        return this.index.people;
    }

    get countHint(): number | undefined {
        const count = this.conversationResult?.conversation.attributes.messageCount;
        return count !== undefined && count >= 0 ? Math.floor(count) : undefined;
    }

    /** @deprecated the hint under its old name; "N of M" must use totalCount. */
    get messageCount(): number | undefined {
        return this.countHint;
    }

    /** Messages loaded and shown (each once). */
    get loadedCount(): number {
        return this.messages.length;
    }

    /** The number of messages in the conversation when the pages prove it, else undefined (never the bare hint). */
    get totalCount(): number | undefined {
        return this.plan.provenTotal(this.loadedCount);
    }

    /** The count hint agrees with every page seen so far (then "about M" is fair while the total is unproven). */
    get countTrusted(): boolean {
        const hint = this.countHint;
        if (hint === undefined) return false;
        const total = this.totalCount;
        return total !== undefined ? hint === total : hint > this.loadedCount;
    }

    /** The next older page to load, or undefined when the whole history is here. */
    get nextOlderPage(): number | undefined {
        return this.plan.olderPage();
    }

    get complete(): boolean {
        return this.plan.complete();
    }

    get order(): PageOrder {
        return this.plan.order;
    }

    get notesStatus(): NotesStatus {
        return this.notePages.status;
    }

    get hasMoreNotes(): boolean {
        return this.notePages.hasMore;
    }

    /** Items Kustomer sent beyond the page size asked, over every page shown. */
    get droppedCount(): number {
        let dropped = 0;
        for (const page of [...this.messagePages.values(), ...this.notePages.pages.values()]) {
            dropped += page.dropped;
        }
        return dropped;
    }

    /** What the reader should know about the loaded data (viewerNotes.ts). */
    notices(includeNotes: boolean): NoticeRef[] {
        const hint = this.countHint;
        return noticesOf({
            includeNotes,
            notes: this.notePages,
            noteCount: this.notes.length,
            warnings: this.warnings,
            untrustedHint: this.messagePages.size > 0 && !this.countTrusted ? hint : undefined,
            dropped: this.droppedCount
        });
    }

    /**
     * First view: conversation ∥ notes page 1 ∥ messages page 1 in one round trip. Page 1 without a next page is the
     * whole history, and a newest-first page 1 is the newest end: the view is complete or ready. Otherwise the plan
     * finds the newest end (one more round trip when the count is right).
     */
    async loadFirst(forceRefresh: boolean): Promise<Outcome> {
        const conversation = await loadConversation(
            this.options.caseId,
            this.options.includeNotes,
            forceRefresh,
            PAGE_SIZE
        );
        if (!conversation.ok) return conversation;
        this.applyConversation(conversation.value);
        this.messagePages.clear();
        this.superseded = [];
        this.stalePages = 0;
        this.plan = new PagePlan(sessionOrder, this.countHint);
        let first = conversation.value.messages;
        if (first) {
            this.fetchedAt = oldest(this.fetchedAt, first.fetchedAt);
        } else {
            const page = await this.fetchMessages(1, forceRefresh);
            if (!page.ok) return page;
            first = page.value;
        }
        this.recordPage(1, first);
        const outcome = await this.findNewestEnd(forceRefresh);
        this.rebuild();
        return outcome;
    }

    /** Fetches what the plan names until it knows the newest end (nothing when page 1 settled it). */
    private async findNewestEnd(forceRefresh: boolean): Promise<Outcome> {
        for (let page = this.plan.nextProbe(); page !== undefined; page = this.plan.nextProbe()) {
            // eslint-disable-next-line no-await-in-loop
            const result = await this.fetchMessages(page, forceRefresh);
            if (!result.ok) return result;
            this.recordPage(page, result.value);
        }
        sessionOrder = this.plan.detected ?? sessionOrder;
        return OK;
    }

    /** One older page; a few in a row with nothing new end the history (a `next` that never ends). */
    async loadOlder(): Promise<Outcome> {
        const page = this.plan.olderPage();
        if (page === undefined) return OK;
        const result = await this.fetchMessages(page, false);
        if (!result.ok) return result;
        const before = this.loadedCount;
        this.recordPage(page, result.value);
        this.rebuild();
        this.stalePages = this.loadedCount === before ? this.stalePages + 1 : 0;
        if (this.stalePages >= MAX_STALE_PAGES) this.plan.markExhausted();
        return OK;
    }

    /**
     * Names for the users and the customer the loaded data names but no result resolved (getPeople, after the
     * messages are on screen). Each id is asked once per view; a failure leaves the labels and adds a warning.
     */
    async loadPeople(): Promise<Outcome> {
        const known = this.index.people;
        const resources = [
            ...this.shownPages().flatMap((page) => page.data),
            ...[...this.notePages.pages.values()].flatMap((page) => page.data)
        ];
        const requests = unresolvedPeople(
            this.conversationResult?.conversation,
            resources,
            known,
            this.askedPeople
        );
        for (const request of requests) {
            request.userIds.forEach((id) => this.askedPeople.add(id));
            if (request.customerId) this.askedPeople.add(request.customerId);
            // eslint-disable-next-line no-await-in-loop
            const result = await loadPeople(
                this.options.caseId,
                request.userIds,
                request.customerId
            );
            if (!result.ok) {
                this.warnings = mergeWarnings(this.warnings, [result.error]);
                return result;
            }
            this.index.learn(result.value.people);
            this.warnings = mergeWarnings(this.warnings, result.value.warnings);
        }
        if (requests.length > 0) this.rebuild();
        return OK;
    }

    /**
     * The next notes page (page 1 came with the conversation). Bounded: at most MAX_NOTE_PAGES pages, and a page
     * that brings no new note ends the list; either way the notice says notes may be missing.
     */
    async loadMoreNotes(): Promise<Outcome> {
        if (!this.hasMoreNotes) return OK;
        const page = this.notePages.nextPage();
        if (page === undefined) return OK;
        const result = await loadNotes(this.options.caseId, page, false);
        if (!result.ok) {
            this.notePages.failed(result.error);
            return result;
        }
        const before = this.notes.length;
        this.applyNotesPage(result.value, page);
        this.rebuild();
        if (this.notes.length === before && this.hasMoreNotes) this.notePages.stopped = true;
        return OK;
    }

    /**
     * Auto-refresh: the conversation again; the newest end again only when messages or notes changed (an
     * oldest-first list that grew past its last page is followed forward). Returns whether anything new arrived.
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
        const end = this.plan.newestEnd();
        const page = await this.fetchMessages(end, true);
        if (!page.ok) return page;
        this.plan = this.plan.withCountHint(this.countHint);
        this.recordPage(end, page.value);
        const outcome = await this.findNewestEnd(true);
        this.rebuild();
        return outcome.ok ? { ok: true, changed: true } : outcome;
    }

    private async fetchMessages(
        page: number,
        forceRefresh: boolean
    ): Promise<LoadResult<MessagesData>> {
        const result = await loadMessages(
            this.options.caseId,
            page,
            PAGE_SIZE,
            this.options.includeNotes,
            forceRefresh
        );
        if (result.ok) {
            this.warnings = mergeWarnings(this.warnings, result.value.warnings);
            this.fetchedAt = oldest(this.fetchedAt, result.value.fetchedAt);
        }
        return result;
    }

    private recordPage(page: number, value: MessagesData): void {
        const previous = this.messagePages.get(page);
        if (previous && previous !== value) {
            this.superseded.push(previous);
            if (this.superseded.length > MAX_SUPERSEDED) this.superseded.shift();
        }
        this.messagePages.set(page, value);
        this.index.learn(value.people);
        this.plan.record(page, pageFacts(value));
    }

    private applyConversation(result: ConversationData): void {
        this.conversationResult = result;
        this.conversation = this.headerView(result);
        this.fetchedAt = result.fetchedAt ?? Date.now();
        this.notePages = new NotePages();
        if (this.options.includeNotes && result.notes !== undefined) {
            this.applyNotesPage(result.notes, 1);
        }
    }

    private applyNotesPage(page: NotesData, fallbackPage: number): void {
        this.notePages.apply(page, fallbackPage);
        this.index.learn(page.people);
    }

    /** The pages on screen: earlier versions of refreshed pages, then the plan's run. */
    private shownPages(): MessagesData[] {
        const run = this.plan
            .run()
            .map((page) => this.messagePages.get(page))
            .filter((page): page is MessagesData => page !== undefined);
        return [...this.superseded, ...run];
    }

    /** The header's view: normalised again only for another result or when people changed. */
    private headerView(result: ConversationData): ConversationView {
        const header = this.header;
        if (header && header.result === result && header.peopleVersion === this.index.version)
            return header.view;
        const view = normalizeConversation(result, this.people);
        this.header = { result, peopleVersion: this.index.version, view };
        return view;
    }

    /**
     * The entries of the pages shown, each page normalised once (its entries, and so its rendered messages, are
     * reused), and the header's view with the count the pages prove.
     */
    rebuild(): void {
        const settings = this.options.settings;
        const entriesOf = (page: MessagesData | NotesData, normalize: () => TimelineEntry[]) => {
            const entries = this.normalized.get(page) ?? normalize();
            this.normalized.set(page, entries);
            return entries;
        };
        this.messages = mergeEntries(
            [],
            this.shownPages().flatMap((page) =>
                entriesOf(page, () => normalizeMessages(page, settings))
            )
        );
        this.notes = mergeEntries(
            [],
            [...this.notePages.pages.values()].flatMap((page) =>
                entriesOf(page, () => normalizeNotes(page, settings))
            )
        );
        if (!this.conversationResult) return;
        const view = this.headerView(this.conversationResult);
        // The header's count: what the pages prove when they prove it, else Kustomer's number.
        const total = this.totalCount;
        this.conversation = total === undefined ? view : { ...view, messageCount: total };
    }
}

function oldest(a: number | undefined, b: number | undefined): number | undefined {
    if (a === undefined) return b;
    if (b === undefined) return a;
    return Math.min(a, b);
}
