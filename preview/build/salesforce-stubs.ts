// Rollup plugin: the platform modules that only exist inside Salesforce, mapped to the preview's browser runtime.
//   @salesforce/apex/C.m, @salesforce/apexContinuation/C.m  → POST /apex/C.m (server → TypeScript stand-in)
//   @salesforce/apex                                        → refreshApex / getSObjectValue
//   @salesforce/label/c.X                                   → the value from CustomLabels.labels-meta.xml, or its
//                                                             translation (translations/*.translation-meta.xml) in
//                                                             the page's language (?lang=, else ?locale=)
//   @salesforce/i18n/*                                      → ?locale= / ?timeZone= (LBC's own use too)
//   @salesforce/customPermission/X                          → ?perm=X (comma-separated list)
//   @salesforce/schema/O.F, @salesforce/user/Id, client/formFactor, lightning/navigation, lightning/platformShowToastEvent
//   lightning/uiRecordApi                                   → getRecord from the page's Case (read-only)
// LBC maps its own @salesforce/* imports to its bundled stubs: those are left alone, except i18n locale and time zone.
import { join } from 'node:path';
import type { Plugin } from 'rollup';
import {
    labelFiles,
    labelTexts,
    readLabels,
    readTranslations,
    translationFiles,
    type CustomLabel
} from '../../lib/metadata/index.ts';

const PREFIX = '\0sf:';
/**
 * LBC feature gates the preview turns off. npm's LBC turns ElementInternals on for comboboxes, which LWC refuses
 * under synthetic shadow ("attachInternals API is not supported in synthetic shadow"); Lightning Experience pages
 * that run synthetic shadow keep the previous combobox, so the preview does too.
 */
const LBC_GATES_OFF = new Set(['@salesforce/gate/bc.260.enableComboboxElementInternals']);
const I18N_RUNTIME_KEYS = new Set(['locale', 'timeZone', 'lang']);

export function salesforceStubs(options: {
    runtimeDir: string;
    /** The package's source folder (force-app/main/default): its labels and translations. */
    sourceDir: string;
}): Plugin {
    const runtime = (file: string) => JSON.stringify(join(options.runtimeDir, file));
    let labels = new Map<string, CustomLabel>();
    let translations = new Map<string, Map<string, string>>();
    return {
        name: 'salesforce-stubs',
        buildStart() {
            // Read on every (re)build, so `npm run dev` picks up label edits.
            labels = readLabels(options.sourceDir);
            translations = readTranslations(options.sourceDir);
            for (const file of labelFiles(options.sourceDir)) this.addWatchFile(file);
            for (const file of translationFiles(options.sourceDir)) this.addWatchFile(file);
        },
        resolveId(id, importer) {
            const fromPackage = importer?.includes('/node_modules/') ?? false;
            const i18n = id.match(/^@salesforce\/i18n\/(\w+)$/);
            if (i18n && I18N_RUNTIME_KEYS.has(i18n[1] as string)) return PREFIX + id;
            if (LBC_GATES_OFF.has(id)) return PREFIX + id;
            if (fromPackage) return null;
            if (
                /^@salesforce\/(apex|apexContinuation|label|i18n|customPermission|schema|user|client|resourceUrl|contentAssetUrl)(\/|$)/.test(
                    id
                )
            )
                return PREFIX + id;
            if (
                id === 'lightning/navigation' ||
                id === 'lightning/platformShowToastEvent' ||
                id === 'lightning/refresh' ||
                id === 'lightning/uiRecordApi'
            )
                return PREFIX + id;
            return null;
        },
        load(id) {
            if (!id.startsWith(PREFIX)) return null;
            const name = id.slice(PREFIX.length);
            let m: RegExpMatchArray | null;
            if ((m = name.match(/^@salesforce\/(?:apex|apexContinuation)\/(\w+\.\w+)$/))) {
                return `import { apexMethod } from ${runtime('apex.ts')};\nexport default apexMethod(${JSON.stringify(m[1])});`;
            }
            if (LBC_GATES_OFF.has(name)) return 'export default { isOpen: () => false };';
            if (name === '@salesforce/apex')
                return `export { refreshApex, getSObjectValue } from ${runtime('apex.ts')};`;
            if ((m = name.match(/^@salesforce\/label\/c\.(\w+)$/))) {
                const texts = labelTexts(m[1] as string, labels, translations);
                if (texts === undefined)
                    this.error(
                        `Unknown custom label c.${m[1]} (not in CustomLabels.labels-meta.xml)`
                    );
                // The platform serves a label in the user's language; the preview picks it per page load.
                return `import { labelText } from ${runtime('context.ts')};\nexport default labelText(${JSON.stringify(texts)});`;
            }
            if ((m = name.match(/^@salesforce\/i18n\/(\w+)$/)))
                return `import { i18n } from ${runtime('context.ts')};\nexport default i18n(${JSON.stringify(m[1])});`;
            if ((m = name.match(/^@salesforce\/customPermission\/(\w+)$/)))
                return `import { hasCustomPermission } from ${runtime('context.ts')};\nexport default hasCustomPermission(${JSON.stringify(m[1])});`;
            if ((m = name.match(/^@salesforce\/schema\/(\w+)\.([\w.]+)$/)))
                return `export default { objectApiName: ${JSON.stringify(m[1])}, fieldApiName: ${JSON.stringify(m[2])} };`;
            if ((m = name.match(/^@salesforce\/schema\/(\w+)$/)))
                return `export default { objectApiName: ${JSON.stringify(m[1])} };`;
            if (name === '@salesforce/user/Id') return `export default '005Kc000001PrevAAA';`;
            if (name === '@salesforce/user/isGuest') return `export default false;`;
            if (name === '@salesforce/client/formFactor')
                return `import { formFactor } from ${runtime('context.ts')};\nexport default formFactor();`;
            if ((m = name.match(/^@salesforce\/(resourceUrl|contentAssetUrl)\/(\w+)$/)))
                return `export default ${JSON.stringify(`/${m[1]}/${m[2]}`)};`;
            if (name === 'lightning/navigation')
                return `export * from ${runtime('navigation.ts')};`;
            if (name === 'lightning/platformShowToastEvent')
                return `export * from ${runtime('toast.ts')};`;
            if (name === 'lightning/refresh') return `export * from ${runtime('refresh.ts')};`;
            if (name === 'lightning/uiRecordApi')
                return `export * from ${runtime('uiRecordApi.ts')};`;
            this.error(
                `The preview has no stand-in for ${name}: add one to preview/build/salesforce-stubs.ts`
            );
        }
    };
}
