// Real Kustomer payloads (fixtures/kustomer/real_*.json: Pipedream's recorded events, a Kustomer engineer's API
// answers) and their quirks, as fixtures and as property inputs: lastMessageOut null, {} or absent; relationship
// createdBy null; type "customers"; error.status a number with no detail; size 0 or 1 on a long message; the same
// user twice in assignedUsers; an outbound meta.from that is the support mailbox.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
    collectPeople,
    normalizeConversation,
    normalizeMessages,
    unresolvedPeople
} from 'c/kustomerConversationModel';
import { messagesOf, conversationOf, peopleOf, withAuthors } from './utils/read';

const SETTINGS = { locale: 'en-US', timeZone: 'UTC' };
const real = (name: string) =>
    JSON.parse(readFileSync(join(process.cwd(), 'fixtures', 'kustomer', name), 'utf8'));
const golden = (name: string) =>
    JSON.parse(readFileSync(join(process.cwd(), 'fixtures', 'golden', `${name}.json`), 'utf8'))
        .expect.result;
const SUPPORT = 'support@subdomain.mail.kustomerapp.com';

describe('real Kustomer payloads', () => {
    const page = real('real_messages_page.json');
    const [inbound, outbound] = withAuthors(
        normalizeMessages(messagesOf(page), SETTINGS),
        collectPeople(peopleOf(page))
    );

    it('never makes the support mailbox the author of an outbound message: the Agent label', () => {
        expect(outbound.direction).toBe('out');
        expect(outbound.author).toMatchObject({ labelKey: 'Viewer_Author_Agent' });
        expect(outbound.author.name).toBeUndefined();
        // The address stays readable in the email headers.
        expect(outbound.from).toBe(SUPPORT);
    });

    it('reads a failed send whose error has a numeric status and no detail (the title is the detail)', () => {
        expect(outbound.failed).toBe(true);
        expect(outbound.failedDetail).toMatch(/^You tried to send to recipient/);
    });

    it('treats size as advisory: 0 or 1 on a message never says "only the beginning"', () => {
        expect([inbound.truncated, outbound.truncated]).toEqual([false, false]);
    });

    it('reads "customers" relationships and an API-created inbound message (createdBy is the machine user)', () => {
        expect(inbound.direction).toBe('in');
        expect(inbound.author).toMatchObject({ labelKey: 'Viewer_Author_Customer' });
        const named = collectPeople(
            peopleOf({
                people: [
                    {
                        type: 'customers',
                        id: '5ff4bc441235167ec0261101',
                        attributes: { name: 'Ada' }
                    }
                ]
            })
        );
        const [named0] = withAuthors(normalizeMessages(messagesOf(page), SETTINGS), named);
        expect(named0.author.name).toBe('Ada');
    });

    it('lists an assignee named twice once, and asks for it once', () => {
        const result = golden('getConversation-real-payloads');
        const view = normalizeConversation(conversationOf(result), new Map());
        expect(view.assigneeIds).toEqual(['67dd47dfbc632c1804db1bf1']);
        const [request] = unresolvedPeople(result.conversation, [], new Map(), new Set());
        expect(request.userIds).toEqual(['67dd47dfbc632c1804db1bf1']);
    });

    it('reads conversations with lastMessageOut {}, null or absent and createdBy null', () => {
        for (const name of [
            'real_conversation_created.json',
            'real_conversation_unanswered.json'
        ]) {
            // getConversation's result holds Kustomer's conversation resource (data) as `conversation`.
            const view = normalizeConversation(
                conversationOf({ conversation: real(name).data }),
                new Map()
            );
            expect(view.id).toBe(real(name).data.id);
        }
        const unanswered = normalizeConversation(
            conversationOf({ conversation: real('real_conversation_unanswered.json').data }),
            new Map()
        );
        expect(unanswered.lastMessageAt).toBe(Date.parse('2021-02-13T07:27:22.857Z'));
        expect(unanswered.messageCount).toBe(2);
    });
});

