import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatLabel, modelLabelKeys } from 'c/kustomerConversationModel';
import { LABELS, label } from 'c/kustomerConversationLabels';
import { readLabels } from '../../../../../../lib/metadata/index';

const ROOT = join(process.cwd(), 'force-app', 'main', 'default');
const LABELS_FILE = join(ROOT, 'labels', 'CustomLabels.labels-meta.xml');
const VIEWER_BUNDLES = readdirSync(join(ROOT, 'lwc')).filter(
    (name) => name.startsWith('kustomerConversation') || name === 'kustomerCaseConversation'
);

const xml = readFileSync(LABELS_FILE, 'utf8');
const viewer = [...readLabels(ROOT).values()].filter((entry) =>
    entry.fullName.startsWith('Viewer_')
);
const names = new Set(viewer.map((entry) => entry.fullName));

function sources(extension: string): string[] {
    return VIEWER_BUNDLES.flatMap((bundle) =>
        readdirSync(join(ROOT, 'lwc', bundle))
            .filter((file) => file.endsWith(extension))
            .map((file) => readFileSync(join(ROOT, 'lwc', bundle, file), 'utf8'))
    );
}

describe('viewer Custom Labels', () => {
    it('are complete: category, description, language, not protected', () => {
        expect(viewer.length).toBeGreaterThan(100);
        for (const entry of viewer) {
            expect(entry).toMatchObject({
                categories: 'Kustomer Viewer',
                language: 'en_US',
                protected: false
            });
            expect(entry.shortDescription.length).toBeGreaterThan(0);
            expect(entry.value.length).toBeGreaterThan(0);
        }
    });

    it('sit between the viewer comment and the setup comment', () => {
        const start = xml.indexOf('<!-- Conversation viewer');
        const end = xml.indexOf('<!-- Setup health check');
        for (const name of names) {
            const at = xml.indexOf(`<fullName>${name}</fullName>`);
            expect(at > start && (end < 0 || at < end)).toBe(true);
        }
    });

    it('are exactly the labels the labels bundle imports', () => {
        expect(Object.keys(LABELS).sort()).toEqual(Array.from(names).sort());
    });

    it('cover every key the model can return', () => {
        for (const key of modelLabelKeys()) expect(names).toContain(key);
    });

    it('cover every label() name written in the viewer sources', () => {
        const used = sources('.ts')
            .join('\n')
            .match(/label\('([A-Za-z_]+)'\)/g)
            ?.map((call) => call.slice(7, -2));
        expect(used?.length).toBeGreaterThan(50);
        for (const name of used ?? []) expect(names).toContain(name);
    });

    it('leave no string literal in the templates (every text comes from a label)', () => {
        for (const template of sources('.html')) {
            const text = template
                .replace(/<!--[\s\S]*?-->/g, '')
                .replace(/<[^>]*>/g, '\n')
                .split('\n')
                .map((line) => line.trim())
                .filter((line) => line !== '' && !/^\{[^}]+\}$/.test(line));
            expect(text).toEqual([]);
        }
    });

    it('resolve and format', () => {
        expect(label('Viewer_Title')).toBe(LABELS.Viewer_Title);
        expect(formatLabel('{0} of {1}', 3, 12)).toBe('3 of 12');
        expect(formatLabel('{0} and {2}', 'a')).toBe('a and {2}');
        expect(formatLabel(undefined, 'a')).toBe('');
    });
});
