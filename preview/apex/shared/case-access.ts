// KustomerCaseAccess.cls in TypeScript.
// The Case as the running user can read it (Apex: a with-sharing query in user mode, before anything else).
import type { CaseInfo } from '../contract-types.ts';
import { KustomerFailure } from './error.ts';
import { isKustomerId } from './request.ts';

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

/** Apex's String.isBlank: empty or only Java whitespace (which does not include the no-break spaces). */
const APEX_BLANK =
    /^[\t\n\u000B\f\r\u001C-\u001F \u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]*$/;

export interface LinkedCase {
    conversationId: string;
    info: CaseInfo;
}

/**
 * The Case's conversation, or NO_ACCESS (reason RECORD: no Case; FIELDS: no Kustomer fields) / NOT_LINKED /
 * INVALID_ID, with no callout in any of these. The id is used exactly as stored: one with surrounding whitespace
 * is INVALID_ID, never trimmed (a padded copy would otherwise slip past the field's unique index).
 */
export function readLinkedCase(store: CaseStore, caseId: string): LinkedCase {
    const record = store.get(caseId);
    const access = record ? (record.access ?? 'OK') : 'NO_RECORD';
    if (!record || access !== 'OK') {
        const fields = access === 'NO_FIELD_ACCESS';
        throw new KustomerFailure({
            code: 'NO_ACCESS',
            message: fields
                ? 'The Kustomer fields of the Case are not readable by the running user'
                : 'The Case is not readable by the running user',
            reason: fields ? 'FIELDS' : 'RECORD'
        });
    }
    const conversationId = record.conversationId ?? '';
    if (APEX_BLANK.test(conversationId)) {
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
