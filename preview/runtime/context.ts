// What Salesforce knows about the running user, chosen per page load by query parameters:
//   ?locale=de-DE&timeZone=Europe/Berlin   (@salesforce/i18n/*)
//   ?perm=Kustomer_Manage_Setup            (@salesforce/customPermission/*, comma-separated; sent to the Apex
//                                          stand-in too, whose user also has the viewer's Kustomer_View_Notes
//                                          unless ?perm=-Kustomer_View_Notes)
//   ?formFactor=Small                      (@salesforce/client/formFactor)
const params = new URLSearchParams(window.location.search);

export function i18n(key: string): string | number | undefined {
    const locale = params.get('locale') ?? 'en-US';
    switch (key) {
        case 'locale':
            return locale;
        case 'lang':
            return params.get('lang') ?? locale.split('-')[0];
        case 'timeZone':
            return params.get('timeZone') ?? 'America/Los_Angeles';
        case 'currency':
            return params.get('currency') ?? 'USD';
        case 'dir':
            return 'ltr';
        case 'firstDayOfWeek':
            return 1;
        default:
            return undefined;
    }
}

/** The platform returns true for a granted permission and undefined otherwise. */
export function hasCustomPermission(name: string): boolean | undefined {
    const granted = (params.get('perm') ?? '').split(',').map((p) => p.trim());
    return granted.includes(name) ? true : undefined;
}

export function formFactor(): string {
    return params.get('formFactor') ?? (window.innerWidth < 768 ? 'Small' : 'Large');
}
