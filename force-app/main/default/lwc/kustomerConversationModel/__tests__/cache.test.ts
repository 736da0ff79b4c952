import { describe, expect, it } from '@jest/globals';
import { CLIENT_CACHE_TTL_MS, TtlCache } from 'c/kustomerConversationModel';

describe('TtlCache', () => {
    it('expires entries after the TTL (300 s by default)', () => {
        let now = 0;
        const cache = new TtlCache<string>(undefined, () => now);
        cache.set('a', 'x');
        now = CLIENT_CACHE_TTL_MS - 1;
        expect(cache.get('a')).toBe('x');
        now = CLIENT_CACHE_TTL_MS;
        expect(cache.get('a')).toBeUndefined();
        expect(CLIENT_CACHE_TTL_MS).toBe(300000);
    });

    it('clears by prefix and bounds its size', () => {
        const cache = new TtlCache<number>(1000, () => 0);
        cache.set('case1|a', 1);
        cache.set('case2|a', 2);
        cache.clear('case1|');
        expect(cache.get('case1|a')).toBeUndefined();
        expect(cache.get('case2|a')).toBe(2);
        for (let i = 0; i < 500; i++) cache.set(`k${i}`, i);
        expect(cache.get('k0')).toBeUndefined();
        expect(cache.get('k499')).toBe(499);
    });
});
