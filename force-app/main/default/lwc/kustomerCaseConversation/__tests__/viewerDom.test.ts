import { afterEach, describe, expect, it, jest } from '@jest/globals';
import {
    AutoTimers,
    feedKeyTarget,
    preserveScroll,
    readScroll,
    scrollPosition,
    scrollerClass
} from '../viewerDom';

function entry(key: string, top: () => number): HTMLElement {
    const element = document.createElement('div');
    element.dataset.key = key;
    element.getBoundingClientRect = () => ({ top: top() }) as DOMRect;
    return element;
}

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
        const anchor = readScroll(root, 'x"] y');
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
        const anchor = readScroll(root, 'a');
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

    it('moves through the feed with Page Down/Up and Ctrl+Home/End', () => {
        const articles = ['a', 'b', 'c'].map(() => document.createElement('article'));
        const key = (k: string, target: EventTarget, ctrlKey = false) => {
            const event = new KeyboardEvent('keydown', { key: k, ctrlKey });
            Object.defineProperty(event, 'target', { value: target });
            return feedKeyTarget(event, articles);
        };
        expect(key('PageDown', articles[0])).toBe(articles[1]);
        expect(key('PageDown', articles[2])).toBe(articles[2]);
        expect(key('PageUp', articles[1])).toBe(articles[0]);
        expect(key('End', articles[0], true)).toBe(articles[2]);
        expect(key('Home', articles[2], true)).toBe(articles[0]);
        expect(key('ArrowDown', articles[0])).toBeUndefined();
    });

    it('tells where the reader is in either order (48 px from an end counts as at it)', () => {
        const scroller = document.createElement('div');
        Object.defineProperty(scroller, 'scrollHeight', { value: 2000 });
        Object.defineProperty(scroller, 'clientHeight', { value: 600 });
        scroller.scrollTop = 10; // near the top
        expect(scrollPosition(scroller, false)).toEqual({ nearOlder: true, awayFromNewest: true });
        expect(scrollPosition(scroller, true)).toEqual({ nearOlder: false, awayFromNewest: false });
        scroller.scrollTop = 1390; // near the bottom
        expect(scrollPosition(scroller, false)).toEqual({
            nearOlder: false,
            awayFromNewest: false
        });
        expect(scrollPosition(scroller, true)).toEqual({ nearOlder: true, awayFromNewest: true });
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
