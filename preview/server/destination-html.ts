// The preview's "where this would go" pages: links that leave the Case page in Salesforce (Open in Kustomer, the
// setup check's links to Setup pages) end here in the preview, which says where they would go instead of failing.
import { SETUP_PAGES } from '../../force-app/main/default/lwc/kustomerSetup/setupPages.ts';
import { escapeHtml, pageHead } from './html.ts';

const SETUP_PAGE_NAMES: Record<string, string> = {
    [SETUP_PAGES.namedCredentials]:
        'Setup › Named Credentials (the Named Credentials and External Credentials tabs)',
    [SETUP_PAGES.permissionSets]: 'Setup › Permission Sets',
    [SETUP_PAGES.permissionSetGroups]: 'Setup › Permission Set Groups',
    [SETUP_PAGES.profiles]: 'Setup › Profiles',
    [SETUP_PAGES.installedPackages]: 'Setup › Installed Packages',
    [SETUP_PAGES.platformCache]: 'Setup › Platform Cache',
    [SETUP_PAGES.trustedUrls]: 'Setup › Trusted URLs',
    [SETUP_PAGES.caseRecordTypes]: 'Setup › Object Manager › Case › Record Types',
    [SETUP_PAGES.caseValidationRules]: 'Setup › Object Manager › Case › Validation Rules',
    [SETUP_PAGES.casePageLayouts]: 'Setup › Object Manager › Case › Page Layouts',
    [SETUP_PAGES.caseRecordPages]: 'Setup › Object Manager › Case › Lightning Record Pages'
};

function page(title: string, heading: string, body: string): string {
    return `${pageHead(`${title} | Kustomer preview`)}
</head>
<body class="slds-scope">
<main class="slds-p-around_large" style="max-width:48rem">
<div class="slds-page-header"><div class="slds-page-header__row"><div class="slds-page-header__col-title"><h1 class="slds-page-header__title">${escapeHtml(heading)}</h1><p class="slds-page-header__meta-text">Kustomer for Salesforce, preview</p></div></div></div>
${body}
<p class="slds-m-top_large"><a href="/cases">Demo Cases</a> · <a href="/setup">Kustomer Setup</a></p>
</main>
</body>
</html>
`;
}

/** Open in Kustomer (and any link to Kustomer's web app): the conversation lives in Kustomer, not here. */
export function leaveHtml(target: string): string {
    let shown: string;
    try {
        const url = new URL(target);
        shown = ['http:', 'https:'].includes(url.protocol) ? url.href : '';
    } catch {
        shown = '';
    }
    const where = shown
        ? `<p class="slds-m-top_medium">In Salesforce, this opens a new tab at</p><p class="slds-m-top_x-small"><code class="slds-text-font_monospace" data-id="destination">${escapeHtml(shown)}</code></p><p class="slds-m-top_medium">That is the conversation in Kustomer's web app. The preview's Kustomer is a fake one, so there is no such page to open.</p>`
        : '<p class="slds-m-top_medium">The link is not a web address: Salesforce would not open it either.</p>';
    return page('Leaving Salesforce', 'Open in Kustomer', where);
}

/** A setup check's link to a Setup page: the page exists only in a Salesforce org. */
export function setupDestinationHtml(path: string): string | undefined {
    const name = SETUP_PAGE_NAMES[path];
    if (!name) return undefined;
    return page(
        'Salesforce Setup',
        name,
        `<p class="slds-m-top_medium">In your Salesforce org, this link opens <strong>${escapeHtml(name)}</strong> (<code class="slds-text-font_monospace" data-id="destination">${escapeHtml(path)}</code>) in a new tab, where you make the fix the Kustomer Setup tab describes. The preview has no Setup.</p>`
    );
}
