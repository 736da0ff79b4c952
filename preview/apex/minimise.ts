// The minimiser: keeps only the fields of docs/contract.md ("Kept fields"), each only when it has the listed type,
// omits null and empty objects, and never throws, whatever Kustomer sends.
import type { Json, Resource } from './contract-types.ts';
import { isObject, type JsonObject } from './kustomer-response.ts';

type Kind = 'string' | 'number' | 'boolean' | 'any' | 'strings' | 'https' | Spec;
interface Spec {
    [field: string]: Kind;
}
type RelationshipKind = 'one' | 'many';

/** An absolute https: URL without whitespace: the only links and avatars that reach the browser. */
export const HTTPS_URL = /^https:\/\/\S+$/i;

const CONVERSATION: Spec = {
    name: 'string',
    status: 'string',
    priority: 'number',
    channels: 'strings',
    messageCount: 'number',
    noteCount: 'number',
    assignedUsers: 'strings',
    createdAt: 'string',
    updatedAt: 'string',
    lastMessageAt: 'string',
    lastActivityAt: 'string',
    satisfactionLevel: { status: 'string', score: 'number', rating: 'number', sentBy: 'string' },
    firstMessageOut: { createdBy: 'string' },
    lastMessageOut: { id: 'string', sentAt: 'string', createdBy: 'string' },
    lastMessageIn: { id: 'string', sentAt: 'string' },
    firstResponse: { createdBy: 'string' }
};

const MESSAGE: Spec = {
    channel: 'string',
    direction: 'string',
    directionType: 'string',
    preview: 'string',
    subject: 'string',
    status: 'string',
    auto: 'boolean',
    redacted: 'boolean',
    sentAt: 'string',
    createdAt: 'string',
    size: 'number',
    meta: { subject: 'any', from: 'any', to: 'any', cc: 'any', bcc: 'any' },
    error: 'any',
    htmlBody: 'string',
    body: 'string'
};

const ATTACHMENT: Spec = {
    name: 'string',
    contentType: 'string',
    contentLength: 'number',
    redacted: 'boolean'
};

const NOTE: Spec = { body: 'string', createdAt: 'string', updatedAt: 'string' };

const PERSON: Spec = { displayName: 'string', name: 'string', avatarUrl: 'https' };

function own(source: JsonObject, field: string): unknown {
    return Object.prototype.hasOwnProperty.call(source, field) ? source[field] : undefined;
}

function pick(source: unknown, spec: Spec): JsonObject | undefined {
    if (!isObject(source)) return undefined;
    const kept: JsonObject = {};
    for (const [field, kind] of Object.entries(spec)) {
        const value = keep(own(source, field), kind);
        if (value !== undefined) kept[field] = value;
    }
    return Object.keys(kept).length > 0 ? kept : undefined;
}

function keep(value: unknown, kind: Kind): Json | undefined {
    switch (kind) {
        case 'string':
            return typeof value === 'string' ? value : undefined;
        case 'number':
            return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
        case 'boolean':
            return typeof value === 'boolean' ? value : undefined;
        case 'any':
            return value === null || value === undefined ? undefined : (value as Json);
        case 'strings':
            return Array.isArray(value)
                ? value.filter((item): item is string => typeof item === 'string')
                : undefined;
        case 'https':
            return typeof value === 'string' && HTTPS_URL.test(value) ? value : undefined;
        default:
            return pick(value, kind);
    }
}

function idOf(value: unknown): string | undefined {
    if (!isObject(value)) return undefined;
    const id = own(value, 'id');
    return typeof id === 'string' ? id : undefined;
}

function relationship(value: unknown, kind: RelationshipKind): JsonObject | undefined {
    if (!isObject(value)) return undefined;
    const data = own(value, 'data');
    if (kind === 'many') {
        if (!Array.isArray(data)) return undefined;
        const ids = data.map(idOf).filter((id): id is string => id !== undefined);
        return { data: ids.map((id) => ({ id })) };
    }
    const id = idOf(data);
    return id === undefined ? undefined : { data: { id } };
}

function resource(
    source: unknown,
    attributes: Spec,
    relationships: Record<string, RelationshipKind> = {}
): Resource | undefined {
    if (!isObject(source)) return undefined;
    const kept: Resource = {};
    const type = own(source, 'type');
    const id = own(source, 'id');
    if (typeof type === 'string') kept.type = type;
    if (typeof id === 'string') kept.id = id;
    const keptAttributes = pick(own(source, 'attributes'), attributes);
    if (keptAttributes) kept.attributes = keptAttributes;
    const sourceRelationships = own(source, 'relationships');
    if (isObject(sourceRelationships)) {
        const keptRelationships: Record<string, JsonObject> = {};
        for (const [name, kind] of Object.entries(relationships)) {
            const value = relationship(own(sourceRelationships, name), kind);
            if (value) keptRelationships[name] = value;
        }
        if (Object.keys(keptRelationships).length > 0) kept.relationships = keptRelationships;
    }
    return kept;
}

function list(source: unknown, one: (item: unknown) => Resource | undefined): Resource[] {
    if (!Array.isArray(source)) return [];
    return source.map(one).filter((item): item is Resource => item !== undefined);
}

export const minimiseConversation = (source: unknown): Resource | undefined =>
    resource(source, CONVERSATION, { customer: 'one' });

export const minimiseMessage = (source: unknown): Resource | undefined =>
    resource(source, MESSAGE, { customer: 'one', createdBy: 'one', attachments: 'many' });

export const minimiseAttachment = (source: unknown): Resource | undefined =>
    resource(source, ATTACHMENT, { message: 'one' });

export const minimiseNote = (source: unknown): Resource | undefined =>
    resource(source, NOTE, { createdBy: 'one' });

export const minimisePerson = (source: unknown): Resource | undefined => resource(source, PERSON);

export const minimiseMessages = (source: unknown): Resource[] => list(source, minimiseMessage);
export const minimiseAttachments = (source: unknown): Resource[] =>
    list(source, minimiseAttachment);
export const minimiseNotes = (source: unknown): Resource[] => list(source, minimiseNote);

/** A users response's data: an array, or one object when one id was asked. */
export const minimisePeople = (source: unknown): Resource[] =>
    list(Array.isArray(source) ? source : [source], minimisePerson);

/** JSON:API links.next / links.prev: present when a non-empty string. */
export function hasLink(document: JsonObject, name: 'next' | 'prev'): boolean {
    const links = own(document, 'links');
    if (!isObject(links)) return false;
    const link = own(links, name);
    return typeof link === 'string' && link !== '';
}
