// Issue 12: findings on the text paths (bidi spoofing, homoglyph hosts, "Open in Kustomer"), the timeline's keys
// and the dates Kustomer sends. Each test is one finding of the hostile pass.
import { describe, expect, it } from '@jest/globals';
import {
    ALL_FILTERS,
    asTime,
    buildTimeline,
    collectPeople,
    linkify,
    normalizeConversation,
    normalizeMessages,
    normalizeNotes
} from 'c/kustomerConversationModel';
import { messagesOf, notesOf, conversationOf, peopleOf, withAuthors } from './utils/read';

const SETTINGS = { locale: 'en-US', timeZone: 'UTC' };
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const ID = '67cef0e4153ef1d78f3a91ca';

describe('bidi controls cannot reorder what the agent reads', () => {
    const page = {
        data: [
            {
                type: 'message',
                id: ID,
                attributes: {
                    channel: 'email',
                    direction: 'in',
                    subject: 'Invoice \u202Efdp.exe',
                    preview: 'Open invoice\u202Efdp.exe or https://x.example/\u202Egpj.exe now',
                    meta: { from: 'Billing \u2067Team\u2069 <b@x.example>' },
                    error: { detail: 'failed \u202Dx' },
                    status: 'error'
                },
                relationships: {
                    attachments: { data: [{ id: '67cef0e4734035f6f13a91cb' }] },
                    createdBy: { data: { id: '602e93b0c0c2253b073a91c3' } }
                }
            }
        ],
        included: [
            {
                type: 'attachment',
                id: '67cef0e4734035f6f13a91cb',
                attributes: { name: 'invoice\u202Efdp.exe', contentType: 'application/pdf' },
                relationships: { message: { data: { id: ID } } }
            }
        ],
        people: [
            {
                type: 'user',
                id: '602e93b0c0c2253b073a91c3',
                attributes: { displayName: 'Priya \u202EhahS' }
            }
        ]
    };
    const [entry] = withAuthors(
        normalizeMessages(messagesOf(page), SETTINGS),
        collectPeople(peopleOf(page))
    );

    it('strips overrides, embeddings and isolates from every shown string', () => {
        const shown = [
            entry.subject,
            entry.text,
            entry.from,
            entry.failedDetail,
            entry.attachments[0].name,
            entry.author.name,
            ...entry.segments.map((s) => s.text)
        ];
        for (const text of shown) expect(text).toBeDefined();
        for (const text of shown) expect(text).not.toMatch(BIDI);
        expect(entry.attachments[0].name).toBe('invoicefdp.exe');
    });

    it('keeps links intact around a stripped control', () => {
        const link = entry.segments.find((s) => s.href);
        expect(link?.href).toBe('https://x.example/gpj.exe');
    });

    it('strips them from notes and the conversation header too', () => {
        const [note] = withAuthors(
            normalizeNotes(
                notesOf({ data: [{ type: 'note', id: ID, attributes: { body: 'a\u202Eb' } }] }),
                SETTINGS
            ),
            new Map()
        );
        expect(note.text).toBe('ab');
        const view = normalizeConversation(
            conversationOf({
                conversation: { type: 'conversation', attributes: { name: 'x\u202Ey' } },
                case: { assigneeNames: 'Priya\u202E, Marco' }
            }),
            new Map()
        );
        expect(view.name).toBe('xy');
        expect(view.assigneeNames).toEqual(['Priya', 'Marco']);
    });
});

describe('links show where they really go', () => {
    it('shows a non-ASCII host as punycode in the link text', () => {
        const segments = linkify('Log in at https://аpple.com/login today');
        expect(segments[1]).toEqual({
            text: 'https://xn--pple-43d.com/login',
            href: 'https://xn--pple-43d.com/login'
        });
        expect(segments[0].text + segments[2].text).toBe('Log in at  today');
    });

    it('keeps ASCII links exactly as written', () => {
        expect(linkify('see https://Example.com/a?b=1.')[1]).toEqual({
            text: 'https://Example.com/a?b=1',
            href: 'https://example.com/a?b=1'
        });
    });

    it('does not link URLs with credentials (https://paypal.com@evil.example)', () => {
        expect(linkify('https://paypal.com@evil.example/x').every((s) => !s.href)).toBe(true);
    });
});

