// Pure logic of the Kustomer Setup tab: the checks in display order, reading what the Apex checks return
// (KustomerSetupController: the JSON of {status, code, detail, fix, fixUrl, items}), telling the setup-permission
// refusal apart from other failures, and the summary line. No DOM, no Apex: tested on its own.
import { setupPageUrl } from './setupPages';

export type CheckStatus = 'PASS' | 'WARN' | 'FAIL' | 'SKIP';

export interface CheckItem {
    name: string;
    status: CheckStatus;
    detail: string;
}

export interface CheckResult {
    status: CheckStatus;
    code: string;
    detail: string;
    fix?: string;
    /** The Setup page of the fix (org-relative). */
    fixUrl?: string;
    items: CheckItem[];
}

export const CHECK_IDS = [
    'namedCredential',
    'principalAccess',
    'apiKey',
    'keyRoles',
    'platformCache',
    'caseSetup',
    'caseConversation'
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

/** The check that needs a Case picked by the admin, and so is not part of "run all" until one is. */
export const CASE_CHECK: CheckId = 'caseConversation';

const STATUSES: readonly CheckStatus[] = ['PASS', 'WARN', 'FAIL', 'SKIP'];
const MAX_TEXT = 4000;

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
    return typeof value === 'string' ? value.slice(0, MAX_TEXT) : '';
}

function status(value: unknown): CheckStatus | undefined {
    return STATUSES.find((candidate) => candidate === value);
}

function parseJson(value: unknown): unknown {
    if (typeof value !== 'string') return value;
    try {
        return JSON.parse(value);
    } catch {
        return undefined;
    }
}

/** A failed result carrying only a text (a check that could not run, or answered something unreadable). */
export function failure(code: string, detail: string): CheckResult {
    return { status: 'FAIL', code, detail, items: [] };
}

/**
 * Reads what an Apex check returned (a JSON string, or the parsed object). Anything that is not a result becomes a
 * FAIL with `unreadableText`; items without a name or a known status are dropped.
 */
export function parseCheckResult(returned: unknown, unreadableText: string): CheckResult {
    const value = parseJson(returned);
    const resultStatus = isRecord(value) ? status(value.status) : undefined;
    if (!isRecord(value) || !resultStatus) {
        return failure('UNREADABLE', unreadableText);
    }
    const items: CheckItem[] = [];
    for (const item of Array.isArray(value.items) ? value.items : []) {
        const itemStatus = isRecord(item) ? status(item.status) : undefined;
        if (isRecord(item) && itemStatus && text(item.name)) {
            items.push({ name: text(item.name), status: itemStatus, detail: text(item.detail) });
        }
    }
    const result: CheckResult = {
        status: resultStatus,
        code: text(value.code),
        detail: text(value.detail),
        items
    };
    const fix = text(value.fix);
    if (fix) result.fix = fix;
    const fixUrl = fix ? setupPageUrl(value.fixUrl) : undefined;
    if (fixUrl) result.fixUrl = fixUrl;
    return result;
}

/** The messages an Aura/LWC Apex rejection carries, most specific first. */
function rejectionMessages(reason: unknown): string[] {
    const messages: string[] = [];
    const add = (value: unknown) => {
        if (typeof value === 'string' && value) messages.push(value);
    };
    if (typeof reason === 'string') add(reason);
    if (isRecord(reason)) {
        const body = reason.body;
        if (Array.isArray(body))
            body.forEach((entry) => add(isRecord(entry) ? entry.message : undefined));
        else if (isRecord(body)) add(body.message);
        add(reason.message);
    }
    return messages;
}

/** The contract error (docs/contract.md "Errors") inside a rejection, if there is one. */
function contractError(reason: unknown): { code: string; message: string } | undefined {
    for (const message of rejectionMessages(reason)) {
        const parsed = parseJson(message);
        if (isRecord(parsed) && typeof parsed.code === 'string') {
            return { code: parsed.code, message: text(parsed.message) };
        }
    }
    return undefined;
}

/** True when Apex refused the check because the user lacks the setup permission (Kustomer_Manage_Setup). */
export function isSetupRefusal(reason: unknown): boolean {
    return contractError(reason)?.code === 'NO_ACCESS';
}

/** A readable text for any other rejection (network, server error, session expiry). */
export function rejectionText(reason: unknown): string {
    const error = contractError(reason);
    if (error) return error.message ? `${error.code}: ${error.message}` : error.code;
    return text(rejectionMessages(reason)[0] ?? String(reason));
}

/** A label with {0}, {1}… filled in. */
export function formatLabel(label: string, ...args: Array<string | number>): string {
    return label.replace(/\{(\d+)\}/g, (whole, index: string) => {
        const arg = args[Number(index)];
        return arg === undefined ? whole : String(arg);
    });
}

export interface Summary {
    passed: number;
    warnings: number;
    failed: number;
    skipped: number;
    running: number;
}

/** Counts of the checks' current states; a check without a result yet counts as running when it runs. */
export function summarise(states: Array<{ running: boolean; result?: CheckResult }>): Summary {
    const summary: Summary = { passed: 0, warnings: 0, failed: 0, skipped: 0, running: 0 };
    for (const state of states) {
        if (state.running) summary.running++;
        else if (state.result?.status === 'PASS') summary.passed++;
        else if (state.result?.status === 'WARN') summary.warnings++;
        else if (state.result?.status === 'FAIL') summary.failed++;
        else summary.skipped++;
    }
    return summary;
}

/** SLDS icon and variant per status; the status is also written out in text (never colour alone). */
export const STATUS_ICONS: Record<CheckStatus, { icon: string; variant: string }> = {
    PASS: { icon: 'utility:success', variant: 'success' },
    WARN: { icon: 'utility:warning', variant: 'warning' },
    FAIL: { icon: 'utility:error', variant: 'error' },
    SKIP: { icon: 'utility:dash', variant: '' }
};

/** A Salesforce record id of a Case (key prefix 500), 15 or 18 characters. */
export function isCaseId(value: unknown): value is string {
    return typeof value === 'string' && /^500[a-zA-Z0-9]{12}([a-zA-Z0-9]{3})?$/.test(value);
}
