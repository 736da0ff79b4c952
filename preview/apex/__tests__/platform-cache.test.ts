import { describe, expect, it } from '@jest/globals';
import { cacheKeys, MAX_CACHE_ITEM_BYTES } from '../contract-types.ts';
import { PlatformCache, ttlSeconds } from '../shared/platform-cache.ts';

const ID = '67cef0e3e65f7015ca3a91c6';

function clockAt(ms: number) {
    const clock = { ms, now: () => clock.ms };
    return clock;
}

describe('Platform Cache emulation', () => {
    it('builds alphanumeric keys of at most 50 characters', () => {
        const keys = [
            cacheKeys.conversation(ID),
            cacheKeys.notes(ID, 10000),
            cacheKeys.messages(ID, 10000, 100),
            cacheKeys.user(ID),
            cacheKeys.customer(ID),
            cacheKeys.messageOwner(ID)
        ];
        for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9]{1,50}$/);
        expect(keys.map(ttlSeconds)).toEqual([300, 300, 300, 86_400, 86_400, 86_400]);
    });

    it('expires items after their TTL', () => {
        const clock = clockAt(0);
        const cache = new PlatformCache({ clock });
        cache.put(cacheKeys.conversation(ID), { value: 1, fetchedAt: 'a' });
        cache.put(cacheKeys.user(ID), { value: 2, fetchedAt: 'a' });
        clock.ms = 299_999;
        expect(cache.get(cacheKeys.conversation(ID))?.value).toBe(1);
        clock.ms = 300_000;
        expect(cache.get(cacheKeys.conversation(ID))).toBeUndefined();
        expect(cache.keys()).toEqual([cacheKeys.user(ID)]);
        clock.ms = 86_400_000;
        expect(cache.get(cacheKeys.user(ID))).toBeUndefined();
    });

    it('returns copies, not the stored objects', () => {
        const cache = new PlatformCache();
        const entry = { value: { a: 1 }, fetchedAt: 'x' };
        cache.put('k1', entry);
        entry.value.a = 2;
        const read = cache.get('k1');
        expect(read?.value).toEqual({ a: 1 });
    });

    it('refuses items over 100 KB of UTF-8', () => {
        const cache = new PlatformCache();
        const overhead = JSON.stringify({ value: '', fetchedAt: 'x' }).length;
        expect(
            cache.put('k1', { value: 'a'.repeat(MAX_CACHE_ITEM_BYTES - overhead), fetchedAt: 'x' })
        ).toBe(true);
        expect(
            cache.put('k2', {
                value: 'a'.repeat(MAX_CACHE_ITEM_BYTES - overhead + 1),
                fetchedAt: 'x'
            })
        ).toBe(false);
        // 'é' is 2 bytes, '€' 3, '😀' 4: counted as UTF-8, not as UTF-16 code units
        const half = Math.floor((MAX_CACHE_ITEM_BYTES - overhead) / 2);
        expect(cache.put('k3', { value: 'é'.repeat(half + 1), fetchedAt: 'x' })).toBe(false);
        expect(cache.put('k4', { value: '€😀'.repeat(100), fetchedAt: 'x' })).toBe(true);
        expect(cache.keys().sort()).toEqual(['k1', 'k4']);
    });

    it('misses every get and ignores every put without capacity', () => {
        const cache = new PlatformCache({ capacity: false });
        expect(cache.put('k1', { value: 1, fetchedAt: 'x' })).toBe(false);
        expect(cache.get('k1')).toBeUndefined();
    });

    it('rejects keys the platform would reject', () => {
        const cache = new PlatformCache();
        expect(() => cache.put('a-b', { value: 1, fetchedAt: 'x' })).toThrow(
            'Invalid Platform Cache key'
        );
        expect(() => cache.put('a'.repeat(51), { value: 1, fetchedAt: 'x' })).toThrow();
        cache.put('ok', { value: 1, fetchedAt: 'x' });
        cache.clear();
        expect(cache.keys()).toEqual([]);
    });
});
