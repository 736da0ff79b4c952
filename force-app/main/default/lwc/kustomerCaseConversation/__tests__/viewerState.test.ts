// The viewer's data layer on its own: paging without a count, an exhausted history, auto-refresh only when the
// conversation changed, and the client cache.
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { conversationMock, messagesMock, type PageParams } from './utils/apexMocks';
import { ViewerState } from '../viewerState';
import { conversationResult, syntheticPage } from './utils/helpers';

const SETTINGS = { locale: 'en-US', timeZone: 'UTC' };
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

    it('pages by Kustomer links when the conversation has no message count', async () => {
        conversationMock.mockResolvedValue(
            conversationResult((value) => delete value.conversation.attributes.messageCount)
        );
        messagesMock.mockImplementation(async (params) => {
            const { page, pageSize } = params as PageParams;
            return syntheticPage(25, page, pageSize);
        });
        const state = viewer(10);
        expect(await state.loadFirst(false)).toEqual({ ok: true });
        expect(state.loadedCount).toBe(10);
        expect(state.nextOlderPage).toBe(2);
        await state.loadOlder();
        await state.loadOlder();
        expect(state.loadedCount).toBe(25);
        expect(state.nextOlderPage).toBeUndefined();
        expect(state.complete).toBe(true);
    });

    it('stops when an older page brings nothing new (a count larger than the history)', async () => {
        conversationMock.mockResolvedValue(
            conversationResult((value) => (value.conversation.attributes.messageCount = 40))
        );
        // Kustomer has only 15 messages although the conversation says 40.
        messagesMock.mockImplementation(async (params) => {
            const { page, pageSize } = params as PageParams;
            return syntheticPage(15, Math.min(page, 1), pageSize);
        });
        const state = viewer(10);
        await state.loadFirst(false);
        let guard = 0;
        while (state.nextOlderPage !== undefined && guard++ < 10) {
            // eslint-disable-next-line no-await-in-loop
            await state.loadOlder();
        }
        expect(guard).toBeLessThan(10);
        expect(state.complete).toBe(true);
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
            forceRefresh: true
        });
    });
});
