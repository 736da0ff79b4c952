// Pure presentation logic of the Kustomer conversation viewer: no LWC imports, unit- and property-tested.
// contract.ts holds types only (its tables are contractTables.ts): its emitted JavaScript exports nothing.
// eslint-disable-next-line import/export
export type * from './contract';
export * from './contractTables';
export * from './json';
export * from './parse';
export * from './channels';
export * from './errors';
export * from './supportDetails';
export * from './format';
export * from './linkify';
export * from './quoting';
export * from './bidi';
export * from './richText';
export * from './attachments';
export * from './attachmentLinks';
export * from './people';
export * from './normalize';
export * from './conversation';
export * from './header';
export * from './paging';
export * from './search';
export * from './entryOrder';
export * from './timeline';
export * from './cache';
export * from './labels';
export * from './richHtml';
