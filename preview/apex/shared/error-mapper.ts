// KustomerErrorMapper.cls in TypeScript: turns one Kustomer answer (or a Continuation status) into a JSON:API
// document or a KustomerError, worded as KustomerErrorMapper's (the setup check shows them inside its texts, which
// the setup golden cases compare). How long to wait after a 429: Retry-After (delta-seconds), else
// x-ratelimit-reset, whose meaning Kustomer does not document (epoch ms above 10^12, epoch seconds above 10^9, else
// seconds); rounded up, clamped to 1..300.
import {
    DEFAULT_RETRY_SECONDS,
    type Json,
    type KustomerError,
    MAX_BODY_CHARS,
    MAX_DETAIL_CHARS,
    MAX_RETRY_SECONDS,
    MIN_RETRY_SECONDS
} from '../contract-types.ts';
import { kustomerError } from './error.ts';
import type { RequestName } from './request.ts';

export interface TransportResponse {
    status: number;
    headers?: Record<string, string | undefined>;
    bodyText?: string;
}

export type JsonObject = { [key: string]: Json };

export type Outcome =
    { ok: true; document: JsonObject; status: number } | { ok: false; error: KustomerError };

/** Apex's String.abbreviate: texts longer than max end in "..." within max characters. */
export function abbreviate(text: string, max = MAX_DETAIL_CHARS): string {
    return text.length <= max ? text : `${text.slice(0, max - 3)}...`;
}
const ROLE = /org\.(?:permission|user)\.[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*/;
const POD = /\bpod\b/i;

export function isObject(value: unknown): value is JsonObject {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function headerReader(headers: TransportResponse['headers']): (name: string) => string | undefined {
    const lower = new Map<string, string>();
    for (const [name, value] of Object.entries(headers ?? {})) {
        if (typeof value === 'string') lower.set(name.toLowerCase(), value);
    }
    return (name) => lower.get(name);
}

function parseJson(text: string): unknown {
    try {
        return JSON.parse(text);
    } catch {
        return undefined;
    }
}

/** Kustomer's error text from either body form: detail, else message, else title. */
export function errorDetail(bodyText: string | undefined): string | undefined {
    if (!bodyText || bodyText.length > MAX_BODY_CHARS) return undefined;
    const body = parseJson(bodyText);
    const errors = isObject(body) ? body.errors : undefined;
    const first = Array.isArray(errors) ? errors.find(isObject) : undefined;
    if (!first) return undefined;
    for (const field of ['detail', 'message', 'title']) {
        const value = first[field];
        if (typeof value === 'string' && value.trim()) return abbreviate(value);
    }
    return undefined;
}

/**
 * The first Kustomer role the body names, else none: a 403 may have other causes (the key's IP restriction), and
 * no role is named that Kustomer did not name (its role tables list none for users, for one).
 */
export function missingRole(bodyText: string | undefined): string | undefined {
    const match = bodyText ? ROLE.exec(bodyText.slice(0, MAX_BODY_CHARS)) : null;
    return match ? match[0] : undefined;
}

function continuationError(
    status: number,
    bodyText: string | undefined
): KustomerError | undefined {
    if (status === 2000 || status === 2003) {
        return kustomerError('TIMEOUT', `Kustomer did not answer in time (${status})`);
    }
    if (status === 2004) {
        return kustomerError('BAD_RESPONSE', 'The Kustomer answer is larger than 1 MB');
    }
    if (status === 2001) return kustomerError('UPSTREAM', 'Kustomer could not be reached (2001)');
    if (status === 2002) return calloutExceptionError(bodyText ?? '');
    return undefined;
}

/** What a CalloutException's text (or a Continuation 2002 body) means: credential, timeout, else unreachable. */
export function calloutExceptionError(text: string): KustomerError {
    const message = `Callout failed: ${abbreviate(text)}`;
    if (/credential/i.test(text)) return kustomerError('NOT_CONFIGURED', message);
    if (/timed out|time allotted/i.test(text)) return kustomerError('TIMEOUT', message);
    return kustomerError('UPSTREAM', message);
}

export function errorFromResponse(
    name: RequestName,
    response: TransportResponse,
    nowMs: number
): KustomerError {
    const { status, bodyText } = response;
    const fromContinuation = continuationError(status, bodyText);
    if (fromContinuation) return fromContinuation;
    const detail = errorDetail(bodyText);
    const message = `Kustomer answered ${status} to the ${name} request${detail ? `: ${detail}` : ''}`;
    const httpStatus = status;
    const mentionsPod = bodyText !== undefined && POD.test(bodyText.slice(0, MAX_BODY_CHARS));
    if (status >= 400 && status < 500 && mentionsPod) {
        return kustomerError('NOT_CONFIGURED', message, { httpStatus });
    }
    switch (status) {
        case 401:
            return kustomerError('UNAUTHORIZED', message, { httpStatus });
        case 403: {
            const role = missingRole(bodyText);
            return kustomerError('FORBIDDEN', message, {
                ...(role ? { missingRole: role } : {}),
                httpStatus
            });
        }
        case 404:
            return kustomerError('NOT_FOUND', message, { httpStatus });
        case 429:
            return kustomerError('RATE_LIMITED', message, {
                retryAfterSeconds: retryAfterSeconds(headerReader(response.headers), nowMs),
                httpStatus
            });
        default:
            return kustomerError('UPSTREAM', message, { httpStatus });
    }
}

/** The shape `data` must have: one resource, a list, or either (users by id). */
const DATA_SHAPE: Record<RequestName, 'one' | 'list' | 'either'> = {
    conversation: 'one',
    notes: 'list',
    messages: 'list',
    users: 'either',
    customer: 'one',
    message: 'one',
    attachment: 'one',
    token: 'one'
};

function hasShape(data: Json | undefined, shape: 'one' | 'list' | 'either'): boolean {
    if (shape === 'one') return isObject(data);
    if (shape === 'list') return Array.isArray(data);
    return isObject(data) || Array.isArray(data);
}

export function outcomeOf(name: RequestName, response: TransportResponse, nowMs: number): Outcome {
    const { status, bodyText } = response;
    if (status < 200 || status > 299) {
        return { ok: false, error: errorFromResponse(name, response, nowMs) };
    }
    const bad = (problem: string): Outcome => ({
        ok: false,
        error: kustomerError('BAD_RESPONSE', `The answer to the ${name} request ${problem}`, {
            httpStatus: status
        })
    });
    if (bodyText !== undefined && bodyText.length > MAX_BODY_CHARS) return bad('is too large');
    const document = bodyText ? parseJson(bodyText) : undefined;
    if (!isObject(document) || !hasShape(document.data, DATA_SHAPE[name])) {
        return bad('is not a JSON:API document of the expected shape');
    }
    return { ok: true, document, status };
}

function headerNumber(value: string | undefined): number | undefined {
    if (value === undefined) return undefined;
    const text = value.trim();
    if (!/^[+-]?\d+(?:\.\d+)?$/.test(text)) return undefined;
    return Number(text);
}

function clamp(seconds: number): number {
    return Math.min(MAX_RETRY_SECONDS, Math.max(MIN_RETRY_SECONDS, Math.ceil(seconds)));
}

/** Seconds until the rate-limit window resets, from x-ratelimit-reset as Kustomer may send it. */
export function secondsFromReset(reset: number, nowMs: number): number {
    if (reset > 1e12) return (reset - nowMs) / 1000;
    if (reset > 1e9) return reset - nowMs / 1000;
    return reset;
}

export function retryAfterSeconds(
    header: (name: string) => string | undefined,
    nowMs: number
): number {
    const retryAfter = headerNumber(header('retry-after'));
    if (retryAfter !== undefined) return clamp(retryAfter);
    const reset = headerNumber(header('x-ratelimit-reset'));
    if (reset !== undefined) return clamp(secondsFromReset(reset, nowMs));
    return DEFAULT_RETRY_SECONDS;
}
