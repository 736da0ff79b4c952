// The preview's Lightning-like Case record page: a LEX-style header, the record's highlights, the Kustomer viewer
// (the package's own component, as an admin would drop it on the page) and a Case Details card. The server puts
// the Case and the viewer's App Builder properties in <script type="application/json" id="preview-config">.
import { LightningElement } from 'lwc';

interface CaseRecord {
    caseId: string;
    caseNumber: string;
    subject: string;
    status: string;
    priority: string;
    origin: string;
    contactName: string;
    contactEmail?: string;
    conversationId: string;
    conversationUrl?: string;
    assigneeNames?: string;
}

interface PreviewConfig {
    mode: 'fake' | 'real';
    scenario?: string;
    caseRecord: CaseRecord;
    viewer: Record<string, string | number | boolean>;
}

interface Toast {
    key: number;
    title: string;
    message: string;
    className: string;
    icon: string;
}

function readConfig(): PreviewConfig {
    // eslint-disable-next-line @lwc/lwc/no-document-query -- the page's config block sits outside every component
    const element = document.getElementById('preview-config');
    return JSON.parse(element?.textContent ?? '{}') as PreviewConfig;
}

export default class CasePage extends LightningElement {
    config: PreviewConfig = readConfig();
    toasts: Toast[] = [];
    private toastKey = 0;

    get caseRecord(): CaseRecord {
        return this.config.caseRecord;
    }

    get viewerProps(): Record<string, unknown> {
        // Lightning sets recordId (and objectApiName only on components that declare it).
        return { recordId: this.caseRecord.caseId, ...this.config.viewer };
    }

    get fields(): Array<{ label: string; value: string }> {
        const r = this.caseRecord;
        return [
            { label: 'Case Number', value: r.caseNumber },
            { label: 'Status', value: r.status },
            { label: 'Priority', value: r.priority },
            { label: 'Case Origin', value: r.origin },
            { label: 'Contact Name', value: r.contactName || '—' },
            { label: 'Contact Email', value: r.contactEmail ?? '—' },
            { label: 'Conversation ID', value: r.conversationId || '—' },
            { label: 'Conversation URL', value: r.conversationUrl ?? '—' },
            { label: 'Conversation Assignee', value: r.assigneeNames ?? '—' }
        ];
    }

    get highlights(): Array<{ label: string; value: string }> {
        return this.fields.slice(1, 5);
    }

    connectedCallback(): void {
        this.addEventListener('lightning__showtoast', this.handleToast as EventListener);
    }

    handleToast = (
        event: CustomEvent<{ title?: string; message?: string; variant?: string }>
    ): void => {
        const variant = event.detail.variant ?? 'info';
        const key = ++this.toastKey;
        this.toasts = [
            ...this.toasts,
            {
                key,
                title: event.detail.title ?? '',
                message: event.detail.message ?? '',
                className: `slds-notify slds-notify_toast slds-theme_${variant}`,
                icon: `utility:${variant}`
            }
        ];
    };

    handleCloseToast(event: Event): void {
        const key = Number((event.currentTarget as HTMLElement).dataset.key);
        this.toasts = this.toasts.filter((t) => t.key !== key);
    }
}
