import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { errorDetail, errorFromResponse, missingRole, outcomeOf } from '../shared/error-mapper.ts';
import { MAX_BODY_CHARS } from '../contract-types.ts';
import type { RequestName } from '../shared/request.ts';

const NOW = Date.parse('2025-03-12T10:40:00.000Z');
const json = (value: unknown) => JSON.stringify(value);

describe('Kustomer error bodies', () => {
    it('reads both forms: detail, else message, else title', () => {
        expect(errorDetail(json({ errors: [{ code: 'x', message: 'M', meta: {} }] }))).toBe('M');
        expect(errorDetail(json({ errors: [{ status: '404', title: 'T', detail: 'D' }] }))).toBe(
            'D'
        );
        expect(errorDetail(json({ errors: [{ status: 404, title: 'T', detail: ' ' }] }))).toBe('T');
        expect(errorDetail(json({ errors: [null, 'x', { message: 'second' }] }))).toBe('second');
        expect(errorDetail(json({ errors: {} }))).toBeUndefined();
        expect(errorDetail(json({ errors: [{ code: 'x', detail: 3 }] }))).toBeUndefined();
        expect(errorDetail('<html>502</html>')).toBeUndefined();
        expect(errorDetail(undefined)).toBeUndefined();
        expect(errorDetail(json({ errors: [{ detail: 'x'.repeat(1000) }] }))).toHaveLength(300);
    });

    it('names the missing role only when the body does (never an invented org.permission.user.read)', () => {
        expect(missingRole(json({ errors: [{ detail: 'Missing org.user.note.read' }] }))).toBe(
            'org.user.note.read'
        );
        expect(missingRole('{}')).toBeUndefined();
        expect(missingRole(undefined)).toBeUndefined();
        const forbidden = errorFromResponse('users', { status: 403, bodyText: '{}' }, NOW);
        expect(forbidden).toEqual({
            code: 'FORBIDDEN',
            message: expect.any(String),
            httpStatus: 403
        });
    });

    it('maps statuses to codes', () => {
        const code = (status: number, bodyText?: string) =>
            errorFromResponse('conversation', { status, bodyText }, NOW).code;
        expect(code(401)).toBe('UNAUTHORIZED');
        expect(code(403)).toBe('FORBIDDEN');
        expect(code(404)).toBe('NOT_FOUND');
        expect(code(429)).toBe('RATE_LIMITED');
        expect(code(400)).toBe('UPSTREAM');
        expect(code(503)).toBe('UPSTREAM');
        expect(code(302)).toBe('UPSTREAM');
        expect(code(2000)).toBe('TIMEOUT');
        expect(code(2003)).toBe('TIMEOUT');
        expect(code(2001)).toBe('UPSTREAM');
        expect(code(2002)).toBe('UPSTREAM');
        expect(code(2004)).toBe('BAD_RESPONSE');
        expect(code(403, 'token associated with POD prod2')).toBe('NOT_CONFIGURED');
        expect(code(500, 'pod prod2 is down')).toBe('UPSTREAM');
        expect(code(401, 'an ipod')).toBe('UNAUTHORIZED');
    });

    it('reads rate-limit headers in any case', () => {
        const error = errorFromResponse(
            'messages',
            { status: 429, headers: { 'X-RateLimit-Reset': '7' } },
            NOW
        );
        expect(error).toMatchObject({
            code: 'RATE_LIMITED',
            retryAfterSeconds: 7,
            httpStatus: 429
        });
    });

    it('never throws on any status and body', () => {
        fc.assert(
            fc.property(
                fc.integer({ min: 0, max: 3000 }),
                fc.option(fc.string()),
                (status, body) => {
                    const outcome = outcomeOf(
                        'users',
                        { status, bodyText: body ?? undefined },
                        NOW
                    );
                    expect(typeof outcome.ok).toBe('boolean');
                }
            )
        );
    });
});

describe('2xx bodies', () => {
    const outcome = (name: RequestName, bodyText?: string, status = 200) =>
        outcomeOf(name, { status, bodyText }, NOW);
    const codeOf = (o: ReturnType<typeof outcomeOf>) => (o.ok ? 'OK' : o.error.code);

    it('accepts data of the shape the endpoint returns', () => {
        expect(codeOf(outcome('conversation', json({ data: {} })))).toBe('OK');
        expect(codeOf(outcome('messages', json({ data: [] })))).toBe('OK');
        expect(codeOf(outcome('users', json({ data: [] })))).toBe('OK');
        expect(codeOf(outcome('users', json({ data: {} })))).toBe('OK');
    });

    it('refuses empty, non-JSON, data-less, wrongly shaped and oversized bodies with BAD_RESPONSE', () => {
        expect(outcome('conversation', undefined, 204)).toMatchObject({
            ok: false,
            error: { code: 'BAD_RESPONSE', httpStatus: 204 }
        });
        expect(codeOf(outcome('conversation', ''))).toBe('BAD_RESPONSE');
        expect(codeOf(outcome('conversation', '{"data":'))).toBe('BAD_RESPONSE');
        expect(codeOf(outcome('conversation', '[]'))).toBe('BAD_RESPONSE');
        expect(codeOf(outcome('conversation', json({ data: null })))).toBe('BAD_RESPONSE');
        expect(codeOf(outcome('conversation', json({ data: [] })))).toBe('BAD_RESPONSE');
        expect(codeOf(outcome('messages', json({ data: {} })))).toBe('BAD_RESPONSE');
        expect(codeOf(outcome('users', json({ data: 'x' })))).toBe('BAD_RESPONSE');
        const big = json({ data: { pad: 'x'.repeat(MAX_BODY_CHARS) } });
        expect(codeOf(outcome('conversation', big))).toBe('BAD_RESPONSE');
    });
});
