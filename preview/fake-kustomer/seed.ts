// The fake org: deterministic conversations (same ids and content on every run) and the demo Cases that link
// to them. One conversation per feature and per failure kind; generated ones for the long and benchmark sizes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type {
    DemoCase,
    FailureKind,
    FakeAttachment,
    FakeConversation,
    FakeMessage,
    FakeNote,
    FakeWorld,
    ListBehaviour,
    Raw
} from './model.ts';
import {
    conversationResource,
    customerResource,
    imageAttachment,
    messageResource,
    noteResource,
    pdfAttachment,
    userResource
} from './builders.ts';
import { AGENTS, buildMessages, showcaseLines, showcaseNotes, type Line } from './showcase.ts';
import { hexId, pick, seededRandom } from './random.ts';
import { HTML_PAYLOADS, TEXT_PAYLOADS, URL_PAYLOADS } from './xss-corpus.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/kustomer/', import.meta.url));
const fixture = (name: string): Raw => JSON.parse(readFileSync(FIXTURES + name, 'utf8')) as Raw;

/** Ids of the conversations used by the tests and the benchmark. */
export const CONVERSATIONS = {
    showcase: hexId('conversation:showcase'),
    fixture: '67cef0e3e65f7015ca3a91c6', // fixtures/kustomer/conversation.json
    long: hexId('conversation:long-1200'),
    empty: hexId('conversation:empty'),
    xss: hexId('conversation:xss'),
    notesForbidden: hexId('conversation:notes-forbidden'),
    size: (n: number) => hexId(`conversation:size-${n}`),
    quirk: (key: QuirkKey) => hexId(`conversation:quirk-${key}`)
} as const;

export const BENCH_SIZES = [10, 60, 100, 150, 1000, 5000] as const;

/** Conversations whose lists behave as the real Kustomer can (model.ts ListBehaviour), one demo Case each. */
export const QUIRKS = {
    'count-over': {
        subject: 'Count higher than the list',
        description:
            '150 messages while the conversation says 152 (the viewer shows all 150 and says so)',
        count: 150,
        noteCount: 2,
        behaviour: { countDrift: 2 }
    },
    'count-under': {
        subject: 'Count lower than the list',
        description: '120 messages while the conversation says 10',
        count: 120,
        noteCount: 2,
        behaviour: { countDrift: -110 }
    },
    'count-far-over': {
        subject: 'Count far above the list',
        description: '30 messages while the conversation says 200',
        count: 30,
        noteCount: 0,
        behaviour: { countDrift: 170 }
    },
    'newest-first': {
        subject: 'Kustomer answers newest first',
        description: '250 messages listed newest first: page 1 is the newest',
        count: 250,
        noteCount: 2,
        behaviour: { order: 'desc' }
    },
    'endless-notes': {
        subject: 'Notes that never end',
        description: "The notes list's next link never ends: the viewer stops and says so",
        count: 12,
        noteCount: 150,
        behaviour: { endlessNotes: true }
    },
    'slow-failing-pages': {
        subject: 'A slow page and a failing page',
        description: '350 messages: page 3 answers after 0.8 s, page 2 fails (500)',
        count: 350,
        noteCount: 0,
        behaviour: { slowPages: { 3: 800 }, failingPages: [2] }
    }
} as const satisfies Record<
    string,
    {
        subject: string;
        description: string;
        count: number;
        noteCount: number;
        behaviour: ListBehaviour;
    }
>;
export type QuirkKey = keyof typeof QUIRKS;
const START = Date.UTC(2025, 2, 10, 14, 1, 58);

const CUSTOMER = '654368bc187ce5da4e3a91c2'; // fixtures/kustomer/customer.json

