import { describe, expect, it } from '@jest/globals';
import { articleOf, feedKeyAction, tabStopKey } from '../feedKeyboard';
import { firstNewKey } from '../renderWindow';

const key = (k: string, modifiers: Partial<KeyboardEvent> = {}) => ({
    key: k,
    ctrlKey: false,
    altKey: false,
    shiftKey: false,
    metaKey: false,
    ...modifiers
});

describe('feedKeyboard', () => {
    it('moves one article with Page Down/Up, and stays at either end (nothing loads)', () => {
        expect(feedKeyAction(key('PageDown'), 0, 3)).toEqual({ kind: 'move', index: 1 });
        expect(feedKeyAction(key('PageDown'), 2, 3)).toEqual({ kind: 'move', index: 2 });
        expect(feedKeyAction(key('PageUp'), 1, 3)).toEqual({ kind: 'move', index: 0 });
        expect(feedKeyAction(key('PageUp'), 0, 3)).toEqual({ kind: 'move', index: 0 });
    });

    it('leaves the feed with Ctrl+End (after it) and Ctrl+Home (before it)', () => {
        expect(feedKeyAction(key('End', { ctrlKey: true }), 1, 3)).toEqual({
            kind: 'leave',
            where: 'after'
        });
        expect(feedKeyAction(key('Home', { ctrlKey: true }), 1, 3)).toEqual({
            kind: 'leave',
            where: 'before'
        });
    });

    it('leaves every other key to the browser', () => {
        expect(feedKeyAction(key('ArrowDown'), 0, 3)).toBeUndefined();
        expect(feedKeyAction(key('End'), 0, 3)).toBeUndefined();
        expect(feedKeyAction(key('PageDown', { shiftKey: true }), 0, 3)).toBeUndefined();
        expect(feedKeyAction(key('PageDown', { altKey: true }), 0, 3)).toBeUndefined();
        expect(feedKeyAction(key('PageDown'), 0, 0)).toBeUndefined();
    });

    it('keeps the last focused article as the Tab stop while it is rendered, else the newest', () => {
        expect(tabStopKey(['a', 'b', 'c'], 'b', true)).toBe('b');
        expect(tabStopKey(['a', 'b', 'c'], 'x', true)).toBe('a');
        expect(tabStopKey(['a', 'b', 'c'], undefined, false)).toBe('c');
        expect(tabStopKey([], undefined, false)).toBeUndefined();
    });

    it('finds the article an event came from', () => {
        const feed = document.createElement('div');
        const article = document.createElement('div');
        article.setAttribute('role', 'article');
        article.dataset.key = 'm1';
        const inner = document.createElement('button');
        article.append(inner);
        feed.append(article);
        expect(articleOf(inner, feed)).toBe(article);
        expect(articleOf(article, feed)).toBe(article);
        expect(articleOf(feed, feed)).toBeUndefined();
        expect(articleOf(null, feed)).toBeUndefined();
    });

    it('reads on from the first message an older page brought, next to the old ones', () => {
        expect(firstNewKey(['n', 'm'], ['n', 'm', 'o1', 'o2'], true)).toBe('o1');
        expect(firstNewKey(['m', 'n'], ['o2', 'o1', 'm', 'n'], false)).toBe('o1');
        expect(firstNewKey(['m', 'n'], ['m', 'n'], true)).toBeUndefined();
        expect(firstNewKey(['m', 'n'], ['m', 'n'], false)).toBeUndefined();
    });
});
