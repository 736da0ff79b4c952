// What Salesforce knows about the running user, chosen per page load by query parameters:
//   ?locale=de-DE&timeZone=Europe/Berlin   (@salesforce/i18n/*; the language of the labels follows, or ?lang=ja)
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

/**
 * A Custom Label in the user's language, as the platform serves it: the translation for the language (de, pt_BR),
 * else for its base language (pt), else the master text (en_US).
 */
export function labelText(texts: Record<string, string>): string {
    const lang = String(i18n('lang') ?? 'en').replace('-', '_');
    return texts[lang] ?? texts[lang.split('_')[0] as string] ?? texts.en_US ?? '';
}
