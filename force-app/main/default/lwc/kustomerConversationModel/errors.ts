// Turns whatever an Apex call rejected with into a KustomerError (docs/contract.md "Errors"), and a KustomerError
// into the Custom Label keys the state panel shows: a title, the user's text and the admin's fix.
import { ERROR_CODES } from './contract';
import type { ErrorCode, KustomerError } from './contract';
import { asArray, asNumber, asObject, asString, isObject } from './json';

const MAX_MESSAGE = 2000;
const ROLE_PATTERN = /^org\.(?:permission|user)\.[a-z0-9_.-]{1,80}$/i;
const DEFAULT_RATE_LIMIT_WAIT = 60;

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
        const wait = asNumber(value.retryAfterSeconds) ?? DEFAULT_RATE_LIMIT_WAIT;
        error.retryAfterSeconds = Math.min(300, Math.max(1, Math.ceil(wait)));
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
    adminKey: string;
    /** Admins get a link to the Kustomer Setup tab with these codes. */
    linkToSetup: boolean;
}

const SETUP_CODES: readonly ErrorCode[] = ['NOT_CONFIGURED', 'UNAUTHORIZED', 'FORBIDDEN'];
const INFO_CODES: readonly ErrorCode[] = ['NOT_LINKED'];
const WARNING_CODES: readonly ErrorCode[] = ['RATE_LIMITED', 'TIMEOUT', 'UPSTREAM', 'NO_ACCESS'];

function keyPart(code: ErrorCode): string {
    return code
        .toLowerCase()
        .split('_')
        .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
        .join('_');
}

/** Label keys and look of the state panel for an error code (Viewer_Error_<Code>_Title/_User/_Admin). */
export function presentError(code: ErrorCode): ErrorPresentation {
    const part = keyPart(code);
    const variant: StateVariant = INFO_CODES.includes(code)
        ? 'info'
        : WARNING_CODES.includes(code)
          ? 'warning'
          : 'error';
    return {
        code,
        variant,
        icon:
            variant === 'info'
                ? 'utility:info'
                : variant === 'warning'
                  ? 'utility:warning'
                  : 'utility:error',
        titleKey: `Viewer_Error_${part}_Title`,
        userKey: `Viewer_Error_${part}_User`,
        adminKey: `Viewer_Error_${part}_Admin`,
        linkToSetup: SETUP_CODES.includes(code)
    };
}
