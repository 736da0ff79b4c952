// The embedded fake Kustomer API (node:http): Kustomer's REST shapes for the endpoints the Apex layer calls
// (docs/contract.md), JSON:API documents, page/pageSize paging with links, include=attachments, both error body
// forms, x-ratelimit-* headers, signed expiring attachment URLs it serves itself, and a latency knob
// (FAKE_LATENCY_MS, per request `x-fake-latency-ms`, or setLatency()). What the real Kustomer does not document is
// configurable, so the viewer is tested against each possibility: the message order (asc or desc, per server or
// per conversation), a `sort` parameter honoured or ignored, pageSize above 100 rejected or capped, a users batch
// with an unknown id answered partially or 404; per conversation (ListBehaviour): counts that drift from the list,
// a notes list that never ends, slow and failing pages. This file holds the options and the server; the routes,
// keys, lists, failures, errors and the attachment host have their own modules.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { FakeWorld } from './model.ts';
import { createAttachmentHost } from './attachment-host.ts';
import { createFailures } from './failures.ts';
import { errorBody, HttpError, internalError } from './http-errors.ts';
import { keyProfile, type FakeKeyProfile } from './keys.ts';
import { createLists } from './lists.ts';
import { createRoutes, sleep } from './routes.ts';
import { createWorld } from './seed.ts';
import { localhostCertificate } from './tls.ts';

export interface FakeKustomerOptions {
    /** Bearer key the fake accepts with every role, in pod prod1; requests without a known key get 401. */
    apiKey: string;
    /** More keys, each with its own profile. */
    keys?: Record<string, FakeKeyProfile>;
    /** Fixed latency added to every API response (ms). */
    latencyMs?: number;
    /** Lifetime of signed attachment URLs (s). */
    signedUrlTtlSeconds?: number;
    /** How long the rate-limited conversation stays limited once hit (s). */
    rateLimitSeconds?: number;
    now?: () => number;
    /** Order of every messages list unless a conversation says otherwise (default asc). */
    messageOrder?: 'asc' | 'desc';
    /** `sort=desc` / `sort=-createdAt` on a messages request: reverses the list, or is ignored (default). */
    sort?: 'honoured' | 'ignored';
    /** pageSize above 100: a 400 (default) or silently 100. */
    oversizedPageSize?: 'reject' | 'cap';
    /** A users batch naming an unknown (deleted) id: the known ones (default), or 404 for the batch. */
    usersBatch?: 'partial' | 'not-found';
}

export interface FakeRequestRecord {
    method: string;
    path: string;
    status: number;
    startedAt: number;
    endedAt: number;
}

export interface FakeKustomer {
    world: FakeWorld;
    server: Server;
    /** Base URL (http://127.0.0.1:port) once listening. */
    url: string;
    /** Where signed attachment URLs point: https://localhost:port (self-signed), or the API's URL without openssl. */
    attachmentsUrl: string;
    listen(port?: number): Promise<string>;
    close(): Promise<void>;
    setLatency(ms: number): void;
    /** Every API request answered (attachment downloads excluded). */
    log: FakeRequestRecord[];
    /** Attachment bytes, avatars and the host's index: what the https attachment host answers (GET and HEAD). */
    serveFile(req: IncomingMessage, res: ServerResponse, url: URL): void;
}

export function createFakeKustomer(options: FakeKustomerOptions): FakeKustomer {
    const world = createWorld();
    const now = options.now ?? Date.now;
    let latencyMs = options.latencyMs ?? Number(process.env.FAKE_LATENCY_MS ?? 0);
    const log: FakeRequestRecord[] = [];
    let baseUrl = '';
    let attachmentsUrl = '';
    const host = createAttachmentHost(
        world,
        now,
        options.signedUrlTtlSeconds ?? 300,
        () => attachmentsUrl
    );
    const failures = createFailures(now, options.rateLimitSeconds);
    const route = createRoutes(world, options, failures, createLists(options), host);

    async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
        const url = new URL(req.url ?? '/', 'http://fake');
        if (url.pathname.startsWith('/attachments/')) return host.serveAttachment(req, res, url);
        const startedAt = now();
        const abort = new AbortController();
        res.on('close', () => abort.abort());
        let status = 200;
        let body: string;
        let headers: Record<string, string> = {};
        try {
            if (req.method !== 'GET')
                throw new HttpError(
                    405,
                    errorBody(
                        'jsonapi',
                        405,
                        'method_not_allowed',
                        'Only GET is supported here',
                        'Method Not Allowed'
                    )
                );
            const result = await route(
                url.pathname,
                url.searchParams,
                abort.signal,
                keyProfile(req, options.apiKey, options.keys)
            );
            body = typeof result === 'string' ? result : JSON.stringify(result);
        } catch (error) {
            if (!(error instanceof HttpError)) throw error;
            status = error.status;
            body = JSON.stringify(error.body);
            headers = error.headers;
        }
        const delay = Number(req.headers['x-fake-latency-ms'] ?? latencyMs);
        if (delay > 0) await sleep(delay);
        if (abort.signal.aborted) return;
        res.writeHead(status, {
            'content-type': 'application/json; charset=utf-8',
            ...failures.rateHeaders(),
            ...headers
        });
        res.end(body);
        log.push({
            method: req.method ?? 'GET',
            path: url.pathname + url.search,
            status,
            startedAt,
            endedAt: now()
        });
    }

    const server = createServer((req, res) => {
        handle(req, res).catch((error: unknown) => {
            console.error('fake Kustomer:', error);
            if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
            res.end(JSON.stringify(internalError('Fake server error').body));
        });
    });

    // Attachment bytes: https with a self-signed localhost certificate, like the real signed S3 URLs. The preview's
    // pages reach the same files through the preview server (a service worker), without the certificate.
    const tls = localhostCertificate();
    const attachmentServer = tls
        ? createHttpsServer(tls, (req, res) =>
              host.serveFile(req, res, new URL(req.url ?? '/', 'https://fake'))
          )
        : undefined;

    const fake: FakeKustomer = {
        world,
        server,
        log,
        serveFile: host.serveFile,
        get url() {
            return baseUrl;
        },
        get attachmentsUrl() {
            return attachmentsUrl;
        },
        async listen(port = 0) {
            await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
            baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
            attachmentsUrl = baseUrl;
            if (attachmentServer) {
                const listenOn = (port: number) =>
                    new Promise<void>((resolve, reject) => {
                        attachmentServer.once('error', reject);
                        attachmentServer.listen(port, '127.0.0.1', () => {
                            attachmentServer.off('error', reject);
                            resolve();
                        });
                    });
                // A stable port (FAKE_ATTACHMENT_PORT) keeps an accepted certificate accepted; any free port otherwise.
                await listenOn(Number(process.env.FAKE_ATTACHMENT_PORT ?? 0)).catch(() =>
                    listenOn(0)
                );
                attachmentsUrl = `https://localhost:${(attachmentServer.address() as AddressInfo).port}`;
            }
            return baseUrl;
        },
        async close() {
            server.closeAllConnections();
            attachmentServer?.closeAllConnections();
            await new Promise<void>((resolve) => server.close(() => resolve()));
            if (attachmentServer?.listening)
                await new Promise<void>((resolve) => attachmentServer.close(() => resolve()));
        },
        setLatency(ms: number) {
            latencyMs = ms;
        }
    };
    return fake;
}
