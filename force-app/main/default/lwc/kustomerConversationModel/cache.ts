// A small time-bounded cache for Apex results, shared by every viewer on the page (module level in the
// component). The clock is injected so tests can move time.

import { PAGE_TTL_SECONDS } from './contractTables';

/** As long as Platform Cache keeps a page: a re-view within it costs no round trip. */
export const CLIENT_CACHE_TTL_MS = PAGE_TTL_SECONDS * 1000;
const MAX_ENTRIES = 200;

interface Entry<T> {
    value: T;
    expires: number;
}

export class TtlCache<T> {
    private readonly entries = new Map<string, Entry<T>>();
    private readonly ttlMs: number;
    private readonly now: () => number;

    constructor(ttlMs: number = CLIENT_CACHE_TTL_MS, now: () => number = () => Date.now()) {
        this.ttlMs = ttlMs;
        this.now = now;
    }

    get(key: string): T | undefined {
        const entry = this.entries.get(key);
        if (!entry) return undefined;
        if (entry.expires <= this.now()) {
            this.entries.delete(key);
            return undefined;
        }
        return entry.value;
    }

    set(key: string, value: T): void {
        this.entries.delete(key);
        this.entries.set(key, { value, expires: this.now() + this.ttlMs });
        while (this.entries.size > MAX_ENTRIES) {
            const oldest = this.entries.keys().next().value;
            if (oldest === undefined) break;
            this.entries.delete(oldest);
        }
    }

    /** Drops every entry whose key starts with `prefix` (e.g. one Case's results). */
    clear(prefix = ''): void {
        for (const key of Array.from(this.entries.keys())) {
            if (key.startsWith(prefix)) this.entries.delete(key);
        }
    }
}
