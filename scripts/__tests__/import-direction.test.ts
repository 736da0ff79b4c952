// Which way imports point between the top-level folders: the product's preview (preview/, tests aside) never reaches
// into the build scripts (scripts/), and lib/ (the one metadata reader, shared by scripts, tests and the preview)
// depends on none of them. Read as text: every relative import specifier of every .ts file.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

const ROOT = process.cwd();
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** `file imports top/...` for every relative import of a .ts file under `folder` (tests skipped when asked). */
function importsFrom(folder: string, { skipTests }: { skipTests: boolean }): string[] {
    const found: string[] = [];
    for (const entry of readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
        const file = join(entry.parentPath, entry.name);
        const path = relative(ROOT, file);
        if (skipTests && path.split(sep).includes('__tests__')) continue;
        if (path.split(sep).includes('dist')) continue;
        for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
            const target = relative(ROOT, join(dirname(file), match[1] as string));
            found.push(`${path} imports ${target.split(sep).join('/')}`);
        }
    }
    return found;
}

const into = (top: string) => (line: string) => line.split(' imports ')[1]?.startsWith(`${top}/`);

describe('import direction between the top-level folders', () => {
    it('the preview does not import the build scripts (the metadata reader lives in lib/)', () => {
        expect(importsFrom('preview', { skipTests: true }).filter(into('scripts'))).toEqual([]);
    });

    it('lib/ imports nothing from scripts/, preview/ or force-app/', () => {
        const lines = importsFrom('lib', { skipTests: false });
        expect(
            lines.filter((line) =>
                ['scripts', 'preview', 'force-app'].some((top) => into(top)(line))
            )
        ).toEqual([]);
        // The check sees imports at all: lib's own modules import each other.
        expect(lines.some(into('lib'))).toBe(true);
    });
});
