// Attachments in one click: a fresh signed link, opened inside the click when it is already here (fetched with an
// image preview, or when the pointer rested on the file), else fetched and opened while the click still counts as
// the user's, else offered as a link. Previews load by themselves where the org allows the host, never as a broken
// image.
import { createElement } from 'lwc';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import KustomerConversationAttachment from 'c/kustomerConversationAttachment';
import getAttachmentLink from '@salesforce/apex/KustomerConversationController.getAttachmentLink';
import type { AttachmentView } from 'c/kustomerConversationModel';
import { resetLinks } from '../links';

jest.mock(
    '@salesforce/apex/KustomerConversationController.getAttachmentLink',
    () => ({ default: jest.fn() }),
    {
        virtual: true
    }
);

const linkMock = jest.mocked(getAttachmentLink);
const SIGNED =
    'https://kustomer-prod1-attachments.s3.amazonaws.com/org/att/IMG_2231.jpg?X-Amz-Expires=300&X-Amz-Signature=0';
const linkResult = (url = SIGNED) => JSON.stringify({ url, fetchedAt: new Date().toISOString() });

const IMAGE: AttachmentView = {
    id: '67cef0e49c3c92b7513a91cc',
    messageId: '67cef0e4153ef1d78f3a91ca',
    name: 'IMG_2231.jpg',
    contentType: 'image/jpeg',
    size: 231204,
    sizeText: '231 kB',
    icon: 'doctype:image',
    redacted: false,
    previewable: true
};

