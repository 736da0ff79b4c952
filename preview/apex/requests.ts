// The Kustomer requests of the contract: exact paths.
import { NOTES_PAGE_SIZE, USERS_PER_REQUEST } from './contract-types.ts';

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
