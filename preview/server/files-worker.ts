// The preview's service worker (served at /preview-files-worker.js?origin=…): requests of its pages for the fake
// Kustomer's attachment host (https://localhost:<port>, a self-signed certificate, like Kustomer's signed https links)
// are answered from the preview server's own origin (/preview/files/…), so image previews and avatars load without
// accepting the certificate. The page's Content-Security-Policy still applies to the original URL first (?csp=lex).

interface FetchEventLike {
    request: { url: string; method: string };
    respondWith(response: Promise<unknown>): void;
}

interface WorkerScope {
    location: { href: string };
    skipWaiting(): Promise<void>;
    clients: { claim(): Promise<void> };
    addEventListener(type: 'install', listener: () => void): void;
    addEventListener(
        type: 'activate',
        listener: (event: { waitUntil(p: Promise<unknown>): void }) => void
    ): void;
    addEventListener(type: 'fetch', listener: (event: FetchEventLike) => void): void;
}

function filesWorker(scope: WorkerScope): void {
    const origin = new URL(scope.location.href).searchParams.get('origin');
    scope.addEventListener('install', () => {
        void scope.skipWaiting();
    });
    scope.addEventListener('activate', (event) => event.waitUntil(scope.clients.claim()));
    scope.addEventListener('fetch', (event) => {
        const url = new URL(event.request.url);
        if (!origin || url.origin !== origin || !['GET', 'HEAD'].includes(event.request.method))
            return;
        event.respondWith(
            fetch(`/preview/files${url.pathname}${url.search}`, { method: event.request.method })
        );
    });
}

/** The worker's script: the function above, called with the worker's global scope. */
export const FILES_WORKER_SCRIPT = `(${filesWorker.toString()})(self);\n`;
