// The demo Cases of the preview's index, each linked to a conversation of the fake org (or to none, or to one the
// user may not read), grouped as the index shows them.
import type { DemoCase, FailureKind, FakeConversation } from './model.ts';
import { BENCH_SIZES, CONVERSATIONS, QUIRKS, type QuirkKey } from './catalogue.ts';
import { hexId } from './random.ts';
import { TEXT_PAYLOADS, URL_PAYLOADS } from './xss-corpus.ts';

let caseCounter = 0;
function demoCase(
    fields: Omit<
        DemoCase,
        'caseId' | 'caseNumber' | 'access' | 'status' | 'priority' | 'origin' | 'contactName'
    > &
        Partial<DemoCase>
): DemoCase {
    caseCounter += 1;
    const n = String(caseCounter).padStart(6, '0');
    return {
        caseId: `500Kc0000${n}AAA`,
        caseNumber: String(1000 + caseCounter).padStart(8, '0'),
        access: 'OK',
        status: 'Working',
        priority: 'Medium',
        origin: 'Kustomer',
        contactName: 'Jordan Rivera',
        contactEmail: 'jordan.rivera@example.com',
        contactPhone: '+1 503 555 0142',
        ...fields
    };
}

const conversationUrl = (id: string) => `https://acme.kustomerapp.com/app/conversations/${id}`;

/** The conversations the Cases link to, besides those found by id in `conversations`. */
export interface CaseConversations {
    conversations: Map<string, FakeConversation>;
    showcase: FakeConversation;
    long: FakeConversation;
    empty: FakeConversation;
    notesForbidden: FakeConversation;
    sizes: FakeConversation[];
    quirks: FakeConversation[];
}

export function demoCases(linkedTo: CaseConversations): DemoCase[] {
    const { conversations, showcase, long, empty, notesForbidden, sizes, quirks } = linkedTo;
    caseCounter = 0;
    const showcaseId = showcase.id;
    const linked = (
        c: FakeConversation,
        subject: string,
        description: string,
        group: DemoCase['group'],
        extra: Partial<DemoCase> = {}
    ) =>
        demoCase({
            subject,
            description,
            group,
            conversationId: c.id,
            conversationUrl: conversationUrl(c.id),
            assigneeNames: 'Priya Shah',
            ...extra
        });
    const failure = (kind: FailureKind) =>
        conversations.get(hexId(`conversation:failure:${kind}`)) as FakeConversation;
    return [
        linked(
            showcase,
            'Cracked tent pole - order #A-48213',
            'Every channel, HTML email with quoted history, inline image and PDF, notes, a failed delivery, redacted content',
            'Conversations'
        ),
        linked(
            conversations.get(CONVERSATIONS.fixture) as FakeConversation,
            'Research fixture conversation',
            'The raw Kustomer fixtures from the API research (8 messages, 1 note)',
            'Conversations'
        ),
        linked(
            long,
            'Camping season pre-orders',
            '1,200 messages and 120 notes: load earlier, search, filters',
            'Conversations'
        ),
        linked(empty, 'New conversation', 'A conversation with no messages yet', 'Conversations'),
        linked(
            notesForbidden,
            'Key without the notes role',
            'Messages show; notes are unavailable (403 on notes only)',
            'Conversations'
        ),
        linked(
            conversations.get(CONVERSATIONS.xss) as FakeConversation,
            TEXT_PAYLOADS[0] as string,
            'XSS payloads in bodies, subjects, names, attachment names and URLs: nothing may run',
            'Hostile content',
            { conversationUrl: URL_PAYLOADS[0] as string, contactName: TEXT_PAYLOADS[1] as string }
        ),
        ...sizes.map((c, n) =>
            linked(
                c,
                `Benchmark: ${BENCH_SIZES[n]} messages`,
                `${BENCH_SIZES[n]} generated messages`,
                'Sizes'
            )
        ),
        ...(Object.keys(QUIRKS) as QuirkKey[]).map((key, n) =>
            linked(
                quirks[n] as FakeConversation,
                QUIRKS[key].subject,
                QUIRKS[key].description,
                'Kustomer quirks'
            )
        ),
        linked(
            failure('unauthorized'),
            'Failure: 401',
            'Kustomer rejects the API key (401)',
            'Failures',
            { scenario: 'wrong-key' }
        ),
        linked(
            failure('forbidden'),
            'Failure: 403 missing role',
            'The key lacks org.permission.conversation.read (403)',
            'Failures',
            { scenario: 'missing-role' }
        ),
        linked(
            failure('not-found'),
            'Failure: 404',
            'The conversation does not exist in Kustomer (404)',
            'Failures'
        ),
        linked(
            failure('rate-limited'),
            'Failure: 429 rate limited',
            'The org-wide rate limit is spent for a few seconds (429)',
            'Failures'
        ),
        linked(failure('server-error'), 'Failure: 500', 'Kustomer fails (500)', 'Failures'),
        linked(failure('timeout'), 'Failure: timeout', 'Kustomer never answers', 'Failures'),
        linked(
            failure('malformed-json'),
            'Failure: malformed JSON',
            'Kustomer answers 200 with a broken body',
            'Failures'
        ),
        linked(
            failure('flaky'),
            'Failure, then recovery',
            'The first request fails (500); Retry works',
            'Failures'
        ),
        demoCase({
            subject: 'Case not linked',
            description: 'The Case has no Kustomer conversation id',
            group: 'Failures',
            conversationId: ''
        }),
        demoCase({
            subject: 'Malformed conversation id',
            description: 'Conversation_ID__c is not a Kustomer id',
            group: 'Failures',
            conversationId: 'not-a-kustomer-id'
        }),
        demoCase({
            subject: 'No access to the Case',
            description: 'The user cannot read the Case (sharing)',
            group: 'Failures',
            conversationId: showcaseId,
            access: 'NO_RECORD'
        }),
        // The first two things an admin meets after installing (their setup check: /setup?scenario=no-key).
        linked(
            showcase,
            'Kustomer not set up',
            'Installed, but no API key pasted yet: "Kustomer isn\'t set up" (admins: Open Kustomer Setup)',
            'Setup',
            { scenario: 'no-key' }
        ),
        demoCase({
            subject: 'Missing permission set',
            description:
                'The user lacks Kustomer Conversation Viewer, so cannot read the Kustomer fields',
            group: 'Setup',
            conversationId: showcaseId,
            access: 'NO_FIELD_ACCESS'
        })
    ];
}
