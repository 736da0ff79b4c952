// KustomerMessagesFlow.cls in TypeScript.
// getMessages: one Continuation round; names never hold the page back (no synchronous people requests).
//   warm (conversation in Platform Cache): messages ∥ users(predicted, not cached) ∥ customer (not cached)
//   cold (no cached conversation):         messages ∥ conversation ∥ notes (only to predict, and to cache them)
// A failed messages request fails the action; users/customer failures become warnings; conversation and notes only
// predict people here (their failures just predict less). Authors neither predicted nor cached are left to getPeople.
// forceRefresh skips the cache read of the messages page only (people and predictions come from the cache).
import type { MessagesResult } from '../contract-types.ts';
import type { ActionContext } from '../action-context.ts';
import { readLinkedCase } from '../shared/case-access.ts';
import {
    conversationRequest,
    flag,
    messagesRequest,
    notesRequest,
    requireCaseId,
    requirePage,
    requirePageSize
} from '../shared/request.ts';
import { cachedMessagesPage, messagesPageFrom } from './messages-page.ts';
import { cachedNotesPage, noteResources, notesPageFrom } from './notes.ts';
import { authorIds, customerIdOf, People, predictedUserIds } from './people.ts';
import { cachedConversation, conversationFrom } from './conversation-flow.ts';

export async function getMessages(
    ctx: ActionContext,
    params: Record<string, unknown>
): Promise<MessagesResult> {
    const caseId = requireCaseId(params.caseId);
    const page = requirePage(params.page);
    const pageSize = requirePageSize(params.pageSize);
    const includeNotes = flag(params.includeNotes);
    const forceRefresh = flag(params.forceRefresh);
    const { conversationId } = readLinkedCase(ctx.cases, caseId);
    const people = new People(ctx);

    const cachedMessages = forceRefresh
        ? undefined
        : cachedMessagesPage(ctx, conversationId, page, pageSize);
    // forceRefresh re-fetches the page only: the conversation and notes here just predict people.
    let conversation = cachedConversation(ctx, conversationId)?.conversation;
    let notes = includeNotes ? cachedNotesPage(ctx, conversationId, 1) : undefined;
    const warm = conversation !== undefined;
    const predicted = predictedUserIds(conversation, noteResources(notes));
    const customerId = customerIdOf(conversation);

    const fetched = await ctx.client.continuation({
        messages: cachedMessages ? undefined : messagesRequest(conversationId, page, pageSize),
        users: warm ? people.firstUsersRequest(predicted) : undefined,
        customer: warm ? people.customerRequest(customerId) : undefined,
        conversation: warm ? undefined : conversationRequest(conversationId),
        notes: !warm && includeNotes && !notes ? notesRequest(conversationId, 1) : undefined
    });

    const messages =
        cachedMessages ?? messagesPageFrom(ctx, conversationId, page, pageSize, fetched.messages);
    people.absorbUsers(fetched.users);
    if (customerId) people.absorbCustomer(fetched.customer, customerId);
    if (fetched.conversation?.ok) {
        const data = fetched.conversation.document.data;
        conversation = conversationFrom(ctx, conversationId, data).conversation;
    }
    if (fetched.notes) notes = notesPageFrom(ctx, conversationId, 1, fetched.notes);

    // Everyone the page and its conversation name, from the cache: what is still unknown is asked by getPeople.
    const named = [
        ...predictedUserIds(conversation, noteResources(notes)),
        ...authorIds(messages.data)
    ];
    people.missingUsers(named);
    people.cachedCustomer(customerIdOf(conversation));

    const { fetchedAt, dropped, ...page1 } = messages;
    const result: MessagesResult = {
        page,
        pageSize,
        ...page1,
        people: people.list(named),
        fetchedAt
    };
    if (dropped) result.dropped = dropped;
    if (people.warnings.length > 0) result.warnings = people.warnings;
    return result;
}
