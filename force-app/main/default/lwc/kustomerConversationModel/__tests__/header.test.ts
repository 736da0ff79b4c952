import { describe, expect, it } from '@jest/globals';
import { headerView, readCaseFacts } from 'c/kustomerConversationModel';
import type { ConversationView } from 'c/kustomerConversationModel';

const conversation = (change: Partial<ConversationView> = {}): ConversationView => ({
    assigneeIds: [],
    assigneeNames: [],
    channels: [],
    ...change
});

const CASE = readCaseFacts({
    conversationUrl: 'https://acme.kustomerapp.com/app/conversations/67cef0e3e65f7015ca3a91c6',
    assigneeNames: 'Priya Shah; Marcus Lee',
    priority: 'Medium',
    contactName: 'Jordan Rivera',
    contactEmail: 'jordan.rivera@example.com',
    contactPhone: '+1 503 555 0142'
});

describe('headerView: facts from the Case when Kustomer cannot answer', () => {
    it('names the Case assignee, never "Unassigned", when Kustomer failed', () => {
        const view = headerView(undefined, CASE);
        expect(view.assignees).toEqual({
            key: 'Viewer_Assignees',
            args: ['Priya Shah, Marcus Lee']
        });
    });

    it('keeps the link to Kustomer from the Case', () => {
        expect(headerView(undefined, CASE).kustomerUrl).toBe(
            'https://acme.kustomerapp.com/app/conversations/67cef0e3e65f7015ca3a91c6'
        );
        expect(
            headerView(
                undefined,
                readCaseFacts({ conversationUrl: ['java', 'script:alert(1)'].join('') })
            ).kustomerUrl
        ).toBeUndefined();
    });

    it('says nothing about assignees when neither Kustomer nor the Case knows', () => {
        expect(headerView(undefined, undefined).assignees).toBeUndefined();
        expect(headerView(undefined, readCaseFacts({})).assignees).toBeUndefined();
    });

    it('says "Unassigned" only when Kustomer answered and nobody is named', () => {
        expect(headerView(conversation(), readCaseFacts({})).assignees).toEqual({
            key: 'Viewer_Unassigned',
            args: []
        });
        expect(headerView(conversation(), CASE).assignees?.key).toBe('Viewer_Assignees');
        expect(
            headerView(conversation({ assigneeNames: ['Priya S.'] }), CASE).assignees?.args
        ).toEqual(['Priya S.']);
    });
});

describe('headerView: the customer, not the subject', () => {
    it("titles the header with Kustomer's customer name, then the Case contact's", () => {
        expect(headerView(conversation({ customerName: 'Jordan R.' }), CASE).title).toBe(
            'Jordan R.'
        );
        expect(headerView(conversation({ name: 'Cracked tent pole' }), CASE).title).toBe(
            'Jordan Rivera'
        );
        expect(headerView(conversation({ name: 'Cracked tent pole' }), undefined).title).toBe(
            undefined
        );
    });

    it('shows email and phone beside the name, or uses them as the title', () => {
        expect(headerView(undefined, CASE).contacts).toEqual([
            'jordan.rivera@example.com',
            '+1 503 555 0142'
        ]);
        const emailOnly = readCaseFacts({
            suppliedEmail: 'sam@example.com',
            suppliedPhone: '+44 20'
        });
        expect(headerView(undefined, emailOnly)).toMatchObject({
            title: 'sam@example.com',
            contacts: ['+44 20']
        });
        expect(headerView(undefined, readCaseFacts({ contactMobile: '+33 6' })).title).toBe(
            '+33 6'
        );
    });
});

describe('headerView: priority', () => {
    it("uses the Case's own priority, in the org's words", () => {
        expect(headerView(conversation({ priority: 3 }), CASE).priority).toEqual({
            key: 'Viewer_Priority',
            args: ['Medium']
        });
    });

    it("says a Kustomer priority is Kustomer's 1–5 when the Case has none", () => {
        expect(headerView(conversation({ priority: 3 }), readCaseFacts({})).priority).toEqual({
            key: 'Viewer_Priority_Kustomer',
            args: ['3']
        });
        expect(headerView(conversation(), readCaseFacts({})).priority).toBeUndefined();
    });
});
