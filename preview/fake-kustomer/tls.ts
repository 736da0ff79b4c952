// A self-signed certificate for localhost, so the fake can serve attachment bytes over https: (the Apex layer and
// the viewer accept only https: links, as signed S3 URLs are). Made with the openssl CLI once and kept in the
// temp folder, so a browser that accepted it once keeps accepting it. Undefined when openssl is not installed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MAX_AGE_MS = 20 * 24 * 3600 * 1000; // the certificate is valid for 30 days

export function localhostCertificate(): { key: Buffer; cert: Buffer } | undefined {
    const dir = join(tmpdir(), 'kustomer-preview-tls');
    const keyFile = join(dir, 'localhost-key.pem');
    const certFile = join(dir, 'localhost-cert.pem');
    try {
        if (!existsSync(certFile) || Date.now() - statSync(certFile).mtimeMs > MAX_AGE_MS) {
            mkdirSync(dir, { recursive: true });
            execFileSync(
                'openssl',
                [
                    'req',
                    '-x509',
                    '-newkey',
                    'ec',
                    '-pkeyopt',
                    'ec_paramgen_curve:prime256v1',
                    '-nodes',
                    '-days',
                    '30',
                    '-subj',
                    '/CN=localhost',
                    '-addext',
                    'subjectAltName=DNS:localhost,IP:127.0.0.1',
                    '-keyout',
                    keyFile,
                    '-out',
                    certFile
                ],
                { stdio: 'ignore' }
            );
        }
        return { key: readFileSync(keyFile), cert: readFileSync(certFile) };
    } catch {
        return undefined;
    }
}
