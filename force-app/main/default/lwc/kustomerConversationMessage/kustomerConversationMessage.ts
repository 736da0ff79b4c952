// One message or internal note of the timeline, rendered from the view model only: plain text through template
// iteration (text, links, search marks), and the speculative rich body only through lightning-formatted-rich-text.
// The host is the feed's article: focusable, labelled, positioned in the set.
import { LightningElement, api } from 'lwc';
import {
    activeMatchFraction,
    channelIconStyle,
    formatLabel,
    richHtml
} from 'c/kustomerConversationModel';
import type { TimelineEntry, TimelineItem } from 'c/kustomerConversationModel';
import { label } from 'c/kustomerConversationLabels';
import { revealActiveMatch, revealStyle } from './matchReveal';

export default class KustomerConversationMessage extends LightningElement {
    /** The timeline item (entry plus search highlights). */
    @api item?: TimelineItem;
    /** The Case, for attachment links. */
    @api caseId?: string;
    /**
     * Position in the feed (1-based) and its size (-1 while unknown), for assistive technology. Set on the host as
     * they change: the template does not read them, so a change would not render this message again.
     */
    @api
    get position(): number | undefined {
        return this.positionValue;
    }
    set position(value: number | undefined) {
        this.positionValue = value;
        if (value !== undefined) this.setAttribute('aria-posinset', String(value));
    }

    @api
    get setSize(): number | undefined {
        return this.setSizeValue;
    }
    set setSize(value: number | undefined) {
        this.setSizeValue = value;
        if (value !== undefined) this.setAttribute('aria-setsize', String(value));
    }
    /**
     * Tab order of the controls inside (links, buttons, attachments): -1 while this article is not the feed's Tab
     * stop, so the feed stays one Tab stop (feedKeyboard.ts). The feed sets the host's own tabindex alike.
     */
    @api controlTabIndex = 0;

    quotedOpen = false;
    private revealedItem?: TimelineItem;
    private positionValue?: number;
    private setSizeValue?: number;

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
        const author = this.item?.author;
        if (!author) return '';
        return author.name ?? label(author.labelKey ?? 'Viewer_Author_Customer');
    }

    get avatarUrl(): string | undefined {
        return this.item?.author.avatarUrl;
    }

    get initials(): string | undefined {
        return this.item?.author.initials;
    }

    get avatarIcon(): string {
        return this.item?.author.icon ?? 'standard:user';
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

    get failedDetail(): string | undefined {
        const detail = this.entry?.failedDetail;
        return detail ? formatLabel(label('Viewer_Failed_Detail'), detail) : undefined;
    }

    get showEmailHeaders(): boolean {
        const entry = this.entry;
        return entry?.channel.isEmail === true && Boolean(entry.from || entry.to || entry.cc);
    }

    get hasSubject(): boolean {
        return (this.item?.subjectSegments.length ?? 0) > 0;
    }

    /** What the entry is flagged as (partial: Apex left a field out over its size cap; say so, never nothing). */
    get flags() {
        const entry = this.entry;
        return {
            followUp: entry?.followUp === true,
            auto: entry?.auto === true,
            failed: entry?.failed === true,
            redacted: entry?.redacted === true,
            truncated: entry?.truncated === true,
            partial: entry?.partial === true
        };
    }

    /** The fixed texts of the template. */
    get labels() {
        return {
            note: label('Viewer_Note_Badge'),
            auto: label('Viewer_Auto_Badge'),
            followUp: label('Viewer_Follow_Up_Badge'),
            failed: label('Viewer_Failed_Badge'),
            redacted: label('Viewer_Redacted_Message'),
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

    /**
     * The rich body for lightning-formatted-rich-text: search matches marked, links out of the Tab order with the
     * article's.
     */
    get bodyHtml(): string {
        return richHtml(this.entry?.html ?? '', this.controlTabIndex >= 0, this.item?.htmlMarks);
    }

    get quotedBodyHtml(): string {
        return richHtml(
            this.entry?.quotedHtml ?? '',
            this.controlTabIndex >= 0,
            this.item?.quotedHtmlMarks
        );
    }

    /**
     * Where the current match sits in a rich body (top: N%): an empty marker there is what scrolls into view, as
     * the match itself is inside lightning-formatted-rich-text.
     */
    get bodyRevealStyle(): string | undefined {
        return revealStyle(activeMatchFraction(this.entry?.html ?? '', this.item?.htmlMarks));
    }

    get quotedRevealStyle(): string | undefined {
        return revealStyle(
            activeMatchFraction(this.entry?.quotedHtml ?? '', this.item?.quotedHtmlMarks)
        );
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

    get hasAttachments(): boolean {
        return (this.entry?.attachments.length ?? 0) > 0;
    }

    toggleQuoted(): void {
        this.quotedOpen = !this.showQuoted;
    }

    connectedCallback(): void {
        // The feed sets tabindex (one article is its Tab stop; tabindex -1 also takes this one's controls out of
        // the Tab order).
        this.setAttribute('role', 'article');
    }

    renderedCallback(): void {
        this.setAttribute('aria-label', this.ariaLabel);
        // Scrolls the current search match (or the whole entry) into view once per match change.
        this.revealedItem = revealActiveMatch(this.template, this.item, this.revealedItem);
    }
}
