// The stand-in's public surface for the preview server, the end-to-end tests and the benchmarks.
export { createApexStandIn, APEX_METHODS } from './stand-in.ts';
export type { ApexMethodName, ApexStandIn, CallReport, StandInOptions } from './stand-in.ts';
export { fetchTransport, TransportError } from './transport.ts';
export type { Transport, TransportRequest, TransportResponse } from './transport.ts';
export { PlatformCache } from './platform-cache.ts';
export type { CaseRecord, CaseStore } from './case-store.ts';
export type { RequestLogEntry } from './kustomer-client.ts';
export { isAuraLikeError, type AuraLikeError } from './errors.ts';
export { createSetupStandIn, SETUP_METHODS } from './setup/setup-stand-in.ts';
export type { SetupCallReport, SetupStandIn, SetupStandInOptions } from './setup/setup-stand-in.ts';
export { SET_UP, UNREADABLE, type SetupFacts } from './setup/setup-context.ts';
export { previewUser, VIEWER, type RunningUser } from './policy.ts';
