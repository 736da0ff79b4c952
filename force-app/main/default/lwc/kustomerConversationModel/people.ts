// Kustomer users and customers (the `people` of the Apex results) and the author of each message or note:
// outbound → the user who created it, inbound → the customer, then the e-mail/phone in meta.from, then a label.
import {
    asArray,
    asObject,
    asResources,
    asString,
    httpsUrl,
    isObject,
    relationshipId
} from './json';
import type { RawResource } from './json';
import { stripBidiControls } from './bidi';

export interface Person {
    id: string;
    name?: string;
    avatarUrl?: string;
    isCustomer: boolean;
}

export interface Author {
    name?: string;
    /** A Custom Label key used when no name is known. */
    labelKey?: string;
    initials?: string;
    avatarUrl?: string;
    /** lightning-avatar fallback icon. */
    icon: string;
}

const MAX_NAME = 120;

export function initials(name: string | undefined): string | undefined {
    if (!name) return undefined;
    const words = name
        .replace(/<[^>]*>/g, ' ')
        .split(/[\s@._-]+/)
        .filter((word) => /^[\p{L}\p{N}]/u.test(word));
    const letters = words
        .slice(0, 2)
        .map((word) => Array.from(word)[0] ?? '')
        .join('');
    return letters ? letters.toLocaleUpperCase() : undefined;
}

function clip(text: string | undefined): string | undefined {
    const trimmed =
        text === undefined ? undefined : stripBidiControls(text).replace(/\s+/g, ' ').trim();
    if (!trimmed) return undefined;
    return trimmed.length > MAX_NAME ? `${trimmed.slice(0, MAX_NAME - 1)}…` : trimmed;
}

/** Index of the users and customers an Apex result named (later entries win). */
export function indexPeople(...lists: unknown[]): Map<string, Person> {
    const people = new Map<string, Person>();
    for (const list of lists) {
        for (const resource of asResources(list)) {
            if (!resource.id) continue;
            const attrs = resource.attributes;
            people.set(resource.id, {
                id: resource.id,
                name: clip(asString(attrs.displayName) ?? asString(attrs.name)),
                avatarUrl: httpsUrl(attrs.avatarUrl),
                isCustomer: /^customers?$/i.test(resource.type ?? '')
            });
        }
    }
    return people;
}

/** "Name <a@b>" or "a@b" from the shapes Kustomer uses for addresses: string, {name,email}, or arrays. */
export function addressText(value: unknown, limit = 20): string | undefined {
    const list = Array.isArray(value) ? value : [value];
    const parts = list.slice(0, limit).map((item) => {
        if (typeof item === 'string') return clip(item);
        if (!isObject(item)) return undefined;
        const name = clip(asString(item.name));
        const address = clip(
            asString(item.email) ?? asString(item.phone) ?? asString(item.address)
        );
        if (name && address && name !== address) return `${name} <${address}>`;
        return name ?? address;
    });
    const text = parts.filter((part): part is string => part !== undefined).join(', ');
    const more = asArray(value).length > limit ? ', …' : '';
    return text ? text + more : undefined;
}

/** A display name from meta.from: the name part of "Name <a@b>", else the address or number itself. */
function nameFromSender(value: unknown): string | undefined {
    const raw = Array.isArray(value) ? value[0] : value;
    if (isObject(raw))
        return clip(asString(raw.name) ?? asString(raw.email) ?? asString(raw.phone));
    const text = clip(asString(raw));
    if (!text) return undefined;
    const named = /^\s*"?([^"<]{1,100}?)"?\s*<[^>]*>\s*$/.exec(text);
    return clip(named ? named[1] : text.replace(/^whatsapp:/i, ''));
}

export function authorOf(
    resource: RawResource,
    kind: 'message' | 'note',
    outbound: boolean,
    people: Map<string, Person>
): Author {
    const attrs = resource.attributes;
    const userId = relationshipId(resource, 'createdBy');
    const customerId = relationshipId(resource, 'customer');
    const person =
        kind === 'note' || outbound
            ? userId
                ? people.get(userId)
                : undefined
            : customerId
              ? people.get(customerId)
              : undefined;
    const icon = kind === 'message' && !outbound ? 'standard:person_account' : 'standard:user';
    const name =
        person?.name ??
        (kind === 'message' ? nameFromSender(asObject(attrs.meta).from) : undefined);
    if (name) return { name, initials: initials(name), avatarUrl: person?.avatarUrl, icon };
    let labelKey = 'Viewer_Author_Customer';
    if (kind === 'note') labelKey = 'Viewer_Author_Agent';
    else if (outbound)
        labelKey =
            attrs.auto === true && !userId ? 'Viewer_Author_Automation' : 'Viewer_Author_Agent';
    return {
        labelKey,
        avatarUrl: person?.avatarUrl,
        icon: labelKey === 'Viewer_Author_Automation' ? 'standard:bot' : icon
    };
}
