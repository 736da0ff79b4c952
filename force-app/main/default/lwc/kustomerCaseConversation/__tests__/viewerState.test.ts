// The viewer's data layer on its own: paging without a count, an exhausted history, auto-refresh only when the
// conversation changed, and the client cache.
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import {
    conversationMock,
    messagesMock,
    notesMock,
    peopleMock,
    type PageParams
} from './utils/apexMocks';
import { resolveAuthor } from 'c/kustomerConversationModel';
import type { TimelineEntry } from 'c/kustomerConversationModel';
import { MAX_NOTE_PAGES } from '../viewerNotes';
import { ViewerState } from '../viewerState';
import { allMessagesResult, conversationResult, syntheticPage } from './utils/helpers';

const SETTINGS = { locale: 'en-US', timeZone: 'UTC' };
/** What the viewer passes to getNotes. */
type NotesParams = { page: number };
let counter = 0;

function viewer(preferredPageSize = 10): ViewerState {
    return new ViewerState({
        caseId: `case${counter++}`,
        preferredPageSize,
        includeNotes: true,
        settings: SETTINGS
    });
}

describe('ViewerState', () => {
    afterEach(() => {
        jest.clearAllMocks();
    });

    it('finds the newest page by its links when the conversation has no message count', async () => {
        conversationMock.mockResolvedValue(
            conversationResult((value) => delete value.conversation.attributes.messageCount)
        );
        messagesMock.mockImplementation(async (params) => {
            const { page, pageSize } = params as PageParams;
            return syntheticPage(1000, page, pageSize);
        });
        const state = viewer(10);
        expect(await state.loadFirst(false)).toEqual({ ok: true });
        // Forward by doubling steps (2, 4, 8), past the end (16), one step back (15), then bisection (11, 9, 10).
        expect(messagesMock.mock.calls.map((call) => (call[0] as PageParams).page)).toEqual([
            1, 2, 4, 8, 16, 15, 11, 9, 10
        ]);
        expect(state.loadedCount).toBe(300); // pages 10, 9 and 8: the newest, loaded while searching
        expect(state.totalCount).toBe(1000);
        while (state.nextOlderPage !== undefined) {
            // eslint-disable-next-line no-await-in-loop
            await state.loadOlder();
        }
        expect(state.loadedCount).toBe(1000);
        expect(state.complete).toBe(true);
    });

    it('ends a newest-first history whose next link never ends once pages bring nothing new', async () => {
        conversationMock.mockResolvedValue(conversationResult());
        // Every page is page 1 again and says there is a next one.
        messagesMock.mockImplementation(async () => {
            const page = JSON.parse(syntheticPage(200, 1, 100, 'desc'));
            return JSON.stringify({ ...page, hasNext: true });
        });
        const state = viewer(10);
        await state.loadFirst(false);
        let guard = 0;
        while (state.nextOlderPage !== undefined && guard++ < 10) {
            // eslint-disable-next-line no-await-in-loop
            await state.loadOlder();
        }
        expect(guard).toBe(3);
        expect(state.complete).toBe(true);
        expect(state.loadedCount).toBe(100);
    });

    it('stops notes that never end: a page with no new note, or the page cap, with a notice', async () => {
        const note = (id: string) => ({
            type: 'note',
            id,
            attributes: { body: id, createdAt: '2025-03-11T10:00:00Z' }
        });
        conversationMock.mockResolvedValue(
            conversationResult((value) => (value.notes.hasMore = true))
        );
        messagesMock.mockResolvedValue(syntheticPage(8, 1, 100));
        // The same note on every page, and always a next page.
        notesMock.mockImplementation(async (params) =>
            JSON.stringify({
                status: 'OK',
                page: (params as { page: number }).page,
                hasMore: true,
                data: [note('aaaaaaaaaaaaaaaaaaaaaaa2')],
                fetchedAt: '2025-03-12T10:38:00.000Z'
            })
        );
        const repeating = viewer(10);
        await repeating.loadFirst(false);
        while (repeating.hasMoreNotes) {
            // eslint-disable-next-line no-await-in-loop
            await repeating.loadMoreNotes();
        }
        expect(notesMock).toHaveBeenCalledTimes(2);
        expect(repeating.notices(true).map((notice) => notice.key)).toContain('notes');

        jest.clearAllMocks();
        // A new note on every page, and always a next page: stopped by the page cap.
        notesMock.mockImplementation(async (params) => {
            const { page } = params as NotesParams;
            return JSON.stringify({
                status: 'OK',
                page,
                hasMore: true,
                data: [note(`aaaaaaaaaaaaaaaaaaaaaa${String(page).padStart(2, '0')}`)],
                fetchedAt: '2025-03-12T10:38:00.000Z'
            });
        });
        const endless = viewer(10);
        await endless.loadFirst(false);
        while (endless.hasMoreNotes) {
            // eslint-disable-next-line no-await-in-loop
            await endless.loadMoreNotes();
        }
        expect(notesMock).toHaveBeenCalledTimes(MAX_NOTE_PAGES - 1);
        expect(endless.notices(true)).toContainEqual({
            key: 'notes',
            labels: [['Viewer_Notes_Incomplete', String(endless.notes.length)]]
        });
    });

    it('asks getPeople, after the messages, for the names no result resolved; each id once', async () => {
        conversationMock.mockResolvedValue(conversationResult());
        messagesMock.mockResolvedValue(allMessagesResult((value) => (value.people = [])));
        peopleMock.mockResolvedValue(
            JSON.stringify({
                people: [
                    {
                        type: 'user',
                        id: '602e93b0c0c2253b073a91c3',
                        attributes: { displayName: 'Priya Shah' }
                    }
                ],
                fetchedAt: '2025-03-12T10:38:00.000Z'
            })
        );
        const state = viewer(50);
        await state.loadFirst(false);
        expect(peopleMock).not.toHaveBeenCalled();
        const outbound = () => state.messages.find((entry) => entry.direction === 'out');
        // Names are looked up when the timeline is built, from the people the viewer has loaded by then.
        const authorOf = (entry: TimelineEntry | undefined) =>
            entry && resolveAuthor(entry.authorRef, state.people);
        expect(authorOf(outbound())?.labelKey).toBe('Viewer_Author_Agent');
        const before = outbound();
        expect(await state.loadPeople()).toEqual({ ok: true });
        // The page is not normalised again for the new name: the same entry, named from the people.
        expect(outbound()).toBe(before);
        expect(peopleMock).toHaveBeenCalledWith({
            caseId: expect.any(String),
            userIds: ['602e93b0c0c2253b073a91c3'],
            customerId: '654368bc187ce5da4e3a91c2'
        });
        expect(authorOf(outbound())?.name).toBe('Priya Shah');
        await state.loadPeople();
        expect(peopleMock).toHaveBeenCalledTimes(1);
    });

    it('sorts once per change: an older page sorts that page only; names and notes already in order, none', async () => {
        conversationMock.mockResolvedValue(conversationResult());
        messagesMock.mockImplementation(async (params) => {
            const { page, pageSize } = params as PageParams;
            return syntheticPage(1000, page, pageSize);
        });
        notesMock.mockResolvedValue(
            JSON.stringify({ status: 'OK', page: 2, hasMore: false, data: [], people: [] })
        );
        const state = viewer(10);
        await state.loadFirst(false);
        expect(state.notes.length).toBeGreaterThan(0);
        const sort = jest.spyOn(Array.prototype, 'sort');
        /** Sorts of timeline entries (lists of objects with a dayKey) since the last look. */
        const entrySorts = () => {
            const count = sort.mock.contexts.filter(
                (list) =>
                    Array.isArray(list) &&
                    list.some(
                        (item) => typeof item === 'object' && item !== null && 'dayKey' in item
                    )
            ).length;
            sort.mockClear();
            return count;
        };
        try {
            await state.loadOlder();
            expect(entrySorts()).toBe(1);
            await state.loadPeople();
            state.rebuild();
            expect(entrySorts()).toBe(0);
        } finally {
            sort.mockRestore();
        }
        // Still every message once, oldest first.
        const ids = state.messages.map((entry) => entry.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(state.loadedCount).toBe(400);
    });

    it('says when Kustomer sent more on a page than asked', async () => {
        conversationMock.mockResolvedValue(conversationResult());
        messagesMock.mockResolvedValue(allMessagesResult((value) => (value.dropped = 40)));
        const state = viewer(50);
        await state.loadFirst(false);
        expect(state.notices(true)).toContainEqual({
            key: 'dropped',
            labels: [['Viewer_Page_Overflow', '40']]
        });
    });

    it('auto-refresh fetches the newest page only when the conversation changed', async () => {
        conversationMock.mockResolvedValue(conversationResult());
        messagesMock.mockResolvedValue(syntheticPage(8, 1, 50));
        const state = viewer(50);
        await state.loadFirst(false);
        expect(await state.refreshIfChanged()).toEqual({ ok: true, changed: false });
        expect(messagesMock).toHaveBeenCalledTimes(1);
        conversationMock.mockResolvedValue(
            conversationResult((value) => (value.conversation.attributes.messageCount = 9))
        );
        messagesMock.mockResolvedValue(syntheticPage(9, 1, 50));
        expect(await state.refreshIfChanged()).toEqual({ ok: true, changed: true });
        expect(messagesMock).toHaveBeenCalledTimes(2);
        expect(state.loadedCount).toBe(9);
    });

    it('reports a failed auto-refresh and keeps what it had', async () => {
        conversationMock.mockResolvedValue(conversationResult());
        messagesMock.mockResolvedValue(syntheticPage(8, 1, 50));
        const state = viewer(50);
        await state.loadFirst(false);
        conversationMock.mockRejectedValue({
            body: { message: JSON.stringify({ code: 'TIMEOUT', message: '' }) }
        });
        const outcome = await state.refreshIfChanged();
        expect(outcome).toMatchObject({ ok: false, error: { code: 'TIMEOUT' } });
        expect(state.loadedCount).toBe(8);
    });

    it('answers a second load of the same Case from the client cache, and Refresh skips it', async () => {
        conversationMock.mockResolvedValue(conversationResult());
        messagesMock.mockResolvedValue(syntheticPage(8, 1, 50));
        const caseId = `case${counter++}`;
        const options = { caseId, preferredPageSize: 50, includeNotes: true, settings: SETTINGS };
        await new ViewerState(options).loadFirst(false);
        await new ViewerState(options).loadFirst(false);
        expect(conversationMock).toHaveBeenCalledTimes(1);
        await new ViewerState(options).loadFirst(true);
        expect(conversationMock).toHaveBeenCalledTimes(2);
        expect(conversationMock).toHaveBeenLastCalledWith({
            caseId,
            includeNotes: true,
            forceRefresh: true,
            messagesPageSize: 100
        });
    });
});
