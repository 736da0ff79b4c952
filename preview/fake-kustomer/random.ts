// Deterministic ids and choices: the same seed gives the same conversations on every machine and every run.
import { createHash } from 'node:crypto';

/** A Kustomer-style 24-hex id derived from a name (stable across runs). */
export function hexId(name: string): string {
    return createHash('sha1').update(name).digest('hex').slice(0, 24);
}

/** mulberry32: a small seeded PRNG. */
export function seededRandom(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
    return items[Math.floor(random() * items.length)] as T;
}
