// The current search match scrolled into view once per match change, and the marker that stands in for a match
// inside a rich body (lightning-formatted-rich-text renders it, so the match itself cannot be reached).
import type { TimelineItem } from 'c/kustomerConversationModel';

/**
 * Scrolls the current match (or the whole entry) of `item` into view, unless `revealed` is this same item (items
 * are reused while nothing changed: a new item object means the current match moved here). Returns the item now
 * revealed, or undefined when this entry holds no current match.
 */
export function revealActiveMatch(
    template: ParentNode | null | undefined,
    item: TimelineItem | undefined,
    revealed: TimelineItem | undefined
): TimelineItem | undefined {
    if (!item?.hasActiveMatch) return undefined;
    if (revealed === item) return item;
    // A match in a rich body is inside lightning-formatted-rich-text: a marker where it sits stands in for it.
    const target = ['.kc-match_active', '[data-id="reveal"]', '.kc-entry']
        .map((selector) => template?.querySelector<HTMLElement>(selector))
        .find((element) => element !== null && element !== undefined);
    if (!target || typeof target.scrollIntoView !== 'function') return item;
    if (typeof requestAnimationFrame !== 'function') {
        target.scrollIntoView({ block: 'center' });
        return item;
    }
    // A rich body lays itself out after this render: scroll once it has (two frames on), at once rather than
    // smoothly (a smooth scroll is cut short when the feed keeps the reading position on the next render).
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    requestAnimationFrame(() =>
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        requestAnimationFrame(() => target.scrollIntoView({ block: 'center' }))
    );
    return item;
}

/** Where the current match sits in a rich body (top: N%), for the marker that scrolls into view. */
export function revealStyle(fraction: number | undefined): string | undefined {
    return fraction === undefined ? undefined : `top: ${(fraction * 100).toFixed(1)}%;`;
}
