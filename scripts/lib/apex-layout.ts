// Where the package's Apex classes live: one folder per feature under force-app/main/default/classes (source format
// allows nested folders there; conversion flattens them). Scripts, checks and tests list classes through this module,
// so a class moved between folders is found everywhere. docs/architecture.md draws the layout.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';

export const CLASSES_DIR = join('force-app', 'main', 'default', 'classes');

/** The folders, and what belongs in each (the layout test holds every class to its folder). */
export const APEX_FOLDERS = {
    viewer: 'the conversation viewer: its controller, the flows of its actions, pages, notes, people, payloads',
    setup: 'the Kustomer Setup tab: its controller and checks (KustomerSetup*)',
    shared: 'used by both: transport, errors, cache, JSON, the contract constants, case access, read policy',
    tests: 'test classes (@IsTest with test methods)',
    'test-support':
        '@IsTest helpers without tests: mocks, test data, golden runners and the generated fixtures'
} as const;

export type ApexFolder = keyof typeof APEX_FOLDERS;

/** The project-relative path of a class in its folder: where a generator writes it. */
export function apexClassPath(folder: ApexFolder, className: string): string {
    return join(CLASSES_DIR, folder, `${className}.cls`);
}

/** Every .cls under the classes folder, at any depth, sorted by path (absolute paths). */
export function apexClassFiles(root: string): string[] {
    const dir = join(root, CLASSES_DIR);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.cls'))
        .map((entry) => join(entry.parentPath, entry.name))
        .sort();
}

/** A class's name from its file. */
export const apexClassName = (file: string): string => basename(file, '.cls');

/** The folder a class file sits in, relative to the classes folder ('' at its top). */
export function apexFolderOf(root: string, file: string): string {
    return relative(join(root, CLASSES_DIR), file).split(sep).slice(0, -1).join('/');
}

/** The text with comments blanked (line numbers kept), so prose is not read as code (a class named in a comment). */
export function withoutComments(text: string): string {
    return text.replace(
        /\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g,
        (match) =>
            match.startsWith('/*') || match.startsWith('//') ? match.replace(/[^\n]/g, ' ') : match
    );
}

/** The annotations and modifiers before the class (or interface) keyword, and what follows it. */
function split(source: string): { head: string; body: string } {
    const text = withoutComments(source);
    const at = text.search(/\b(?:class|interface)\b/i);
    return at < 0 ? { head: text, body: '' } : { head: text.slice(0, at), body: text.slice(at) };
}

/** True for an @IsTest class: a test class or test support. */
export const isTestClass = (source: string): boolean => /@IsTest\b/i.test(split(source).head);

/** True for an @IsTest class that has test methods (what runs), as opposed to test support. */
export const hasTestMethods = (source: string): boolean =>
    /@IsTest\b|\btestMethod\b/i.test(split(source).body);

/** The folder a class belongs in, from what it is; null when the source alone cannot tell (viewer or shared). */
export function expectedFolder(name: string, source: string): ApexFolder | null {
    if (isTestClass(source)) return hasTestMethods(source) ? 'tests' : 'test-support';
    if (name.startsWith('KustomerSetup')) return 'setup';
    return null;
}

/** The sources of the classes in one folder, joined (for checks that read what a feature's Apex says). */
export function apexSourcesIn(root: string, folder: ApexFolder): string {
    return apexClassFiles(root)
        .filter((file) => apexFolderOf(root, file) === folder)
        .map((file) => readFileSync(file, 'utf8'))
        .join('\n');
}
