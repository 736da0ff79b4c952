// KustomerMessagesPage.cls in TypeScript.
// A page of messages as the contract returns it (MessagesPage): minimised data and attachments in Kustomer's order,
// at most the page size asked (the rest counted in `dropped`), Kustomer's links; cached under m{id}p{page}s{size}.
import type { ActionContext } from '../action-context.ts';
import { cacheKeys, type Resource } from '../contract-types.ts';
import { KustomerFailure } from '../shared/error.ts';
import { isObject, type Outcome } from '../shared/error-mapper.ts';
import { capped, hasLink, minimiseAttachments, minimiseMessages } from './minimiser.ts';

export interface PageOfMessages {
    data: Resource[];
    included: Resource[];
    hasNext: boolean;
    hasPrev: boolean;
    dropped?: number;
    fetchedAt: string;
}

/** The cached page (minimised again: cached values are not trusted to be in shape), else undefined. */
export function cachedMessagesPage(
    ctx: ActionContext,
    conversationId: string,
    page: number,
    pageSize: number
): PageOfMessages | undefined {
    const entry = ctx.cache.get(cacheKeys.messages(conversationId, page, pageSize));
    if (!entry || !isObject(entry.value)) return undefined;
    const { value } = entry;
    const dropped = typeof value.dropped === 'number' ? value.dropped : 0;
    return shaped(
        value,
        pageSize,
        value.hasNext === true,
        value.hasPrev === true,
        entry.fetchedAt,
        dropped
    );
}

/** The page from Kustomer's answer (a failure is the caller's error), cached. */
export function messagesPageFrom(
    ctx: ActionContext,
    conversationId: string,
    page: number,
    pageSize: number,
    outcome: Outcome | undefined
): PageOfMessages {
    if (!outcome || !outcome.ok) {
        throw new KustomerFailure(
            outcome && !outcome.ok
                ? outcome.error
                : { code: 'UNKNOWN', message: 'No messages answer' }
        );
    }
    const { document } = outcome;
    const result = shaped(
        document,
        pageSize,
        hasLink(document, 'next'),
        hasLink(document, 'prev'),
        ctx.nowIso,
        0
    );
    const { fetchedAt, ...value } = result;
    ctx.cache.put(cacheKeys.messages(conversationId, page, pageSize), value, fetchedAt);
    return result;
}

function shaped(
    source: { [key: string]: unknown },
    pageSize: number,
    hasNext: boolean,
    hasPrev: boolean,
    fetchedAt: string,
    /** A cached page's own count (its data is already capped). */
    previous: number
): PageOfMessages {
    const { items, dropped } = capped(source.data, pageSize);
    const result: PageOfMessages = {
        data: minimiseMessages(items),
        included: minimiseAttachments(source.included),
        hasNext,
        hasPrev,
        fetchedAt
    };
    const total = Math.floor(dropped + Math.max(0, previous));
    if (total > 0) result.dropped = total;
    return result;
}
