// One golden case (fixtures/golden/*.json) prepared for the Apex runner: everything the runner would otherwise
// decide is decided here, so KustomerGoldenRunner only follows data. Per case: the Case fields to insert, its
// cost for the group placement (golden-groups.ts), how many exchanges answer the Continuation, the arguments as the
// Apex entry point receives them, and the expectation in the form the runner compares literally.
import { isKustomerId } from '../../preview/apex/shared/request.ts';
import type { CaseFields, GroupItem } from './golden-groups.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Stands for a KustomerError's message in an expected result: the contract never compares messages. */
export const ANY_MESSAGE = '(any KustomerError message)';
/** Requests a Continuation may carry (Apex limit). */
const MAX_CONTINUATION_REQUESTS = 3;

export interface PreparedCase {
    name: string;
    /**
     * Undefined for an access case (case.access not OK): it does not run in Apex (KustomerCaseAccessTest does). A case
     * whose Conversation_ID__c the link rule keeps out of the database has no record: Apex reads it from memory.
     */
    item?: GroupItem;
    /** The case object for Apex, without the "record" index (added once its group is known). */
    spec: JsonObject;
}

const isObject = (value: Json | undefined): value is JsonObject =>
    typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON number as an Apex Integer parameter receives it: whole and within 32 bits, else null. */
export function apexInteger(value: Json | undefined): number | null {
    return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= 2_147_483_647
        ? value
        : null;
}

/** The entry point's arguments as Apex receives them (caseId only when the case sets it: it then wins). */
export function apexArgs(args: JsonObject): JsonObject {
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(args)) {
        if (key === 'page' || key === 'pageSize' || key === 'messagesPageSize')
            out[key] = apexInteger(value);
        else if (key === 'includeNotes' || key === 'forceRefresh') out[key] = value === true;
        else if (key === 'userIds')
            // A List<String> parameter: a list stays a list (non-strings as null elements), anything else is null.
            out[key] = Array.isArray(value)
                ? value.map((item) => (typeof item === 'string' ? item : null))
                : null;
        else out[key] = typeof value === 'string' ? value : null;
    }
    return out;
}

/**
 * Whether the Case can be stored: Conversation_ID__c blank, or a Kustomer id exactly as the validation rule
 * Kustomer_Conversation_Link requires (24 lowercase hex characters, nothing around them).
 */
export function storable(fields: CaseFields): boolean {
    const id = fields.conversationId;
    return id === null || id.trim() === '' || isKustomerId(id);
}

/** The Case fields the case needs ('' is null, as Salesforce stores it). */
export function caseFieldsOf(record: JsonObject): CaseFields {
    const text = (value: Json | undefined): string | null =>
        typeof value === 'string' && value !== '' ? value : null;
    return {
        conversationId: text(record.conversationId),
        conversationUrl: text(record.conversationUrl),
        assigneeNames: text(record.assigneeNames)
    };
}

/** Exchanges of the first round (the Continuation's, when the entry point returns one): the leading run. */
export function firstRoundSize(exchanges: JsonObject[]): number {
    let size = 0;
    while (size < exchanges.length && exchanges[size].round === exchanges[0].round) size++;
    return size;
}

/** The expectation with KustomerError messages out of the comparison (docs/contract.md, fixtures/golden). */
export function comparableExpect(expect: JsonObject): JsonObject {
    const copy = JSON.parse(JSON.stringify(expect)) as JsonObject;
    if (isObject(copy.error)) {
        // Errors are compared by the keys the case lists; the message is never one of them.
        delete copy.error.message;
        return copy;
    }
    const result = copy.result;
    if (isObject(result)) {
        const errors: Json[] = [
            result.error,
            isObject(result.notes) ? result.notes.error : null,
            ...(Array.isArray(result.warnings) ? result.warnings : [])
        ];
        for (const error of errors) if (isObject(error)) error.message = ANY_MESSAGE;
    }
    return copy;
}

/**
 * Prepares one case; `bodyLength(response)` is the length of the body the exchange's response sends. Throws when
 * the case asks for something the Apex runner cannot do.
 */
export function prepareCase(
    name: string,
    data: JsonObject,
    bodyLength: (response: JsonObject) => number
): PreparedCase {
    const record = isObject(data.case) ? data.case : {};
    const exchanges = (Array.isArray(data.exchanges) ? data.exchanges : []).filter(isObject);
    const expect = isObject(data.expect) ? data.expect : {};
    const access = typeof record.access === 'string' ? record.access : 'OK';
    if (access !== 'OK') {
        const reason = access === 'NO_FIELD_ACCESS' ? 'FIELDS' : 'RECORD';
        if (
            !isObject(expect.error) ||
            expect.error.code !== 'NO_ACCESS' ||
            expect.error.reason !== reason ||
            exchanges.length > 0
        )
            throw new Error(
                `${name}: a case with case.access ${access} must expect NO_ACCESS with reason ${reason} and list no exchange`
            );
        return { name, spec: {} };
    }
    const fields = caseFieldsOf(record);
    if (!storable(fields)) {
        if (!isObject(expect.error) || exchanges.length > 0)
            throw new Error(
                `${name}: a Conversation_ID__c the link rule refuses can only expect an error, with no exchange`
            );
        const spec: JsonObject = {
            memoryCase: { conversationId: fields.conversationId },
            expect: comparableExpect(expect)
        };
        return {
            name,
            spec,
            item: { name, callouts: 0, queries: 0, jsonChars: 2 * JSON.stringify(spec).length }
        };
    }
    const firstRound = firstRoundSize(exchanges);
    if (firstRound > MAX_CONTINUATION_REQUESTS)
        throw new Error(
            `${name}: round ${String(exchanges[0].round)} lists ${firstRound} requests; a Continuation carries at most ${MAX_CONTINUATION_REQUESTS}`
        );
    const puts = data.expectCachePuts;
    if (isObject(expect.error) && Array.isArray(puts) && puts.length > 0)
        throw new Error(`${name}: a call that fails stores nothing (its transaction rolls back)`);
    const call = isObject(data.call) ? data.call : {};
    const spec: JsonObject = {
        now: data.now ?? null,
        cache: data.cache ?? null,
        method: typeof call.method === 'string' ? call.method : null,
        args: apexArgs(isObject(call.args) ? call.args : {}),
        exchanges,
        firstRound,
        expect: comparableExpect(expect),
        // Only a successful call keeps its puts: Apex loses them with the transaction of a call that throws.
        expectCachePuts: isObject(expect.error) || !Array.isArray(puts) ? null : puts
    };
    const bodies = exchanges.reduce(
        (sum, exchange) => sum + (isObject(exchange.response) ? bodyLength(exchange.response) : 0),
        0
    );
    return {
        name,
        spec,
        item: {
            name,
            record: fields,
            callouts: exchanges.length,
            queries: 1,
            // The case is parsed, every body parsed, the result serialised and parsed again for the comparison.
            jsonChars: JSON.stringify(spec).length + bodies + 2 * JSON.stringify(expect).length
        }
    };
}
