import { afterEach, describe, expect, it, jest } from '@jest/globals';
import {
    ALL_FILTERS,
    buildTimeline,
    highlight,
    normalizeQuery,
    richHtml,
    stepMatch
} from 'c/kustomerConversationModel';
import type { TimelineEntry } from 'c/kustomerConversationModel';
import { normalizeMessages, normalizeNotes } from 'c/kustomerConversationModel';
import { messagesOf, notesOf, withAuthors } from './utils/read';

const SETTINGS = { locale: 'en-US', timeZone: 'UTC' };

function messages(specs: Array<[string, string, string, 'in' | 'out', string?]>): TimelineEntry[] {
    return withAuthors(
        normalizeMessages(
            messagesOf({
                data: specs.map(([id, time, preview, direction, channel]) => ({
                    type: 'message',
                    id,
                    attributes: { sentAt: time, preview, direction, channel: channel ?? 'chat' }
                }))
            }),
            SETTINGS
        ),
        new Map()
    );
}

const LIST = messages([
    ['m1', '2025-03-10T10:00:00Z', 'Tent pole cracked', 'in', 'email'],
    [
        'm2',
        '2025-03-10T11:00:00Z',
        'Sorry about the pole! See https://acme.example/pole',
        'out',
        'email'
    ],
    ['m3', '2025-03-11T09:00:00Z', 'Pole arrived, thanks', 'in', 'sms']
]);
const NOTES = withAuthors(
    normalizeNotes(
        notesOf({
            data: [
                {
                    type: 'note',
                    id: 'n1',
                    attributes: { body: 'Pole shipped', createdAt: '2025-03-10T12:00:00Z' }
                }
            ]
        }),
        SETTINGS
    ),
    new Map()
);
const OPTIONS = {
    newestFirst: false,
    filters: ALL_FILTERS,
    query: '',
    activeMatch: -1,
    complete: true
};

describe('buildTimeline', () => {
    it('interleaves notes by time and marks the first entry of each day', () => {
        const timeline = buildTimeline(LIST, NOTES, OPTIONS);
        expect(timeline.items.map((item) => item.entry.id)).toEqual(['m1', 'm2', 'n1', 'm3']);
        expect(timeline.items.map((item) => item.isNewDay)).toEqual([true, false, false, true]);
        expect(timeline.items[0].dayHeading).toBe('Monday, March 10, 2025');
    });

    it('puts the newest first when asked', () => {
        const timeline = buildTimeline(LIST, NOTES, { ...OPTIONS, newestFirst: true });
        expect(timeline.items.map((item) => item.entry.id)).toEqual(['m3', 'n1', 'm2', 'm1']);
        expect(timeline.items[0].dayHeading).toBe('Tuesday, March 11, 2025');
    });

    it('holds back notes older than the oldest loaded message until history is complete', () => {
        const newest = LIST.slice(2);
        expect(
            buildTimeline(newest, NOTES, { ...OPTIONS, complete: false }).items.map(
                (i) => i.entry.id
            )
        ).toEqual(['m3']);
        expect(buildTimeline(newest, NOTES, OPTIONS).items.map((i) => i.entry.id)).toEqual([
            'n1',
            'm3'
        ]);
    });

    it('filters by channel, direction and notes', () => {
        const ids = (filters: typeof ALL_FILTERS) =>
            buildTimeline(LIST, NOTES, { ...OPTIONS, filters }).items.map((i) => i.entry.id);
        expect(ids({ ...ALL_FILTERS, channel: 'sms' })).toEqual(['n1', 'm3']);
        expect(ids({ ...ALL_FILTERS, inbound: false })).toEqual(['m2', 'n1']);
        expect(ids({ ...ALL_FILTERS, outbound: false, notes: false })).toEqual(['m1', 'm3']);
    });

    it('counts and numbers search matches across entries, case-insensitively', () => {
        const timeline = buildTimeline(LIST, NOTES, { ...OPTIONS, query: 'POLE', activeMatch: 2 });
        expect(timeline.matchCount).toBe(5); // m1, m2 text + link, n1, m3
        const marked = timeline.items.flatMap((item) => item.segments.filter((s) => s.isMatch));
        expect(marked.map((s) => s.matchIndex)).toEqual([0, 1, 2, 3, 4]);
        expect(marked.filter((s) => s.isActive).map((s) => s.matchIndex)).toEqual([2]);
        expect(timeline.items[1].hasActiveMatch).toBe(true);
        const link = timeline.items[1].segments.find((s) => s.isLink && s.isMatch);
        expect(link?.href).toBe('https://acme.example/pole');
    });

    it('ignores one-letter queries', () => {
        expect(buildTimeline(LIST, NOTES, { ...OPTIONS, query: 'p' }).matchCount).toBe(0);
        expect(normalizeQuery('  Pole ')).toBe('pole');
    });

    it('numbers every match in a rich body and its quoted HTML, so both can be marked and opened', () => {
        const rich = withAuthors(
            normalizeMessages(
                messagesOf({
                    data: [
                        {
                            type: 'message',
                            id: 'h',
                            attributes: {
                                htmlBody:
                                    '<p>The <b>pole</b> is cracked, pole 2 too</p><blockquote>On Mon Jo wrote: my pole</blockquote>',
                                sentAt: '2025-03-12T00:00:00Z'
                            }
                        }
                    ]
                }),
                SETTINGS
            ),
            new Map()
        );
        const timeline = buildTimeline(rich, [], { ...OPTIONS, query: 'pole', activeMatch: 2 });
        expect(timeline.matchCount).toBe(3);
        expect(timeline.items[0]).toMatchObject({
            entryMatchIndex: -1,
            hasActiveMatch: true,
            quotedHasActiveMatch: true,
            htmlMarks: { query: 'pole', first: 0, active: -1 },
            quotedHtmlMarks: { query: 'pole', first: 2, active: 2 }
        });
        const marked = richHtml(rich[0].quotedHtml ?? '', true, timeline.items[0].quotedHtmlMarks);
        expect(marked).toContain('<mark class="kc-match kc-match_active"');
        expect(marked).toContain('>pole</mark>');
    });

    it('counts a match only in addresses as one match of the entry', () => {
        const [entry] = messages([['a', '2025-03-12T00:00:00Z', 'Hello', 'in', 'email']]);
        const timeline = buildTimeline(
            [{ ...entry, searchText: 'hello\nsupport@acme.example' }],
            [],
            {
                ...OPTIONS,
                query: 'acme',
                activeMatch: 0
            }
        );
        expect(timeline.matchCount).toBe(1);
        expect(timeline.items[0]).toMatchObject({ entryMatchIndex: 0, hasActiveMatch: true });
    });
});

