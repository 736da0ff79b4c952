// The notes side of a view (page 1 with the conversation, the rest one after the other, bounded) and the notices
// above the feed that say what the reader should know about the loaded data.
import type { KustomerError, NotesData } from 'c/kustomerConversationModel';

/** Notes pages loaded on their own (page 1 included) before the viewer stops and says so. */
export const MAX_NOTE_PAGES = 10;

export type NotesStatus = 'NONE' | 'OK' | 'FORBIDDEN' | 'ERROR';

/** The notes pages of one conversation result, and whether (and why not) there are more. */
export class NotePages {
    status: NotesStatus = 'NONE';
    error?: KustomerError;
    /** Stopped early: MAX_NOTE_PAGES reached, or a page brought no new note. */
    stopped = false;
    readonly pages = new Map<number, NotesData>();
    private more = false;

    get hasMore(): boolean {
        return this.status === 'OK' && this.more && !this.stopped;
    }

    /** The next page to ask, or undefined when MAX_NOTE_PAGES are loaded (then the list stops). */
    nextPage(): number | undefined {
        const page = Math.max(1, ...this.pages.keys()) + 1;
        if (page <= MAX_NOTE_PAGES) return page;
        this.stopped = true;
        return undefined;
    }

    /** A page arrived: FORBIDDEN and ERROR pages end the list with their error. */
    apply(page: NotesData, fallbackPage: number): void {
        if (page.status === 'FORBIDDEN' || page.status === 'ERROR') {
            this.status = page.status;
            this.error = page.error;
            this.more = false;
            return;
        }
        this.status = 'OK';
        this.more = page.hasMore;
        this.pages.set(page.page ?? fallbackPage, page);
    }

    /** A later page failed: the notes loaded so far stay; the notice says the rest could not be loaded. */
    failed(error: KustomerError): void {
        this.more = false;
        this.status = 'ERROR';
        this.error = error;
    }
}

/** A notice above the feed: Custom Label names with their arguments, shown one after the other. */
export interface NoticeRef {
    key: string;
    labels: Array<[string, ...string[]]>;
}

export interface NoticeFacts {
    includeNotes: boolean;
    notes: NotePages;
    noteCount: number;
    warnings: readonly KustomerError[];
    /** Kustomer's messageCount, when some messages page is loaded and the count disagrees with the pages. */
    untrustedHint?: number;
    /** Items Kustomer sent beyond the page size asked, over every page loaded. */
    dropped: number;
}

/** What the reader should know about the loaded data: notes, names, and counts or pages that disagree. */
export function noticesOf(facts: NoticeFacts): NoticeRef[] {
    const { includeNotes, notes } = facts;
    const notices: NoticeRef[] = [];
    if (includeNotes && notes.status === 'FORBIDDEN') {
        const role = notes.error?.missingRole;
        const labels: NoticeRef['labels'] = [['Viewer_Notes_Unavailable']];
        if (role) labels.push(['Viewer_Missing_Role', role]);
        notices.push({ key: 'notes', labels });
    } else if (includeNotes && notes.status === 'ERROR') {
        notices.push({ key: 'notes', labels: [['Viewer_Notes_Error']] });
    } else if (includeNotes && notes.stopped) {
        notices.push({
            key: 'notes',
            labels: [['Viewer_Notes_Incomplete', String(facts.noteCount)]]
        });
    }
    if (facts.warnings.length > 0)
        notices.push({ key: 'people', labels: [['Viewer_Warning_People']] });
    if (facts.untrustedHint !== undefined)
        notices.push({
            key: 'count',
            labels: [['Viewer_Count_Mismatch', String(facts.untrustedHint)]]
        });
    if (facts.dropped > 0)
        notices.push({ key: 'dropped', labels: [['Viewer_Page_Overflow', String(facts.dropped)]] });
    return notices;
}

/** Warnings once each (by code and missing role). */
export function mergeWarnings(
    previous: readonly KustomerError[],
    incoming: readonly KustomerError[]
): KustomerError[] {
    const merged = [...previous];
    for (const warning of incoming) {
        const known = merged.some(
            (item) => item.code === warning.code && item.missingRole === warning.missingRole
        );
        if (!known) merged.push(warning);
    }
    return merged;
}
