// The viewer header's facts: the customer (name, email or phone) as the title, the link to Kustomer, assignees and
// priority. From the conversation when Kustomer answered; from the Case (read by the header through Lightning Data
// Service, so it works when every Kustomer call fails) when it did not. Never "Unassigned" while the Case names
// an assignee, and never a made-up fact when neither source knows.
import { asString, clip } from './json';
import { kustomerWebAppUrl, splitNames } from './conversation';
import type { ConversationView } from './conversation';
import type { LabelRef } from './format';

/** Raw Case field values as getFieldValue / getFieldDisplayValue return them (any may be missing). */
export interface CaseFactsInput {
    conversationUrl?: unknown;
    assigneeNames?: unknown;
    /** The Case's Priority as Salesforce displays it (the picklist label, translated). */
    priority?: unknown;
    contactName?: unknown;
    contactEmail?: unknown;
    contactPhone?: unknown;
    contactMobile?: unknown;
    suppliedName?: unknown;
    suppliedEmail?: unknown;
    suppliedPhone?: unknown;
}

export interface CaseFacts {
    conversationUrl?: string;
    assigneeNames: string[];
    priority?: string;
    name?: string;
    email?: string;
    phone?: string;
}

export interface HeaderView {
    /** The customer's name, else email, else phone; undefined when nobody is known. */
    title?: string;
    /** Email and phone not already used as the title. */
    contacts: string[];
    kustomerUrl?: string;
    assignees?: LabelRef;
    priority?: LabelRef;
}

function text(value: unknown, max: number): string | undefined {
    return clip(asString(value)?.replace(/\s+/g, ' ').trim() || undefined, max);
}

function first(...values: Array<string | undefined>): string | undefined {
    return values.find((value) => value !== undefined);
}

export function readCaseFacts(input: CaseFactsInput): CaseFacts {
    return {
        conversationUrl: kustomerWebAppUrl(input.conversationUrl),
        assigneeNames: splitNames(input.assigneeNames),
        priority: text(input.priority, 40),
        name: first(text(input.contactName, 120), text(input.suppliedName, 120)),
        email: first(text(input.contactEmail, 254), text(input.suppliedEmail, 254)),
        phone: first(
            text(input.contactPhone, 40),
            text(input.contactMobile, 40),
            text(input.suppliedPhone, 40)
        )
    };
}

function assigneesOf(
    conversation: ConversationView | undefined,
    facts: CaseFacts | undefined
): LabelRef | undefined {
    const fromKustomer = conversation?.assigneeNames ?? [];
    const names = fromKustomer.length > 0 ? fromKustomer : (facts?.assigneeNames ?? []);
    if (names.length > 0) return { key: 'Viewer_Assignees', args: [names.join(', ')] };
    // "Unassigned" is a fact only when Kustomer answered and the Case names nobody either.
    return conversation ? { key: 'Viewer_Unassigned', args: [] } : undefined;
}

/**
 * Priority: the Case's own value (what the agent sees on the page, in the org's words) when it has one; else
 * Kustomer's 1–5, said as such, so a bare "3" never sits beside the Case's "Medium".
 */
function priorityOf(
    conversation: ConversationView | undefined,
    facts: CaseFacts | undefined
): LabelRef | undefined {
    if (facts?.priority) return { key: 'Viewer_Priority', args: [facts.priority] };
    const kustomer = conversation?.priority;
    return kustomer === undefined
        ? undefined
        : { key: 'Viewer_Priority_Kustomer', args: [String(kustomer)] };
}

export function headerView(
    conversation: ConversationView | undefined,
    facts: CaseFacts | undefined
): HeaderView {
    const name = first(conversation?.customerName, facts?.name);
    const email = facts?.email;
    const phone = facts?.phone;
    const title = first(name, email, phone);
    return {
        title,
        contacts: [email, phone].filter(
            (value): value is string => value !== undefined && value !== title
        ),
        kustomerUrl: first(conversation?.kustomerUrl, facts?.conversationUrl),
        assignees: assigneesOf(conversation, facts),
        priority: priorityOf(conversation, facts)
    };
}
