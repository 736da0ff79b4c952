// The Case fields the header reads through Lightning Data Service (getRecord): they answer when Kustomer cannot.
// optionalFields, so a field the user may not read is left out instead of failing the whole record. Schema imports
// (not strings) so the package namespace is applied to the Kustomer fields in a subscriber org.
import { getFieldDisplayValue, getFieldValue } from 'lightning/uiRecordApi';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import CONVERSATION_URL from '@salesforce/schema/Case.Conversation_URL__c';
import ASSIGNEE_NAMES from '@salesforce/schema/Case.Conversation_Assignee_Name__c';
import PRIORITY from '@salesforce/schema/Case.Priority';
import CONTACT_NAME from '@salesforce/schema/Case.Contact.Name';
import CONTACT_EMAIL from '@salesforce/schema/Case.Contact.Email';
import CONTACT_PHONE from '@salesforce/schema/Case.Contact.Phone';
import CONTACT_MOBILE from '@salesforce/schema/Case.Contact.MobilePhone';
import SUPPLIED_NAME from '@salesforce/schema/Case.SuppliedName';
import SUPPLIED_EMAIL from '@salesforce/schema/Case.SuppliedEmail';
import SUPPLIED_PHONE from '@salesforce/schema/Case.SuppliedPhone';
import { readCaseFacts } from 'c/kustomerConversationModel';
import type { CaseFacts } from 'c/kustomerConversationModel';

export const CASE_FIELDS = [
    CONVERSATION_URL,
    ASSIGNEE_NAMES,
    PRIORITY,
    CONTACT_NAME,
    CONTACT_EMAIL,
    CONTACT_PHONE,
    CONTACT_MOBILE,
    SUPPLIED_NAME,
    SUPPLIED_EMAIL,
    SUPPLIED_PHONE
];

export function caseFactsOf(record: RecordRepresentation): CaseFacts {
    const value = (field: typeof PRIORITY) => getFieldValue(record, field);
    return readCaseFacts({
        conversationUrl: value(CONVERSATION_URL),
        assigneeNames: value(ASSIGNEE_NAMES),
        // The picklist label as the user's org shows it (translated), not the API value.
        priority: getFieldDisplayValue(record, PRIORITY) ?? value(PRIORITY),
        contactName: value(CONTACT_NAME),
        contactEmail: value(CONTACT_EMAIL),
        contactPhone: value(CONTACT_PHONE),
        contactMobile: value(CONTACT_MOBILE),
        suppliedName: value(SUPPLIED_NAME),
        suppliedEmail: value(SUPPLIED_EMAIL),
        suppliedPhone: value(SUPPLIED_PHONE)
    });
}
