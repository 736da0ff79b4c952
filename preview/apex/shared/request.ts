// KustomerRequest.cls in TypeScript: the Kustomer requests of the contract (exact paths), and the validation of
// everything that comes from the browser or from a Case before it enters a Kustomer path.
import { MAX_PAGE, MAX_PAGE_SIZE, NOTES_PAGE_SIZE, USERS_PER_REQUEST } from '../contract-types.ts';
import { KustomerFailure } from './error.ts';

export type RequestName =
    | 'conversation'
    | 'notes'
    | 'messages'
    | 'users'
    | 'customer'
    | 'message'
    | 'attachment'
    | 'token';

export interface KustomerRequest {
    name: RequestName;
    path: string;
}

// Callers pass ids that already passed isKustomerId: nothing else ever enters a path.
export const conversationRequest = (conversationId: string): KustomerRequest => ({
    name: 'conversation',
    path: `/v1/conversations/${conversationId}`
});

export const notesRequest = (conversationId: string, page: number): KustomerRequest => ({
    name: 'notes',
    path: `/v1/conversations/${conversationId}/notes?page=${page}&pageSize=${NOTES_PAGE_SIZE}`
});

export const messagesRequest = (
    conversationId: string,
    page: number,
    pageSize: number
): KustomerRequest => ({
    name: 'messages',
    path: `/v1/conversations/${conversationId}/messages?page=${page}&pageSize=${pageSize}&include=attachments`
});

/** One request per 50 ids; ids unique and sorted ascending. */
export function usersRequests(userIds: Iterable<string>): KustomerRequest[] {
    const ids = [...new Set(userIds)].sort();
    const requests: KustomerRequest[] = [];
    for (let i = 0; i < ids.length; i += USERS_PER_REQUEST) {
        const chunk = ids.slice(i, i + USERS_PER_REQUEST);
        requests.push({ name: 'users', path: `/v1/users/${chunk.join(',')}` });
    }
    return requests;
}

export const customerRequest = (customerId: string): KustomerRequest => ({
    name: 'customer',
    path: `/v1/customers/${customerId}`
});

export const messageRequest = (messageId: string): KustomerRequest => ({
    name: 'message',
    path: `/v1/messages/${messageId}`
});

export const attachmentRequest = (messageId: string, attachmentId: string): KustomerRequest => ({
    name: 'attachment',
    path: `/v1/messages/${messageId}/attachments/${attachmentId}`
});

/** Valid for any key whatever its roles (the setup check only). */
export const tokenRequest = (): KustomerRequest => ({
    name: 'token',
    path: '/v1/auth/tokens/current'
});

const KUSTOMER_ID = /^[0-9a-f]{24}$/;
// A Case Id: 15 or 18 alphanumeric characters with the Case key prefix 500 (what Apex's Id type accepts).
const CASE_ID = /^500[0-9A-Za-z]{12}(?:[0-9A-Za-z]{3})?$/;

export function isKustomerId(value: unknown): value is string {
    return typeof value === 'string' && KUSTOMER_ID.test(value);
}

function invalid(message: string): KustomerFailure {
    return new KustomerFailure({ code: 'INVALID_REQUEST', message });
}

export function requireCaseId(value: unknown): string {
    if (typeof value !== 'string' || !CASE_ID.test(value)) throw invalid('Malformed Case Id');
    return value;
}

export function requireKustomerId(value: unknown, what: string): string {
    if (!isKustomerId(value)) throw invalid(`Malformed ${what} id`);
    return value;
}

/** getPeople's user ids: a list (null: none) of at most USERS_PER_REQUEST Kustomer ids (one users request); duplicates count once. */
export function requireUserIds(value: unknown): string[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value) || !value.every(isKustomerId)) throw invalid('Malformed user ids');
    const ids = [...new Set(value)];
    if (ids.length > USERS_PER_REQUEST) throw invalid(`At most ${USERS_PER_REQUEST} user ids`);
    return ids;
}

function requireInteger(value: unknown, min: number, max: number, what: string): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        throw invalid(`${what} must be an integer from ${min} to ${max}`);
    }
    return value;
}

export function requirePage(value: unknown): number {
    return requireInteger(value, 1, MAX_PAGE, 'page');
}

export function requirePageSize(value: unknown): number {
    return requireInteger(value, 1, MAX_PAGE_SIZE, 'pageSize');
}

/** Apex Booleans arrive as true, false or null: only true is true. */
export function flag(value: unknown): boolean {
    return value === true;
}
