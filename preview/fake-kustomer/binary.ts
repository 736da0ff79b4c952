// Real attachment bytes, generated in code so that the repository holds no binaries: PNG images (drawn from a
// seed, so each attachment looks different) and one-page PDF documents.
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
}

/** A width × height RGB PNG: a diagonal two-colour gradient with a light frame, colours derived from `seed`. */
export function pngImage(width: number, height: number, seed: number): Buffer {
    const hue = (seed * 47) % 360;
    const [r1, g1, b1] = hsl(hue, 0.55, 0.45);
    const [r2, g2, b2] = hsl((hue + 60) % 360, 0.6, 0.75);
    return rgbPng(width, height, (x, y) => {
        const t = (x / width + y / height) / 2;
        const frame = x < 3 || y < 3 || x >= width - 3 || y >= height - 3;
        if (frame) return [245, 245, 245];
        return [
            Math.round(r1 + (r2 - r1) * t),
            Math.round(g1 + (g2 - g1) * t),
            Math.round(b1 + (b2 - b1) * t)
        ];
    });
}

/** A size × size avatar: a light head-and-shoulders silhouette on a colour derived from `seed`. */
export function avatarImage(size: number, seed: number): Buffer {
    const [r, g, b] = hsl((seed * 47) % 360, 0.45, 0.45);
    return rgbPng(size, size, (x, y) => {
        const u = x / size;
        const v = y / size;
        const head = (u - 0.5) ** 2 + (v - 0.4) ** 2 < 0.18 ** 2;
        const body = ((u - 0.5) / 0.34) ** 2 + ((v - 1.02) / 0.36) ** 2 < 1;
        return head || body ? [238, 241, 246] : [r, g, b];
    });
}

function rgbPng(
    width: number,
    height: number,
    pixel: (x: number, y: number) => [number, number, number]
): Buffer {
    const rows: Buffer[] = [];
    for (let y = 0; y < height; y++) {
        const row = Buffer.alloc(1 + width * 3);
        for (let x = 0; x < width; x++) row.set(pixel(x, y), 1 + x * 3);
        rows.push(row);
    }
    const header = Buffer.alloc(13);
    header.writeUInt32BE(width, 0);
    header.writeUInt32BE(height, 4);
    header[8] = 8;
    header[9] = 2;
    return Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        chunk('IHDR', header),
        chunk('IDAT', deflateSync(Buffer.concat(rows))),
        chunk('IEND', Buffer.alloc(0))
    ]);
}

function hsl(h: number, s: number, l: number): [number, number, number] {
    const a = s * Math.min(l, 1 - l);
    const f = (n: number): number => {
        const k = (n + h / 30) % 12;
        return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
    };
    return [f(0), f(8), f(4)];
}

function pdfText(text: string): string {
    return text.replace(/[^\x20-\x7e]/g, '?').replace(/([()\\])/g, '\\$1');
}

/** A valid one-page PDF (Helvetica text lines), with a correct cross-reference table. */
export function pdfDocument(lines: string[]): Buffer {
    const content = [
        'BT /F1 14 Tf 72 760 Td 18 TL',
        ...lines.map((line) => `(${pdfText(line)}) Tj T*`),
        'ET'
    ].join('\n');
    const objects = [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
        `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`
    ];
    let out = '%PDF-1.4\n';
    const offsets: number[] = [];
    objects.forEach((body, index) => {
        offsets.push(Buffer.byteLength(out, 'latin1'));
        out += `${index + 1} 0 obj\n${body}\nendobj\n`;
    });
    const xref = Buffer.byteLength(out, 'latin1');
    out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
    out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
    out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    return Buffer.from(out, 'latin1');
}
