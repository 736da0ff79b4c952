// The viewer's boundary: an Apex result (a JSON string, docs/contract.md) read once into the contract's types.
// Each resource keeps its kind's fields (KEPT_FIELDS, the same rule as the minimiser); whatever does not fit is
// dropped, nothing throws. Past this point the model reads typed values; a result that is not a JSON object at
// all is undefined here (the loader's BAD_RESPONSE).
import { KEPT_FIELDS } from './contractTables';
import type { NotesStatus } from './contractTables';
import type {
    CaseInfo,
    ConversationData,
    KeptResource,
    KustomerError,
    MessagesData,
    NotesData,
    PeopleData,
    ResourceKind
} from './contract';
import { toKustomerError } from './errors';
import { apexJson, asTime, isObject } from './json';
import type { JsonObject } from './json';
import { keptResource, own } from './keptFields';

/** Resources of a JSON:API `data` (one object or an array), each read as `kind`; anything else is dropped. */
export function parseResources<K extends ResourceKind>(value: unknown, kind: K): KeptResource<K>[] {
    const list = Array.isArray(value) ? value : isObject(value) ? [value] : [];
    return list.map((item) => parseResource(item, kind)).filter((item) => item !== undefined);
}

export function parseResource<K extends ResourceKind>(
    value: unknown,
    kind: K
): KeptResource<K> | undefined {
    const kept = keptResource(value, KEPT_FIELDS[kind]);
    if (!kept) return undefined;
    const meta = isObject(value) ? own(value, 'meta') : undefined;
    const omitted = isObject(meta) ? own(meta, 'omitted') : undefined;
    return {
        type: kept.type,
        id: kept.id,
        attributes: (kept.attributes ?? {}) as KeptResource<K>['attributes'],
        relationships: (kept.relationships ?? {}) as KeptResource<K>['relationships'],
        meta: {
            omitted: Array.isArray(omitted)
                ? omitted.filter((name): name is string => typeof name === 'string')
                : []
        }
    };
}

const field = (source: JsonObject, name: string): unknown => own(source, name);

function count(value: unknown): number | undefined {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0
        ? Math.floor(value)
        : undefined;
}

function warnings(value: unknown): KustomerError[] {
    return (Array.isArray(value) ? value : [])
        .map(toKustomerError)
        .filter((warning) => warning !== undefined);
}

function asJsonObject(raw: unknown): JsonObject | undefined {
    const value = apexJson(raw);
    return isObject(value) ? value : undefined;
}

/** A MessagesResult (or the messages page 1 of a ConversationResult). */
export function parseMessages(raw: unknown): MessagesData | undefined {
    const page = asJsonObject(raw);
    if (!page) return undefined;
    return {
        pageSize: count(field(page, 'pageSize')),
        hasNext: field(page, 'hasNext') === true,
        hasPrev: field(page, 'hasPrev') === true,
        data: parseResources(field(page, 'data'), 'message'),
        included: parseResources(field(page, 'included'), 'attachment'),
        dropped: count(field(page, 'dropped')) ?? 0,
        people: parseResources(field(page, 'people'), 'person'),
        warnings: warnings(field(page, 'warnings')),
        fetchedAt: asTime(field(page, 'fetchedAt'))
    };
}

const NOTES_STATUSES: readonly NotesStatus[] = ['OK', 'FORBIDDEN', 'ERROR'];

/** A NotesPage: a status it does not know reads as OK (the page's notes still show). */
export function parseNotes(raw: unknown): NotesData | undefined {
    const page = asJsonObject(raw);
    if (!page) return undefined;
    const status = field(page, 'status');
    return {
        status: NOTES_STATUSES.find((known) => known === status) ?? 'OK',
        error: toKustomerError(field(page, 'error')),
        page: count(field(page, 'page')),
        hasMore: field(page, 'hasMore') === true,
        data: parseResources(field(page, 'data'), 'note'),
        dropped: count(field(page, 'dropped')) ?? 0,
        people: parseResources(field(page, 'people'), 'person'),
        fetchedAt: asTime(field(page, 'fetchedAt'))
    };
}

function parseCase(value: unknown): CaseInfo {
    if (!isObject(value)) return {};
    const info: CaseInfo = {};
    const url = field(value, 'conversationUrl');
    const names = field(value, 'assigneeNames');
    if (typeof url === 'string') info.conversationUrl = url;
    if (typeof names === 'string') info.assigneeNames = names;
    return info;
}

/** A ConversationResult: a conversation that does not fit is an empty one (the header shows what the Case has). */
export function parseConversation(raw: unknown): ConversationData | undefined {
    const result = asJsonObject(raw);
    if (!result) return undefined;
    const notes = field(result, 'notes');
    const messages = field(result, 'messages');
    return {
        conversation: parseResource(field(result, 'conversation'), 'conversation') ?? {
            attributes: {},
            relationships: {},
            meta: { omitted: [] }
        },
        notes: notes === undefined ? undefined : (parseNotes(notes) ?? parseNotes({})),
        messages: isObject(messages) ? parseMessages(messages) : undefined,
        case: parseCase(field(result, 'case')),
        fetchedAt: asTime(field(result, 'fetchedAt'))
    };
}

/** A PeopleResult (getPeople). */
export function parsePeople(raw: unknown): PeopleData | undefined {
    const result = asJsonObject(raw);
    if (!result) return undefined;
    return {
        people: parseResources(field(result, 'people'), 'person'),
        warnings: warnings(field(result, 'warnings')),
        fetchedAt: asTime(field(result, 'fetchedAt'))
    };
}
