// Platform modules that @salesforce/lightning-types does not declare. Modules generated from the package's own
// sources (Apex methods, labels, fields, c/* bundles) live in types/generated/ (scripts/gen-types.ts).

declare module '@salesforce/i18n/locale' {
    const locale: string;
    export default locale;
}

declare module '@salesforce/i18n/timeZone' {
    const timeZone: string;
    export default timeZone;
}

declare module '@salesforce/i18n/lang' {
    const lang: string;
    export default lang;
}

declare module '@salesforce/customPermission/*' {
    const hasPermission: boolean | undefined;
    export default hasPermission;
}
