// Property tests: thousands of random and malformed payloads, with full-Unicode strings. The model never throws,
// links only http(s) and mailto:, keeps text intact, and lets markup out only through the `html` fields meant
// for rich text (what those contain: richTextProperties.test.ts).
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
    ALL_FILTERS,
    buildTimeline,
    collectPeople,
    linkify,
    normalizeConversation,
    normalizeMessages,
    normalizeNotes,
    apexJson,
    isObject,
    parseApexError,
    parseConversation,
    parseMessages,
    parseNotes,
    splitQuoted
} from 'c/kustomerConversationModel';
import type { TextSegment } from 'c/kustomerConversationModel';
import {
    CONVERSATION_RESULT,
    MESSAGES_PAGE_1
} from '../../kustomerCaseConversation/__tests__/data/fixtures';
import { messagesOf, conversationOf, peopleOf, withAuthors } from './utils/read';

// Built at run time: a literal would trip eslint's no-script-url in a test about exactly that.
const SCRIPT = ['java', 'script:'].join('');

const RUNS = { numRuns: 1500 };
const SETTINGS = { locale: 'en-US', timeZone: 'America/Los_Angeles' };

const hostile = fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    `${SCRIPT}alert(1)`,
    'data:text/html;base64,PHNjcmlwdD4=',
    'https://ok.example/path?q=1',
    'http://x',
    'a@b.co',
    '> quoted',
    'On Mon, 10 Mar 2025, X <x@y.z> wrote:',
    '-----Original Message-----',
    '\u0000\u202e\ud800',
    '__proto__',
    'constructor',
    '{0}'
);
/** Any Unicode code points: astral planes, controls, bidi, combining marks, not only ASCII. */
const unicode = (maxLength: number) => fc.string({ unit: 'binary', maxLength });
const text = fc.oneof(
    unicode(200),
    fc.string({ maxLength: 200 }),
    hostile,
    fc.array(hostile).map((parts) => parts.join('\n'))
);
const scalar = fc.oneof(
    text,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined)
);
const value = fc.oneof(
    scalar,
    fc.array(scalar, { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 8 }), scalar, { maxKeys: 3 })
);
const time = fc.oneof(
    fc
        .date({ noInvalidDate: false })
        .map((d) => (Number.isNaN(d.getTime()) ? 'not a date' : d.toISOString())),
    value
);

const message = fc.record(
    {
        type: fc.oneof(fc.constant('message'), value),
        id: fc.oneof(
            fc.string({
                unit: fc.constantFrom(...'0123456789abcdef'),
                minLength: 24,
                maxLength: 24
            }),
            value
        ),
        attributes: fc.oneof(
            fc.record(
                {
                    channel: fc.oneof(
                        fc.constantFrom('email', 'sms', 'chat', 'whatsapp', 'voice', 'x-new'),
                        value
                    ),
                    direction: fc.oneof(fc.constantFrom('in', 'out'), value),
                    preview: text,
                    htmlBody: text,
                    body: text,
                    subject: value,
                    status: fc.oneof(fc.constantFrom('sent', 'received', 'error'), value),
                    auto: value,
                    redacted: value,
                    sentAt: time,
                    createdAt: time,
                    size: value,
                    meta: fc.oneof(
                        fc.record(
                            { from: value, to: value, cc: value, subject: value },
                            { requiredKeys: [] }
                        ),
                        value
                    ),
                    error: value
                },
                { requiredKeys: [] }
            ),
            value
        ),
        relationships: fc.oneof(
            fc.record(
                {
                    customer: fc.oneof(fc.record({ data: fc.record({ id: value }) }), value),
                    createdBy: fc.oneof(fc.record({ data: fc.record({ id: value }) }), value),
                    attachments: fc.oneof(
                        fc.record({ data: fc.array(fc.record({ id: value }), { maxLength: 3 }) }),
                        value
                    )
                },
                { requiredKeys: [] }
            ),
            value
        )
    },
    { requiredKeys: [] }
);
const page = fc.record(
    {
        data: fc.oneof(fc.array(fc.oneof(message, value), { maxLength: 6 }), message, value),
        included: fc.oneof(fc.array(value, { maxLength: 3 }), value),
        people: fc.oneof(fc.array(value, { maxLength: 3 }), value),
        hasNext: value,
        fetchedAt: time
    },
    { requiredKeys: [] }
);

function safeHref(href: string | undefined): boolean {
    return href === undefined || /^(?:https?:\/\/|mailto:)/.test(href);
}

/**
 * Segments give their text back unchanged, except a link whose host has non-ASCII letters: it shows its punycode
 * href instead. Plain segments always come from the text.
 */
function keepsText(segments: TextSegment[], source: string): boolean {
    const joined = segments.map((s) => s.text).join('');
    const punycode = segments.some((s) => s.href !== undefined && s.text === s.href);
    return (
        (joined === source || punycode) &&
        segments.every((s) => s.href !== undefined || source.includes(s.text))
    );
}

const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

