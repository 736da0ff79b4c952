// `npm start`: build the preview (production) and serve it at http://localhost:${PORT:-3000}/.
// `npm run dev`: development build, rebuilt on every change of a component, the shell, the runtime or the labels.
// Real Kustomer: KUSTOMER_API_URL=https://<org>.api.kustomerapp.com KUSTOMER_API_KEY=<key> npm start
import { buildPreview, watchPreview } from '../build/build.ts';
import { startPreview } from './preview-server.ts';

const watchMode = process.argv.includes('--watch');
const skipBuild = process.argv.includes('--no-build');
const env = process.env;

if (watchMode) {
    await new Promise<void>((resolve) => {
        let first = true;
        watchPreview(
            'development',
            (ms) => {
                console.log(
                    `preview: built in ${(ms / 1000).toFixed(1)} s${first ? '' : ' (reload the page)'}`
                );
                if (first) resolve();
                first = false;
            },
            (error) => console.error(`preview: build failed: ${error.message}`)
        );
    });
} else if (!skipBuild) {
    const ms = await buildPreview('production');
    console.log(`preview: built in ${(ms / 1000).toFixed(1)} s`);
}

if (env.KUSTOMER_API_URL && !/^https:\/\/[^/]+\/?$/.test(env.KUSTOMER_API_URL)) {
    console.warn(
        `preview: KUSTOMER_API_URL should look like https://<org>.api.kustomerapp.com (got ${env.KUSTOMER_API_URL})`
    );
}
if (env.KUSTOMER_API_URL && !env.KUSTOMER_API_KEY)
    console.warn(
        'preview: KUSTOMER_API_URL is set but KUSTOMER_API_KEY is not: the viewer will show NOT_CONFIGURED'
    );

// A stable https port for attachments (next to the page's), so a certificate accepted once stays accepted.
env.FAKE_ATTACHMENT_PORT ??= String(Number(env.PORT ?? 3000) + 1);

const preview = await startPreview({
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '127.0.0.1',
    ...(env.KUSTOMER_API_URL
        ? { kustomerApiUrl: env.KUSTOMER_API_URL, kustomerApiKey: env.KUSTOMER_API_KEY ?? '' }
        : {}),
    ...(env.FAKE_LATENCY_MS ? { fakeLatencyMs: Number(env.FAKE_LATENCY_MS) } : {}),
    ...(env.PREVIEW_TIMEOUT_MS ? { timeoutMs: Number(env.PREVIEW_TIMEOUT_MS) } : {})
});
console.log(
    preview.mode === 'real'
        ? `preview: ${preview.url}/?conversation=<24-hex id>  (real Kustomer at ${env.KUSTOMER_API_URL})`
        : `preview: ${preview.url}/  (fake Kustomer; demo Cases at ${preview.url}/cases)`
);
const stop = () => {
    void preview.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
