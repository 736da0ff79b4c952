// Messages and notes of Apex results, as the loader parsed them (parse.ts: each field of its kept kind) → timeline
// entries the templates read. What is missing or empty is left out, never thrown on. Bodies stay plain
// text, except `htmlBody`/`body`, which are sanitised on a parsed tree (richText.ts) and only ever reach
// lightning-formatted-rich-text (a speculative path: Kustomer documents only the plain-text `preview`).
import { attachmentView, indexAttachments } from './attachments';
import type { AttachmentView } from './attachments';
import { channelInfo } from './channels';
import type { ChannelInfo } from './channels';
import { dayKey, formatDay, formatFull, formatTime } from './format';
import type { LocaleSettings } from './format';
import type {
    MessageResource,
    MessagesData,
    NoteResource,
    NotesData,
    PersonResource
} from './contract';
import { asObject, asString, asTime, clip, relationshipIds } from './json';
import { linkify } from './linkify';
import type { TextSegment } from './linkify';
import { PAGE_SIZE } from './paging';
import type { PageFacts } from './paging';
import { addressText, authorOf, indexPeople } from './people';
import type { AuthorRef, Person } from './people';
import { splitQuoted } from './quoting';
import { richBody } from './richText';

/** Longest body kept for display and search (a runaway payload must not freeze the page). */
const MAX_BODY = 100000;
const MAX_SUBJECT = 500;

export interface TimelineEntry {
    id: string;
    kind: 'message' | 'note';
    direction: 'in' | 'out' | 'internal';
    channel: ChannelInfo;
    time?: number;
    timeText: string;
    fullTimeText: string;
    dayKey: string;
    dayText: string;
    /** Who wrote it: named when the timeline is built (resolveAuthor), from the people loaded by then. */
    authorRef: AuthorRef;
    subject?: string;
    from?: string;
    to?: string;
    cc?: string;
    text: string;
    quotedText?: string;
    segments: TextSegment[];
    quotedSegments: TextSegment[];
    /** Speculative rich body: only for lightning-formatted-rich-text. */
    html?: string;
    quotedHtml?: string;
    auto: boolean;
    /** Kustomer's directionType `followup-in`/`followup-out`: another message on the same side before an answer. */
    followUp: boolean;
    failed: boolean;
    failedDetail?: string;
    redacted: boolean;
    /**
     * Kustomer's `size` says the message is longer than the preview we have. `size` is advisory (API-created and
     * imported messages carry whatever the client set: 0 and 1 are seen on long messages), so this only ever
     * says "longer", never "complete".
     */
    truncated: boolean;
    /** A field was over its size cap and left out by Apex (resource meta.omitted): part of it is not shown. */
    partial: boolean;
    attachments: AttachmentView[];
    /** Lower-cased text the search runs over. */
    searchText: string;
    /** Position in the input, to keep Kustomer's order for equal times. */
    order: number;
}

function errorDetail(value: unknown): string | undefined {
    if (typeof value === 'string') return clip(asString(value), 500);
    const error = asObject(Array.isArray(value) ? value[0] : value);
    return clip(asString(error.detail) ?? asString(error.title) ?? asString(error.message), 500);
}

interface Context {
    attachments: Map<string, AttachmentView[]>;
    settings: LocaleSettings;
}

function timeFields(time: number | undefined, settings: LocaleSettings) {
    return {
        time,
        timeText: time === undefined ? '' : formatTime(time, settings),
        fullTimeText: time === undefined ? '' : formatFull(time, settings),
        dayKey: time === undefined ? 'unknown' : dayKey(time, settings),
        dayText: time === undefined ? '' : formatDay(time, settings)
    };
}

function directionOf(attrs: { [key: string]: unknown }): 'in' | 'out' {
    const direction = asString(attrs.direction)?.toLowerCase();
    if (direction === 'out' || direction === 'in') return direction;
    return /out$/i.test(asString(attrs.directionType) ?? '') ? 'out' : 'in';
}

