// The viewer's loading skeleton and its states (not linked, not configured, rate limited, …). Each state has its own
// Custom Label text; users read whom to ask, admins (custom permission Kustomer_Manage_Setup) read the fix instead,
// with a link to the Kustomer Setup tab. Retry only where it can help; "Copy details" for a support request. A load
// that takes longer than a few seconds says it is still waiting instead of shimmering silently.
import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import type { PageReference } from 'lightning/navigation';
import { formatLabel, presentError, supportDetails } from 'c/kustomerConversationModel';
import type { ErrorPresentation, KustomerError } from 'c/kustomerConversationModel';
import { label } from 'c/kustomerConversationLabels';

const SETUP_PAGE: PageReference = {
    type: 'standard__navItemPage',
    attributes: { apiName: 'Kustomer_Setup' }
};
const SKELETON_ROWS = [
    { key: 'a', className: 'kc-skeleton__row kc-skeleton__row_in' },
    { key: 'b', className: 'kc-skeleton__row kc-skeleton__row_out' },
    { key: 'c', className: 'kc-skeleton__row kc-skeleton__row_in' }
];
/** After this long, the skeleton says it is still waiting (a first view usually takes under a second). */
export const SLOW_AFTER_MS = 4000;

type CopyState = 'idle' | 'copied' | 'manual';

export default class KustomerConversationState extends NavigationMixin(LightningElement) {
    /** Show the loading skeleton instead of an error. */
    @api loading = false;
    /** The failure to explain. */
    @api error?: KustomerError;
    /** The running user may fix the setup (custom permission). */
    @api isAdmin = false;
    /** Seconds until the automatic retry (rate limit), 0 for none. */
    @api retryInSeconds = 0;
    /** The Case, for "Copy details". */
    @api caseId?: string;
    /** When the failure happened (ms since the epoch), for "Copy details". */
    @api errorAt?: number;

    setupUrl?: string;
    skeletonRows = SKELETON_ROWS;
    slow = false;
    copyState: CopyState = 'idle';
    private slowTimer?: ReturnType<typeof setTimeout>;
    private selectDetails = false;

    get presentation(): ErrorPresentation {
        return presentError(this.error?.code ?? 'UNKNOWN', this.error?.reason);
    }

    get code(): string {
        return this.presentation.code;
    }

    get reason(): string | undefined {
        return this.error?.reason;
    }

    get loadingText(): string {
        return label('Viewer_Loading');
    }

    get slowText(): string {
        return label('Viewer_Still_Waiting');
    }

    get panelClass(): string {
        return `kc-state slds-box kc-state_${this.presentation.variant}`;
    }

    get icon(): string {
        return this.presentation.icon;
    }

    get iconVariant(): string {
        const variant = this.presentation.variant;
        return variant === 'info' ? '' : variant;
    }

    get title(): string {
        return label(this.presentation.titleKey);
    }

    get userText(): string {
        return label(this.presentation.userKey);
    }

    /** Users only: admins get the fix itself, not a request to ask themselves. */
    get askText(): string | undefined {
        const key = this.presentation.askKey;
        return key && !this.isAdmin ? label(key) : undefined;
    }

    get adminText(): string {
        return label(this.presentation.adminKey);
    }

    get adminHeading(): string {
        return label('Viewer_Admin_Fix');
    }

    get missingRoleText(): string | undefined {
        const role = this.error?.missingRole;
        return role ? formatLabel(label('Viewer_Missing_Role'), role) : undefined;
    }

    get rateWaitText(): string | undefined {
        const wait = this.error?.retryAfterSeconds;
        return this.error?.code === 'RATE_LIMITED' && wait
            ? formatLabel(label('Viewer_Rate_Wait'), wait)
            : undefined;
    }

    get retryCountdown(): string | undefined {
        return this.retryInSeconds > 0
            ? formatLabel(label('Viewer_Retry_In'), this.retryInSeconds)
            : undefined;
    }

    get technicalText(): string | undefined {
        const message = this.error?.message;
        return this.isAdmin && message
            ? formatLabel(label('Viewer_Technical_Details'), message)
            : undefined;
    }

    get showSetupLink(): boolean {
        return this.isAdmin && this.presentation.linkToSetup && this.setupUrl !== undefined;
    }

    get setupLabel(): string {
        return label('Viewer_Open_Setup');
    }

    get retryable(): boolean {
        return this.presentation.retryable;
    }

    get retryLabel(): string {
        return label('Viewer_Retry');
    }

    /** An unlinked Case is not a failure: nothing to report. */
    get canCopy(): boolean {
        return this.presentation.variant !== 'info';
    }

    get copyLabel(): string {
        return label('Viewer_Copy_Details');
    }

    get copyStatus(): string {
        return this.copyState === 'copied' ? label('Viewer_Copy_Details_Done') : '';
    }

    get showDetailsText(): boolean {
        return this.copyState === 'manual';
    }

    get detailsLabel(): string {
        return label('Viewer_Copy_Details_Manual');
    }

    get detailsText(): string {
        return supportDetails(this.error ?? { code: 'UNKNOWN', message: '' }, {
            caseId: this.caseId,
            at: this.errorAt ?? Date.now(),
            includeMessage: this.isAdmin
        });
    }

    connectedCallback(): void {
        if (this.loading) {
            // eslint-disable-next-line @lwc/lwc/no-async-operation -- the "still waiting" hint is a timer by nature
            this.slowTimer = setTimeout(() => {
                this.slow = true;
            }, SLOW_AFTER_MS);
        }
        if (!this.isAdmin) return;
        this[NavigationMixin.GenerateUrl](SETUP_PAGE)
            .then((url) => {
                this.setupUrl = url;
            })
            .catch(() => {
                this.setupUrl = undefined;
            });
    }

    disconnectedCallback(): void {
        if (this.slowTimer !== undefined) clearTimeout(this.slowTimer);
    }

    renderedCallback(): void {
        if (!this.selectDetails) return;
        this.selectDetails = false;
        const box = this.template?.querySelector<HTMLTextAreaElement>('[data-id="details-text"]');
        if (!box) return;
        // A template cannot bind a textarea's value: set it here, then select it for Ctrl+C.
        box.value = this.detailsText;
        box.focus();
        box.select();
    }

    handleSetup(event: Event): void {
        event.preventDefault();
        this[NavigationMixin.Navigate](SETUP_PAGE);
    }

    handleRetry(): void {
        this.dispatchEvent(new CustomEvent('retry'));
    }

    /** Copies the details; where the browser refuses (no clipboard API, no permission), shows them selected. */
    async handleCopy(): Promise<void> {
        const text = this.detailsText;
        try {
            const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
            if (!clipboard) throw new Error('no clipboard');
            await clipboard.writeText(text);
            this.copyState = 'copied';
        } catch {
            this.copyState = 'manual';
            this.selectDetails = true;
        }
    }
}
