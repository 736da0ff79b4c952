// Sequential Kustomer round trips from a request log: requests whose [start, end] intervals overlap belong to the
// same wave (a Continuation's parallel requests); waves that follow one another are sequential round trips.
export function sequentialRounds(
    entries: ReadonlyArray<{ startMs: number; endMs: number }>
): number {
    const sorted = [...entries].sort((a, b) => a.startMs - b.startMs);
    let waves = 0;
    let waveEnd = -Infinity;
    for (const entry of sorted) {
        if (entry.startMs >= waveEnd) waves += 1;
        waveEnd = Math.max(waveEnd, entry.endMs);
    }
    return waves;
}
