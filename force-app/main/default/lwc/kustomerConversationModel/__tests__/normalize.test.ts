import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
    collectPeople,
    normalizeConversation,
    normalizeMessages,
    normalizeNotes
} from 'c/kustomerConversationModel';
import {
    CONVERSATION_RESULT,
    MESSAGES_PAGE_1
} from '../../kustomerCaseConversation/__tests__/data/fixtures';
import { messagesOf, notesOf, conversationOf, peopleOf, withAuthors } from './utils/read';

// Built at run time: a literal would trip eslint's no-script-url in a test about exactly that.
const SCRIPT = ['java', 'script:'].join('');

const SETTINGS = { locale: 'en-US', timeZone: 'America/Los_Angeles' };
const RAW = join(process.cwd(), 'fixtures', 'kustomer');
const raw = (name: string) => JSON.parse(readFileSync(join(RAW, name), 'utf8'));

describe('normalizeMessages (minimised Apex result)', () => {
    const people = collectPeople(peopleOf(MESSAGES_PAGE_1));
    const entries = withAuthors(normalizeMessages(messagesOf(MESSAGES_PAGE_1), SETTINGS), people);

    it('keeps every message in Kustomer order with direction and channel', () => {
        expect(entries.map((entry) => [entry.channel.channel, entry.direction])).toEqual([
            ['email', 'in'],
            ['email', 'out'],
            ['chat', 'in'],
            ['chat', 'out'],
            ['sms', 'in']
        ]);
    });

    it("reads Kustomer's directionType: followup-in/-out are follow-ups, anything else is not", () => {
        const page = (directionType: unknown) => ({
            data: [{ type: 'message', id: 'm1', attributes: { directionType, preview: 'x' } }]
        });
        const followUp = (directionType: unknown) =>
            withAuthors(normalizeMessages(messagesOf(page(directionType)), SETTINGS), people)[0]
                .followUp;
        expect(followUp('followup-in')).toBe(true);
        expect(followUp('FOLLOWUP-OUT')).toBe(true);
        expect(
            ['initial-in', 'response-out', 'followup', 'followup-sideways', 42, null].map(followUp)
        ).toEqual([false, false, false, false, false, false]);
        expect(
            withAuthors(
                normalizeNotes(
                    notesOf({ data: [{ type: 'note', id: 'n1', attributes: { body: 'x' } }] }),
                    SETTINGS
                ),
                people
            )[0].followUp
        ).toBe(false);
    });

    it('names authors: inbound → customer, outbound → the user who created it', () => {
        expect(entries[0].author).toMatchObject({ name: 'Jordan Rivera', initials: 'JR' });
        expect(entries[1].author).toMatchObject({
            name: 'Priya S.',
            avatarUrl: 'https://cdn.example.com/avatars/priya-shah-128.png'
        });
    });

    it('reads email headers and attachments', () => {
        expect(entries[0]).toMatchObject({
            subject: 'Cracked tent pole - order #A-48213',
            from: 'jordan.rivera@example.com',
            to: 'support@acme-outdoor.example'
        });
        expect(entries[0].attachments.map((a) => [a.name, a.icon, a.previewable])).toEqual([
            ['invoice-A-48213.pdf', 'doctype:pdf', false],
            ['IMG_2231.jpg', 'doctype:image', true]
        ]);
        expect(entries[2].from).toBeUndefined(); // chat shows no email headers
    });

    it('sends the speculative HTML body to the rich-text path only, with no text segments', () => {
        expect(entries[0].html).toContain('<b>#A-48213</b>');
        expect(entries[0].segments).toEqual([]);
        expect(entries[1].html).toBeUndefined();
        expect(entries[1].segments.map((s) => s.text).join('')).toBe(entries[1].text);
    });

    it('formats times in the given zone with the full time on hover', () => {
        expect(entries[0].timeText).toBe('7:01 AM');
        expect(entries[0].fullTimeText).toContain('2025-03-10T14:01:58.000Z');
        expect(entries[0].dayText).toBe('Monday, March 10, 2025');
    });
});

describe("Kustomer's own documents, in the results Apex builds of them (same field names)", () => {
    it('reads the messages page, conversation, notes and people', () => {
        const page = raw('messages_page2.json');
        // getPeople lists the users and the customer Kustomer returned; getConversation holds the conversation.
        const people = collectPeople(
            peopleOf({ people: [raw('user.json').data, raw('customer.json').data] })
        );
        const entries = withAuthors(normalizeMessages(messagesOf(page), SETTINGS), people);
        expect(entries.length).toBe(3);
        expect(entries.every((entry) => entry.author.name !== undefined)).toBe(true);
        const conversation = normalizeConversation(
            conversationOf({ conversation: raw('conversation.json').data }),
            people
        );
        expect(conversation).toMatchObject({
            status: 'open',
            priority: 3,
            messageCount: 8,
            assigneeNames: ['Priya S.']
        });
        const notes = withAuthors(normalizeNotes(notesOf(raw('notes.json')), SETTINGS), people);
        expect(notes[0]).toMatchObject({
            kind: 'note',
            direction: 'internal',
            author: { name: 'Priya S.' }
        });
    });
});

