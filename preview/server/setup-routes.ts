// The preview's Kustomer Setup side: the stand-ins of each scenario (preview/server/scenarios.ts) behind
// POST /apex/<Class.method>, the /setup page (the real kustomerSetup component), the pages links lead to (Open in
// Kustomer, Setup pages), the attachment host's files for the service worker, and the Cases the record picker offers.
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
    createApexStandIn,
    createSetupStandIn,
    fetchTransport,
    previewUser,
    SET_UP,
    TransportError,
    UNREADABLE,
    type ApexStandIn,
    type AuraLikeError,
    type CaseStore,
    type SetupStandIn,
    type Transport
} from '../apex/index.ts';
import { MANAGE_SETUP } from '../apex/shared/policy.ts';
import type { DemoCase } from '../fake-kustomer/model.ts';
import type { FakeKustomer } from '../fake-kustomer/server.ts';
import { leaveHtml, setupDestinationHtml } from './destination-html.ts';
import { FILES_WORKER_SCRIPT } from './files-worker.ts';
import { casePageHtml } from './html.ts';
import { DEFAULT_SCENARIO, keyFor, scenarioById, SCENARIOS, type Scenario } from './scenarios.ts';

export interface SetupRoutesOptions {
    mode: 'fake' | 'real';
    fake?: FakeKustomer;
    /** The key the fake accepts as the org's own. */
    fakeKey?: string;
    /** Real mode: the transport to Kustomer, and its URL (the preview's Named Credential). */
    realTransport?: Transport;
    realUrl?: string;
    realKeySet?: boolean;
    /** Adds the page's fake latency to a transport (x-preview-latency-ms). */
    withLatency: (transport: Transport) => Transport;
    cases: Map<string, DemoCase>;
    /** The default scenario's viewer stand-in (the preview's standIn). */
    viewer: ApexStandIn;
    labels: ReadonlyMap<string, string>;
    /** The run's token (preview/server/guard.ts): the /setup page carries it, like the Case page. */
    apexToken: string;
    timeoutMs?: number;
}

export interface ApexOutcome {
    json?: string;
    error?: AuraLikeError;
    rounds: number;
    requests: number;
}

export interface SetupRoutes {
    /** The scenario a page runs in: its own when known, else the default (real mode: always the real org). */
    scenarioOf(id: string | null | undefined): string;
    /**
     * One Apex call of a page in a scenario, as the user of ?perm= (policy.ts); throws for a class the preview has
     * no stand-in of. The Setup tab's user is a setup admin unless ?perm= takes Kustomer_Manage_Setup away.
     */
    apex(
        scenarioId: string,
        name: string,
        params: Record<string, unknown>,
        perm?: string
    ): Promise<ApexOutcome>;
    /** Answers the routes of this module; false for any other request. */
    handle(req: IncomingMessage, res: ServerResponse, url: URL): boolean;
}

const REAL = 'real';
const MAX_STAND_INS = SCENARIOS.length + 1;

function send(res: ServerResponse, status: number, type: string, body: string): void {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
}

