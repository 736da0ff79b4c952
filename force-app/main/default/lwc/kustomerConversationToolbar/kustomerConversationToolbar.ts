// Search (with match count and next/previous) and filters (channel, inbound, outbound, notes). Emits events only;
// the viewer owns the state. Enter goes to the next match, Shift+Enter to the previous one.
import { LightningElement, api } from 'lwc';
import { ALL_FILTERS, formatCount, formatLabel } from 'c/kustomerConversationModel';
import type { ChannelInfo, Filters } from 'c/kustomerConversationModel';
import { label } from 'c/kustomerConversationLabels';
import locale from '@salesforce/i18n/locale';

/** What the search covers and Search all's state (the viewer computes it: kustomerCaseConversation/searchAll.ts). */
export interface SearchStatus {
    show: boolean;
    scopeText: string;
    running: boolean;
    canStart: boolean;
    percent: number;
    progressText: string;
    budgetText: string;
    stoppedText: string;
}

const NO_STATUS: SearchStatus = {
    show: false,
    scopeText: '',
    running: false,
    canStart: false,
    percent: 0,
    progressText: '',
    budgetText: '',
    stoppedText: ''
};

const SEARCH_DELAY_MS = 250;

export default class KustomerConversationToolbar extends LightningElement {
    /** Number of matches of the current query. */
    @api matchCount = 0;
    /** The current match (0-based), -1 for none. */
    @api activeMatch = -1;
    /** Whether a query is being searched (long enough). */
    @api searching = false;
    /** Channels of the loaded messages. */
    @api channels: ChannelInfo[] = [];
    /** The filters in force. */
    @api filters: Filters = ALL_FILTERS;
    /** Offer the notes filter. */
    @api showNotesFilter = false;
    /** What the search covers, and Search all. */
    @api searchStatus: SearchStatus = NO_STATUS;
    /** Phones: the filters go into a menu (the ARIA menu button pattern, lightning-button-menu). */
    @api compact = false;
    /** The reading order in force (the agent changes it here: orderchange). */
    @api newestFirst = false;

    private searchTimer?: ReturnType<typeof setTimeout>;

    get labels() {
        return {
            search: label('Viewer_Search_Label'),
            placeholder: label('Viewer_Search_Placeholder'),
            next: label('Viewer_Search_Next'),
            previous: label('Viewer_Search_Previous'),
            filters: label('Viewer_Filters_Label'),
            channel: label('Viewer_Filter_Channel'),
            inbound: label('Viewer_Filter_Inbound'),
            outbound: label('Viewer_Filter_Outbound'),
            notes: label('Viewer_Filter_Notes'),
            show: label('Viewer_Filter_Show'),
            order: label('Viewer_Order_Label'),
            newest: label('Viewer_Order_Newest'),
            oldest: label('Viewer_Order_Oldest'),
            searchAll: label('Viewer_Search_All'),
            cancel: label('Viewer_Search_All_Cancel')
        };
    }

    get countText(): string {
        if (!this.searching) return '';
        // With part of the history loaded, the line below says how many matches in how many messages.
        if (this.matchCount === 0) return this.status.show ? '' : label('Viewer_Search_None');
        const position = this.activeMatch >= 0 ? this.activeMatch + 1 : 0;
        return formatLabel(
            label('Viewer_Search_Count'),
            formatCount(position, locale),
            formatCount(this.matchCount, locale)
        );
    }

    get status(): SearchStatus {
        return this.searchStatus ?? NO_STATUS;
    }

    /** A bar while Search all runs against a known total (percent -1: unknown, the count alone shows). */
    get showProgressBar(): boolean {
        return this.status.running && this.status.percent >= 0;
    }

    get stepDisabled(): boolean {
        return this.matchCount === 0;
    }

    get channelOptions() {
        return [
            { label: label('Viewer_Filter_All_Channels'), value: 'all' },
            ...this.channels.map((channel) => ({
                label: formatLabel(label(channel.labelKey), channel.rawName),
                value: channel.channel
            }))
        ];
    }

    get showChannelFilter(): boolean {
        return this.channels.length > 1;
    }

    get toolbarClass(): string {
        return this.compact ? 'kc-toolbar kc-toolbar_compact' : 'kc-toolbar';
    }

    /** The show/hide filters (the notes one only when notes can show), as checkboxes or menu items. */
    get toggles(): Array<{ name: string; label: string; checked: boolean; menuValue: string }> {
        const filters = this.filters ?? ALL_FILTERS;
        const names: Array<'inbound' | 'outbound' | 'notes'> = this.showNotesFilter
            ? ['inbound', 'outbound', 'notes']
            : ['inbound', 'outbound'];
        const labels = this.labels;
        return names.map((name) => ({
            name,
            label: labels[name],
            checked: filters[name],
            menuValue: `toggle:${name}`
        }));
    }

