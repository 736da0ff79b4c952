// Apex results (minimised JSON:API) or raw Kustomer documents → the view model the templates read. Every field is
// read defensively: a missing or mistyped value is dropped, never thrown on. Bodies stay plain text, except
// `htmlBody`/`body`, which only ever reach lightning-formatted-rich-text (a speculative path: Kustomer documents
// only the plain-text `preview`).
import { attachmentIcon, isPreviewableImage } from './attachments';
import { channelInfo } from './channels';
import type { ChannelInfo } from './channels';
import { dayKey, formatDay, formatFileSize, formatFull, formatTime } from './format';
import type { LocaleSettings } from './format';
import {
    asArray,
    asBoolean,
    asNumber,
    asObject,
    asResource,
    asResources,
    asString,
    asTime,
    httpsUrl,
    isObject,
    relationshipId,
    relationshipIds
} from './json';
import type { RawResource } from './json';
import { linkify } from './linkify';
import type { TextSegment } from './linkify';
import { addressText, authorOf, indexPeople } from './people';
import type { Author, Person } from './people';
import { splitQuoted, splitQuotedHtml } from './quoting';

/** Longest body kept for display and search (a runaway payload must not freeze the page). */
const MAX_BODY = 100000;
const MAX_SUBJECT = 500;

export interface AttachmentView {
    id: string;
    messageId: string;
    name: string;
    contentType?: string;
    size?: number;
    sizeText: string;
    icon: string;
    redacted: boolean;
    previewable: boolean;
}

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
    author: Author;
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
    failed: boolean;
    failedDetail?: string;
    redacted: boolean;
    /** Kustomer's `size` says the message is longer than the preview we have. */
    truncated: boolean;
    attachments: AttachmentView[];
    /** Lower-cased text the search runs over. */
    searchText: string;
    /** Position in the input, to keep Kustomer's order for equal times. */
    order: number;
}

export interface ConversationView {
    id?: string;
    name?: string;
    status?: string;
    priority?: number;
    assigneeIds: string[];
    assigneeNames: string[];
    csatRating?: number;
    csatScore?: number;
    csatStatus?: string;
    channels: ChannelInfo[];
    messageCount?: number;
    noteCount?: number;
    updatedAt?: number;
    lastMessageAt?: number;
    kustomerUrl?: string;
    customerId?: string;
}

function clip(text: string | undefined, max: number): string | undefined {
    if (text === undefined) return undefined;
    return text.length > max ? text.slice(0, max) : text;
}

/** Plain text that is not HTML becomes escaped HTML with line breaks, for the rich-text path only. */
function asRichText(value: string): string {
    if (/<[a-z!/][^>]*>/i.test(value)) return value;
    const escaped = value
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');
    return escaped.replace(/\r\n|\r|\n/g, '<br>');
}

