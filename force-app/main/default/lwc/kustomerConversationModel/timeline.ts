// One timeline from the loaded messages and notes (each list already in timeline order, each entry once: merged,
// never sorted again), filtered, searched, split into days, in the order the App Builder asked for (newest first
// by default).
import { entryKey, mergeSorted } from './entryOrder';
import type { TimelineEntry } from './normalize';
import { resolveAuthor } from './people';
import type { Author, Person } from './people';
import { htmlMatchCount } from './richHtml';
import type { HtmlMarks } from './richHtml';
import { countOccurrences, highlight, normalizeQuery } from './search';
import type { HighlightedSegment } from './search';

export interface Filters {
    /** 'all' or a channel value. */
    channel: string;
    inbound: boolean;
    outbound: boolean;
    notes: boolean;
}

export const ALL_FILTERS: Filters = { channel: 'all', inbound: true, outbound: true, notes: true };

export interface TimelineOptions {
    newestFirst: boolean;
    filters: Filters;
    query: string;
    activeMatch: number;
    /** Whether every message of the conversation is loaded (then every note is shown too). */
    complete: boolean;
    /** The people loaded so far: they name the authors (none: each entry's own fallback). */
    people?: ReadonlyMap<string, Person>;
}

export interface TimelineItem {
    key: string;
    /** Set on the first entry of each day (in display order): the day separator's text. */
    dayHeading?: string;
    /** First entry of a day (also when the day is unknown: then the template shows "Date unknown"). */
    isNewDay: boolean;
    entry: TimelineEntry;
    author: Author;
    subjectSegments: HighlightedSegment[];
    segments: HighlightedSegment[];
    quotedSegments: HighlightedSegment[];
    /** Matches in a rich body and its quoted part, marked when rendered (richHtml.ts). */
    htmlMarks?: HtmlMarks;
    quotedHtmlMarks?: HtmlMarks;
    /** Matches in fields that are not highlighted (addresses): the entry as a whole. */
    entryMatchIndex: number;
    /** The conversation-wide numbers of this entry's matches: [firstMatch, firstMatch + matchCount). */
    firstMatch: number;
    matchCount: number;
    hasActiveMatch: boolean;
    quotedHasActiveMatch: boolean;
    quotedHasMatch: boolean;
}

export interface Timeline {
    items: TimelineItem[];
    matchCount: number;
    shownCount: number;
}

export function passesFilters(entry: TimelineEntry, filters: Filters): boolean {
    if (entry.kind === 'note') return filters.notes;
    if (entry.direction === 'in' && !filters.inbound) return false;
    if (entry.direction === 'out' && !filters.outbound) return false;
    return filters.channel === 'all' || filters.channel === entry.channel.channel;
}

/** Notes older than the oldest loaded message wait until earlier messages are loaded. */
function visibleNotes(
    messages: readonly TimelineEntry[],
    notes: readonly TimelineEntry[],
    complete: boolean
) {
    if (complete || messages.length === 0) return notes;
    const oldest = messages[0].time;
    if (oldest === undefined) return notes;
    return notes.filter((note) => note.time === undefined || note.time >= oldest);
}

/** `messages` and `notes`: each in timeline order, each entry once (mergePages); merged here, never sorted. */
export function buildTimeline(
    messages: readonly TimelineEntry[],
    notes: readonly TimelineEntry[],
    options: TimelineOptions
): Timeline {
    const query = normalizeQuery(options.query);
    const entries = mergeSorted(messages, visibleNotes(messages, notes, options.complete)).filter(
        (entry) => passesFilters(entry, options.filters)
    );
    if (options.newestFirst) entries.reverse();
    const counter = { next: 0 };
    const items: TimelineItem[] = [];
    let lastDay: string | undefined;
    for (const entry of entries) {
        const isNewDay = entry.dayKey !== lastDay;
        lastDay = entry.dayKey;
        items.push(entryItem(entry, query, counter, options, isNewDay));
    }
    return { items, matchCount: counter.next, shownCount: entries.length };
}

