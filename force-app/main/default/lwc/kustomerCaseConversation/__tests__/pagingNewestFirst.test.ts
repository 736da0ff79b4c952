// Kustomer answering newest first (its order is undocumented). In a file of its own: the detected order is kept
// for the page session, as it would be for every later viewer on the page.
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { messagesMock, serveSynthetic, type PageParams } from './utils/apexMocks';
import { settle, syntheticPage } from './utils/helpers';
import { button, clearBody, feedState, ids, mountViewer } from './utils/mount';

describe('c-kustomer-case-conversation with a newest-first Kustomer', () => {
    afterEach(() => {
        clearBody();
        jest.clearAllMocks();
    });

    it('adapts when Kustomer answers newest first', async () => {
        serveSynthetic(130, 'desc');
        const element = mountViewer({ messagesPerPage: 50 });
        await settle();
        // The last page turned out to hold the oldest messages: page 1 is the newest.
        expect(messagesMock.mock.calls.map((call) => (call[0] as PageParams).page)).toEqual([2, 1]);
        expect(ids(element)[0]).toBe(JSON.parse(syntheticPage(130, 1, 65, 'desc')).data[0].id);
        button(element, 'load-older')?.click();
        await settle();
        // Page 2 (now the older page) is already in the client cache from the first probe.
        expect(messagesMock).toHaveBeenCalledTimes(2);
        expect(feedState(element)).toEqual({ rendered: 120, setSize: 130 });
    });

    it('starts the next conversation from page 1, and corrects itself when the order flips back', async () => {
        serveSynthetic(130, 'desc');
        mountViewer({ messagesPerPage: 50 });
        await settle();
        expect(messagesMock.mock.calls.map((call) => (call[0] as PageParams).page)).toEqual([1]);
        jest.clearAllMocks();
        serveSynthetic(130, 'asc');
        const element = mountViewer({ messagesPerPage: 50 });
        await settle();
        expect(messagesMock.mock.calls.map((call) => (call[0] as PageParams).page)).toEqual([1, 2]);
        expect(ids(element)[0]).toBe(JSON.parse(syntheticPage(130, 2, 65, 'asc')).data[64].id);
    });
});
