// One attachment: icon, name, size (per locale), redacted state, and "Open" in one click. Links are signed and
// short-lived, so they are fetched fresh, and ahead of the click where that is cheap: an image's link comes with its
// preview, any file's when the pointer rests on it or it gets focus. A click with a fresh link in hand opens it
// inside the click (no popup blocker objects); otherwise the link is fetched and opened while the browser still
// counts the click as the user's (navigator.userActivation), else offered as a link to click. Links open in a new
// tab without an opener. Lightning Web Security hands window.open callers a stand-in window that cannot be
// navigated, so opening goes through a real anchor. Image previews load only where the org trusts the host
// (CSP): a preview stays invisible until it has loaded, and the first one that fails stops them for the page.
import { LightningElement, api } from 'lwc';
import { formatLabel, presentError } from 'c/kustomerConversationModel';
import type { AttachmentView, KustomerError } from 'c/kustomerConversationModel';
import { label } from 'c/kustomerConversationLabels';
import { blockPreviews, freshLink, isFetching, previewsAllowed, requestLink } from './links';
import type { LinkRef } from './links';

type OpenState = 'idle' | 'loading' | 'ready' | 'error';

/** Resting the pointer this long on a file fetches its link (a pass over the list does not). */
const HOVER_MS = 150;
/** Without navigator.userActivation, a link that arrives within this long still opens from the click. */
const ACTIVATION_FALLBACK_MS = 1000;

export default class KustomerConversationAttachment extends LightningElement {
    /** The attachment as the view model describes it. */
    @api attachment?: AttachmentView;
    /** The Case the viewer shows (Apex proves the attachment belongs to its conversation). */
    @api caseId?: string;
    /** Tab order of its buttons and links: -1 while its message is not the feed's Tab stop (feedKeyboard.ts). */
    @api controlTabIndex = 0;

    state: OpenState = 'idle';
    error?: KustomerError;
    /** The link the hidden launcher (and the fallback link) points to. */
    url?: string;
    previewUrl?: string;
    previewLoaded = false;
    private focusLink = false;
    private hoverTimer?: ReturnType<typeof setTimeout>;
    private observer?: IntersectionObserver;
    private previewAsked = false;

    get ref(): LinkRef | undefined {
        const attachment = this.attachment;
        return attachment && this.caseId
            ? { caseId: this.caseId, messageId: attachment.messageId, attachmentId: attachment.id }
            : undefined;
    }

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

    /** Open stays offered unless the file is redacted or a fresh link cannot help (403, 404…). */
    get canOpen(): boolean {
        if (this.isRedacted || this.state === 'ready') return false;
        return this.state !== 'error' || !this.error || presentError(this.error.code).retryable;
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
        return this.previewUrl !== undefined;
    }

    /** Invisible until loaded: a blocked or broken image never shows as a broken icon. */
    get previewClass(): string {
        return this.previewLoaded
            ? 'kc-attachment__preview'
            : 'kc-attachment__preview kc-attachment__preview_loading';
    }

    get previewAlt(): string {
        return formatLabel(label('Viewer_Attachment_Preview'), this.name);
    }

    // ---- lifecycle: previews where the org allows them ----

    renderedCallback(): void {
        if (this.focusLink) {
            this.focusLink = false;
            this.template
                ?.querySelector<HTMLAnchorElement>('a[data-id="attachment-link"]')
                ?.focus();
        }
        if (this.previewAsked || !this.wantsPreview()) return;
        this.previewAsked = true;
        // Only attachments on (or near) the screen fetch a link for their preview.
        // requestLink() settles to an outcome and never rejects, so these run detached.
        if (typeof IntersectionObserver === 'undefined') {
            void this.loadPreview();
            return;
        }
        this.observer = new IntersectionObserver(
            (records) => {
                if (!records.some((record) => record.isIntersecting)) return;
                this.observer?.disconnect();
                void this.loadPreview();
            },
            { rootMargin: '200px' }
        );
        const host = this.template?.host;
        if (host) this.observer.observe(host);
    }

    disconnectedCallback(): void {
        this.observer?.disconnect();
        if (this.hoverTimer !== undefined) clearTimeout(this.hoverTimer);
    }

    private wantsPreview(): boolean {
        return (
            this.attachment?.previewable === true &&
            !this.isRedacted &&
            this.ref !== undefined &&
            previewsAllowed()
        );
    }

    private async loadPreview(): Promise<void> {
        const ref = this.ref;
        if (!ref || !this.wantsPreview()) return;
        const outcome = await requestLink(ref);
        if (outcome.ok && previewsAllowed()) this.previewUrl = outcome.url;
    }

    handleImageLoad(): void {
        this.previewLoaded = true;
    }

    handleImageError(): void {
        this.previewUrl = undefined;
        this.previewLoaded = false;
        blockPreviews();
    }

    // ---- intent: fetch the link before the click ----

    handlePointerEnter(): void {
        if (this.hoverTimer !== undefined) clearTimeout(this.hoverTimer);
        // eslint-disable-next-line @lwc/lwc/no-async-operation -- a short dwell before spending a Kustomer call
        this.hoverTimer = setTimeout(() => this.prefetch(), HOVER_MS);
    }

    handlePointerLeave(): void {
        if (this.hoverTimer !== undefined) clearTimeout(this.hoverTimer);
    }

    handleFocusIn(): void {
        this.prefetch();
    }

    private prefetch(): void {
        const ref = this.ref;
        if (!ref || this.isRedacted || freshLink(ref) || isFetching(ref)) return;
        // Failures stay quiet here: the click asks again and says what went wrong.
        void requestLink(ref);
    }

    // ---- one click ----

    async handleOpen(): Promise<void> {
        const ref = this.ref;
        if (!ref || this.isRedacted || this.state === 'loading') return;
        const fresh = freshLink(ref);
        if (fresh) {
            this.launch(fresh);
            return;
        }
        const started = Date.now();
        this.state = 'loading';
        this.error = undefined;
        const outcome = await requestLink(ref);
        if (!outcome.ok) {
            this.state = 'error';
            this.error = outcome.error;
            return;
        }
        this.url = outcome.url;
        if (stillUserActivated(started)) {
            this.state = 'idle';
            this.launch(outcome.url);
        } else {
            // The browser no longer counts this as the click: offer the link itself, focused.
            this.state = 'ready';
            this.focusLink = true;
        }
    }

    /** A preview whose link has expired opens through a fresh one instead. */
    handlePreviewClick(event: Event): void {
        const ref = this.ref;
        if (ref && this.previewUrl && freshLink(ref) === this.previewUrl) return;
        event.preventDefault();
        void this.handleOpen();
    }

    /** Opens the link in a new tab, without an opener, through the template's own anchor. */
    private launch(url: string): void {
        this.url = url;
        const anchor = this.template?.querySelector<HTMLAnchorElement>('a[data-id="launcher"]');
        if (!anchor) return;
        // The template has not re-rendered yet: point the anchor at the link now, inside the click.
        if (anchor.getAttribute('href') !== url) anchor.setAttribute('href', url);
        anchor.click();
    }
}

function stillUserActivated(started: number): boolean {
    const activation = typeof navigator === 'undefined' ? undefined : navigator.userActivation;
    return activation ? activation.isActive : Date.now() - started < ACTIVATION_FALLBACK_MS;
}