interface CachedItem {
    query: string;
    first: number;
    count: number;
    activeKey: number;
    isNewDay: boolean;
    person?: Person;
    item: TimelineItem;
}

/**
 * Items are reused while nothing about them changed (same entry object, query, match numbering, day heading, and
 * whether the current match is theirs), so loading older messages or stepping to the next match re-renders only
 * the messages concerned.
 */
const itemCache = new WeakMap<TimelineEntry, CachedItem>();

function activeKeyFor(active: number, first: number, count: number): number {
    return active >= first && active < first + count ? active : -1;
}

function entryItem(
    entry: TimelineEntry,
    query: string,
    counter: { next: number },
    options: TimelineOptions,
    isNewDay: boolean
): TimelineItem {
    const active = options.activeMatch;
    const first = counter.next;
    const personId = entry.authorRef.personId;
    const person = personId === undefined ? undefined : options.people?.get(personId);
    const cached = itemCache.get(entry);
    if (
        cached &&
        cached.person === person &&
        cached.query === query &&
        cached.first === first &&
        cached.isNewDay === isNewDay &&
        cached.activeKey === activeKeyFor(active, first, cached.count)
    ) {
        counter.next += cached.count;
        return cached.item;
    }
    const key = entryKey(entry);
    const subject = entry.subject ? [{ text: entry.subject }] : [];
    const subjectSegments = highlight(subject, query, counter, active, `${key}-s`);
    const rich = entry.html !== undefined;
    const bodyStart = counter.next;
    const segments = rich ? [] : highlight(entry.segments, query, counter, active, `${key}-b`);
    if (rich) counter.next += htmlMatchCount(entry.html ?? '', query);
    const htmlMarks = marksFor(rich, query, bodyStart, counter.next, active);
    const quotedStart = counter.next;
    const quotedSegments = rich
        ? []
        : highlight(entry.quotedSegments, query, counter, active, `${key}-q`);
    if (rich) counter.next += htmlMatchCount(entry.quotedHtml ?? '', query);
    const quotedEnd = counter.next;
    const quotedHtmlMarks = marksFor(rich, query, quotedStart, quotedEnd, active);
    let entryMatchIndex = -1;
    if (query && counter.next === first && countOccurrences(entry.searchText, query) > 0) {
        entryMatchIndex = counter.next++;
    }
    const item: TimelineItem = {
        key,
        isNewDay,
        dayHeading: isNewDay ? entry.dayText || undefined : undefined,
        entry,
        author: resolveAuthor(entry.authorRef, options.people ?? new Map()),
        subjectSegments,
        segments,
        quotedSegments,
        htmlMarks,
        quotedHtmlMarks,
        entryMatchIndex,
        firstMatch: first,
        matchCount: counter.next - first,
        hasActiveMatch: active >= first && active < counter.next,
        quotedHasActiveMatch: active >= quotedStart && active < quotedEnd,
        quotedHasMatch: quotedEnd > quotedStart
    };
    const count = counter.next - first;
    itemCache.set(entry, {
        query,
        first,
        count,
        activeKey: activeKeyFor(active, first, count),
        isNewDay,
        person,
        item
    });
    return item;
}

/** The marks of a rich body's matches [from, to), with the current one when it is among them. */
function marksFor(
    rich: boolean,
    query: string,
    from: number,
    to: number,
    active: number
): HtmlMarks | undefined {
    if (!rich || to <= from) return undefined;
    return { query, first: from, active: active >= from && active < to ? active : -1 };
}

/** The channels present in the loaded entries, for the channel filter. */
export function channelsOf(entries: readonly TimelineEntry[]): TimelineEntry['channel'][] {
    const seen = new Map<string, TimelineEntry['channel']>();
    for (const entry of entries) {
        if (entry.kind === 'message' && !seen.has(entry.channel.channel))
            seen.set(entry.channel.channel, entry.channel);
    }
    return Array.from(seen.values());
}
