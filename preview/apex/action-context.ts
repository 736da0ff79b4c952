// What every entry point works with: the Case store, the Kustomer client of this call, and a cache transaction
// whose puts are committed only when the action succeeds (Apex loses puts when the transaction throws).
import type { Json } from './contract-types.ts';
import type { CaseStore } from './shared/case-access.ts';
import type { KustomerClient } from './shared/client.ts';
import type { CacheEntry, PlatformCache } from './shared/platform-cache.ts';

export class CacheTransaction {
    private readonly cache: PlatformCache;
    private readonly pending = new Map<string, CacheEntry>();

    constructor(cache: PlatformCache) {
        this.cache = cache;
    }

    get(key: string): CacheEntry | undefined {
        return this.cache.get(key);
    }

    /** value: any JSON-serialisable result part (a minimised resource, a page). */
    put(key: string, value: unknown, fetchedAt: string): void {
        this.pending.set(key, { value: value as Json, fetchedAt });
    }

    /** Returns the keys actually stored. */
    commit(): string[] {
        const stored: string[] = [];
        for (const [key, entry] of this.pending) {
            if (this.cache.put(key, entry)) stored.push(key);
        }
        this.pending.clear();
        return stored;
    }
}

export interface ActionContext {
    cases: CaseStore;
    client: KustomerClient;
    cache: CacheTransaction;
    nowMs: number;
    nowIso: string;
}

export function oldest(...isoTimes: Array<string | undefined>): string {
    const times = isoTimes.filter((time): time is string => time !== undefined);
    return times.reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a));
}
