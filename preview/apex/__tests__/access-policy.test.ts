// Issue 12, hostile users: what the stand-in of the Apex layer returns depends on who asks. NO_ACCESS says why,
// a padded conversation id is refused (not trimmed), internal notes need Kustomer_View_Notes (enforced here, not
// only hidden by the component), Kustomer's own error text reaches only users with Kustomer_Manage_Setup, and an
// attachment link needs Kustomer to name both the attachment and its message.
import { describe, expect, it } from '@jest/globals';
import {
    createApexStandIn,
    isAuraLikeError,
    type StandInOptions,
    type TransportResponse
} from '../index.ts';
import { fixture, ok, routes } from './utils/routes.ts';

const CASE_ID = '5005e00000AbCdEAAV';
const CONV = '67cef0e3e65f7015ca3a91c6';
const MESSAGE = '67cef0e4153ef1d78f3a91ca';
const ATTACHMENT = '67cef0e4734035f6f13a91cb';
const KUSTOMER_TEXT = 'Kustomer says: internal shard eu-7 unavailable';
const failing: TransportResponse = {
    status: 500,
    headers: {},
    bodyText: JSON.stringify({ errors: [{ status: '500', detail: KUSTOMER_TEXT }] })
};

function standIn(
    options: Partial<StandInOptions> = {},
    table: Record<string, TransportResponse> = {}
) {
    const seen: string[] = [];
    const apex = createApexStandIn({
        transport: routes(table, seen),
        cases: new Map([[CASE_ID, { access: 'OK' as const, conversationId: CONV }]]),
        ...options
    });
    return { apex, seen };
}

async function errorOf(promise: Promise<unknown>): Promise<Record<string, unknown>> {
    try {
        await promise;
    } catch (error) {
        if (isAuraLikeError(error)) return JSON.parse(error.body.message);
        throw error;
    }
    throw new Error('resolved');
}

const conversationParams = { caseId: CASE_ID, includeNotes: true, forceRefresh: false };

describe('NO_ACCESS says why', () => {
    it('is RECORD when the user cannot read the Case, FIELDS when not the Kustomer fields', async () => {
        const record = standIn({ cases: new Map([[CASE_ID, { access: 'NO_RECORD' as const }]]) });
        expect(
            await errorOf(record.apex.invoke('getConversation', conversationParams))
        ).toMatchObject({ code: 'NO_ACCESS', reason: 'RECORD' });
        const unknown = standIn({ cases: new Map() });
        expect(
            await errorOf(unknown.apex.invoke('getConversation', conversationParams))
        ).toMatchObject({ code: 'NO_ACCESS', reason: 'RECORD' });
        const fields = standIn({
            cases: new Map([
                [CASE_ID, { access: 'NO_FIELD_ACCESS' as const, conversationId: CONV }]
            ])
        });
        expect(
            await errorOf(fields.apex.invoke('getConversation', conversationParams))
        ).toMatchObject({ code: 'NO_ACCESS', reason: 'FIELDS' });
        expect(record.seen.length + unknown.seen.length + fields.seen.length).toBe(0);
    });
});

describe('the conversation id is read as stored', () => {
    it('refuses ids with surrounding whitespace instead of trimming them', async () => {
        for (const padded of [` ${CONV}`, `${CONV} `, `${CONV}\u00a0`, `\t${CONV}\n`]) {
            const { apex, seen } = standIn({
                cases: new Map([[CASE_ID, { access: 'OK' as const, conversationId: padded }]])
            });
            expect(await errorOf(apex.invoke('getConversation', conversationParams))).toMatchObject(
                {
                    code: 'INVALID_ID'
                }
            );
            expect(seen).toEqual([]);
        }
    });
});

