// The preview's Case page (GET /): the Case asked for (?case=…, a demo Case, or any ?conversation=… id), its record
// as the Lightning record page would hold it, the viewer's App Builder properties from the query (?height=…), and
// optionally a Lightning-like Content-Security-Policy (?csp=lex).
import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { DemoCase } from '../fake-kustomer/model.ts';
import type { FakeKustomer } from '../fake-kustomer/server.ts';
import { MAX_OPENED_CASES, rememberBounded } from './guard.ts';
import { casePageHtml } from './html.ts';

const APP_BUILDER_PROPERTIES: Record<string, 'number' | 'boolean'> = {
    height: 'number',
    messagesPerPage: 'number',
    showNewestFirst: 'boolean',
    showNotes: 'boolean',
    autoRefreshSeconds: 'number'
};

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
export function webAppHostOf(apiUrl: string | undefined): string | undefined {
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

export interface CasePageOptions {
    mode: 'fake' | 'real';
    fake: FakeKustomer | undefined;
    /** Every Case the page can show; a Case opened by conversation id joins them (bounded). */
    cases: Map<string, DemoCase>;
    demoCases: DemoCase[];
    apexToken: string;
    /** The web app host a conversation id links to (webAppHostOf the API URL). */
    webAppHost: string | undefined;
    /** The org state the page runs against (setup-routes.ts). */
    scenarioOf: (id: string | null | undefined) => string;
}

export function createCasePage({
    mode,
    fake,
    cases,
    demoCases,
    apexToken,
    webAppHost,
    scenarioOf
}: CasePageOptions): (res: ServerResponse, query: URLSearchParams) => void {
    const demoCaseIds = new Set(cases.keys());
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
            apexToken,
            scenario: scenarioOf(query.get('scenario') ?? record.scenario),
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

    return casePage;
}
