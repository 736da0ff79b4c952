// KustomerSetupKeyCheck.cls in TypeScript: check 3's Kustomer call (the key is accepted) and check 4 (the key's
// roles, from the token's role list, else probed with the all-zero id so that no Kustomer data is read).
import { SETUP_PAGES } from '../../../force-app/main/default/lwc/kustomerSetup/setupPages.ts';
import { OPTIONAL_READ_ROLES, READ_ROLES, type KustomerError } from '../contract-types.ts';
import { isObject, type JsonObject } from '../shared/error-mapper.ts';
import {
    attachmentRequest,
    conversationRequest,
    customerRequest,
    messageRequest,
    notesRequest,
    tokenRequest,
    usersRequests,
    type KustomerRequest
} from '../shared/request.ts';
import { check, type CheckOutcome, type SetupContext } from './environment.ts';
import { fail, format, PASS, SetupResult, SKIP, WARN, FAIL, type SetupItem } from './result.ts';

export const PROBE_ID = '000000000000000000000000';

export function attributes(document: JsonObject | undefined): JsonObject | undefined {
    const data = document?.data;
    const value = isObject(data) ? data.attributes : undefined;
    return isObject(value) ? value : undefined;
}

/** KustomerSetupKeyCheck.describe: code, HTTP status and message, as one text. */
export function describe(error: KustomerError): string {
    return (
        error.code +
        (error.httpStatus === undefined ? '' : ` ${error.httpStatus}`) +
        (error.message.trim() === '' ? '' : `: ${error.message}`)
    );
}

/** Check 3, second part: Kustomer accepts the key (GET /v1/auth/tokens/current works whatever its roles). */
export async function keyAccepted(ctx: SetupContext): Promise<SetupResult> {
    const token = await check(ctx, tokenRequest());
    if (token.error) return kustomerFailure(ctx, token.error, true);
    const name = attributes(token.document)?.name;
    return new SetupResult(
        PASS,
        'KEY_ACCEPTED',
        format(
            ctx.label('Setup_KeyAccepted'),
            typeof name === 'string' && name.trim() !== '' ? name : ctx.label('Setup_KeyUnnamed')
        )
    );
}

function probeFor(role: string): KustomerRequest {
    switch (role) {
        case 'conversation':
            return conversationRequest(PROBE_ID);
        case 'message':
            return messageRequest(PROBE_ID);
        case 'customer':
            return customerRequest(PROBE_ID);
        case 'user':
            return usersRequests([PROBE_ID])[0] as KustomerRequest;
        case 'attachment':
            return attachmentRequest(PROBE_ID, PROBE_ID);
        default:
            return notesRequest(PROBE_ID, 1);
    }
}

/** Granted (2xx, or 404 for the id that does not exist), missing (403; notes only warn), or undetermined. */
function probed(ctx: SetupContext, role: string, name: string, probe: CheckOutcome): SetupItem {
    const status = probe.httpStatus;
    if (!probe.error || status === 404 || (status !== undefined && status >= 200 && status < 300)) {
        return { name, status: PASS, detail: ctx.label('Setup_RoleGranted') };
    }
    if (probe.error.code !== 'FORBIDDEN') {
        return {
            name,
            status: WARN,
            detail: format(ctx.label('Setup_RoleUnknown'), describe(probe.error))
        };
    }
    const optional = OPTIONAL_READ_ROLES.includes(role);
    let detail = ctx.label(optional ? 'Setup_RoleNotesMissing' : 'Setup_RoleMissing');
    const named = probe.error.missingRole;
    // Apex compares Strings with != ignoring case.
    if (named && named.trim() !== '' && named.toLowerCase() !== name.toLowerCase()) {
        // The attachment probe may be refused for the message role: say which one Kustomer named.
        detail += ` ${format(ctx.label('Setup_RoleKustomerNames'), named)}`;
    }
    return { name, status: optional ? WARN : FAIL, detail };
}

