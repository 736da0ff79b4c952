// KustomerError.cls in TypeScript.
// The error contract: KustomerError values, the failure that carries one, and the Aura-like error the browser sees.
import type { ErrorCode, KustomerError } from '../contract-types.ts';

/** Thrown inside the stand-in; becomes an AuraHandledException-like error at the entry point. */
export class KustomerFailure extends Error {
    readonly error: KustomerError;
    constructor(error: KustomerError) {
        super(error.message);
        this.name = 'KustomerFailure';
        this.error = error;
    }
}

export function kustomerError(
    code: ErrorCode,
    message: string,
    extra: Omit<KustomerError, 'code' | 'message'> = {}
): KustomerError {
    return { code, message, ...extra };
}

/** What LWC receives when an Apex method throws an AuraHandledException: body.message is the KustomerError JSON. */
export interface AuraLikeError {
    status: number;
    statusText: string;
    ok: false;
    headers: Record<string, string>;
    body: {
        message: string;
        exceptionType: string;
        isUserDefinedException: boolean;
        stackTrace: string;
    };
}

export function toAuraError(error: KustomerError): AuraLikeError {
    return auraLikeError(JSON.stringify(error), 'System.AuraHandledException');
}

/** What Aura hands the browser for an Apex exception of this type (also the preview's answer to a crash). */
export function auraLikeError(message: string, exceptionType: string): AuraLikeError {
    return {
        status: 500,
        statusText: 'Server Error',
        ok: false,
        headers: {},
        body: { message, exceptionType, isUserDefinedException: false, stackTrace: '' }
    };
}

export function isAuraLikeError(value: unknown): value is AuraLikeError {
    const body = (value as AuraLikeError | null)?.body;
    return typeof body === 'object' && body !== null && typeof body.message === 'string';
}
