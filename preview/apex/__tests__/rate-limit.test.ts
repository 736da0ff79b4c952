import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DEFAULT_RETRY_SECONDS } from '../contract-types.ts';
import { retryAfterSeconds, secondsFromReset } from '../shared/error-mapper.ts';

const NOW = Date.parse('2025-03-12T10:40:00.000Z'); // 1741776000 s
const wait = (headers: Record<string, string>) => retryAfterSeconds((name) => headers[name], NOW);

describe('rate-limit wait', () => {
    it('prefers Retry-After (delta-seconds)', () => {
        expect(wait({ 'retry-after': '17', 'x-ratelimit-reset': '12' })).toBe(17);
        expect(wait({ 'retry-after': ' 2.2 ' })).toBe(3);
    });

    it('ignores a Retry-After HTTP-date and falls back to x-ratelimit-reset', () => {
        expect(
            wait({ 'retry-after': 'Wed, 12 Mar 2025 10:41:00 GMT', 'x-ratelimit-reset': '12' })
        ).toBe(12);
        expect(wait({ 'retry-after': 'soon' })).toBe(DEFAULT_RETRY_SECONDS);
    });

    it('reads x-ratelimit-reset as epoch ms, epoch seconds or seconds', () => {
        expect(wait({ 'x-ratelimit-reset': String(NOW + 2500) })).toBe(3);
        expect(wait({ 'x-ratelimit-reset': '1741776045' })).toBe(45);
        expect(wait({ 'x-ratelimit-reset': '12' })).toBe(12);
        expect(secondsFromReset(1e9, NOW)).toBe(1e9); // not above 10^9: plain seconds
    });

    it('clamps to 1..300 and defaults to 60', () => {
        expect(wait({ 'x-ratelimit-reset': '1741775000' })).toBe(1); // in the past
        expect(wait({ 'x-ratelimit-reset': '0' })).toBe(1);
        expect(wait({ 'retry-after': '-5' })).toBe(1);
        expect(wait({ 'x-ratelimit-reset': '1741779600' })).toBe(300);
        expect(wait({ 'retry-after': '' })).toBe(60);
        expect(wait({})).toBe(60);
    });

    it('always answers an integer in 1..300, whatever the headers say', () => {
        fc.assert(
            fc.property(
                fc.option(fc.string()),
                fc.option(fc.oneof(fc.string(), fc.double().map(String))),
                (a, b) => {
                    const seconds = wait({
                        ...(a === null ? {} : { 'retry-after': a }),
                        ...(b === null ? {} : { 'x-ratelimit-reset': b })
                    });
                    expect(Number.isInteger(seconds) && seconds >= 1 && seconds <= 300).toBe(true);
                }
            )
        );
    });
});
