// "Load earlier messages" with "N of M messages", its progress and its failure (with Retry). The viewer owns the
// loading; this only shows where the history stands and asks for more.
import { LightningElement, api } from 'lwc';
import { formatLabel, presentError } from 'c/kustomerConversationModel';
import type { KustomerError } from 'c/kustomerConversationModel';
import { label } from 'c/kustomerConversationLabels';

export default class KustomerConversationPager extends LightningElement {
    /** Messages loaded so far. */
    @api loadedCount = 0;
    /** Messages in the conversation when the pages prove it (never Kustomer's bare messageCount). */
    @api totalCount?: number;
    /** An older page exists. */
    @api canLoad = false;
    /** An older page is loading. */
    @api loading = false;
    /** The last older page failed. */
    @api error?: KustomerError;
    /** Older messages appear above (chat order) rather than below. */
    @api above = false;

    get containerClass(): string {
        return this.above ? 'kc-pager kc-pager_above' : 'kc-pager';
    }

    get shownText(): string {
        return this.totalCount === undefined
            ? formatLabel(label('Viewer_Loaded_Count'), this.loadedCount)
            : formatLabel(label('Viewer_Shown_Of'), this.loadedCount, this.totalCount);
    }

    get showButton(): boolean {
        return this.canLoad && !this.error;
    }

    get buttonLabel(): string {
        return label(this.totalCount === undefined ? 'Viewer_Load_More' : 'Viewer_Load_Earlier');
    }

    get buttonIcon(): string {
        return this.above ? 'utility:arrowup' : 'utility:arrowdown';
    }

    get loadingText(): string {
        return label('Viewer_Loading_Older');
    }

    get errorText(): string | undefined {
        if (!this.error) return undefined;
        return `${label('Viewer_Older_Error')} ${label(presentError(this.error.code).userKey)}`;
    }

    get retryLabel(): string {
        return label('Viewer_Retry');
    }

    handleLoad(): void {
        if (!this.loading) this.dispatchEvent(new CustomEvent('loadolder'));
    }
}
