// The Apex feature folders (scripts/lib/apex-layout.ts, docs/architecture.md): every class sits in the folder its
// kind says, with its -meta.xml next to it, and the viewer and the setup tab share only what is in shared/.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import {
    APEX_FOLDERS,
    apexClassFiles,
    apexClassName,
    apexFolderOf,
    expectedFolder,
    hasTestMethods,
    isTestClass,
    withoutComments
} from '../lib/apex-layout.ts';

const ROOT = process.cwd();
const classes = apexClassFiles(ROOT).map((file) => ({
    file,
    name: apexClassName(file),
    folder: apexFolderOf(ROOT, file),
    source: readFileSync(file, 'utf8')
}));

describe('Apex feature folders', () => {
    it('hold every class, each in a known folder with its -meta.xml', () => {
        expect(classes.length).toBeGreaterThan(40);
        const misplaced = classes
            .filter(({ folder }) => !Object.keys(APEX_FOLDERS).includes(folder))
            .map(({ name, folder }) => `${name} in classes/${folder}`);
        expect(misplaced).toEqual([]);
        expect(classes.filter(({ file }) => !existsSync(`${file}-meta.xml`))).toEqual([]);
    });

    it('put test classes in tests/, @IsTest helpers in test-support/, setup classes in setup/', () => {
        const wrong = classes
            .map(({ name, folder, source }) => ({
                name,
                folder,
                expected: expectedFolder(name, source)
            }))
            .filter(({ folder, expected }) => expected !== null && folder !== expected)
            .map(({ name, folder, expected }) => `${name}: in ${folder}/, belongs in ${expected}/`);
        expect(wrong).toEqual([]);
        const production = classes.filter(({ source }) => !isTestClass(source));
        expect(
            production.filter(({ folder }) => folder === 'tests' || folder === 'test-support')
        ).toEqual([]);
    });

    it('let the viewer and the setup tab depend on shared/ only, and shared/ on neither', () => {
        const byFolder = (folder: string) => classes.filter((c) => c.folder === folder);
        const crossings = (['viewer', 'setup', 'shared'] as const).flatMap((from) =>
            byFolder(from).flatMap(({ name, source }) =>
                (['viewer', 'setup'] as const)
                    .filter((to) => to !== from)
                    .flatMap((to) => byFolder(to).map((other) => other.name))
                    .filter((other) => new RegExp(`\\b${other}\\b`).test(withoutComments(source)))
                    .map((other) => `${name} (${from}) uses ${other}`)
            )
        );
        expect(crossings).toEqual([]);
    });

    it('tell a test class from test support by its test methods, not by words in comments', () => {
        const support =
            '/** The @IsTest class that carries data; no class keyword here. */\n@IsTest\npublic class A {}';
        const test = '@IsTest\nprivate class ATest {\n    @IsTest\n    static void runs() {}\n}';
        const production =
            '/**\n * @IsTest classes call this.\n */\npublic with sharing class B {}';
        expect([isTestClass(support), hasTestMethods(support)]).toEqual([true, false]);
        expect([isTestClass(test), hasTestMethods(test)]).toEqual([true, true]);
        expect(isTestClass(production)).toBe(false);
        expect(expectedFolder('KustomerSetupThing', production)).toBe('setup');
        expect(expectedFolder('KustomerThing', production)).toBeNull();
    });
});