const PHRASES_IN = [
    'Any update on my order?',
    'The zipper on the vestibule is stuck again.',
    'Can I change the delivery address?',
    'I attached a photo of the damage.',
    'Thanks, that worked!',
    'Is the footprint compatible with the 3P model?',
    'My refund has not arrived yet.',
    'Could you resend the invoice as a PDF?',
    'The stakes bent on the first night.',
    'Do you ship to Canada?',
    'What is the packed weight?',
    'Great, talk soon.'
];
const PHRASES_OUT = [
    'Thanks for reaching out! Let me check that for you.',
    'I have updated the delivery address on your order.',
    'Your refund was issued today; it can take 3-5 business days.',
    'Here is the invoice you asked for.',
    'The footprint fits the 2P only; the 3P has its own.',
    'Sorry about that. A replacement is on its way.',
    'We ship to Canada; duties are included at checkout.',
    'Packed weight is 1.9 kg.',
    'Happy to help, have a great trip!'
];

interface GeneratedSpec {
    key: string;
    count: number;
    noteCount: number;
    name: string;
    agents: string[];
    customerId: string;
}

/** A long conversation in chat, email and SMS, with attachments every 40 messages and notes. */
function generated(spec: GeneratedSpec): FakeConversation {
    const id = hexId(`conversation:${spec.key}`);
    const random = seededRandom(spec.count * 7919 + spec.key.length);
    const messages: FakeMessage[] = [];
    let at = START;
    for (let i = 0; i < spec.count; i++) {
        const direction = i % 2 === 0 ? 'in' : 'out';
        const channel = pick(random, ['chat', 'chat', 'chat', 'email', 'sms'] as const);
        at += Math.floor(1 + random() * 20) * 60_000;
        const messageId = hexId(`${id}:message:${i}`);
        const text = `${pick(random, direction === 'in' ? PHRASES_IN : PHRASES_OUT)} (#${i + 1})`;
        const attachments: FakeAttachment[] =
            i % 40 === 7
                ? [
                      i % 80 === 7
                          ? imageAttachment(messageId, `photo-${i + 1}.png`, i, 160, 100)
                          : pdfAttachment(messageId, `document-${i + 1}.pdf`, [`Document ${i + 1}`])
                  ]
                : [];
        messages.push({
            id: messageId,
            conversationId: id,
            raw: messageResource(messageId, {
                conversationId: id,
                customerId: spec.customerId,
                channel,
                direction,
                directionType:
                    i === 0 ? 'initial-in' : direction === 'in' ? 'followup-in' : 'response-out',
                preview: text,
                sentAt: new Date(at).toISOString(),
                ...(direction === 'out'
                    ? { createdBy: spec.agents[i % spec.agents.length] as string }
                    : {}),
                ...(channel === 'email' ? { subject: spec.name, htmlBody: `<p>${text}</p>` } : {})
            }),
            attachments
        });
    }
    const notes: FakeNote[] = Array.from({ length: spec.noteCount }, (_, n) =>
        noteResource(
            hexId(`${id}:note:${n}`),
            id,
            spec.customerId,
            spec.agents[n % spec.agents.length] as string,
            `Internal note ${n + 1}: checked the order history.`,
            new Date(START + (n + 1) * 3_600_000).toISOString()
        )
    );
    return finish({
        id,
        name: spec.name,
        customerId: spec.customerId,
        assignedUsers: spec.agents.slice(0, 1),
        messages,
        notes,
        createdAt: new Date(START).toISOString()
    });
}

