// The ARIA feed pattern's keyboard (https://www.w3.org/WAI/ARIA/apg/patterns/feed/): the feed is one Tab stop (a
// roving tabindex: one article is focusable, the others are not, and neither are their controls), Page Down/Up
// move to the next/previous article, Ctrl+End and Ctrl+Home leave the feed to the first control after or before
// it. Moving focus never loads anything: more history loads only when the reader asks (button) or scrolls.

export type FeedKeyAction =
    { kind: 'move'; index: number } | { kind: 'leave'; where: 'before' | 'after' };

/** What a key pressed in the feed does, for the article at `index` (in the whole timeline) of `total`. */
export function feedKeyAction(
    event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey'>,
    index: number,
    total: number
): FeedKeyAction | undefined {
    if (total <= 0 || event.altKey || event.metaKey) return undefined;
    if (event.ctrlKey && event.key === 'End') return { kind: 'leave', where: 'after' };
    if (event.ctrlKey && event.key === 'Home') return { kind: 'leave', where: 'before' };
    if (event.ctrlKey || event.shiftKey) return undefined;
    const current = Math.max(0, Math.min(total - 1, index));
    if (event.key === 'PageDown') return { kind: 'move', index: Math.min(total - 1, current + 1) };
    if (event.key === 'PageUp') return { kind: 'move', index: Math.max(0, current - 1) };
    return undefined;
}

/**
 * The article that is the feed's Tab stop: the one last focused while it is rendered, otherwise the newest one
 * rendered (where the reader starts).
 */
export function tabStopKey(
    renderedKeys: readonly string[],
    activeKey: string | undefined,
    newestFirst: boolean
): string | undefined {
    if (activeKey !== undefined && renderedKeys.includes(activeKey)) return activeKey;
    return newestFirst ? renderedKeys[0] : renderedKeys[renderedKeys.length - 1];
}

/** The feed article (message host) an event came from: its target, or the host around it. */
export function articleOf(
    target: EventTarget | null,
    feed: Element | null
): HTMLElement | undefined {
    let node = target instanceof Element ? target : null;
    while (node && node !== feed) {
        if (
            node instanceof HTMLElement &&
            node.dataset.key !== undefined &&
            node.getAttribute('role') === 'article'
        )
            return node;
        node = node.parentElement;
    }
    return undefined;
}
