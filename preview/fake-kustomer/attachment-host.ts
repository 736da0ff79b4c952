// The fake's attachment host: signed, expiring attachment URLs (as Kustomer's signed S3 links) and what they answer
// (the bytes, or S3's AccessDenied XML), the seed's avatars served offline, and a page saying the host works.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FakeAttachment, FakeWorld, Raw } from './model.ts';
import { avatarImage } from './binary.ts';

const AVATAR_CDN = 'https://cdn.example.com/avatars/';

export interface AttachmentHost {
    signedUrl(attachment: FakeAttachment): string;
    /** Avatars of the seed (https://cdn.example.com/avatars/…) are served by the fake's https host, offline. */
    withLocalAvatar(user: Raw): Raw;
    serveAttachment(req: IncomingMessage, res: ServerResponse, url: URL): void;
    serveFile(req: IncomingMessage, res: ServerResponse, url: URL): void;
}

export function createAttachmentHost(
    world: FakeWorld,
    now: () => number,
    ttl: number,
    /** Where signed URLs point, once the host listens. */
    attachmentsUrl: () => string
): AttachmentHost {
    const secret = randomBytes(32);

    function sign(attachment: FakeAttachment, expires: number): string {
        return createHmac('sha256', secret).update(`${attachment.id}:${expires}`).digest('hex');
    }

    function signedUrl(attachment: FakeAttachment): string {
        if (attachment.relatedUrl !== undefined) return attachment.relatedUrl;
        const expires = Math.floor(now() / 1000) + ttl;
        const name = encodeURIComponent(attachment.name);
        return `${attachmentsUrl()}/attachments/${world.orgId}/${attachment.id}/${name}?X-Amz-Expires=${ttl}&X-Kustomer-Expires=${expires}&X-Kustomer-Signature=${sign(attachment, expires)}`;
    }

    /** Avatars of the seed (https://cdn.example.com/avatars/…) are served by the fake's https host, offline. */
    function withLocalAvatar(user: Raw): Raw {
        const attributes = user.attributes as Raw;
        const avatar = attributes.avatarUrl;
        if (
            typeof avatar !== 'string' ||
            !avatar.startsWith(AVATAR_CDN) ||
            !attachmentsUrl().startsWith('https:')
        )
            return user;
        return {
            ...user,
            attributes: {
                ...attributes,
                avatarUrl: `${attachmentsUrl()}/avatars/${avatar.slice(AVATAR_CDN.length)}`
            }
        };
    }

    function serveAttachment(req: IncomingMessage, res: ServerResponse, url: URL): void {
        const m = url.pathname.match(/^\/attachments\/[^/]+\/([^/]+)\/[^/]+$/);
        const attachment = m ? world.attachments.get(m[1] as string) : undefined;
        const expires = Number(url.searchParams.get('X-Kustomer-Expires'));
        const given = Buffer.from(url.searchParams.get('X-Kustomer-Signature') ?? '', 'hex');
        const denied = (message: string) => {
            res.writeHead(403, { 'content-type': 'application/xml' });
            res.end(
                `<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>${message}</Message></Error>`
            );
        };
        if (!attachment || attachment.redacted) return denied('Access Denied');
        const expected = Buffer.from(sign(attachment, expires), 'hex');
        if (given.length !== expected.length || !timingSafeEqual(given, expected))
            return denied('Signature does not match');
        if (now() / 1000 > expires) return denied('Request has expired');
        const bytes = attachment.bytes();
        res.writeHead(200, {
            'content-type': attachment.contentType,
            'content-length': String(bytes.length),
            'content-disposition': `inline; filename="${attachment.name.replace(/[^\w.-]/g, '_')}"`,
            'cache-control': 'private, max-age=60',
            'x-content-type-options': 'nosniff'
        });
        res.end(req.method === 'HEAD' ? undefined : bytes);
    }

    /** What the attachment host answers: signed attachment bytes, avatars, and a page saying the host works. */
    function serveFile(req: IncomingMessage, res: ServerResponse, url: URL): void {
        const avatar = url.pathname.match(/^\/avatars\/([\w-]+)\.png$/);
        if (url.pathname.startsWith('/attachments/')) serveAttachment(req, res, url);
        else if (url.pathname === '/') {
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
            res.end(
                '<!doctype html><title>Fake Kustomer attachments</title><p>The fake Kustomer attachment host answers. Go back to the preview.</p>'
            );
        } else if (avatar) {
            const seed = [...(avatar[1] as string)].reduce((sum, c) => sum + c.charCodeAt(0), 0);
            res.writeHead(200, {
                'content-type': 'image/png',
                'cache-control': 'public, max-age=3600'
            });
            res.end(avatarImage(96, seed));
        } else res.writeHead(404).end();
    }

    return { signedUrl, withLocalAvatar, serveAttachment, serveFile };
}
