// The preview's Kustomer Setup tab: the package's own kustomerSetup component (its Apex calls go to the setup
// stand-in) and, beside it, the scenarios: the org states an admin meets, one link each (preview/server/scenarios.ts).
import { LightningElement } from 'lwc';

interface ScenarioInfo {
    id: string;
    title: string;
    description: string;
}

interface SetupPageConfig {
    mode: 'fake' | 'real';
    scenario?: string;
    scenarios?: ScenarioInfo[];
}

function readConfig(): SetupPageConfig {
    // eslint-disable-next-line @lwc/lwc/no-document-query -- the page's config block sits outside every component
    const element = document.getElementById('preview-config');
    return JSON.parse(element?.textContent ?? '{}') as SetupPageConfig;
}

export default class SetupPage extends LightningElement {
    config: SetupPageConfig = readConfig();

    get scenarios() {
        return (this.config.scenarios ?? []).map((scenario) => {
            const current = scenario.id === this.config.scenario;
            return {
                ...scenario,
                href: `/setup?scenario=${encodeURIComponent(scenario.id)}`,
                current: current ? 'page' : undefined,
                className: current ? 'scenario-current' : ''
            };
        });
    }
}
