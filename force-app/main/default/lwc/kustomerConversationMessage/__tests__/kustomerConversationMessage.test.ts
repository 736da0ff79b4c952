import { createElement } from 'lwc';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import KustomerConversationMessage from 'c/kustomerConversationMessage';
import {
    ALL_FILTERS,
    buildTimeline,
    normalizeMessages,
    normalizeNotes
} from 'c/kustomerConversationModel';
import type { TimelineItem } from 'c/kustomerConversationModel';
import {
    messagesOf,
    notesOf,
    withAuthors
} from '../../kustomerConversationModel/__tests__/utils/read';

jest.mock(
    '@salesforce/apex/KustomerConversationController.getAttachmentLink',
    () => ({ default: jest.fn() }),
    {
        virtual: true
    }
);

const SETTINGS = { locale: 'en-US', timeZone: 'UTC' };

function itemFor(attributes: Record<string, unknown>, query = '', activeMatch = -1): TimelineItem {
    const entries = withAuthors(
        normalizeMessages(
            messagesOf({
                data: [
                    {
                        type: 'message',
                        id: '67cef52f12ae3ad0fa3a91cd',
                        attributes: { sentAt: '2025-03-10T14:20:31Z', ...attributes }
                    }
                ]
            }),
            SETTINGS
        ),
        new Map()
    );
    return buildTimeline(entries, [], {
        newestFirst: true,
        filters: ALL_FILTERS,
        query,
        activeMatch,
        complete: true
    }).items[0];
}

function mount(item: TimelineItem) {
    const element = createElement('c-kustomer-conversation-message', {
        is: KustomerConversationMessage
    });
    Object.assign(element, { item, caseId: '500000000000001AAA', position: 1, setSize: 1 });
    const feed = document.createElement('div');
    feed.setAttribute('role', 'feed');
    feed.setAttribute('aria-label', 'Messages');
    feed.appendChild(element);
    document.body.appendChild(feed);
    return element;
}

const shadow = (element: Element) => element.shadowRoot as ShadowRoot;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

const EMAIL = {
    channel: 'email',
    direction: 'in',
    subject: 'Cracked tent pole',
    meta: {
        from: 'jordan.rivera@example.com',
        to: [{ email: 'support@acme.example' }],
        cc: ['ops@acme.example']
    },
    preview:
        'Sage, please. See https://acme.example/p\n\nOn Mon, Mar 10, 2025 at 2:20 PM Acme <support@acme.example> wrote:\n> Which colour?'
};

