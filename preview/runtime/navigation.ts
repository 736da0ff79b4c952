// lightning/navigation in the preview: web pages open in a new tab (as Lightning Experience does for external
// URLs; links.ts decides where they go in the preview), record pages open the preview's Case page, the Kustomer Setup
// tab opens the preview's /setup (in the page's scenario); every navigation is recorded in window.__preview.navigations
// for the tests. GenerateUrl gives the URLs the preview serves.
import { previewGlobal } from './apex.ts';
import { pageConfig } from './config.ts';
import { previewUrl } from './links.ts';

const SETUP_TAB = 'Kustomer_Setup';

interface PageReference {
    type: string;
    attributes?: Record<string, unknown>;
    state?: Record<string, unknown>;
}

const NAVIGATE = Symbol('Navigate');
const GENERATE_URL = Symbol('GenerateUrl');

function urlFor(ref: PageReference): string {
    if (ref.type === 'standard__webPage') return String(ref.attributes?.url ?? '');
    if (ref.type === 'standard__navItemPage' && ref.attributes?.apiName === SETUP_TAB) {
        const scenario = pageConfig().scenario;
        return scenario ? `/setup?scenario=${encodeURIComponent(scenario)}` : '/setup';
    }
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
                window.open(previewUrl(url), '_blank', 'noopener');
            else if (ref.type === 'standard__recordPage') window.location.assign(url);
            else if (ref.type === 'standard__navItemPage' && ref.attributes?.apiName === SETUP_TAB)
                window.location.assign(url);
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
