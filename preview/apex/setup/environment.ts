// KustomerSetupEnvironment.cls in TypeScript.
// What the setup checks read: the org's setup facts (KustomerSetupEnvironment.cls, stated here instead of queried),
// the Custom Labels, the Kustomer client and the Cases as the running user reads them.
import type { CaseStore } from '../shared/case-access.ts';
import type { KustomerClient } from '../shared/client.ts';
import type { JsonObject } from '../shared/error-mapper.ts';
import type { KustomerError } from '../contract-types.ts';
import type { KustomerRequest } from '../shared/request.ts';

/** A fact Salesforce refused to tell the check (the Apex query or Connect call threw). */
export const UNREADABLE = 'UNREADABLE';

export interface SetupFacts {
    /** The custom permission Kustomer_Manage_Setup (permission set Kustomer Setup Admin). */
    setupPermission: boolean;
    /** The Named Credential's URL; null: missing or hidden; '': Salesforce kept the URL from us. */
    namedCredentialUrl: string | null;
    /** Labels of the user's permission sets (or profile) granting the principal; null: no such principal. */
    principalGrants: string[] | null | typeof UNREADABLE;
    userExternalCredentialsReadable: boolean;
    /** Names of the principal's authentication parameters (never their values). */
    credentialParameterNames: string[] | typeof UNREADABLE;
    /** Platform Cache capacity for the partition KustomerCache. */
    cacheCapacity: boolean;
    /** The Kustomer Conversation record type for the user; null: missing. */
    recordType: { active: boolean; available: boolean } | null;
    conversationIdReadable: boolean;
    /** EndpointUrl of the active Trusted URLs with img-src. */
    trustedImageUrls: string[] | typeof UNREADABLE;
    /** What the validation rule Kustomer_Conversation_Link did to the check's probe Case (always rolled back). */
    linkRuleProbe: { saved: boolean; refusedByRule: boolean; otherError?: string };
}

/** An org where the package is fully set up (the preview's default, and the golden cases' base). */
export const SET_UP: SetupFacts = {
    setupPermission: true,
    namedCredentialUrl: 'https://acme.api.kustomerapp.com',
    principalGrants: ['Kustomer API Access'],
    userExternalCredentialsReadable: true,
    credentialParameterNames: ['ApiKey'],
    cacheCapacity: true,
    recordType: { active: true, available: true },
    conversationIdReadable: true,
    trustedImageUrls: [],
    linkRuleProbe: { saved: false, refusedByRule: true }
};

export interface SetupContext {
    facts: SetupFacts;
    /** System.Label.<name>. */
    label(name: string): string;
    client: KustomerClient;
    cases: CaseStore;
}

/** KustomerClient.check: one synchronous GET that never throws. */
export interface CheckOutcome {
    /** Kustomer's HTTP status; undefined when Kustomer did not answer. */
    httpStatus?: number;
    error?: KustomerError;
    document?: JsonObject;
}

export async function check(ctx: SetupContext, request: KustomerRequest): Promise<CheckOutcome> {
    const outcome = await ctx.client.sync(request);
    if (outcome.ok) return { httpStatus: outcome.status, document: outcome.document };
    return {
        ...(outcome.error.httpStatus !== undefined ? { httpStatus: outcome.error.httpStatus } : {}),
        error: outcome.error
    };
}
