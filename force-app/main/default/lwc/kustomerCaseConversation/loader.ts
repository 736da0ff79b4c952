// The viewer's data layer: calls the Apex entry points of docs/contract.md, parses their JSON strings once into
// the contract's types (c/kustomerConversationModel parse.ts: what does not fit is dropped), and keeps the parsed
// results in a module-level cache (300 s) shared by every viewer on the page. `forceRefresh` skips the cache
// here and tells Apex to skip Platform Cache too. Every failure comes out as a KustomerError.
import getConversationApex from '@salesforce/apexContinuation/KustomerConversationController.getConversation';
import getMessagesApex from '@salesforce/apexContinuation/KustomerConversationController.getMessages';
import getNotesApex from '@salesforce/apex/KustomerConversationController.getNotes';
import getPeopleApex from '@salesforce/apexContinuation/KustomerConversationController.getPeople';
import {
    TtlCache,
    parseApexError,
    parseConversation,
    parseMessages,
    parseNotes,
    parsePeople
} from 'c/kustomerConversationModel';
import type {
    ConversationData,
    KustomerError,
    MessagesData,
    NotesData,
    PeopleData
} from 'c/kustomerConversationModel';

const cache = new TtlCache<object>();

export type LoadResult<T> = { ok: true; value: T } | { ok: false; error: KustomerError };

/** How a load of the view went. */
export type Outcome = { ok: true } | { ok: false; error: KustomerError };

export const OK: Outcome = { ok: true };

/** Runs a load; anything it throws becomes an UNKNOWN error, so the view always gets an outcome to show. */
export async function safely(run: () => Promise<Outcome>): Promise<Outcome> {
    try {
        return await run();
    } catch (reason) {
        return { ok: false, error: { code: 'UNKNOWN', message: String(reason) } };
    }
}

/** Apex returns JSON strings (an already parsed object is accepted too); one that is no JSON object is BAD_RESPONSE. */
export function parseResult<T>(
    raw: unknown,
    parse: (raw: unknown) => T | undefined
): LoadResult<T> {
    const value = parse(raw);
    if (value === undefined) {
        return {
            ok: false,
            error: { code: 'BAD_RESPONSE', message: 'The Apex result is not a JSON object.' }
        };
    }
    return { ok: true, value };
}

async function cached<T extends object>(
    key: string,
    forceRefresh: boolean,
    parse: (raw: unknown) => T | undefined,
    call: () => Promise<unknown>
): Promise<LoadResult<T>> {
    if (!forceRefresh) {
        const hit = cache.get(key);
        // Each key holds one kind of result (its letter), parsed by the same parser.
        if (hit) return { ok: true, value: hit as T };
    }
    let result: LoadResult<T>;
    try {
        result = parseResult(await call(), parse);
    } catch (reason) {
        return { ok: false, error: parseApexError(reason) };
    }
    if (result.ok) cache.set(key, result.value);
    return result;
}

/** The conversation ∥ notes page 1 ∥ (with messagesPageSize) messages page 1: one Kustomer round trip. */
export function loadConversation(
    caseId: string,
    includeNotes: boolean,
    forceRefresh: boolean,
    messagesPageSize?: number
): Promise<LoadResult<ConversationData>> {
    // Apex reads a parameter that is not sent as null: no messages.
    const params = {
        caseId,
        includeNotes,
        forceRefresh,
        ...(messagesPageSize === undefined ? {} : { messagesPageSize })
    } as Parameters<typeof getConversationApex>[0];
    return cached(
        `${caseId}|c|${includeNotes}|${messagesPageSize ?? 0}`,
        forceRefresh,
        parseConversation,
        () => getConversationApex(params)
    );
}

export function loadMessages(
    caseId: string,
    page: number,
    pageSize: number,
    includeNotes: boolean,
    forceRefresh: boolean
): Promise<LoadResult<MessagesData>> {
    return cached(
        `${caseId}|m|${page}|${pageSize}|${includeNotes}`,
        forceRefresh,
        parseMessages,
        () => getMessagesApex({ caseId, page, pageSize, includeNotes, forceRefresh })
    );
}

export function loadNotes(
    caseId: string,
    page: number,
    forceRefresh: boolean
): Promise<LoadResult<NotesData>> {
    return cached(`${caseId}|n|${page}`, forceRefresh, parseNotes, () =>
        getNotesApex({ caseId, page, forceRefresh })
    );
}

/** Names for these users and the conversation's customer (getPeople), after the messages are on screen. */
export function loadPeople(
    caseId: string,
    userIds: string[],
    customerId: string | undefined
): Promise<LoadResult<PeopleData>> {
    const params = {
        caseId,
        userIds,
        ...(customerId === undefined ? {} : { customerId })
    } as Parameters<typeof getPeopleApex>[0];
    return cached(`${caseId}|p|${userIds.join(',')}|${customerId ?? ''}`, false, parsePeople, () =>
        getPeopleApex(params)
    );
}

/** Forget everything cached for a Case (Refresh). */
export function forgetCase(caseId: string): void {
    cache.clear(`${caseId}|`);
}
