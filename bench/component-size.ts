// The viewer's compiled JavaScript: its bundles (c/*) compiled by the LWC compiler as the platform would, with
// everything the platform provides (lwc, lightning/*, @salesforce/*) left external. Raw and gzip bytes.
import { gzipSync } from 'node:zlib';
import lwcImport from '@lwc/rollup-plugin';
import { rollup } from 'rollup';
import { sfdxAliases } from '../preview/build/rollup-config.ts';
import { tsResolve, tsStrip } from '../preview/build/ts-strip.ts';

// Both packages ship ESM whose default export is the plugin; their typings describe the CommonJS build.
const lwc = lwcImport as unknown as typeof lwcImport.default;

export async function componentSize(
    root: string,
    entry = 'c/kustomerCaseConversation'
): Promise<{ bytes: number; gzipBytes: number; modules: number }> {
    const alias = sfdxAliases().find((a) => a.name === entry);
    if (!alias) throw new Error(`${entry} is not a bundle in force-app`);
    const bundle = await rollup({
        input: alias.path,
        external: (id) =>
            id === 'lwc' || id.startsWith('lightning/') || id.startsWith('@salesforce/'),
        onwarn: () => {},
        plugins: [
            tsResolve(),
            tsStrip(),
            lwc({ rootDir: root, modules: sfdxAliases(), exclude: ['\0*'] })
        ]
    });
    try {
        const { output } = await bundle.generate({ format: 'es' });
        const code = output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('');
        const modules = output.reduce(
            (n, chunk) => n + ('modules' in chunk ? Object.keys(chunk.modules).length : 0),
            0
        );
        return { bytes: Buffer.byteLength(code), gzipBytes: gzipSync(code).length, modules };
    } finally {
        await bundle.close();
    }
}
