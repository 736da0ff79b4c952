// KustomerAttachmentFlow.cls in TypeScript.
// getAttachmentLink: prove the message belongs to this Case's conversation (GET message, skipped when the proof
// is cached), then GET the attachment, which must name itself and its message (an answer without either proves
// nothing: BAD_RESPONSE), and return its signed https: link (never cached: it expires).
import { cacheKeys, type AttachmentLink } from '../contract-types.ts';
import type { ActionContext } from '../action-context.ts';
import { readLinkedCase } from '../shared/case-access.ts';
import { KustomerFailure } from '../shared/error.ts';
import {
    attachmentRequest,
    isKustomerId,
    messageRequest,
    requireCaseId,
    requireKustomerId
} from '../shared/request.ts';
import { isObject } from '../shared/error-mapper.ts';
import { HTTPS_URL } from './minimiser.ts';

function field(value: unknown, ...path: string[]): unknown {
    return path.reduce<unknown>((node, name) => (isObject(node) ? node[name] : undefined), value);
}

async function owningConversation(ctx: ActionContext, messageId: string): Promise<unknown> {
    const key = cacheKeys.messageOwner(messageId);
    const cached = ctx.cache.get(key);
    if (cached && isKustomerId(cached.value)) return cached.value;
    const outcome = await ctx.client.sync(messageRequest(messageId));
    if (!outcome.ok) throw new KustomerFailure(outcome.error);
    const owner = field(outcome.document.data, 'relationships', 'conversation', 'data', 'id');
    if (isKustomerId(owner)) ctx.cache.put(key, owner, ctx.nowIso);
    return owner;
}

export async function getAttachmentLink(
    ctx: ActionContext,
    params: Record<string, unknown>
): Promise<AttachmentLink> {
    const caseId = requireCaseId(params.caseId);
    const messageId = requireKustomerId(params.messageId, 'message');
    const attachmentId = requireKustomerId(params.attachmentId, 'attachment');
    const { conversationId } = readLinkedCase(ctx.cases, caseId);

    if ((await owningConversation(ctx, messageId)) !== conversationId) {
        throw new KustomerFailure({
            code: 'NOT_FOUND',
            message: "The message is not part of this Case's conversation"
        });
    }
    const outcome = await ctx.client.sync(attachmentRequest(messageId, attachmentId));
    if (!outcome.ok) throw new KustomerFailure(outcome.error);
    const data = outcome.document.data;
    const answeredId = field(data, 'id');
    const parentId = field(data, 'relationships', 'message', 'data', 'id');
    if (typeof answeredId !== 'string' || typeof parentId !== 'string') {
        throw new KustomerFailure({
            code: 'BAD_RESPONSE',
            message: 'Kustomer attachment answer does not name the attachment and its message',
            httpStatus: outcome.status
        });
    }
    if (answeredId !== attachmentId || parentId !== messageId) {
        throw new KustomerFailure({
            code: 'NOT_FOUND',
            message: 'Kustomer answered with another attachment'
        });
    }
    const url = field(data, 'links', 'related') ?? field(outcome.document, 'links', 'related');
    if (typeof url !== 'string' || !HTTPS_URL.test(url)) {
        throw new KustomerFailure({
            code: 'BAD_RESPONSE',
            message: 'Kustomer attachment link is missing or not https:',
            httpStatus: outcome.status
        });
    }
    return { url, fetchedAt: ctx.nowIso };
}
