// KustomerSetupController.cls in TypeScript: the seven setup checks with the same JSON results, the same Kustomer
// requests and the same refusal without the setup permission, held to the Apex by fixtures/golden-setup.
import type { CaseRecord, CaseStore } from '../shared/case-access.ts';
import { SYNC_TIMEOUT_MS } from '../contract-types.ts';
import { toAuraError, type AuraLikeError } from '../shared/error.ts';
import { KustomerClient, type RequestLogEntry } from '../shared/client.ts';
import type { Clock } from '../shared/platform-cache.ts';
import type { Transport } from '../transport.ts';
import { caseConversation } from './case-check.ts';
import { namedCredential, principalAccess, storedKey } from './credential-check.ts';
import { keyAccepted, roles } from './key-check.ts';
import { caseSetup, platformCache } from './org-check.ts';
import type { SetupContext, SetupFacts } from './environment.ts';
import { format, PASS, SetupResult, worst, FAIL } from './result.ts';

const PERMISSION = 'Kustomer_Manage_Setup';

type Check = (
    ctx: SetupContext,
    params: Record<string, unknown>
) => SetupResult | Promise<SetupResult>;

/** checkApiKey: the stored key, then Kustomer's word on it; the call's failure wins when the key looked right. */
async function apiKey(ctx: SetupContext): Promise<SetupResult> {
    const stored = storedKey(ctx);
    const call = await keyAccepted(ctx);
    stored.addItem(ctx.label('Setup_ItemKeyAccepted'), call.status, call.detail);
    if (worst(stored.status, call.status) !== stored.status) {
        stored.becomes(call.status, call.code, call.detail, call.fix, call.fixUrl);
    } else if (stored.status === PASS) {
        stored.becomes(PASS, call.code, call.detail, undefined, undefined);
    }
    return stored;
}

const CHECKS: Record<string, Check> = {
    checkNamedCredential: namedCredential,
    checkPrincipalAccess: principalAccess,
    checkApiKey: apiKey,
    checkKeyRoles: roles,
    checkPlatformCache: platformCache,
    checkCaseSetup: caseSetup,
    checkCaseConversation: (ctx, params) => caseConversation(ctx, params.caseId)
};

export const SETUP_METHODS = Object.keys(CHECKS);

export interface SetupStandInOptions {
    transport: Transport;
    facts: SetupFacts;
    cases: CaseStore | Record<string, CaseRecord>;
    /** Custom Label values by name (the package's labels: lib/metadata readLabelValues). */
    labels: ReadonlyMap<string, string>;
    clock?: Clock;
    timeoutMs?: number;
    onRequest?: (entry: RequestLogEntry) => void;
}

export interface SetupCallReport {
    method: string;
    /** The JSON string the Apex method returns. */
    json?: string;
    /** The Aura-like error (NO_ACCESS without the setup permission, INVALID_REQUEST for an unknown method). */
    error?: AuraLikeError;
    requests: RequestLogEntry[];
}

export interface SetupStandIn {
    /** permitted: the running user has Kustomer_Manage_Setup (default: facts.setupPermission). */
    call(
        method: string,
        params: Record<string, unknown>,
        permitted?: boolean
    ): Promise<SetupCallReport>;
    invoke(method: string, params: Record<string, unknown>): Promise<string>;
    readonly requestLog: RequestLogEntry[];
}

function caseStore(cases: SetupStandInOptions['cases']): CaseStore {
    if (typeof (cases as CaseStore).get === 'function') return cases as CaseStore;
    const records = cases as Record<string, CaseRecord>;
    return { get: (caseId) => (Object.hasOwn(records, caseId) ? records[caseId] : undefined) };
}

export function createSetupStandIn(options: SetupStandInOptions): SetupStandIn {
    const clock = options.clock ?? Date;
    const cases = caseStore(options.cases);
    const requestLog: RequestLogEntry[] = [];
    const label = (name: string): string => {
        const value = options.labels.get(name);
        if (value === undefined) throw new Error(`Unknown Custom Label ${name}`);
        return value;
    };
    let lastCallId = 0;

    async function call(
        method: string,
        params: Record<string, unknown>,
        permitted = options.facts.setupPermission
    ): Promise<SetupCallReport> {
        const requests: RequestLogEntry[] = [];
        const check = Object.hasOwn(CHECKS, method) ? CHECKS[method] : undefined;
        if (!check) {
            const error = toAuraError({ code: 'INVALID_REQUEST', message: `No method ${method}` });
            return { method, error, requests };
        }
        if (!permitted || !options.facts.setupPermission) {
            const message = `The Kustomer setup checks need the custom permission ${PERMISSION} (permission set Kustomer_Setup_Admin)`;
            return { method, error: toAuraError({ code: 'NO_ACCESS', message }), requests };
        }
        const client = new KustomerClient({
            transport: options.transport,
            clock,
            timeouts: {
                syncMs: options.timeoutMs ?? SYNC_TIMEOUT_MS,
                continuationMs: options.timeoutMs ?? SYNC_TIMEOUT_MS
            },
            callId: ++lastCallId,
            method,
            log: (entry) => {
                requests.push(entry);
                requestLog.push(entry);
                options.onRequest?.(entry);
            }
        });
        const ctx: SetupContext = { facts: options.facts, label, client, cases };
        let result: SetupResult;
        try {
            result = await check(ctx, params);
        } catch (unexpected) {
            // Like the controller: a check that broke on something unforeseen still answers, naming the type.
            const error = unexpected instanceof Error ? unexpected : new Error(String(unexpected));
            result = new SetupResult(
                FAIL,
                'UNEXPECTED',
                format(label('Setup_Unexpected'), error.name, error.message)
            ).withFix(label('Setup_UnexpectedFix'), undefined);
        }
        return { method, json: JSON.stringify(result.toJson()), requests };
    }

    return {
        call,
        requestLog,
        async invoke(method, params) {
            const report = await call(method, params);
            if (report.error) throw report.error;
            return report.json as string;
        }
    };
}
