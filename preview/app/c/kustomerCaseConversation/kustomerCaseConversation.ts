// Stand-in shown only while force-app has no kustomerCaseConversation bundle (the SFDX alias wins once it exists).
import { LightningElement, api } from 'lwc';

export default class KustomerCaseConversation extends LightningElement {
    @api recordId = '';
}
