// Kustomer answering newest first (its order is undocumented): page 1, which comes with the conversation, is then
// the newest end, so the first view needs no second round; older pages follow Kustomer's next links.
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { messagesMock, serveSynthetic, type PageParams } from './utils/apexMocks';
import { settle, syntheticPage } from './utils/helpers';
import { button, clearBody, feedState, ids, mountViewer } from './utils/mount';

const pagesAsked = () => messagesMock.mock.calls.map((call) => (call[0] as PageParams).page);

// A page of 100 or the 120-entry render window goes through LWC in jsdom: seconds on a shared 2-core machine.
jest.setTimeout(20_000);

describe('c-kustomer-case-conversation with a newest-first Kustomer', () => {
    afterEach(() => {
        clearBody();
        jest.clearAllMocks();
    });

    it('shows page 1 as the newest messages in one round trip, then older pages', async () => {
        serveSynthetic(230, 'desc');
        const element = mountViewer({ messagesPerPage: 50 });
        await settle();
        expect(pagesAsked()).toEqual([]);
        expect(ids(element)[0]).toBe(JSON.parse(syntheticPage(230, 1, 100, 'desc')).data[0].id);
        expect(ids(element).length).toBe(100);
        button(element, 'load-older')?.click();
        await settle();
        button(element, 'load-older')?.click();
        await settle();
        expect(pagesAsked()).toEqual([2, 3]);
        // All 230 loaded (the feed's size); at most 120 in the DOM at once (renderWindow.ts).
        expect(feedState(element)).toEqual({ rendered: 120, setSize: 230 });
        expect(button(element, 'load-older')).toBeNull();
    });

    it('reads an oldest-first conversation next, from its own data', async () => {
        serveSynthetic(230, 'desc');
        mountViewer();
        await settle();
        clearBody();
        jest.clearAllMocks();
        serveSynthetic(230, 'asc');
        const element = mountViewer();
        await settle();
        // Page 1 is oldest first: the newest end is the last page, found from the count in one more round.
        expect(pagesAsked()).toEqual([3]);
        expect(ids(element)[0]).toBe(JSON.parse(syntheticPage(230, 3, 100, 'asc')).data[29].id);
    });
});
