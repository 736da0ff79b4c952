// KustomerConversationFlow.cls in TypeScript.
// getConversation: one Continuation round, conversation ∥ notes page 1 ∥ messages page 1 (the messages only when
// messagesPageSize is given), each left out when cached. Nothing left: the result with no callout.
import {
    cacheKeys,
    type ConversationResult,
    type NotesPage,
    type Resource
} from '../contract-types.ts';
import { oldest, type ActionContext } from '../action-context.ts';
import { readLinkedCase } from '../shared/case-access.ts';
import { KustomerFailure } from '../shared/error.ts';
import {
    conversationRequest,
    flag,
    messagesRequest,
    notesRequest,
    requireCaseId,
    requirePageSize
} from '../shared/request.ts';
import type { Outcome } from '../shared/error-mapper.ts';
import { cachedMessagesPage, messagesPageFrom } from './messages-page.ts';
import { minimiseConversation } from './minimiser.ts';
import { cachedNotesPage, notesPageFrom } from './notes.ts';

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

/** messagesPageSize: absent or null → no messages; else a page size (1..100). */
function optionalPageSize(value: unknown): number | undefined {
    return value === undefined || value === null ? undefined : requirePageSize(value);
}

export async function getConversation(
    ctx: ActionContext,
    params: Record<string, unknown>
): Promise<ConversationResult> {
    const caseId = requireCaseId(params.caseId);
    const includeNotes = flag(params.includeNotes);
    const forceRefresh = flag(params.forceRefresh);
    const pageSize = optionalPageSize(params.messagesPageSize);
    const { conversationId, info } = readLinkedCase(ctx.cases, caseId);

    const cached = forceRefresh ? undefined : cachedConversation(ctx, conversationId);
    let notes: NotesPage | undefined =
        includeNotes && !forceRefresh ? cachedNotesPage(ctx, conversationId, 1) : undefined;
    const cachedMessages =
        pageSize === undefined || forceRefresh
            ? undefined
            : cachedMessagesPage(ctx, conversationId, 1, pageSize);

    const fetched = await ctx.client.continuation({
        conversation: cached ? undefined : conversationRequest(conversationId),
        notes: includeNotes && !notes ? notesRequest(conversationId, 1) : undefined,
        messages:
            pageSize === undefined || cachedMessages
                ? undefined
                : messagesRequest(conversationId, 1, pageSize)
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
    if (pageSize !== undefined) {
        const page =
            cachedMessages ?? messagesPageFrom(ctx, conversationId, 1, pageSize, fetched.messages);
        result.messages = { page: 1, pageSize, ...page };
    }
    return result;
}
