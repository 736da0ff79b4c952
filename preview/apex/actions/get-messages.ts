// getMessages: one Continuation round, then synchronous people requests only when needed.
//   warm (conversation in Platform Cache): messages ∥ users(predicted) ∥ customer, then users(unpredicted authors)
//   cold (no cached conversation):         messages ∥ conversation ∥ notes, then users, then customer
// A failed messages request fails the action; users/customer failures become warnings; conversation and notes only
// predict people here (their failures just predict less). The customer is the conversation's, else the page's.
// forceRefresh skips the cache read of the messages page only (people and predictions come from the cache).
import type { MessagesResult, Resource } from '../contract-types.ts';
import type { ActionContext } from '../action-context.ts';
import { readLinkedCase } from '../case-store.ts';
import { KustomerFailure } from '../errors.ts';
import { flag, requireCaseId, requirePage, requirePageSize } from '../ids.ts';
import { isObject, type Outcome } from '../kustomer-response.ts';
import { hasLink, minimiseAttachments, minimiseMessages } from '../minimise.ts';
import { cachedNotesPage, noteResources, notesPageFrom } from '../notes-page.ts';
import { authorIds, customerIdOf, pageCustomerId, People, predictedUserIds } from '../people.ts';
import { cacheKeys } from '../platform-cache.ts';
import { conversationRequest, messagesRequest, notesRequest } from '../requests.ts';
import { cachedConversation, conversationFrom } from './get-conversation.ts';

interface MessagesPage {
    data: Resource[];
    included: Resource[];
    hasNext: boolean;
    hasPrev: boolean;
}

function cachedPage(
    ctx: ActionContext,
    key: string
): (MessagesPage & { fetchedAt: string }) | undefined {
    const entry = ctx.cache.get(key);
    if (!entry || !isObject(entry.value)) return undefined;
    const value = entry.value;
    return {
        data: minimiseMessages(value.data),
        included: minimiseAttachments(value.included),
        hasNext: value.hasNext === true,
        hasPrev: value.hasPrev === true,
        fetchedAt: entry.fetchedAt
    };
}

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
    const pageKey = cacheKeys.messages(conversationId, page, pageSize);
    const people = new People(ctx);

    const cachedMessages = forceRefresh ? undefined : cachedPage(ctx, pageKey);
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

    let messages: MessagesPage & { fetchedAt: string };
    if (cachedMessages) {
        messages = cachedMessages;
    } else {
        const outcome = fetched.messages as Outcome;
        if (!outcome.ok) throw new KustomerFailure(outcome.error);
        messages = {
            data: minimiseMessages(outcome.document.data),
            included: minimiseAttachments(outcome.document.included),
            hasNext: hasLink(outcome.document, 'next'),
            hasPrev: hasLink(outcome.document, 'prev'),
            fetchedAt: ctx.nowIso
        };
        const { fetchedAt, ...value } = messages;
        ctx.cache.put(pageKey, value, fetchedAt);
    }
    people.absorbUsers(fetched.users);
    if (customerId) people.absorbCustomer(fetched.customer, customerId);
    if (fetched.conversation?.ok) {
        const data = fetched.conversation.document.data;
        conversation = conversationFrom(ctx, conversationId, data).conversation;
    }
    if (fetched.notes) notes = notesPageFrom(ctx, conversationId, 1, fetched.notes);

    const named = [
        ...predictedUserIds(conversation, noteResources(notes)),
        ...authorIds(messages.data)
    ];
    await people.fetchUsers(named);
    await people.fetchCustomer(customerIdOf(conversation) ?? pageCustomerId(messages.data));

    const result: MessagesResult = {
        page,
        pageSize,
        hasNext: messages.hasNext,
        hasPrev: messages.hasPrev,
        data: messages.data,
        included: messages.included,
        people: people.list(named),
        fetchedAt: messages.fetchedAt
    };
    if (people.warnings.length > 0) result.warnings = people.warnings;
    return result;
}
