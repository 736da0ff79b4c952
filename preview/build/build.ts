// Builds the preview bundle once (`npm run preview:build`, and `npm start` before serving) or in watch mode.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rollup, watch } from 'rollup';
import { createRollupConfig, DIST_DIR, type BuildMode } from './rollup-config.ts';

export async function buildPreview(
    mode: BuildMode = 'production',
    outDir = DIST_DIR
): Promise<number> {
    const started = performance.now();
    rmSync(outDir, { recursive: true, force: true });
    const config = createRollupConfig({ mode, outDir });
    const bundle = await rollup(config);
    try {
        await bundle.write(config.output as Parameters<typeof bundle.write>[0]);
    } finally {
        await bundle.close();
    }
    return performance.now() - started;
}

/** Rebuilds on every change of a component, the shell, the runtime or the labels; calls back after each build. */
export function watchPreview(
    mode: BuildMode,
    onBuilt: (ms: number) => void,
    onError: (error: { message: string }) => void
): () => Promise<void> {
    const watcher = watch({ ...createRollupConfig({ mode }), watch: { clearScreen: false } });
    watcher.on('event', (event) => {
        if (event.code === 'BUNDLE_END') {
            onBuilt(event.duration);
            void event.result.close();
        } else if (event.code === 'ERROR') {
            onError(event.error);
            void event.result?.close();
        }
    });
    return () => watcher.close();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const mode: BuildMode = process.argv.includes('--dev') ? 'development' : 'production';
    const ms = await buildPreview(mode);
    console.log(`preview: ${mode} build in ${(ms / 1000).toFixed(1)} s → ${DIST_DIR}`);
}
