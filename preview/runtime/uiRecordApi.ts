// lightning/uiRecordApi in the preview, read-only like the viewer: getRecord answers from the Case the server put
// in the page (as Lightning Data Service would from the org) and honours the demo Case's access: a Case hidden by
// sharing is an error, hidden Kustomer fields are left out (optionalFields). getFieldValue and
// getFieldDisplayValue read spanning fields (Contact.Name) as the platform's do.
interface PreviewCase {
    caseId?: string;
    access?: 'OK' | 'NO_RECORD' | 'NO_FIELD_ACCESS';
    priority?: string;
    contactName?: string;
    contactEmail?: string;
    contactPhone?: string;
    conversationUrl?: string;
    assigneeNames?: string;
}

interface FieldValue {
    value: unknown;
    displayValue: string | null;
}

interface RecordValue {
    apiName: string;
    id: string;
    fields: Record<string, FieldValue>;
}

type FieldRef = { fieldApiName: string } | string;

function pageCase(): PreviewCase {
    const element = document.getElementById('preview-config');
    try {
        return (
            (JSON.parse(element?.textContent ?? '{}') as { caseRecord?: PreviewCase }).caseRecord ??
            {}
        );
    } catch {
        return {};
    }
}

const plain = (value: unknown): FieldValue => ({ value: value ?? null, displayValue: null });

function recordOf(record: PreviewCase): RecordValue {
    const fields: Record<string, FieldValue> = {
        Priority: { value: record.priority ?? null, displayValue: record.priority ?? null },
        SuppliedName: plain(null),
        SuppliedEmail: plain(null),
        SuppliedPhone: plain(null),
        Contact: {
            value: record.contactName
                ? {
                      apiName: 'Contact',
                      id: '003Kc000001PrevAAA',
                      fields: {
                          Name: plain(record.contactName),
                          Email: plain(record.contactEmail),
                          Phone: plain(record.contactPhone),
                          MobilePhone: plain(null)
                      }
                  }
                : null,
            displayValue: record.contactName ?? null
        }
    };
    if (record.access !== 'NO_FIELD_ACCESS') {
        fields.Conversation_URL__c = plain(record.conversationUrl);
        fields.Conversation_Assignee_Name__c = plain(record.assigneeNames);
    }
    return { apiName: 'Case', id: record.caseId ?? '', fields };
}

type DataCallback = (value: { data: unknown; error: unknown }) => void;

class GetRecordAdapter {
    private readonly callback: DataCallback;
    private connected = false;

    constructor(callback: DataCallback) {
        this.callback = callback;
    }

    connect(): void {
        this.connected = true;
    }

    disconnect(): void {
        this.connected = false;
    }

    update(config: { recordId?: string }): void {
        const record = pageCase();
        // Resolved a tick later, as Lightning Data Service does.
        void Promise.resolve().then(() => {
            if (!this.connected || !config.recordId) return;
            if (config.recordId !== record.caseId || record.access === 'NO_RECORD') {
                this.callback({
                    data: undefined,
                    error: {
                        status: 404,
                        body: { message: 'The requested resource does not exist' }
                    }
                });
                return;
            }
            this.callback({ data: recordOf(record), error: undefined });
        });
    }
}

export const getRecord = Object.assign(() => undefined, { adapter: GetRecordAdapter });

function fieldValue(record: RecordValue, field: FieldRef): FieldValue | undefined {
    const path = (typeof field === 'string' ? field : field.fieldApiName)
        .split('.')
        .filter(
            (part, index, parts) => !(index === 0 && parts.length > 1 && part === record.apiName)
        );
    let current: RecordValue | null = record;
    let value: FieldValue | undefined;
    for (const name of path) {
        value = current?.fields[name];
        current = (value?.value as RecordValue | null) ?? null;
    }
    return value;
}

export function getFieldValue(record: RecordValue, field: FieldRef): unknown {
    return fieldValue(record, field)?.value;
}

export function getFieldDisplayValue(
    record: RecordValue,
    field: FieldRef
): string | null | undefined {
    return fieldValue(record, field)?.displayValue;
}