describe('"Open in Kustomer" goes only to Kustomer', () => {
    const view = (conversationUrl: string) =>
        normalizeConversation(
            conversationOf({
                conversation: { type: 'conversation', id: ID },
                case: { conversationUrl }
            }),
            new Map()
        ).kustomerUrl;

    it("accepts the org's Kustomer web app", () => {
        expect(view(`https://acme.kustomerapp.com/app/conversations/${ID}`)).toBe(
            `https://acme.kustomerapp.com/app/conversations/${ID}`
        );
    });

    it('refuses any other https host, look-alikes and credentials', () => {
        for (const url of [
            'https://evil.example/app/conversations/x',
            'https://acme.kustomerapp.com.evil.example/app',
            'https://kustomerapp.com.evil.example/',
            'https://evilkustomerapp.com/app',
            'https://acme.kustomerapp.com@evil.example/app',
            'https://user:pw@acme.kustomerapp.com/app',
            'https://acme.kustomerapp.com:8443/app',
            'http://acme.kustomerapp.com/app',
            'https://a.b.kustomerapp.com/app'
        ]) {
            expect(view(url)).toBeUndefined();
        }
    });
});

describe('timeline entries are keyed by type and id', () => {
    it('keeps a note and a message with the same id as two entries with distinct keys', () => {
        const one = (type: string, attributes: Record<string, string>) => ({
            data: [{ type, id: ID, attributes }]
        });
        const messages = withAuthors(
            normalizeMessages(
                messagesOf(one('message', { preview: 'message', sentAt: '2025-03-10T14:00:00Z' })),
                SETTINGS
            ),
            new Map()
        );
        const notes = withAuthors(
            normalizeNotes(
                notesOf(one('note', { body: 'note', createdAt: '2025-03-10T15:00:00Z' })),
                SETTINGS
            ),
            new Map()
        );
        const timeline = buildTimeline(messages, notes, {
            newestFirst: false,
            filters: ALL_FILTERS,
            query: '',
            activeMatch: 0,
            complete: true
        });
        expect(timeline.items.map((item) => item.entry.text)).toEqual(['message', 'note']);
        expect(new Set(timeline.items.map((item) => item.key)).size).toBe(2);
    });
});

describe('dates are strict ISO-8601', () => {
    it('reads Kustomer timestamps with a zone', () => {
        expect(asTime('2025-03-10T14:01:58.000Z')).toBe(Date.UTC(2025, 2, 10, 14, 1, 58));
        expect(asTime('2025-03-10T14:01:58Z')).toBe(Date.UTC(2025, 2, 10, 14, 1, 58));
        expect(asTime('2025-03-10T16:01:58+02:00')).toBe(Date.UTC(2025, 2, 10, 14, 1, 58));
        expect(asTime('2025-03-10T14:01:58.041123Z')).toBe(Date.UTC(2025, 2, 10, 14, 1, 58, 41));
    });

    it('refuses what Date.parse would guess at', () => {
        for (const value of [
            '0',
            '1',
            '2025',
            '3/10/2025',
            'March 10, 2025',
            'Mon, 10 Mar 2025 14:01:58 GMT',
            '2025-03-10',
            '2025-03-10T14:01:58',
            '2025-02-30T00:00:00Z',
            '2025-13-01T00:00:00Z',
            '2025-03-10T24:00:00Z',
            ' 2025-03-10T14:01:58Z'
        ]) {
            expect([value, asTime(value)]).toEqual([value, undefined]);
        }
    });
});
