// lightning/refresh: RefreshEvent and the handler registry. A `preview-refresh` window event (e.g. from the browser
// console) calls every registered handler, as Lightning does when the record page refreshes.
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

window.addEventListener('preview-refresh', () => {
    for (const handler of handlers.values()) void handler.call(undefined);
});
