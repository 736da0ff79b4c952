// Custom Labels (no name twice, values within 1,000 characters) and their translations (a language Salesforce
// translates into, every entry a label of the package, none empty).
import { basename } from 'node:path';
import { childrenNamed, textOf } from '../../../lib/metadata/index.ts';
import type { Rule } from './context.ts';

export const customLabels: Rule = (doc) => {
    const seen = new Set<string>();
    const errors: string[] = [];
    for (const label of childrenNamed(doc, 'labels')) {
        const name = textOf(label, 'fullName') ?? '';
        if (seen.has(name)) errors.push(`label '${name}' is defined twice`);
        seen.add(name);
        const value = textOf(label, 'value') ?? '';
        if (value.length > 1000)
            errors.push(`label '${name}' value is longer than 1000 characters`);
    }
    return errors;
};

/** Language codes Salesforce accepts for Translations (its fully supported and end-user languages). */
const TRANSLATION_LANGUAGES = new Set(
    (
        'da de en_US en_GB es es_MX fi fr it ja ko nl_NL no pt_BR ru sv th zh_CN zh_TW ' +
        'ar bg ca cs el et hr hu id in iw lt lv pl pt_PT ro sk sl sr tr uk vi'
    ).split(' ')
);

export const translations: Rule = (doc, ctx) => {
    const errors: string[] = [];
    const language = basename(ctx.file, '.translation-meta.xml');
    if (!TRANSLATION_LANGUAGES.has(language))
        errors.push(`'${language}' is not a language code Salesforce translates into`);
    const seen = new Set<string>();
    for (const entry of childrenNamed(doc, 'customLabels')) {
        const name = textOf(entry, 'name') ?? '';
        if (seen.has(name)) errors.push(`label '${name}' is translated twice`);
        seen.add(name);
        if (!ctx.index.labels.has(name))
            errors.push(`translates custom label '${name}' that is not in the package`);
        const text = textOf(entry, 'label') ?? '';
        if (text.trim() === '') errors.push(`label '${name}' has an empty translation`);
        if (text.length > 1000)
            errors.push(`label '${name}' translation is longer than 1000 characters`);
    }
    return errors;
};
