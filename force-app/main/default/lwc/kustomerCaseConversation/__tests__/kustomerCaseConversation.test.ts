// The viewer's features on contract-shaped results: the ready view, header, paging, notes, search, filters,
// refresh, caching, auto-refresh and hostile content.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import {
    conversationMock,
    messagesMock,
    notesMock,
    serveSynthetic,
    type PageParams
} from './utils/apexMocks';
import type LightningButtonIcon from 'lightning/buttonIcon';
import { allMessagesResult, auraError, conversationResult, settle } from './utils/helpers';
import {
    button,
    clearBody,
    feedState,
    ids,
    messageRoots,
    mountViewer,
    positionOf,
    root,
    textOf
} from './utils/mount';

// A page of 100 or the 120-entry render window goes through LWC in jsdom: seconds on a shared 2-core machine.
jest.setTimeout(20_000);

describe('c-kustomer-case-conversation', () => {
    beforeEach(() => {
        conversationMock.mockResolvedValue(conversationResult());
        messagesMock.mockResolvedValue(allMessagesResult());
        notesMock.mockResolvedValue(
            JSON.stringify({ status: 'OK', page: 2, hasMore: false, data: [], fetchedAt: '' })
        );
    });

    afterEach(() => {
        clearBody();
        jest.clearAllMocks();
        jest.useRealTimers();
    });

    describe('first view', () => {
        it('asks for the conversation with messages page 1 (one round trip) and shows messages and the note newest first', async () => {
            conversationMock.mockResolvedValue(
                conversationResult((value) => {
                    const { people: _people, ...page } = JSON.parse(allMessagesResult());
                    value.messages = { ...page, pageSize: 100 };
                })
            );
            const element = mountViewer();
            await settle();
            expect(conversationMock).toHaveBeenCalledWith({
                caseId: expect.any(String),
                includeNotes: true,
                forceRefresh: false,
                messagesPageSize: 100
            });
            expect(messagesMock).not.toHaveBeenCalled();
            const order = ids(element);
            expect(order.length).toBe(9);
            expect(order[0]).toBe('67d06a58a2d34de3643a91d4'); // the newest (last outbound email)
            expect(order).toContain('67cef641b9741a81843a91d6'); // the internal note
            expect(textOf(button(element, 'shown-count'))).toBe('c.Viewer_Shown_Of');
            expect(button(element, 'load-older')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('reads oldest first when the App Builder says so', async () => {
            const element = mountViewer({ showNewestFirst: false });
            await settle();
            expect(ids(element)[0]).toBe('67cef0e4153ef1d78f3a91ca');
        });

        it('leaves notes out when showNotes is off', async () => {
            const element = mountViewer({ showNotes: false });
            await settle();
            expect(conversationMock).toHaveBeenCalledWith(
                expect.objectContaining({ includeNotes: false })
            );
            expect(ids(element).length).toBe(8);
        });

        it('gives the feed a label, positions and a busy state', async () => {
            const element = mountViewer();
            await settle();
            const feed = button(element, 'feed');
            expect(feed?.getAttribute('role')).toBe('feed');
            expect(feed?.getAttribute('aria-label')).toBe('c.Viewer_Feed_Label');
            const first = root(element).querySelector('c-kustomer-conversation-message');
            expect(first?.getAttribute('role')).toBe('article');
            expect(first?.getAttribute('aria-posinset')).toBe('1');
            expect(first?.getAttribute('aria-setsize')).toBe('9');
            expect(first?.getAttribute('tabindex')).toBe('0');
        });

        it('labels every icon-only button', async () => {
            const element = mountViewer();
            await settle();
            const holders = [
                'c-kustomer-conversation-header',
                'c-kustomer-conversation-toolbar'
            ].map((tag) => root(root(element).querySelector(tag)));
            const buttons = holders.flatMap((holder) =>
                Array.from(
                    holder.querySelectorAll<
                        HTMLElement & Pick<LightningButtonIcon, 'alternativeText'>
                    >('lightning-button-icon')
                )
            );
            expect(buttons.length).toBe(3);
            for (const iconButton of buttons)
                expect(iconButton.alternativeText).toMatch(/^c\.Viewer_/);
        });

        it('moves between messages with Page Down / Page Up', async () => {
            const element = mountViewer();
            await settle();
            const articles = Array.from(
                root(element).querySelectorAll<HTMLElement>('c-kustomer-conversation-message')
            );
            articles[0].focus();
            articles[0].dispatchEvent(
                new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, composed: true })
            );
            expect(root(element).activeElement ?? document.activeElement).toBe(articles[1]);
        });

        it('marks the first render for the preview benchmarks', async () => {
            const mark = jest.fn();
            Object.defineProperty(performance, 'mark', {
                value: mark,
                configurable: true,
                writable: true
            });
            mountViewer();
            await settle();
            expect(mark).toHaveBeenCalledTimes(1);
            expect(mark).toHaveBeenCalledWith('kustomer:messages-rendered', {
                detail: { count: 9 }
            });
        });

        it('shows an empty conversation after one round trip', async () => {
            conversationMock.mockResolvedValue(
                conversationResult((value) => {
                    value.conversation.attributes.messageCount = 0;
                    value.notes.data = [];
                    value.messages = {
                        page: 1,
                        pageSize: 100,
                        hasNext: false,
                        hasPrev: false,
                        data: [],
                        included: [],
                        fetchedAt: value.fetchedAt
                    };
                })
            );
            const element = mountViewer();
            await settle();
            expect(messagesMock).not.toHaveBeenCalled();
            expect(textOf(button(element, 'empty'))).toBe('c.Viewer_Empty');
            // Nothing to search, filter or count.
            expect(root(element).querySelector('c-kustomer-conversation-toolbar')).toBeNull();
            expect(root(element).querySelector('c-kustomer-conversation-pager')).toBeNull();
            await expect(element).toBeAccessible();
        });
    });

    describe('another Case', () => {
        it('reloads when the record page hands over a new Case', async () => {
            const element = mountViewer();
            await settle();
            Object.assign(element, { recordId: '500000000000002BBB' });
            await settle();
            expect(conversationMock).toHaveBeenCalledTimes(2);
            expect(conversationMock).toHaveBeenLastCalledWith(
                expect.objectContaining({ caseId: '500000000000002BBB' })
            );
        });
    });

    describe('long conversations', () => {
        it('finds the newest page from messageCount, then loads older pages until complete', async () => {
            serveSynthetic(250);
            const element = mountViewer({ messagesPerPage: 50 });
            await settle();
            // Page 1 came with the conversation, oldest first: the newest is page 3 of 100.
            expect(messagesMock.mock.calls.map((call) => (call[0] as PageParams).page)).toEqual([
                3
            ]);
            expect(ids(element).length).toBe(50);
            expect(textOf(button(element, 'shown-count'))).toBe('c.Viewer_Shown_Of');
            button(element, 'load-older')?.click();
            await settle();
            expect(messagesMock).toHaveBeenLastCalledWith(
                expect.objectContaining({ page: 2, pageSize: 100 })
            );
            // Page 1 is already here: the history is complete. All 250 are loaded (the feed's size); at most 120
            // are in the DOM at once (renderWindow.ts).
            expect(feedState(element)).toEqual({ rendered: 120, setSize: 250 });
            expect(button(element, 'load-older')).toBeNull();
        });

        it('keeps what is shown when an older page fails, and offers Retry', async () => {
            serveSynthetic(250);
            const element = mountViewer();
            await settle();
            messagesMock.mockRejectedValueOnce(auraError({ code: 'TIMEOUT', message: '' }));
            button(element, 'load-older')?.click();
            await settle();
            expect(ids(element).length).toBe(50);
            expect(button(element, 'older-retry')).not.toBeNull();
            button(element, 'older-retry')?.click();
            await settle();
            expect(feedState(element)).toEqual({ rendered: 120, setSize: 250 });
        });

        it('keeps the reading position when older messages arrive above (oldest-first)', async () => {
            serveSynthetic(250);
            const element = mountViewer({ showNewestFirst: false });
            await settle();
            const scroller = button(element, 'scroller');
            expect(scroller).not.toBeNull();
            const anchorId = ids(element)[0];
            expect(ids(element).length).toBe(50);
            expect(button(element, 'load-older')).not.toBeNull();
            button(element, 'load-older')?.click();
            await settle();
            expect(feedState(element)).toEqual({ rendered: 120, setSize: 250 });
            expect(positionOf(element, anchorId)).toBe(201);
        });

        it('never states a total the pages do not prove, and says when the count is wrong', async () => {
            // 150 messages, newest first, while the conversation says 152.
            serveSynthetic({ total: 150, order: 'desc', messageCount: 152 });
            const element = mountViewer();
            await settle();
            expect(textOf(button(element, 'shown-count'))).toBe('c.Viewer_Loaded_Count');
            button(element, 'load-older')?.click();
            await settle();
            expect(feedState(element).setSize).toBe(150);
            expect(textOf(button(element, 'shown-count'))).toBe('c.Viewer_Shown_Of');
            expect(textOf(root(element).querySelector('[data-notice="count"]'))).toBe(
                'c.Viewer_Count_Mismatch'
            );
        });

        it('offers Jump to newest after loading older messages', async () => {
            serveSynthetic(250);
            const element = mountViewer();
            await settle();
            expect(button(element, 'jump-to-newest')).toBeNull();
            button(element, 'load-older')?.click();
            await settle();
            button(element, 'jump-to-newest')?.click();
            await settle(1);
            expect(button(element, 'jump-to-newest')).toBeNull();
        });
    });

    describe('notes', () => {
        it('loads further notes pages after the first view', async () => {
            conversationMock.mockResolvedValue(
                conversationResult((value) => (value.notes.hasMore = true))
            );
            notesMock.mockResolvedValueOnce(
                JSON.stringify({
                    status: 'OK',
                    page: 2,
                    hasMore: false,
                    data: [
                        {
                            type: 'note',
                            id: 'aaaaaaaaaaaaaaaaaaaaaaa2',
                            attributes: {
                                body: 'second page note',
                                createdAt: '2025-03-11T10:00:00Z'
                            }
                        }
                    ],
                    people: [],
                    fetchedAt: '2025-03-12T10:38:00.000Z'
                })
            );
            const element = mountViewer();
            await settle(10);
            expect(notesMock).toHaveBeenCalledWith({
                caseId: expect.any(String),
                page: 2,
                forceRefresh: false
            });
            expect(ids(element)).toContain('aaaaaaaaaaaaaaaaaaaaaaa2');
        });

        it('keeps the notes it has when a later notes page fails, and says so', async () => {
            conversationMock.mockResolvedValue(
                conversationResult((value) => (value.notes.hasMore = true))
            );
            notesMock.mockRejectedValueOnce(auraError({ code: 'UPSTREAM', message: '' }));
            const element = mountViewer();
            await settle(10);
            expect(ids(element)).toContain('67cef641b9741a81843a91d6');
            expect(textOf(root(element).querySelector('[data-notice="notes"]'))).toBe(
                'c.Viewer_Notes_Error'
            );
        });

        it('says when the key cannot read notes, naming the role, and still shows messages', async () => {
            conversationMock.mockResolvedValue(
                conversationResult((value) => {
                    value.notes = {
                        status: 'FORBIDDEN',
                        error: {
                            code: 'FORBIDDEN',
                            message: '',
                            missingRole: 'org.permission.note.read'
                        },
                        page: 1,
                        hasMore: false,
                        data: [],
                        fetchedAt: value.fetchedAt
                    };
                })
            );
            const element = mountViewer();
            await settle();
            expect(ids(element).length).toBe(8);
            expect(textOf(root(element).querySelector('[data-notice="notes"]'))).toBe(
                'c.Viewer_Notes_Unavailable c.Viewer_Missing_Role'
            );
            await expect(element).toBeAccessible();
        });

        it('notes warnings from getMessages (names fall back, never to the support mailbox)', async () => {
            messagesMock.mockResolvedValue(
                allMessagesResult((value) => {
                    value.people = [];
                    value.warnings = [
                        { code: 'FORBIDDEN', message: '', missingRole: 'org.permission.user.read' }
                    ];
                })
            );
            const element = mountViewer();
            await settle();
            expect(root(element).querySelector('[data-notice="people"]')).not.toBeNull();
            const outbound = messageRoots(element).find((shadow) =>
                shadow.querySelector('.kc-entry_out')
            );
            // meta.from of an outbound email is the support mailbox, not its author: the Agent label.
            expect(textOf(outbound?.querySelector('.kc-entry__author'))).toBe(
                'c.Viewer_Author_Agent'
            );
        });
    });

    describe('search and filters', () => {
        it('counts matches, highlights them and moves between them', async () => {
            const element = mountViewer();
            await settle();
            const toolbar = root(element).querySelector('c-kustomer-conversation-toolbar');
            toolbar?.dispatchEvent(new CustomEvent('searchchange', { detail: { query: 'sage' } }));
            await settle(1);
            expect(toolbar).toHaveProperty('matchCount', 4);
            expect(toolbar).toHaveProperty('activeMatch', 0);
            const marks = messageRoots(element).flatMap((shadow) =>
                Array.from(shadow.querySelectorAll('mark'))
            );
            expect(marks.length).toBeGreaterThanOrEqual(4);
            expect(marks.filter((mark) => mark.classList.contains('kc-match_active')).length).toBe(
                1
            );
            toolbar?.dispatchEvent(new CustomEvent('matchstep', { detail: { step: -1 } }));
            await settle(1);
            expect(toolbar).toHaveProperty('activeMatch', 3);
            expect(textOf(root(element).querySelector('[data-id="live"]'))).toBe(
                'c.Viewer_Search_Results'
            );
        });

        it('filters by channel and direction', async () => {
            const element = mountViewer();
            await settle();
            const toolbar = root(element).querySelector('c-kustomer-conversation-toolbar');
            const filters = { channel: 'sms', inbound: true, outbound: false, notes: false };
            toolbar?.dispatchEvent(new CustomEvent('filterchange', { detail: { filters } }));
            await settle(1);
            expect(ids(element).length).toBe(2);
            toolbar?.dispatchEvent(
                new CustomEvent('filterchange', {
                    detail: {
                        filters: { channel: 'voice', inbound: true, outbound: true, notes: false }
                    }
                })
            );
            await settle(1);
            expect(textOf(button(element, 'empty'))).toBe('c.Viewer_No_Results');
        });
    });

    describe('refresh and caching', () => {
        it('serves a second viewer of the same Case from the client cache', async () => {
            const first = mountViewer();
            await settle();
            const recordId: unknown = Reflect.get(first, 'recordId');
            clearBody();
            const second = mountViewer({ recordId });
            await settle();
            expect(conversationMock).toHaveBeenCalledTimes(1);
            expect(messagesMock).toHaveBeenCalledTimes(1);
            expect(ids(second).length).toBe(9);
        });

        it('Refresh bypasses both caches', async () => {
            const element = mountViewer();
            await settle();
            root(root(element).querySelector('c-kustomer-conversation-header'))
                .querySelector<HTMLElement>('[data-id="refresh"]')
                ?.click();
            await settle();
            expect(conversationMock).toHaveBeenLastCalledWith(
                expect.objectContaining({ forceRefresh: true })
            );
            expect(messagesMock).toHaveBeenLastCalledWith(
                expect.objectContaining({ forceRefresh: true })
            );
        });

        it('Refresh keeps the messages on screen, and keeps them when the refresh fails', async () => {
            const element = mountViewer();
            await settle();
            conversationMock.mockRejectedValueOnce(auraError({ code: 'UPSTREAM', message: '' }));
            root(root(element).querySelector('c-kustomer-conversation-header'))
                .querySelector<HTMLElement>('[data-id="refresh"]')
                ?.click();
            await settle(1);
            expect(ids(element).length).toBe(9);
            await settle();
            expect(ids(element).length).toBe(9);
            expect(root(element).querySelector('[data-notice="refresh"]')).not.toBeNull();
            expect(root(element).querySelector('c-kustomer-conversation-state')).toBeNull();
        });

        it('auto-refresh asks for the conversation only, and the newest page only when it changed', async () => {
            jest.useFakeTimers();
            const element = mountViewer({ autoRefreshSeconds: 5 });
            await jest.advanceTimersByTimeAsync(10);
            expect(conversationMock).toHaveBeenCalledTimes(1);
            await jest.advanceTimersByTimeAsync(30000); // 5 s is raised to the 30 s minimum
            expect(conversationMock).toHaveBeenCalledTimes(2);
            expect(conversationMock).toHaveBeenLastCalledWith(
                expect.objectContaining({ forceRefresh: true })
            );
            expect(messagesMock).toHaveBeenCalledTimes(1);
            conversationMock.mockResolvedValue(
                conversationResult((value) => {
                    value.conversation.attributes.messageCount = 9;
                    value.conversation.attributes.lastMessageAt = '2025-03-12T10:00:00.000Z';
                })
            );
            await jest.advanceTimersByTimeAsync(30000);
            expect(messagesMock).toHaveBeenCalledTimes(2);
            expect(messagesMock).toHaveBeenLastCalledWith(
                expect.objectContaining({ forceRefresh: true })
            );
            expect(element.isConnected).toBe(true);
        });

        it('auto-refresh is off by default', async () => {
            jest.useFakeTimers();
            mountViewer();
            await jest.advanceTimersByTimeAsync(120000);
            expect(conversationMock).toHaveBeenCalledTimes(1);
        });
    });

    describe('hostile content', () => {
        it('renders markup in text as text and rich bodies only through lightning-formatted-rich-text', async () => {
            const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
            messagesMock.mockResolvedValue(
                allMessagesResult((value) => {
                    value.data[1].attributes.preview = `Hi ${payload} ${['java', 'script:alert(1)'].join('')} https://ok.example/a`;
                    value.data[0].attributes.htmlBody = `<p>x</p>${payload}`;
                })
            );
            const element = mountViewer();
            await settle();
            const shadows = messageRoots(element);
            for (const shadow of shadows) {
                expect(shadow.querySelector('script')).toBeNull();
                expect(shadow.querySelector('img[onerror]')).toBeNull();
                for (const anchor of Array.from(shadow.querySelectorAll('a'))) {
                    expect(anchor.getAttribute('href')).toMatch(/^(https?:|mailto:)/);
                }
            }
            const text = shadows
                .map((shadow) => shadow.querySelector('[data-id="body"]'))
                .find((body) => textOf(body).includes('onerror'));
            expect(textOf(text)).toContain('<img src=x onerror=');
            const rich = shadows
                .map((shadow) => shadow.querySelector('lightning-formatted-rich-text'))
                .find(Boolean);
            // The rich body reaches the sanitising component already rebuilt from the allow-list (issue 12).
            expect(rich).toHaveProperty('value', '<p>x</p>');
            expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
        });
    });
});
