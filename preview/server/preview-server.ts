// The preview server: the Lightning-like Case page, the demo Case index, the built bundle, SLDS assets, and
// POST /apex/<Class.method>, which runs the TypeScript stand-in of the Apex layer against the embedded fake
// Kustomer API or, with KUSTOMER_API_URL + KUSTOMER_API_KEY, a real Kustomer org. The key stays in this process:
// only the transport below adds it, and nothing the server sends to the browser contains it. Every request passes
// guard.ts first: loopback Host only, and Apex only from the Case page of this run.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
    createApexStandIn,
    fetchTransport,
    TransportError,
    type ApexStandIn,
    type Transport
} from '../apex/index.ts';
import { readLabelValues } from '../../lib/metadata/index.ts';
import { DIST_DIR, ROOT } from '../build/rollup-config.ts';
import type { DemoCase } from '../fake-kustomer/model.ts';
import { createFakeKustomer, type FakeKustomer } from '../fake-kustomer/server.ts';
import {
    answerError,
    checkApexCaller,
    checkHost,
    decodePathPart,
    keepLast,
    MAX_LOG_ENTRIES,
    MAX_OPENED_CASES,
    newRunToken,
    readJsonObject,
    rememberBounded
} from './guard.ts';
import { casePageHtml, indexHtml } from './html.ts';
import { scenarioKeys } from './scenarios.ts';
import { createSetupRoutes } from './setup-routes.ts';
import { serveFile } from './static-files.ts';

export interface PreviewOptions {
    port?: number;
    host?: string;
    distDir?: string;
    /** Real mode: Kustomer's API URL (https://<org>.api.kustomerapp.com) and key. Absent: the embedded fake. */
    kustomerApiUrl?: string;
    kustomerApiKey?: string;
    /** The key the embedded fake accepts (random per run by default; tests set one to look for leaks). */
    fakeApiKey?: string;
    /** Latency of every fake Kustomer response (ms); FAKE_LATENCY_MS by default. */
    fakeLatencyMs?: number;
    /** How long the rate-limited demo stays limited (s). */
    rateLimitSeconds?: number;
    /** Stand-in callout timeout (ms); the contract's 10 s / 20 s by default. */
    timeoutMs?: number;
    cacheCapacity?: boolean;
}

/** One Apex call as the browser saw it (for the tests and the benchmark). */
export interface ApexCallRecord {
    method: string;
    params: Record<string, unknown>;
    ok: boolean;
    /** Bytes of the response body sent to the browser. */
    bytes: number;
    rounds: number;
    requests: number;
    ms: number;
}

export interface Preview {
    url: string;
    mode: 'fake' | 'real';
    server: Server;
    fake?: FakeKustomer;
    standIn: ApexStandIn;
    cases: Map<string, DemoCase>;
    apexLog: ApexCallRecord[];
    close(): Promise<void>;
}

const APP_BUILDER_PROPERTIES: Record<string, 'number' | 'boolean'> = {
    height: 'number',
    messagesPerPage: 'number',
    showNewestFirst: 'boolean',
    showNotes: 'boolean',
    autoRefreshSeconds: 'number'
};

const MAX_APEX_BODY = 64 * 1024;
const SLDS_ASSETS = join(ROOT, 'node_modules', '@salesforce-ux', 'design-system', 'assets');

/** The viewer's App Builder properties, as an admin would set them, from ?height=…&showNotes=false. */
function viewerProperties(query: URLSearchParams): Record<string, number | boolean> {
    const props: Record<string, number | boolean> = {};
    for (const [name, type] of Object.entries(APP_BUILDER_PROPERTIES)) {
        const raw = query.get(name);
        if (raw === null) continue;
        if (type === 'boolean') props[name] = raw !== 'false' && raw !== '0';
        else if (Number.isFinite(Number(raw))) props[name] = Number(raw);
    }
    return props;
}

/** A Case for any conversation id (?conversation=…): a stable id so reloads hit the same Case. */
function conversationCase(conversationId: string, webAppHost: string | undefined): DemoCase {
    const hash = createHash('sha1').update(conversationId).digest('hex').slice(0, 10);
    return {
        caseId: `500Kc${hash}AAA`,
        caseNumber: `0000${parseInt(hash.slice(0, 4), 16)}`.slice(-8),
        subject: `Kustomer conversation ${conversationId}`,
        description: 'Opened by conversation id',
        group: 'Conversations',
        access: 'OK',
        conversationId,
        ...(webAppHost && /^[0-9a-f]{24}$/.test(conversationId)
            ? { conversationUrl: `https://${webAppHost}/app/conversations/${conversationId}` }
            : {}),
        status: 'New',
        priority: 'Medium',
        origin: 'Kustomer',
        contactName: ''
    };
}

/**
 * https://acme.api.kustomerapp.com → acme.kustomerapp.com (the web app, for the Case's Conversation URL). Regional
 * hosts (api.kustomerapp.com, api.prod2.kustomerapp.com) and anything else do not name the org: no URL then.
 */
