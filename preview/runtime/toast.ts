// lightning/platformShowToastEvent: the preview's Case page listens for the event and shows an SLDS toast.
import { previewGlobal } from './apex.ts';

export interface ToastParams {
    title?: string;
    message?: string;
    variant?: 'info' | 'success' | 'warning' | 'error';
    mode?: 'dismissible' | 'pester' | 'sticky';
}

export class ShowToastEvent extends CustomEvent<ToastParams> {
    constructor(params: ToastParams) {
        super('lightning__showtoast', {
            bubbles: true,
            composed: true,
            cancelable: true,
            detail: params
        });
        previewGlobal().toasts.push(params);
    }
}
