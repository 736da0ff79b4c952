// The preview server's front door. In real mode it answers with Kustomer data fetched with the developer's key, so
// only the developer's own browser on this machine may use it:
//   - Host must name the loopback interface (localhost, 127.x.y.z, [::1]) and the server's port: a DNS-rebinding
//     page reaches 127.0.0.1 under its own host name, which it cannot hide from Host (421 otherwise);
//   - POST /apex/… needs JSON, an Origin equal to the page's own loopback origin, and the token of this run, which
//     only the Case page the server rendered carries (403 otherwise);
//   - malformed input is a 4xx with a one-line reason, never a stack trace: a path that does not decode (400), a
//     body over the limit (413), a body that is not a JSON object (400);
//   - what the server keeps per request (the demo Cases opened by id, the logs) is bounded.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const TOKEN_HEADER = 'x-preview-token';
/** Cases opened by ?conversation=… that the server remembers (the oldest is forgotten first). */
export const MAX_OPENED_CASES = 200;
/** Entries of each log (Apex calls, Kustomer requests) kept for the tests and the benchmark. */
export const MAX_LOG_ENTRIES = 5000;

/** A request the server refuses, with the status and the one-line text it answers. */
export class ClientError extends Error {
    readonly status: number;
    constructor(status: number, message: string) {
        super(message);
        this.name = 'ClientError';
        this.status = status;
    }
}

/** The secret of one server run: the Case page carries it, so only that page can call Apex. */
export function newRunToken(): string {
    return randomBytes(24).toString('base64url');
}

const LOOPBACK_NAME = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** `host:port` of a Host header when it names the loopback interface and this port, else undefined. */
function loopbackHost(header: string | undefined, port: number): string | undefined {
    const match = /^(\[[^\]]+\]|[^:]+)(?::(\d{1,5}))?$/.exec(header ?? '');
    if (!match || !LOOPBACK_NAME.test(match[1])) return undefined;
    return Number(match[2] ?? 80) === port ? (header as string).toLowerCase() : undefined;
}

/** Every request: the Host header names this server on the loopback interface. */
export function checkHost(req: IncomingMessage, port: number): void {
    if (loopbackHost(req.headers.host, port) === undefined) {
        throw new ClientError(421, 'This preview answers only on localhost');
    }
}

function sameSecret(given: string, expected: string): boolean {
    const a = Buffer.from(given);
    const b = Buffer.from(expected);
    return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * POST /apex/…: from the Case page of this run only. JSON (a cross-site form cannot send it without a CORS
 * preflight, which this server never grants), its own origin, and the run's token.
 */
export function checkApexCaller(req: IncomingMessage, port: number, token: string): void {
    const host = loopbackHost(req.headers.host, port);
    const origin = req.headers.origin;
    const json = String(req.headers['content-type'] ?? '').startsWith('application/json');
    const given = req.headers[TOKEN_HEADER];
    if (
        !host ||
        !json ||
        origin?.toLowerCase() !== `http://${host}` ||
        typeof given !== 'string' ||
        !sameSecret(given, token)
    ) {
        throw new ClientError(403, 'Forbidden');
    }
}

/** A path segment as text; a malformed %-escape is the client's error, not the server's. */
export function decodePathPart(value: string): string {
    try {
        return decodeURIComponent(value);
    } catch {
        throw new ClientError(400, 'Malformed URL');
    }
}

/** The request body as a JSON object (an empty body is {}), at most maxBytes long. */
export function readJsonObject(
    req: IncomingMessage,
    maxBytes: number
): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
        let size = 0;
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > maxBytes) {
                reject(new ClientError(413, 'Request body too large'));
                req.resume();
            } else chunks.push(chunk);
        });
        req.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown;
            try {
                parsed = text.trim() === '' ? {} : JSON.parse(text);
            } catch {
                reject(new ClientError(400, 'The body is not JSON'));
                return;
            }
            if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
                resolve(parsed as Record<string, unknown>);
            } else reject(new ClientError(400, 'The body is not a JSON object'));
        });
        req.on('error', () => reject(new ClientError(400, 'The request was cut off')));
    });
}

/** The client's error as a plain-text answer; anything else is the server's own (500, nothing about it sent). */
export function answerError(res: ServerResponse, error: unknown): void {
    const client = error instanceof ClientError;
    if (!client) console.error('preview:', error);
    if (!res.headersSent) {
        res.writeHead(client ? error.status : 500, {
            'content-type': 'text/plain; charset=utf-8',
            'cache-control': 'no-store',
            ...(client && error.status === 413 ? { connection: 'close' } : {})
        });
    }
    res.end(client ? error.message : 'Internal error');
}

/** Drops the oldest entries of a log beyond max (in place, so holders of the array see it shrink). */
export function keepLast<T>(list: T[], max: number): void {
    if (list.length > max) list.splice(0, list.length - max);
}

/** Adds an entry to a map whose entries beyond max are forgotten oldest first, except the kept keys. */
export function rememberBounded<K, V>(
    map: Map<K, V>,
    key: K,
    value: V,
    max: number,
    kept: ReadonlySet<K>
): void {
    map.delete(key);
    map.set(key, value);
    let extra = map.size - kept.size - max;
    for (const candidate of map.keys()) {
        if (extra <= 0) break;
        if (!kept.has(candidate) && candidate !== key) {
            map.delete(candidate);
            extra--;
        }
    }
}
