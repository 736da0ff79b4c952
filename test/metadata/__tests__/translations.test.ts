// The package ships every Custom Label in German, French, Spanish and Japanese (Translations metadata). A label
// without a translation, a translation of a label that no longer exists, a lost or invented placeholder, or text
// left in English fails here: this is also what tells whoever adds a label that it needs its four translations.
import { describe, expect, it } from '@jest/globals';
import { readLabels, readTranslations } from '../../../lib/metadata/index.ts';

const labels = new Map([...readLabels()].map(([name, label]) => [name, label.value]));
const translations = readTranslations();

/** The languages the package promises (Salesforce language codes, as the file names). */
const LANGUAGES = ['de', 'es', 'fr', 'ja'];
/** Names that are the same in every language: product and tab names. */
const SAME_IN_EVERY_LANGUAGE = new Set(['Setup_Title']);

const placeholders = (text: string) => Array.from(new Set(text.match(/\{\d+\}/g) ?? [])).sort();
/** Words of three or more letters: what says a text was written in a language. */
const words = (text: string) => text.match(/\p{L}{3,}/gu) ?? [];

describe('Custom Label translations', () => {
    it('ship exactly German, French, Spanish and Japanese', () => {
        expect(Array.from(translations.keys()).sort()).toEqual(LANGUAGES);
        expect(labels.size).toBeGreaterThan(250);
    });

    it.each(LANGUAGES)('%s: every label has a translation', (language) => {
        const texts = translations.get(language) ?? new Map<string, string>();
        const missing = Array.from(labels.keys()).filter((name) => !texts.get(name)?.trim());
        expect({ language, missing }).toEqual({ language, missing: [] });
    });

    it.each(LANGUAGES)('%s: translates only labels that exist', (language) => {
        const stale = Array.from(translations.get(language)?.keys() ?? []).filter(
            (name) => !labels.has(name)
        );
        expect({ language, stale }).toEqual({ language, stale: [] });
    });

    it.each(LANGUAGES)('%s: keeps every placeholder, and invents none', (language) => {
        const wrong = Array.from(translations.get(language) ?? [])
            .filter(([name]) => labels.has(name))
            .filter(
                ([name, text]) =>
                    placeholders(text).join() !== placeholders(labels.get(name) ?? '').join()
            )
            .map(([name, text]) => `${name}: ${text}`);
        expect({ language, wrong }).toEqual({ language, wrong: [] });
    });

    it.each(LANGUAGES)('%s: is not English text copied over', (language) => {
        const copied = Array.from(translations.get(language) ?? [])
            .filter(([name]) => !SAME_IN_EVERY_LANGUAGE.has(name))
            .filter(([name, text]) => text === labels.get(name) && words(text).length >= 2)
            .map(([name]) => name);
        expect({ language, copied }).toEqual({ language, copied: [] });
    });

    it.each(LANGUAGES)(
        '%s: fits a label (1,000 characters) and Apex String.format (balanced braces)',
        (language) => {
            const broken = Array.from(translations.get(language) ?? [])
                .filter(([, text]) => text.length > 1000 || /\{(?!\d\})|(?<!\{\d)\}/.test(text))
                .map(([name]) => name);
            expect({ language, broken }).toEqual({ language, broken: [] });
        }
    );

    it('uses Salesforce’s own word for a Case in each language', () => {
        const term: Record<string, RegExp> = {
            de: /Kundenvorgang/,
            fr: /requête/i,
            es: /caso/i,
            ja: /ケース/
        };
        for (const language of LANGUAGES)
            expect(translations.get(language)?.get('Viewer_Error_Not_Linked_User')).toMatch(
                term[language] as RegExp
            );
    });
});
