// The stand-in's public surface for the preview server, the end-to-end tests and the benchmarks.
export { createApexStandIn, APEX_METHODS } from './viewer/conversation-controller.ts';
export type {
    ApexMethodName,
    ApexStandIn,
    CallReport,
    StandInOptions
} from './viewer/conversation-controller.ts';
export { fetchTransport, TransportError } from './transport.ts';
export type { Transport, TransportRequest, TransportResponse } from './transport.ts';
export { PlatformCache } from './shared/platform-cache.ts';
export type { CaseRecord, CaseStore } from './shared/case-access.ts';
export type { RequestLogEntry } from './shared/client.ts';
export { isAuraLikeError, type AuraLikeError } from './shared/error.ts';
export { createSetupStandIn, SETUP_METHODS } from './setup/controller.ts';
export type { SetupCallReport, SetupStandIn, SetupStandInOptions } from './setup/controller.ts';
export { SET_UP, UNREADABLE, type SetupFacts } from './setup/environment.ts';
export { previewUser, VIEWER, type RunningUser } from './shared/policy.ts';
