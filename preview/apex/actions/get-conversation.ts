// getConversation: one Continuation round, conversation ∥ notes page 1 (each left out when cached).
import type { ConversationResult, NotesPage, Resource } from '../contract-types.ts';
import { oldest, type ActionContext } from '../action-context.ts';
import { readLinkedCase } from '../case-store.ts';
import { KustomerFailure } from '../errors.ts';
import { flag, requireCaseId } from '../ids.ts';
import type { Outcome } from '../kustomer-response.ts';
import { minimiseConversation } from '../minimise.ts';
import { cachedNotesPage, notesPageFrom } from '../notes-page.ts';
import { cacheKeys } from '../platform-cache.ts';
import { conversationRequest, notesRequest } from '../requests.ts';

export interface CachedConversation {
    conversation: Resource;
    fetchedAt: string;
}

export function cachedConversation(
    ctx: ActionContext,
    conversationId: string
): CachedConversation | undefined {
    const entry = ctx.cache.get(cacheKeys.conversation(conversationId));
    const conversation = entry ? minimiseConversation(entry.value) : undefined;
    return entry && conversation ? { conversation, fetchedAt: entry.fetchedAt } : undefined;
}

export function conversationFrom(
    ctx: ActionContext,
    conversationId: string,
    data: unknown
): CachedConversation {
    const conversation = minimiseConversation(data) ?? {};
    ctx.cache.put(cacheKeys.conversation(conversationId), conversation, ctx.nowIso);
    return { conversation, fetchedAt: ctx.nowIso };
}

export async function getConversation(
    ctx: ActionContext,
    params: Record<string, unknown>
): Promise<ConversationResult> {
    const caseId = requireCaseId(params.caseId);
    const includeNotes = flag(params.includeNotes);
    const forceRefresh = flag(params.forceRefresh);
    const { conversationId, info } = readLinkedCase(ctx.cases, caseId);

    const cached = forceRefresh ? undefined : cachedConversation(ctx, conversationId);
    let notes: NotesPage | undefined =
        includeNotes && !forceRefresh ? cachedNotesPage(ctx, conversationId, 1) : undefined;

    const fetched = await ctx.client.continuation({
        conversation: cached ? undefined : conversationRequest(conversationId),
        notes: includeNotes && !notes ? notesRequest(conversationId, 1) : undefined
    });
    let conversation: CachedConversation;
    if (cached) {
        conversation = cached;
    } else {
        const outcome = fetched.conversation as Outcome;
        if (!outcome.ok) throw new KustomerFailure(outcome.error);
        conversation = conversationFrom(ctx, conversationId, outcome.document.data);
    }
    if (fetched.notes) notes = notesPageFrom(ctx, conversationId, 1, fetched.notes);

    const result: ConversationResult = {
        conversation: conversation.conversation,
        case: info,
        fetchedAt: oldest(conversation.fetchedAt, notes?.fetchedAt)
    };
    if (notes) result.notes = notes;
    return result;
}
