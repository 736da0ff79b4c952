// Pure presentation logic of the Kustomer conversation viewer: no LWC imports, unit- and property-tested.
export * from './contract';
export * from './json';
export * from './channels';
export * from './errors';
export * from './format';
export * from './linkify';
export * from './quoting';
export * from './attachments';
export * from './people';
export * from './normalize';
export * from './conversation';
export * from './paging';
export * from './search';
export * from './timeline';
export * from './cache';
export * from './labels';
export * from './richHtml';
