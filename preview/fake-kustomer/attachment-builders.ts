// Attachments in Kustomer's shapes: a message's attachment ids, the attachment resource (with its signed link when
// the fake hands one out), and image and PDF attachments whose bytes are made on first download.
import type { FakeAttachment, FakeMessage, Raw } from './model.ts';
import { pdfDocument, pngImage } from './binary.ts';
import { org, rel } from './builders.ts';
import { hexId } from './random.ts';

/** Adds relationships.attachments to a message resource (only when it has attachments, as Kustomer does). */
export function withAttachmentIds(message: FakeMessage): Raw {
    if (message.attachments.length === 0) return message.raw;
    const relationships = {
        ...(message.raw.relationships as Raw),
        attachments: {
            links: { self: `/v1/messages/${message.id}/attachments` },
            data: message.attachments.map((a) => ({ type: 'attachment', id: a.id }))
        }
    };
    return { ...message.raw, relationships };
}

export function attachmentResource(attachment: FakeAttachment, related?: string): Raw {
    const resource: Raw = {
        type: 'attachment',
        id: attachment.id,
        attributes: {
            name: attachment.name,
            contentType: attachment.contentType,
            contentLength: attachment.bytes().length,
            redacted: attachment.redacted
        },
        relationships: { org: org(), message: rel('message', attachment.messageId) },
        links:
            related === undefined
                ? { self: `/v1/attachments/${attachment.id}` }
                : { self: `/v1/attachments/${attachment.id}`, related }
    };
    return resource;
}

/** An attachment whose bytes are made on first download, then kept. */
function attachment(
    messageId: string,
    name: string,
    contentType: string,
    make: () => Buffer
): FakeAttachment {
    let bytes: Buffer | undefined;
    return {
        id: hexId(`attachment:${messageId}:${name}`),
        messageId,
        name,
        contentType,
        redacted: false,
        bytes: () => (bytes ??= make())
    };
}

export function imageAttachment(
    messageId: string,
    name: string,
    seed: number,
    width = 480,
    height = 300
): FakeAttachment {
    return attachment(messageId, name, 'image/png', () => pngImage(width, height, seed));
}

export function pdfAttachment(messageId: string, name: string, lines: string[]): FakeAttachment {
    return attachment(messageId, name, 'application/pdf', () => pdfDocument(lines));
}
