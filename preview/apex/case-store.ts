// The Case as the running user can read it (Apex: a with-sharing query in user mode, before anything else).
import type { CaseInfo } from './contract-types.ts';
import { KustomerFailure } from './errors.ts';
import { isKustomerId } from './ids.ts';

export interface CaseRecord {
    /** OK; NO_RECORD: sharing hides the Case; NO_FIELD_ACCESS: FLS hides the Kustomer fields. */
    access?: 'OK' | 'NO_RECORD' | 'NO_FIELD_ACCESS';
    conversationId?: string | null;
    conversationUrl?: string | null;
    assigneeNames?: string | null;
}

/** A Map<caseId, CaseRecord> fits; so does any lookup function wrapped as { get }. */
export interface CaseStore {
    get(caseId: string): CaseRecord | undefined;
}

export interface LinkedCase {
    conversationId: string;
    info: CaseInfo;
}

/** The Case's conversation, or NO_ACCESS / NOT_LINKED / INVALID_ID (no callout in any of these). */
export function readLinkedCase(store: CaseStore, caseId: string): LinkedCase {
    const record = store.get(caseId);
    if (!record || (record.access ?? 'OK') !== 'OK') {
        throw new KustomerFailure({
            code: 'NO_ACCESS',
            message: 'The Case or its Kustomer fields are not readable by the running user'
        });
    }
    const conversationId = (record.conversationId ?? '').trim();
    if (conversationId === '') {
        throw new KustomerFailure({ code: 'NOT_LINKED', message: 'Conversation_ID__c is blank' });
    }
    if (!isKustomerId(conversationId)) {
        throw new KustomerFailure({
            code: 'INVALID_ID',
            message: 'Conversation_ID__c is not a 24-character lowercase hex Kustomer id'
        });
    }
    const info: CaseInfo = {};
    if (record.conversationUrl) info.conversationUrl = record.conversationUrl;
    if (record.assigneeNames) info.assigneeNames = record.assigneeNames;
    return { conversationId, info };
}
