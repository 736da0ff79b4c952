// The preview server: the Lightning-like Case page, the demo Case index, the built bundle, SLDS assets, and
// POST /apex/<Class.method>, which runs the TypeScript stand-in of the Apex layer against the embedded fake
// Kustomer API or, with KUSTOMER_API_URL + KUSTOMER_API_KEY, a real Kustomer org. The key stays in this process:
// only the transport below adds it, and nothing the server sends to the browser contains it. Every request passes
// guard.ts first: loopback Host only, and Apex only from the Case page of this run. The Case page, the Apex route
// and the connection to Kustomer have their own modules.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createApexStandIn, type ApexStandIn } from '../apex/index.ts';
import { readLabelValues } from '../../lib/metadata/index.ts';
import { DIST_DIR, ROOT } from '../build/rollup-config.ts';
import type { DemoCase } from '../fake-kustomer/model.ts';
import type { FakeKustomer } from '../fake-kustomer/server.ts';
import { createApexRoute } from './apex-route.ts';
import { createCasePage, webAppHostOf } from './case-page.ts';
import { answerError, checkApexCaller, checkHost, decodePathPart, newRunToken } from './guard.ts';
import { indexHtml } from './html.ts';
import { connectKustomer } from './kustomer-connection.ts';
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

const SLDS_ASSETS = join(ROOT, 'node_modules', '@salesforce-ux', 'design-system', 'assets');

export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
    const { mode, fake, fakeKey, transport, latency, withLatency } = await connectKustomer(options);
    const distDir = options.distDir ?? DIST_DIR;
    const demoCases = fake?.world.cases ?? [];
    const cases = new Map(demoCases.map((c) => [c.caseId, c]));
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

    const casePage = createCasePage({
        mode,
        fake,
        cases,
        demoCases,
        apexToken: token,
        webAppHost,
        scenarioOf: (id) => setup.scenarioOf(id)
    });
    const apex = createApexRoute({ mode, latency, setup, standIn, fake, apexLog });

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
