// Attachment icons by content type (and file extension when the type is missing or generic), and which ones may
// be previewed as images.

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