describe('c-kustomer-conversation-message', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('renders an inbound email: author fallback, channel, subject, headers, body with links, accessible', async () => {
        const element = mount(itemFor(EMAIL));
        const root = shadow(element);
        expect(root.querySelector('.kc-entry_in')).not.toBeNull();
        expect(root.querySelector('.kc-entry__subject')?.textContent).toContain(
            'Cracked tent pole'
        );
        expect(root.querySelector('.kc-entry__headers')?.textContent).toContain(
            'support@acme.example'
        );
        expect(root.querySelector('.kc-entry__headers')?.textContent).toContain('ops@acme.example');
        const body = root.querySelector('[data-id="body"]');
        expect(body?.textContent).toBe('Sage, please. See https://acme.example/p');
        expect(body?.querySelector('a')?.getAttribute('href')).toBe('https://acme.example/p');
        expect(root.querySelector('time')?.getAttribute('title')).toContain(
            '2025-03-10T14:20:31.000Z'
        );
        expect(element.getAttribute('role')).toBe('article');
        expect(element.getAttribute('aria-label')).toBe('c.Viewer_Message_Label');
        await expect(document.body).toBeAccessible();
    });

    it('collapses quoted history behind a toggle with aria-expanded', async () => {
        const element = mount(itemFor(EMAIL));
        const toggle = shadow(element).querySelector<HTMLElement>('[data-id="quoted-toggle"]');
        expect(toggle?.getAttribute('aria-expanded')).toBe('false');
        expect(shadow(element).querySelector('[data-id="quoted"]')).toBeNull();
        toggle?.click();
        await flush();
        expect(toggle?.getAttribute('aria-expanded')).toBe('true');
        expect(shadow(element).querySelector('[data-id="quoted"]')?.textContent).toContain(
            '> Which colour?'
        );
    });

    it('opens quoted history when it holds the current search match', async () => {
        const element = mount(itemFor(EMAIL, 'colour', 0));
        expect(
            shadow(element).querySelector('[data-id="quoted"] mark.kc-match_active')?.textContent
        ).toBe('colour');
    });

    it('marks outbound, automated and failed messages', () => {
        const element = mount(
            itemFor({
                direction: 'out',
                auto: true,
                status: 'error',
                error: { detail: 'Mailbox full' },
                preview: 'x'
            })
        );
        const root = shadow(element);
        expect(root.querySelector('.kc-entry_out.kc-entry_failed')).not.toBeNull();
        expect(root.textContent).toContain('c.Viewer_Auto_Badge');
        expect(root.textContent).toContain('c.Viewer_Failed_Badge');
        expect(root.textContent).toContain('c.Viewer_Failed_Detail');
    });

    it("shows a Follow-up cue on Kustomer's follow-up messages (directionType followup-in/-out) only", () => {
        const cue = (directionType: string) =>
            shadow(mount(itemFor({ directionType, preview: 'x' })))
                .querySelector('[data-id="follow-up"]')
                ?.textContent?.trim();
        expect(cue('followup-in')).toBe('c.Viewer_Follow_Up_Badge');
        expect(cue('followup-out')).toBe('c.Viewer_Follow_Up_Badge');
        expect(cue('response-in')).toBeUndefined();
        expect(cue('initial-out')).toBeUndefined();
    });

    it('passes a rich body only to lightning-formatted-rich-text, with its quoted part behind the toggle', async () => {
        const html = '<p>Sage <b>please</b></p><div class="gmail_quote"><p>old</p></div>';
        const element = mount(
            itemFor({ channel: 'email', htmlBody: html, preview: 'Sage please' })
        );
        const rich = shadow(element).querySelectorAll('lightning-formatted-rich-text');
        expect(rich.length).toBe(1);
        expect(rich[0]).toHaveProperty('value', '<p>Sage <b>please</b></p>');
        expect(shadow(element).querySelector('[data-id="body"]')).toBeNull();
        shadow(element).querySelector<HTMLElement>('[data-id="quoted-toggle"]')?.click();
        await flush();
        const all = shadow(element).querySelectorAll('lightning-formatted-rich-text');
        expect(all[1]).toHaveProperty('value', '<div><p>old</p></div>');
    });

    it('says when a message was redacted or the preview is cut short', () => {
        expect(shadow(mount(itemFor({ redacted: true }))).textContent).toContain(
            'c.Viewer_Redacted_Message'
        );
        expect(shadow(mount(itemFor({ preview: 'short', size: 9000 }))).textContent).toContain(
            'c.Viewer_Truncated'
        );
    });

    it('says when Apex left part of a message out (a field over its size cap)', () => {
        const item = itemFor({ preview: 'hello' });
        const partial = { ...item, entry: { ...item.entry, partial: true } };
        const root = shadow(mount(partial));
        expect(root.querySelector('[data-id="partial"]')?.textContent?.trim()).toBe(
            'c.Viewer_Part_Not_Shown'
        );
        expect(shadow(mount(item)).querySelector('[data-id="partial"]')).toBeNull();
    });

    it('says a message was redacted once, without Kustomer\'s "[redacted]" placeholder after it', () => {
        const element = mount(
            itemFor({
                redacted: true,
                channel: 'email',
                subject: 'Card details',
                preview: '[redacted]'
            })
        );
        const text = shadow(element).textContent ?? '';
        expect(text.split('c.Viewer_Redacted_Message')).toHaveLength(2);
        expect(text).not.toContain('[redacted]');
        expect(shadow(element).querySelector('[data-id="body"]')).toBeNull();
    });

    it('says "Internal note" once on a note (no channel name, no direction beside the badge)', () => {
        const notes = withAuthors(
            normalizeNotes(
                notesOf({
                    data: [
                        {
                            type: 'note',
                            id: '67cef641b9741a81843a91d6',
                            attributes: {
                                body: 'Warehouse confirmed',
                                createdAt: '2025-03-10T14:25:00Z'
                            }
                        }
                    ]
                }),
                SETTINGS
            ),
            new Map()
        );
        const item = buildTimeline([], notes, {
            newestFirst: true,
            filters: ALL_FILTERS,
            query: '',
            activeMatch: -1,
            complete: true
        }).items[0];
        const element = mount(item);
        const text = shadow(element).textContent ?? '';
        const said =
            text.split('c.Viewer_Note_Badge').length -
            1 +
            (text.split('c.Viewer_Channel_Note').length - 1);
        expect(said).toBe(1);
        expect(text).not.toContain('c.Viewer_Direction_');
    });

    it("colours a message's channel icon like the header does", () => {
        const element = mount(itemFor({ channel: 'sms', direction: 'in', preview: 'hi' }));
        expect(
            shadow(element)
                .querySelector('.kc-entry__channel lightning-icon')
                ?.getAttribute('style')
        ).toBe('--slds-c-icon-color-background: #2e844a');
    });

    it('shows the day separator on the first entry of a day', () => {
        expect(
            shadow(mount(itemFor({ preview: 'x' }))).querySelector('[data-id="day"]')?.textContent
        ).toBe('Monday, March 10, 2025');
    });
});
