// The Apex ⇄ component contract (docs/contract.md). The Apex layer and its TypeScript stand-in in preview/apex
// both produce these shapes; the golden fixtures in fixtures/golden hold them together.
import type { ErrorCode, KEPT_FIELDS, NoAccessReason, NotesStatus } from './contractTables.ts';

/** Any JSON value, as Kustomer may send it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A JSON:API relationship as kept by the minimiser: only the related ids. */
export interface Relationship {
    data?: { id?: string } | Array<{ id?: string }> | null;
}

/** A JSON:API resource (raw from Kustomer, or minimised by Apex: same field names either way). */
export interface Resource {
    type?: string;
    id?: string;
    attributes?: { [key: string]: Json | undefined };
    relationships?: { [key: string]: Relationship | undefined };
    /** Set by the minimiser only: the fields it left out because they were over a size cap. */
    meta?: { omitted?: string[] };
}

// Error codes, NO_ACCESS reasons and notes statuses are tables of contract/tables.json (generated contractTables.ts).
export type { ErrorCode, NoAccessReason, NotesStatus } from './contractTables.ts';

/** The JSON inside an AuraHandledException's message. */
export interface KustomerError {
    code: ErrorCode;
    /** English detail for logs; Kustomer's own text only for users with Kustomer_Manage_Setup. */
    message: string;
    retryAfterSeconds?: number;
    missingRole?: string;
    httpStatus?: number;
    /** NO_ACCESS only. */
    reason?: NoAccessReason;
}

export interface NotesPage {
    status: NotesStatus;
    error?: KustomerError;
    page: number;
    hasMore: boolean;
    data: Resource[];
    /** Items Kustomer sent beyond the page size asked (NOTES_PAGE_SIZE), left out. */
    dropped?: number;
    people?: Resource[];
    fetchedAt: string;
}

export interface CaseInfo {
    conversationUrl?: string;
    assigneeNames?: string;
}

export interface ConversationResult {
    conversation: Resource;
    notes?: NotesPage;
    /** Messages page 1, when getConversation was asked for it (messagesPageSize). */
    messages?: MessagesPage;
    case: CaseInfo;
    fetchedAt: string;
}

/** One page of messages as Kustomer listed it (its order, its links). */
export interface MessagesPage {
    page: number;
    pageSize: number;
    hasNext: boolean;
    hasPrev: boolean;
    data: Resource[];
    included: Resource[];
    /** Items Kustomer sent beyond the page size asked, left out. */
    dropped?: number;
    fetchedAt: string;
}

export interface MessagesResult extends MessagesPage {
    people: Resource[];
    warnings?: KustomerError[];
}

/** getPeople: the users asked that Kustomer (or the cache) knows, then the conversation's customer. */
export interface PeopleResult {
    people: Resource[];
    warnings?: KustomerError[];
    fetchedAt: string;
}

export interface AttachmentLink {
    url: string;
    fetchedAt: string;
}

/** Parameters of the Apex entry points, as the component sends them. */
export interface GetConversationParams {
    caseId: string;
    includeNotes: boolean;
    forceRefresh: boolean;
    /** Also messages page 1 of this size, in the same round trip (omitted: no messages). */
    messagesPageSize?: number;
}

export interface GetPeopleParams {
    caseId: string;
    /** Kustomer user ids, at most USERS_PER_REQUEST. */
    userIds: string[];
    /** Named only when it is this conversation's customer; anything else is not looked up. */
    customerId?: string;
}

export interface GetMessagesParams {
    caseId: string;
    page: number;
    pageSize: number;
    includeNotes: boolean;
    forceRefresh: boolean;
}

export interface GetNotesParams {
    caseId: string;
    page: number;
    forceRefresh: boolean;
}

export interface GetAttachmentLinkParams {
    caseId: string;
    messageId: string;
    attachmentId: string;
}

// ---- results as the viewer reads them: parsed once at the loader's boundary (parse.ts) ----

type KeptValue<K> = K extends 'string' | 'https'
    ? string
    : K extends 'number'
      ? number
      : K extends 'boolean'
        ? boolean
        : K extends 'strings'
          ? string[]
          : K extends 'any'
            ? Json
            : Kept<K>;

/** The kept fields of one spec entry (KEPT_FIELDS), typed: each one optional, each of its listed kind. */
export type Kept<F> = { [P in keyof F]?: KeptValue<F[P]> };

type KeptRelationships<R> = {
    [P in keyof R]?: R[P] extends 'many'
        ? { data: Array<{ id: string }> }
        : { data: { id: string } };
};

export type ResourceKind = keyof typeof KEPT_FIELDS;

/** A resource after the boundary read: its kind's kept fields, typed; `meta.omitted`: fields Apex left out. */
export interface KeptResource<K extends ResourceKind> {
    type?: string;
    id?: string;
    attributes: Kept<(typeof KEPT_FIELDS)[K]['attributes']>;
    relationships: KeptRelationships<(typeof KEPT_FIELDS)[K]['relationships']>;
    meta: { omitted: string[] };
}

export type MessageResource = KeptResource<'message'>;
export type NoteResource = KeptResource<'note'>;
export type PersonResource = KeptResource<'person'>;
export type AttachmentResource = KeptResource<'attachment'>;
export type ConversationResource = KeptResource<'conversation'>;

/** A MessagesResult as read: times as epoch milliseconds, every list present. */
export interface MessagesData {
    pageSize?: number;
    hasNext: boolean;
    hasPrev: boolean;
    data: MessageResource[];
    included: AttachmentResource[];
    dropped: number;
    people: PersonResource[];
    warnings: KustomerError[];
    fetchedAt?: number;
}

export interface NotesData {
    status: NotesStatus;
    error?: KustomerError;
    page?: number;
    hasMore: boolean;
    data: NoteResource[];
    dropped: number;
    people: PersonResource[];
    fetchedAt?: number;
}

export interface ConversationData {
    conversation: ConversationResource;
    notes?: NotesData;
    messages?: MessagesData;
    case: CaseInfo;
    fetchedAt?: number;
}

export interface PeopleData {
    people: PersonResource[];
    warnings: KustomerError[];
    fetchedAt?: number;
}
