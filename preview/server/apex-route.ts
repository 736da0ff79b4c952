// POST /apex/<Class.method>: runs the Apex stand-in of the page's scenario (setup-routes.ts) as Aura would, with the
// page's fake latency (x-preview-latency-ms), answers Aura's error shape when the stand-in throws, and records each
// call as the browser saw it (bytes, Kustomer round trips and requests, time) for the tests and the benchmark.
import type { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApexStandIn } from '../apex/index.ts';
import { auraLikeError } from '../apex/shared/error.ts';
import type { FakeKustomer } from '../fake-kustomer/server.ts';
import { keepLast, MAX_LOG_ENTRIES, readJsonObject } from './guard.ts';
import type { ApexCallRecord } from './preview-server.ts';
import type { SetupRoutes } from './setup-routes.ts';

const MAX_APEX_BODY = 64 * 1024;

function header(req: IncomingMessage, name: string): string | undefined {
    const value = req.headers[name];
    return typeof value === 'string' ? value : undefined;
}

export interface ApexRouteOptions {
    mode: 'fake' | 'real';
    /** Carries the page's fake latency to the fake Kustomer transport. */
    latency: AsyncLocalStorage<{ latencyMs?: number }>;
    setup: Pick<SetupRoutes, 'apex'>;
    standIn: ApexStandIn;
    fake: FakeKustomer | undefined;
    apexLog: ApexCallRecord[];
}

export function createApexRoute({
    mode,
    latency,
    setup,
    standIn,
    fake,
    apexLog
}: ApexRouteOptions): (req: IncomingMessage, res: ServerResponse, name: string) => Promise<void> {
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
            body = JSON.stringify(
                auraLikeError('An internal server error has occurred', 'System.UnexpectedException')
            );
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

    return apex;
}
