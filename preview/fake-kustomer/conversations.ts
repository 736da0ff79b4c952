// The hand-made conversations of the fake org besides the showcase: the research fixtures served as they are, one
// with hostile content everywhere a string reaches the screen, and one per failure kind.
import type { FailureKind, FakeConversation, FakeMessage, Raw } from './model.ts';
import { imageAttachment, pdfAttachment } from './attachment-builders.ts';
import { fakeConversation, noteResource } from './builders.ts';
import { CONVERSATIONS, CUSTOMER, fixture, START } from './catalogue.ts';
import { hexId } from './random.ts';
import { AGENTS, buildMessages, showcaseNotes, type Line } from './showcase.ts';
import { showcaseLines } from './showcase-lines.data.ts';
import { HTML_PAYLOADS, TEXT_PAYLOADS, URL_PAYLOADS } from './xss-corpus.ts';

/** The research fixtures, served as they are (8 messages across two pages, one note). */
export function fixtureConversation(): FakeConversation {
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
export function xssConversation(hostileUser: string, hostileCustomer: string): FakeConversation {
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
    return fakeConversation({
        id,
        name: `${TEXT_PAYLOADS[0]} <b>subject</b>`,
        customerId: hostileCustomer,
        assignedUsers: [hostileUser],
        messages,
        notes,
        createdAt: new Date(START).toISOString()
    });
}

export function failing(kind: FailureKind): FakeConversation {
    const id = hexId(`conversation:failure:${kind}`);
    const lines = showcaseLines('jordan.rivera@example.com').slice(3, 8);
    return fakeConversation(
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
