// Shared helpers for the viewer's Jest tests: flushing promises, building contract-shaped results.
import { CONVERSATION_RESULT, MESSAGES_PAGE_1, MESSAGES_PAGE_2 } from '../data/fixtures';

export function flushPromises(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Several rounds: the viewer chains conversation → messages → notes. */
export async function settle(rounds = 6): Promise<void> {
    for (let round = 0; round < rounds; round++) {
        // eslint-disable-next-line no-await-in-loop
        await flushPromises();
    }
}

export function clone<T>(value: T): T {
    return JSON.parse(JSON.stringify(value));
}

export const CASE_ID = '500000000000001AAA';

/** The fixture conversation as Apex returns it (a JSON string), optionally changed. */
export function conversationResult(change: (value: any) => void = () => {}): string {
    const value = clone<any>(CONVERSATION_RESULT);
    change(value);
    return JSON.stringify(value);
}

/** All eight fixture messages in one page (Kustomer order: oldest first). */
export function allMessagesResult(change: (value: any) => void = () => {}): string {
    const value = clone<any>(MESSAGES_PAGE_1);
    const second = clone<any>(MESSAGES_PAGE_2);
    value.data = [...value.data, ...second.data];
    value.included = [...value.included, ...second.included];
    value.pageSize = 50;
    value.hasNext = false;
    change(value);
    return JSON.stringify(value);
}

const HEX = '0123456789abcdef';

export function hexId(n: number, prefix = 'a'): string {
    const body = n.toString(16).padStart(23, '0');
    return (prefix + body)
        .slice(0, 24)
        .replace(/[^0-9a-f]/g, '0')
        .padEnd(24, HEX[0]);
}

/** A synthetic message (minimised shape) numbered n, n minutes after a base time. */
export function syntheticMessage(n: number, direction: 'in' | 'out' = n % 2 === 0 ? 'in' : 'out') {
    const time = new Date(Date.UTC(2025, 2, 10, 12, 0, 0) + n * 60000).toISOString();
    return {
        type: 'message',
        id: hexId(n),
        attributes: {
            channel: n % 3 === 0 ? 'sms' : 'chat',
            direction,
            preview: `Message number ${n}`,
            status: direction === 'in' ? 'received' : 'sent',
            sentAt: time,
            createdAt: time
        }
    };
}

/** The page object of a conversation of `total` synthetic messages in Kustomer's `order`, as Apex returns it. */
export function syntheticPageValue(
    total: number,
    page: number,
    pageSize: number,
    order: 'asc' | 'desc' = 'asc',
    /** Kustomer's own page size limit: a larger pageSize is silently capped to it. */
    serverCap = Number.POSITIVE_INFINITY
) {
    const numbers = Array.from({ length: total }, (_, index) => index);
    if (order === 'desc') numbers.reverse();
    const size = Math.min(pageSize, serverCap);
    const slice = numbers.slice((page - 1) * size, page * size);
    return {
        page,
        pageSize,
        hasNext: page * size < total,
        hasPrev: page > 1,
        data: slice.map((n) => syntheticMessage(n)),
        included: [],
        people: [],
        fetchedAt: '2025-03-12T10:38:00.000Z'
    };
}

/** A page of a conversation of `total` synthetic messages, oldest first, as getMessages returns it. */
export function syntheticPage(
    total: number,
    page: number,
    pageSize: number,
    order: 'asc' | 'desc' = 'asc',
    serverCap = Number.POSITIVE_INFINITY
): string {
    return JSON.stringify(syntheticPageValue(total, page, pageSize, order, serverCap));
}

/** An Aura-style rejection carrying a KustomerError, as LWC hands it to the component. */
export function auraError(error: Record<string, unknown>) {
    return { status: 500, body: { message: JSON.stringify(error) }, headers: {} };
}
