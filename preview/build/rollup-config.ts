// The preview bundle: the SAME component sources as the package (force-app/main/default/lwc/<bundle>/<bundle>.ts,
// aliased as c/<bundle>), the preview's Case page shell (preview/app), lightning-base-components and the LWC
// engine with synthetic shadow, built by rollup + @lwc/rollup-plugin.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lwcImport from '@lwc/rollup-plugin';
import replaceImport from '@rollup/plugin-replace';
import type { Plugin, RollupOptions } from 'rollup';
import { salesforceStubs } from './salesforce-stubs.ts';
import { tsResolve, tsStrip } from './ts-strip.ts';

// Both packages ship ESM whose default export is the plugin; their typings describe the CommonJS build.
const lwc = lwcImport as unknown as typeof lwcImport.default;
const replace = replaceImport as unknown as typeof replaceImport.default;

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PREVIEW_DIR = join(ROOT, 'preview');
export const DIST_DIR = join(PREVIEW_DIR, 'dist');
const SOURCE = join(ROOT, 'force-app', 'main', 'default');
const LWC_DIR = join(SOURCE, 'lwc');

export type BuildMode = 'production' | 'development';

/** c/<bundle> → the bundle's .ts entry (SFDX keeps bundles as lwc/<bundle>/, not <namespace>/<bundle>/). */
export function sfdxAliases(): Array<{ name: string; path: string }> {
    if (!existsSync(LWC_DIR)) return [];
    return readdirSync(LWC_DIR, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !entry.name.startsWith('__'))
        .map((entry) => ({
            name: `c/${entry.name}`,
            path: join(LWC_DIR, entry.name, `${entry.name}.ts`)
        }))
        .filter((alias) => existsSync(alias.path));
}

/** Alias entries and .css files are loaded by the LWC plugin itself, so rollup's watcher would miss them. */
function watchLwcSources(): Plugin {
    return {
        name: 'watch-lwc-sources',
        transform(_code, id) {
            const file = id.split('?')[0] as string;
            if (!file.startsWith('\0') && !file.includes('/node_modules/')) this.addWatchFile(file);
            return null;
        }
    };
}

export function createRollupConfig(
    options: { mode?: BuildMode; outDir?: string } = {}
): RollupOptions {
    const mode = options.mode ?? 'production';
    return {
        input: join(PREVIEW_DIR, 'runtime', 'main.ts'),
        output: {
            dir: options.outDir ?? DIST_DIR,
            format: 'es',
            entryFileNames: 'main.js',
            chunkFileNames: 'chunks/[name]-[hash].js',
            sourcemap: mode === 'development'
        },
        onwarn(warning, warn) {
            // LBC's own templates warn with this compiler (LWC1137 duplicate slots in card.html, LWC1057 `type` on
            // a div in primitiveInputSimple.html): harmless, and not ours to fix.
            if (
                /LWC1137|LWC1057/.test(warning.message) &&
                /lightning-base-components/.test(warning.id ?? warning.message)
            )
                return;
            warn(warning);
        },
        plugins: [
            salesforceStubs({
                runtimeDir: join(PREVIEW_DIR, 'runtime'),
                sourceDir: SOURCE
            }),
            watchLwcSources(),
            tsResolve(),
            tsStrip(),
            lwc({
                rootDir: PREVIEW_DIR,
                modules: [
                    ...sfdxAliases(),
                    { dir: join(PREVIEW_DIR, 'app') },
                    { npm: 'lightning-base-components' }
                ],
                exclude: ['**/preview/runtime/**', '\0*'],
                sourcemap: mode === 'development'
            }),
            replace({
                preventAssignment: true,
                values: {
                    'process.env.NODE_ENV': JSON.stringify(mode),
                    'import.meta.env.SSR': 'false'
                }
            })
        ]
    };
}
