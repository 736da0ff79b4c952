// Signed attachment links, shared by every attachment on the page: fetched once (concurrent asks share one Apex
// call), kept while they have life left (attachmentLinks.ts reads the expiry from the link), so a click on a file
// whose link is already here opens it at once, inside the click. Also remembers, for the page's lifetime, that the
// org does not let images from the attachment host load (no trusted URL): then no link is fetched just for a preview.
import getAttachmentLink from '@salesforce/apex/KustomerConversationController.getAttachmentLink';
import {
    apexJson,
    asObject,
    asTime,
    httpsUrl,
    linkFreshUntil,
    parseApexError
} from 'c/kustomerConversationModel';
import type { KustomerError } from 'c/kustomerConversationModel';

export interface LinkRef {
    caseId: string;
    messageId: string;
    attachmentId: string;
}

export type LinkOutcome = { ok: true; url: string } | { ok: false; error: KustomerError };

const held = new Map<string, { url: string; freshUntil: number }>();
const pending = new Map<string, Promise<LinkOutcome>>();
let previewsBlocked = false;

const keyOf = (ref: LinkRef) => `${ref.caseId}|${ref.messageId}|${ref.attachmentId}`;

/** A link with enough life left to be opened now, or undefined. */
export function freshLink(ref: LinkRef, now = Date.now()): string | undefined {
    const link = held.get(keyOf(ref));
    return link && link.freshUntil > now ? link.url : undefined;
}

export function isFetching(ref: LinkRef): boolean {
    return pending.has(keyOf(ref));
}

function parseLink(raw: unknown): { url?: string; fetchedAt?: number } {
    const object = asObject(apexJson(raw));
    return { url: httpsUrl(object.url), fetchedAt: asTime(object.fetchedAt) };
}

async function fetchLink(ref: LinkRef): Promise<LinkOutcome> {
    try {
        const { url, fetchedAt } = parseLink(await getAttachmentLink({ ...ref }));
        if (!url)
            return {
                ok: false,
                error: { code: 'BAD_RESPONSE', message: 'No https link in the result.' }
            };
        held.set(keyOf(ref), { url, freshUntil: linkFreshUntil(url, fetchedAt, Date.now()) });
        return { ok: true, url };
    } catch (reason) {
        return { ok: false, error: parseApexError(reason) };
    }
}

/** A fresh link: the one held, the one being fetched, or a new one. */
export function requestLink(ref: LinkRef): Promise<LinkOutcome> {
    const fresh = freshLink(ref);
    if (fresh) return Promise.resolve({ ok: true, url: fresh });
    const key = keyOf(ref);
    let request = pending.get(key);
    if (!request) {
        request = fetchLink(ref).finally(() => pending.delete(key));
        pending.set(key, request);
    }
    return request;
}

export function previewsAllowed(): boolean {
    return !previewsBlocked;
}

/** An image from the attachment host did not load (the org's CSP, most likely): stop fetching links for previews. */
export function blockPreviews(): void {
    previewsBlocked = true;
}

/** Tests: start from nothing. */
export function resetLinks(): void {
    held.clear();
    pending.clear();
    previewsBlocked = false;
}
