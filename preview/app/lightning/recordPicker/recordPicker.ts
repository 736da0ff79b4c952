// lightning-record-picker in the preview (npm's lightning-base-components has none): the same attributes, the
// preview's demo Cases to choose from (GET /preview/records/Case, what the org's search would find), and the same
// change event ({ recordId }). The org's picker searches as you type; this one lists them.
import { LightningElement, api } from 'lwc';

interface CaseOption {
    id: string;
    caseNumber: string;
    subject: string;
}

export default class RecordPicker extends LightningElement {
    @api label = '';
    @api placeholder = '';
    @api objectApiName = '';
    @api displayInfo?: unknown;
    @api matchingInfo?: unknown;
    @api value: string | null = null;

    options: Array<{ label: string; value: string }> = [];
    selected: string | null = null;

    connectedCallback(): void {
        this.selected = this.value;
        if (this.objectApiName !== 'Case') return;
        fetch('/preview/records/Case')
            .then((response) => (response.ok ? response.json() : []))
            .then((records: CaseOption[]) => {
                this.options = records.map((record) => ({
                    label: `${record.caseNumber} · ${record.subject}`,
                    value: record.id
                }));
            })
            .catch(() => {
                this.options = [];
            });
    }

    handleChange(event: CustomEvent<{ value: string }>): void {
        event.stopPropagation();
        this.selected = event.detail.value;
        this.dispatchEvent(new CustomEvent('change', { detail: { recordId: this.selected } }));
    }
}
