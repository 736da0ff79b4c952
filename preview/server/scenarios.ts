// The preview's org states ("scenarios"): what the Kustomer Setup tab (/setup?scenario=…) and the Case pages run
// against. Each states the setup facts the setup stand-in reads (preview/apex/setup) and how both stand-ins reach
// Kustomer: the org's key, a wrong key, a key without a role, a key of another pod or another Kustomer org, or a
// callout Salesforce refuses. The fake Kustomer answers each the way Kustomer does.
import type { SetupFacts } from '../apex/index.ts';
import { ALL_ROLES, type FakeKeyProfile } from '../fake-kustomer/keys.ts';

/** How the callouts of a scenario go out. */
export type Callout =
    | { key: 'org' | 'wrong' | 'no-conversation-role' | 'other-org'; pod?: string }
    | { refused: string };

export interface Scenario {
    id: string;
    title: string;
    /** What an admin would have done (or not) to get here. */
    description: string;
    facts: Partial<SetupFacts>;
    callout: Callout;
    /** Platform Cache capacity for the viewer too. */
    cacheCapacity?: boolean;
}

export const DEFAULT_SCENARIO = 'all-passing';

const CREDENTIAL_REFUSED =
    'We couldn\'t access the credential(s). You might not have the required permissions, or the external credential "Kustomer_API" might not exist.';

export const SCENARIOS: Scenario[] = [
    {
        id: 'all-passing',
        title: 'All passing',
        description:
            'Every step done: region URL, key with every role, permission sets, cache, Trusted URL.',
        facts: {},
        callout: { key: 'org' }
    },
    {
        id: 'no-key',
        title: 'No API key',
        description: 'Installed, but no key pasted into the External Credential yet.',
        facts: { credentialParameterNames: [] },
        callout: {
            refused: `${CREDENTIAL_REFUSED} The principal Kustomer_API_Key has no authentication parameter.`
        }
    },
    {
        id: 'wrong-key',
        title: 'Wrong API key',
        description: 'A key Kustomer rejects: mistyped, expired or deleted.',
        facts: {},
        callout: { key: 'wrong' }
    },
    {
        id: 'wrong-region',
        title: 'Wrong region',
        description: 'The Named Credential points at the EU pod, the key belongs to the US pod.',
        facts: { namedCredentialUrl: 'https://api.prod2.kustomerapp.com' },
        callout: { key: 'org', pod: 'prod2' }
    },
    {
        id: 'missing-role',
        title: 'Missing role',
        description: 'The key was created without org.permission.conversation.read.',
        facts: {},
        callout: { key: 'no-conversation-role' }
    },
    {
        id: 'no-principal-access',
        title: 'No principal access',
        description: 'Kustomer Setup Admin is not assigned: no access to the credential principal.',
        facts: { principalGrants: [] },
        callout: { refused: CREDENTIAL_REFUSED }
    },
    {
        id: 'no-cache',
        title: 'No cache capacity',
        description:
            'The KustomerCache partition has no capacity (optional: more Kustomer calls per view).',
        facts: { cacheCapacity: false },
        callout: { key: 'org' },
        cacheCapacity: false
    },
    {
        id: 'case-fails',
        title: 'A Case that fails end to end',
        description:
            'The key works but belongs to another Kustomer org: every check passes, the Case check does not.',
        facts: {},
        callout: { key: 'other-org' }
    }
];

export function scenarioById(id: string | null | undefined): Scenario | undefined {
    return SCENARIOS.find((scenario) => scenario.id === id);
}

/** The fake's keys besides the org's own (apiKey): one per key-based scenario, derived from the run's key. */
export function scenarioKeys(orgKey: string): Record<string, FakeKeyProfile> {
    return {
        [keyFor(orgKey, 'no-conversation-role')]: {
            roles: ALL_ROLES.filter((role) => role !== 'org.permission.conversation.read')
        },
        [keyFor(orgKey, 'other-org')]: { otherOrg: true }
    };
}

/** The bearer key a scenario's callouts carry; the wrong key is one the fake does not know. */
export function keyFor(
    orgKey: string,
    key: 'org' | 'wrong' | 'no-conversation-role' | 'other-org'
): string {
    return key === 'org' ? orgKey : `${orgKey}-${key}`;
}
