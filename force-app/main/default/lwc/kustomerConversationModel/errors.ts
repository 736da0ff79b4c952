// Turns whatever an Apex call rejected with into a KustomerError (docs/contract.md "Errors"), and a KustomerError
// into what the state panel shows: a title, the user's text, whom to ask, the admin's fix, and whether a Retry can
// help at all.
import type { ErrorCode, KustomerError, NoAccessReason } from './contract';
import {
    DEFAULT_RETRY_SECONDS,
    ERROR_CODES,
    MAX_RETRY_SECONDS,
    MIN_RETRY_SECONDS
} from './contractTables';
import { asArray, asNumber, asObject, asString, isObject } from './json';

const MAX_MESSAGE = 2000;
const ROLE_PATTERN = /^org\.(?:permission|user)\.[a-z0-9_.-]{1,80}$/i;

function isErrorCode(value: unknown): value is ErrorCode {
    return typeof value === 'string' && ERROR_CODES.some((code) => code === value);
}

/** A KustomerError from a parsed object, or undefined when the object is not one. */
export function toKustomerError(value: unknown): KustomerError | undefined {
    if (!isObject(value) || !isErrorCode(value.code)) return undefined;
    const error: KustomerError = {
        code: value.code,
        message: (asString(value.message) ?? '').slice(0, MAX_MESSAGE)
    };
    const httpStatus = asNumber(value.httpStatus);
    if (httpStatus !== undefined && httpStatus >= 100 && httpStatus <= 599) {
        error.httpStatus = Math.trunc(httpStatus);
    }
    const role = asString(value.missingRole)?.trim();
    if (role && ROLE_PATTERN.test(role)) error.missingRole = role;
    if (error.code === 'NO_ACCESS' && (value.reason === 'RECORD' || value.reason === 'FIELDS')) {
        error.reason = value.reason;
    }
    if (error.code === 'RATE_LIMITED') {
        const wait = asNumber(value.retryAfterSeconds) ?? DEFAULT_RETRY_SECONDS;
        error.retryAfterSeconds = Math.min(
            MAX_RETRY_SECONDS,
            Math.max(MIN_RETRY_SECONDS, Math.ceil(wait))
        );
    }
    return error;
}

function parseJson(text: string): unknown {
    try {
        return JSON.parse(text);
    } catch {
        return undefined;
    }
}

/** The message strings an Aura/LWC Apex error may carry, most specific first. */
function candidateMessages(reason: unknown): string[] {
    const messages: string[] = [];
    const add = (value: unknown) => {
        const text = asString(value);
        if (text) messages.push(text);
    };
    if (typeof reason === 'string') add(reason);
    const outer = asObject(reason);
    const body = outer.body;
    if (Array.isArray(body)) {
        asArray(body).forEach((item) => add(asObject(item).message));
    } else {
        const bodyObject = asObject(body);
        add(bodyObject.message);
        asArray(bodyObject.pageErrors).forEach((item) => add(asObject(item).message));
    }
    add(outer.message);
    return messages;
}

/** Any rejection of an Apex call → KustomerError; anything that is not one becomes UNKNOWN. */
export function parseApexError(reason: unknown): KustomerError {
    const direct = toKustomerError(reason);
    if (direct) return direct;
    const messages = candidateMessages(reason);
    for (const text of messages) {
        const parsed = text.length <= 100000 ? toKustomerError(parseJson(text)) : undefined;
        if (parsed) return parsed;
    }
    return { code: 'UNKNOWN', message: (messages[0] ?? '').slice(0, MAX_MESSAGE) };
}

export type StateVariant = 'info' | 'warning' | 'error';

export interface ErrorPresentation {
    code: ErrorCode;
    variant: StateVariant;
    icon: string;
    titleKey: string;
    userKey: string;
    /** Users only: whom to ask, when an admin (or the Case owner) must act; admins read the fix instead. */
    askKey?: string;
    adminKey: string;
    /** Admins get a link to the Kustomer Setup tab with these codes. */
    linkToSetup: boolean;
    /** A Retry can change the outcome (Kustomer busy, slow or failing); never for a Case or setup problem. */
    retryable: boolean;
}

type Ask = 'fix' | 'access' | 'repeat';

interface Traits {
    variant: StateVariant;
    retryable: boolean;
    setup?: boolean;
    ask?: Ask;
}

/** One row per code: how it looks, whether Retry can help, and whom a user should ask. */
const TRAITS: Readonly<Record<ErrorCode, Traits>> = {
    NOT_LINKED: { variant: 'info', retryable: false },
    INVALID_ID: { variant: 'error', retryable: false, ask: 'fix' },
    NO_ACCESS: { variant: 'warning', retryable: false, ask: 'fix' },
    INVALID_REQUEST: { variant: 'error', retryable: false, ask: 'repeat' },
    NOT_CONFIGURED: { variant: 'error', retryable: false, setup: true, ask: 'fix' },
    UNAUTHORIZED: { variant: 'error', retryable: false, setup: true, ask: 'fix' },
    FORBIDDEN: { variant: 'error', retryable: false, setup: true, ask: 'fix' },
    NOT_FOUND: { variant: 'error', retryable: false, ask: 'fix' },
    RATE_LIMITED: { variant: 'warning', retryable: true },
    UPSTREAM: { variant: 'warning', retryable: true },
    TIMEOUT: { variant: 'warning', retryable: true, ask: 'repeat' },
    BAD_RESPONSE: { variant: 'error', retryable: true, ask: 'repeat' },
    UNKNOWN: { variant: 'error', retryable: true, ask: 'repeat' }
};

const ASK_KEYS: Readonly<Record<Ask, string>> = {
    fix: 'Viewer_Ask_Admin_Fix',
    access: 'Viewer_Ask_Access',
    repeat: 'Viewer_Ask_Admin'
};

const ICONS: Readonly<Record<StateVariant, string>> = {
    info: 'utility:info',
    warning: 'utility:warning',
    error: 'utility:error'
};

function keyPart(code: ErrorCode, reason?: NoAccessReason): string {
    const words = code.toLowerCase().split('_');
    // Sharing and field access have their own texts; without a reason NO_ACCESS keeps the text for both.
    if (code === 'NO_ACCESS' && reason) words.push(reason.toLowerCase());
    return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('_');
}

/** Label keys and behaviour of the state panel for an error (Viewer_Error_<Code>[_<Reason>]_Title/_User/_Admin). */
export function presentError(code: ErrorCode, reason?: NoAccessReason): ErrorPresentation {
    const traits = TRAITS[code] ?? TRAITS.UNKNOWN;
    const part = keyPart(code, code === 'NO_ACCESS' ? reason : undefined);
    const ask: Ask | undefined =
        code === 'NO_ACCESS' && reason === 'RECORD' ? 'access' : traits.ask;
    return {
        code,
        variant: traits.variant,
        icon: ICONS[traits.variant],
        titleKey: `Viewer_Error_${part}_Title`,
        userKey: `Viewer_Error_${part}_User`,
        ...(ask ? { askKey: ASK_KEYS[ask] } : {}),
        adminKey: `Viewer_Error_${part}_Admin`,
        linkToSetup: traits.setup === true,
        retryable: traits.retryable
    };
}

/** Every presentation the panel can show (each code, and NO_ACCESS once per reason). */
export function allPresentations(): ErrorPresentation[] {
    return [
        ...ERROR_CODES.map((code) => presentError(code)),
        presentError('NO_ACCESS', 'RECORD'),
        presentError('NO_ACCESS', 'FIELDS')
    ];
}
