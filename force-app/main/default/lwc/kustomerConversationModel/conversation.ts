// The header's view of a conversation: a ConversationResult as the loader parsed it (parse.ts).
import { channelInfo } from './channels';
import type { ChannelInfo } from './channels';
import type { ConversationData } from './contract';
import { asString, asTime, clip, httpsUrl, relationshipId } from './json';
import type { Person } from './people';

const MAX_NAME = 500;

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
    /** The customer's name, once the people of a messages page name them. */
    customerName?: string;
}

/** Conversation_Assignee_Name__c as the case sync writes it: names joined by commas or semicolons. */
export function splitNames(value: unknown, limit = 20): string[] {
    return (clip(asString(value), 2000) ?? '')
        .split(/[;,]/)
        .map((name) => name.trim())
        .filter(Boolean)
        .slice(0, limit);
}

export function normalizeConversation(
    result: ConversationData,
    people: ReadonlyMap<string, Person>
): ConversationView {
    const resource = result.conversation;
    const attrs = resource.attributes;
    const csat = attrs.satisfactionLevel ?? {};
    const caseInfo = result.case;
    // Real conversations list the same user twice in assignedUsers: each one once.
    const assigneeIds = [
        ...new Set(
            (attrs.assignedUsers ?? [])
                .map((id) => asString(id))
                .filter((id): id is string => id !== undefined)
        )
    ].slice(0, 20);
    const resolved = assigneeIds
        .map((id) => people.get(id)?.name)
        .filter((name): name is string => name !== undefined);
    const fromCase = splitNames(caseInfo.assigneeNames);
    const channels: ChannelInfo[] = [];
    for (const value of (attrs.channels ?? []).slice(0, 30)) {
        const info = channelInfo(value);
        if (!channels.some((item) => item.channel === info.channel)) channels.push(info);
    }
    const priority = attrs.priority;
    const customerId = relationshipId(resource, 'customer');
    return {
        id: resource.id,
        name: clip(asString(attrs.name), MAX_NAME),
        status: clip(asString(attrs.status)?.toLowerCase(), 40),
        priority:
            priority !== undefined && priority >= 1 && priority <= 5
                ? Math.round(priority)
                : undefined,
        assigneeIds,
        assigneeNames: resolved.length > 0 ? resolved : fromCase,
        csatRating: csat.rating,
        csatScore: csat.score,
        csatStatus: clip(asString(csat.status)?.toLowerCase(), 40),
        channels,
        messageCount: nonNegativeInteger(attrs.messageCount),
        noteCount: nonNegativeInteger(attrs.noteCount),
        updatedAt: asTime(attrs.updatedAt) ?? asTime(attrs.lastActivityAt),
        lastMessageAt:
            asTime(attrs.lastMessageAt) ??
            latest(asTime(attrs.lastMessageIn?.sentAt), asTime(attrs.lastMessageOut?.sentAt)),
        kustomerUrl: kustomerWebAppUrl(caseInfo.conversationUrl),
        customerId,
        customerName: customerId ? people.get(customerId)?.name : undefined
    };
}

// The Kustomer web app of an org, in every region: https://<org>.kustomerapp.com (developer.kustomer.com, "Regions
// and base URLs"). Conversation_URL__c is a Case field: nothing else may become the "Open in Kustomer" link.
const KUSTOMER_WEB_APP_HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.kustomerapp\.com$/;

/** An https: URL on a Kustomer web-app host (no credentials, no port), else undefined. */
export function kustomerWebAppUrl(value: unknown): string | undefined {
    const href = httpsUrl(value);
    if (!href) return undefined;
    const url = new URL(href);
    const plain = url.username === '' && url.password === '' && url.port === '';
    return plain && KUSTOMER_WEB_APP_HOST.test(url.hostname) ? href : undefined;
}

function nonNegativeInteger(value: number | undefined): number | undefined {
    return value !== undefined && value >= 0 ? Math.floor(value) : undefined;
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
