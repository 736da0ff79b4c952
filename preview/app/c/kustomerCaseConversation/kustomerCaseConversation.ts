// TEMPORARY placeholder until the real viewer lands in force-app (deleted then).
import { LightningElement, api } from 'lwc';
import getConversation from '@salesforce/apexContinuation/KustomerConversationController.getConversation';
import getMessages from '@salesforce/apexContinuation/KustomerConversationController.getMessages';

export default class KustomerCaseConversation extends LightningElement {
    @api recordId = '';
    @api objectApiName = '';
    messages: Array<{ id: string; text: string }> = [];
    error = '';

    async connectedCallback(): Promise<void> {
        try {
            const conversation = JSON.parse(await getConversation({ caseId: this.recordId, includeNotes: true, forceRefresh: false }));
            const count = Number(conversation.conversation.attributes.messageCount ?? 0);
            const page = Math.max(1, Math.ceil(count / 50));
            const result = JSON.parse(await getMessages({ caseId: this.recordId, page, pageSize: 50, includeNotes: true, forceRefresh: false }));
            this.messages = result.data.map((m: { id: string; attributes: { preview: string } }) => ({ id: m.id, text: m.attributes.preview }));
        } catch (e) {
            this.error = JSON.stringify(e);
        }
    }
}