    /** Whether any filter hides messages (the menu button says so). */
    get filtering(): boolean {
        const f = this.filters ?? ALL_FILTERS;
        return (
            f.channel !== 'all' || !f.inbound || !f.outbound || (this.showNotesFilter && !f.notes)
        );
    }

    get filterMenuLabel(): string {
        return label(this.filtering ? 'Viewer_Filters_On' : 'Viewer_Filters_Label');
    }

    get filterMenuVariant(): string {
        return this.filtering ? 'border-filled' : 'border';
    }

    /** The channel choices as menu items (one checked). */
    get channelMenu() {
        const current = this.filters?.channel ?? 'all';
        return this.channelOptions.map((option) => ({
            ...option,
            menuValue: `channel:${option.value}`,
            checked: option.value === current
        }));
    }

    get orderButtonLabel(): string {
        return formatLabel(
            label('Viewer_Order_Button'),
            label(this.newestFirst ? 'Viewer_Order_Newest' : 'Viewer_Order_Oldest')
        );
    }

    get oldestFirst(): boolean {
        return !this.newestFirst;
    }

    /** The filter menu's choices (phones) and the order menu's: "kind:name" values. */
    handleFilterMenu(event: CustomEvent<{ value: string }>): void {
        const value = event.detail?.value ?? '';
        const [kind, name] = [
            value.slice(0, value.indexOf(':')),
            value.slice(value.indexOf(':') + 1)
        ];
        const filters = this.filters ?? ALL_FILTERS;
        if (kind === 'order' && (name === 'newest' || name === 'oldest'))
            this.dispatchEvent(new CustomEvent('orderchange', { detail: { order: name } }));
        else if (kind === 'channel') this.emitFilters({ ...filters, channel: name });
        else if (name === 'inbound' || name === 'outbound' || name === 'notes')
            this.emitFilters({ ...filters, [name]: !filters[name] });
    }

    handleSearchInput(event: Event): void {
        const query = eventValue(event);
        clearTimeout(this.searchTimer);
        // Debounced so long conversations are searched once per pause, not per keystroke.
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.searchTimer = setTimeout(() => {
            this.dispatchEvent(new CustomEvent('searchchange', { detail: { query } }));
        }, SEARCH_DELAY_MS);
    }

    handleSearchKey(event: KeyboardEvent): void {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        this.step(event.shiftKey ? -1 : 1);
    }

    handleSearchAll(): void {
        this.dispatchEvent(new CustomEvent('searchall'));
    }

    handleCancelSearchAll(): void {
        this.dispatchEvent(new CustomEvent('cancelsearchall'));
    }

    handleNext(): void {
        this.step(1);
    }

    handlePrevious(): void {
        this.step(-1);
    }

    handleChannel(event: CustomEvent<{ value: string }>): void {
        this.emitFilters({ ...this.filters, channel: event.detail?.value ?? 'all' });
    }

    handleToggle(event: Event): void {
        const target = event.target;
        if (!(target instanceof HTMLElement)) return;
        const name = target.dataset.filter;
        const checked = readChecked(event);
        if (name === 'inbound' || name === 'outbound' || name === 'notes') {
            this.emitFilters({ ...this.filters, [name]: checked });
        }
    }

    /** Focus on the last control (Ctrl+Home out of the feed below lands here). Returns whether it worked. */
    @api
    focusLast(): boolean {
        const controls = Array.from(
            this.template?.querySelectorAll<HTMLElement>('[data-control]') ?? []
        ).filter((control) => !(control as HTMLElement & { disabled?: boolean }).disabled);
        const last = controls[controls.length - 1];
        last?.focus();
        return last !== undefined;
    }

    disconnectedCallback(): void {
        clearTimeout(this.searchTimer);
    }

    private step(step: 1 | -1): void {
        if (this.matchCount > 0)
            this.dispatchEvent(new CustomEvent('matchstep', { detail: { step } }));
    }

    private emitFilters(filters: Filters): void {
        this.dispatchEvent(new CustomEvent('filterchange', { detail: { filters } }));
    }
}

/** The value of a lightning-input change: event.detail.value, else the target's value. */
function eventValue(event: Event): string {
    const detail: unknown = event instanceof CustomEvent ? event.detail : undefined;
    if (detail !== null && typeof detail === 'object' && 'value' in detail)
        return String(detail.value ?? '');
    const target = event.target;
    if (target !== null && typeof target === 'object' && 'value' in target)
        return String(target.value ?? '');
    return '';
}

/** The state of a lightning-input checkbox change: event.detail.checked, else the target's. */
function readChecked(event: Event): boolean {
    const detail: unknown = event instanceof CustomEvent ? event.detail : undefined;
    if (detail !== null && typeof detail === 'object' && 'checked' in detail)
        return detail.checked === true;
    const target = event.target;
    return (
        target !== null &&
        typeof target === 'object' &&
        'checked' in target &&
        target.checked === true
    );
}