describe('search helpers', () => {
    it('splits segments around matches and keeps the text', () => {
        const out = highlight([{ text: 'a pole and a Pole' }], 'pole', { next: 0 }, 1, 'k');
        expect(out.map((s) => s.text).join('')).toBe('a pole and a Pole');
        expect(out.filter((s) => s.isMatch).map((s) => [s.text, s.isActive])).toEqual([
            ['pole', false],
            ['Pole', true]
        ]);
    });

    it('steps through matches with wrap-around', () => {
        expect(stepMatch(-1, 3, 1)).toBe(0);
        expect(stepMatch(2, 3, 1)).toBe(0);
        expect(stepMatch(0, 3, -1)).toBe(2);
        expect(stepMatch(-1, 3, -1)).toBe(2);
        expect(stepMatch(0, 0, 1)).toBe(-1);
    });
});

/** Sorts of timeline entries while `run` runs (Array.prototype.sort on a list of entries). */
function entrySorts(run: () => void): number {
    const sort = jest.spyOn(Array.prototype, 'sort');
    try {
        run();
        return sort.mock.contexts.filter(
            (list) =>
                Array.isArray(list) &&
                list.some((item) => typeof item === 'object' && item !== null && 'dayKey' in item)
        ).length;
    } finally {
        sort.mockRestore();
    }
}

describe('one sort per change', () => {
    afterEach(() => {
        jest.restoreAllMocks();
    });

    it('buildTimeline merges the ordered messages and notes and sorts nothing (a search, a step, a filter)', () => {
        expect(
            entrySorts(() => {
                buildTimeline(LIST, NOTES, OPTIONS);
                buildTimeline(LIST, NOTES, { ...OPTIONS, query: 'pole', activeMatch: 1 });
                buildTimeline(LIST, NOTES, { ...OPTIONS, newestFirst: true });
            })
        ).toBe(0);
        expect(buildTimeline(LIST, NOTES, OPTIONS).items.map((item) => item.entry.id)).toEqual([
            'm1',
            'm2',
            'n1',
            'm3'
        ]);
    });
});

describe('item reuse', () => {
    it('hands out the same item objects while nothing about them changed (no re-render)', () => {
        const first = buildTimeline(LIST, NOTES, OPTIONS);
        const again = buildTimeline(LIST, NOTES, OPTIONS);
        expect(again.items[1]).toBe(first.items[1]);
        const searched = buildTimeline(LIST, NOTES, { ...OPTIONS, query: 'pole', activeMatch: 0 });
        expect(searched.items[1]).not.toBe(first.items[1]);
        const stepped = buildTimeline(LIST, NOTES, { ...OPTIONS, query: 'pole', activeMatch: 1 });
        expect(stepped.items[0]).not.toBe(searched.items[0]); // lost the current match
        expect(stepped.items[1]).not.toBe(searched.items[1]); // gained it
        expect(stepped.items[3]).toBe(searched.items[3]); // untouched
        const cleared = buildTimeline(LIST, NOTES, OPTIONS);
        expect(cleared.items[1].segments.some((segment) => segment.isMatch)).toBe(false);
    });
});
