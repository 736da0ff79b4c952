// KustomerSetupCaseCheck.cls and KustomerSetupImageHost.cls in TypeScript: check 7, a Case picked by the admin, read
// like the viewer reads it, its conversation and first message page, and the host of its attachment links.
import { SETUP_PAGES } from '../../../force-app/main/default/lwc/kustomerSetup/setupPages.ts';
import { readLinkedCase } from '../shared/case-access.ts';
import type { KustomerError } from '../contract-types.ts';
import { KustomerFailure } from '../shared/error.ts';
import {
    attachmentRequest,
    conversationRequest,
    isKustomerId,
    messagesRequest,
    requireCaseId
} from '../shared/request.ts';
import { isObject, type JsonObject } from '../shared/error-mapper.ts';
import { apexTrim } from './credential-check.ts';
import { attributes, kustomerFailure } from './key-check.ts';
import { check, UNREADABLE, type SetupContext } from './environment.ts';
import { fail, format, PASS, SetupResult, SKIP, WARN } from './result.ts';

const E2E_PAGE_SIZE = 10;
const HTTPS_ORIGIN = /^(https:\/\/[a-z0-9.-]+(:[0-9]{1,5})?)([/?#].*)?$/i;

const CASE_FAILURES: Partial<Record<KustomerError['code'], [string, string, string | undefined]>> =
    {
        INVALID_REQUEST: ['Setup_E2eNotACase', 'Setup_E2ePickFix', undefined],
        NO_ACCESS: ['Setup_E2eNoAccess', 'Setup_E2eNoAccessFix', SETUP_PAGES.permissionSets],
        NOT_LINKED: ['Setup_E2eNotLinked', 'Setup_E2ePickFix', undefined],
        INVALID_ID: ['Setup_E2eInvalidId', 'Setup_E2eInvalidIdFix', undefined],
        NOT_FOUND: ['Setup_E2eNotFound', 'Setup_E2eNotFoundFix', SETUP_PAGES.namedCredentials]
    };

function caseFailure(ctx: SetupContext, error: KustomerError): SetupResult {
    const texts = CASE_FAILURES[error.code];
    if (!texts) return kustomerFailure(ctx, error, false);
    return fail(`E2E_${error.code}`, ctx.label(texts[0]), ctx.label(texts[1]), texts[2]);
}

function list(value: unknown): unknown[] {
    return Array.isArray(value) ? value : [];
}

function field(value: unknown, key: string): unknown {
    return isObject(value) ? value[key] : undefined;
}

/** Check 7: the picked Case is readable and linked, and its conversation and first message page load. */
export async function caseConversation(ctx: SetupContext, caseId: unknown): Promise<SetupResult> {
    let conversationId: string;
    try {
        conversationId = readLinkedCase(ctx.cases, requireCaseId(caseId)).conversationId;
    } catch (refused) {
        if (refused instanceof KustomerFailure) return caseFailure(ctx, refused.error);
        throw refused;
    }
    const conversation = await check(ctx, conversationRequest(conversationId));
    if (conversation.error) return caseFailure(ctx, conversation.error);
    const page = await check(ctx, messagesRequest(conversationId, 1, E2E_PAGE_SIZE));
    if (page.error) return caseFailure(ctx, page.error);
    const document = page.document as JsonObject;
    const count = attributes(conversation.document)?.messageCount;
    const data = document.data;
    const result = new SetupResult(
        PASS,
        'E2E_OK',
        format(
            ctx.label('Setup_E2eOk'),
            conversationId,
            typeof count === 'number' ? count : '?',
            Array.isArray(data) ? data.length : 1,
            list(document.included).length
        )
    );
    return imageHost(ctx, result, document);
}

/** https://host[:port] of a fresh link to the first readable attachment on the page; undefined when none. */
async function linkOrigin(ctx: SetupContext, page: JsonObject): Promise<string | undefined> {
    for (const entry of list(page.included)) {
        const attachmentId = field(entry, 'id');
        const messageId = field(
            field(field(field(entry, 'relationships'), 'message'), 'data'),
            'id'
        );
        const redacted = field(field(entry, 'attributes'), 'redacted');
        if (
            field(entry, 'type') === 'attachment' &&
            redacted !== true &&
            isKustomerId(messageId) &&
            isKustomerId(attachmentId)
        ) {
            const link = await check(ctx, attachmentRequest(messageId, attachmentId));
            const url = link.error
                ? undefined
                : field(field(link.document?.data, 'links'), 'related');
            const origin = typeof url === 'string' ? HTTPS_ORIGIN.exec(url) : null;
            return origin ? (origin[1] as string) : undefined;
        }
    }
    return undefined;
}

/** KustomerSetupImageHost.addTo: an item about image previews, and a warning when the host is not trusted. */
async function imageHost(
    ctx: SetupContext,
    result: SetupResult,
    page: JsonObject
): Promise<SetupResult> {
    const name = ctx.label('Setup_ItemImageHost');
    const origin = await linkOrigin(ctx, page);
    if (origin === undefined) return result.addItem(name, SKIP, ctx.label('Setup_ImageHostNone'));
    const urls = ctx.facts.trustedImageUrls;
    if (urls === UNREADABLE) {
        return result.addItem(name, SKIP, format(ctx.label('Setup_ImageHostUnknown'), origin));
    }
    const trusted = new Set(
        urls.map((url) =>
            apexTrim(url ?? '')
                .replace(/\/$/, '')
                .toLowerCase()
        )
    );
    if (trusted.has(origin.toLowerCase())) {
        return result.addItem(name, PASS, format(ctx.label('Setup_ImageHostTrusted'), origin));
    }
    return result
        .addItem(name, WARN, format(ctx.label('Setup_ImageHostUntrusted'), origin))
        .becomes(
            WARN,
            'E2E_IMAGE_HOST_UNTRUSTED',
            result.detail,
            format(ctx.label('Setup_ImageHostFix'), origin),
            SETUP_PAGES.trustedUrls
        );
}
