// Where the package's metadata files are: the project root (found from the working directory: npm scripts and Jest
// run at its root), its source folder, sfdx-project.json, and the files of one metadata type.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { plainOf, readXml, type Xml } from './xml.ts';

/** The nearest folder from `from` up that holds sfdx-project.json. */
export function projectRoot(from = process.cwd()): string {
    for (let dir = from; ; dir = dirname(dir)) {
        if (existsSync(join(dir, 'sfdx-project.json'))) return dir;
        if (dirname(dir) === dir) throw new Error(`no sfdx-project.json at or above ${from}`);
    }
}

/** The package's source folder (force-app/main/default). */
export const sourceDir = (root = projectRoot()): string =>
    join(root, 'force-app', 'main', 'default');

export function readProject(root = projectRoot()): { namespace: string; sourceApiVersion: string } {
    const project = JSON.parse(readFileSync(join(root, 'sfdx-project.json'), 'utf8')) as {
        namespace?: string;
        sourceApiVersion: string;
    };
    return { namespace: project.namespace ?? '', sourceApiVersion: project.sourceApiVersion };
}

export function metadataExists(relativePath: string, dir = sourceDir()): boolean {
    return existsSync(join(dir, relativePath));
}

/** Files of one type in a folder, sorted, as full paths. */
export function metadataFiles(folder: string, suffix: string, dir = sourceDir()): string[] {
    const path = join(dir, folder);
    if (!existsSync(path)) return [];
    return readdirSync(path)
        .filter((file) => file.endsWith(suffix))
        .sort()
        .map((file) => join(path, file));
}

/** Names (file names without the suffix) of one type in a folder. */
export function listMetadata(folder: string, suffix: string, dir = sourceDir()): string[] {
    return metadataFiles(folder, suffix, dir).map((file) => basename(file, suffix));
}

/** A metadata file's root element as a plain object. */
export function readMetadata(relativePath: string, dir = sourceDir()): Xml {
    const plain = plainOf(readXml(join(dir, relativePath)));
    return typeof plain === 'string' ? {} : plain;
}
