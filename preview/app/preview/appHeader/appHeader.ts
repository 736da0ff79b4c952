// The preview's Lightning-like global header: the app, its tabs (Cases, Kustomer Setup) and the preview's mode.
import { LightningElement, api } from 'lwc';

export default class AppHeader extends LightningElement {
    @api mode: 'fake' | 'real' = 'fake';
    /** The tab of this page. */
    @api current: 'cases' | 'setup' = 'cases';
    /** The scenario the Setup tab opens in (the page's own). */
    @api scenario?: string;

    get modeLabel(): string {
        return this.mode === 'real' ? 'Real Kustomer' : 'Offline preview (fake Kustomer)';
    }

    get casesCurrent(): string | undefined {
        return this.current === 'cases' ? 'page' : undefined;
    }

    get setupCurrent(): string | undefined {
        return this.current === 'setup' ? 'page' : undefined;
    }

    get setupHref(): string {
        return this.scenario ? `/setup?scenario=${encodeURIComponent(this.scenario)}` : '/setup';
    }
}