describe('internal notes need Kustomer_View_Notes', () => {
    const table = {
        [`/v1/conversations/${CONV}`]: ok(fixture('conversation.json')),
        [`/v1/conversations/${CONV}/notes?page=1&pageSize=100`]: ok(fixture('notes.json')),
        [`/v1/conversations/${CONV}/notes?page=2&pageSize=100`]: ok(fixture('notes_page2.json')),
        [`/v1/conversations/${CONV}/messages?page=1&pageSize=5&include=attachments`]: ok(
            fixture('messages_page1.json')
        )
    };
    const noNotes = { user: { permissions: [] } };

    it('gives viewers notes by default', async () => {
        const { apex } = standIn({}, table);
        expect(JSON.parse(await apex.invoke('getConversation', conversationParams))).toHaveProperty(
            'notes.status',
            'OK'
        );
    });

    it('leaves notes out of getConversation and getMessages for users without it, whatever they ask', async () => {
        const { apex, seen } = standIn(noNotes, table);
        const conversation = JSON.parse(await apex.invoke('getConversation', conversationParams));
        expect(conversation).not.toHaveProperty('notes');
        const messagesApex = standIn(noNotes, table);
        await messagesApex.apex.invoke('getMessages', {
            caseId: CASE_ID,
            page: 1,
            pageSize: 5,
            includeNotes: true,
            forceRefresh: false
        });
        expect([...seen, ...messagesApex.seen].filter((path) => path.includes('/notes'))).toEqual(
            []
        );
    });

    it('refuses getNotes to users without it, before any callout', async () => {
        const { apex, seen } = standIn(noNotes, table);
        expect(
            await errorOf(
                apex.invoke('getNotes', { caseId: CASE_ID, page: 2, forceRefresh: false })
            )
        ).toMatchObject({ code: 'NO_ACCESS' });
        expect(seen).toEqual([]);
    });
});

describe("Kustomer's error text reaches only users with Kustomer_Manage_Setup", () => {
    const table = {
        [`/v1/conversations/${CONV}`]: ok(fixture('conversation.json')),
        [`/v1/conversations/${CONV}/notes?page=1&pageSize=100`]: failing
    };

    it('keeps it from viewers, in thrown errors and in errors inside results', async () => {
        const thrown = standIn({}, {});
        const error = await errorOf(thrown.apex.invoke('getConversation', conversationParams));
        expect(error).toMatchObject({ code: 'NOT_FOUND', httpStatus: 404 });
        const inside = standIn({}, table);
        const json = await inside.apex.invoke('getConversation', conversationParams);
        expect(JSON.parse(json)).toHaveProperty('notes.status', 'ERROR');
        const upstream = standIn({}, { [`/v1/conversations/${CONV}`]: failing });
        const failed = await errorOf(upstream.apex.invoke('getConversation', conversationParams));
        expect(failed).toMatchObject({ code: 'UPSTREAM', httpStatus: 500 });
        for (const text of [JSON.stringify(error), json, JSON.stringify(failed)]) {
            expect(text).not.toContain('Kustomer says');
            expect(text).not.toContain('Resource not found');
        }
    });

    it('shows it to admins', async () => {
        const admin = { user: { permissions: ['Kustomer_View_Notes', 'Kustomer_Manage_Setup'] } };
        const { apex } = standIn(admin, { [`/v1/conversations/${CONV}`]: failing });
        expect(
            JSON.stringify(await errorOf(apex.invoke('getConversation', conversationParams)))
        ).toContain(KUSTOMER_TEXT);
        const inside = standIn(admin, table);
        expect(await inside.apex.invoke('getConversation', conversationParams)).toContain(
            KUSTOMER_TEXT
        );
    });
});

describe('attachment links fail closed', () => {
    const message = ok(fixture('message.json'));
    const attachment = JSON.parse(fixture('attachment.json'));
    const link = (data: Record<string, unknown>) =>
        standIn(
            {},
            {
                [`/v1/messages/${MESSAGE}`]: message,
                [`/v1/messages/${MESSAGE}/attachments/${ATTACHMENT}`]: ok(JSON.stringify({ data }))
            }
        ).apex.invoke('getAttachmentLink', {
            caseId: CASE_ID,
            messageId: MESSAGE,
            attachmentId: ATTACHMENT
        });

    it('gives the link when Kustomer names the attachment and its message', async () => {
        expect(JSON.parse(await link(attachment.data))).toHaveProperty('url');
    });

    it('refuses an answer without data.id', async () => {
        const { id: _id, ...withoutId } = attachment.data;
        expect(await errorOf(link(withoutId))).toMatchObject({ code: 'BAD_RESPONSE' });
    });

    it('refuses an answer without relationships.message', async () => {
        const { relationships: _relationships, ...withoutMessage } = attachment.data;
        expect(await errorOf(link(withoutMessage))).toMatchObject({ code: 'BAD_RESPONSE' });
        expect(
            await errorOf(link({ ...attachment.data, relationships: { message: { data: null } } }))
        ).toMatchObject({ code: 'BAD_RESPONSE' });
    });
});
