import { describe, expect, it } from '@jest/globals';
import {
    DEFAULT_LINK_SECONDS,
    LINK_MARGIN_SECONDS,
    linkFreshUntil,
    linkLifetimeSeconds
} from 'c/kustomerConversationModel';

const S3 =
    'https://kustomer-prod1-attachments.s3.amazonaws.com/org/att/invoice.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20250312T101500Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host&X-Amz-Signature=00';
const SIGNED_AT = Date.UTC(2025, 2, 12, 10, 15, 0);

describe('signed attachment link lifetimes', () => {
    it('reads an S3 presigned link: signed at X-Amz-Date, valid X-Amz-Expires seconds', () => {
        expect(linkLifetimeSeconds(S3, SIGNED_AT)).toBe(300);
        // Fetched 100 s after signing (a cached link): 200 s left.
        expect(linkLifetimeSeconds(S3, SIGNED_AT + 100_000)).toBe(200);
        expect(linkLifetimeSeconds(S3, undefined)).toBe(300);
    });

    it('reads Expires as epoch seconds, and the fake Kustomer links', () => {
        const epoch = `https://cdn.example.com/a.png?Expires=${SIGNED_AT / 1000 + 120}&Signature=x`;
        expect(linkLifetimeSeconds(epoch, SIGNED_AT)).toBe(120);
        expect(
            linkLifetimeSeconds(
                'https://localhost:1/attachments/a.png?X-Amz-Expires=600',
                SIGNED_AT
            )
        ).toBe(600);
    });

    it('trusts a link without any hint only briefly, and never for more than an hour', () => {
        expect(linkLifetimeSeconds('https://example.com/file.pdf', SIGNED_AT)).toBe(
            DEFAULT_LINK_SECONDS
        );
        expect(linkLifetimeSeconds('https://example.com/f?X-Amz-Expires=604800', SIGNED_AT)).toBe(
            3600
        );
        expect(linkLifetimeSeconds('not a url', SIGNED_AT)).toBe(0);
    });

    it('hands a link out only with a safety margin left, on the client clock', () => {
        const receivedAt = 5_000_000;
        expect(linkFreshUntil(S3, SIGNED_AT, receivedAt)).toBe(
            receivedAt + (300 - LINK_MARGIN_SECONDS) * 1000
        );
        // An already expired link is stale at once.
        expect(linkFreshUntil(S3, SIGNED_AT + 400_000, receivedAt)).toBeLessThan(receivedAt);
    });
});
