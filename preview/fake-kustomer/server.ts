// The embedded fake Kustomer API (node:http): Kustomer's REST shapes for the endpoints the Apex layer calls
// (docs/contract.md), JSON:API documents, page/pageSize paging with links, include=attachments, both error body
// forms, x-ratelimit-* headers, signed expiring attachment URLs it serves itself, and a latency knob
// (FAKE_LATENCY_MS, per request `x-fake-latency-ms`, or setLatency()). What the real Kustomer does not document is
// configurable, so the viewer is tested against each possibility: the message order (asc or desc, per server or
// per conversation), a `sort` parameter honoured or ignored, pageSize above 100 rejected or capped, a users batch
// with an unknown id answered partially or 404; per conversation (ListBehaviour): counts that drift from the list,
// a notes list that never ends, slow and failing pages.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { FakeAttachment, FakeConversation, FakeMessage, FakeWorld, Raw } from './model.ts';
import { attachmentResource, withAttachmentIds } from './attachment-builders.ts';
import { avatarImage } from './binary.ts';
import { createWorld } from './seed.ts';
import { localhostCertificate } from './tls.ts';
import { MAX_PAGE_SIZE, READ_ROLES } from '../apex/contract-types.ts';

/**
 * Another key the fake knows, as a Kustomer org would: its roles (403 naming the missing role on every endpoint that
 * needs it), its pod (a request to another pod, said by x-fake-pod, gets Kustomer's "associated with pod" 401) and
 * whether it belongs to another Kustomer org (which has none of these conversations: 404).
 */
export interface FakeKeyProfile {
    roles?: string[];
    pod?: string;
    otherOrg?: boolean;
}

/** Every read role, as Kustomer names them. */
export const ALL_ROLES = READ_ROLES.map((role) => `org.permission.${role}.read`);

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

const RATE_LIMIT = 1000;
const AVATAR_CDN = 'https://cdn.example.com/avatars/';

type ErrorForm = 'jsonapi' | 'legacy';

function errorBody(
    form: ErrorForm,
    status: number,
    code: string,
    text: string,
    title: string
): Raw {
    return form === 'jsonapi'
        ? { errors: [{ status: String(status), code, title, detail: text }] }
        : { errors: [{ code, message: text, meta: {} }] };
}

class HttpError extends Error {
    status: number;
    body: Raw;
    headers: Record<string, string>;
    constructor(status: number, body: Raw, headers: Record<string, string> = {}) {
        super(`HTTP ${status}`);
        this.status = status;
        this.body = body;
        this.headers = headers;
    }
}

const forbidden = (role: string) =>
    new HttpError(
        403,
        errorBody('legacy', 403, 'forbidden', `Missing required role: ${role}`, 'Forbidden')
    );
const otherPod = (keyPod: string, requestPod: string) =>
    new HttpError(
        401,
        errorBody(
            'jsonapi',
            401,
            'unauthorized',
            `Auth token associated with pod ${keyPod} but request is being handled by ${requestPod}`,
            'Unauthorized'
        )
    );
/** The role each API route needs (the token needs none). */
const ROUTE_ROLES: Array<[RegExp, string]> = [
    [/^\/v1\/conversations\/[^/]+\/notes$/, 'org.permission.note.read'],
    [/^\/v1\/conversations\/[^/]+\/messages$/, 'org.permission.message.read'],
    [/^\/v1\/conversations\/[^/]+$/, 'org.permission.conversation.read'],
    [/^\/v1\/messages\/[^/]+\/attachments\/[^/]+$/, 'org.permission.attachment.read'],
    [/^\/v1\/messages\/[^/]+$/, 'org.permission.message.read'],
    [/^\/v1\/users\/[^/]+$/, 'org.permission.user.read'],
    [/^\/v1\/customers\/[^/]+$/, 'org.permission.customer.read']
];

const notFound = (what: string) =>
    new HttpError(404, errorBody('jsonapi', 404, 'not_found', `${what} not found`, 'Not Found'));
