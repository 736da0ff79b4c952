// `npm start`'s entry point as a developer runs it: it serves the Case page and the demo index, and stops cleanly.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { it } from 'node:test';

const SERVE = fileURLToPath(new URL('../preview/server/serve.ts', import.meta.url));

it('npm start serves the preview (prebuilt bundle) and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [SERVE, '--no-build'], {
        env: {
            ...process.env,
            PORT: '0',
            FAKE_ATTACHMENT_PORT: '0',
            KUSTOMER_API_URL: '',
            KUSTOMER_API_KEY: ''
        },
        stdio: ['ignore', 'pipe', 'pipe']
    });
    try {
        const url = await new Promise<string>((resolve, reject) => {
            let out = '';
            const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 15_000);
            child.stdout.on('data', (chunk: Buffer) => {
                out += chunk.toString();
                const found = out.match(/preview: (http:\/\/\S+?)\/ /);
                if (found) {
                    clearTimeout(timer);
                    resolve(found[1] as string);
                }
            });
            child.on('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
        });
        const page = await fetch(`${url}/`);
        assert.equal(page.status, 200);
        const html = await page.text();
        assert.match(html, /<script type="module" src="\/dist\/main.js">/);
        const token = JSON.parse(/id="preview-config">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}')
            .apexToken as string;
        const index = await fetch(`${url}/cases`);
        assert.match(await index.text(), /Failure: 401/);
        assert.equal(
            (await fetch(`${url}/dist/main.js`)).status,
            200,
            'the built bundle is served'
        );
        const apex = `${url}/apex/KustomerConversationController.getConversation`;
        const body = JSON.stringify({
            caseId: '500Kc0000000001AAA',
            includeNotes: false,
            forceRefresh: false
        });
        const pageHeaders = {
            'content-type': 'application/json',
            origin: url,
            'x-preview-token': token
        };
        const own = await fetch(apex, { method: 'POST', headers: pageHeaders, body });
        assert.equal(own.status, 200, 'the page itself may call Apex');
        const crossSite = await fetch(apex, {
            method: 'POST',
            headers: { ...pageHeaders, origin: 'https://evil.example' },
            body
        });
        assert.equal(crossSite.status, 403, 'another site may not');
        const plain = await fetch(apex, {
            method: 'POST',
            headers: { ...pageHeaders, 'content-type': 'text/plain' },
            body
        });
        assert.equal(plain.status, 403, 'a form-like post may not');
        assert.equal(
            (await fetch(`${url}/dist/..%2Fpackage.json`)).status,
            404,
            'nothing outside dist'
        );
    } finally {
        const exited = new Promise((resolve) => child.on('exit', resolve));
        child.kill('SIGTERM');
        await exited;
    }
});
