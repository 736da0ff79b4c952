// The Kustomer Setup tab: runs every setup check of KustomerSetupController in parallel, each with its own spinner,
// and shows each result with its exact fix. Admin only (Apex refuses everyone else; the tab then says why).
import { LightningElement } from 'lwc';
import checkNamedCredential from '@salesforce/apex/KustomerSetupController.checkNamedCredential';
import checkPrincipalAccess from '@salesforce/apex/KustomerSetupController.checkPrincipalAccess';
import checkApiKey from '@salesforce/apex/KustomerSetupController.checkApiKey';
import checkKeyRoles from '@salesforce/apex/KustomerSetupController.checkKeyRoles';
import checkPlatformCache from '@salesforce/apex/KustomerSetupController.checkPlatformCache';
import checkCaseSetup from '@salesforce/apex/KustomerSetupController.checkCaseSetup';
import checkCaseConversation from '@salesforce/apex/KustomerSetupController.checkCaseConversation';
import { LABELS } from './labels';
import { SETUP_PAGES } from './setupPages';
import {
    CASE_CHECK,
    CHECK_IDS,
    STATUS_ICONS,
    failure,
    formatLabel,
    isCaseId,
    isSetupRefusal,
    parseCheckResult,
    rejectionText,
    summarise
} from './setupModel';
import type { CheckId, CheckResult, CheckStatus } from './setupModel';

interface CheckState {
    id: CheckId;
    title: string;
    running: boolean;
    result?: CheckResult;
}

const TITLES: Record<CheckId, string> = {
    namedCredential: LABELS.checkNamedCredential,
    principalAccess: LABELS.checkPrincipalAccess,
    apiKey: LABELS.checkApiKey,
    keyRoles: LABELS.checkKeyRoles,
    platformCache: LABELS.checkPlatformCache,
    caseSetup: LABELS.checkCaseSetup,
    caseConversation: LABELS.checkCaseConversation
};

const STATUS_LABELS: Record<CheckStatus, string> = {
    PASS: LABELS.statusPass,
    WARN: LABELS.statusWarn,
    FAIL: LABELS.statusFail,
    SKIP: LABELS.statusSkip
};

const CASE_DISPLAY_INFO = { primaryField: 'CaseNumber', additionalFields: ['Subject'] };
const CASE_MATCHING_INFO = {
    primaryField: { fieldPath: 'CaseNumber' },
    additionalFields: [{ fieldPath: 'Subject' }]
};

function notYetRun(): CheckResult {
    return { status: 'SKIP', code: 'PICK_CASE', detail: LABELS.e2ePick, items: [] };
}

export default class KustomerSetup extends LightningElement {
    checks: CheckState[] = CHECK_IDS.map((id) => ({
        id,
        title: TITLES[id],
        running: false,
        result: id === CASE_CHECK ? notYetRun() : undefined
    }));
    notPermitted = false;
    caseId: string | null = null;

    labels = LABELS;
    caseDisplayInfo = CASE_DISPLAY_INFO;
    caseMatchingInfo = CASE_MATCHING_INFO;

    connectedCallback(): void {
        this.runAll();
    }

    /** Every check at once; the Case check only when a Case is picked. */
    runAll(): void {
        CHECK_IDS.filter((id) => id !== CASE_CHECK || this.caseId).forEach((id) => {
            void this.run(id);
        });
    }

    handleRunAll(): void {
        this.runAll();
    }

    handleRerun(event: Event): void {
        const id = (event.currentTarget as HTMLElement).dataset.id;
        const check = CHECK_IDS.find((candidate) => candidate === id);
        if (check) void this.run(check);
    }

    handleCasePicked(event: CustomEvent<{ recordId?: string | null }>): void {
        const picked = event.detail?.recordId;
        this.caseId = isCaseId(picked) ? picked : null;
    }

    handleCaseCheck(): void {
        if (this.caseId) void this.run(CASE_CHECK);
    }