/** The real outbound message with one quirk or another applied. */
const quirkyOutbound = fc
    .record({
        from: fc.constantFrom(
            SUPPORT,
            'Acme Support <support@acme.mail.kustomerapp.com>',
            [{ email: SUPPORT }],
            { email: SUPPORT, name: 'Support' },
            undefined
        ),
        createdBy: fc.constantFrom(
            null,
            {},
            { data: null },
            { data: { type: 'user', id: '67dd47dfbc632c1804db1bf1' } },
            undefined
        ),
        customerType: fc.constantFrom('customers', 'customer', 'CUSTOMER', undefined),
        errorStatus: fc.constantFrom(400, '400', null, undefined),
        size: fc.constantFrom(0, 1, 9, 10_000, -1, '12', null),
        auto: fc.boolean()
    })
    .map((quirk) => {
        const message = real('real_messages_page.json').data[1];
        const attributes = message.attributes;
        attributes.meta.from = quirk.from;
        attributes.size = quirk.size;
        attributes.auto = quirk.auto;
        attributes.error.status = quirk.errorStatus;
        if (quirk.createdBy === undefined) delete message.relationships.createdBy;
        else message.relationships.createdBy = quirk.createdBy;
        message.relationships.customer.data.type = quirk.customerType;
        return message;
    });

describe('real payload quirks as property inputs', () => {
    it('never names an outbound message after its sender address, and never throws', () => {
        fc.assert(
            fc.property(quirkyOutbound, fc.boolean(), (message, known) => {
                const people = known
                    ? collectPeople(
                          peopleOf({
                              people: [
                                  {
                                      type: 'user',
                                      id: '67dd47dfbc632c1804db1bf1',
                                      attributes: { displayName: 'Priya S.' }
                                  }
                              ]
                          })
                      )
                    : new Map();
                const [entry] = withAuthors(
                    normalizeMessages(messagesOf({ data: [message] }), SETTINGS),
                    people
                );
                const named = known && message.relationships.createdBy?.data?.id !== undefined;
                expect(entry.author.name).toBe(named ? 'Priya S.' : undefined);
                expect([undefined, 'Viewer_Author_Agent', 'Viewer_Author_Automation']).toContain(
                    entry.author.labelKey
                );
                // size is advisory: it can only ever say "longer than the preview".
                const size = Number(message.attributes.size);
                expect(entry.truncated).toBe(size > 'message...'.length + 20);
                expect(entry.failed).toBe(true);
            }),
            { numRuns: 500 }
        );
    });
});

describe('bounds in the model', () => {
    it('reads a 100,000-deep meta.from without crashing, and says when Apex left a part out', () => {
        const deep = JSON.parse('{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000));
        const page = {
            pageSize: 100,
            data: [
                {
                    type: 'message',
                    id: 'aaaaaaaaaaaaaaaaaaaaaaa1',
                    attributes: { direction: 'in', preview: 'hi', meta: { from: deep } }
                },
                {
                    type: 'message',
                    id: 'aaaaaaaaaaaaaaaaaaaaaaa2',
                    attributes: { direction: 'in', preview: 'hi' },
                    meta: { omitted: ['meta.from'] }
                }
            ]
        };
        const entries = withAuthors(normalizeMessages(messagesOf(page), SETTINGS), new Map());
        expect(entries.map((entry) => entry.partial)).toEqual([false, true]);
        expect(entries[0].text).toBe('hi');
    });

    it('keeps at most the page size asked of a page (a Kustomer that ignores pageSize)', () => {
        const data = Array.from({ length: 120 }, (_, n) => ({
            type: 'message',
            id: `a${String(n).padStart(23, '0')}`,
            attributes: { preview: `m${n}` }
        }));
        expect(
            withAuthors(normalizeMessages(messagesOf({ pageSize: 50, data }), SETTINGS), new Map())
        ).toHaveLength(50);
        expect(
            withAuthors(normalizeMessages(messagesOf({ data }), SETTINGS), new Map())
        ).toHaveLength(100);
    });
});
