// The viewer's header: who the customer is (name, then email or phone), the conversation's status, priority,
// assignees, CSAT, message count and channels (each with its own icon, colour and visible name), the link to
// Kustomer, how fresh the data is, and Refresh. It reads the Case itself (Lightning Data Service), so the customer,
// the assignee and "Open in Kustomer" still show when Kustomer cannot answer.
import { LightningElement, api, wire } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import locale from '@salesforce/i18n/locale';
import {
    channelIconStyle,
    formatCount,
    formatLabel,
    headerView,
    initials
} from 'c/kustomerConversationModel';
import type {
    CaseFacts,
    ConversationView,
    HeaderView,
    LabelRef
} from 'c/kustomerConversationModel';
import { label } from 'c/kustomerConversationLabels';
import { CASE_FIELDS, caseFactsOf } from './caseRecord';

const STATUS_LABELS: Readonly<Record<string, string>> = {
    open: 'Viewer_Status_Open',
    snoozed: 'Viewer_Status_Snoozed',
    done: 'Viewer_Status_Done'
};

function text(ref: LabelRef | undefined): string | undefined {
    return ref ? formatLabel(label(ref.key), ...ref.args) : undefined;
}

export default class KustomerConversationHeader extends LightningElement {
    /** The Case (its fields fill in what Kustomer cannot tell). */
    @api recordId?: string;
    /** The conversation (absent while loading or when it failed). */
    @api conversation?: ConversationView;
    /** "Updated 2 min ago"; empty when nothing is loaded. */
    @api freshness = '';
    /** A load is running: Refresh waits. */
    @api busy = false;
    /** False on a failure: the state panel offers Retry where it can help, and no second refresh. */
    @api canRefresh = false;

    caseFacts?: CaseFacts;

    @wire(getRecord, { recordId: '$recordId', optionalFields: CASE_FIELDS })
    wiredCase({ data }: { data?: RecordRepresentation; error?: unknown }): void {
        // No Case (no access, offline): the header simply knows less.
        this.caseFacts = data ? caseFactsOf(data) : undefined;
    }

    get view(): HeaderView {
        return headerView(this.conversation, this.caseFacts);
    }

    get title(): string {
        return this.view.title ?? label('Viewer_Title');
    }

    get hasCustomer(): boolean {
        return this.view.title !== undefined;
    }

    get customerLabel(): string {
        return label('Viewer_Customer');
    }

    get customerInitials(): string | undefined {
        return initials(this.view.title);
    }

    get contactsText(): string {
        return this.view.contacts.join(' · ');
    }

    get hasContacts(): boolean {
        return this.view.contacts.length > 0;
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
        return text(this.view.priority);
    }

    get assigneeText(): string | undefined {
        return text(this.view.assignees);
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
            style: channelIconStyle(channel),
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
            : formatLabel(label('Viewer_Message_Count'), formatCount(count, locale || 'en-US'));
    }

    get kustomerUrl(): string | undefined {
        return this.view.kustomerUrl;
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
