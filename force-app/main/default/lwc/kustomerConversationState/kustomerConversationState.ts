// The viewer's loading skeleton and its states (not linked, not configured, rate limited, …): each with its own
// Custom Label text, a Retry, and for admins (custom permission Kustomer_Manage_Setup) the fix and a link to the
// Kustomer Setup tab.
import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import type { PageReference } from 'lightning/navigation';
import { formatLabel, presentError } from 'c/kustomerConversationModel';
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

export default class KustomerConversationState extends NavigationMixin(LightningElement) {
    /** Show the loading skeleton instead of an error. */
    @api loading = false;
    /** The failure to explain. */
    @api error?: KustomerError;
    /** The running user may fix the setup (custom permission). */
    @api isAdmin = false;
    /** Seconds until the automatic retry (rate limit), 0 for none. */
    @api retryInSeconds = 0;

    setupUrl?: string;
    skeletonRows = SKELETON_ROWS;

    get presentation(): ErrorPresentation {
        return presentError(this.error?.code ?? 'UNKNOWN');
    }

    get code(): string {
        return this.presentation.code;
    }

    get loadingText(): string {
        return label('Viewer_Loading');
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

    get askAdminText(): string {
        return label('Viewer_Ask_Admin');
    }

    get showSetupLink(): boolean {
        return this.isAdmin && this.presentation.linkToSetup && this.setupUrl !== undefined;
    }

    get setupLabel(): string {
        return label('Viewer_Open_Setup');
    }

    get retryLabel(): string {
        return label('Viewer_Retry');
    }

    connectedCallback(): void {
        if (!this.isAdmin) return;
        this[NavigationMixin.GenerateUrl](SETUP_PAGE)
            .then((url) => {
                this.setupUrl = url;
            })
            .catch(() => {
                this.setupUrl = undefined;
            });
    }

    handleSetup(event: Event): void {
        event.preventDefault();
        this[NavigationMixin.Navigate](SETUP_PAGE);
    }

    handleRetry(): void {
        this.dispatchEvent(new CustomEvent('retry'));
    }
}
