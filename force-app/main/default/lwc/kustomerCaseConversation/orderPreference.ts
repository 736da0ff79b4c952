// The reading order an agent chose (newest or oldest first), remembered per user in this browser: the App Builder
// property stays the default until the agent picks one. Browser storage only (the viewer writes no records);
// storage that is unavailable or full simply forgets.

const KEY_PREFIX = 'kustomer.viewer.order.';

export type Order = 'newest' | 'oldest';

interface StorageLike {
    getItem(key: string): string | null;
    setItem(key: string, value: string): void;
}

function storage(): StorageLike | undefined {
    try {
        return typeof window !== 'undefined' ? (window.localStorage ?? undefined) : undefined;
    } catch {
        return undefined; // access itself can throw (storage disabled)
    }
}

/** The order this user chose, or undefined when they never chose (the App Builder default applies). */
export function savedOrder(userId: string | undefined, store = storage()): Order | undefined {
    try {
        const value = store?.getItem(KEY_PREFIX + (userId ?? ''));
        return value === 'newest' || value === 'oldest' ? value : undefined;
    } catch {
        return undefined;
    }
}

export function saveOrder(userId: string | undefined, order: Order, store = storage()): void {
    try {
        store?.setItem(KEY_PREFIX + (userId ?? ''), order);
    } catch {
        // full or disabled: the choice lasts for this view only
    }
}
