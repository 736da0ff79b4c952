import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { ScrollIntent, atRenderedEdge, feedPosition, viewportOf } from '../feedScroll';

function boxed(top: number, bottom: number): HTMLElement {
    const element = document.createElement('div');
    element.getBoundingClientRect = () => ({ top, bottom }) as DOMRect;
    return element;
}

describe('feedScroll', () => {
    afterEach(() => {
        jest.useRealTimers();
    });

    it('measures against the scroller when it scrolls, else against the window', () => {
        const scroller = boxed(100, 700);
        Object.defineProperty(scroller, 'scrollHeight', { value: 2000 });
        Object.defineProperty(scroller, 'clientHeight', { value: 600 });
        expect(viewportOf(scroller)).toEqual({ top: 100, bottom: 700 });
        const growing = boxed(100, 700);
        Object.defineProperty(growing, 'scrollHeight', { value: 600 });
        Object.defineProperty(growing, 'clientHeight', { value: 600 });
        expect(viewportOf(growing)).toEqual({ top: 0, bottom: window.innerHeight });
        expect(viewportOf(null)).toEqual({ top: 0, bottom: window.innerHeight });
    });

    it('tells how much of the rendered feed is hidden above and below', () => {
        const position = feedPosition(boxed(-5000, 640), { top: 0, bottom: 600 });
        expect(position.hiddenAbove).toBe(5000);
        expect(position.hiddenBelow).toBe(40);
        expect(position.nearRenderedStart).toBe(false);
        expect(position.nearRenderedEnd).toBe(true);
        expect(atRenderedEdge(position, 'end')).toBe(true);
        expect(atRenderedEdge(position, 'start')).toBe(false);
    });

    it('counts scrolls as the reader’s only shortly after a gesture', () => {
        jest.useFakeTimers();
        const intent = new ScrollIntent();
        expect(intent.recent()).toBe(false);
        intent.mark();
        expect(intent.recent()).toBe(true);
        jest.advanceTimersByTime(2000);
        expect(intent.recent()).toBe(false);
    });
});
