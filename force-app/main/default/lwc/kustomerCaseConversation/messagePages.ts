// The message pages of one view and the run of them on screen: page 1 (with the conversation, else fetched), the
// newest end the paging plan finds (c/kustomerConversationModel paging.ts: pages are facts, the count and the order
// are hints), older pages, the newest end again after a refresh. Each page is normalised and sorted once; the run
// is merged from its sorted pages, never sorted again. What a page brings besides messages goes to the owner.
import {
    PAGE_SIZE,
    PagePlan,
    SortedPages,
    normalizeMessages,
    pageFacts
} from 'c/kustomerConversationModel';
import type {
    LocaleSettings,
    MessagesData,
    PageOrder,
    TimelineEntry
} from 'c/kustomerConversationModel';
import { OK, loadMessages } from './loader';
import type { LoadResult, Outcome } from './loader';

/** Kustomer's order as last seen: later viewers on the page start with it (and correct it when it is wrong). */
let sessionOrder: PageOrder = 'asc';

/** Older pages in a row that bring no new message before the history counts as complete (a `next` that never ends). */
const MAX_STALE_PAGES = 3;
/** Earlier versions of refreshed pages kept (their messages stay on screen); the oldest go first. */
const MAX_SUPERSEDED = 20;

/** The view the pages belong to. */
export interface PageOwner {
    readonly caseId: string;
    readonly includeNotes: boolean;
    readonly settings: LocaleSettings;
    /** A page came back from getMessages: its warnings and when it was fetched. */
    fetched(page: MessagesData): void;
    /** A page joined the run: the people it names. */
    recorded(page: MessagesData): void;
}

export class MessagePages {
    plan: PagePlan = new PagePlan(sessionOrder);
    /** The messages shown: the loaded run of pages from the newest end, each message once, oldest first. */
    entries: TimelineEntry[] = [];
    private readonly owner: PageOwner;
    private readonly pages = new Map<number, MessagesData>();
    /** Earlier versions of refreshed pages: their messages stay (a newest-first refresh shifts the pages). */
    private superseded: MessagesData[] = [];
    private readonly sorted: SortedPages<MessagesData>;
    /** The pages `entries` was merged from (the same pages again: nothing to merge). */
    private merged: MessagesData[] = [];
    private stalePages = 0;

    constructor(owner: PageOwner) {
        this.owner = owner;
        this.sorted = new SortedPages((page) => normalizeMessages(page, owner.settings));
    }

    get hasPages(): boolean {
        return this.pages.size > 0;
    }

    /** Items Kustomer sent beyond the page size asked, over every page loaded. */
    get dropped(): number {
        let dropped = 0;
        for (const page of this.pages.values()) dropped += page.dropped;
        return dropped;
    }

    /**
     * First view: page 1 (`first` when it came with the conversation) under a new plan. Page 1 without a next
     * page is the whole history, and a newest-first page 1 is the newest end; otherwise the plan finds the newest
     * end (one more round trip when the count is right).
     */
    async loadFirst(
        first: MessagesData | undefined,
        countHint: number | undefined,
        forceRefresh: boolean
    ): Promise<Outcome> {
        this.pages.clear();
        this.superseded = [];
        this.stalePages = 0;
        this.plan = new PagePlan(sessionOrder, countHint);
        let page1 = first;
        if (!page1) {
            const page = await this.fetch(1, forceRefresh);
            if (!page.ok) return page;
            page1 = page.value;
        }
        this.record(1, page1);
        const outcome = await this.findNewestEnd(forceRefresh);
        this.rebuild();
        return outcome;
    }

    /** One older page; a few in a row with nothing new end the history (a `next` that never ends). */
    async loadOlder(): Promise<Outcome> {
        const page = this.plan.olderPage();
        if (page === undefined) return OK;
        const result = await this.fetch(page, false);
        if (!result.ok) return result;
        const before = this.entries.length;
        this.record(page, result.value);
        this.rebuild();
        this.stalePages = this.entries.length === before ? this.stalePages + 1 : 0;
        if (this.stalePages >= MAX_STALE_PAGES) this.plan.markExhausted();
        return OK;
    }

    /** The newest end again (an oldest-first list that grew past its last page is followed forward). */
    async refresh(countHint: number | undefined): Promise<Outcome> {
        const end = this.plan.newestEnd();
        const page = await this.fetch(end, true);
        if (!page.ok) return page;
        this.plan = this.plan.withCountHint(countHint);
        this.record(end, page.value);
        const outcome = await this.findNewestEnd(true);
        this.rebuild();
        return outcome;
    }

    /** The pages on screen: earlier versions of refreshed pages, then the plan's run. */
    shown(): MessagesData[] {
        const run = this.plan
            .run()
            .map((page) => this.pages.get(page))
            .filter((page): page is MessagesData => page !== undefined);
        return [...this.superseded, ...run];
    }

    /** `entries` from the pages shown: each page sorted once, the run merged (only when its pages changed). */
    rebuild(): void {
        const shown = this.shown();
        if (
            shown.length === this.merged.length &&
            shown.every((page, i) => page === this.merged[i])
        )
            return;
        this.merged = shown;
        this.entries = this.sorted.merge(shown);
    }

    /** Fetches what the plan names until it knows the newest end (nothing when page 1 settled it). */
    private async findNewestEnd(forceRefresh: boolean): Promise<Outcome> {
        for (let page = this.plan.nextProbe(); page !== undefined; page = this.plan.nextProbe()) {
            // eslint-disable-next-line no-await-in-loop
            const result = await this.fetch(page, forceRefresh);
            if (!result.ok) return result;
            this.record(page, result.value);
        }
        sessionOrder = this.plan.detected ?? sessionOrder;
        return OK;
    }

    private async fetch(page: number, forceRefresh: boolean): Promise<LoadResult<MessagesData>> {
        const result = await loadMessages(
            this.owner.caseId,
            page,
            PAGE_SIZE,
            this.owner.includeNotes,
            forceRefresh
        );
        if (result.ok) this.owner.fetched(result.value);
        return result;
    }

    private record(page: number, value: MessagesData): void {
        const previous = this.pages.get(page);
        if (previous && previous !== value) {
            this.superseded.push(previous);
            if (this.superseded.length > MAX_SUPERSEDED) this.superseded.shift();
        }
        this.pages.set(page, value);
        this.owner.recorded(value);
        this.plan.record(page, pageFacts(value));
    }
}
