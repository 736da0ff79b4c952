// Attachments of a messages page: their view (icon by content type, or by file extension when the type is missing
// or generic; size; redacted; whether an image preview is safe), grouped by message.
import { formatFileSize } from './format';
import type { AttachmentResource } from './contract';
import { asString, clip, relationshipId } from './json';

const BY_TYPE: ReadonlyArray<[RegExp, string]> = [
    [/^image\//, 'doctype:image'],
    [/^video\//, 'doctype:video'],
    [/^audio\//, 'doctype:audio'],
    [/pdf/, 'doctype:pdf'],
    [/spreadsheet|excel|sheet/, 'doctype:excel'],
    [/csv/, 'doctype:csv'],
    [/presentation|powerpoint/, 'doctype:ppt'],
    [/wordprocessing|msword|opendocument\.text/, 'doctype:word'],
    [/rtf/, 'doctype:rtf'],
    [/zip|compressed|x-tar|gzip|x-7z|rar/, 'doctype:zip'],
    [/html/, 'doctype:html'],
    [/xml/, 'doctype:xml'],
    [/vcard/, 'doctype:vcf'],
    [/^text\//, 'doctype:txt']
];

const BY_EXTENSION: Readonly<Record<string, string>> = {
    jpg: 'doctype:image',
    jpeg: 'doctype:image',
    png: 'doctype:image',
    gif: 'doctype:image',
    webp: 'doctype:image',
    heic: 'doctype:image',
    pdf: 'doctype:pdf',
    doc: 'doctype:word',
    docx: 'doctype:word',
    xls: 'doctype:excel',
    xlsx: 'doctype:excel',
    csv: 'doctype:csv',
    ppt: 'doctype:ppt',
    pptx: 'doctype:ppt',
    zip: 'doctype:zip',
    txt: 'doctype:txt',
    mp4: 'doctype:mp4',
    mov: 'doctype:video',
    mp3: 'doctype:audio',
    wav: 'doctype:audio',
    eml: 'doctype:txt',
    vcf: 'doctype:vcf'
};

const PREVIEWABLE = /^image\/(?:png|jpe?g|gif|webp|bmp)$/;

function extension(name: string): string {
    const dot = name.lastIndexOf('.');
    return dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
}

export function attachmentIcon(contentType: string | undefined, name: string | undefined): string {
    const type = (contentType ?? '').toLowerCase();
    if (type && type !== 'application/octet-stream') {
        const match = BY_TYPE.find(([pattern]) => pattern.test(type));
        if (match) return match[1];
    }
    const ext = extension(name ?? '');
    return Object.prototype.hasOwnProperty.call(BY_EXTENSION, ext)
        ? BY_EXTENSION[ext]
        : 'doctype:attachment';
}

/** Image types a browser shows safely in <img> (no SVG: it can carry script when opened directly). */
export function isPreviewableImage(
    contentType: string | undefined,
    name: string | undefined
): boolean {
    const type = (contentType ?? '').toLowerCase().split(';')[0].trim();
    if (PREVIEWABLE.test(type)) return true;
    if (type && type !== 'application/octet-stream') return false;
    return ['jpg', 'jpeg', 'png', 'gif', 'webp'].includes(extension(name ?? ''));
}

export interface AttachmentView {
    id: string;
    messageId: string;
    name: string;
    contentType?: string;
    size?: number;
    sizeText: string;
    icon: string;
    redacted: boolean;
    previewable: boolean;
}

export function attachmentView(
    resource: AttachmentResource,
    messageId: string,
    locale: string
): AttachmentView | undefined {
    if (!resource.id) return undefined;
    const attrs = resource.attributes;
    const name = clip(asString(attrs.name), 255) ?? resource.id;
    const contentType = clip(asString(attrs.contentType), 255);
    const size = attrs.contentLength;
    const redacted = attrs.redacted === true;
    return {
        id: resource.id,
        messageId,
        name,
        contentType,
        size,
        sizeText: formatFileSize(size, locale),
        icon: attachmentIcon(contentType, name),
        redacted,
        previewable: !redacted && isPreviewableImage(contentType, name)
    };
}

/** Attachments of a page (`included[]`), grouped by the message they belong to. */
export function indexAttachments(
    included: readonly AttachmentResource[],
    locale: string
): Map<string, AttachmentView[]> {
    const byMessage = new Map<string, AttachmentView[]>();
    for (const resource of included) {
        if (resource.type && !/^attachments?$/i.test(resource.type)) continue;
        const messageId = relationshipId(resource, 'message');
        if (!messageId) continue;
        const view = attachmentView(resource, messageId, locale);
        if (!view) continue;
        const list = byMessage.get(messageId) ?? [];
        if (!list.some((item) => item.id === view.id)) list.push(view);
        byMessage.set(messageId, list);
    }
    return byMessage;
}
