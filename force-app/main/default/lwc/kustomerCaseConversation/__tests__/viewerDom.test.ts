import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { AutoTimers, firstVisible, preserveScroll, scrollerClass } from '../viewerDom';

function entry(key: string, top: () => number, height = 100): HTMLElement {
    const element = document.createElement('div');
    element.dataset.key = key;
    element.getBoundingClientRect = () => ({ top: top(), bottom: top() + height }) as DOMRect;
    return element;
}

/** Where the first visible entry of a list sits in a 600 px window. */
const anchorOf = (root: HTMLElement) =>
    firstVisible(Array.from(root.children) as HTMLElement[], { top: 0, bottom: 600 });

describe('viewerDom', () => {
    afterEach(() => {
        document.body.replaceChildren();
        jest.useRealTimers();
    });

    it('keeps the anchored entry where it was when entries are added above (scroller)', () => {
        let top = 100;
        const root = document.createElement('div');
        root.append(entry('x"] y', () => top));
        document.body.append(root);
        const anchor = anchorOf(root);
        expect(anchor).toEqual({ key: 'x"] y', top: 100 });
        top = 700; // 600 px of older messages arrived above
        const scroller = document.createElement('div');
        Object.defineProperty(scroller, 'scrollHeight', { value: 2000 });
        Object.defineProperty(scroller, 'clientHeight', { value: 600 });
        scroller.scrollTop = 0;
        preserveScroll(root, scroller, anchor ?? { key: '', top: 0 });
        expect(scroller.scrollTop).toBe(600);
    });

    it('scrolls the page when the viewer grows with its content', () => {
        let top = 50;
        const root = document.createElement('div');
        root.append(entry('a', () => top));
        const anchor = anchorOf(root);
        top = 450;
        const scrollBy = jest.fn();
        Object.defineProperty(window, 'scrollBy', {
            value: scrollBy,
            configurable: true,
            writable: true
        });
        preserveScroll(root, null, anchor ?? { key: '', top: 0 });
        expect(scrollBy).toHaveBeenCalledWith(0, 400);
    });

    it('anchors on the first entry the reader can see', () => {
        const articles = [entry('a', () => -300), entry('b', () => -50), entry('c', () => 50)];
        expect(firstVisible(articles, { top: 0, bottom: 600 })).toEqual({ key: 'b', top: -50 });
        expect(firstVisible(articles, { top: 200, bottom: 600 })).toEqual({ key: 'c', top: 50 });
        expect(firstVisible(articles, { top: 900, bottom: 1200 })).toEqual({ key: 'c', top: 50 });
        expect(firstVisible([], { top: 0, bottom: 600 })).toBeUndefined();
    });

    it('bounds the message area unless its height is 0', () => {
        expect(scrollerClass(0)).toBe('kc-scroller');
        expect(scrollerClass('0')).toBe('kc-scroller');
        expect(scrollerClass(600)).toBe('kc-scroller kc-scroller_bounded');
    });

    it('counts a retry down once a second and stops every timer together', () => {
        jest.useFakeTimers();
        const timers = new AutoTimers();
        const tick = jest.fn();
        const done = jest.fn();
        timers.startRetry(tick, 3, done);
        jest.advanceTimersByTime(3000);
        expect(tick).toHaveBeenCalledTimes(3);
        expect(done).toHaveBeenCalledTimes(1);
        const refresh = jest.fn();
        timers.startAutoRefresh(30, refresh);
        timers.stopAll();
        jest.advanceTimersByTime(120000);
        expect(refresh).not.toHaveBeenCalled();
    });
});
