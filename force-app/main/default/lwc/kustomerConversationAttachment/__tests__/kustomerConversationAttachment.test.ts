import { createElement } from 'lwc';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import KustomerConversationAttachment from 'c/kustomerConversationAttachment';
import getAttachmentLink from '@salesforce/apex/KustomerConversationController.getAttachmentLink';
import type { AttachmentView } from 'c/kustomerConversationModel';

jest.mock(
    '@salesforce/apex/KustomerConversationController.getAttachmentLink',
    () => ({ default: jest.fn() }),
    {
        virtual: true
    }
);

const linkMock = jest.mocked(getAttachmentLink);
const SIGNED =
    'https://kustomer-prod1-attachments.s3.amazonaws.com/org/att/IMG_2231.jpg?X-Amz-Signature=0';

const IMAGE: AttachmentView = {
    id: '67cef0e49c3c92b7513a91cc',
    messageId: '67cef0e4153ef1d78f3a91ca',
    name: 'IMG_2231.jpg',
    contentType: 'image/jpeg',
    size: 231204,
    sizeText: '226 kB',
    icon: 'doctype:image',
    redacted: false,
    previewable: true
};

function mount(attachment: AttachmentView = IMAGE) {
    const element = createElement('c-kustomer-conversation-attachment', {
        is: KustomerConversationAttachment
    });
    Object.assign(element, { attachment, caseId: '500000000000001AAA' });
    document.body.appendChild(element);
    return element;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const shadow = (element: Element) => element.shadowRoot as ShadowRoot;

describe('c-kustomer-conversation-attachment', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    it('shows name, size and a button that asks Apex for a fresh link, then a real link', async () => {
        linkMock.mockResolvedValue(
            JSON.stringify({ url: SIGNED, fetchedAt: '2025-03-12T10:39:00.000Z' })
        );
        const element = mount();
        expect(shadow(element).textContent).toContain('IMG_2231.jpg');
        expect(shadow(element).textContent).toContain('226 kB');
        expect(shadow(element).querySelector('a')).toBeNull();
        await expect(element).toBeAccessible();
        shadow(element).querySelector<HTMLElement>('[data-id="get-link"]')?.click();
        await flush();
        expect(linkMock).toHaveBeenCalledWith({
            caseId: '500000000000001AAA',
            messageId: IMAGE.messageId,
            attachmentId: IMAGE.id
        });
        const link = shadow(element).querySelector('[data-id="attachment-link"]');
        expect(link?.getAttribute('href')).toBe(SIGNED);
        expect(link?.getAttribute('target')).toBe('_blank');
        expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
        expect(shadow(element).querySelector('img')?.getAttribute('src')).toBe(SIGNED);
        await expect(element).toBeAccessible();
    });

    it('falls back to the link when the image is blocked (CSP) or broken', async () => {
        linkMock.mockResolvedValue(JSON.stringify({ url: SIGNED, fetchedAt: '' }));
        const element = mount();
        shadow(element).querySelector<HTMLElement>('[data-id="get-link"]')?.click();
        await flush();
        shadow(element).querySelector('img')?.dispatchEvent(new CustomEvent('error'));
        await flush();
        expect(shadow(element).querySelector('img')).toBeNull();
        expect(shadow(element).querySelector('[data-id="attachment-link"]')).not.toBeNull();
    });

    it('previews images only', async () => {
        linkMock.mockResolvedValue(JSON.stringify({ url: SIGNED, fetchedAt: '' }));
        const element = mount({
            ...IMAGE,
            name: 'invoice.pdf',
            contentType: 'application/pdf',
            previewable: false
        });
        shadow(element).querySelector<HTMLElement>('[data-id="get-link"]')?.click();
        await flush();
        expect(shadow(element).querySelector('img')).toBeNull();
    });

    it('refuses a link that is not https and offers to try again', async () => {
        linkMock.mockResolvedValue(
            JSON.stringify({ url: ['java', 'script:alert(1)'].join(''), fetchedAt: '' })
        );
        const element = mount();
        shadow(element).querySelector<HTMLElement>('[data-id="get-link"]')?.click();
        await flush();
        expect(shadow(element).querySelector('a')).toBeNull();
        expect(shadow(element).querySelector('[role="alert"]')).not.toBeNull();
        expect(shadow(element).querySelector('[data-id="get-link"]')).not.toBeNull();
    });

    it('explains a failed Apex call and keeps the button', async () => {
        linkMock.mockRejectedValue({
            body: { message: JSON.stringify({ code: 'NOT_FOUND', message: '' }) }
        });
        const element = mount();
        shadow(element).querySelector<HTMLElement>('[data-id="get-link"]')?.click();
        await flush();
        expect(shadow(element).textContent).toContain('c.Viewer_Attachment_Error');
        expect(shadow(element).querySelector('[data-id="get-link"]')).not.toBeNull();
    });

    it('shows a redacted attachment without any way to open it', async () => {
        const element = mount({ ...IMAGE, redacted: true, previewable: false });
        expect(shadow(element).querySelector('[data-id="get-link"]')).toBeNull();
        expect(shadow(element).textContent).toContain('c.Viewer_Attachment_Redacted');
        await expect(element).toBeAccessible();
    });
});
