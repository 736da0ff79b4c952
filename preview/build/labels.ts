// Custom Label values for `@salesforce/label/c.*`, read from the package's CustomLabels metadata (the same file the
// org gets), and their translations (Translations metadata, one file per language), so the preview shows exactly the
// shipped texts in the language the page asks for. The translation tests read the same files through these.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const parser = new XMLParser({
    ignoreAttributes: true,
    isArray: (name) => name === 'labels' || name === 'customLabels',
    parseTagValue: false
});

const TRANSLATION_SUFFIX = '.translation-meta.xml';

export function labelFiles(labelsDir: string): string[] {
    if (!existsSync(labelsDir)) return [];
    return readdirSync(labelsDir)
        .filter((f) => f.endsWith('.labels-meta.xml'))
        .map((f) => join(labelsDir, f));
}

export function readLabels(labelsDir: string): Map<string, string> {
    const labels = new Map<string, string>();
    for (const file of labelFiles(labelsDir)) {
        const doc = parser.parse(readFileSync(file, 'utf8')) as {
            CustomLabels?: { labels?: Array<{ fullName: string; value?: string }> };
        };
        for (const label of doc.CustomLabels?.labels ?? [])
            labels.set(String(label.fullName), String(label.value ?? ''));
    }
    return labels;
}

export function translationFiles(translationsDir: string): string[] {
    if (!existsSync(translationsDir)) return [];
    return readdirSync(translationsDir)
        .filter((f) => f.endsWith(TRANSLATION_SUFFIX))
        .sort()
        .map((f) => join(translationsDir, f));
}

/** Language code (the file name: de, fr, es, ja, pt_BR…) → label name → translated text. */
export function readTranslations(translationsDir: string): Map<string, Map<string, string>> {
    const languages = new Map<string, Map<string, string>>();
    for (const file of translationFiles(translationsDir)) {
        const doc = parser.parse(readFileSync(file, 'utf8')) as {
            Translations?: { customLabels?: Array<{ name: string; label?: string }> };
        };
        const labels = new Map<string, string>();
        for (const entry of doc.Translations?.customLabels ?? [])
            labels.set(String(entry.name), String(entry.label ?? ''));
        languages.set(basename(file, TRANSLATION_SUFFIX), labels);
    }
    return languages;
}

/** A label's text in every language the package ships: `en_US` (the master) plus each translation. */
export function labelTexts(
    name: string,
    labels: Map<string, string>,
    translations: Map<string, Map<string, string>>
): Record<string, string> | undefined {
    const master = labels.get(name);
    if (master === undefined) return undefined;
    const texts: Record<string, string> = { en_US: master };
    for (const [language, values] of translations) {
        const text = values.get(name);
        if (text) texts[language] = text;
    }
    return texts;
}