/** Check 4: each role, from the token's role list when Kustomer sends one, else probed with a GET. */
export async function roles(ctx: SetupContext): Promise<SetupResult> {
    const token = await check(ctx, tokenRequest());
    if (token.error) return skipped(ctx, token.error);
    const listedRoles = attributes(token.document)?.roles;
    const listed = new Set(
        (Array.isArray(listedRoles) ? listedRoles : []).filter(
            (role): role is string => typeof role === 'string'
        )
    );
    const missing: string[] = [];
    const unknown: string[] = [];
    const result = new SetupResult(PASS, 'ROLES_ALL', ctx.label('Setup_RolesAll'));
    for (const role of READ_ROLES) {
        const name = `org.permission.${role}.read`;
        if (listed.has(name) || listed.has(`org.user.${role}.read`)) {
            result.addItem(name, PASS, ctx.label('Setup_RoleGranted'));
            continue;
        }
        const probe = await check(ctx, probeFor(role));
        if (probe.error?.code === 'UNAUTHORIZED') return skipped(ctx, probe.error);
        const item = probed(ctx, role, name, probe);
        result.addItem(item.name, item.status, item.detail);
        if (item.status === FAIL) missing.push(name);
        else if (item.status === WARN && probe.error?.code !== 'FORBIDDEN') unknown.push(name);
    }
    return summarise(ctx, result, missing, unknown);
}

function summarise(
    ctx: SetupContext,
    result: SetupResult,
    missing: string[],
    unknown: string[]
): SetupResult {
    const page = SETUP_PAGES.namedCredentials;
    if (missing.length > 0) {
        return result.becomes(
            FAIL,
            'ROLES_MISSING',
            format(ctx.label('Setup_RolesMissing'), missing.join(', ')),
            ctx.label('Setup_RolesNewKeyFix'),
            page
        );
    }
    if (unknown.length > 0) {
        return result.becomes(
            WARN,
            'ROLES_UNKNOWN',
            format(ctx.label('Setup_RolesUnknown'), unknown.join(', ')),
            ctx.label('Setup_RolesUnknownFix'),
            undefined
        );
    }
    const items = result.items ?? [];
    if (items[items.length - 1]?.status !== PASS) {
        return result.becomes(
            WARN,
            'ROLES_NO_NOTES',
            ctx.label('Setup_RolesNoNotes'),
            ctx.label('Setup_RolesNewKeyFix'),
            page
        );
    }
    return result;
}

/** Roles cannot be told while the key itself fails: say which check to fix first. */
function skipped(ctx: SetupContext, error: KustomerError): SetupResult {
    if (error.code === 'RATE_LIMITED') return kustomerFailure(ctx, error, true);
    return new SetupResult(SKIP, 'ROLES_SKIPPED', ctx.label('Setup_RolesSkipped'));
}

/** What a failed Kustomer call means for the admin, with the fix; onToken: the call needs no role. */
export function kustomerFailure(
    ctx: SetupContext,
    error: KustomerError,
    onToken: boolean
): SetupResult {
    const page = SETUP_PAGES.namedCredentials;
    const code = error.code;
    if (code === 'UNAUTHORIZED') {
        return fail(
            'KEY_REJECTED',
            ctx.label('Setup_KeyRejected'),
            ctx.label('Setup_KeyNewFix'),
            page
        );
    }
    if (code === 'NOT_CONFIGURED' && error.httpStatus !== undefined) {
        return fail(
            'KEY_OTHER_REGION',
            format(ctx.label('Setup_KeyOtherRegion'), error.message),
            format(ctx.label('Setup_NcUseOrgHostFix'), '<org>'),
            page
        );
    }
    if (code === 'NOT_CONFIGURED') {
        return fail(
            'CALLOUT_NOT_CONFIGURED',
            format(ctx.label('Setup_CalloutNotConfigured'), error.message),
            ctx.label('Setup_CalloutNotConfiguredFix'),
            page
        );
    }
    if (code === 'FORBIDDEN' && onToken) {
        return fail(
            'KEY_FORBIDDEN',
            ctx.label('Setup_KeyForbidden'),
            ctx.label('Setup_KeyForbiddenFix'),
            page
        );
    }
    if (code === 'FORBIDDEN') {
        // Kustomer's 403 names the role or it does not; none is guessed (docs/contract.md "Errors").
        return fail(
            'ROLE_MISSING',
            error.missingRole
                ? format(ctx.label('Setup_E2eForbidden'), error.missingRole)
                : ctx.label('Setup_E2eForbiddenUnnamed'),
            ctx.label('Setup_RolesNewKeyFix'),
            page
        );
    }
    if (code === 'RATE_LIMITED') {
        return new SetupResult(
            WARN,
            'RATE_LIMITED',
            format(ctx.label('Setup_RateLimited'), error.retryAfterSeconds)
        );
    }
    return fail(
        'KUSTOMER_UNREACHABLE',
        format(ctx.label('Setup_Unreachable'), describe(error)),
        ctx.label('Setup_UnreachableFix'),
        page
    );
}
