import { describe, expect, it } from '@jest/globals';
import {
    ERROR_CODES,
    parseApexError,
    presentError,
    toKustomerError
} from 'c/kustomerConversationModel';

const aura = (error: unknown) => ({ status: 500, body: { message: JSON.stringify(error) } });

describe('parseApexError', () => {
    it('reads the KustomerError JSON inside an AuraHandledException', () => {
        expect(
            parseApexError(aura({ code: 'NOT_FOUND', message: 'gone', httpStatus: 404 }))
        ).toEqual({
            code: 'NOT_FOUND',
            message: 'gone',
            httpStatus: 404
        });
    });

    it('keeps why NO_ACCESS happened (RECORD or FIELDS), and nothing else as a reason', () => {
        expect(parseApexError(aura({ code: 'NO_ACCESS', message: '', reason: 'FIELDS' }))).toEqual({
            code: 'NO_ACCESS',
            message: '',
            reason: 'FIELDS'
        });
        expect(
            parseApexError(aura({ code: 'NO_ACCESS', message: '', reason: 'RECORD' })).reason
        ).toBe('RECORD');
        expect(
            parseApexError(aura({ code: 'NO_ACCESS', message: '', reason: 'x' }))
        ).not.toHaveProperty('reason');
        expect(
            parseApexError(aura({ code: 'NOT_FOUND', message: '', reason: 'RECORD' }))
        ).not.toHaveProperty('reason');
    });

    it('keeps the missing role and the rate-limit wait, clamped to 1..300', () => {
        expect(
            parseApexError(
                aura({ code: 'FORBIDDEN', message: '', missingRole: 'org.permission.note.read' })
            )
        ).toMatchObject({
            missingRole: 'org.permission.note.read'
        });
        expect(
            parseApexError(aura({ code: 'RATE_LIMITED', message: '', retryAfterSeconds: 9999 }))
                .retryAfterSeconds
        ).toBe(300);
        expect(
            parseApexError(aura({ code: 'RATE_LIMITED', message: '', retryAfterSeconds: 0.2 }))
                .retryAfterSeconds
        ).toBe(1);
        expect(parseApexError(aura({ code: 'RATE_LIMITED', message: '' })).retryAfterSeconds).toBe(
            60
        );
    });

    it('drops a missing role that is not a Kustomer role name', () => {
        expect(
            parseApexError(aura({ code: 'FORBIDDEN', message: '', missingRole: '<img src=x>' }))
                .missingRole
        ).toBeUndefined();
    });

    it('reads body arrays and page errors', () => {
        const inArray = {
            body: [{ message: JSON.stringify({ code: 'TIMEOUT', message: 'slow' }) }]
        };
        expect(parseApexError(inArray).code).toBe('TIMEOUT');
        const pageErrors = {
            body: { pageErrors: [{ message: JSON.stringify({ code: 'UPSTREAM', message: '' }) }] }
        };
        expect(parseApexError(pageErrors).code).toBe('UPSTREAM');
    });

    it('turns anything else into UNKNOWN, keeping the message for admins', () => {
        expect(parseApexError({ body: { message: 'System.NullPointerException' } })).toEqual({
            code: 'UNKNOWN',
            message: 'System.NullPointerException'
        });
        expect(parseApexError(new Error('network down'))).toEqual({
            code: 'UNKNOWN',
            message: 'network down'
        });
        expect(parseApexError(undefined)).toEqual({ code: 'UNKNOWN', message: '' });
        expect(parseApexError(aura({ code: 'NOPE', message: 'x' })).code).toBe('UNKNOWN');
    });

    it('accepts a KustomerError object as it is', () => {
        expect(toKustomerError({ code: 'BAD_RESPONSE', message: 'x' })).toEqual({
            code: 'BAD_RESPONSE',
            message: 'x'
        });
        expect(
            toKustomerError({ code: 'BAD_RESPONSE', message: 'x', httpStatus: 9000 })?.httpStatus
        ).toBeUndefined();
    });
});

describe('presentError', () => {
    it('gives every code its own title, user text and admin fix', () => {
        const keys = ERROR_CODES.map((code) => presentError(code));
        expect(new Set(keys.map((k) => k.titleKey)).size).toBe(ERROR_CODES.length);
        expect(new Set(keys.map((k) => k.userKey)).size).toBe(ERROR_CODES.length);
        expect(new Set(keys.map((k) => k.adminKey)).size).toBe(ERROR_CODES.length);
        expect(presentError('NOT_CONFIGURED')).toMatchObject({
            titleKey: 'Viewer_Error_Not_Configured_Title',
            linkToSetup: true,
            variant: 'error'
        });
        expect(presentError('NOT_LINKED')).toMatchObject({ variant: 'info', linkToSetup: false });
        expect(presentError('RATE_LIMITED')).toMatchObject({ variant: 'warning' });
    });
});