    get isRunning(): boolean {
        return this.checks.some((check) => check.running);
    }

    get caseCheckDisabled(): boolean {
        return (
            !this.caseId || this.checks.some((check) => check.id === CASE_CHECK && check.running)
        );
    }

    get summary(): string {
        const counts = summarise(this.checks);
        if (counts.running > 0) return LABELS.running;
        return formatLabel(LABELS.summary, counts.passed, counts.warnings, counts.failed);
    }

    get manualItems(): Array<{ key: string; text: string; url: string }> {
        return [
            { text: LABELS.manualLayout, url: SETUP_PAGES.casePageLayouts },
            { text: LABELS.manualRecordPage, url: SETUP_PAGES.caseRecordPages },
            { text: LABELS.manualViewers, url: SETUP_PAGES.permissionSetGroups },
            { text: LABELS.manualSync, url: SETUP_PAGES.permissionSets },
            { text: LABELS.manualTrustedSite, url: SETUP_PAGES.trustedUrls }
        ].map((item, index) => ({ key: `manual-${index}`, ...item }));
    }

    /** What the template shows per check. */
    get checkViews() {
        return this.checks.map((check) => {
            const result = check.result;
            const shown: CheckStatus = result?.status ?? 'SKIP';
            return {
                id: check.id,
                title: check.title,
                running: check.running,
                icon: STATUS_ICONS[shown].icon,
                iconVariant: STATUS_ICONS[shown].variant,
                statusLabel: check.running ? LABELS.statusRunning : STATUS_LABELS[shown],
                badgeClass: `slds-badge status-badge status-${check.running ? 'running' : shown.toLowerCase()}`,
                rerunLabel: formatLabel(LABELS.rerun, check.title),
                detail: check.running ? '' : (result?.detail ?? ''),
                fix: check.running ? undefined : result?.fix,
                fixUrl: check.running ? undefined : result?.fixUrl,
                items: (check.running ? [] : (result?.items ?? [])).map((item, index) => ({
                    key: `${check.id}-${index}`,
                    name: item.name,
                    detail: item.detail,
                    statusLabel: STATUS_LABELS[item.status],
                    icon: STATUS_ICONS[item.status].icon,
                    iconVariant: STATUS_ICONS[item.status].variant
                })),
                hasItems: !check.running && (result?.items.length ?? 0) > 0,
                isCaseCheck: check.id === CASE_CHECK,
                rerunDisabled: check.running || (check.id === CASE_CHECK && !this.caseId)
            };
        });
    }

    /** Never rejects: a failed call becomes the check's NOT_RUN result, so callers run it detached. */
    private async run(id: CheckId): Promise<void> {
        this.update(id, { running: true });
        let result: CheckResult;
        try {
            result = parseCheckResult(await this.call(id), LABELS.unreadable);
        } catch (reason) {
            if (isSetupRefusal(reason)) {
                this.notPermitted = true;
            }
            result = failure(
                'NOT_RUN',
                formatLabel(LABELS.checkFailedToRun, rejectionText(reason))
            );
        }
        this.update(id, { running: false, result });
    }

    private call(id: CheckId): Promise<string> {
        switch (id) {
            case 'namedCredential':
                return checkNamedCredential({});
            case 'principalAccess':
                return checkPrincipalAccess({});
            case 'apiKey':
                return checkApiKey({});
            case 'keyRoles':
                return checkKeyRoles({});
            case 'platformCache':
                return checkPlatformCache({});
            case 'caseSetup':
                return checkCaseSetup({});
            default:
                return checkCaseConversation({ caseId: this.caseId ?? '' });
        }
    }

    /** Replaces one check's state (a new array, so the template re-renders). */
    private update(id: CheckId, changes: Partial<CheckState>): void {
        this.checks = this.checks.map((check) => {
            return check.id === id ? { ...check, ...changes } : check;
        });
    }
}