function finish(
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

/** The research fixtures, served as they are (8 messages across two pages, one note). */
function fixtureConversation(): FakeConversation {
    const pages = [fixture('messages_page1.json'), fixture('messages_page2.json')];
    const included = pages.flatMap((p) => (p.included as Raw[] | undefined) ?? []);
    const messages: FakeMessage[] = pages.flatMap((p) =>
        (p.data as Raw[]).map((raw) => {
            const id = String(raw.id);
            const { attachments: ids, ...relationships } = raw.relationships as Raw & {
                attachments?: { data: Array<{ id: string }> };
            };
            const attachments = (ids?.data ?? []).map((ref, n) => {
                const meta = included.find((a) => a.id === ref.id)?.attributes as Raw | undefined;
                const name = String(meta?.name ?? `attachment-${n}`);
                const made = String(meta?.contentType).startsWith('image/')
                    ? imageAttachment(id, name, n + 5)
                    : pdfAttachment(id, name, [name]);
                return { ...made, id: ref.id };
            });
            return {
                id,
                conversationId: CONVERSATIONS.fixture,
                raw: { ...raw, relationships },
                attachments
            };
        })
    );
    const notes = ((fixture('notes.json').data as Raw[]) ?? []).map((raw) => ({
        id: String(raw.id),
        raw
    }));
    return {
        id: CONVERSATIONS.fixture,
        raw: fixture('conversation.json').data as Raw,
        messages,
        notes
    };
}

/** Hostile content everywhere a string reaches the screen. */
function xssConversation(hostileUser: string, hostileCustomer: string): FakeConversation {
    const id = CONVERSATIONS.xss;
    const lines: Line[] = [
        ...HTML_PAYLOADS.map((html, n): Line => ({
            minutesLater: n,
            spec: {
                channel: 'email',
                direction: n % 2 ? 'out' : 'in',
                directionType: n % 2 ? 'response-out' : 'followup-in',
                ...(n % 2 ? { createdBy: hostileUser } : {}),
                subject: TEXT_PAYLOADS[n % TEXT_PAYLOADS.length] as string,
                preview: html,
                htmlBody: `<p>Payload ${n + 1}</p>${html}`,
                meta: {
                    subject: TEXT_PAYLOADS[n % TEXT_PAYLOADS.length],
                    from: TEXT_PAYLOADS[(n + 1) % TEXT_PAYLOADS.length],
                    to: [
                        {
                            email: URL_PAYLOADS[n % URL_PAYLOADS.length],
                            name: TEXT_PAYLOADS[n % TEXT_PAYLOADS.length]
                        }
                    ]
                }
            }
        })),
        ...TEXT_PAYLOADS.map((text, n): Line => ({
            minutesLater: 100 + n,
            spec: { channel: 'chat', direction: 'in', directionType: 'followup-in', preview: text }
        })),
        {
            minutesLater: 200,
            spec: {
                channel: 'email',
                direction: 'in',
                directionType: 'followup-in',
                subject: 'Hostile attachments',
                preview: 'Attachments with hostile names and links.'
            },
            attach: (messageId) => [
                ...TEXT_PAYLOADS.map((name, n) => imageAttachment(messageId, `${name}.png`, n)),
                ...URL_PAYLOADS.map((url, n) => ({
                    ...pdfAttachment(messageId, `link-${n + 1}.pdf`, ['x']),
                    relatedUrl: url
                }))
            ]
        }
    ];
    const messages = buildMessages(id, hostileCustomer, START, lines);
    const notes = HTML_PAYLOADS.slice(0, 8).map((body, n) =>
        noteResource(
            hexId(`${id}:note:${n}`),
            id,
            hostileCustomer,
            hostileUser,
            body,
            new Date(START + n * 60_000).toISOString()
        )
    );
    return finish({
        id,
        name: `${TEXT_PAYLOADS[0]} <b>subject</b>`,
        customerId: hostileCustomer,
        assignedUsers: [hostileUser],
        messages,
        notes,
        createdAt: new Date(START).toISOString()
    });
}

function failing(kind: FailureKind): FakeConversation {
    const id = hexId(`conversation:failure:${kind}`);
    const lines = showcaseLines('jordan.rivera@example.com').slice(3, 8);
    return finish(
        {
            id,
            name: `Failure demo: ${kind}`,
            customerId: CUSTOMER,
            assignedUsers: [AGENTS.priya],
            messages: buildMessages(id, CUSTOMER, START, lines),
            notes: showcaseNotes(id, CUSTOMER, START).slice(0, 1),
            createdAt: new Date(START).toISOString()
        },
        kind
    );
}

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

export function createWorld(): FakeWorld {
    caseCounter = 0;
    const users = new Map<string, Raw>();
    const add = (raw: Raw) => users.set(String(raw.id), raw);
    add(fixture('user.json').data as Raw);
    add(
        userResource(
            AGENTS.marcus,
            'Marcus Lee',
            'Marcus L.',
            'https://cdn.example.com/avatars/marcus-lee-128.png'
        )
    );
    add(userResource(AGENTS.aiko, 'Aiko Tanaka', 'Aiko T.'));
    add(userResource(AGENTS.devon, 'Devon Okafor', 'Devon O.'));
    const hostileUser = hexId('user:hostile');
    add(
        userResource(
            hostileUser,
            TEXT_PAYLOADS[1] as string,
            TEXT_PAYLOADS[0] as string,
            URL_PAYLOADS[0]
        )
    );

    const customers = new Map<string, Raw>();
    customers.set(CUSTOMER, fixture('customer.json').data as Raw);
    const hostileCustomer = hexId('customer:hostile');
    customers.set(hostileCustomer, {
        ...customerResource(hostileCustomer, TEXT_PAYLOADS[2] as string, 'x@example.com', '+1'),
        attributes: {
            ...(customerResource(hostileCustomer, TEXT_PAYLOADS[2] as string, 'x@example.com', '+1')
                .attributes as Raw),
            avatarUrl: URL_PAYLOADS[0]
        }
    });

    const showcaseId = CONVERSATIONS.showcase;
    const showcase = finish({
        id: showcaseId,
        name: 'Cracked tent pole - order #A-48213',
        customerId: CUSTOMER,
        assignedUsers: [AGENTS.priya],
        messages: buildMessages(
            showcaseId,
            CUSTOMER,
            START,
            showcaseLines('jordan.rivera@example.com')
        ),
        notes: showcaseNotes(showcaseId, CUSTOMER, START),
        createdAt: new Date(START).toISOString()
    });
    const agents = [AGENTS.priya, AGENTS.marcus, AGENTS.aiko];
    const long = generated({
        key: 'long-1200',
        count: 1200,
        noteCount: 120,
        name: 'Camping season pre-orders (long thread)',
        agents,
        customerId: CUSTOMER
    });
    const sizes = BENCH_SIZES.map((n) =>
        generated({
            key: `size-${n}`,
            count: n,
            noteCount: 2,
            name: `Benchmark conversation, ${n} messages`,
            agents: [AGENTS.priya],
            customerId: CUSTOMER
        })
    );
    const quirks = (Object.keys(QUIRKS) as QuirkKey[]).map((key) => ({
        ...generated({
            key: `quirk-${key}`,
            count: QUIRKS[key].count,
            noteCount: QUIRKS[key].noteCount,
            name: QUIRKS[key].subject,
            agents,
            customerId: CUSTOMER
        }),
        behaviour: QUIRKS[key].behaviour
    }));
    const empty = finish({
        id: CONVERSATIONS.empty,
        name: 'New conversation, no messages yet',
        customerId: CUSTOMER,
        assignedUsers: [],
        messages: [],
        notes: [],
        createdAt: new Date(START).toISOString()
    });
    const notesForbidden = {
        ...finish({
            id: CONVERSATIONS.notesForbidden,
            name: 'Key without the notes role',
            customerId: CUSTOMER,
            assignedUsers: [AGENTS.priya],
            messages: buildMessages(
                CONVERSATIONS.notesForbidden,
                CUSTOMER,
                START,
                showcaseLines('jordan.rivera@example.com').slice(0, 6)
            ),
            notes: [],
            createdAt: new Date(START).toISOString()
        }),
        failure: 'notes-forbidden' as const
    };
    const failures = (
        [
            'unauthorized',
            'forbidden',
            'not-found',
            'rate-limited',
            'server-error',
            'timeout',
            'malformed-json',
            'flaky'
        ] as const
    ).map(failing);

    const all = [
        showcase,
        fixtureConversation(),
        long,
        empty,
        notesForbidden,
        xssConversation(hostileUser, hostileCustomer),
        ...sizes,
        ...quirks,
        ...failures
    ];
    const conversations = new Map(all.map((c) => [c.id, c]));
    const messages = new Map<string, FakeMessage>();
    const attachments = new Map<string, FakeAttachment>();
    for (const c of all) {
        for (const m of c.messages) {
            messages.set(m.id, m);
            for (const a of m.attachments) attachments.set(a.id, a);
        }
    }

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
    const cases: DemoCase[] = [
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
    return {
        orgId: '5cf50bc03f46c548ab3a91c1',
        conversations,
        messages,
        attachments,
        users,
        customers,
        cases
    };
}
