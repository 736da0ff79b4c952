// The viewer reads every result and error the golden fixtures (fixtures/golden, the Apex ⇄ stand-in contract)
// say the Apex layer returns: results normalise into entries, errors keep their code.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
    collectPeople,
    httpsUrl,
    isObject,
    normalizeConversation,
    normalizeMessages,
    normalizeNotes,
    parseApexError
} from 'c/kustomerConversationModel';
import { messagesOf, notesOf, conversationOf, peopleOf, withAuthors } from './utils/read';

const GOLDEN = join(process.cwd(), 'fixtures', 'golden');
const SETTINGS = { locale: 'en-US', timeZone: 'UTC' };

interface Golden {
    call: { method: string };
    expect: { result?: Record<string, unknown>; error?: Record<string, unknown> };
}

const cases: Array<[string, Golden]> = readdirSync(GOLDEN)
    .filter((file) => file.endsWith('.json'))
    .map((file): [string, Golden] => [file, JSON.parse(readFileSync(join(GOLDEN, file), 'utf8'))]);
const results = cases.filter(([, golden]) => golden.expect.result !== undefined);
const errors = cases.filter(([, golden]) => golden.expect.error !== undefined);

function dataLength(value: unknown): number {
    return isObject(value) && Array.isArray(value.data) ? value.data.length : 0;
}

describe('golden results', () => {
    it('exist', () => {
        expect(results.length).toBeGreaterThan(10);
        expect(errors.length).toBeGreaterThan(10);
    });

    it.each(results)('%s normalises completely', (_file, golden) => {
        const result = golden.expect.result ?? {};
        const people = collectPeople(peopleOf(result));
        const method = golden.call.method;
        const counts = { expected: 0, normalised: 0, conversationId: '' };
        if (method === 'getConversation') {
            const data = conversationOf(result);
            const view = normalizeConversation(data, people);
            counts.conversationId = view.id ?? '';
            counts.expected = dataLength(result.notes) + dataLength(result.messages);
            counts.normalised =
                (data.notes
                    ? withAuthors(normalizeNotes(data.notes, SETTINGS), people).length
                    : 0) +
                (data.messages
                    ? withAuthors(normalizeMessages(data.messages, SETTINGS), people).length
                    : 0);
        } else if (method === 'getPeople') {
            counts.expected = Array.isArray(result.people) ? result.people.length : 0;
            counts.normalised = people.size;
        } else if (method === 'getMessages') {
            counts.expected = dataLength(result);
            counts.normalised = withAuthors(
                normalizeMessages(messagesOf(result), SETTINGS),
                people
            ).length;
        } else if (method === 'getNotes') {
            counts.expected = dataLength(result);
            counts.normalised = withAuthors(
                normalizeNotes(notesOf(result), SETTINGS),
                people
            ).length;
        } else {
            counts.expected = 1;
            counts.normalised = httpsUrl(result.url) ? 1 : 0;
        }
        expect(counts.normalised).toBe(counts.expected);
        expect(method !== 'getConversation' || /^[0-9a-f]{24}$/.test(counts.conversationId)).toBe(
            true
        );
    });

    it.each(errors)('%s keeps its error code through the Aura error', (_file, golden) => {
        const error: Record<string, unknown> = { message: 'detail', ...golden.expect.error };
        const parsed = parseApexError({ status: 500, body: { message: JSON.stringify(error) } });
        expect(parsed.code).toBe(error.code);
        expect(parsed.retryAfterSeconds).toBe(error.retryAfterSeconds);
        expect(parsed.missingRole).toBe(error.missingRole);
    });
});
