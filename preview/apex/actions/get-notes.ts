// getNotes: one notes page (a synchronous callout), then one users request for the authors not cached.
import type { NotesPage } from '../contract-types.ts';
import type { ActionContext } from '../action-context.ts';
import { readLinkedCase } from '../case-store.ts';
import { flag, requireCaseId, requirePage } from '../ids.ts';
import { cachedNotesPage, notesPageFrom } from '../notes-page.ts';
import { authorIds, People } from '../people.ts';
import { notesRequest } from '../requests.ts';

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
