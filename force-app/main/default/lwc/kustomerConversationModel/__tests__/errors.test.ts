import { describe, expect, it } from '@jest/globals';
import {
    ERROR_CODES,
    maskSecrets,
    parseApexError,
    presentError,
    supportDetails,
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

describe('presentError: what can help', () => {
    const RETRYABLE = ['RATE_LIMITED', 'UPSTREAM', 'TIMEOUT', 'BAD_RESPONSE', 'UNKNOWN'];

    it.each(ERROR_CODES.map((code) => [code]))('%s offers Retry only when it can help', (code) => {
        expect(presentError(code).retryable).toBe(RETRYABLE.includes(code));
    });

    it('never offers Retry for a Case or setup problem (not linked, invalid id, no access, 401, 403, 404)', () => {
        for (const code of [
            'NOT_LINKED',
            'INVALID_ID',
            'NO_ACCESS',
            'UNAUTHORIZED',
            'FORBIDDEN',
            'NOT_FOUND'
        ] as const) {
            expect(presentError(code).retryable).toBe(false);
            expect(presentError(code, 'RECORD').retryable).toBe(false);
        }
    });

    it('tells sharing apart from field access, and keeps the shared text without a reason', () => {
        expect(presentError('NO_ACCESS')).toMatchObject({
            titleKey: 'Viewer_Error_No_Access_Title',
            userKey: 'Viewer_Error_No_Access_User',
            askKey: 'Viewer_Ask_Admin_Fix'
        });
        expect(presentError('NO_ACCESS', 'RECORD')).toMatchObject({
            titleKey: 'Viewer_Error_No_Access_Record_Title',
            userKey: 'Viewer_Error_No_Access_Record_User',
            adminKey: 'Viewer_Error_No_Access_Record_Admin',
            askKey: 'Viewer_Ask_Access'
        });
        expect(presentError('NO_ACCESS', 'FIELDS')).toMatchObject({
            titleKey: 'Viewer_Error_No_Access_Fields_Title',
            adminKey: 'Viewer_Error_No_Access_Fields_Admin',
            askKey: 'Viewer_Ask_Admin_Fix'
        });
        // A reason means nothing for other codes.
        expect(presentError('NOT_FOUND', 'RECORD').titleKey).toBe('Viewer_Error_Not_Found_Title');
    });

    it('asks no one about an unlinked Case or a busy Kustomer', () => {
        expect(presentError('NOT_LINKED').askKey).toBeUndefined();
        expect(presentError('RATE_LIMITED').askKey).toBeUndefined();
    });

    it('reads the NO_ACCESS reason and drops anything else', () => {
        expect(parseApexError(aura({ code: 'NO_ACCESS', message: '', reason: 'FIELDS' }))).toEqual({
            code: 'NO_ACCESS',
            message: '',
            reason: 'FIELDS'
        });
        expect(
            parseApexError(aura({ code: 'NO_ACCESS', message: '', reason: 'fields' })).reason
        ).toBeUndefined();
    });
});

describe('supportDetails (Copy details)', () => {
    const at = Date.UTC(2025, 2, 12, 10, 38, 5);

    it('names code, HTTP status, time and Case, and the message only for admins', () => {
        const error = { code: 'NOT_FOUND' as const, message: 'No conversation', httpStatus: 404 };
        const admin = supportDetails(error, {
            caseId: '500Kc000000001AAA',
            at,
            includeMessage: true
        });
        expect(admin).toContain('code: NOT_FOUND');
        expect(admin).toContain('httpStatus: 404');
        expect(admin).toContain('time: 2025-03-12T10:38:05.000Z');
        expect(admin).toContain('caseId: 500Kc000000001AAA');
        expect(admin).toContain('message: No conversation');
        const user = supportDetails(error, {
            caseId: '500Kc000000001AAA',
            at,
            includeMessage: false
        });
        expect(user).not.toContain('No conversation');
        expect(user).toContain('code: NOT_FOUND');
    });

    it('works without a message, status or Case', () => {
        const text = supportDetails({ code: 'TIMEOUT', message: '' }, { at, includeMessage: true });
        expect(text.split('\n')).toEqual([
            'component: Kustomer conversation viewer',
            'code: TIMEOUT',
            'time: 2025-03-12T10:38:05.000Z'
        ]);
    });

    it('never copies anything shaped like a key', () => {
        const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJvcmciOiJhY21lIn0.c2lnbmF0dXJl';
        const text = supportDetails(
            {
                code: 'UNAUTHORIZED',
                message: `Authorization: Bearer ${jwt} rejected; apiKey=abc123 token: xyz`
            },
            { at, includeMessage: true }
        );
        expect(text).not.toContain(jwt);
        expect(text).not.toContain('abc123');
        expect(text).not.toContain('xyz');
        expect(maskSecrets(`key ${jwt}`)).toBe('key [hidden]');
    });
});
