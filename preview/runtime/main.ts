// Browser entry of the preview. Synthetic shadow must load before any component (as in Lightning Experience today),
// and SLDS is linked globally by the page. The page is the Case record page or the Kustomer Setup tab (config.page);
// before it renders, the files worker serves the fake's attachment host from this origin (no certificate to accept).
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import CasePage from 'preview/casePage';
import SetupPage from 'preview/setupPage';
import { pageConfig } from './config.ts';
import { installLinkRedirects } from './links.ts';

const WORKER_WAIT_MS = 3000;

/** Registers the files worker and waits (briefly) until it controls this page, so the first images go through it. */
async function filesWorker(origin: string | undefined): Promise<void> {
    if (!origin || !('serviceWorker' in navigator)) return;
    const script = `/preview-files-worker.js?origin=${encodeURIComponent(origin)}`;
    // Already serving this page (every load after the first): nothing to wait for.
    if (navigator.serviceWorker.controller?.scriptURL.endsWith(script)) return;
    try {
        const registration = await navigator.serviceWorker.register(script, { scope: '/' });
        // Active but not in control: a hard reload bypasses workers; the next load goes through it.
        if (registration.active?.scriptURL.endsWith(script)) return;
        await new Promise<void>((resolve) => {
            navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
                once: true
            });
            setTimeout(resolve, WORKER_WAIT_MS);
        });
    } catch {
        // Not a secure context (e.g. served on a LAN address): the https host is reached directly.
    }
}

const config = pageConfig();
installLinkRedirects();
void filesWorker(config.attachmentsOrigin).then(() => {
    const root = document.getElementById('root');
    if (!root) return;
    root.appendChild(
        config.page === 'setup'
            ? createElement('preview-setup-page', { is: SetupPage })
            : createElement('preview-case-page', { is: CasePage })
    );
});
