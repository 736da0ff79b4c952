// Custom Labels and their translations, as the package's metadata holds them.
import { basename } from 'node:path';
import { metadataFiles, sourceDir } from './package-files.ts';
import { childrenNamed, readXml, textOf, type XmlElement } from './xml.ts';

export interface CustomLabel {
    fullName: string;
    value: string;
    shortDescription: string;
    categories: string;
    language: string;
    protected: boolean;
}

/** The labels of one CustomLabels document, in file order. */
export function labelsOf(root: XmlElement | undefined): CustomLabel[] {
    return childrenNamed(root, 'labels').map((label) => ({
        fullName: textOf(label, 'fullName') ?? '',
        value: textOf(label, 'value') ?? '',
        shortDescription: textOf(label, 'shortDescription') ?? '',
        categories: textOf(label, 'categories') ?? '',
        language: textOf(label, 'language') ?? '',
        protected: textOf(label, 'protected') === 'true'
    }));
}

export const labelFiles = (dir = sourceDir()): string[] =>
    metadataFiles('labels', '.labels-meta.xml', dir);

/** Every Custom Label of the package by name. */
export function readLabels(dir = sourceDir()): Map<string, CustomLabel> {
    const labels = new Map<string, CustomLabel>();
    for (const file of labelFiles(dir))
        for (const label of labelsOf(readXml(file))) labels.set(label.fullName, label);
    return labels;
}

/** Every Custom Label's English text by name (what `@salesforce/label/c.*` gives in the master language). */
export function readLabelValues(dir = sourceDir()): Map<string, string> {
    return new Map([...readLabels(dir)].map(([name, label]) => [name, label.value]));
}

const TRANSLATION_SUFFIX = '.translation-meta.xml';

export const translationFiles = (dir = sourceDir()): string[] =>
    metadataFiles('translations', TRANSLATION_SUFFIX, dir);

/** Language code (the file name: de, fr, es, ja, pt_BR…) → label name → translated text. */
export function readTranslations(dir = sourceDir()): Map<string, Map<string, string>> {
    const languages = new Map<string, Map<string, string>>();
    for (const file of translationFiles(dir)) {
        const texts = new Map<string, string>();
        for (const entry of childrenNamed(readXml(file), 'customLabels'))
            texts.set(textOf(entry, 'name') ?? '', textOf(entry, 'label') ?? '');
        languages.set(basename(file, TRANSLATION_SUFFIX), texts);
    }
    return languages;
}

/** A label's text in every language the package ships: `en_US` (the master) plus each translation. */
export function labelTexts(
    name: string,
    labels: Map<string, CustomLabel>,
    translations: Map<string, Map<string, string>>
): Record<string, string> | undefined {
    const master = labels.get(name);
    if (master === undefined) return undefined;
    const texts: Record<string, string> = { en_US: master.value };
    for (const [language, values] of translations) {
        const text = values.get(name);
        if (text) texts[language] = text;
    }
    return texts;
}
