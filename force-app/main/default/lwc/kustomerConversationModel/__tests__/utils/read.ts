// Test inputs go through the viewer's real boundary (parse.ts), as the loader sends every Apex result.
import {
    parseConversation,
    parseMessages,
    parseNotes,
    parsePeople,
    parseResource,
    parseResources,
    resolveAuthor
} from 'c/kustomerConversationModel';
import type {
    Author,
    ConversationData,
    Person,
    TimelineEntry,
    KeptResource,
    MessagesData,
    NotesData,
    PeopleSource,
    ResourceKind
} from 'c/kustomerConversationModel';

function parsed<T>(value: T | undefined, what: string): T {
    if (value === undefined) throw new Error(`not a ${what}: the loader would say BAD_RESPONSE`);
    return value;
}

export const messagesOf = (raw: unknown): MessagesData =>
    parsed(parseMessages(raw), 'MessagesResult');
export const notesOf = (raw: unknown): NotesData => parsed(parseNotes(raw), 'NotesPage');
export const conversationOf = (raw: unknown): ConversationData =>
    parsed(parseConversation(raw), 'ConversationResult');
/** The people a result names: its own (messages, notes, getPeople) and its notes' (a ConversationResult). */
export const peopleOf = (raw: unknown): PeopleSource => ({
    people: parsePeople(raw)?.people,
    notes: parseConversation(raw)?.notes
});
export const resourceOf = <K extends ResourceKind>(raw: unknown, kind: K): KeptResource<K> =>
    parsed(parseResource(raw, kind), kind);
export const resourcesOf = <K extends ResourceKind>(raw: unknown, kind: K): KeptResource<K>[] =>
    parseResources(raw, kind);

/** Entries with their authors named from these people, as the timeline names them when it is built. */
export function withAuthors(
    entries: TimelineEntry[],
    people: ReadonlyMap<string, Person>
): Array<TimelineEntry & { author: Author }> {
    return entries.map((entry) => ({ ...entry, author: resolveAuthor(entry.authorRef, people) }));
}
