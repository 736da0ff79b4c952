// KustomerConversationController.cls in TypeScript: same entry points, same Kustomer requests in the same rounds,
// same JSON strings, same errors (as AuraHandledException-like objects). See README.md.
import type { Json } from '../contract-types.ts';
import { CacheTransaction, type ActionContext } from '../action-context.ts';
import { getAttachmentLink } from './attachment-flow.ts';
import { getConversation } from './conversation-flow.ts';
import { getMessages } from './messages-flow.ts';
import { getNotes } from './notes.ts';
import { getPeople } from './people-flow.ts';
import type { CaseRecord, CaseStore } from '../shared/case-access.ts';
import { KustomerFailure, toAuraError, type AuraLikeError } from '../shared/error.ts';
import {
    DEFAULT_TIMEOUTS,
    KustomerClient,
    type RequestLogEntry,
    type Timeouts
} from '../shared/client.ts';
import { PlatformCache, type Clock } from '../shared/platform-cache.ts';
import {
    canViewNotes,
    VIEWER,
    visibleError,
    visibleResult,
    type RunningUser
} from '../shared/policy.ts';
import type { Transport } from '../transport.ts';

const ACTIONS = { getConversation, getMessages, getPeople, getNotes, getAttachmentLink } as const;

export type ApexMethodName = keyof typeof ACTIONS;
export const APEX_METHODS = Object.keys(ACTIONS) as ApexMethodName[];

export interface StandInOptions {
    transport: Transport;
    /** caseId → the Case as the running user reads it: a Map, or anything with get(caseId). */
    cases: CaseStore | Record<string, CaseRecord>;
    /** Date by default; a fixed clock makes fetchedAt and rate-limit waits deterministic. */
    clock?: Clock;
    /** Platform Cache capacity (default true). Or pass your own PlatformCache as cache. */
    cacheCapacity?: boolean;
    cache?: PlatformCache;
    /** A number sets both the synchronous and the Continuation timeout. */
    timeoutMs?: number | Partial<Timeouts>;
    /** Called for every Kustomer request once it is answered (or failed). */
    onRequest?: (entry: RequestLogEntry) => void;
    /** The running user's custom permissions (default: the Kustomer Conversation Viewer permission set). */
    user?: RunningUser;
}

export interface CallReport {
    method: string;
    callId: number;
    /** The result JSON string, when the call succeeded. */
    json?: string;
    /** The Aura-like error, when it failed. */
    error?: AuraLikeError;
    requests: RequestLogEntry[];
    /** Sequential Kustomer round trips (a Continuation round counts once). */
    rounds: number;
    /** Platform Cache keys written by this call. */
    cachePuts: string[];
}

export interface ApexStandIn {
    /** Resolves to the JSON string the Apex method returns, or rejects with an AuraLikeError. */
    invoke(method: string, params: Record<string, unknown>): Promise<string>;
    /** The same call, never rejecting: result or error plus the requests and round trips it cost. */
    call(method: string, params: Record<string, unknown>, user?: RunningUser): Promise<CallReport>;
    readonly cache: PlatformCache;
    /** Every Kustomer request so far (clear it with requestLog.length = 0). */
    readonly requestLog: RequestLogEntry[];
}

function caseStore(cases: StandInOptions['cases']): CaseStore {
    if (typeof (cases as CaseStore).get === 'function') return cases as CaseStore;
    const records = cases as Record<string, CaseRecord>;
    return { get: (caseId) => (Object.hasOwn(records, caseId) ? records[caseId] : undefined) };
}

function timeouts(option: StandInOptions['timeoutMs']): Timeouts {
    if (typeof option === 'number') return { syncMs: option, continuationMs: option };
    return { ...DEFAULT_TIMEOUTS, ...option };
}

export function createApexStandIn(options: StandInOptions): ApexStandIn {
    const clock = options.clock ?? Date;
    const cache = options.cache ?? new PlatformCache({ capacity: options.cacheCapacity, clock });
    const cases = caseStore(options.cases);
    const limits = timeouts(options.timeoutMs);
    const requestLog: RequestLogEntry[] = [];
    let lastCallId = 0;

    async function call(
        method: string,
        params: Record<string, unknown>,
        user: RunningUser = options.user ?? VIEWER
    ): Promise<CallReport> {
        const callId = ++lastCallId;
        const requests: RequestLogEntry[] = [];
        const client = new KustomerClient({
            transport: options.transport,
            clock,
            timeouts: limits,
            callId,
            method,
            log: (entry) => {
                requests.push(entry);
                requestLog.push(entry);
                options.onRequest?.(entry);
            }
        });
        const nowMs = clock.now();
        const transaction = new CacheTransaction(cache);
        const ctx: ActionContext = {
            cases,
            client,
            cache: transaction,
            nowMs,
            nowIso: new Date(nowMs).toISOString()
        };
        const report = { method, callId, requests, rounds: 0, cachePuts: [] as string[] };
        try {
            if (!Object.hasOwn(ACTIONS, method)) {
                throw new KustomerFailure({
                    code: 'INVALID_REQUEST',
                    message: `No method ${method}`
                });
            }
            const action = ACTIONS[method as ApexMethodName];
            const result = await action(
                ctx,
                permitted(method, isParams(params) ? params : {}, user)
            );
            return {
                ...report,
                json: JSON.stringify(visibleResult(result, user) as unknown as Json),
                rounds: client.rounds,
                cachePuts: transaction.commit()
            };
        } catch (error) {
            if (!(error instanceof KustomerFailure)) throw error;
            const visible = visibleError(error.error, user);
            return { ...report, error: toAuraError(visible), rounds: client.rounds };
        }
    }

    return {
        cache,
        requestLog,
        call,
        async invoke(method, params) {
            const report = await call(method, params);
            if (report.error) throw report.error;
            return report.json as string;
        }
    };
}

/**
 * Notes only for users entitled to them (KustomerConversationController does the same): without
 * Kustomer_View_Notes, getNotes is NO_ACCESS before anything else and includeNotes is false.
 */
function permitted(
    method: string,
    params: Record<string, unknown>,
    user: RunningUser
): Record<string, unknown> {
    if (canViewNotes(user)) return params;
    if (method === 'getNotes') {
        throw new KustomerFailure({
            code: 'NO_ACCESS',
            message: 'Internal notes need the custom permission Kustomer_View_Notes'
        });
    }
    return 'includeNotes' in params ? { ...params, includeNotes: false } : params;
}

function isParams(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