const unauthorized = () =>
    new HttpError(
        401,
        errorBody('jsonapi', 401, 'unauthorized', 'Invalid or expired token', 'Unauthorized')
    );
const badRequest = (text: string) =>
    new HttpError(400, errorBody('jsonapi', 400, 'bad_request', text, 'Bad Request'));
const internalError = (text: string) =>
    new HttpError(500, errorBody('legacy', 500, 'internal_error', text, 'Internal Server Error'));

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createFakeKustomer(options: FakeKustomerOptions): FakeKustomer {
    const world = createWorld();
    const now = options.now ?? Date.now;
    const secret = randomBytes(32);
    const ttl = options.signedUrlTtlSeconds ?? 300;
    let latencyMs = options.latencyMs ?? Number(process.env.FAKE_LATENCY_MS ?? 0);
    const log: FakeRequestRecord[] = [];
    const flakyServed = new Set<string>();
    let rateLimitedUntil = 0;
    let window = { start: 0, used: 0 };
    let baseUrl = '';
    let attachmentsUrl = '';

    function rateHeaders(): Record<string, string> {
        const t = now();
        if (t - window.start >= 60_000) window = { start: t, used: 0 };
        window.used += 1;
        return {
            'x-ratelimit-limit': String(RATE_LIMIT),
            'x-ratelimit-remaining': String(Math.max(0, RATE_LIMIT - window.used)),
            'x-ratelimit-reset': String(Math.ceil((window.start + 60_000) / 1000))
        };
    }

    function sign(attachment: FakeAttachment, expires: number): string {
        return createHmac('sha256', secret).update(`${attachment.id}:${expires}`).digest('hex');
    }

    function signedUrl(attachment: FakeAttachment): string {
        if (attachment.relatedUrl !== undefined) return attachment.relatedUrl;
        const expires = Math.floor(now() / 1000) + ttl;
        const name = encodeURIComponent(attachment.name);
        return `${attachmentsUrl}/attachments/${world.orgId}/${attachment.id}/${name}?X-Amz-Expires=${ttl}&X-Kustomer-Expires=${expires}&X-Kustomer-Signature=${sign(attachment, expires)}`;
    }

    /** Applies a conversation's failure kind to a request that touches it. */
    async function failFor(
        conversation: FakeConversation,
        endpoint: 'conversation' | 'messages' | 'notes' | 'message',
        signal: AbortSignal
    ): Promise<void> {
        switch (conversation.failure) {
            case 'unauthorized':
                throw unauthorized();
            case 'forbidden':
                throw new HttpError(
                    403,
                    errorBody(
                        'legacy',
                        403,
                        'forbidden',
                        'Missing required role: org.permission.conversation.read',
                        'Forbidden'
                    )
                );
            case 'not-found':
                throw notFound(`Conversation ${conversation.id}`);
            case 'server-error':
                throw internalError('An unexpected error occurred');
            case 'notes-forbidden':
                if (endpoint === 'notes')
                    throw new HttpError(
                        403,
                        errorBody(
                            'jsonapi',
                            403,
                            'forbidden',
                            'Missing required role: org.permission.note.read',
                            'Forbidden'
                        )
                    );
                return;
            case 'flaky':
                if (!flakyServed.has(endpoint)) {
                    flakyServed.add(endpoint);
                    throw internalError('Temporary failure, try again');
                }
                return;
            case 'rate-limited': {
                const t = now();
                // Limited for a few seconds after the first hit; re-armed once it has been open for a minute.
                if (rateLimitedUntil === 0 || t > rateLimitedUntil + 60_000)
                    rateLimitedUntil = t + (options.rateLimitSeconds ?? 4) * 1000;
                if (t < rateLimitedUntil) {
                    throw new HttpError(
                        429,
                        errorBody(
                            'jsonapi',
                            429,
                            'too_many_requests',
                            'Rate limit exceeded',
                            'Too Many Requests'
                        ),
                        {
                            'x-ratelimit-limit': String(RATE_LIMIT),
                            'x-ratelimit-remaining': '0',
                            'x-ratelimit-reset': String(Math.ceil(rateLimitedUntil / 1000))
                        }
                    );
                }
                return;
            }
            case 'timeout':
                await new Promise<void>((resolve) => {
                    const timer = setTimeout(resolve, 120_000);
                    signal.addEventListener('abort', () => {
                        clearTimeout(timer);
                        resolve();
                    });
                });
                throw new HttpError(
                    504,
                    errorBody('legacy', 504, 'gateway_timeout', 'Timed out', 'Gateway Timeout')
                );
            default:
        }
    }

    /** Avatars of the seed (https://cdn.example.com/avatars/…) are served by the fake's https host, offline. */
    function withLocalAvatar(user: Raw): Raw {
        const attributes = user.attributes as Raw;
        const avatar = attributes.avatarUrl;
        if (
            typeof avatar !== 'string' ||
            !avatar.startsWith(AVATAR_CDN) ||
            !attachmentsUrl.startsWith('https:')
        )
            return user;
        return {
            ...user,
            attributes: {
                ...attributes,
                avatarUrl: `${attachmentsUrl}/avatars/${avatar.slice(AVATAR_CDN.length)}`
            }
        };
    }

    function pageParams(query: URLSearchParams): { page: number; pageSize: number } {
        const page = Number(query.get('page') ?? 1);
        let pageSize = Number(query.get('pageSize') ?? 100);
        if (!Number.isInteger(page) || page < 1)
            throw badRequest('page must be a positive integer');
        if (pageSize > MAX_PAGE_SIZE && options.oversizedPageSize === 'cap')
            pageSize = MAX_PAGE_SIZE;
        if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE)
            throw badRequest(`pageSize must be between 1 and ${MAX_PAGE_SIZE}`);
        return { page, pageSize };
    }

    /** A conversation's messages in the order this Kustomer lists them. */
    function listedMessages(c: FakeConversation, query: URLSearchParams): FakeMessage[] {
        let order = c.behaviour?.order ?? options.messageOrder ?? 'asc';
        const sort = query.get('sort');
        if (options.sort === 'honoured' && (sort === 'desc' || sort === '-createdAt'))
            order = 'desc';
        return order === 'desc' ? [...c.messages].reverse() : c.messages;
    }

    /** The conversation as Kustomer reports it: messageCount drifts from the list when the behaviour says so. */
    function reported(c: FakeConversation): Raw {
        const drift = c.behaviour?.countDrift;
        if (!drift) return c.raw;
        const attributes = c.raw.attributes as Raw;
        return {
            ...c.raw,
            attributes: { ...attributes, messageCount: Math.max(0, c.messages.length + drift) }
        };
    }

    function listDocument<T>(
        path: string,
        query: URLSearchParams,
        items: T[],
        render: (item: T) => Raw,
        endless = false
    ): { doc: Raw; slice: T[] } {
        const { page, pageSize } = pageParams(query);
        const last = Math.max(1, Math.ceil(items.length / pageSize));
        // A list that never ends repeats its last page forever.
        const shown = endless ? Math.min(page, last) : page;
        const slice = items.slice((shown - 1) * pageSize, shown * pageSize);
        const link = (p: number) => {
            const q = new URLSearchParams(query);
            q.set('page', String(p));
            q.set('pageSize', String(pageSize));
            return `${path}?${q.toString()}`;
        };
        return {
            slice,
            doc: {
                meta: { pageSize, page },
                data: slice.map(render),
                links: {
                    self: link(page),
                    first: link(1),
                    prev: page > 1 ? link(Math.min(page - 1, last)) : null,
                    next: page < last || endless ? link(page + 1) : null
                }
            }
        };
    }

    function conversationFor(id: string): FakeConversation {
        const conversation = world.conversations.get(id);
        if (!conversation) throw notFound(`Conversation ${id}`);
        return conversation;
    }

    async function route(
        path: string,
        query: URLSearchParams,
        signal: AbortSignal,
        profile: FakeKeyProfile
    ): Promise<Raw | string> {
        let m: RegExpMatchArray | null;
        if (path === '/v1/auth/tokens/current') return tokenDocument(profile);
        const role = ROUTE_ROLES.find(([pattern]) => pattern.test(path))?.[1];
        if (role && !(profile.roles ?? ALL_ROLES).includes(role)) throw forbidden(role);
        // Another Kustomer org has none of this org's conversations, messages or people.
        if (profile.otherOrg) throw notFound(`Resource ${path.split('/').pop() ?? ''}`);
        if ((m = path.match(/^\/v1\/conversations\/([^/]+)$/))) {
            const c = conversationFor(m[1] as string);
            await failFor(c, 'conversation', signal);
            return c.failure === 'malformed-json'
                ? `{"data":{"type":"conversation","id":"${c.id}","attributes":{"name":"Fail`
                : { data: reported(c) };
        }
        if ((m = path.match(/^\/v1\/conversations\/([^/]+)\/messages$/))) {
            const c = conversationFor(m[1] as string);
            await failFor(c, 'messages', signal);
            const page = Number(query.get('page') ?? 1);
            const slow = c.behaviour?.slowPages?.[page];
            if (slow) await sleep(slow);
            if (c.behaviour?.failingPages?.includes(page)) throw internalError('Page failed');
            const messages = listedMessages(c, query);
            const { doc, slice } = listDocument(path, query, messages, withAttachmentIds);
            if ((query.get('include') ?? '').split(',').includes('attachments')) {
                doc.included = slice.flatMap((message) =>
                    message.attachments.map((a) => attachmentResource(a))
                );
            }
            return c.failure === 'malformed-json' ? JSON.stringify(doc).slice(0, 200) : doc;
        }
        if ((m = path.match(/^\/v1\/conversations\/([^/]+)\/notes$/))) {
            const c = conversationFor(m[1] as string);
            await failFor(c, 'notes', signal);
            return listDocument(path, query, c.notes, (n) => n.raw, c.behaviour?.endlessNotes).doc;
        }
        if ((m = path.match(/^\/v1\/users\/([^/]+)$/))) {
            const ids = decodeURIComponent(m[1] as string)
                .split(',')
                .filter(Boolean);
            const found = ids
                .map((id) => world.users.get(id))
                .filter((u): u is Raw => u !== undefined)
                .map(withLocalAvatar);
            const missing = found.length < ids.length;
            if (found.length === 0 || (missing && options.usersBatch === 'not-found'))
                throw notFound(`User ${ids.join(',')}`);
            return { data: ids.length === 1 ? found[0] : found };
        }
        if ((m = path.match(/^\/v1\/customers\/([^/]+)$/))) {
            const customer = world.customers.get(m[1] as string);
            if (!customer) throw notFound(`Customer ${m[1]}`);
            return { data: customer };
        }
        if ((m = path.match(/^\/v1\/messages\/([^/]+)$/))) {
            const message = world.messages.get(m[1] as string);
            if (!message) throw notFound(`Message ${m[1]}`);
            await failFor(conversationFor(message.conversationId), 'message', signal);
            return { data: withAttachmentIds(message) };
        }
        if ((m = path.match(/^\/v1\/messages\/([^/]+)\/attachments\/([^/]+)$/))) {
            const message = world.messages.get(m[1] as string);
            const attachment = message?.attachments.find((a) => a.id === m?.[2]);
            if (!message || !attachment) throw notFound(`Attachment ${m[2]}`);
            await failFor(conversationFor(message.conversationId), 'message', signal);
            return {
                data: attachment.redacted
                    ? attachmentResource(attachment)
                    : attachmentResource(attachment, signedUrl(attachment))
            };
        }
        throw notFound(`Route ${path}`);
    }

    /** GET /v1/auth/tokens/current: the key's name and roles, whatever its roles. */
    function tokenDocument(profile: FakeKeyProfile): Raw {
        return {
            data: {
                type: 'token',
                id: '5f2a0c9e1b2c3d4e5f601234',
                attributes: {
                    name: 'Salesforce viewer (preview)',
                    roles: profile.roles ?? ALL_ROLES,
                    org: profile.otherOrg ? '5cf50bc03f46c548ab3a9999' : world.orgId
                }
            }
        };
    }

    /** The profile of the request's key, or a 401 (unknown key, or the key's pod is not the one asked). */
    function keyProfile(req: IncomingMessage): FakeKeyProfile {
        const given = String(req.headers.authorization ?? '');
        const profile =
            given === `Bearer ${options.apiKey}`
                ? {}
                : Object.entries(options.keys ?? {}).find(
                      ([key]) => given === `Bearer ${key}`
                  )?.[1];
        if (!profile) throw unauthorized();
        const keyPod = profile.pod ?? 'prod1';
        const requestPod = String(req.headers['x-fake-pod'] ?? 'prod1');
        if (keyPod !== requestPod) throw otherPod(keyPod, requestPod);
        return profile;
    }

    function serveAttachment(req: IncomingMessage, res: ServerResponse, url: URL): void {
        const m = url.pathname.match(/^\/attachments\/[^/]+\/([^/]+)\/[^/]+$/);
        const attachment = m ? world.attachments.get(m[1] as string) : undefined;
        const expires = Number(url.searchParams.get('X-Kustomer-Expires'));
        const given = Buffer.from(url.searchParams.get('X-Kustomer-Signature') ?? '', 'hex');
        const denied = (message: string) => {
            res.writeHead(403, { 'content-type': 'application/xml' });
            res.end(
                `<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>${message}</Message></Error>`
            );
        };
        if (!attachment || attachment.redacted) return denied('Access Denied');
        const expected = Buffer.from(sign(attachment, expires), 'hex');
        if (given.length !== expected.length || !timingSafeEqual(given, expected))
            return denied('Signature does not match');
        if (now() / 1000 > expires) return denied('Request has expired');
        const bytes = attachment.bytes();
        res.writeHead(200, {
            'content-type': attachment.contentType,
            'content-length': String(bytes.length),
            'content-disposition': `inline; filename="${attachment.name.replace(/[^\w.-]/g, '_')}"`,
            'cache-control': 'private, max-age=60',
            'x-content-type-options': 'nosniff'
        });
        res.end(req.method === 'HEAD' ? undefined : bytes);
    }

    async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
        const url = new URL(req.url ?? '/', 'http://fake');
        if (url.pathname.startsWith('/attachments/')) return serveAttachment(req, res, url);
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
                keyProfile(req)
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
            ...rateHeaders(),
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

    /** What the attachment host answers: signed attachment bytes, avatars, and a page saying the host works. */
    function serveFile(req: IncomingMessage, res: ServerResponse, url: URL): void {
        const avatar = url.pathname.match(/^\/avatars\/([\w-]+)\.png$/);
        if (url.pathname.startsWith('/attachments/')) serveAttachment(req, res, url);
        else if (url.pathname === '/') {
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
            res.end(
                '<!doctype html><title>Fake Kustomer attachments</title><p>The fake Kustomer attachment host answers. Go back to the preview.</p>'
            );
        } else if (avatar) {
            const seed = [...(avatar[1] as string)].reduce((sum, c) => sum + c.charCodeAt(0), 0);
            res.writeHead(200, {
                'content-type': 'image/png',
                'cache-control': 'public, max-age=3600'
            });
            res.end(avatarImage(96, seed));
        } else res.writeHead(404).end();
    }

    // Attachment bytes: https with a self-signed localhost certificate, like the real signed S3 URLs. The preview's
    // pages reach the same files through the preview server (a service worker), without the certificate.
    const tls = localhostCertificate();
    const attachmentServer = tls
        ? createHttpsServer(tls, (req, res) =>
              serveFile(req, res, new URL(req.url ?? '/', 'https://fake'))
          )
        : undefined;

    const fake: FakeKustomer = {
        world,
        server,
        log,
        serveFile,
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
