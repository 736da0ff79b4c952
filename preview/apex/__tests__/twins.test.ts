// The stand-in's twins of the Apex classes (preview/apex/README.md): preview/apex/<folder>/<name>.ts is the TypeScript
// of classes/<folder>/Kustomer<Name>.cls (KustomerSetup<Name> in setup/), and its first line says so. A twin whose
// class is renamed, moved or deleted fails here, and so does a new production class that is neither twinned nor
// listed below with the twin that carries its part.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
    APEX_FOLDERS,
    apexClassFiles,
    apexClassName,
    apexFolderOf,
    isTestClass
} from '../../../scripts/lib/apex-layout.ts';

const ROOT = join(__dirname, '../../..');
const STAND_IN = join(ROOT, 'preview', 'apex');
const TWIN_FOLDERS = ['viewer', 'shared', 'setup'] as const satisfies (keyof typeof APEX_FOLDERS)[];

/** Production classes without a twin of their own: the stand-in module that does their part. */
const CARRIED_BY: Record<string, string> = {
    KustomerBounds: 'viewer/minimiser.ts (withinBounds, capped)',
    KustomerPayload: 'viewer/minimiser.ts (the kept fields of contract/tables.json)',
    KustomerPrediction: 'viewer/people.ts (predictedUserIds)',
    KustomerRound: 'shared/client.ts (round: one Continuation)',
    KustomerAnswer: 'shared/client.ts (round: each answer read once)',
    KustomerStore: 'shared/platform-cache.ts (the item format)',
    KustomerCache: 'shared/platform-cache.ts (the interface it implements)',
    KustomerClock: 'the stand-in options (now)',
    KustomerJson: "JavaScript's JSON",
    KustomerContract: 'contractTables.ts (generated from the same contract/tables.json)',
    KustomerSetupImageHost: 'setup/case-check.ts',
    KustomerSetupPages: 'kustomerSetup/setupPages.ts (the component and the stand-in share it)'
};

/** KustomerErrorMapper in shared/ → error-mapper; KustomerSetupKeyCheck in setup/ → key-check. */
function twinName(className: string, folder: string): string {
    const prefix = folder === 'setup' ? 'KustomerSetup' : 'Kustomer';
    return className
        .slice(className.startsWith(prefix) ? prefix.length : 0)
        .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
        .toLowerCase();
}

const production = apexClassFiles(ROOT)
    .filter((file) => !isTestClass(readFileSync(file, 'utf8')))
    .map((file) => ({ name: apexClassName(file), folder: apexFolderOf(ROOT, file) }));
const twins = TWIN_FOLDERS.flatMap((folder) =>
    readdirSync(join(STAND_IN, folder))
        .filter((file) => file.endsWith('.ts'))
        .map((file) => ({
            folder,
            module: file.slice(0, -'.ts'.length),
            firstLine: readFileSync(join(STAND_IN, folder, file), 'utf8').split('\n')[0] ?? ''
        }))
);

describe('stand-in twins', () => {
    it('name a production Apex class of the same folder', () => {
        const orphans = twins
            .filter(
                ({ folder, module }) =>
                    !production.some(
                        (c) => c.folder === folder && twinName(c.name, folder) === module
                    )
            )
            .map(({ folder, module }) => `${folder}/${module}.ts`);
        expect(orphans).toEqual([]);
    });

    it('say which Apex class they are on their first line', () => {
        const wrong = twins
            .filter(({ folder, module, firstLine }) => {
                const named =
                    /^\/\/ (Kustomer\w+)\.cls(?: and Kustomer\w+\.cls)* in TypeScript\b/.exec(
                        firstLine
                    )?.[1];
                return !named || twinName(named, folder) !== module;
            })
            .map(({ folder, module, firstLine }) => `${folder}/${module}.ts: ${firstLine}`);
        expect(wrong).toEqual([]);
        const named = twins.flatMap(({ firstLine }) =>
            [...firstLine.matchAll(/(Kustomer\w+)\.cls/g)].map((m) => m[1])
        );
        expect(named.filter((name) => !production.some((c) => c.name === name))).toEqual([]);
    });

    it('exist for every production class, or the class is carried by a named module', () => {
        const missing = production
            .filter(({ name }) => !(name in CARRIED_BY))
            .filter(
                ({ name, folder }) =>
                    !twins.some((t) => t.folder === folder && t.module === twinName(name, folder))
            )
            .map(({ name, folder }) => `${folder}/${name}`);
        expect(missing).toEqual([]);
        expect(
            Object.keys(CARRIED_BY).filter((name) => !production.some((c) => c.name === name))
        ).toEqual([]);
    });

    it('keep the Apex dependency rule: viewer and setup use shared, never each other', () => {
        const crossings = (['viewer', 'setup', 'shared'] as const).flatMap((folder) =>
            readdirSync(join(STAND_IN, folder))
                .filter((file) => file.endsWith('.ts'))
                .flatMap((file) =>
                    [
                        ...readFileSync(join(STAND_IN, folder, file), 'utf8').matchAll(
                            /from '\.\.\/(viewer|setup)\//g
                        )
                    ].map((m) => `${folder}/${file} imports from ${m[1]}/`)
                )
        );
        expect(crossings).toEqual([]);
    });

    it('derive the module name from the class name', () => {
        expect(twinName('KustomerErrorMapper', 'shared')).toBe('error-mapper');
        expect(twinName('KustomerSetupKeyCheck', 'setup')).toBe('key-check');
        expect(twinName('KustomerConversationController', 'viewer')).toBe(
            'conversation-controller'
        );
    });
});
