// Server-rendered HTML of the preview: the Case record page shell and the index of demo Cases. Every value is
// escaped (Case subjects and names come from hostile fixtures); the page config travels as a JSON data block.
import type { DemoCase } from '../fake-kustomer/model.ts';

export function escapeHtml(value: string): string {
    return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON safe inside <script type="application/json">: no "</script>", no HTML comment openers. */
export function jsonForScript(value: unknown): string {
    return JSON.stringify(value)
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026');
}

export const pageHead = (title: string): string => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/styles/salesforce-lightning-design-system.min.css">`;

/** A page of the preview's LWC app (the Case page, the Kustomer Setup tab): its config and the bundle. */
export function casePageHtml(title: string, config: unknown): string {
    return `${pageHead(title)}
<script type="application/json" id="preview-config">${jsonForScript(config)}</script>
<script type="module" src="/dist/main.js"></script>
</head>
<body class="slds-scope">
<div id="root"></div>
</body>
</html>
`;
}

export function indexHtml(
    cases: DemoCase[],
    mode: 'fake' | 'real',
    attachmentsUrl?: string
): string {
    const groups = new Map<string, DemoCase[]>();
    for (const c of cases) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
    const rows = [...groups]
        .map(
            ([group, items]) => `
<h2 class="slds-text-heading_small slds-m-top_medium slds-m-bottom_x-small">${escapeHtml(group)}</h2>
<table class="slds-table slds-table_bordered slds-table_cell-buffer slds-table_fixed-layout">
<thead><tr class="slds-line-height_reset"><th scope="col" style="width:8rem">Case Number</th><th scope="col">Subject</th><th scope="col">What it shows</th><th scope="col" style="width:16rem">Conversation ID</th></tr></thead>
<tbody>${items
                .map(
                    (c) =>
                        `<tr data-case-id="${escapeHtml(c.caseId)}"><td>${escapeHtml(c.caseNumber)}</td><th scope="row"><a href="/?case=${encodeURIComponent(c.caseId)}">${escapeHtml(c.subject)}</a></th><td class="slds-cell-wrap">${escapeHtml(c.description)}</td><td class="slds-truncate">${escapeHtml(c.conversationId || '—')}</td></tr>`
                )
                .join('\n')}</tbody>
</table>`
        )
        .join('\n');
    const intro =
        mode === 'real'
            ? 'Connected to a real Kustomer org (KUSTOMER_API_URL). Open a conversation by its id:'
            : 'Offline preview against the embedded fake Kustomer API. Every row is a demo Case; you can also open any conversation by id:';
    return `${pageHead('Cases | Kustomer preview')}
</head>
<body class="slds-scope">
<main class="slds-p-around_large">
<div class="slds-page-header"><div class="slds-page-header__row"><div class="slds-page-header__col-title"><h1 class="slds-page-header__title">Cases</h1><p class="slds-page-header__meta-text">Kustomer for Salesforce, preview</p></div></div></div>
<p class="slds-m-top_medium">${escapeHtml(intro)}</p>
<form class="slds-form slds-m-top_small" method="get" action="/">
<div class="slds-form-element"><label class="slds-form-element__label" for="conversation">Kustomer conversation id</label>
<div class="slds-form-element__control slds-grid"><input class="slds-input" style="max-width:20rem" id="conversation" name="conversation" pattern="[0-9a-f]{24}" placeholder="24 hex characters">
<button class="slds-button slds-button_brand slds-m-left_x-small" type="submit">Open</button></div></div>
</form>
<p class="slds-m-top_medium" data-id="setup-link"><a href="/setup" style="text-decoration: underline">Kustomer Setup</a>: the admin's setup check, in each state an admin's org can be in (not set up, wrong key, wrong region, missing role...).</p>
${attachmentsUrl?.startsWith('https:') ? `<p class="slds-m-top_small slds-text-body_small">Attachment previews and avatars come from the fake's https host through this page's service worker, without its self-signed certificate. Opened from another machine (no service worker there), <a href="${escapeHtml(attachmentsUrl)}/" target="_blank" rel="noopener" style="text-decoration: underline">open the host once</a> and accept the certificate.</p>` : ''}
${mode === 'real' ? '' : rows}
</main>
</body>
</html>
`;
}
