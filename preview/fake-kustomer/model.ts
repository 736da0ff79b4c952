// The fake Kustomer org's data model: what the seed builds and the server serves as JSON:API documents.

/** How a conversation misbehaves (one demo Case each). */
export type FailureKind =
    | 'unauthorized' // 401 on every request for it (as a revoked key would)
    | 'forbidden' // 403: the key lacks org.permission.conversation.read
    | 'not-found' // 404: Kustomer has no such conversation
    | 'rate-limited' // 429 until x-ratelimit-reset, then served
    | 'server-error' // 500 on every request for it
    | 'timeout' // never answers (until the client gives up)
    | 'malformed-json' // 200 with a truncated body
    | 'flaky' // the first request for it fails with 500, later ones succeed (Retry recovers)
    | 'notes-forbidden'; // only the notes endpoint answers 403 (missing org.permission.note.read)

export interface FakeAttachment {
    id: string;
    messageId: string;
    name: string;
    contentType: string;
    redacted: boolean;
    /** The real bytes (generated on first use). */
    bytes: () => Buffer;
    /** Overrides the signed URL in links.related (hostile-URL fixtures). */
    relatedUrl?: string;
}

export type Raw = Record<string, unknown>;

export interface FakeMessage {
    id: string;
    conversationId: string;
    /** The JSON:API resource without its relationships.attachments (added from `attachments`). */
    raw: Raw;
    attachments: FakeAttachment[];
}

export interface FakeNote {
    id: string;
    raw: Raw;
}

/**
 * How one conversation's lists behave. The real Kustomer may do any of these (its order and its counts are not
 * documented; docs/org-checklist.md lists the live probes), so the viewer must cope with each.
 */
export interface ListBehaviour {
    /** Order of the messages list (default: the server's messageOrder option). */
    order?: 'asc' | 'desc';
    /** messageCount reported = the list's length + countDrift (a stale, merged or lying count). */
    countDrift?: number;
    /** The notes list's links.next never ends: every page past the last repeats the last one. */
    endlessNotes?: boolean;
    /** Extra milliseconds before answering a messages page, by page number. */
    slowPages?: Record<number, number>;
    /** Messages pages answered 500. */
    failingPages?: number[];
}

export interface FakeConversation {
    id: string;
    raw: Raw;
    messages: FakeMessage[];
    notes: FakeNote[];
    failure?: FailureKind;
    behaviour?: ListBehaviour;
}

/** A Salesforce Case of the preview, linked (or not) to a Kustomer conversation. */
export interface DemoCase {
    caseId: string;
    caseNumber: string;
    subject: string;
    /** What the demo shows, for the index page. */
    description: string;
    group: 'Conversations' | 'Sizes' | 'Kustomer quirks' | 'Failures' | 'Setup' | 'Hostile content';
    access: 'OK' | 'NO_RECORD' | 'NO_FIELD_ACCESS';
    /** Conversation_ID__c as stored (may be blank or malformed on purpose). */
    conversationId: string;
    conversationUrl?: string;
    assigneeNames?: string;
    status: string;
    priority: string;
    origin: string;
    contactName: string;
    /** The Contact's email and phone (Kustomer matches the Contact by email). */
    contactEmail?: string;
    contactPhone?: string;
    /** The org state the Case is shown in (preview/server/scenarios.ts): a setup mistake, with its setup check. */
    scenario?: string;
}

export interface FakeWorld {
    orgId: string;
    conversations: Map<string, FakeConversation>;
    messages: Map<string, FakeMessage>;
    attachments: Map<string, FakeAttachment>;
    users: Map<string, Raw>;
    customers: Map<string, Raw>;
    cases: DemoCase[];
}
