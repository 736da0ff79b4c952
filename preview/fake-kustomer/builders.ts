// Builders of Kustomer-shaped JSON:API resources (field names and nesting as in fixtures/kustomer and the API
// research): conversations, messages, notes, users, customers. Attachments: attachment-builders.ts.
import type { FailureKind, FakeConversation, FakeMessage, FakeNote, Raw } from './model.ts';

export const ORG_ID = '5cf50bc03f46c548ab3a91c1';
export const TEAM_ID = '602e94dca2f7d7720a3a91c5';

export function rel(type: string, id: string, path = `/v1/${type}s/${id}`): Raw {
    return { links: { self: path }, data: { type, id } };
}

export const org = (): Raw => rel('org', ORG_ID);

export function userResource(
    id: string,
    name: string,
    displayName: string,
    avatarUrl?: string
): Raw {
    return {
        type: 'user',
        id,
        attributes: {
            displayName,
            name,
            userType: 'user',
            email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@acme-outdoor.example`,
            mobile: null,
            avatarUrl: avatarUrl ?? null,
            roles: ['org.user', 'org.permission.conversation.read', 'org.permission.message.read'],
            updatedAt: '2025-02-27T11:04:52.610Z',
            createdAt: '2021-02-18T16:20:00.000Z'
        },
        relationships: { org: org() },
        links: { self: `/v1/users/${id}` }
    };
}

export function customerResource(id: string, name: string, email: string, phone: string): Raw {
    const [firstName, ...rest] = name.split(' ');
    return {
        type: 'customer',
        id,
        attributes: {
            name,
            displayName: name,
            displayColor: 'purple',
            firstName: firstName ?? name,
            lastName: rest.join(' '),
            emails: [{ type: 'home', verified: false, email }],
            phones: [{ type: 'mobile', verified: false, phone }],
            avatarUrl: null,
            presence: 'offline',
            createdAt: '2023-11-02T09:15:40.112Z',
            updatedAt: '2025-03-12T09:41:03.300Z',
            deleted: false
        },
        relationships: { org: org() },
        links: { self: `/v1/customers/${id}` }
    };
}

export interface MessageSpec {
    conversationId: string;
    customerId: string;
    channel: string;
    direction: 'in' | 'out';
    directionType: string;
    preview: string;
    sentAt: string;
    /** Agent who wrote an outbound message. */
    createdBy?: string;
    subject?: string;
    htmlBody?: string;
    meta?: Raw;
    app?: string;
    status?: string;
    auto?: boolean;
    redacted?: boolean;
    error?: Raw;
    assignedUsers?: string[];
}

const APPS: Record<string, string> = {
    email: 'postmark',
    sms: 'twilio',
    chat: 'chat',
    whatsapp: 'twilio_whatsapp',
    voice: 'kustomer_voice',
    facebook: 'facebook',
    instagram: 'instagram',
    'instagram-comment': 'instagram',
    'twitter-dm': 'twitter',
    'twitter-tweet': 'twitter',
    form: 'form'
};

export function messageResource(id: string, spec: MessageSpec): Raw {
    const createdAt = new Date(Date.parse(spec.sentAt) + 1_400).toISOString();
    const relationships: Raw = {
        org: org(),
        customer: rel('customer', spec.customerId),
        conversation: rel('conversation', spec.conversationId)
    };
    if (spec.createdBy) {
        relationships.createdBy = rel('user', spec.createdBy);
        relationships.modifiedBy = rel('user', spec.createdBy);
    }
    const attributes: Raw = {
        channel: spec.channel,
        app: spec.app ?? APPS[spec.channel] ?? spec.channel,
        size: spec.preview.length,
        direction: spec.direction,
        directionType: spec.directionType,
        preview: spec.preview,
        meta: spec.meta ?? {},
        status: spec.status ?? (spec.direction === 'in' ? 'received' : 'sent'),
        assignedTeams: [TEAM_ID],
        assignedUsers: spec.assignedUsers ?? [],
        auto: spec.auto ?? false,
        sentAt: spec.sentAt,
        createdAt,
        updatedAt: createdAt,
        modifiedAt: createdAt,
        redacted: spec.redacted ?? false,
        createdByTeams: spec.createdBy ? [TEAM_ID] : [],
        rev: 1,
        reactions: [],
        lang: 'en'
    };
    if (spec.subject !== undefined) attributes.subject = spec.subject;
    if (spec.htmlBody !== undefined) attributes.htmlBody = spec.htmlBody;
    if (spec.error !== undefined) attributes.error = spec.error;
    return {
        type: 'message',
        id,
        attributes,
        relationships,
        links: { self: `/v1/messages/${id}` }
    };
}

export function noteResource(
    id: string,
    conversationId: string,
    customerId: string,
    author: string,
    body: string,
    createdAt: string
): FakeNote {
    return {
        id,
        raw: {
            type: 'note',
            id,
            attributes: { body, createdAt, updatedAt: createdAt },
            relationships: {
                org: org(),
                customer: rel('customer', customerId),
                createdBy: rel('user', author),
                conversation: rel('conversation', conversationId),
                userMentions: { data: [] }
            },
            links: { self: `/v1/notes/${id}` }
        }
    };
}

export interface ConversationSpec {
    id: string;
    name: string;
    customerId: string;
    assignedUsers: string[];
    messages: FakeMessage[];
    notes: FakeNote[];
    status?: string;
    priority?: number;
    createdAt: string;
}

export function conversationResource(spec: ConversationSpec): Raw {
    const attrs = (m: FakeMessage): Raw => m.raw.attributes as Raw;
    const createdBy = (m: FakeMessage): string | undefined =>
        ((m.raw.relationships as Raw).createdBy as { data?: { id: string } } | undefined)?.data?.id;
    const inbound = spec.messages.filter((m) => attrs(m).direction === 'in');
    const outbound = spec.messages.filter((m) => attrs(m).direction === 'out');
    const last = spec.messages.at(-1);
    const channels = [...new Set(spec.messages.map((m) => String(attrs(m).channel)))];
    const summary = (m: FakeMessage | undefined): Raw | undefined =>
        m && {
            id: m.id,
            sentAt: attrs(m).sentAt,
            createdAt: attrs(m).createdAt,
            directionType: attrs(m).directionType,
            channel: attrs(m).channel,
            ...(createdBy(m) ? { createdBy: createdBy(m), createdByTeams: [TEAM_ID] } : {})
        };
    const lastAt = (last && String(attrs(last).sentAt)) ?? spec.createdAt;
    return {
        type: 'conversation',
        id: spec.id,
        attributes: {
            name: spec.name,
            preview: spec.messages[0] ? String(attrs(spec.messages[0]).preview).slice(0, 300) : '',
            channels,
            status: spec.status ?? 'open',
            priority: spec.priority ?? 3,
            messageCount: spec.messages.length,
            noteCount: spec.notes.length,
            satisfaction: 0,
            createdAt: spec.createdAt,
            updatedAt: lastAt,
            modifiedAt: lastAt,
            lastActivityAt: lastAt,
            lastMessageAt: lastAt,
            spam: false,
            ended: false,
            tags: [],
            assignedUsers: spec.assignedUsers,
            assignedTeams: [TEAM_ID],
            firstMessageIn: summary(inbound[0]),
            firstMessageOut: summary(outbound[0]),
            lastMessageIn: summary(inbound.at(-1)),
            lastMessageOut: summary(outbound.at(-1)),
            firstResponse: outbound[0]
                ? {
                      createdBy: createdBy(outbound[0]),
                      sentAt: attrs(outbound[0]).sentAt,
                      time: 1340
                  }
                : undefined,
            defaultLang: 'en_us'
        },
        relationships: {
            org: org(),
            customer: rel('customer', spec.customerId),
            messages: { links: { self: `/v1/conversations/${spec.id}/messages` } }
        },
        links: { self: `/v1/conversations/${spec.id}` }
    };
}

/** A conversation of the fake org: its resource, messages and notes, and the failure it answers with. */
export function fakeConversation(
    spec: Parameters<typeof conversationResource>[0],
    failure?: FailureKind
): FakeConversation {
    return {
        id: spec.id,
        raw: conversationResource(spec),
        messages: spec.messages,
        notes: spec.notes,
        ...(failure ? { failure } : {})
    };
}
