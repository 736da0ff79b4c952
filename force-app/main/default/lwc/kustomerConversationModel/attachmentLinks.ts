// How long a signed attachment link stays usable, read from the link itself so the viewer can fetch links ahead of
// a click and still never hand out an expired one. S3 presigned URLs say it (X-Amz-Date + X-Amz-Expires, or
// Expires as epoch seconds); anything else gets a short default. Times are measured against the server's own
// clock (the result's fetchedAt), so a client clock that is off does not matter.

/** A link without any expiry hint is trusted this long. */
export const DEFAULT_LINK_SECONDS = 60;
/** Handed out only with this much life left: a click, a redirect and the first byte must fit in it. */
export const LINK_MARGIN_SECONDS = 20;
const MAX_LINK_SECONDS = 3600;

function param(url: URL, name: string): string | undefined {
    for (const [key, value] of url.searchParams) if (key.toLowerCase() === name) return value;
    return undefined;
}

/** 20250312T101500Z → ms since the epoch. */
function amzDate(value: string | undefined): number | undefined {
    const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
    if (!match) return undefined;
    const [, y, mo, d, h, mi, s] = match.map(Number);
    return Date.UTC(y, mo - 1, d, h, mi, s);
}

/**
 * Seconds of life the link had when the server fetched it (at `fetchedAt`, server time), before the safety margin.
 */
export function linkLifetimeSeconds(url: string, fetchedAt: number | undefined): number {
    let parsed: URL;
    try {
        parsed = new URL(url);
    } catch {
        return 0;
    }
    const expires = Number(param(parsed, 'x-amz-expires'));
    const signedAt = amzDate(param(parsed, 'x-amz-date'));
    let seconds: number | undefined;
    if (Number.isFinite(expires) && expires > 0) {
        seconds =
            signedAt !== undefined && fetchedAt !== undefined
                ? (signedAt + expires * 1000 - fetchedAt) / 1000
                : expires;
    } else {
        const epoch = Number(param(parsed, 'expires'));
        if (Number.isFinite(epoch) && epoch > 1e9 && fetchedAt !== undefined)
            seconds = epoch - fetchedAt / 1000;
    }
    return Math.min(MAX_LINK_SECONDS, seconds ?? DEFAULT_LINK_SECONDS);
}

/** Until when (client time, ms) the link may be handed out: receivedAt + lifetime − margin. */
export function linkFreshUntil(
    url: string,
    fetchedAt: number | undefined,
    receivedAt: number
): number {
    return receivedAt + (linkLifetimeSeconds(url, fetchedAt) - LINK_MARGIN_SECONDS) * 1000;
}
