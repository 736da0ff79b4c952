// KustomerClient.cls in TypeScript.
// Runs the Kustomer requests of one action: each call of round() is one sequential round trip; the requests of a
// Continuation round go out together (Promise.all, in the listed order), a synchronous round holds one request.
import {
    CONTINUATION_TIMEOUT_SECONDS,
    MAX_CONTINUATION_CALLOUTS,
    SYNC_TIMEOUT_MS,
    type KustomerError
} from '../contract-types.ts';
import { kustomerError } from './error.ts';
import {
    calloutExceptionError,
    outcomeOf,
    type Outcome,
    type TransportResponse
} from './error-mapper.ts';
import type { Clock } from './platform-cache.ts';
import type { KustomerRequest, RequestName } from './request.ts';
import { TransportError, type Transport } from '../transport.ts';

export interface Timeouts {
    syncMs: number;
    continuationMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = {
    syncMs: SYNC_TIMEOUT_MS,
    continuationMs: CONTINUATION_TIMEOUT_SECONDS * 1000
};

export interface RequestLogEntry {
    callId: number;
    method: string;
    round: number;
    name: RequestName;
    path: string;
    continuation: boolean;
    /** performance.now() at send and at answer. */
    startMs: number;
    endMs: number;
    status?: number;
    outcome: 'OK' | KustomerError['code'];
}

/** A transport failure is the stand-in's CalloutException: its kind when it has one, else its text decides. */
function failure(error: unknown): KustomerError {
    const text = error instanceof Error ? error.message : String(error);
    if (error instanceof TransportError) {
        const code = {
            TIMEOUT: 'TIMEOUT',
            NOT_CONFIGURED: 'NOT_CONFIGURED',
            CONNECTION: 'UPSTREAM'
        } as const;
        return kustomerError(code[error.kind], calloutExceptionError(text).message);
    }
    return calloutExceptionError(text);
}

export class KustomerClient {
    rounds = 0;
    private readonly transport: Transport;
    private readonly clock: Clock;
    private readonly timeouts: Timeouts;
    private readonly log: (entry: RequestLogEntry) => void;
    private readonly callId: number;
    private readonly method: string;

    constructor(options: {
        transport: Transport;
        clock: Clock;
        timeouts: Timeouts;
        log: (entry: RequestLogEntry) => void;
        callId: number;
        method: string;
    }) {
        this.transport = options.transport;
        this.clock = options.clock;
        this.timeouts = options.timeouts;
        this.log = options.log;
        this.callId = options.callId;
        this.method = options.method;
    }

    /** One Continuation round: the named requests in parallel, in insertion order. No requests: no round. */
    async continuation<K extends string>(
        requests: Partial<Record<K, KustomerRequest>>
    ): Promise<Partial<Record<K, Outcome>>> {
        const entries = Object.entries(requests).filter(
            (entry): entry is [K, KustomerRequest] => entry[1] !== undefined
        );
        if (entries.length === 0) return {};
        if (entries.length > MAX_CONTINUATION_CALLOUTS) {
            throw new Error(`A Continuation holds at most ${MAX_CONTINUATION_CALLOUTS} callouts`);
        }
        const round = ++this.rounds;
        const outcomes = await Promise.all(
            entries.map(([, request]) => this.send(request, round, true))
        );
        const byName: Partial<Record<K, Outcome>> = {};
        entries.forEach(([key], index) => {
            byName[key] = outcomes[index];
        });
        return byName;
    }

    /** One synchronous callout: its own round trip. */
    async sync(request: KustomerRequest): Promise<Outcome> {
        return this.send(request, ++this.rounds, false);
    }

    private async send(
        request: KustomerRequest,
        round: number,
        continuation: boolean
    ): Promise<Outcome> {
        const timeoutMs = continuation ? this.timeouts.continuationMs : this.timeouts.syncMs;
        const controller = new AbortController();
        const startMs = performance.now();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const timeout = new Promise<never>((_, reject) => {
            timer = setTimeout(() => {
                controller.abort();
                reject(new TransportError('TIMEOUT', `No answer in ${timeoutMs} ms`));
            }, timeoutMs);
        });
        let outcome: Outcome;
        let response: TransportResponse | undefined;
        try {
            response = await Promise.race([
                this.transport({
                    method: 'GET',
                    path: request.path,
                    headers: { Accept: 'application/json' },
                    timeoutMs,
                    signal: controller.signal,
                    round
                }),
                timeout
            ]);
            outcome = outcomeOf(request.name, response, this.clock.now());
        } catch (error) {
            outcome = { ok: false, error: failure(error) };
        } finally {
            clearTimeout(timer);
        }
        this.log({
            callId: this.callId,
            method: this.method,
            round,
            name: request.name,
            path: request.path,
            continuation,
            startMs,
            endMs: performance.now(),
            status: response?.status,
            outcome: outcome.ok ? 'OK' : outcome.error.code
        });
        return outcome;
    }
}