describe('the view model on random and malformed payloads', () => {
    it('never throws and keeps links, avatars and text safe', () => {
        fc.assert(
            fc.property(
                fc.oneof(page, fc.anything()),
                fc.oneof(page, fc.anything()),
                (first, second) => {
                    // The loader's boundary: anything that is no JSON object is BAD_RESPONSE, never normalised.
                    const messages = parseMessages(first);
                    const notes = parseNotes(second);
                    expect(messages === undefined).toBe(!isObject(apexJson(first)));
                    expect(notes === undefined).toBe(!isObject(apexJson(second)));
                    const people = collectPeople(messages, notes);
                    const entries = [
                        ...(messages
                            ? withAuthors(normalizeMessages(messages, SETTINGS), people)
                            : []),
                        ...(notes ? withAuthors(normalizeNotes(notes, SETTINGS), people) : [])
                    ];
                    for (const entry of entries) {
                        for (const segment of [...entry.segments, ...entry.quotedSegments]) {
                            expect(safeHref(segment.href)).toBe(true);
                        }
                        expect(
                            entry.html === undefined
                                ? keepsText(entry.segments, entry.text)
                                : entry.segments.length === 0
                        ).toBe(true);
                        expect(BIDI_CONTROL.test(`${entry.text}${entry.subject ?? ''}`)).toBe(
                            false
                        );
                        expect(
                            entry.author.avatarUrl === undefined ||
                                entry.author.avatarUrl.startsWith('https://')
                        ).toBe(true);
                        expect(entry.kind !== 'note' || entry.html === undefined).toBe(true);
                    }
                    const timeline = buildTimeline(entries, [], {
                        newestFirst: true,
                        filters: ALL_FILTERS,
                        query: 'a',
                        activeMatch: 0,
                        complete: false
                    });
                    expect(timeline.items.length).toBe(timeline.shownCount);
                }
            ),
            RUNS
        );
    });

    it('puts markup only into the html fields, and only from htmlBody/body', () => {
        fc.assert(
            fc.property(page, (input) => {
                const entries = withAuthors(
                    normalizeMessages(messagesOf(input), SETTINGS),
                    new Map()
                );
                for (const entry of entries) {
                    // Text shown through templates may contain "<" characters, but it is rendered as text nodes;
                    // HTML exists only when the message carried a rich body.
                    expect(entry.html === undefined || entry.segments.length === 0).toBe(true);
                }
            }),
            RUNS
        );
    });

    it('reads any conversation result and any Apex rejection', () => {
        fc.assert(
            fc.property(fc.anything(), fc.anything(), (conversation, rejection) => {
                const result = parseConversation(conversation);
                expect(result === undefined).toBe(!isObject(apexJson(conversation)));
                const view = result && normalizeConversation(result, new Map());
                expect(
                    view?.kustomerUrl === undefined || view.kustomerUrl.startsWith('https://')
                ).toBe(true);
                const error = parseApexError(rejection);
                expect(typeof error.code).toBe('string');
                expect(typeof error.message).toBe('string');
            }),
            RUNS
        );
    });

    it('survives fixtures with random fields replaced', () => {
        fc.assert(
            fc.property(
                fc.constantFrom('conversation', 'notes', 'case', 'fetchedAt'),
                value,
                (key, replacement) => {
                    const broken = { ...CONVERSATION_RESULT, [key]: replacement };
                    normalizeConversation(conversationOf(broken), collectPeople(peopleOf(broken)));
                    const messages = { ...MESSAGES_PAGE_1, included: replacement };
                    expect(
                        withAuthors(normalizeMessages(messagesOf(messages), SETTINGS), new Map())
                            .length
                    ).toBe(5);
                }
            ),
            RUNS
        );
    });
});

describe('text helpers on any string', () => {
    it('linkify keeps the text and links only http(s) and mailto:', () => {
        fc.assert(
            fc.property(
                fc.oneof(
                    fc.string(),
                    unicode(300),
                    fc.array(fc.oneof(hostile, fc.string(), unicode(40))).map((p) => p.join(' '))
                ),
                (input) => {
                    const segments = linkify(input);
                    expect(keepsText(segments, input)).toBe(true);
                    const ascii = Array.from(input).every((char) => char.charCodeAt(0) < 0x80);
                    expect(ascii ? segments.map((s) => s.text).join('') : input).toBe(input);
                    for (const segment of segments) expect(safeHref(segment.href)).toBe(true);
                }
            ),
            RUNS
        );
    });

    it('quote splitting never loses the author text or throws', () => {
        fc.assert(
            fc.property(
                fc.array(fc.oneof(hostile, fc.string({ maxLength: 40 }), unicode(40)), {
                    maxLength: 12
                }),
                (lines) => {
                    const input = lines.join('\n');
                    const split = splitQuoted(input);
                    const whole = split.quoted === undefined && split.main === input;
                    // Line ends of a split body come back as \n.
                    const parted =
                        split.quoted !== undefined &&
                        split.main.trim() !== '' &&
                        input.replace(/\r\n|\r/g, '\n').startsWith(split.main);
                    expect(whole || parted).toBe(true);
                }
            ),
            RUNS
        );
    });
});