function webAppHostOf(apiUrl: string | undefined): string | undefined {
    if (!apiUrl) return 'acme.kustomerapp.com';
    let host: string;
    try {
        host = new URL(apiUrl).hostname;
    } catch {
        return undefined;
    }
    const org = host.match(/^([a-z0-9-]+)\.api\.kustomerapp\.com$/i)?.[1];
    return org && !/^api$/i.test(org) ? `${org}.kustomerapp.com` : undefined;
}

function header(req: IncomingMessage, name: string): string | undefined {
    const value = req.headers[name];
    return typeof value === 'string' ? value : undefined;
}

function auraError(message: string): object {
    return {
        status: 500,
        statusText: 'Server Error',
        ok: false,
        headers: {},
        body: {
            message,
            exceptionType: 'System.UnexpectedException',
            isUserDefinedException: false,
            stackTrace: ''
        }
    };
}

export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
    const mode: 'fake' | 'real' = options.kustomerApiUrl ? 'real' : 'fake';
    const distDir = options.distDir ?? DIST_DIR;
    const latency = new AsyncLocalStorage<{ latencyMs?: number }>();
    // The page's fake latency (?latency=) on every request of a fake Kustomer transport.
    const withLatency =
        (base: Transport): Transport =>
        (request) => {
            const perRequest = latency.getStore()?.latencyMs;
            return base(
                perRequest === undefined
                    ? request
                    : {
                          ...request,
                          headers: { ...request.headers, 'x-fake-latency-ms': String(perRequest) }
                      }
            );
        };
    let fake: FakeKustomer | undefined;
    let transport: Transport;
    // The fake checks a key like Kustomer does; it is made up per run and, like a real key, never leaves here.
    const fakeKey = options.fakeApiKey ?? randomBytes(24).toString('base64url');
    if (mode === 'real') {
        const key = options.kustomerApiKey ?? '';
        const real = fetchTransport({
            baseUrl: options.kustomerApiUrl as string,
            headers: { Authorization: `Bearer ${key}` }
        });
        // No key is the preview's "Named Credential without its key": NOT_CONFIGURED, as the org would say.
        transport = key
            ? real
            : () =>
                  Promise.reject(
                      new TransportError('NOT_CONFIGURED', 'KUSTOMER_API_KEY is not set')
                  );
    } else {
        fake = createFakeKustomer({
            apiKey: fakeKey,
            keys: scenarioKeys(fakeKey),
            ...(options.fakeLatencyMs !== undefined ? { latencyMs: options.fakeLatencyMs } : {}),
            ...(options.rateLimitSeconds !== undefined
                ? { rateLimitSeconds: options.rateLimitSeconds }
                : {})
        });
        transport = withLatency(
            fetchTransport({
                baseUrl: await fake.listen(0),
                headers: { Authorization: `Bearer ${fakeKey}` }
            })
        );
    }

    const demoCases = fake?.world.cases ?? [];
    const cases = new Map(demoCases.map((c) => [c.caseId, c]));
    const demoCaseIds = new Set(cases.keys());
    const token = newRunToken();
    let port = 0;
    const standIn = createApexStandIn({
        transport,
        cases: { get: (caseId: string) => cases.get(caseId) },
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
        ...(options.cacheCapacity !== undefined ? { cacheCapacity: options.cacheCapacity } : {})
    });
    const apexLog: ApexCallRecord[] = [];
    const webAppHost = webAppHostOf(options.kustomerApiUrl);
    const setup = createSetupRoutes({
        mode,
        ...(fake ? { fake, fakeKey } : {}),
        ...(mode === 'real'
            ? {
                  realTransport: transport,
                  realUrl: options.kustomerApiUrl as string,
                  realKeySet: Boolean(options.kustomerApiKey)
              }
            : {}),
        withLatency,
        cases,
        viewer: standIn,
        apexToken: token,
        labels: readLabelValues(join(ROOT, 'force-app', 'main', 'default')),
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {})
    });

    function casePage(res: ServerResponse, query: URLSearchParams): void {
        let record: DemoCase | undefined;
        const caseId = query.get('case');
        const conversation = query.get('conversation');
        if (caseId !== null) {
            record = cases.get(caseId) ?? {
                ...conversationCase('', undefined),
                caseId,
                subject: 'Unknown Case',
                access: 'NO_RECORD'
            };
        } else if (conversation !== null) {
            record = conversationCase(conversation.trim(), webAppHost);
            rememberBounded(cases, record.caseId, record, MAX_OPENED_CASES, demoCaseIds);
        } else if (mode === 'fake') {
            record = demoCases[0];
        }
        if (!record) {
            res.writeHead(302, { location: '/cases' });
            res.end();
            return;
        }
        const config = {
            mode,
            apexToken: token,
            scenario: setup.scenarioOf(query.get('scenario') ?? record.scenario),
            ...(fake?.attachmentsUrl.startsWith('https:')
                ? { attachmentsOrigin: fake.attachmentsUrl }
                : {}),
            caseRecord: {
                caseId: record.caseId,
                caseNumber: record.caseNumber,
                subject: record.subject,
                status: record.status,
                priority: record.priority,
                origin: record.origin,
                contactName: record.contactName,
                ...(record.contactEmail ? { contactEmail: record.contactEmail } : {}),
                ...(record.contactPhone ? { contactPhone: record.contactPhone } : {}),
                access: record.access,
                conversationId: record.conversationId,
                ...(record.conversationUrl ? { conversationUrl: record.conversationUrl } : {}),
                ...(record.assigneeNames ? { assigneeNames: record.assigneeNames } : {})
            },
            viewer: viewerProperties(query)
        };
        const html = casePageHtml(`${record.subject} | Case | Kustomer preview`, config);
        res.writeHead(200, {
            'content-type': 'text/html; charset=utf-8',
            'cache-control': 'no-store',
            ...lexLikeCsp(query)
        });
        res.end(html);
    }

    /**
     * ?csp=lex: a Content-Security-Policy like Lightning Experience's, where images load only from the org and
     * from CSP Trusted Sites. The fake's attachment host is trusted only with &trusted=1, so the page shows what
     * the viewer does when an admin has not added Kustomer's attachment host.
     */
    function lexLikeCsp(query: URLSearchParams): Record<string, string> {
        if (query.get('csp') !== 'lex') return {};
        const trusted =
            query.get('trusted') === '1' && fake?.attachmentsUrl ? ` ${fake.attachmentsUrl}` : '';
        return {
            'content-security-policy': [
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self' 'unsafe-inline'",
                `img-src 'self' data: blob:${trusted}`,
                "connect-src 'self'",
                "frame-src 'none'",
                "object-src 'none'",
                "base-uri 'self'"
            ].join('; ')
        };
    }

    async function apex(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
        const started = performance.now();
        const params = await readJsonObject(req, MAX_APEX_BODY);
        const method = name.replace(/^\w+\./, '');
        const latencyHeader = header(req, 'x-preview-latency-ms');
        const latencyMs =
            mode === 'fake' && latencyHeader !== undefined && /^\d{1,6}$/.test(latencyHeader)
                ? Number(latencyHeader)
                : undefined;
        let status = 200;
        let body: string;
        let rounds = 0;
        let requests = 0;
        try {
            const report = await latency.run(
                { ...(latencyMs !== undefined ? { latencyMs } : {}) },
                () =>
                    setup.apex(
                        header(req, 'x-preview-scenario') ?? '',
                        name,
                        params,
                        header(req, 'x-preview-perm')
                    )
            );
            rounds = report.rounds;
            requests = report.requests;
            if (report.error) {
                status = report.error.status;
                body = JSON.stringify(report.error);
            } else {
                body = JSON.stringify(report.json as string);
            }
        } catch (error) {
            console.error(`preview: ${name} failed:`, error);
            status = 500;
            body = JSON.stringify(auraError('An internal server error has occurred'));
        }
        res.writeHead(status, {
            'content-type': 'application/json; charset=utf-8',
            'cache-control': 'no-store'
        });
        res.end(body);
        apexLog.push({
            method,
            params,
            ok: status === 200,
            bytes: Buffer.byteLength(body),
            rounds,
            requests,
            ms: performance.now() - started
        });
        for (const log of [apexLog, standIn.requestLog, fake?.log ?? []])
            keepLast<unknown>(log, MAX_LOG_ENTRIES);
    }

    async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
        checkHost(req, port);
        const url = new URL(req.url ?? '/', 'http://preview');
        const path = url.pathname;
        if (req.method === 'POST' && path.startsWith('/apex/')) {
            checkApexCaller(req, port, token);
            return apex(req, res, decodePathPart(path.slice('/apex/'.length)));
        }
        if (req.method !== 'GET' && req.method !== 'HEAD') {
            res.writeHead(405).end();
            return;
        }
        if (path === '/') return casePage(res, url.searchParams);
        if (setup.handle(req, res, url)) return;
        if (path === '/cases') {
            res.writeHead(200, {
                'content-type': 'text/html; charset=utf-8',
                'cache-control': 'no-store'
            });
            res.end(indexHtml(demoCases, mode, fake?.attachmentsUrl));
            return;
        }
        if (
            path.startsWith('/dist/') &&
            serveFile(res, distDir, path.slice('/dist/'.length), 'no-cache')
        )
            return;
        if (
            path.startsWith('/assets/') &&
            serveFile(res, SLDS_ASSETS, path.slice('/assets/'.length), 'public, max-age=3600')
        )
            return;
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }

    const server = createServer((req, res) => {
        handle(req, res).catch((error: unknown) => answerError(res, error));
    });
    await new Promise<void>((resolve) =>
        server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve)
    );
    const address = server.address() as AddressInfo;
    port = address.port;
    const host = address.address.includes(':') ? `[${address.address}]` : address.address;
    return {
        url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${address.port}`,
        mode,
        server,
        ...(fake ? { fake } : {}),
        standIn,
        cases,
        apexLog,
        async close() {
            server.closeAllConnections();
            await new Promise<void>((resolve) => server.close(() => resolve()));
            await fake?.close();
        }
    };
}
