// Where the LWC sources and their emitted JavaScript live.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const LWC_DIR = join(ROOT, 'force-app', 'main', 'default', 'lwc');

/** Every .ts source of every bundle (tests and declarations excluded). */
export function lwcSourceFiles(): string[] {
    if (!existsSync(LWC_DIR)) return [];
    return readdirSync(LWC_DIR, { recursive: true, withFileTypes: true })
        .filter(
            (e) =>
                e.isFile() &&
                e.name.endsWith('.ts') &&
                !e.name.endsWith('.d.ts') &&
                !e.parentPath.includes('__tests__')
        )
        .map((e) => join(e.parentPath, e.name))
        .sort();
}

/** The .js the build emits for each source. */
export function emittedLwcFiles(): string[] {
    return lwcSourceFiles()
        .map((file) => file.replace(/\.ts$/, '.js'))
        .filter(existsSync);
}