function htmlSearchText(html: string): string {
    return html
        .replace(/<(?:style|script)\b[^>]{0,500}>[\s\S]{0,100000}?<\/(?:style|script)\s*>/gi, ' ')
        .replace(/<[^>]{0,2000}>/g, ' ')
        .replace(/&nbsp;|&#160;/gi, ' ')
        .replace(/&amp;/gi, '&')
        .replace(/&lt;/gi, '<')
        .replace(/&gt;/gi, '>')
        .replace(/\s+/g, ' ');
}

function errorDetail(value: unknown): string | undefined {
    if (typeof value === 'string') return clip(asString(value), 500);
    const error = asObject(Array.isArray(value) ? value[0] : value);
    return clip(asString(error.detail) ?? asString(error.title) ?? asString(error.message), 500);
}

function attachmentView(
    resource: RawResource,
    messageId: string,
    locale: string
): AttachmentView | undefined {
    if (!resource.id) return undefined;
    const attrs = resource.attributes;
    const name = clip(asString(attrs.name), 255) ?? resource.id;
    const contentType = clip(asString(attrs.contentType), 255);
    const size = asNumber(attrs.contentLength);
    const redacted = asBoolean(attrs.redacted);
    return {
        id: resource.id,
        messageId,
        name,
        contentType,
        size,
        sizeText: formatFileSize(size, locale),
        icon: attachmentIcon(contentType, name),
        redacted,
        previewable: !redacted && isPreviewableImage(contentType, name)
    };
}

/** Attachments of a page (`included[]`), grouped by the message they belong to. */
export function indexAttachments(included: unknown, locale: string): Map<string, AttachmentView[]> {
    const byMessage = new Map<string, AttachmentView[]>();
    for (const resource of asResources(included)) {
        if (resource.type && !/^attachments?$/i.test(resource.type)) continue;
        const messageId = relationshipId(resource, 'message');
        if (!messageId) continue;
        const view = attachmentView(resource, messageId, locale);
        if (!view) continue;
        const list = byMessage.get(messageId) ?? [];
        if (!list.some((item) => item.id === view.id)) list.push(view);
        byMessage.set(messageId, list);
    }
    return byMessage;
}

interface Context {
    people: Map<string, Person>;
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
    resource: RawResource,
    order: number,
    context: Context
): TimelineEntry | undefined {
    if (!resource.id) return undefined;
    const attrs = resource.attributes;
    const meta = asObject(attrs.meta);
    const direction = directionOf(attrs);
    const redacted = asBoolean(attrs.redacted);
    const rich = asString(attrs.htmlBody) ?? asString(attrs.body);
    const html =
        rich && !redacted ? splitQuotedHtml(asRichText(clip(rich, MAX_BODY) ?? '')) : undefined;
    const preview = clip(asString(attrs.preview), MAX_BODY) ?? '';
    const body = splitQuoted(preview);
    const size = asNumber(attrs.size);
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
                { id, attributes: {}, relationships: {} },
                resource.id,
                context.settings.locale
            );
            if (placeholder) attachments.push(placeholder);
        }
    }
    const status = asString(attrs.status)?.toLowerCase();
    const searchable = [
        subject,
        from,
        to,
        cc,
        preview || (html ? htmlSearchText(html.main + (html.quoted ?? '')) : '')
    ];
    return {
        id: resource.id,
        kind: 'message',
        direction,
        channel,
        ...timeFields(asTime(attrs.sentAt) ?? asTime(attrs.createdAt), context.settings),
        author: authorOf(resource, 'message', direction === 'out', context.people),
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
        auto: asBoolean(attrs.auto),
        failed: status === 'error' || status === 'failed',
        failedDetail: errorDetail(attrs.error),
        redacted,
        truncated: !html && size !== undefined && preview.length > 0 && size > preview.length + 20,
        attachments,
        searchText: searchable.filter(Boolean).join('\n').toLowerCase(),
        order
    };
}

function noteEntry(
    resource: RawResource,
    order: number,
    context: Context
): TimelineEntry | undefined {
    if (!resource.id) return undefined;
    const attrs = resource.attributes;
    const text = clip(asString(attrs.body), MAX_BODY) ?? '';
    return {
        id: resource.id,
        kind: 'note',
        direction: 'internal',
        channel: channelInfo('note'),
        ...timeFields(asTime(attrs.createdAt) ?? asTime(attrs.updatedAt), context.settings),
        author: authorOf(resource, 'note', false, context.people),
        text,
        segments: linkify(text),
        quotedSegments: [],
        auto: false,
        failed: false,
        redacted: asBoolean(attrs.redacted),
        truncated: false,
        attachments: [],
        searchText: text.toLowerCase(),
        order
    };
}

/** Messages of one MessagesResult (or raw Kustomer page), in the order given. */
export function normalizeMessages(
    result: unknown,
    settings: LocaleSettings,
    people: Map<string, Person>
): TimelineEntry[] {
    const page = asObject(result);
    const context: Context = {
        people,
        attachments: indexAttachments(page.included, settings.locale),
        settings
    };
    const entries: TimelineEntry[] = [];
    asResources(page.data).forEach((resource, index) => {
        if (resource.type && !/^messages?$/i.test(resource.type)) return;
        const entry = messageEntry(resource, index, context);
        if (entry) entries.push(entry);
    });
    return entries;
}

