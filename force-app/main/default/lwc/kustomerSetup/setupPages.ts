// The Setup pages the Kustomer Setup tab links to, as org-relative Lightning Experience URLs: the fixes of the Apex
// checks carry one of these as fixUrl (KustomerSetupPages.cls, held to this table by the setup golden cases), and
// the by-hand list links the ones Apex cannot check.
export const SETUP_PAGES = {
    namedCredentials: '/lightning/setup/NamedCredential/home',
    permissionSets: '/lightning/setup/PermSets/home',
    permissionSetGroups: '/lightning/setup/PermSetGroups/home',
    profiles: '/lightning/setup/EnhancedProfiles/home',
    installedPackages: '/lightning/setup/ImportedPackage/home',
    platformCache: '/lightning/setup/PlatformCache/home',
    trustedUrls: '/lightning/setup/SecurityCspTrustedSite/home',
    caseRecordTypes: '/lightning/setup/ObjectManager/Case/RecordTypes/view',
    caseValidationRules: '/lightning/setup/ObjectManager/Case/ValidationRules/view',
    casePageLayouts: '/lightning/setup/ObjectManager/Case/PageLayouts/view',
    caseRecordPages: '/lightning/setup/ObjectManager/Case/LightningPages/view'
} as const;

const SETUP_PATH = /^\/lightning\/setup\/[A-Za-z0-9_]+(?:\/[A-Za-z0-9_]+){1,3}$/;

/** An org-relative Setup page URL, or undefined: nothing else from Apex becomes a link. */
export function setupPageUrl(value: unknown): string | undefined {
    return typeof value === 'string' && SETUP_PATH.test(value) ? value : undefined;
}
