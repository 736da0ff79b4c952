// Kustomer users and customers (the `people` of the Apex results) and the author of each message or note:
// outbound → the user who created it, else the Agent (or Automation) label: an outbound `meta.from` is the support
// mailbox (support@….mail.kustomerapp.com), never a person; inbound → the customer, then the e-mail/phone in
// meta.from, then a label. Which people the loaded data names but does not resolve is `unresolvedPeople`.
import type {
    ConversationResource,
    MessageResource,
    NoteResource,
    PersonResource
} from './contract';
import { asArray, asObject, asString, httpsUrl, isObject, relationshipId } from './json';
import { stripBidiControls } from './bidi';
import { USERS_PER_REQUEST } from './contractTables';

const KUSTOMER_ID = /^[0-9a-f]{24}$/;

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

/** Index of the users and customers the results named (later entries win). */
export function indexPeople(
    ...lists: ReadonlyArray<readonly PersonResource[]>
): Map<string, Person> {
    const people = new Map<string, Person>();
    for (const list of lists) {
        for (const resource of list) {
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

/** Everyone the results named so far, for one view: a Person stays the same object until its facts change. */
export class PeopleIndex {
    readonly people = new Map<string, Person>();
    /** Bumped whenever someone is added or changed. */
    version = 0;

    /** Adds the people a result names; later facts about someone win. */
    learn(resources: readonly PersonResource[]): void {
        for (const person of indexPeople(resources).values()) {
            const known = this.people.get(person.id);
            const same =
                known?.name === person.name &&
                known?.avatarUrl === person.avatarUrl &&
                known?.isCustomer === person.isCustomer;
            if (same) continue;
            this.people.set(person.id, person);
            this.version++;
        }
    }
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

/**
 * Who wrote an entry, as far as the entry itself says: the person to look up (the creating user of a note or an
 * outbound message, the customer of an inbound one) and what shows without them. Names are looked up when the
 * timeline is built (resolveAuthor), so people who arrive later name earlier entries without normalising them again.
 */
export interface AuthorRef {
    personId?: string;
    fallback: Author;
}

export function authorOf(
    resource: MessageResource | NoteResource,
    kind: 'message' | 'note',
    outbound: boolean
): AuthorRef {
    const attrs = resource.attributes;
    const userId = relationshipId(resource, 'createdBy');
    const customerId = relationshipId(resource, 'customer');
    const personId = kind === 'note' || outbound ? userId : customerId;
    const icon = kind === 'message' && !outbound ? 'standard:person_account' : 'standard:user';
    const name =
        kind === 'message' && !outbound && 'meta' in attrs
            ? nameFromSender(asObject(attrs.meta).from)
            : undefined;
    if (name) return { personId, fallback: { name, initials: initials(name), icon } };
    let labelKey = 'Viewer_Author_Customer';
    if (kind === 'note') labelKey = 'Viewer_Author_Agent';
    else if (outbound)
        labelKey =
            'auto' in attrs && attrs.auto === true && !userId
                ? 'Viewer_Author_Automation'
                : 'Viewer_Author_Agent';
    return {
        personId,
        fallback: {
            labelKey,
            icon: labelKey === 'Viewer_Author_Automation' ? 'standard:bot' : icon
        }
    };
}

/** The author as shown: the person's name when the people loaded so far know it, else the entry's own fallback. */
export function resolveAuthor(ref: AuthorRef, people: ReadonlyMap<string, Person>): Author {
    const person = ref.personId === undefined ? undefined : people.get(ref.personId);
    if (person?.name) {
        return {
            name: person.name,
            initials: initials(person.name),
            avatarUrl: person.avatarUrl,
            icon: ref.fallback.icon
        };
    }
    return person?.avatarUrl ? { ...ref.fallback, avatarUrl: person.avatarUrl } : ref.fallback;
}

/** What the viewer asks getPeople for: users by id (sorted, at most USERS_PER_REQUEST) and the customer. */
export interface PeopleRequest {
    userIds: string[];
    customerId?: string;
}

/**
 * The users and the customer that the loaded data names but no result resolved: the conversation's assignees, the
 * creators of messages and notes, the conversation's customer. Ids that are not Kustomer ids, that are known, or
 * that were asked already (`asked`) are left out. Sorted, in chunks of USERS_PER_REQUEST (the customer rides
 * with the first).
 */
export function unresolvedPeople(
    resource: ConversationResource | undefined,
    resources: ReadonlyArray<MessageResource | NoteResource>,
    known: ReadonlyMap<string, Person>,
    asked: ReadonlySet<string>
): PeopleRequest[] {
    const wanted = (id: string | undefined): id is string =>
        id !== undefined && KUSTOMER_ID.test(id) && !known.has(id) && !asked.has(id);
    const users = new Set<string>();
    for (const id of resource?.attributes.assignedUsers ?? []) {
        const value = asString(id);
        if (wanted(value)) users.add(value);
    }
    for (const item of resources) {
        const id = relationshipId(item, 'createdBy');
        if (wanted(id)) users.add(id);
    }
    const customer = resource ? relationshipId(resource, 'customer') : undefined;
    const customerId = wanted(customer) ? customer : undefined;
    const sorted = [...users].sort();
    const requests: PeopleRequest[] = [];
    for (let index = 0; index < sorted.length; index += USERS_PER_REQUEST) {
        requests.push({ userIds: sorted.slice(index, index + USERS_PER_REQUEST) });
    }
    if (customerId) {
        if (requests.length === 0) requests.push({ userIds: [] });
        requests[0].customerId = customerId;
    }
    return requests;
}