const PDF: AttachmentView = {
    ...IMAGE,
    id: '67cef0e49c3c92b7513a91cd',
    name: 'invoice-A-48213.pdf',
    contentType: 'application/pdf',
    sizeText: '592 bytes',
    icon: 'doctype:pdf',
    previewable: false
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
const query = (element: Element, id: string) =>
    shadow(element).querySelector<HTMLElement>(`[data-id="${id}"]`);

/** Records which links the viewer opened (anchors clicked), instead of navigating jsdom. */
let opened: Array<{ href: string | null; target: string | null; rel: string | null }> = [];
let activation: { isActive: boolean } | undefined;

describe('c-kustomer-conversation-attachment', () => {
    beforeEach(() => {
        resetLinks();
        opened = [];
        activation = { isActive: true };
        jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
            this: HTMLAnchorElement
        ) {
            opened.push({
                href: this.getAttribute('href'),
                target: this.getAttribute('target'),
                rel: this.getAttribute('rel')
            });
        });
        Object.defineProperty(navigator, 'userActivation', {
            get: () => activation,
            configurable: true
        });
    });

    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.restoreAllMocks();
        jest.clearAllMocks();
        jest.useRealTimers();
        Reflect.deleteProperty(navigator, 'userActivation');
    });

    it('opens a file in one click: a fresh link, in a new tab, without an opener', async () => {
        linkMock.mockResolvedValue(linkResult());
        const element = mount(PDF);
        expect(shadow(element).textContent).toContain('invoice-A-48213.pdf');
        expect(textOfSize(element)).toBe('592 bytes');
        await expect(element).toBeAccessible();
        query(element, 'open')?.click();
        await flush();
        expect(linkMock).toHaveBeenCalledWith({
            caseId: '500000000000001AAA',
            messageId: PDF.messageId,
            attachmentId: PDF.id
        });
        expect(opened).toEqual([{ href: SIGNED, target: '_blank', rel: 'noopener noreferrer' }]);
        // No second step: the button stays the way to open it again.
        expect(query(element, 'attachment-link')).toBeNull();
        expect(query(element, 'open')).not.toBeNull();
    });

    it('opens inside the click, with no Apex call, when the link came ahead of it (pointer rested on the file)', async () => {
        jest.useFakeTimers();
        linkMock.mockResolvedValue(linkResult());
        const element = mount(PDF);
        query(element, 'attachment')?.dispatchEvent(new CustomEvent('pointerenter'));
        await jest.advanceTimersByTimeAsync(200);
        expect(linkMock).toHaveBeenCalledTimes(1);
        query(element, 'open')?.click();
        // Synchronously, inside the click: nothing awaited before the anchor is clicked.
        expect(opened).toHaveLength(1);
        expect(linkMock).toHaveBeenCalledTimes(1);
    });

    it('fetches a fresh link again once the held one is near its expiry', async () => {
        jest.useFakeTimers();
        linkMock.mockResolvedValue(linkResult());
        const element = mount(PDF);
        query(element, 'open')?.click();
        await jest.advanceTimersByTimeAsync(0);
        expect(linkMock).toHaveBeenCalledTimes(1);
        jest.setSystemTime(Date.now() + 290_000);
        query(element, 'open')?.click();
        await jest.advanceTimersByTimeAsync(0);
        expect(linkMock).toHaveBeenCalledTimes(2);
        expect(opened).toHaveLength(2);
    });

    it('offers the link itself when the browser no longer counts the click as the user’s', async () => {
        activation = { isActive: false };
        linkMock.mockResolvedValue(linkResult());
        const element = mount(PDF);
        query(element, 'open')?.click();
        await flush();
        await flush();
        expect(opened).toEqual([]);
        const link = query(element, 'attachment-link');
        expect(link?.getAttribute('href')).toBe(SIGNED);
        expect(link?.getAttribute('target')).toBe('_blank');
        expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
        expect(shadow(element).activeElement).toBe(link);
        await expect(element).toBeAccessible();
    });

    it('previews an image by itself, invisible until it has loaded', async () => {
        linkMock.mockResolvedValue(linkResult());
        const element = mount(IMAGE);
        await flush();
        await flush();
        const image = query(element, 'preview') as HTMLImageElement;
        expect(image.getAttribute('src')).toBe(SIGNED);
        expect(query(element, 'preview-link')?.className).toContain(
            'kc-attachment__preview_loading'
        );
        image.dispatchEvent(new CustomEvent('load'));
        await flush();
        expect(query(element, 'preview-link')?.className).toBe('kc-attachment__preview');
        // The preview's link is the file's: Open works at once.
        query(element, 'open')?.click();
        expect(opened).toHaveLength(1);
        expect(linkMock).toHaveBeenCalledTimes(1);
        await expect(element).toBeAccessible();
    });

    it('falls back to Open when the org blocks the image host, and stops fetching links for previews', async () => {
        linkMock.mockResolvedValue(linkResult());
        const first = mount(IMAGE);
        await flush();
        await flush();
        query(first, 'preview')?.dispatchEvent(new CustomEvent('error'));
        await flush();
        expect(shadow(first).querySelector('img')).toBeNull();
        expect(query(first, 'open')).not.toBeNull();
        mount({ ...IMAGE, id: '67cef0e49c3c92b7513a91ce' });
        await flush();
        await flush();
        expect(linkMock).toHaveBeenCalledTimes(1);
    });

    it('fetches no link for a file nobody points at', async () => {
        mount(PDF);
        await flush();
        expect(linkMock).not.toHaveBeenCalled();
    });

    it('refuses a link that is not https and offers to try again', async () => {
        linkMock.mockResolvedValue(linkResult(['java', 'script:alert(1)'].join('')));
        const element = mount(PDF);
        query(element, 'open')?.click();
        await flush();
        expect(opened).toEqual([]);
        expect(shadow(element).querySelector('[role="alert"]')).not.toBeNull();
        expect(query(element, 'open')).not.toBeNull();
    });

    it('explains a failed Apex call, and offers no Open where a new link cannot help', async () => {
        linkMock.mockRejectedValue({
            body: { message: JSON.stringify({ code: 'NOT_FOUND', message: '' }) }
        });
        const element = mount(PDF);
        query(element, 'open')?.click();
        await flush();
        expect(shadow(element).textContent).toContain('c.Viewer_Attachment_Error');
        expect(query(element, 'open')).toBeNull();
    });

    it('keeps Open after a failure a retry can fix', async () => {
        linkMock.mockRejectedValue({
            body: { message: JSON.stringify({ code: 'TIMEOUT', message: '' }) }
        });
        const element = mount(PDF);
        query(element, 'open')?.click();
        await flush();
        expect(query(element, 'open')).not.toBeNull();
    });

    it('shows a redacted attachment without any way to open it', async () => {
        const element = mount({ ...IMAGE, redacted: true, previewable: false });
        await flush();
        expect(query(element, 'open')).toBeNull();
        expect(linkMock).not.toHaveBeenCalled();
        expect(shadow(element).textContent).toContain('c.Viewer_Attachment_Redacted');
        await expect(element).toBeAccessible();
    });
});

function textOfSize(element: Element): string {
    return (query(element, 'size')?.textContent ?? '').trim();
}
