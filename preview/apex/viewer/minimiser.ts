// KustomerMinimiser.cls in TypeScript.
// The minimiser: keeps only the fields of docs/contract.md ("Kept fields"), each only when it has the listed type,
// omits null and empty objects, and never throws, whatever Kustomer sends. The fields and their kinds are
// KEPT_FIELDS of contract/tables.json, as for Apex's KustomerPayload.
import {
    BOUNDED_META,
    KEPT_FIELDS,
    MAX_JSON_DEPTH,
    MAX_JSON_WEIGHT,
    MAX_RICH_BODY,
    RICH_BODIES,
    type Resource
} from '../contract-types.ts';
import { isObject, type JsonObject } from '../shared/error-mapper.ts';
import {
    keptResource as resource,
    own
} from '../../../force-app/main/default/lwc/kustomerConversationModel/keptFields.ts';

export { HTTPS_URL } from '../../../force-app/main/default/lwc/kustomerConversationModel/keptFields.ts';

/**
 * Bounds on what a message keeps verbatim (docs/contract.md "Bounds"): a JSON field (meta.*, error) nested deeper
 * than MAX_JSON_DEPTH or heavier than MAX_JSON_WEIGHT (one per value, plus the characters of every string and key),
 * and a rich body (htmlBody, body) longer than MAX_RICH_BODY characters, are left out and named in the message's
 * meta.omitted; the rest of the message stays. Measured without recursion, so a 100,000-deep value cannot crash it.
 */
const OMITTABLE = [...BOUNDED_META.map((field) => `meta.${field}`), 'error', ...RICH_BODIES];

function list(source: unknown, one: (item: unknown) => Resource | undefined): Resource[] {
    if (!Array.isArray(source)) return [];
    return source.map(one).filter((item): item is Resource => item !== undefined);
}

/** True when a JSON value is within MAX_JSON_DEPTH and MAX_JSON_WEIGHT (an explicit stack: no recursion). */
export function withinBounds(value: unknown): boolean {
    const stack: Array<[unknown, number]> = [[value, 0]];
    let weight = 0;
    while (stack.length > 0) {
        const [node, depth] = stack.pop() as [unknown, number];
        if (depth > MAX_JSON_DEPTH) return false;
        weight += 1;
        if (typeof node === 'string') weight += node.length;
        else if (Array.isArray(node)) for (const item of node) stack.push([item, depth + 1]);
        else if (isObject(node)) {
            for (const [key, item] of Object.entries(node)) {
                weight += key.length;
                stack.push([item, depth + 1]);
            }
        }
        if (weight > MAX_JSON_WEIGHT) return false;
    }
    return true;
}

/** A source's meta.omitted (a minimised message read again from the cache): only the names bounded() writes. */
function omittedOf(source: unknown): string[] {
    const meta = isObject(source) ? own(source, 'meta') : undefined;
    const omitted = isObject(meta) ? own(meta, 'omitted') : undefined;
    if (!Array.isArray(omitted)) return [];
    return [
        ...new Set(omitted.filter((name): name is string => OMITTABLE.includes(name as string)))
    ];
}

/** Leaves out the fields of a minimised message that are over the bounds and names them in meta.omitted. */
function bounded(message: Resource, source: unknown): Resource {
    const names = omittedOf(source);
    const attributes = message.attributes;
    const meta = attributes?.meta;
    if (attributes && isObject(meta)) {
        for (const field of BOUNDED_META) {
            if (meta[field] !== undefined && !withinBounds(meta[field])) {
                delete meta[field];
                names.push(`meta.${field}`);
            }
        }
        if (Object.keys(meta).length === 0) delete attributes.meta;
    }
    if (attributes && attributes.error !== undefined && !withinBounds(attributes.error)) {
        delete attributes.error;
        names.push('error');
    }
    for (const field of RICH_BODIES) {
        const body = attributes?.[field];
        if (attributes && typeof body === 'string' && body.length > MAX_RICH_BODY) {
            delete attributes[field];
            names.push(field);
        }
    }
    if (attributes && Object.keys(attributes).length === 0) delete message.attributes;
    if (names.length > 0) message.meta = { omitted: [...new Set(names)] };
    return message;
}

/** The first `max` elements of a list and how many were left out (a Kustomer that ignores pageSize). */
export function capped(source: unknown, max: number): { items: unknown[]; dropped: number } {
    if (!Array.isArray(source)) return { items: [], dropped: 0 };
    return { items: source.slice(0, max), dropped: Math.max(0, source.length - max) };
}

export const minimiseConversation = (source: unknown): Resource | undefined =>
    resource(source, KEPT_FIELDS.conversation);

export const minimiseMessage = (source: unknown): Resource | undefined => {
    const kept = resource(source, KEPT_FIELDS.message);
    return kept && bounded(kept, source);
};

export const minimiseAttachment = (source: unknown): Resource | undefined =>
    resource(source, KEPT_FIELDS.attachment);

export const minimiseNote = (source: unknown): Resource | undefined =>
    resource(source, KEPT_FIELDS.note);

export const minimisePerson = (source: unknown): Resource | undefined =>
    resource(source, KEPT_FIELDS.person);

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
