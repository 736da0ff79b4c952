// The header as an agent reads it: the customer (not the subject again), facts from the Case when Kustomer cannot
// answer, channels with their names, priority that does not contradict the Case, numbers grouped per locale.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { getRecord } from 'lightning/uiRecordApi';
import { conversationMock, messagesMock } from './utils/apexMocks';
import { allMessagesResult, auraError, conversationResult, settle } from './utils/helpers';
import { clearBody, mountViewer, root, statePanel, textOf } from './utils/mount';

/** What Lightning Data Service answers for the Case (getRecord with optionalFields). */
function caseRecord(fields: Record<string, unknown> = {}) {
    const field = (value: unknown, displayValue: string | null = null) => ({ value, displayValue });
    const values: Record<string, unknown> = {
        Conversation_URL__c:
            'https://acme.kustomerapp.com/app/conversations/67cef0e3e65f7015ca3a91c6',
        Conversation_Assignee_Name__c: 'Priya Shah',
        Priority: 'Medium',
        SuppliedPhone: null,
        ...fields
    };
    const record: Record<string, unknown> = {
        apiName: 'Case',
        id: '500000000000001AAA',
        fields: {}
    };
    for (const [name, value] of Object.entries(values)) {
        (record.fields as Record<string, unknown>)[name] =
            name === 'Contact' ? field(value) : field(value, name === 'Priority' ? 'Medium' : null);
    }
    return record;
}

const contact = (name: string, email: string, phone: string | null = null) => ({
    apiName: 'Contact',
    fields: {
        Name: { value: name, displayValue: null },
        Email: { value: email, displayValue: null },
        Phone: { value: phone, displayValue: null },
        MobilePhone: { value: null, displayValue: null }
    }
});

const header = (element: Element) =>
    root(root(element).querySelector('c-kustomer-conversation-header'));

const emitCase = (record: unknown) =>
    (getRecord as unknown as { emit(value: unknown): void }).emit(record);

describe('c-kustomer-conversation-header', () => {
    beforeEach(() => {
        conversationMock.mockResolvedValue(conversationResult());
        messagesMock.mockResolvedValue(allMessagesResult());
    });

    afterEach(() => {
        clearBody();
        jest.clearAllMocks();
    });

    it('names the customer, not the subject again, with the Case contact email beside', async () => {
        const element = mountViewer();
        await settle();
        emitCase(caseRecord({ Contact: contact('Jordan Rivera', 'jordan.rivera@example.com') }));
        await settle(1);
        const title = textOf(header(element).querySelector('[data-id="title"]'));
        expect(title).toContain('Jordan Rivera');
        expect(title).not.toContain('Cracked tent pole');
        expect(textOf(header(element).querySelector('[data-id="contacts"]'))).toBe(
            'jordan.rivera@example.com'
        );
    });

    it('shows status, priority, assignee, CSAT, count, the Kustomer link and freshness', async () => {
        const element = mountViewer();
        await settle();
        const shadow = header(element);
        expect(textOf(shadow.querySelector('[data-id="status"]'))).toBe('c.Viewer_Status_Open');
        expect(shadow.querySelector('[data-id="priority"]')).not.toBeNull();
        expect(shadow.querySelector('[data-id="csat"]')).not.toBeNull();
        expect(shadow.querySelector('[data-id="assignees"]')).not.toBeNull();
        const link = shadow.querySelector('[data-id="open-in-kustomer"]');
        expect(link?.getAttribute('href')).toBe(
            'https://acme.kustomerapp.com/app/conversations/67cef0e3e65f7015ca3a91c6'
        );
        expect(link?.getAttribute('target')).toBe('_blank');
        expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
        expect(textOf(shadow.querySelector('[data-id="freshness"]'))).toBe('c.Viewer_Updated_At');
        await expect(element).toBeAccessible();
    });

    it('shows every channel with its icon, its own colour and a visible name', async () => {
        const element = mountViewer();
        await settle();
        const chips = Array.from(header(element).querySelectorAll('[data-channel]'));
        expect(chips.map((chip) => chip.getAttribute('data-channel'))).toEqual([
            'email',
            'chat',
            'sms'
        ]);
        for (const chip of chips) {
            expect(textOf(chip)).toMatch(/^c\.Viewer_Channel_/);
            expect(chip.querySelector('lightning-icon')?.getAttribute('style')).toMatch(
                /--slds-c-icon-color-background: #[0-9a-f]{6}/
            );
        }
        const colours = chips.map((chip) =>
            chip.querySelector('lightning-icon')?.getAttribute('style')
        );
        expect(new Set(colours).size).toBe(chips.length);
    });

    it("keeps the Case's facts when Kustomer cannot answer: assignee, link, no 'Not loaded yet'", async () => {
        conversationMock.mockRejectedValue(auraError({ code: 'TIMEOUT', message: '' }));
        const element = mountViewer();
        await settle();
        emitCase(caseRecord());
        await settle(1);
        const shadow = header(element);
        expect(textOf(shadow.querySelector('[data-id="assignees"]'))).toBe('c.Viewer_Assignees');
        expect(textOf(shadow)).not.toContain('c.Viewer_Unassigned');
        expect(shadow.querySelector('[data-id="freshness"]')).toBeNull();
        expect(shadow.querySelector('[data-id="open-in-kustomer"]')?.getAttribute('href')).toBe(
            'https://acme.kustomerapp.com/app/conversations/67cef0e3e65f7015ca3a91c6'
        );
        expect(statePanel(element).querySelector('[data-id="state"]')).not.toBeNull();
    });

    it('claims nothing when neither Kustomer nor the Case answers', async () => {
        conversationMock.mockRejectedValue(auraError({ code: 'UPSTREAM', message: '' }));
        const element = mountViewer();
        await settle();
        const shadow = header(element);
        expect(shadow.querySelector('[data-id="assignees"]')).toBeNull();
        expect(shadow.querySelector('[data-id="freshness"]')).toBeNull();
        expect(textOf(shadow.querySelector('[data-id="title"]'))).toBe('c.Viewer_Title');
    });

    it("shows the Case's priority, not Kustomer's bare number beside it", async () => {
        const element = mountViewer();
        await settle();
        emitCase(caseRecord());
        await settle(1);
        const priority = header(element).querySelector('[data-id="priority"]');
        expect(textOf(priority)).toBe('c.Viewer_Priority');
        clearBody();
        const withoutCase = mountViewer();
        await settle();
        expect(textOf(header(withoutCase).querySelector('[data-id="priority"]'))).toBe(
            'c.Viewer_Priority_Kustomer'
        );
    });

    it('hides a Kustomer link that is not https', async () => {
        conversationMock.mockResolvedValue(
            conversationResult((value) => {
                value.case.conversationUrl = ['java', 'script:alert(1)'].join('');
            })
        );
        const element = mountViewer();
        await settle();
        expect(header(element).querySelector('[data-id="open-in-kustomer"]')).toBeNull();
    });
});
