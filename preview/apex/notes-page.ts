// A page of internal notes as the contract returns it: a missing notes role (403) is a status, not a failure.
import type { NotesPage, Resource } from './contract-types.ts';
import type { ActionContext } from './action-context.ts';
import { isObject, type Outcome } from './kustomer-response.ts';
import { hasLink, minimiseNotes } from './minimise.ts';
import { cacheKeys } from './platform-cache.ts';

/** Reads a cached notes page (value without fetchedAt; the entry carries it). */
export function cachedNotesPage(
    ctx: ActionContext,
    conversationId: string,
    page: number
): NotesPage | undefined {
    const entry = ctx.cache.get(cacheKeys.notes(conversationId, page));
    if (!entry || !isObject(entry.value)) return undefined;
    return { ...(entry.value as unknown as NotesPage), fetchedAt: entry.fetchedAt };
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
        notes = {
            status: 'OK',
            page,
            hasMore: hasLink(outcome.document, 'next'),
            data: minimiseNotes(outcome.document.data),
            fetchedAt: ctx.nowIso
        };
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
