// The feed as a keyboard and screen-reader user meets it (one Tab stop, Page Down/Up, Ctrl+Home/End, nothing loads
// because focus moved, a bounded render), and what the search says it covered and Search all.
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { conversationMock, messagesMock, notesMock, serveSynthetic } from './utils/apexMocks';
import { allMessagesResult, conversationResult, settle } from './utils/helpers';
import { button, clearBody, feedState, mountViewer, root } from './utils/mount';

const articles = (element: Element) =>
    Array.from(root(element).querySelectorAll<HTMLElement>('c-kustomer-conversation-message'));

const key = (target: Element, name: string, modifiers: KeyboardEventInit = {}) =>
    target.dispatchEvent(
        new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, ...modifiers })
    );

/** The element that has focus, through the viewer's shadow and its children's. */
function focused(element: Element): Element | null {
    let active: Element | null = root(element).activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
}

const toolbar = (element: Element) =>
    root(root(element).querySelector('c-kustomer-conversation-toolbar'));

async function typeQuery(element: Element, query: string): Promise<void> {
    jest.useFakeTimers();
    const input = toolbar(element).querySelector('[data-id="search"]') as HTMLElement;
    input.dispatchEvent(new CustomEvent('change', { detail: { value: query } }));
    jest.advanceTimersByTime(300);
    jest.useRealTimers();
    await settle();
}

// A page of 100 or the 120-entry render window goes through LWC in jsdom: seconds on a shared 2-core machine.
jest.setTimeout(20_000);

describe('the feed', () => {
    afterEach(() => {
        clearBody();
        jest.clearAllMocks();
        jest.useRealTimers();
    });

    it('is one Tab stop: one article and its controls are tabbable, the others and theirs are not', async () => {
        serveSynthetic(30);
        const element = mountViewer();
        await settle();
        const all = articles(element);
        expect(all.map((a) => a.getAttribute('tabindex')).filter((t) => t === '0')).toEqual(['0']);
        expect(all[0].getAttribute('tabindex')).toBe('0');
        expect(all.slice(1).every((a) => a.getAttribute('tabindex') === '-1')).toBe(true);
        expect((all[1] as HTMLElement & { controlTabIndex: number }).controlTabIndex).toBe(-1);
        // Focus (a click, or a screen reader) moves the Tab stop.
        all[4].focus();
        all[4].dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
        await settle(1);
        expect(articles(element)[4].getAttribute('tabindex')).toBe('0');
        expect(articles(element)[0].getAttribute('tabindex')).toBe('-1');
    });

    it('moves with Page Down/Up and leaves with Ctrl+End/Home, loading nothing', async () => {
        // Pages of 100 (page 1 comes with the conversation): the newest 50 shown, older pages to load.
        serveSynthetic(250);
        const element = mountViewer();
        await settle();
        const calls = messagesMock.mock.calls.length;
        // Positions in the whole (the render window may move with focus; jsdom has no layout).
        const place = (article: Element | null) => Number(article?.getAttribute('aria-posinset'));
        const first = articles(element)[0];
        const start = place(first);
        first.focus();
        key(first, 'PageDown');
        await settle(1);
        expect(place(focused(element))).toBe(start + 1);
        key(focused(element) as Element, 'PageUp');
        await settle(1);
        expect(place(focused(element))).toBe(start);
        // jsdom cannot focus the base components' stubs: see what was asked to take focus.
        const asked = jest.spyOn(HTMLElement.prototype, 'focus');
        key(articles(element)[0], 'End', { ctrlKey: true });
        expect(asked.mock.contexts.at(-1)).toHaveProperty('dataset.id', 'load-older');
        key(articles(element)[0], 'Home', { ctrlKey: true });
        expect((asked.mock.contexts.at(-1) as HTMLElement).dataset.control).toBeDefined();
        asked.mockRestore();
        articles(element)[0].focus();
        for (let n = 0; n < 70; n++) {
            const now = focused(element) as HTMLElement;
            key(articles(element).includes(now) ? now : articles(element)[0], 'PageDown');
            // eslint-disable-next-line no-await-in-loop
            await settle(1);
        }
        expect(messagesMock.mock.calls.length).toBe(calls);
    });

    it('renders at most 120 entries, each with its place in the whole', async () => {
        serveSynthetic(400);
        const element = mountViewer({ messagesPerPage: 100 });
        await settle();
        for (let n = 0; n < 3; n++) {
            button(element, 'load-older')?.click();
            // eslint-disable-next-line no-await-in-loop
            await settle();
        }
        expect(feedState(element)).toEqual({ rendered: 120, setSize: 400 });
        const positions = articles(element).map((a) => Number(a.getAttribute('aria-posinset')));
        expect(positions[positions.length - 1] - positions[0]).toBe(119);
    });
});

describe('search', () => {
    afterEach(() => {
        clearBody();
        jest.clearAllMocks();
        jest.useRealTimers();
    });

    it('says how many of the messages it searched, and Search all loads the rest', async () => {
        serveSynthetic(600);
        const element = mountViewer();
        await settle();
        await typeQuery(element, 'number 5');
        const scope = toolbar(element).querySelector('[data-id="search-scope-text"]');
        expect(scope?.textContent).toBe('c.Viewer_Search_Scope');
        const calls = messagesMock.mock.calls.length;
        (toolbar(element).querySelector('[data-id="search-all"]') as HTMLElement).click();
        await settle(40);
        // 600 messages in pages of 100: page 1 came with the conversation and the newest (page 6) is shown; pages
        // 5 to 2 are left, one request each.
        expect(messagesMock.mock.calls.length - calls).toBe(4);
        expect(toolbar(element).querySelector('[data-id="search-scope"]')).toBeNull();
        expect(feedState(element).setSize).toBe(600);
    });

    it('opens plain quoted text that holds the current match, and marks it', async () => {
        notesMock.mockResolvedValue(
            JSON.stringify({ status: 'OK', page: 2, hasMore: false, data: [], fetchedAt: '' })
        );
        conversationMock.mockResolvedValue(conversationResult());
        messagesMock.mockResolvedValue(
            allMessagesResult((value) => {
                value.data[0].attributes.htmlBody = undefined;
                value.data[0].attributes.preview =
                    'Thanks!\n\nOn Mon, Mar 10, 2025 at 2:01 PM Jo <jo@example.com> wrote:\n> the zipper is stuck';
            })
        );
        const element = mountViewer({ showNewestFirst: false });
        await settle();
        await typeQuery(element, 'zipper');
        const message = articles(element).find(
            (a) => root(a).querySelector('[data-id="quoted"]') !== null
        );
        expect(message).toBeDefined();
        const shadow = root(message);
        expect(
            shadow.querySelector('[data-id="quoted-toggle"]')?.getAttribute('aria-expanded')
        ).toBe('true');
        expect(shadow.querySelector('[data-id="quoted"] mark.kc-match_active')?.textContent).toBe(
            'zipper'
        );
    });
});
