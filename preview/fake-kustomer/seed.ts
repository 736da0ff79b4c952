// The fake org: deterministic conversations (same ids and content on every run) and the demo Cases that link
// to them. One conversation per feature and per failure kind; generated ones for the long and benchmark sizes.
// What is seeded, by name: catalogue.ts; the conversations: conversations.ts, generated.ts, showcase*.ts; the
// Cases: demo-cases.ts.
import type { FakeAttachment, FakeMessage, FakeWorld, Raw } from './model.ts';
import { customerResource, fakeConversation, userResource } from './builders.ts';
import {
    BENCH_SIZES,
    CONVERSATIONS,
    CUSTOMER,
    fixture,
    QUIRKS,
    START,
    type QuirkKey
} from './catalogue.ts';
import { failing, fixtureConversation, xssConversation } from './conversations.ts';
import { demoCases } from './demo-cases.ts';
import { generated } from './generated.ts';
import { hexId } from './random.ts';
import { AGENTS, buildMessages, showcaseNotes } from './showcase.ts';
import { showcaseLines } from './showcase-lines.data.ts';
import { TEXT_PAYLOADS, URL_PAYLOADS } from './xss-corpus.ts';

export function createWorld(): FakeWorld {
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
    const showcase = fakeConversation({
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
    const empty = fakeConversation({
        id: CONVERSATIONS.empty,
        name: 'New conversation, no messages yet',
        customerId: CUSTOMER,
        assignedUsers: [],
        messages: [],
        notes: [],
        createdAt: new Date(START).toISOString()
    });
    const notesForbidden = {
        ...fakeConversation({
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

    const linkedTo = { conversations, showcase, long, empty, notesForbidden, sizes, quirks };
    const cases = demoCases(linkedTo);
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
