import { createElement } from 'lwc';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import KustomerConversationToolbar from 'c/kustomerConversationToolbar';
import { ALL_FILTERS, channelInfo } from 'c/kustomerConversationModel';

function mount(props: Record<string, unknown> = {}) {
    const element = createElement('c-kustomer-conversation-toolbar', {
        is: KustomerConversationToolbar
    });
    Object.assign(element, {
        channels: [channelInfo('email'), channelInfo('sms')],
        filters: ALL_FILTERS,
        showNotesFilter: true,
        ...props
    });
    document.body.appendChild(element);
    return element;
}

const shadow = (element: Element) => element.shadowRoot as ShadowRoot;

describe('c-kustomer-conversation-toolbar', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.useRealTimers();
    });

    it('debounces the search and emits the query', () => {
        jest.useFakeTimers();
        const element = mount();
        const handler = jest.fn();
        element.addEventListener('searchchange', handler);
        const input = shadow(element).querySelector('[data-id="search"]');
        input?.dispatchEvent(new CustomEvent('change', { detail: { value: 'sa' } }));
        input?.dispatchEvent(new CustomEvent('change', { detail: { value: 'sage' } }));
        expect(handler).not.toHaveBeenCalled();
        jest.advanceTimersByTime(300);
        expect(handler).toHaveBeenCalledTimes(1);
        expect((handler.mock.calls[0][0] as CustomEvent).detail).toEqual({ query: 'sage' });
    });

    it('steps with Enter, Shift+Enter and the buttons, only when there are matches', () => {
        const element = mount({ matchCount: 3, activeMatch: 0, searching: true });
        const handler = jest.fn();
        element.addEventListener('matchstep', handler);
        const input = shadow(element).querySelector('[data-id="search"]');
        input?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
        input?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true }));
        shadow(element).querySelector<HTMLElement>('[data-id="next-match"]')?.click();
        expect(handler.mock.calls.map((call) => (call[0] as CustomEvent).detail.step)).toEqual([
            1, -1, 1
        ]);
        expect(shadow(element).querySelector('[data-id="match-count"]')?.textContent).toBe(
            'c.Viewer_Search_Count'
        );
    });

    it('says when nothing matches', () => {
        const element = mount({ matchCount: 0, searching: true });
        expect(shadow(element).querySelector('[data-id="match-count"]')?.textContent).toBe(
            'c.Viewer_Search_None'
        );
        expect(shadow(element).querySelector('[data-id="next-match"]')).toHaveProperty(
            'disabled',
            true
        );
    });

    it('emits filter changes', () => {
        const element = mount();
        const handler = jest.fn();
        element.addEventListener('filterchange', handler);
        const inbound = shadow(element).querySelector('[data-filter="inbound"]');
        inbound?.dispatchEvent(new CustomEvent('change', { detail: { checked: false } }));
        shadow(element)
            .querySelector('[data-id="channel-filter"]')
            ?.dispatchEvent(new CustomEvent('change', { detail: { value: 'sms' } }));
        expect((handler.mock.calls[0][0] as CustomEvent).detail.filters).toEqual({
            ...ALL_FILTERS,
            inbound: false
        });
        expect((handler.mock.calls[1][0] as CustomEvent).detail.filters).toEqual({
            ...ALL_FILTERS,
            channel: 'sms'
        });
    });

    it('is accessible', async () => {
        const element = mount({ matchCount: 2, activeMatch: 1, searching: true });
        await expect(element).toBeAccessible();
    });
});