describe('normalizeConversation', () => {
    it('builds the header view from a ConversationResult', () => {
        const view = normalizeConversation(conversationOf(CONVERSATION_RESULT), new Map());
        expect(view).toMatchObject({
            name: 'Cracked tent pole - order #A-48213',
            status: 'open',
            priority: 3,
            messageCount: 8,
            noteCount: 1,
            csatRating: 5,
            assigneeNames: ['Priya Shah'],
            kustomerUrl: 'https://acme.kustomerapp.com/app/conversations/67cef0e3e65f7015ca3a91c6'
        });
        expect(view.channels.map((c) => c.channel)).toEqual(['email', 'chat', 'sms']);
    });

    it('drops a Kustomer link that is not https', () => {
        for (const url of [
            `${SCRIPT}alert(1)`,
            'http://acme.kustomerapp.com/x',
            'data:text/html,x',
            '//evil.example'
        ]) {
            const view = normalizeConversation(
                conversationOf({ ...CONVERSATION_RESULT, case: { conversationUrl: url } }),
                new Map()
            );
            expect(view.kustomerUrl).toBeUndefined();
        }
    });

    it('drops out-of-range priorities and negative counts', () => {
        const view = normalizeConversation(
            conversationOf({ conversation: { attributes: { priority: 9, messageCount: -3 } } }),
            new Map()
        );
        expect(view.priority).toBeUndefined();
        expect(view.messageCount).toBeUndefined();
    });
});

describe('message markers and fallbacks', () => {
    const page = (
        attributes: Record<string, unknown>,
        relationships: Record<string, unknown> = {}
    ) => ({
        data: [{ type: 'message', id: 'm1', attributes, relationships }]
    });

    it('marks automated and failed messages with the failure detail', () => {
        const [entry] = withAuthors(
            normalizeMessages(
                messagesOf(
                    page({
                        direction: 'out',
                        auto: true,
                        status: 'error',
                        error: { title: 'Bounced', detail: 'Mailbox full' },
                        preview: 'x'
                    })
                ),
                SETTINGS
            ),
            new Map()
        );
        expect(entry).toMatchObject({ auto: true, failed: true, failedDetail: 'Mailbox full' });
        expect(entry.author).toMatchObject({
            labelKey: 'Viewer_Author_Automation',
            icon: 'standard:bot'
        });
    });

    it('falls back to meta.from, then to a label', () => {
        const [named] = withAuthors(
            normalizeMessages(
                messagesOf(page({ direction: 'in', meta: { from: '"Jo R" <jo@example.com>' } })),
                SETTINGS
            ),
            new Map()
        );
        expect(named.author).toMatchObject({ name: 'Jo R', initials: 'JR' });
        const [whatsapp] = withAuthors(
            normalizeMessages(
                messagesOf(page({ direction: 'in', meta: { from: 'whatsapp:+573001112233' } })),
                SETTINGS
            ),
            new Map()
        );
        expect(whatsapp.author.name).toBe('+573001112233');
        const [nobody] = withAuthors(
            normalizeMessages(messagesOf(page({ direction: 'in' })), SETTINGS),
            new Map()
        );
        expect(nobody.author).toMatchObject({
            labelKey: 'Viewer_Author_Customer',
            icon: 'standard:person_account'
        });
    });

    it('derives direction from directionType when direction is missing', () => {
        const [entry] = withAuthors(
            normalizeMessages(messagesOf(page({ directionType: 'followup-out' })), SETTINGS),
            new Map()
        );
        expect(entry.direction).toBe('out');
    });

    it('marks a preview shorter than the message as truncated', () => {
        const [entry] = withAuthors(
            normalizeMessages(messagesOf(page({ preview: 'short', size: 5000 })), SETTINGS),
            new Map()
        );
        expect(entry.truncated).toBe(true);
    });

    it('shows attachments named by the message but missing from included', () => {
        const [entry] = withAuthors(
            normalizeMessages(
                messagesOf(page({ preview: 'x' }, { attachments: { data: [{ id: 'a1' }] } })),
                SETTINGS
            ),
            new Map()
        );
        expect(entry.attachments).toMatchObject([
            { id: 'a1', name: 'a1', icon: 'doctype:attachment' }
        ]);
    });

    it('escapes a plain-text body before it becomes rich text', () => {
        const [entry] = withAuthors(
            normalizeMessages(messagesOf(page({ body: 'a < b & c\nnext' })), SETTINGS),
            new Map()
        );
        expect(entry.html).toBe('a &lt; b &amp; c<br>next');
    });

    it('never turns a redacted message body into HTML', () => {
        const [entry] = withAuthors(
            normalizeMessages(
                messagesOf(page({ redacted: true, htmlBody: '<b>secret</b>' })),
                SETTINGS
            ),
            new Map()
        );
        expect(entry.html).toBeUndefined();
        expect(entry.redacted).toBe(true);
    });

    it('skips resources of other types and without ids', () => {
        expect(
            withAuthors(
                normalizeMessages(
                    messagesOf({
                        data: [{ type: 'note', id: 'n' }, { type: 'message' }, 'x', null]
                    }),
                    SETTINGS
                ),
                new Map()
            )
        ).toEqual([]);
    });
});
