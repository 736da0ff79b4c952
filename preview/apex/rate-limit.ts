// How long to wait after a 429: Retry-After (delta-seconds), else x-ratelimit-reset, whose meaning Kustomer does
// not document (epoch ms above 10^12, epoch seconds above 10^9, else seconds); rounded up, clamped to 1..300.
import { DEFAULT_RETRY_SECONDS, MAX_RETRY_SECONDS, MIN_RETRY_SECONDS } from './contract-types.ts';

function headerNumber(value: string | undefined): number | undefined {
    if (value === undefined) return undefined;
    const text = value.trim();
    if (!/^[+-]?\d+(?:\.\d+)?$/.test(text)) return undefined;
    return Number(text);
}

function clamp(seconds: number): number {
    return Math.min(MAX_RETRY_SECONDS, Math.max(MIN_RETRY_SECONDS, Math.ceil(seconds)));
}

/** Seconds until the rate-limit window resets, from x-ratelimit-reset as Kustomer may send it. */
export function secondsFromReset(reset: number, nowMs: number): number {
    if (reset > 1e12) return (reset - nowMs) / 1000;
    if (reset > 1e9) return reset - nowMs / 1000;
    return reset;
}

export function retryAfterSeconds(
    header: (name: string) => string | undefined,
    nowMs: number
): number {
    const retryAfter = headerNumber(header('retry-after'));
    if (retryAfter !== undefined) return clamp(retryAfter);
    const reset = headerNumber(header('x-ratelimit-reset'));
    if (reset !== undefined) return clamp(secondsFromReset(reset, nowMs));
    return DEFAULT_RETRY_SECONDS;
}