/** Notes of one NotesPage (or raw Kustomer notes page). */
export function normalizeNotes(
    page: unknown,
    settings: LocaleSettings,
    people: Map<string, Person>
): TimelineEntry[] {
    const context: Context = { people, attachments: new Map(), settings };
    const entries: TimelineEntry[] = [];
    asResources(asObject(page).data).forEach((resource, index) => {
        if (resource.type && !/^notes?$/i.test(resource.type)) return;
        const entry = noteEntry(resource, index, context);
        if (entry) entries.push(entry);
    });
    return entries;
}

/** The people (users, customers) any result names, merged into one index. */
export function collectPeople(...results: unknown[]): Map<string, Person> {
    const lists: unknown[] = [];
    for (const result of results) {
        const object = asObject(result);
        lists.push(object.people);
        lists.push(asObject(object.notes).people);
        if (isObject(object.data) || Array.isArray(object.data)) {
            // A raw Kustomer users/customers document.
            const resources = asResources(object.data).filter((item) =>
                /^(?:users?|customers?)$/i.test(item.type ?? '')
            );
            if (resources.length > 0) lists.push(resources);
        }
    }
    return indexPeople(...lists);
}

/** The header's view of a ConversationResult, a raw conversation document, or a bare conversation resource. */
export function normalizeConversation(
    result: unknown,
    people: Map<string, Person>
): ConversationView {
    const object = asObject(result);
    const resource = asResource(object.conversation ?? object.data ?? object);
    const attrs = resource.attributes;
    const csat = asObject(attrs.satisfactionLevel);
    const caseInfo = asObject(object.case);
    const assigneeIds = asArray(attrs.assignedUsers)
        .map((id) => asString(id))
        .filter((id): id is string => id !== undefined)
        .slice(0, 20);
    const resolved = assigneeIds
        .map((id) => people.get(id)?.name)
        .filter((name): name is string => name !== undefined);
    const fromCase = asString(caseInfo.assigneeNames)
        ?.split(/[;,]/)
        .map((name) => name.trim())
        .filter(Boolean);
    const channels: ChannelInfo[] = [];
    for (const value of asArray(attrs.channels).slice(0, 30)) {
        const info = channelInfo(value);
        if (!channels.some((item) => item.channel === info.channel)) channels.push(info);
    }
    const priority = asNumber(attrs.priority);
    return {
        id: resource.id,
        name: clip(asString(attrs.name), MAX_SUBJECT),
        status: clip(asString(attrs.status)?.toLowerCase(), 40),
        priority:
            priority !== undefined && priority >= 1 && priority <= 5
                ? Math.round(priority)
                : undefined,
        assigneeIds,
        assigneeNames: resolved.length > 0 ? resolved : (fromCase ?? []).slice(0, 20),
        csatRating: asNumber(csat.rating),
        csatScore: asNumber(csat.score),
        csatStatus: clip(asString(csat.status)?.toLowerCase(), 40),
        channels,
        messageCount: nonNegativeInteger(attrs.messageCount),
        noteCount: nonNegativeInteger(attrs.noteCount),
        updatedAt: asTime(attrs.updatedAt) ?? asTime(attrs.lastActivityAt),
        lastMessageAt:
            asTime(attrs.lastMessageAt) ??
            latest(
                asTime(asObject(attrs.lastMessageIn).sentAt),
                asTime(asObject(attrs.lastMessageOut).sentAt)
            ),
        kustomerUrl: httpsUrl(caseInfo.conversationUrl),
        customerId: relationshipId(resource, 'customer')
    };
}

function nonNegativeInteger(value: unknown): number | undefined {
    const number = asNumber(value);
    return number !== undefined && number >= 0 ? Math.floor(number) : undefined;
}

function latest(a: number | undefined, b: number | undefined): number | undefined {
    if (a === undefined) return b;
    if (b === undefined) return a;
    return Math.max(a, b);
}

/** A change signature: when it differs, the newest page must be fetched again (auto-refresh). */
export function conversationSignature(view: ConversationView): string {
    return [view.messageCount, view.noteCount, view.lastMessageAt].join('|');
}
