// The viewer's data layer: calls the Apex entry points of docs/contract.md, parses their JSON strings, and keeps
// results in a module-level cache (300 s) shared by every viewer on the page. `forceRefresh` skips the cache
// here and tells Apex to skip Platform Cache too. Every failure comes out as a KustomerError.
import getConversationApex from '@salesforce/apexContinuation/KustomerConversationController.getConversation';
import getMessagesApex from '@salesforce/apexContinuation/KustomerConversationController.getMessages';
import getNotesApex from '@salesforce/apex/KustomerConversationController.getNotes';
import getPeopleApex from '@salesforce/apexContinuation/KustomerConversationController.getPeople';
import { TtlCache, apexJson, isObject, parseApexError } from 'c/kustomerConversationModel';
import type { JsonObject, KustomerError } from 'c/kustomerConversationModel';

const cache = new TtlCache<JsonObject>();

export type LoadResult = { ok: true; value: JsonObject } | { ok: false; error: KustomerError };

/** Apex returns JSON strings; an already parsed object is accepted too. Anything else is BAD_RESPONSE. */
export function parseResult(raw: unknown): LoadResult {
    const value = apexJson(raw);
    if (!isObject(value)) {
        return {
            ok: false,
            error: { code: 'BAD_RESPONSE', message: 'The Apex result is not a JSON object.' }
        };
    }
    return { ok: true, value };
}

async function cached(
    key: string,
    forceRefresh: boolean,
    call: () => Promise<unknown>
): Promise<LoadResult> {
    if (!forceRefresh) {
        const hit = cache.get(key);
        if (hit) return { ok: true, value: hit };
    }
    let result: LoadResult;
    try {
        result = parseResult(await call());
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
): Promise<LoadResult> {
    // Apex reads a parameter that is not sent as null: no messages.
    const params = {
        caseId,
        includeNotes,
        forceRefresh,
        ...(messagesPageSize === undefined ? {} : { messagesPageSize })
    } as Parameters<typeof getConversationApex>[0];
    return cached(`${caseId}|c|${includeNotes}|${messagesPageSize ?? 0}`, forceRefresh, () =>
        getConversationApex(params)
    );
}

export function loadMessages(
    caseId: string,
    page: number,
    pageSize: number,
    includeNotes: boolean,
    forceRefresh: boolean
): Promise<LoadResult> {
    return cached(`${caseId}|m|${page}|${pageSize}|${includeNotes}`, forceRefresh, () =>
        getMessagesApex({ caseId, page, pageSize, includeNotes, forceRefresh })
    );
}

export function loadNotes(
    caseId: string,
    page: number,
    forceRefresh: boolean
): Promise<LoadResult> {
    return cached(`${caseId}|n|${page}`, forceRefresh, () =>
        getNotesApex({ caseId, page, forceRefresh })
    );
}

/** Names for these users and the conversation's customer (getPeople), after the messages are on screen. */
export function loadPeople(
    caseId: string,
    userIds: string[],
    customerId: string | undefined
): Promise<LoadResult> {
    const params = {
        caseId,
        userIds,
        ...(customerId === undefined ? {} : { customerId })
    } as Parameters<typeof getPeopleApex>[0];
    return cached(`${caseId}|p|${userIds.join(',')}|${customerId ?? ''}`, false, () =>
        getPeopleApex(params)
    );
}

/** Forget everything cached for a Case (Refresh). */
export function forgetCase(caseId: string): void {
    cache.clear(`${caseId}|`);
}
