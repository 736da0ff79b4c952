import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
    parseConversation,
    parseMessages,
    parseNotes,
    parsePeople
} from 'c/kustomerConversationModel';

describe('the boundary: each Apex result read once into the contract types', () => {
    it('keeps each listed field only with its kind, drops the rest, and reads JSON strings', () => {
        const page = parseMessages(
            JSON.stringify({
                pageSize: 100,
                hasNext: 'true',
                data: [
                    {
                        type: 'message',
                        id: 'm1',
                        attributes: {
                            preview: 'hi',
                            auto: 'true',
                            size: '12',
                            directionType: 'followup-in',
                            unlisted: 'x'
                        },
                        relationships: { createdBy: { data: { id: 'u1', type: 'user' } } },
                        meta: { omitted: ['htmlBody', 3] }
                    },
                    'not a resource'
                ],
                dropped: -2,
                warnings: [{ code: 'NO_SUCH_CODE' }, { code: 'FORBIDDEN', message: 'x' }],
                fetchedAt: '2025-03-10T14:01:58Z'
            })
        );
        expect(page).toEqual({
            pageSize: 100,
            hasNext: false,
            hasPrev: false,
            data: [
                {
                    type: 'message',
                    id: 'm1',
                    attributes: { preview: 'hi', directionType: 'followup-in' },
                    relationships: { createdBy: { data: { id: 'u1' } } },
                    meta: { omitted: ['htmlBody'] }
                }
            ],
            included: [],
            dropped: 0,
            people: [],
            warnings: [expect.objectContaining({ code: 'FORBIDDEN' })],
            fetchedAt: Date.parse('2025-03-10T14:01:58Z')
        });
    });

    it('says BAD_RESPONSE (undefined) only for what is no JSON object, and never throws', () => {
        fc.assert(
            fc.property(fc.anything(), (value) => {
                const isObject =
                    typeof value === 'object' && value !== null && !Array.isArray(value);
                for (const parse of [parseMessages, parseNotes, parseConversation, parsePeople]) {
                    expect(parse(value) === undefined).toBe(!isObject);
                }
            })
        );
        expect(parseConversation('{"conversation": 1}')?.conversation).toEqual({
            attributes: {},
            relationships: {},
            meta: { omitted: [] }
        });
        expect(parseNotes({ status: 'SOMETHING', hasMore: true })).toMatchObject({
            status: 'OK',
            hasMore: true,
            data: []
        });
    });
});
