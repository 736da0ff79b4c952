// Custom Label keys the pure model hands to the templates, and the one formatter for "{0}" placeholders.
import { CHANNEL_CATALOGUE } from './channels';
import { allPresentations } from './errors';

/** Fills {0}, {1}, … in a label with text (the result is shown as text, never as markup). */
export function formatLabel(
    template: string | undefined,
    ...args: ReadonlyArray<string | number | undefined>
): string {
    const text = typeof template === 'string' ? template : '';
    return text.replace(/\{(\d+)\}/g, (whole, index: string) => {
        const value = args[Number(index)];
        return value === undefined ? whole : String(value);
    });
}

/** Every label key the model can return (a test checks each exists as a Custom Label). */
export function modelLabelKeys(): string[] {
    const keys = new Set<string>([
        'Viewer_Channel_Unknown',
        'Viewer_Channel_Other',
        'Viewer_Author_Customer',
        'Viewer_Author_Agent',
        'Viewer_Author_Automation',
        'Viewer_Updated_Unknown',
        'Viewer_Updated_Just_Now',
        'Viewer_Updated_Minutes',
        'Viewer_Updated_Hours',
        'Viewer_Updated_At'
    ]);
    Object.values(CHANNEL_CATALOGUE).forEach((entry) => keys.add(entry.labelKey));
    allPresentations().forEach((presentation) => {
        keys.add(presentation.titleKey);
        keys.add(presentation.userKey);
        keys.add(presentation.adminKey);
        if (presentation.askKey) keys.add(presentation.askKey);
    });
    return Array.from(keys).sort();
}
