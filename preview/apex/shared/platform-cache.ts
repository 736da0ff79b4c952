// KustomerPlatformCache.cls in TypeScript.
// Platform Cache emulation (partition KustomerCache): keys, TTLs, the 100 KB item limit, capacity on/off. Values
// are stored as JSON strings, as Apex stores them, so a reader never shares objects with a writer.
import {
    CACHE_TTL_SECONDS_BY_PREFIX,
    MAX_CACHE_ITEM_BYTES,
    MAX_CACHE_KEY_CHARS,
    PAGE_TTL_SECONDS,
    type Json
} from '../contract-types.ts';

export interface CacheEntry {
    value: Json;
    fetchedAt: string;
}

export interface Clock {
    now(): number;
}

const KEY = new RegExp(`^[A-Za-z0-9]{1,${MAX_CACHE_KEY_CHARS}}$`);

/** TTL by key prefix (contract/tables.json): pages 300 s (the platform minimum), people and ownership a day. */
export function ttlSeconds(key: string): number {
    return CACHE_TTL_SECONDS_BY_PREFIX[key[0] ?? ''] ?? PAGE_TTL_SECONDS;
}

function utf8Length(text: string): number {
    let bytes = 0;
    for (const char of text) {
        const code = char.codePointAt(0) ?? 0;
        bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    }
    return bytes;
}

export class PlatformCache {
    readonly capacity: boolean;
    private readonly clock: Clock;
    private readonly items = new Map<string, { json: string; expiresAt: number }>();

    constructor(options: { capacity?: boolean; clock?: Clock } = {}) {
        this.capacity = options.capacity ?? true;
        this.clock = options.clock ?? Date;
    }

    get(key: string): CacheEntry | undefined {
        if (!this.capacity) return undefined;
        const item = this.items.get(key);
        if (!item) return undefined;
        if (item.expiresAt <= this.clock.now()) {
            this.items.delete(key);
            return undefined;
        }
        return JSON.parse(item.json) as CacheEntry;
    }

    /** Returns whether the item was stored: not without capacity, not over 100 KB. */
    put(key: string, entry: CacheEntry, ttl = ttlSeconds(key)): boolean {
        if (!KEY.test(key)) throw new Error(`Invalid Platform Cache key: ${key}`);
        if (!this.capacity) return false;
        const json = JSON.stringify(entry);
        if (utf8Length(json) > MAX_CACHE_ITEM_BYTES) return false;
        this.items.set(key, { json, expiresAt: this.clock.now() + ttl * 1000 });
        return true;
    }

    keys(): string[] {
        return [...this.items.keys()].filter((key) => this.get(key) !== undefined);
    }

    clear(): void {
        this.items.clear();
    }
}
