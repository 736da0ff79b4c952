// Reading the SFDX project: package directories, namespace, and its files by suffix.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface SfdxProject {
    namespace: string;
    sourceApiVersion: string;
    packageDirs: string[];
}

export function readProject(root: string): SfdxProject {
    const json = JSON.parse(readFileSync(join(root, 'sfdx-project.json'), 'utf8')) as {
        namespace?: string;
        sourceApiVersion?: string;
        packageDirectories?: Array<{ path: string }>;
    };
    return {
        namespace: json.namespace ?? '',
        sourceApiVersion: json.sourceApiVersion ?? '',
        packageDirs: (json.packageDirectories ?? []).map((dir) => dir.path)
    };
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.ci-out', 'coverage', '.sf', '.sfdx']);

/** Every file under `dir` (absolute paths, sorted), skipping tool and VCS folders. */
export function walk(dir: string): string[] {
    if (!existsSync(dir)) return [];
    const out: string[] = [];
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (SKIP_DIRS.has(entry.name)) continue;
        const path = join(dir, entry.name);
        if (entry.isDirectory()) out.push(...walk(path));
        else if (entry.isFile()) out.push(path);
    }
    return out.sort();
}

/** Every file of the package directories whose name ends with one of the suffixes. */
export function packageFiles(root: string, ...suffixes: string[]): string[] {
    return readProject(root)
        .packageDirs.flatMap((dir) => walk(join(root, dir)))
        .filter((file) => suffixes.some((suffix) => file.endsWith(suffix)));
}

/** A project-relative path with forward slashes, for messages. */
export function rel(root: string, file: string): string {
    return relative(root, file).split(sep).join('/');
}

/** Files that are package sources but never shipped (tests, TypeScript): excluded from Apex/metadata checks. */
export function isTestPath(file: string): boolean {
    return file.split(sep).includes('__tests__');
}

/** 1-based line of a character offset. */
export function lineOf(text: string, offset: number): number {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
    return line;
}
