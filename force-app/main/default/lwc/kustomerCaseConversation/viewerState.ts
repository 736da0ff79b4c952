// What the viewer has loaded and how to load more: the conversation, the message pages (messagePages.ts: the run
// on screen and the paging plan), the note pages (viewerNotes.ts) and the people who wrote them. Each page is
// normalised and sorted once; people who arrive later name its entries when the timeline is built (authors are
// looked up there). No DOM here: the component renders what this holds.
import {
    PeopleIndex,
    conversationSignature,
    normalizeConversation,
    normalizeNotes,
    PAGE_SIZE,
    SortedPages
} from 'c/kustomerConversationModel';
import type {
    ConversationData,
    ConversationView,
    NotesData,
    KustomerError,
    LocaleSettings,
    Person,
    PagePlan,
    PageOrder,
    TimelineEntry
} from 'c/kustomerConversationModel';
import { OK, loadConversation, loadNotes } from './loader';
import type { Outcome } from './loader';
import { MessagePages } from './messagePages';
import { PeopleAsked } from './viewerPeople';
import { NotePages, mergeWarnings, noticesOf } from './viewerNotes';
import type { NoticeRef, NotesStatus } from './viewerNotes';

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
    notes: TimelineEntry[] = [];
    notePages = new NotePages();
    warnings: KustomerError[] = [];
    fetchedAt?: number;
    private readonly messagePages: MessagePages;
    /** Everyone the results named so far (a Person stays the same object until its facts change). */
    private readonly index = new PeopleIndex();
    private header?: { result: ConversationData; peopleVersion: number; view: ConversationView };
    private readonly asked = new PeopleAsked();
    private readonly sortedNotes: SortedPages<NotesData>;

    constructor(options: ViewerOptions) {
        this.options = options;
        this.sortedNotes = new SortedPages((page) => normalizeNotes(page, options.settings));
        this.messagePages = new MessagePages({
            caseId: options.caseId,
            includeNotes: options.includeNotes,
            settings: options.settings,
            fetched: (page) => {
                this.warnings = mergeWarnings(this.warnings, page.warnings);
                this.fetchedAt = oldest(this.fetchedAt, page.fetchedAt);
            },
            recorded: (page) => this.index.learn(page.people)
        });
    }

    /** The messages shown: the loaded run of pages from the newest end, each message once, oldest first. */
    get messages(): TimelineEntry[] {
        return this.messagePages.entries;
    }

    get plan(): PagePlan {
        return this.messagePages.plan;
    }

    get people(): ReadonlyMap<string, Person> {
        return this.index.people;
    }

    /** Kustomer's messageCount: a hint (use totalCount for "N of M"). */
    get countHint(): number | undefined {
        const count = this.conversationResult?.conversation.attributes.messageCount;
        return count !== undefined && count >= 0 ? Math.floor(count) : undefined;
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
        let dropped = this.messagePages.dropped;
        for (const page of this.notePages.pages.values()) dropped += page.dropped;
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
            untrustedHint: this.messagePages.hasPages && !this.countTrusted ? hint : undefined,
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
        const first = conversation.value.messages;
        if (first) this.fetchedAt = oldest(this.fetchedAt, first.fetchedAt);
        const outcome = await this.messagePages.loadFirst(first, this.countHint, forceRefresh);
        if (this.messagePages.hasPages) this.rebuild();
        return outcome;
    }

    /** One older page (messagePages.ts). */
    async loadOlder(): Promise<Outcome> {
        const outcome = await this.messagePages.loadOlder();
        if (outcome.ok) this.rebuild();
        return outcome;
    }

    /** Names the loaded data needs and no result gave (viewerPeople.ts), after the messages are on screen. */
    async loadPeople(): Promise<Outcome> {
        const outcome = await this.asked.load(
            this.options.caseId,
            this.conversationResult?.conversation,
            [
                ...this.messagePages.shown().flatMap((page) => page.data),
                ...[...this.notePages.pages.values()].flatMap((page) => page.data)
            ],
            this.index,
            (warnings) => (this.warnings = mergeWarnings(this.warnings, warnings))
        );
        if (!outcome.ok) return outcome;
        if (outcome.asked) this.rebuild();
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
        const outcome = await this.messagePages.refresh(this.countHint);
        if (!outcome.ok) return outcome;
        this.rebuild();
        return { ok: true, changed: true };
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
     * The messages and notes of the pages shown, each page normalised and sorted once and the lists merged (no
     * sort), and the header's view with the count the pages prove.
     */
    rebuild(): void {
        this.messagePages.rebuild();
        this.notes = this.sortedNotes.merge([...this.notePages.pages.values()]);
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
