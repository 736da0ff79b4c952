// One attachment: icon, name, size, redacted state. Links expire within minutes, so a click asks Apex for a fresh
// one and then offers it as a real link (new tab, no opener): popup blockers and the mobile app would swallow a
// window.open after an await. Images are previewed from that link when the org's CSP allows the host; a blocked
// image falls back to the link alone.
import { LightningElement, api } from 'lwc';
import getAttachmentLink from '@salesforce/apex/KustomerConversationController.getAttachmentLink';
import { formatLabel, httpsUrl, isObject, parseApexError } from 'c/kustomerConversationModel';
import type { AttachmentView, KustomerError } from 'c/kustomerConversationModel';
import { label } from 'c/kustomerConversationLabels';

type LinkState = 'idle' | 'loading' | 'ready' | 'error';

function linkFrom(raw: unknown): string | undefined {
    let value: unknown = raw;
    if (typeof raw === 'string') {
        try {
            value = JSON.parse(raw);
        } catch {
            return undefined;
        }
    }
    return isObject(value) ? httpsUrl(value.url) : undefined;
}

export default class KustomerConversationAttachment extends LightningElement {
    /** The attachment as the view model describes it. */
    @api attachment?: AttachmentView;
    /** The Case the viewer shows (Apex proves the attachment belongs to its conversation). */
    @api caseId?: string;
    /** Tab order of its buttons and links: -1 while its message is not the feed's Tab stop (feedKeyboard.ts). */
    @api controlTabIndex = 0;

    state: LinkState = 'idle';
    url?: string;
    error?: KustomerError;
    imageFailed = false;
    private focusLink = false;

    get name(): string {
        return this.attachment?.name ?? '';
    }

    get icon(): string {
        return this.attachment?.icon ?? 'doctype:attachment';
    }

    get sizeText(): string {
        return this.attachment?.sizeText || label('Viewer_Attachment_Unknown_Size');
    }

    get isRedacted(): boolean {
        return this.attachment?.redacted === true;
    }

    get redactedText(): string {
        return formatLabel(label('Viewer_Attachment_Redacted_Alt'), this.name);
    }

    get redactedBadge(): string {
        return label('Viewer_Attachment_Redacted');
    }

    get isIdle(): boolean {
        return !this.isRedacted && (this.state === 'idle' || this.state === 'error');
    }

    get isLoading(): boolean {
        return this.state === 'loading';
    }

    get isReady(): boolean {
        return this.state === 'ready' && this.url !== undefined;
    }

    get hasError(): boolean {
        return this.state === 'error';
    }

    get getLinkLabel(): string {
        return formatLabel(label('Viewer_Attachment_Get_Link'), this.name);
    }

    get getLinkShort(): string {
        return label('Viewer_Attachment_Get_Link_Short');
    }

    get openShort(): string {
        return label('Viewer_Attachment_Open_Short');
    }

    get openLabel(): string {
        return formatLabel(label('Viewer_Attachment_Open'), this.name);
    }

    get loadingLabel(): string {
        return label('Viewer_Attachment_Loading');
    }

    get errorText(): string {
        return formatLabel(label('Viewer_Attachment_Error'), this.name);
    }

    get expiryText(): string {
        return label('Viewer_Attachment_Expiry');
    }

    get showPreview(): boolean {
        return this.isReady && this.attachment?.previewable === true && !this.imageFailed;
    }

    get previewAlt(): string {
        return formatLabel(label('Viewer_Attachment_Preview'), this.name);
    }

    async handleGetLink(): Promise<void> {
        const attachment = this.attachment;
        if (!attachment || !this.caseId || this.state === 'loading') return;
        this.state = 'loading';
        this.imageFailed = false;
        try {
            const raw = await getAttachmentLink({
                caseId: this.caseId,
                messageId: attachment.messageId,
                attachmentId: attachment.id
            });
            this.url = linkFrom(raw);
            this.state = this.url ? 'ready' : 'error';
            this.error = this.url
                ? undefined
                : { code: 'BAD_RESPONSE', message: 'No https link in the result.' };
            this.focusLink = this.url !== undefined;
        } catch (reason) {
            this.error = parseApexError(reason);
            this.state = 'error';
        }
    }

    handleImageError(): void {
        this.imageFailed = true;
    }

    renderedCallback(): void {
        if (!this.focusLink) return;
        this.focusLink = false;
        const link = this.template?.querySelector<HTMLAnchorElement>(
            'a[data-id="attachment-link"]'
        );
        link?.focus();
    }
}
