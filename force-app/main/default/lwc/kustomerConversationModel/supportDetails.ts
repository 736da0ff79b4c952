// "Copy details": the facts of a failure a support ticket needs (code, HTTP status, time, Case id, role, wait and,
// for admins, Kustomer's message), as plain "key: value" lines. Keys stay English and machine-like on purpose: the
// text goes to a ticket, read by whoever supports the org in any language. Nothing here can carry the API key:
// Apex never returns it, and anything shaped like a bearer token or a JWT is masked anyway.
import type { KustomerError } from './contract';

export interface SupportContext {
    caseId?: string;
    /** When the failure was shown (ms since the epoch). */
    at: number;
    /** Admins only: Kustomer's or Salesforce's own message (absent for users, and often empty). */
    includeMessage: boolean;
}

const MAX_MESSAGE = 500;
const SECRETS: ReadonlyArray<RegExp> = [
    /\bBearer\s+[^\s"',;]+/gi,
    /\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g,
    /\b(?:api[_-]?key|token|secret|password)\s*[:=]\s*[^\s"',;]+/gi
];

/** A message with anything that looks like a credential masked, on one line, clipped. */
export function maskSecrets(text: string): string {
    let masked = text;
    for (const pattern of SECRETS) masked = masked.replace(pattern, '[hidden]');
    masked = masked.replace(/\s+/g, ' ').trim();
    return masked.length > MAX_MESSAGE ? `${masked.slice(0, MAX_MESSAGE - 1)}…` : masked;
}

function isoTime(at: number): string {
    return Number.isFinite(at) ? new Date(at).toISOString() : 'unknown';
}

export function supportDetails(error: KustomerError, context: SupportContext): string {
    const lines: Array<[string, string | number | undefined]> = [
        ['component', 'Kustomer conversation viewer'],
        ['code', error.code],
        ['reason', error.reason],
        ['httpStatus', error.httpStatus],
        ['missingRole', error.missingRole],
        ['retryAfterSeconds', error.retryAfterSeconds],
        ['time', isoTime(context.at)],
        ['caseId', context.caseId],
        [
            'message',
            context.includeMessage && error.message ? maskSecrets(error.message) : undefined
        ]
    ];
    return lines
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([key, value]) => `${key}: ${value}`)
        .join('\n');
}
