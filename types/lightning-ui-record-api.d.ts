// lightning/uiRecordApi and the standard Case fields the viewer header reads, which @salesforce/lightning-types
// 0.8.0 does not declare (only what the viewer uses; read-only APIs: the gate forbids the writing ones).
declare module 'lightning/uiRecordApi' {
    import type { WireAdapterConstructor } from 'lwc';

    export interface FieldId {
        objectApiName: string;
        fieldApiName: string;
    }

    export interface FieldValueRepresentation {
        value: unknown;
        displayValue: string | null;
    }

    export interface RecordRepresentation {
        apiName: string;
        id: string;
        fields: Record<string, FieldValueRepresentation>;
    }

    export interface GetRecordConfig {
        recordId?: string;
        fields?: FieldId[];
        optionalFields?: FieldId[];
    }

    /** @wire(getRecord, { recordId, fields | optionalFields }) → { data, error }. */
    export const getRecord: WireAdapterConstructor<
        GetRecordConfig,
        { data?: RecordRepresentation; error?: unknown }
    >;
    export function getFieldValue(record: RecordRepresentation, field: FieldId | string): unknown;
    export function getFieldDisplayValue(
        record: RecordRepresentation,
        field: FieldId | string
    ): string | null | undefined;
}

declare module '@salesforce/schema/Case.Priority' {
    const field: { objectApiName: string; fieldApiName: string };
    export default field;
}
declare module '@salesforce/schema/Case.SuppliedName' {
    const field: { objectApiName: string; fieldApiName: string };
    export default field;
}
declare module '@salesforce/schema/Case.SuppliedEmail' {
    const field: { objectApiName: string; fieldApiName: string };
    export default field;
}
declare module '@salesforce/schema/Case.SuppliedPhone' {
    const field: { objectApiName: string; fieldApiName: string };
    export default field;
}
declare module '@salesforce/schema/Case.Contact.Name' {
    const field: { objectApiName: string; fieldApiName: string };
    export default field;
}
declare module '@salesforce/schema/Case.Contact.Email' {
    const field: { objectApiName: string; fieldApiName: string };
    export default field;
}
declare module '@salesforce/schema/Case.Contact.Phone' {
    const field: { objectApiName: string; fieldApiName: string };
    export default field;
}
declare module '@salesforce/schema/Case.Contact.MobilePhone' {
    const field: { objectApiName: string; fieldApiName: string };
    export default field;
}
