// Serves built bundles and SLDS assets, never outside the given folder.
import { createReadStream, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
    '.js': 'text/javascript; charset=utf-8',
    '.map': 'application/json',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.gif': 'image/gif',
    '.woff': 'font/woff',
    '.woff2': 'font/woff2',
    '.json': 'application/json'
};

/** Streams root/relativePath; returns false when there is no such file. */
export function serveFile(
    res: ServerResponse,
    root: string,
    relativePath: string,
    cacheControl: string
): boolean {
    let decoded: string;
    try {
        decoded = decodeURIComponent(relativePath);
    } catch {
        return false;
    }
    const file = normalize(join(root, decoded));
    if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return false;
    let size: number;
    try {
        const stat = statSync(file);
        if (!stat.isFile()) return false;
        size = stat.size;
    } catch {
        return false;
    }
    res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': String(size),
        'cache-control': cacheControl,
        'x-content-type-options': 'nosniff'
    });
    createReadStream(file).pipe(res);
    return true;
}
