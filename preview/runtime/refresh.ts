// lightning/refresh: RefreshEvent bubbles to the Case page, which re-renders the viewer's data like LEX's
// refresh (the page's "Refresh" button dispatches the same kind of event to registered handlers).
type Handler = () => Promise<boolean> | boolean | void;
const handlers = new Map<object, Handler>();

export class RefreshEvent extends CustomEvent<null> {
    constructor() {
        super('lightning__refreshevent', {
            bubbles: true,
            composed: true,
            cancelable: true,
            detail: null
        });
    }
}

export function registerRefreshHandler(element: object, handler: Handler): object {
    handlers.set(element, handler);
    return element;
}

export function unregisterRefreshHandler(id: object): void {
    handlers.delete(id);
}

export function registerRefreshContainer(): object {
    return {};
}

export function unregisterRefreshContainer(): void {}

/** The preview Case page's "Refresh" button. */
window.addEventListener('preview-refresh', () => {
    for (const handler of handlers.values()) void handler.call(undefined);
});
