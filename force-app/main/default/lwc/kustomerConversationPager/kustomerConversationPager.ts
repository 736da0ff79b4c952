// "Load earlier messages" with "N of M messages", its progress and its failure (with Retry). The viewer owns the
// loading; this only shows where the history stands and asks for more.
import { LightningElement, api } from 'lwc';
import { formatCount, formatLabel, presentError } from 'c/kustomerConversationModel';
import type { KustomerError } from 'c/kustomerConversationModel';
import { label } from 'c/kustomerConversationLabels';
import locale from '@salesforce/i18n/locale';

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

    /** The count sits below the feed; above it (oldest first) there is only the button. */
    get showCount(): boolean {
        return !this.above;
    }

    get containerClass(): string {
        return this.above ? 'kc-pager kc-pager_above' : 'kc-pager';
    }

    get shownText(): string {
        const loaded = formatCount(this.loadedCount, locale);
        return this.totalCount === undefined
            ? formatLabel(label('Viewer_Loaded_Count'), loaded)
            : formatLabel(
                  label('Viewer_Shown_Of'),
                  loaded,
                  formatCount(Math.max(this.totalCount, this.loadedCount), locale)
              );
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

    /**
     * Focus for Ctrl+End/Home out of the feed: the button (or Retry), else the count (focusable by script only).
     * Returns whether anything took focus.
     */
    @api
    focusFirst(): boolean {
        const target = ['load-older', 'older-retry', 'shown-count']
            .map((id) => this.template?.querySelector<HTMLElement>(`[data-id="${id}"]`))
            .find((element) => element !== null && element !== undefined);
        target?.focus();
        return target !== null && target !== undefined;
    }

    /** Not disabled while loading (a disabled button drops keyboard focus): a second press waits instead. */
    handleLoad(): void {
        if (!this.loading) this.dispatchEvent(new CustomEvent('loadolder'));
    }
}
