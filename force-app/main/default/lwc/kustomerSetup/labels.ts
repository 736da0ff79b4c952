// The Custom Labels of the Kustomer Setup tab (the texts of the checks' results come from Apex, also as Setup_*
// labels). Every string the component shows is one of these.
import Setup_Title from '@salesforce/label/c.Setup_Title';
import Setup_Intro from '@salesforce/label/c.Setup_Intro';
import Setup_RunAll from '@salesforce/label/c.Setup_RunAll';
import Setup_Rerun from '@salesforce/label/c.Setup_Rerun';
import Setup_Summary from '@salesforce/label/c.Setup_Summary';
import Setup_Running from '@salesforce/label/c.Setup_Running';
import Setup_StatusPass from '@salesforce/label/c.Setup_StatusPass';
import Setup_StatusWarn from '@salesforce/label/c.Setup_StatusWarn';
import Setup_StatusFail from '@salesforce/label/c.Setup_StatusFail';
import Setup_StatusSkip from '@salesforce/label/c.Setup_StatusSkip';
import Setup_StatusRunning from '@salesforce/label/c.Setup_StatusRunning';
import Setup_FixHeading from '@salesforce/label/c.Setup_FixHeading';
import Setup_OpenSetupPage from '@salesforce/label/c.Setup_OpenSetupPage';
import Setup_NotPermittedTitle from '@salesforce/label/c.Setup_NotPermittedTitle';
import Setup_NotPermitted from '@salesforce/label/c.Setup_NotPermitted';
import Setup_Unreadable from '@salesforce/label/c.Setup_Unreadable';
import Setup_CheckFailedToRun from '@salesforce/label/c.Setup_CheckFailedToRun';
import Setup_CheckNamedCredential from '@salesforce/label/c.Setup_CheckNamedCredential';
import Setup_CheckPrincipalAccess from '@salesforce/label/c.Setup_CheckPrincipalAccess';
import Setup_CheckApiKey from '@salesforce/label/c.Setup_CheckApiKey';
import Setup_CheckKeyRoles from '@salesforce/label/c.Setup_CheckKeyRoles';
import Setup_CheckPlatformCache from '@salesforce/label/c.Setup_CheckPlatformCache';
import Setup_CheckCaseSetup from '@salesforce/label/c.Setup_CheckCaseSetup';
import Setup_CheckCaseConversation from '@salesforce/label/c.Setup_CheckCaseConversation';
import Setup_CasePickerLabel from '@salesforce/label/c.Setup_CasePickerLabel';
import Setup_CasePickerPlaceholder from '@salesforce/label/c.Setup_CasePickerPlaceholder';
import Setup_RunCaseCheck from '@salesforce/label/c.Setup_RunCaseCheck';
import Setup_E2ePick from '@salesforce/label/c.Setup_E2ePick';
import Setup_ManualHeading from '@salesforce/label/c.Setup_ManualHeading';
import Setup_ManualIntro from '@salesforce/label/c.Setup_ManualIntro';
import Setup_ManualLayout from '@salesforce/label/c.Setup_ManualLayout';
import Setup_ManualRecordPage from '@salesforce/label/c.Setup_ManualRecordPage';
import Setup_ManualViewers from '@salesforce/label/c.Setup_ManualViewers';
import Setup_ManualSync from '@salesforce/label/c.Setup_ManualSync';
import Setup_ManualTrustedSite from '@salesforce/label/c.Setup_ManualTrustedSite';

export const LABELS = {
    title: Setup_Title,
    intro: Setup_Intro,
    runAll: Setup_RunAll,
    rerun: Setup_Rerun,
    summary: Setup_Summary,
    running: Setup_Running,
    statusPass: Setup_StatusPass,
    statusWarn: Setup_StatusWarn,
    statusFail: Setup_StatusFail,
    statusSkip: Setup_StatusSkip,
    statusRunning: Setup_StatusRunning,
    fixHeading: Setup_FixHeading,
    openSetupPage: Setup_OpenSetupPage,
    notPermittedTitle: Setup_NotPermittedTitle,
    notPermitted: Setup_NotPermitted,
    unreadable: Setup_Unreadable,
    checkFailedToRun: Setup_CheckFailedToRun,
    checkNamedCredential: Setup_CheckNamedCredential,
    checkPrincipalAccess: Setup_CheckPrincipalAccess,
    checkApiKey: Setup_CheckApiKey,
    checkKeyRoles: Setup_CheckKeyRoles,
    checkPlatformCache: Setup_CheckPlatformCache,
    checkCaseSetup: Setup_CheckCaseSetup,
    checkCaseConversation: Setup_CheckCaseConversation,
    casePickerLabel: Setup_CasePickerLabel,
    casePickerPlaceholder: Setup_CasePickerPlaceholder,
    runCaseCheck: Setup_RunCaseCheck,
    e2ePick: Setup_E2ePick,
    manualHeading: Setup_ManualHeading,
    manualIntro: Setup_ManualIntro,
    manualLayout: Setup_ManualLayout,
    manualRecordPage: Setup_ManualRecordPage,
    manualViewers: Setup_ManualViewers,
    manualSync: Setup_ManualSync,
    manualTrustedSite: Setup_ManualTrustedSite
};
