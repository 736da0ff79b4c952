// How the fake lists things, as the real Kustomer may (its docs promise none of it): page/pageSize paging with
// links, pageSize above the maximum rejected or capped, messages oldest or newest first and a `sort` honoured or
// ignored, a messageCount that drifts from the list, a list whose next link never ends.
import type { FakeConversation, FakeMessage, Raw } from './model.ts';
import { badRequest } from './http-errors.ts';
import type { FakeKustomerOptions } from './server.ts';
import { MAX_PAGE_SIZE } from '../apex/contract-types.ts';

type ListOptions = Pick<FakeKustomerOptions, 'messageOrder' | 'sort' | 'oversizedPageSize'>;

export interface Lists {
    /** A conversation's messages in the order this Kustomer lists them. */
    listedMessages(c: FakeConversation, query: URLSearchParams): FakeMessage[];
    /** The conversation as Kustomer reports it: messageCount drifts from the list when the behaviour says so. */
    reported(c: FakeConversation): Raw;
    listDocument<T>(
        path: string,
        query: URLSearchParams,
        items: T[],
        render: (item: T) => Raw,
        endless?: boolean
    ): { doc: Raw; slice: T[] };
}

export function createLists(options: ListOptions): Lists {
    function pageParams(query: URLSearchParams): { page: number; pageSize: number } {
        const page = Number(query.get('page') ?? 1);
        let pageSize = Number(query.get('pageSize') ?? 100);
        if (!Number.isInteger(page) || page < 1)
            throw badRequest('page must be a positive integer');
        if (pageSize > MAX_PAGE_SIZE && options.oversizedPageSize === 'cap')
            pageSize = MAX_PAGE_SIZE;
        if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE)
            throw badRequest(`pageSize must be between 1 and ${MAX_PAGE_SIZE}`);
        return { page, pageSize };
    }

    /** A conversation's messages in the order this Kustomer lists them. */
    function listedMessages(c: FakeConversation, query: URLSearchParams): FakeMessage[] {
        let order = c.behaviour?.order ?? options.messageOrder ?? 'asc';
        const sort = query.get('sort');
        if (options.sort === 'honoured' && (sort === 'desc' || sort === '-createdAt'))
            order = 'desc';
        return order === 'desc' ? [...c.messages].reverse() : c.messages;
    }

    /** The conversation as Kustomer reports it: messageCount drifts from the list when the behaviour says so. */
    function reported(c: FakeConversation): Raw {
        const drift = c.behaviour?.countDrift;
        if (!drift) return c.raw;
        const attributes = c.raw.attributes as Raw;
        return {
            ...c.raw,
            attributes: { ...attributes, messageCount: Math.max(0, c.messages.length + drift) }
        };
    }

    function listDocument<T>(
        path: string,
        query: URLSearchParams,
        items: T[],
        render: (item: T) => Raw,
        endless = false
    ): { doc: Raw; slice: T[] } {
        const { page, pageSize } = pageParams(query);
        const last = Math.max(1, Math.ceil(items.length / pageSize));
        // A list that never ends repeats its last page forever.
        const shown = endless ? Math.min(page, last) : page;
        const slice = items.slice((shown - 1) * pageSize, shown * pageSize);
        const link = (p: number) => {
            const q = new URLSearchParams(query);
            q.set('page', String(p));
            q.set('pageSize', String(pageSize));
            return `${path}?${q.toString()}`;
        };
        return {
            slice,
            doc: {
                meta: { pageSize, page },
                data: slice.map(render),
                links: {
                    self: link(page),
                    first: link(1),
                    prev: page > 1 ? link(Math.min(page - 1, last)) : null,
                    next: page < last || endless ? link(page + 1) : null
                }
            }
        };
    }

    return { listedMessages, reported, listDocument };
}