function messageEntry(
    resource: MessageResource,
    order: number,
    context: Context
): TimelineEntry | undefined {
    if (!resource.id) return undefined;
    const attrs = resource.attributes;
    const meta = asObject(attrs.meta);
    const direction = directionOf(attrs);
    const redacted = attrs.redacted === true;
    const rich = asString(attrs.htmlBody) ?? asString(attrs.body);
    const html = rich && !redacted ? richBody(rich.slice(0, MAX_BODY)) : undefined;
    // A redacted message says so once (the viewer's own text); Kustomer's "[redacted]" placeholder is not a body.
    const preview = redacted ? '' : (clip(asString(attrs.preview), MAX_BODY) ?? '');
    const body = splitQuoted(preview);
    const size = attrs.size;
    const channel = channelInfo(attrs.channel);
    const subject = clip(asString(attrs.subject) ?? asString(meta.subject), MAX_SUBJECT);
    const from = addressText(meta.from);
    const to = addressText(meta.to);
    const cc = addressText(meta.cc);
    const attachmentIds = new Set(relationshipIds(resource, 'attachments'));
    const attachments = (context.attachments.get(resource.id) ?? []).slice();
    // Attachments named by the message but missing from `included` still show (as unknown files).
    for (const id of attachmentIds) {
        if (!attachments.some((item) => item.id === id)) {
            const placeholder = attachmentView(
                { id, attributes: {}, relationships: {}, meta: { omitted: [] } },
                resource.id,
                context.settings.locale
            );
            if (placeholder) attachments.push(placeholder);
        }
    }
    const status = asString(attrs.status)?.toLowerCase();
    const searchable = [subject, from, to, cc, preview || (html?.text ?? '')];
    return {
        id: resource.id,
        kind: 'message',
        direction,
        channel,
        ...timeFields(asTime(attrs.sentAt) ?? asTime(attrs.createdAt), context.settings),
        authorRef: authorOf(resource, 'message', direction === 'out'),
        subject,
        from: channel.isEmail ? from : undefined,
        to: channel.isEmail ? to : undefined,
        cc: channel.isEmail ? cc : undefined,
        text: body.main,
        quotedText: body.quoted,
        segments: html ? [] : linkify(body.main),
        quotedSegments: html || body.quoted === undefined ? [] : linkify(body.quoted),
        html: html?.main,
        quotedHtml: html?.quoted,
        auto: attrs.auto === true,
        followUp: /^followup-(?:in|out)$/i.test(asString(attrs.directionType) ?? ''),
        failed: status === 'error' || status === 'failed',
        failedDetail: errorDetail(attrs.error),
        redacted,
        truncated: !html && size !== undefined && preview.length > 0 && size > preview.length + 20,
        partial: resource.meta.omitted.length > 0,
        attachments,
        searchText: searchable.filter(Boolean).join('\n').toLowerCase(),
        order
    };
}

function noteEntry(
    resource: NoteResource,
    order: number,
    context: Context
): TimelineEntry | undefined {
    if (!resource.id) return undefined;
    const attrs = resource.attributes;
    // Notes keep no `redacted` (KEPT_FIELDS): a redacted note is the text Kustomer left.
    const redacted = false;
    const text = clip(asString(attrs.body), MAX_BODY) ?? '';
    return {
        id: resource.id,
        kind: 'note',
        direction: 'internal',
        channel: channelInfo('note'),
        ...timeFields(asTime(attrs.createdAt) ?? asTime(attrs.updatedAt), context.settings),
        authorRef: authorOf(resource, 'note', false),
        text,
        segments: linkify(text),
        quotedSegments: [],
        auto: false,
        followUp: false,
        failed: false,
        redacted,
        truncated: false,
        partial: resource.meta.omitted.length > 0,
        attachments: [],
        searchText: text.toLowerCase(),
        order
    };
}

/**
 * Items of a page, at most the page size asked (`pageSize` of a MessagesResult, else PAGE_SIZE): a Kustomer that
 * ignores pageSize cannot flood the view. Apex applies the same cap and reports what it dropped.
 */
export function pageItems(page: MessagesData): MessageResource[] {
    const asked = page.pageSize;
    const cap = asked !== undefined && asked >= 1 ? Math.min(PAGE_SIZE, asked) : PAGE_SIZE;
    return page.data.slice(0, cap);
}

/** What a messages page shows the paging plan: its (capped) items, links and times in Kustomer's order. */
export function pageFacts(page: MessagesData): PageFacts {
    const items = pageItems(page);
    return {
        count: items.length,
        hasNext: page.hasNext,
        hasPrev: page.hasPrev,
        times: items.map(
            (resource) =>
                asTime(resource.attributes.createdAt) ?? asTime(resource.attributes.sentAt)
        )
    };
}

/** Messages of one MessagesResult, in the order given. */
export function normalizeMessages(page: MessagesData, settings: LocaleSettings): TimelineEntry[] {
    const context: Context = {
        attachments: indexAttachments(page.included, settings.locale),
        settings
    };
    const entries: TimelineEntry[] = [];
    pageItems(page).forEach((resource, index) => {
        if (resource.type && !/^messages?$/i.test(resource.type)) return;
        const entry = messageEntry(resource, index, context);
        if (entry) entries.push(entry);
    });
    return entries;
}

/** Notes of one NotesPage. */
export function normalizeNotes(page: NotesData, settings: LocaleSettings): TimelineEntry[] {
    const context: Context = { attachments: new Map(), settings };
    const entries: TimelineEntry[] = [];
    page.data.slice(0, PAGE_SIZE).forEach((resource, index) => {
        if (resource.type && !/^notes?$/i.test(resource.type)) return;
        const entry = noteEntry(resource, index, context);
        if (entry) entries.push(entry);
    });
    return entries;
}

/** What names people: a result's `people`, and those of a ConversationResult's notes and messages. */
export interface PeopleSource {
    people?: readonly PersonResource[];
    notes?: { people: readonly PersonResource[] };
}

/** The people (users, customers) the results name, merged into one index (later ones win). */
export function collectPeople(
    ...results: ReadonlyArray<PeopleSource | undefined>
): Map<string, Person> {
    return indexPeople(
        ...results.flatMap((result) => [result?.people ?? [], result?.notes?.people ?? []])
    );
}
