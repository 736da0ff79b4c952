// KustomerPeopleFlow.cls in TypeScript.
// getPeople: names the viewer asks for after the messages are on screen (it decides which: docs/contract.md).
// One Continuation round, each request left out when cached: users ∥ conversation ∥ customer. The customer is
// looked up only when it is this Case's conversation's customer: proven by the cached conversation, else by the
// conversation fetched in the same round (then cached as getConversation would); an unproven customer is dropped.
import type { PeopleResult } from '../contract-types.ts';
import type { ActionContext } from '../action-context.ts';
import { readLinkedCase } from '../shared/case-access.ts';
import {
    conversationRequest,
    requireCaseId,
    requireKustomerId,
    requireUserIds
} from '../shared/request.ts';
import { customerIdOf, People } from './people.ts';
import { cachedConversation, conversationFrom } from './conversation-flow.ts';

export async function getPeople(
    ctx: ActionContext,
    params: Record<string, unknown>
): Promise<PeopleResult> {
    const caseId = requireCaseId(params.caseId);
    const userIds = requireUserIds(params.userIds);
    const customerId =
        params.customerId === undefined || params.customerId === null
            ? undefined
            : requireKustomerId(params.customerId, 'customer');
    const { conversationId } = readLinkedCase(ctx.cases, caseId);
    const people = new People(ctx);

    const cached = customerId ? cachedConversation(ctx, conversationId) : undefined;
    const provenByCache = cached !== undefined && customerIdOf(cached.conversation) === customerId;
    const fetched = await ctx.client.continuation({
        users: people.firstUsersRequest(userIds),
        conversation: customerId && !cached ? conversationRequest(conversationId) : undefined,
        customer:
            provenByCache || (customerId && !cached)
                ? people.customerRequest(customerId)
                : undefined
    });

    people.absorbUsers(fetched.users);
    let proven = provenByCache;
    if (fetched.conversation?.ok) {
        const { conversation } = conversationFrom(
            ctx,
            conversationId,
            fetched.conversation.document.data
        );
        proven = customerIdOf(conversation) === customerId;
    } else if (fetched.conversation) {
        people.warnings.push(fetched.conversation.error);
    }
    if (proven && customerId) people.absorbCustomer(fetched.customer, customerId);
    else people.forgetCustomer();

    const result: PeopleResult = { people: people.list(userIds), fetchedAt: ctx.nowIso };
    if (people.warnings.length > 0) result.warnings = people.warnings;
    return result;
}
