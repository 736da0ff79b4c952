// Keeps the Setup_* Custom Labels, the setup check's Apex (System.Label.Setup_*) and this component's labels.ts in
// step: every label is used, every used label exists, and each placeholder a text uses is one it documents.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { apexClassFiles, apexClassName } from '../../../../../../scripts/lib/apex-layout';
import { readLabels } from '../../../../../../lib/metadata/index';

const DEFAULT = join(process.cwd(), 'force-app', 'main', 'default');
const setupLabels = new Map(
    [...readLabels(DEFAULT).values()]
        .filter((label) => label.fullName.startsWith('Setup_'))
        .map((label) => [
            label.fullName,
            { value: label.value, description: label.shortDescription }
        ])
);
const apexSources = apexClassFiles(process.cwd())
    .filter((file) => apexClassName(file).startsWith('KustomerSetup'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
const componentLabels = readFileSync(join(DEFAULT, 'lwc', 'kustomerSetup', 'labels.ts'), 'utf8');

const usedInApex = new Set(
    [...apexSources.matchAll(/System\.Label\.(Setup_\w+)/g)].map((m) => m[1])
);
const usedInComponent = new Set(
    [...componentLabels.matchAll(/@salesforce\/label\/c\.(Setup_\w+)/g)].map((m) => m[1])
);

describe('Setup_* labels', () => {
    it('exist for every label the Apex checks and the component use', () => {
        const missing = [...usedInApex, ...usedInComponent].filter(
            (name) => !setupLabels.has(name)
        );
        expect(missing).toEqual([]);
        expect(usedInApex.size).toBeGreaterThan(40);
        expect(usedInComponent.size).toBeGreaterThan(20);
    });

    it('are all used', () => {
        const unused = [...setupLabels.keys()].filter(
            (name) => !usedInApex.has(name) && !usedInComponent.has(name)
        );
        expect(unused).toEqual([]);
    });

    it('document every placeholder they use in their short description', () => {
        const undocumented = [...setupLabels.entries()]
            .filter(([, label]) =>
                [...label.value.matchAll(/\{(\d)\}/g)].some(
                    (match) => !label.description.includes(`{${match[1]}}`)
                )
            )
            .map(([name]) => name);
        expect(undocumented).toEqual([]);
    });

    it('never send the admin to the README (an installing admin may never see it)', () => {
        const readme = [...setupLabels.entries()]
            .filter(([, label]) => /readme/i.test(label.value))
            .map(([name]) => name);
        expect(readme).toEqual([]);
    });

    it('never send the admin to the README in any language either', () => {
        const dir = join(DEFAULT, 'translations');
        const readme = readdirSync(dir).flatMap((file) =>
            [
                ...readFileSync(join(dir, file), 'utf8').matchAll(
                    /<customLabels>([\s\S]*?)<\/customLabels>/g
                )
            ]
                .map((match) => match[1] ?? '')
                .filter((body) => /<name>Setup_/.test(body) && /readme/i.test(body))
                .map((body) => `${file}: ${/<name>(\w+)<\/name>/.exec(body)?.[1] ?? ''}`)
        );
        expect(readme).toEqual([]);
    });

    it('never hold text that String.format would mangle', () => {
        // Apex formats with String.format: an unbalanced brace would break it (apostrophes are escaped in Apex).
        const broken = [...setupLabels.entries()]
            .filter(([, label]) => /\{(?!\d\})|(?<!\{\d)\}/.test(label.value))
            .map(([name]) => name);
        expect(broken).toEqual([]);
    });
});
