// One message or internal note of the timeline, rendered from the view model only: plain text through template
// iteration (text, links, search marks), and the speculative rich body only through lightning-formatted-rich-text.
// The host is the feed's article: focusable, labelled, positioned in the set.
import { LightningElement, api } from 'lwc';
import { channelIconStyle, formatLabel } from 'c/kustomerConversationModel';
import type { TimelineEntry, TimelineItem } from 'c/kustomerConversationModel';
import { label } from 'c/kustomerConversationLabels';

export default class KustomerConversationMessage extends LightningElement {
    /** The timeline item (entry plus search highlights). */
    @api item?: TimelineItem;
    /** The Case, for attachment links. */
    @api caseId?: string;
    /** Position in the feed (1-based) and its size, for assistive technology. */
    @api position?: number;
    @api setSize?: number;

    quotedOpen = false;
    private revealedItem?: TimelineItem;

    get entry(): TimelineEntry | undefined {
        return this.item?.entry;
    }

    get isNote(): boolean {
        return this.entry?.kind === 'note';
    }

    get isOutbound(): boolean {
        return this.entry?.direction === 'out';
    }

    get articleClass(): string {
        const entry = this.entry;
        const classes = ['kc-entry'];
        if (entry?.kind === 'note') classes.push('kc-entry_note');
        else classes.push(entry?.direction === 'out' ? 'kc-entry_out' : 'kc-entry_in');
        if (entry?.failed) classes.push('kc-entry_failed');
        if (this.item?.hasActiveMatch) classes.push('kc-entry_active');
        if (this.item && this.item.entryMatchIndex >= 0) classes.push('kc-entry_matched');
        return classes.join(' ');
    }

    get isNewDay(): boolean {
        return this.item?.isNewDay === true;
    }

    get dayText(): string {
        return this.item?.dayHeading ?? label('Viewer_Day_Unknown');
    }

    get authorName(): string {
        const author = this.entry?.author;
        if (!author) return '';
        return author.name ?? label(author.labelKey ?? 'Viewer_Author_Customer');
    }

    get avatarUrl(): string | undefined {
        return this.entry?.author.avatarUrl;
    }

    get initials(): string | undefined {
        return this.entry?.author.initials;
    }

    get avatarIcon(): string {
        return this.entry?.author.icon ?? 'standard:user';
    }

    get avatarAlt(): string {
        return formatLabel(label('Viewer_Avatar_Of'), this.authorName);
    }

    get channelIcon(): string {
        return this.entry?.channel.icon ?? 'standard:messaging_conversation';
    }

    get channelName(): string {
        const channel = this.entry?.channel;
        if (!channel) return '';
        return formatLabel(label(channel.labelKey), channel.rawName);
    }

    /** The channel's own colour on its icon (lightning-icon's styling hook), as in the header. */
    get channelStyle(): string {
        return channelIconStyle(this.entry?.channel);
    }

    get directionText(): string {
        return label(this.isOutbound ? 'Viewer_Direction_Out' : 'Viewer_Direction_In');
    }

    get timeText(): string {
        return this.entry?.timeText || label('Viewer_Time_Unknown');
    }

    get fullTimeText(): string {
        return this.entry?.fullTimeText ?? '';
    }

    get isoTime(): string | undefined {
        const time = this.entry?.time;
        return time === undefined ? undefined : new Date(time).toISOString();
    }

    get ariaLabel(): string {
        return formatLabel(
            label('Viewer_Message_Label'),
            this.authorName,
            this.channelName,
            this.timeText
        );
    }

    get noteBadge(): string {
        return label('Viewer_Note_Badge');
    }

    get autoBadge(): string {
        return label('Viewer_Auto_Badge');
    }

    get failedBadge(): string {
        return label('Viewer_Failed_Badge');
    }

    get failedDetail(): string | undefined {
        const detail = this.entry?.failedDetail;
        return detail ? formatLabel(label('Viewer_Failed_Detail'), detail) : undefined;
    }

    get isAuto(): boolean {
        return this.entry?.auto === true;
    }

    get isFailed(): boolean {
        return this.entry?.failed === true;
    }

    get isRedacted(): boolean {
        return this.entry?.redacted === true;
    }

    get redactedText(): string {
        return label('Viewer_Redacted_Message');
    }

    get showEmailHeaders(): boolean {
        const entry = this.entry;
        return entry?.channel.isEmail === true && Boolean(entry.from || entry.to || entry.cc);
    }

    get hasSubject(): boolean {
        return (this.item?.subjectSegments.length ?? 0) > 0;
    }

    get labels() {
        return {
            subject: label('Viewer_Subject'),
            from: label('Viewer_From'),
            to: label('Viewer_To'),
            cc: label('Viewer_Cc'),
            attachments: label('Viewer_Attachments'),
            truncated: label('Viewer_Truncated'),
            partial: label('Viewer_Part_Not_Shown'),
            richNote: label('Viewer_Rich_Text_Note')
        };
    }

    get hasHtml(): boolean {
        return typeof this.entry?.html === 'string';
    }

    get hasText(): boolean {
        return !this.hasHtml && (this.item?.segments.length ?? 0) > 0;
    }

    get hasQuoted(): boolean {
        return this.hasHtml
            ? typeof this.entry?.quotedHtml === 'string'
            : (this.item?.quotedSegments.length ?? 0) > 0;
    }

    get showQuoted(): boolean {
        return this.quotedOpen || this.item?.quotedHasActiveMatch === true;
    }

    get quotedToggleLabel(): string {
        return label(this.showQuoted ? 'Viewer_Hide_Quoted' : 'Viewer_Show_Quoted');
    }

    get quotedToggleIcon(): string {
        return this.showQuoted ? 'utility:chevronup' : 'utility:chevrondown';
    }

    get quotedId(): string {
        return `quoted-${this.entry?.id ?? ''}`;
    }

    get isTruncated(): boolean {
        return this.entry?.truncated === true;
    }

    /** Apex left a field out (over its size cap): say so rather than show nothing. */
    get isPartial(): boolean {
        return this.entry?.partial === true;
    }

    get hasAttachments(): boolean {
        return (this.entry?.attachments.length ?? 0) > 0;
    }

    toggleQuoted(): void {
        this.quotedOpen = !this.showQuoted;
    }

    connectedCallback(): void {
        this.setAttribute('role', 'article');
        this.setAttribute('tabindex', '0');
    }

    renderedCallback(): void {
        this.setAttribute('aria-label', this.ariaLabel);
        if (this.position !== undefined) this.setAttribute('aria-posinset', String(this.position));
        if (this.setSize !== undefined) this.setAttribute('aria-setsize', String(this.setSize));
        this.revealActiveMatch();
    }

    /** Scrolls the current search match (or the whole entry) into view once per match change. */
    private revealActiveMatch(): void {
        const item = this.item;
        if (!item?.hasActiveMatch) {
            this.revealedItem = undefined;
            return;
        }
        // A new item object means the current match moved here (items are reused otherwise).
        if (this.revealedItem === item) return;
        this.revealedItem = item;
        const target =
            this.template?.querySelector<HTMLElement>('.kc-match_active') ??
            this.template?.querySelector<HTMLElement>('.kc-entry');
        if (target && typeof target.scrollIntoView === 'function') {
            target.scrollIntoView({ block: 'center', behavior: 'smooth' });
        }
    }
}
