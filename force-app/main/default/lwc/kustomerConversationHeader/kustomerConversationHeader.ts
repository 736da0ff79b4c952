// The viewer's header: conversation name, status, priority, assignees, CSAT, channels, message count, the link to
// Kustomer (https only), how fresh the data is, and Refresh.
import { LightningElement, api } from 'lwc';
import { formatCount, formatLabel } from 'c/kustomerConversationModel';
import type { ConversationView } from 'c/kustomerConversationModel';
import { label } from 'c/kustomerConversationLabels';
import locale from '@salesforce/i18n/locale';

const STATUS_LABELS: Readonly<Record<string, string>> = {
    open: 'Viewer_Status_Open',
    snoozed: 'Viewer_Status_Snoozed',
    done: 'Viewer_Status_Done'
};

export default class KustomerConversationHeader extends LightningElement {
    /** The conversation (may be absent while loading or when it failed). */
    @api conversation?: ConversationView;
    /** "Updated 2 min ago". */
    @api freshness = '';
    /** A load is running: Refresh waits. */
    @api busy = false;
    /** Phones: one line for the title and icon-only actions, tighter facts. */
    @api compact = false;

    get headerClass(): string {
        return this.compact
            ? 'kc-header kc-header_compact slds-card__header'
            : 'kc-header slds-card__header';
    }

    get openLabelClass(): string {
        return this.compact ? 'slds-assistive-text' : '';
    }

    get title(): string {
        return this.conversation?.name ?? label('Viewer_Title');
    }

    get statusText(): string | undefined {
        const status = this.conversation?.status;
        if (!status) return undefined;
        return Object.prototype.hasOwnProperty.call(STATUS_LABELS, status)
            ? label(STATUS_LABELS[status])
            : status;
    }

    get statusClass(): string {
        const status = this.conversation?.status;
        return `slds-badge kc-status kc-status_${status === 'open' || status === 'snoozed' || status === 'done' ? status : 'other'}`;
    }

    get statusLabel(): string {
        return label('Viewer_Status_Label');
    }

    get priorityText(): string | undefined {
        const priority = this.conversation?.priority;
        return priority === undefined ? undefined : formatLabel(label('Viewer_Priority'), priority);
    }

    get assigneeText(): string {
        const names = this.conversation?.assigneeNames ?? [];
        return names.length > 0
            ? formatLabel(label('Viewer_Assignees'), names.join(', '))
            : label('Viewer_Unassigned');
    }

    get csatText(): string | undefined {
        const conversation = this.conversation;
        if (!conversation) return undefined;
        if (conversation.csatRating !== undefined)
            return formatLabel(label('Viewer_Csat_Rating'), conversation.csatRating);
        return conversation.csatStatus
            ? formatLabel(label('Viewer_Csat_Status'), conversation.csatStatus)
            : undefined;
    }

    get channels() {
        return (this.conversation?.channels ?? []).map((channel) => ({
            key: channel.channel,
            icon: channel.icon,
            name: formatLabel(label(channel.labelKey), channel.rawName)
        }));
    }

    get hasChannels(): boolean {
        return this.channels.length > 0;
    }

    get channelsLabel(): string {
        return label('Viewer_Channels');
    }

    get countText(): string | undefined {
        const count = this.conversation?.messageCount;
        return count === undefined
            ? undefined
            : formatLabel(label('Viewer_Message_Count'), formatCount(count, locale));
    }

    get kustomerUrl(): string | undefined {
        return this.conversation?.kustomerUrl;
    }

    get openLabel(): string {
        return label('Viewer_Open_In_Kustomer');
    }

    get openTitle(): string {
        return label('Viewer_Open_In_Kustomer_Alt');
    }

    get refreshLabel(): string {
        return label('Viewer_Refresh_Alt');
    }

    handleRefresh(): void {
        if (!this.busy) this.dispatchEvent(new CustomEvent('refresh'));
    }
}
