import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
    HTTPS_URL,
    minimiseAttachment,
    minimiseConversation,
    minimiseMessage,
    minimiseMessages,
    minimiseNote,
    minimisePeople,
    minimisePerson,
    hasLink
} from '../viewer/minimiser.ts';

const MINIMISERS = [
    minimiseConversation,
    minimiseMessage,
    minimiseAttachment,
    minimiseNote,
    minimisePerson
];

/** Arbitrary Kustomer-like resources: the right field names with values of any type, plus noise. */
const anyValue = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constant(undefined),
    fc.constant('javascript:alert(1)')
);
const fieldNames = fc.constantFrom(
    'name',
    'status',
    'priority',
    'channels',
    'assignedUsers',
    'satisfactionLevel',
    'lastMessageOut',
    'meta',
    'preview',
    'auto',
    'size',
    'error',
    'avatarUrl',
    'displayName',
    'contentLength',
    '__proto__',
    'constructor'
);
const resourceLike = fc.record(
    {
        type: anyValue,
        id: anyValue,
        attributes: fc.oneof(fc.dictionary(fieldNames, anyValue), anyValue),
        relationships: fc.oneof(
            fc.dictionary(
                fc.constantFrom('customer', 'createdBy', 'attachments', 'message', 'org'),
                fc.oneof(fc.record({ data: anyValue }), anyValue)
            ),
            anyValue
        )
    },
    { requiredKeys: [] }
);

function hasNoEmptyObjectsOrNulls(value: unknown, path = ''): void {
    if (value === null) throw new Error(`null at ${path}`);
    if (Array.isArray(value)) return;
    if (typeof value === 'object') {
        for (const [key, inner] of Object.entries(value as object)) {
            if (key === 'error' || key === 'meta') continue; // any-JSON fields are copied as they are
            hasNoEmptyObjectsOrNulls(inner, `${path}.${key}`);
        }
    }
}

/**
 * The value as JSON text carries it: -0 is the number 0 there (JSON.stringify writes "0", Apex's serialiser too), so
 * the sign of a zero is no part of the contract; everything else JSON cannot carry (undefined in a list, NaN,
 * Infinity, a Date, a Map) still shows as a difference.
 */
function onTheWire(value: unknown): unknown {
    if (Object.is(value, -0)) return 0;
    if (Array.isArray(value)) return value.map(onTheWire);
    if (
        typeof value === 'object' &&
        value !== null &&
        Object.getPrototypeOf(value) === Object.prototype
    )
        return Object.fromEntries(
            Object.entries(value).map(([key, inner]) => [key, onTheWire(inner)])
        );
    return value;
}

/** Never a throw; JSON-serialisable (what the JSON text carries); idempotent on the JSON text; no nulls or {}. */
function minimisesSoundly(input: unknown): void {
    for (const minimise of MINIMISERS) {
        const once = minimise(input);
        const json = JSON.stringify(once ?? null);
        expect(JSON.parse(json)).toEqual(onTheWire(once ?? null));
        expect(JSON.stringify(minimise(JSON.parse(json)) ?? null)).toBe(json);
        expect(minimise(once)).toEqual(once);
        if (once) hasNoEmptyObjectsOrNulls(once.attributes);
    }
    expect(Array.isArray(minimiseMessages(input))).toBe(true);
    expect(Array.isArray(minimisePeople(input))).toBe(true);
}

describe('minimiser', () => {
    it('never throws and returns JSON-serialisable, idempotent output for any input', () => {
        fc.assert(
            fc.property(fc.oneof(resourceLike, fc.anything()), (input) =>
                expect(() => minimisesSoundly(input)).not.toThrow()
            ),
            { numRuns: 400 }
        );
    });

    // Found by the property above: a number field of -0 kept as -0, which JSON writes (and reads back) as 0.
    it('keeps a -0 number as the JSON text carries it: the number 0', () => {
        const input = { type: 'message', id: 'm1', attributes: { size: -0, contentLength: -0 } };
        minimisesSoundly(input);
        expect(JSON.stringify(minimiseMessage(input))).toBe(
            '{"type":"message","id":"m1","attributes":{"size":0}}'
        );
    });

    it('keeps only https avatars', () => {
        fc.assert(
            fc.property(fc.oneof(fc.webUrl(), fc.string(), anyValue), (avatarUrl) => {
                const person = minimisePerson({ attributes: { avatarUrl, name: 'x' } });
                const kept = person?.attributes?.avatarUrl;
                expect(
                    kept === undefined || (typeof kept === 'string' && /^https:\/\//i.test(kept))
                ).toBe(true);
            })
        );
        const avatar = (url: string) =>
            minimisePerson({ attributes: { avatarUrl: url } })?.attributes?.avatarUrl;
        expect(avatar('https://cdn.example.com/a.png')).toBe('https://cdn.example.com/a.png');
        expect(avatar('HTTPS://CDN.EXAMPLE.COM/A.PNG')).toBe('HTTPS://CDN.EXAMPLE.COM/A.PNG');
        expect(avatar('http://cdn.example.com/a.png')).toBeUndefined();
        expect(avatar('javascript:alert(1)')).toBeUndefined();
        expect(avatar('https://x.example/a b')).toBeUndefined();
        expect(avatar('https://')).toBeUndefined();
        expect(avatar('//cdn.example.com/a.png')).toBeUndefined();
        expect(HTTPS_URL.test(' https://x.example')).toBe(false);
    });

    it('keeps a field only with its listed type and drops everything unlisted', () => {
        const message = minimiseMessage({
            type: 'message',
            id: 'm1',
            links: { self: '/v1/messages/m1' },
            attributes: {
                channel: 'whatsapp',
                size: '12',
                auto: 1,
                redacted: true,
                lang: 'en',
                meta: { from: null, to: ['a'], recipient: { email: 'x' } },
                error: null
            },
            relationships: {
                customer: { data: { type: 'customers', id: 'c1' }, links: { self: 'x' } },
                createdBy: { data: null },
                attachments: { data: [{ id: 'a1', type: 'attachment' }, { id: 2 }] },
                org: { data: { id: 'o1' } }
            }
        });
        expect(message).toEqual({
            type: 'message',
            id: 'm1',
            attributes: { channel: 'whatsapp', redacted: true, meta: { to: ['a'] } },
            relationships: {
                customer: { data: { id: 'c1' } },
                attachments: { data: [{ id: 'a1' }] }
            }
        });
    });

    it('ignores inherited properties', () => {
        const input = Object.create({ attributes: { name: 'inherited' } }) as object;
        expect(minimiseConversation(input)).toEqual({});
        expect(
            minimiseConversation({ attributes: JSON.parse('{"__proto__": {"name": "x"}}') })
        ).toEqual({});
    });

    it('reads users data as a list or as one object', () => {
        const user = { type: 'user', id: 'u1', attributes: { name: 'A' } };
        expect(minimisePeople(user)).toEqual([user]);
        expect(minimisePeople([user, null, 3])).toEqual([user]);
        expect(minimisePeople(null)).toEqual([]);
    });

    it('reads links.next / links.prev as present only when a non-empty string', () => {
        expect(hasLink({ links: { next: '/v1/x?page=2' } }, 'next')).toBe(true);
        expect(hasLink({ links: { next: '' } }, 'next')).toBe(false);
        expect(hasLink({ links: { next: null } }, 'next')).toBe(false);
        expect(hasLink({ links: 'x' }, 'prev')).toBe(false);
        expect(hasLink({}, 'prev')).toBe(false);
    });
});
