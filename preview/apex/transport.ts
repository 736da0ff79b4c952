// How the stand-in reaches Kustomer: the preview's fake server, a real Kustomer URL, or a scripted test transport.
import type { TransportResponse } from './shared/error-mapper.ts';

export type { TransportResponse };

export interface TransportRequest {
    method: 'GET';
    /** Path and query after the Named Credential's URL, e.g. /v1/conversations/{id}. */
    path: string;
    /** Accept: application/json. Never Authorization: the credential (or the preview server) adds it. */
    headers: Record<string, string>;
    /** 10 s for a synchronous callout, 20 s inside a Continuation; the stand-in enforces it too. */
    timeoutMs: number;
    /** Aborted when the stand-in gives up waiting. */
    signal: AbortSignal;
    /** Which sequential round trip of the current action this request belongs to (1-based). */
    round: number;
}

export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

/** A transport failure with a known meaning; anything else a transport throws counts as a connection error. */
export class TransportError extends Error {
    readonly kind: 'TIMEOUT' | 'CONNECTION' | 'NOT_CONFIGURED';
    constructor(kind: TransportError['kind'], message: string) {
        super(message);
        this.name = 'TransportError';
        this.kind = kind;
    }
}

/** A transport over fetch: baseUrl is the Named Credential's URL; headers(e.g. the key) stay in this process. */
export function fetchTransport(options: {
    baseUrl: string;
    headers?: Record<string, string>;
    fetch?: typeof fetch;
}): Transport {
    const base = options.baseUrl.replace(/\/+$/, '');
    const doFetch = options.fetch ?? fetch;
    return async (request) => {
        let response: Response;
        try {
            response = await doFetch(base + request.path, {
                method: request.method,
                headers: { ...request.headers, ...options.headers },
                redirect: 'manual',
                signal: request.signal
            });
        } catch (error) {
            const name = (error as Error | undefined)?.name;
            if (name === 'AbortError' || name === 'TimeoutError') {
                throw new TransportError('TIMEOUT', 'Kustomer did not answer in time');
            }
            throw new TransportError('CONNECTION', `Kustomer unreachable: ${String(error)}`);
        }
        const headers: Record<string, string> = {};
        response.headers.forEach((value, name) => {
            headers[name] = value;
        });
        return { status: response.status, headers, bodyText: await response.text() };
    };
}
