// Where links of the package's components go in the preview. In Salesforce, "Open in Kustomer" opens Kustomer's web
// app and attachments open Kustomer's signed https links; here the web app is a fake that does not exist, and the
// attachment host has a self-signed certificate. So, in fake mode, a Kustomer web app link opens a preview page that
// says where it would go, and an attachment link opens the same file from the preview server. Nothing else changes.
import { pageConfig } from './config.ts';

const KUSTOMER_WEB_APP = /(^|\.)kustomerapp\.com$/i;

/** The URL the preview opens for a link of a component (the same URL when it is not one of the above). */
export function previewUrl(href: string): string {
    const config = pageConfig();
    if (config.mode !== 'fake') return href;
    let url: URL;
    try {
        url = new URL(href, window.location.href);
    } catch {
        return href;
    }
    if (config.attachmentsOrigin && url.origin === config.attachmentsOrigin)
        return `/preview/files${url.pathname}${url.search}`;
    if (url.protocol === 'https:' && KUSTOMER_WEB_APP.test(url.hostname))
        return `/preview/leave?to=${encodeURIComponent(url.href)}`;
    return href;
}

/** Clicks on such links (in any component: the click's composed path holds the anchor) open the preview's URL. */
export function installLinkRedirects(): void {
    window.addEventListener(
        'click',
        (event) => {
            if (event.defaultPrevented || event.button !== 0) return;
            const anchor = event
                .composedPath()
                .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
            if (!anchor?.href) return;
            const target = previewUrl(anchor.href);
            if (target === anchor.href) return;
            event.preventDefault();
            if (anchor.target === '_blank' || event.ctrlKey || event.metaKey || event.shiftKey)
                window.open(target, '_blank', 'noopener');
            else window.location.assign(target);
        },
        true
    );
}