export function createSetupRoutes(options: SetupRoutesOptions): SetupRoutes {
    const store: CaseStore = { get: (caseId) => options.cases.get(caseId) };
    const attachmentsOrigin = options.fake?.attachmentsUrl.startsWith('https:')
        ? options.fake.attachmentsUrl
        : undefined;
    const standIns = new Map<string, { viewer: ApexStandIn; setup: SetupStandIn }>();

    function transportFor(scenario: Scenario): Transport {
        const callout = scenario.callout;
        if ('refused' in callout) {
            return () => Promise.reject(new TransportError('NOT_CONFIGURED', callout.refused));
        }
        return options.withLatency(
            fetchTransport({
                baseUrl: options.fake?.url ?? '',
                headers: {
                    Authorization: `Bearer ${keyFor(options.fakeKey ?? '', callout.key)}`,
                    'x-fake-pod': callout.pod ?? 'prod1'
                }
            })
        );
    }

    function create(id: string): { viewer: ApexStandIn; setup: SetupStandIn } {
        const common = {
            cases: store,
            labels: options.labels,
            ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {})
        };
        if (id === REAL) {
            const transport = options.realTransport as Transport;
            const facts = {
                ...SET_UP,
                namedCredentialUrl: options.realUrl ?? null,
                credentialParameterNames: options.realKeySet ? ['ApiKey'] : [],
                trustedImageUrls: UNREADABLE
            } as const;
            return {
                viewer: options.viewer,
                setup: createSetupStandIn({ ...common, transport, facts })
            };
        }
        const scenario = scenarioById(id) as Scenario;
        const transport = transportFor(scenario);
        const facts = {
            ...SET_UP,
            trustedImageUrls: attachmentsOrigin ? [attachmentsOrigin] : [],
            ...scenario.facts
        };
        const viewer =
            id === DEFAULT_SCENARIO
                ? options.viewer
                : createApexStandIn({
                      transport,
                      cases: store,
                      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
                      ...(scenario.cacheCapacity !== undefined
                          ? { cacheCapacity: scenario.cacheCapacity }
                          : {})
                  });
        return { viewer, setup: createSetupStandIn({ ...common, transport, facts }) };
    }

    function standInsOf(id: string): { viewer: ApexStandIn; setup: SetupStandIn } {
        let found = standIns.get(id);
        if (!found) {
            if (standIns.size >= MAX_STAND_INS) throw new Error('Too many scenarios');
            found = create(id);
            standIns.set(id, found);
        }
        return found;
    }

    function scenarioOf(id: string | null | undefined): string {
        if (options.mode === 'real') return REAL;
        return scenarioById(id)?.id ?? DEFAULT_SCENARIO;
    }

    async function apex(
        scenarioId: string,
        name: string,
        params: Record<string, unknown>,
        perm?: string
    ): Promise<ApexOutcome> {
        const [className, method = ''] = name.split('.');
        const { viewer, setup } = standInsOf(scenarioOf(scenarioId));
        if (className === 'KustomerConversationController') {
            const report = await viewer.call(method, params, previewUser(perm));
            return {
                ...(report.error ? { error: report.error } : { json: report.json as string }),
                rounds: report.rounds,
                requests: report.requests.length
            };
        }
        if (className === 'KustomerSetupController') {
            const admin = previewUser(`${MANAGE_SETUP},${perm ?? ''}`);
            const report = await setup.call(
                method,
                params,
                admin.permissions.includes(MANAGE_SETUP)
            );
            return {
                ...(report.error ? { error: report.error } : { json: report.json as string }),
                rounds: report.requests.length,
                requests: report.requests.length
            };
        }
        throw new Error(`The preview has no Apex class for ${name}`);
    }

    function setupPage(res: ServerResponse, url: URL): void {
        const requested = url.searchParams.get('scenario');
        if (options.mode === 'fake' && requested !== null && !scenarioById(requested)) {
            res.writeHead(302, { location: '/setup' }).end();
            return;
        }
        const scenario = scenarioOf(requested);
        const config = {
            mode: options.mode,
            apexToken: options.apexToken,
            page: 'setup',
            scenario,
            scenarios:
                options.mode === 'fake'
                    ? SCENARIOS.map(({ id, title, description }) => ({ id, title, description }))
                    : [],
            ...(attachmentsOrigin ? { attachmentsOrigin } : {})
        };
        send(
            res,
            200,
            'text/html; charset=utf-8',
            casePageHtml('Kustomer Setup | Kustomer preview', config)
        );
    }

    function handle(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
        const path = url.pathname;
        if (path === '/setup') setupPage(res, url);
        else if (path === '/preview/leave')
            send(res, 200, 'text/html; charset=utf-8', leaveHtml(url.searchParams.get('to') ?? ''));
        else if (path.startsWith('/lightning/setup/')) {
            const html = setupDestinationHtml(path);
            if (html) send(res, 200, 'text/html; charset=utf-8', html);
            else
                send(
                    res,
                    404,
                    'text/plain; charset=utf-8',
                    'Not a Setup page the package links to'
                );
        } else if (path === '/preview-files-worker.js')
            send(res, 200, 'text/javascript; charset=utf-8', FILES_WORKER_SCRIPT);
        else if (path.startsWith('/preview/files/') && options.fake)
            options.fake.serveFile(
                req,
                res,
                new URL(path.slice('/preview/files'.length) + url.search, 'https://fake')
            );
        else if (path === '/preview/records/Case') {
            const records = [...options.cases.values()].map((c) => ({
                id: c.caseId,
                caseNumber: c.caseNumber,
                subject: c.subject
            }));
            send(res, 200, 'application/json; charset=utf-8', JSON.stringify(records));
        } else return false;
        return true;
    }

    return { scenarioOf, apex, handle };
}
