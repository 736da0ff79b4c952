// Kustomer's case-sync workflow (the app-installed "salesforce-case-sync") as data: the default field mapping of
// Kustomer's "Create cases in Salesforce" article and the upsert request it makes for one conversation. Only the
// contract tests use this; the package itself never writes Cases.
import type { CaseField } from '../../lib/metadata/index.ts';

export type MappingSource =
    | { kind: 'attribute'; path: string } // a field of the conversation resource ("id" or "attributes.x.y")
    | { kind: 'userNames'; path: string } // user ids resolved to names, joined
    | { kind: 'conversationUrl' } // the conversation's link in the Kustomer web app
    | { kind: 'constant'; value: string }
    | { kind: 'matchedByEmail' }; // AccountId / ContactId: Kustomer looks the customer's email up in Salesforce

export type MappingEntry = { field: string; custom: boolean; source: MappingSource };

export const DEFAULT_CASE_SYNC_MAPPING: readonly MappingEntry[] = [
    { field: 'Conversation_ID__c', custom: true, source: { kind: 'attribute', path: 'id' } },
    {
        field: 'Conversation_Assignee_Name__c',
        custom: true,
        source: { kind: 'userNames', path: 'attributes.assignedUsers' }
    },
    {
        field: 'Conversation_CSAT_Score__c',
        custom: true,
        source: { kind: 'attribute', path: 'attributes.satisfactionLevel.score' }
    },
    {
        field: 'Conversation_CSAT_Rating__c',
        custom: true,
        source: { kind: 'attribute', path: 'attributes.satisfactionLevel.rating' }
    },
    {
        field: 'Conversation_CreatedAt__c',
        custom: true,
        source: { kind: 'attribute', path: 'attributes.createdAt' }
    },
    {
        field: 'Conversation_UpdatedAt__c',
        custom: true,
        source: { kind: 'attribute', path: 'attributes.updatedAt' }
    },
    {
        field: 'Conversation_ModifiedAt__c',
        custom: true,
        source: { kind: 'attribute', path: 'attributes.modifiedAt' }
    },
    {
        field: 'Conversation_LastMessageInSentAt__c',
        custom: true,
        source: { kind: 'attribute', path: 'attributes.lastMessageIn.sentAt' }
    },
    { field: 'Conversation_URL__c', custom: true, source: { kind: 'conversationUrl' } },
    { field: 'AccountId', custom: false, source: { kind: 'matchedByEmail' } },
    { field: 'ContactId', custom: false, source: { kind: 'matchedByEmail' } },
    {
        field: 'Description',
        custom: false,
        source: { kind: 'attribute', path: 'attributes.preview' }
    },
    {
        field: 'Language',
        custom: false,
        source: { kind: 'attribute', path: 'attributes.defaultLang' }
    },
    { field: 'Origin', custom: false, source: { kind: 'constant', value: 'Kustomer App' } },
    {
        field: 'Priority',
        custom: false,
        source: { kind: 'attribute', path: 'attributes.priority' }
    },
    { field: 'Status', custom: false, source: { kind: 'attribute', path: 'attributes.status' } },
    { field: 'Subject', custom: false, source: { kind: 'attribute', path: 'attributes.name' } },
    { field: 'Type', custom: false, source: { kind: 'constant', value: 'Kustomer Conversation' } }
];

// The custom field Kustomer's workflow matches Cases on (its externalIdAttribute argument, namespace-prefixed).
export const EXTERNAL_ID_FIELD = 'Conversation_ID__c';

export type KustomerUser = { name?: string; displayName?: string };

export type CaseSyncContext = {
    namespace: string; // the package namespace (sfdx-project.json); '' for an unmanaged build
    apiVersion: string; // e.g. "62.0"
    kustomerOrg: string; // the org's Kustomer subdomain, https://<org>.kustomerapp.com
    users: ReadonlyMap<string, KustomerUser>;
};

export type UpsertRequest = { method: 'PATCH'; path: string; body: Record<string, unknown> };

export function apiName(field: string, custom: boolean, namespace: string): string {
    return custom && namespace ? `${namespace}__${field}` : field;
}

export function buildCaseSyncUpsert(
    document: unknown,
    context: CaseSyncContext,
    mapping: readonly MappingEntry[] = DEFAULT_CASE_SYNC_MAPPING
): UpsertRequest {
    const conversation = read(document, 'data') ?? document;
    const id = read(conversation, 'id');
    if (typeof id !== 'string' || id === '') throw new Error('the conversation has no id');
    const body: Record<string, unknown> = {};
    for (const entry of mapping) {
        const value = sourceValue(entry.source, conversation, id, context);
        if (value !== undefined)
            body[apiName(entry.field, entry.custom, context.namespace)] = value;
    }
    const externalId = apiName(EXTERNAL_ID_FIELD, true, context.namespace);
    return {
        method: 'PATCH',
        path: `/services/data/v${context.apiVersion}/sobjects/Case/${externalId}/${encodeURIComponent(id)}`,
        body
    };
}

function sourceValue(
    source: MappingSource,
    conversation: unknown,
    id: string,
    context: CaseSyncContext
): unknown {
    switch (source.kind) {
        case 'attribute':
            return read(conversation, source.path);
        case 'userNames': {
            const ids = read(conversation, source.path);
            if (!Array.isArray(ids) || ids.length === 0) return null;
            return ids
                .map((userId) => {
                    const user = context.users.get(String(userId));
                    return user?.name ?? user?.displayName ?? String(userId);
                })
                .join(', ');
        }
        case 'conversationUrl': {
            const customer = read(conversation, 'relationships.customer.data.id');
            const base = `https://${context.kustomerOrg}.kustomerapp.com/app`;
            return typeof customer === 'string'
                ? `${base}/customers/${customer}/event/${id}`
                : `${base}/conversations/${id}`;
        }
        case 'constant':
            return source.value;
        case 'matchedByEmail':
            return undefined;
    }
}

function read(value: unknown, path: string): unknown {
    let current = value;
    for (const key of path.split('.')) {
        if (current === null || typeof current !== 'object' || Array.isArray(current))
            return undefined;
        current = (current as Record<string, unknown>)[key];
    }
    return current;
}

export type ResolvedUpsert = { field: CaseField; id: string };

// What Salesforce does with the upsert URL of Kustomer's workflow: the object, then the external id field by its
// API name (namespace-prefixed in a subscriber org), then the record by that field's value.
export function resolveUpsertPath(
    path: string,
    namespace: string,
    fields: ReadonlyMap<string, CaseField>
): ResolvedUpsert | { problem: string } {
    const match = /^\/services\/data\/v\d+\.\d+\/sobjects\/(\w+)\/(\w+)\/([^/?#]+)$/.exec(path);
    if (!match) return { problem: `not an sObject upsert path: ${path}` };
    const [, object, fieldName, encodedId] = match;
    if (object !== 'Case') return { problem: `upserts ${object}, not Case` };
    // In a subscriber org the package's fields exist only under their prefixed names.
    const prefix = namespace ? `${namespace}__` : '';
    const field = fieldName.startsWith(prefix)
        ? fields.get(fieldName.slice(prefix.length))
        : undefined;
    if (!field) return { problem: `Case has no field ${fieldName}` };
    if (!field.externalId) return { problem: `${fieldName} is not an external id` };
    if (!field.unique)
        return { problem: `${fieldName} is not unique, so an upsert can match several Cases` };
    return { field, id: decodeURIComponent(encodedId) };
}
