// What the generator decides for the Apex golden runner (scripts/lib/golden-apex-cases.ts), so the runner only
// follows data: arguments as Apex receives them, the Continuation's exchanges, the comparable expectation.
import { describe, expect, it } from '@jest/globals';
import {
    ANY_MESSAGE,
    apexArgs,
    apexInteger,
    caseFieldsOf,
    comparableExpect,
    firstRoundSize,
    prepareCase,
    storable
} from '../lib/golden-apex-cases.ts';

const exchange = (round: number) => ({ round, request: 'GET /v1/x', response: { status: 200 } });

describe('golden cases prepared for Apex', () => {
    it('passes a JSON number to an Integer parameter only when it is whole and fits 32 bits', () => {
        expect(apexInteger(2)).toBe(2);
        expect(apexInteger(-3)).toBe(-3);
        expect(apexInteger(1.5)).toBeNull();
        expect(apexInteger(2 ** 31)).toBeNull();
        expect(apexInteger('2')).toBeNull();
        expect(apexInteger(undefined)).toBeNull();
        expect(
            apexArgs({
                page: 1.5,
                pageSize: 5,
                includeNotes: 'yes',
                forceRefresh: true,
                caseId: 'x'
            })
        ).toEqual({
            page: null,
            pageSize: 5,
            includeNotes: false,
            forceRefresh: true,
            caseId: 'x'
        });
    });

    it('answers the Continuation with the leading exchanges of one round', () => {
        expect(firstRoundSize([])).toBe(0);
        expect(firstRoundSize([exchange(1), exchange(1), exchange(2), exchange(1)])).toBe(2);
        expect(() =>
            prepareCase('four', { exchanges: [1, 1, 1, 1].map(exchange) }, () => 0)
        ).toThrow(/at most 3/);
    });

    it('stores empty Case fields as null, as Salesforce does', () => {
        expect(caseFieldsOf({ conversationId: '', conversationUrl: 'u' })).toEqual({
            conversationId: null,
            conversationUrl: 'u',
            assigneeNames: null
        });
    });

    it('leaves KustomerError messages out of the comparison, in errors and inside results', () => {
        expect(comparableExpect({ error: { code: 'NOT_FOUND', message: 'x' } })).toEqual({
            error: { code: 'NOT_FOUND' }
        });
        const result = comparableExpect({
            result: {
                notes: { error: { code: 'FORBIDDEN' } },
                warnings: [{ code: 'UPSTREAM', message: 'y' }, 'not an error']
            }
        }).result as { notes: { error: object }; warnings: object[] };
        expect(result.notes.error).toEqual({ code: 'FORBIDDEN', message: ANY_MESSAGE });
        expect(result.warnings).toEqual([
            { code: 'UPSTREAM', message: ANY_MESSAGE },
            'not an error'
        ]);
    });

    it('keeps cache puts only for a call that succeeds, and refuses a failing case that lists some', () => {
        const ok = prepareCase(
            'ok',
            { expect: { result: {} }, expectCachePuts: ['c1'], call: { method: 'getNotes' } },
            () => 0
        );
        expect(ok.spec).toMatchObject({ method: 'getNotes', expectCachePuts: ['c1'] });
        const failed = prepareCase(
            'failed',
            { expect: { error: { code: 'UPSTREAM' } }, expectCachePuts: [] },
            () => 0
        );
        expect(failed.spec.expectCachePuts).toBeNull();
        expect(() =>
            prepareCase(
                'wrong',
                { expect: { error: { code: 'UPSTREAM' } }, expectCachePuts: ['c1'] },
                () => 0
            )
        ).toThrow(/stores nothing/);
    });

    it('counts what the case costs its transaction', () => {
        const prepared = prepareCase(
            'cost',
            {
                case: { conversationId: '67cef0e3e65f7015ca3a91c6' },
                exchanges: [exchange(1), exchange(2)]
            },
            () => 1000
        );
        expect(prepared.item).toMatchObject({ callouts: 2, queries: 1 });
        expect(prepared.item?.jsonChars).toBeGreaterThan(2000);
    });

    it('reads a Conversation_ID__c the link rule refuses from memory: no record, no exchange, an error', () => {
        const fields = (conversationId: string | null) => caseFieldsOf({ conversationId });
        expect(storable(fields('67cef0e3e65f7015ca3a91c6'))).toBe(true);
        expect(storable(fields(null))).toBe(true);
        expect(storable(fields('   '))).toBe(true);
        expect(storable(fields('67CEF0E3E65F7015CA3A91C6'))).toBe(false);
        expect(storable(fields(' 67cef0e3e65f7015ca3a91c6'))).toBe(false);
        const padded = prepareCase(
            'padded',
            {
                case: { conversationId: ' 67cef0e3e65f7015ca3a91c6' },
                expect: { error: { code: 'INVALID_ID', message: 'm' } }
            },
            () => 0
        );
        expect(padded.item?.record).toBeUndefined();
        expect(padded.spec).toEqual({
            memoryCase: { conversationId: ' 67cef0e3e65f7015ca3a91c6' },
            expect: { error: { code: 'INVALID_ID' } }
        });
        expect(() =>
            prepareCase(
                'wrong',
                {
                    case: { conversationId: 'NOT-AN-ID' },
                    exchanges: [exchange(1)],
                    expect: { error: {} }
                },
                () => 0
            )
        ).toThrow(/can only expect an error, with no exchange/);
    });
});
