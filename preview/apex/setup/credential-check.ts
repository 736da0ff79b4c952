// KustomerSetupCredentialCheck.cls in TypeScript: checks 1 to 3 that read the org only (the Named Credential URL,
// access to the principal, where the key is stored).
import { SETUP_PAGES } from '../../../force-app/main/default/lwc/kustomerSetup/setupPages.ts';
import { UNREADABLE, type SetupContext } from './environment.ts';
import { fail, format, PASS, SetupResult, SKIP, WARN, FAIL } from './result.ts';

const URL_PARTS = /^(https?):\/\/([^/:?#]+)(:[0-9]*)?([^?#]*)(.*)$/i;
const ORG_API_HOST = /^[a-z0-9-]+\.api\.kustomerapp\.com$/;
const REGIONAL_HOST = /^api(\.(prod[0-9]+))?\.kustomerapp\.com$/;
const WEB_APP_HOST = /^([a-z0-9-]+)\.kustomerapp\.com$/;
const REGIONS: Record<string, string> = { prod1: 'US', prod2: 'EU', prod4: 'India' };
const STORED_PARAMETER_NAME = 'ApiKey';

/** Apex's String.trim(): characters up to U+0020 at both ends. */
export function apexTrim(text: string): string {
    return text.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/** The fix for a wrong URL, naming the org when it is known. */
export function orgHostFix(ctx: SetupContext, orgName: string): string {
    return format(ctx.label('Setup_NcUseOrgHostFix'), orgName);
}

/** Check 1: the Named Credential exists and its URL is the org's Kustomer API host. */
export function namedCredential(ctx: SetupContext): SetupResult {
    const url = ctx.facts.namedCredentialUrl;
    const page = SETUP_PAGES.namedCredentials;
    if (url === null) {
        return fail(
            'NC_MISSING',
            ctx.label('Setup_NcMissing'),
            ctx.label('Setup_NcMissingFix'),
            page
        );
    }
    if (apexTrim(url) === '') {
        return new SetupResult(
            SKIP,
            'NC_URL_UNREADABLE',
            ctx.label('Setup_NcUrlUnreadable')
        ).withFix(ctx.label('Setup_NcUrlUnreadableFix'), page);
    }
    const parts = URL_PARTS.exec(apexTrim(url));
    const path = parts?.[4];
    if (
        !parts ||
        (parts[1] as string).toLowerCase() !== 'https' ||
        parts[3] !== undefined ||
        (path && path !== '/') ||
        parts[5]
    ) {
        return fail(
            'NC_BAD_URL',
            format(ctx.label('Setup_NcBadUrl'), url),
            orgHostFix(ctx, '<org>'),
            page
        );
    }
    const host = (parts[2] as string).toLowerCase();
    if (ORG_API_HOST.test(host)) {
        return new SetupResult(PASS, 'NC_ORG_HOST', format(ctx.label('Setup_NcOrgHost'), host));
    }
    const regional = REGIONAL_HOST.exec(host);
    if (regional) {
        const pod = regional[2] ?? 'prod1';
        const region = REGIONS[pod] ?? pod;
        return new SetupResult(
            WARN,
            'NC_REGIONAL_HOST',
            format(ctx.label('Setup_NcRegionalHost'), host, region)
        ).withFix(orgHostFix(ctx, '<org>'), page);
    }
    const webApp = WEB_APP_HOST.exec(host);
    if (webApp) {
        return fail(
            'NC_WEB_APP_HOST',
            format(ctx.label('Setup_NcWebAppHost'), host),
            orgHostFix(ctx, webApp[1] as string),
            page
        );
    }
    return fail(
        'NC_NOT_KUSTOMER',
        format(ctx.label('Setup_NcNotKustomer'), host),
        orgHostFix(ctx, '<org>'),
        page
    );
}

/** Check 2: a permission set (or the profile) of the running user grants the External Credential principal. */
export function principalAccess(ctx: SetupContext): SetupResult {
    const grants = ctx.facts.principalGrants;
    if (grants === UNREADABLE) {
        return new SetupResult(
            SKIP,
            'PRINCIPAL_UNREADABLE',
            ctx.label('Setup_PrincipalUnreadable')
        ).withFix(ctx.label('Setup_PrincipalUnreadableFix'), SETUP_PAGES.permissionSets);
    }
    if (grants === null) {
        return fail(
            'PRINCIPAL_MISSING',
            ctx.label('Setup_PrincipalMissing'),
            ctx.label('Setup_ReinstallFix'),
            SETUP_PAGES.installedPackages
        );
    }
    if (grants.length === 0) {
        return fail(
            'PRINCIPAL_NOT_GRANTED',
            ctx.label('Setup_PrincipalNotGranted'),
            ctx.label('Setup_PrincipalNotGrantedFix'),
            SETUP_PAGES.permissionSetGroups
        );
    }
    return new SetupResult(
        PASS,
        'PRINCIPAL_GRANTED',
        format(ctx.label('Setup_PrincipalGranted'), [...grants].sort().join(', '))
    );
}

/** Check 3, first part: read access to User External Credentials, and a key stored under the name ApiKey. */
export function storedKey(ctx: SetupContext): SetupResult {
    const result = new SetupResult(PASS, 'KEY_STORED', ctx.label('Setup_KeyStored'));
    const page = SETUP_PAGES.namedCredentials;
    const itemName = ctx.label('Setup_ItemKeyName');
    if (!ctx.facts.userExternalCredentialsReadable) {
        result.addItem(ctx.label('Setup_ItemUecAccess'), FAIL, ctx.label('Setup_UecNoAccess'));
        return result.becomes(
            FAIL,
            'UEC_NO_ACCESS',
            ctx.label('Setup_UecNoAccess'),
            ctx.label('Setup_UecNoAccessFix'),
            SETUP_PAGES.permissionSets
        );
    }
    result.addItem(ctx.label('Setup_ItemUecAccess'), PASS, ctx.label('Setup_UecAccess'));
    const names = ctx.facts.credentialParameterNames;
    if (names === UNREADABLE) {
        // The callout still tells whether the key works; only the name check is lost.
        return result.addItem(itemName, SKIP, ctx.label('Setup_KeyNamesUnreadable'));
    }
    if (names.includes(STORED_PARAMETER_NAME)) {
        return result.addItem(itemName, PASS, ctx.label('Setup_KeyStored'));
    }
    const cased = names.find((name) => name.toLowerCase() === STORED_PARAMETER_NAME.toLowerCase());
    if (cased !== undefined) {
        const text = format(ctx.label('Setup_KeyNameCase'), cased);
        return result
            .addItem(itemName, WARN, text)
            .becomes(WARN, 'KEY_NAME_CASE', text, ctx.label('Setup_KeyPasteFix'), page);
    }
    if (names.length === 0) {
        result.addItem(itemName, FAIL, ctx.label('Setup_KeyMissing'));
        return result.becomes(
            FAIL,
            'KEY_MISSING',
            ctx.label('Setup_KeyMissing'),
            ctx.label('Setup_KeyPasteFix'),
            page
        );
    }
    const wrong = format(ctx.label('Setup_KeyWrongName'), [...names].sort().join(', '));
    result.addItem(itemName, FAIL, wrong);
    return result.becomes(FAIL, 'KEY_WRONG_NAME', wrong, ctx.label('Setup_KeyPasteFix'), page);
}
