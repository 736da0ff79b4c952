// KustomerSetupOrgCheck.cls in TypeScript: check 5 (Platform Cache capacity) and check 6 (the Case configuration).
import { SETUP_PAGES } from '../../../force-app/main/default/lwc/kustomerSetup/setupPages.ts';
import { PlatformCache } from '../shared/platform-cache.ts';
import type { SetupContext, SetupFacts } from './environment.ts';
import { fail, FAIL, format, PASS, SetupResult, WARN, type SetupStatus } from './result.ts';

type Finding = [SetupStatus, string, string, string | undefined, string | undefined];

/** [status, code, detail, fix, fix page] of the link rule from its probe. */
function linkRule(ctx: SetupContext, probe: SetupFacts['linkRuleProbe']): Finding {
    if (probe.refusedByRule)
        return [PASS, 'LINK_RULE_ACTIVE', ctx.label('Setup_LinkRuleActive'), undefined, undefined];
    if (probe.saved) {
        return [
            FAIL,
            'LINK_RULE_INACTIVE',
            ctx.label('Setup_LinkRuleInactive'),
            ctx.label('Setup_LinkRuleInactiveFix'),
            SETUP_PAGES.caseValidationRules
        ];
    }
    return [
        WARN,
        'LINK_RULE_UNKNOWN',
        format(ctx.label('Setup_LinkRuleUnknown'), probe.otherError),
        ctx.label('Setup_LinkRuleUnknownFix'),
        SETUP_PAGES.caseValidationRules
    ];
}

const CACHE_PROBE_KEY = 'setupProbe';

/** Check 5: a value put into the viewer's partition can be read back (no capacity drops every put). */
export function platformCache(ctx: SetupContext): SetupResult {
    const cache = new PlatformCache({ capacity: ctx.facts.cacheCapacity });
    const probe = String(Math.random());
    cache.put(CACHE_PROBE_KEY, { value: probe, fetchedAt: new Date().toISOString() }, 300);
    if (cache.get(CACHE_PROBE_KEY)?.value === probe) {
        return new SetupResult(PASS, 'CACHE_OK', ctx.label('Setup_CacheOk'));
    }
    return new SetupResult(WARN, 'CACHE_NONE', ctx.label('Setup_CacheNone')).withFix(
        ctx.label('Setup_CacheFix'),
        SETUP_PAGES.platformCache
    );
}

/**
 * Check 6: the record type exists (active and available warn: option A only), Conversation ID is readable, and the
 * validation rule Kustomer_Conversation_Link is active.
 */
export function caseSetup(ctx: SetupContext): SetupResult {
    const info = ctx.facts.recordType;
    if (info === null) {
        return fail(
            'RT_MISSING',
            ctx.label('Setup_RtMissing'),
            ctx.label('Setup_ReinstallFix'),
            SETUP_PAGES.installedPackages
        );
    }
    const result = new SetupResult(PASS, 'CASE_SETUP_OK', ctx.label('Setup_CaseSetupOk'));
    const recordType = !info.active
        ? ([
              'RT_INACTIVE',
              ctx.label('Setup_RtInactive'),
              ctx.label('Setup_RtInactiveFix'),
              SETUP_PAGES.caseRecordTypes
          ] as const)
        : !info.available
          ? ([
                'RT_UNAVAILABLE',
                ctx.label('Setup_RtUnavailable'),
                ctx.label('Setup_RtUnavailableFix'),
                SETUP_PAGES.profiles
            ] as const)
          : undefined;
    result.addItem(
        ctx.label('Setup_ItemRecordType'),
        recordType ? WARN : PASS,
        recordType ? recordType[1] : ctx.label('Setup_RtAvailable')
    );
    const readable = ctx.facts.conversationIdReadable;
    result.addItem(
        ctx.label('Setup_ItemConversationField'),
        readable ? PASS : FAIL,
        ctx.label(readable ? 'Setup_FieldReadable' : 'Setup_FieldUnreadable')
    );
    const link = linkRule(ctx, ctx.facts.linkRuleProbe);
    result.addItem(ctx.label('Setup_ItemLinkRule'), link[0], link[2]);
    if (!readable) {
        return result.becomes(
            FAIL,
            'FIELD_UNREADABLE',
            ctx.label('Setup_FieldUnreadable'),
            ctx.label('Setup_FieldUnreadableFix'),
            SETUP_PAGES.permissionSets
        );
    }
    if (link[0] === FAIL) return result.becomes(...link);
    if (recordType) {
        const [code, detail, fix, page] = recordType;
        result.becomes(WARN, code, detail, fix, page);
    } else if (link[0] === WARN) result.becomes(...link);
    return result;
}
