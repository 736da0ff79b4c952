// KustomerNotes.cls in TypeScript: getNotes (one notes page, a synchronous callout, then one users request for the
// authors not cached) and a page of internal notes as the contract returns it: a missing notes role (403) is a
// status, not a failure; at most NOTES_PAGE_SIZE notes (the rest counted in `dropped`).
import { cacheKeys, NOTES_PAGE_SIZE, type NotesPage, type Resource } from '../contract-types.ts';
import type { ActionContext } from '../action-context.ts';
import { isObject, type Outcome } from '../shared/error-mapper.ts';
import { capped, hasLink, minimiseNotes } from './minimiser.ts';
import { readLinkedCase } from '../shared/case-access.ts';
import { flag, notesRequest, requireCaseId, requirePage } from '../shared/request.ts';
import { authorIds, People } from './people.ts';

/** Reads a cached notes page (value without fetchedAt; the entry carries it). */
export function cachedNotesPage(
    ctx: ActionContext,
    conversationId: string,
    page: number
): NotesPage | undefined {
    const entry = ctx.cache.get(cacheKeys.notes(conversationId, page));
    const value = entry?.value;
    // Only an OK or FORBIDDEN page with a list of notes is a hit: anything else reads as a miss.
    if (!entry || !isObject(value) || !Array.isArray(value.data)) return undefined;
    if (value.status !== 'OK' && value.status !== 'FORBIDDEN') return undefined;
    const { items, dropped } = capped(value.data, NOTES_PAGE_SIZE);
    const notes: NotesPage = {
        status: value.status,
        page,
        hasMore: value.hasMore === true,
        data: minimiseNotes(items),
        fetchedAt: entry.fetchedAt
    };
    const total = dropped + (typeof value.dropped === 'number' ? Math.max(0, value.dropped) : 0);
    if (total > 0) notes.dropped = Math.floor(total);
    if (isObject(value.error)) notes.error = value.error as unknown as NotesPage['error'];
    return notes;
}

/** The page from Kustomer's answer; OK and FORBIDDEN pages are cached, ERROR pages are not. */
export function notesPageFrom(
    ctx: ActionContext,
    conversationId: string,
    page: number,
    outcome: Outcome
): NotesPage {
    let notes: NotesPage;
    if (outcome.ok) {
        const { items, dropped } = capped(outcome.document.data, NOTES_PAGE_SIZE);
        notes = {
            status: 'OK',
            page,
            hasMore: hasLink(outcome.document, 'next'),
            data: minimiseNotes(items),
            fetchedAt: ctx.nowIso
        };
        if (dropped > 0) notes.dropped = dropped;
    } else {
        const status = outcome.error.code === 'FORBIDDEN' ? 'FORBIDDEN' : 'ERROR';
        notes = {
            status,
            error: outcome.error,
            page,
            hasMore: false,
            data: [],
            fetchedAt: ctx.nowIso
        };
    }
    if (notes.status !== 'ERROR') {
        const { fetchedAt, ...value } = notes;
        ctx.cache.put(cacheKeys.notes(conversationId, page), value, fetchedAt);
    }
    return notes;
}

export function noteResources(notes: NotesPage | undefined): Resource[] {
    return notes && Array.isArray(notes.data) ? notes.data : [];
}

export async function getNotes(
    ctx: ActionContext,
    params: Record<string, unknown>
): Promise<NotesPage> {
    const caseId = requireCaseId(params.caseId);
    const page = requirePage(params.page);
    const forceRefresh = flag(params.forceRefresh);
    const { conversationId } = readLinkedCase(ctx.cases, caseId);

    const notes =
        (forceRefresh ? undefined : cachedNotesPage(ctx, conversationId, page)) ??
        notesPageFrom(
            ctx,
            conversationId,
            page,
            await ctx.client.sync(notesRequest(conversationId, page))
        );
    const people = new People(ctx);
    const authors = authorIds(notes.data);
    await people.fetchUsers(authors);
    return { ...notes, people: people.list(authors) };
}
