// lightning/navigation in the preview: web pages open in a new tab (as Lightning Experience does for external
// URLs), record pages open the preview's Case page, other page references (e.g. the Kustomer Setup tab, which only
// exists in the org) are recorded in window.__preview.navigations for the tests. GenerateUrl gives LEX-style URLs.
import { previewGlobal } from './apex.ts';

interface PageReference {
    type: string;
    attributes?: Record<string, unknown>;
    state?: Record<string, unknown>;
}

const NAVIGATE = Symbol('Navigate');
const GENERATE_URL = Symbol('GenerateUrl');

function urlFor(ref: PageReference): string {
    if (ref.type === 'standard__webPage') return String(ref.attributes?.url ?? '');
    if (ref.type === 'standard__navItemPage')
        return `/lightning/n/${encodeURIComponent(String(ref.attributes?.apiName ?? ''))}`;
    if (ref.type === 'standard__recordPage')
        return `/?case=${encodeURIComponent(String(ref.attributes?.recordId ?? ''))}`;
    return `#${encodeURIComponent(JSON.stringify(ref))}`;
}

function isSafeUrl(url: string): boolean {
    try {
        return ['http:', 'https:'].includes(new URL(url, window.location.href).protocol);
    } catch {
        return false;
    }
}

// TypeScript requires any[] in a mixin constructor.
type Constructor = new (...args: any[]) => object;

export function NavigationMixin<T extends Constructor>(Base: T): T {
    class Navigating extends Base {
        [NAVIGATE](ref: PageReference, replace?: boolean): void {
            previewGlobal().navigations.push({ ref, replace: Boolean(replace) });
            const url = urlFor(ref);
            if (ref.type === 'standard__webPage' && isSafeUrl(url))
                window.open(url, '_blank', 'noopener');
            else if (ref.type === 'standard__recordPage') window.location.assign(url);
        }

        [GENERATE_URL](ref: PageReference): Promise<string> {
            return Promise.resolve(urlFor(ref));
        }
    }
    return Navigating;
}
NavigationMixin.Navigate = NAVIGATE;
NavigationMixin.GenerateUrl = GENERATE_URL;

type DataCallback = (value: unknown) => void;

/** Wire adapter: the Case record page the component sits on. */
export class CurrentPageReference {
    private readonly callback: DataCallback;
    constructor(callback: DataCallback) {
        this.callback = callback;
    }
    connect(): void {
        const recordId = new URLSearchParams(window.location.search).get('case') ?? '';
        this.callback({
            type: 'standard__recordPage',
            attributes: { recordId, objectApiName: 'Case', actionName: 'view' },
            state: {}
        });
    }
    disconnect(): void {}
    update(): void {}
}
