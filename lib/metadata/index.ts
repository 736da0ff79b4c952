// The one reader of the package's source-format metadata XML, for the gate (scripts/validate), the generators
// (gen-types), the preview (build and server: labels) and the tests. It sits at the top level, not under scripts/ or
// preview/, so both import it without reaching into the other. Imports use .ts extensions: it compiles under both
// tsconfigs (the LWC one allows them for type-checking only) and runs under Node and Jest.
export * from './xml.ts';
export * from './package-files.ts';
export * from './labels.ts';
export * from './case-access.ts';
