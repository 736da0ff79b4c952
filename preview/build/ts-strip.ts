// Rollup plugin: strips TypeScript types with typescript.transpileModule, keeping standard decorators and
// `export default class` exactly as written (the LWC compiler needs both; see shared/reference/preview.md).
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';
import type { Plugin } from 'rollup';

export function tsStrip(): Plugin {
    return {
        name: 'ts-strip',
        transform(code, id) {
            const file = id.split('?')[0] as string;
            if (!file.endsWith('.ts') || file.endsWith('.d.ts')) return null;
            const out = ts.transpileModule(code, {
                fileName: file,
                compilerOptions: {
                    target: ts.ScriptTarget.ESNext,
                    module: ts.ModuleKind.ESNext,
                    experimentalDecorators: false,
                    useDefineForClassFields: true,
                    verbatimModuleSyntax: false,
                    sourceMap: true,
                    inlineSources: true
                }
            });
            return {
                code: out.outputText.replace(/\n\/\/# sourceMappingURL=.*$/, ''),
                map: out.sourceMapText ?? null
            };
        }
    };
}

/** Relative imports without an extension (`./loader`) inside TypeScript bundles resolve to the .ts file. */
export function tsResolve(): Plugin {
    return {
        name: 'ts-resolve',
        resolveId(source, importer) {
            if (!importer || !source.startsWith('.') || /\.\w+$/.test(source)) return null;
            const from = importer.split('?')[0] as string;
            if (!from.endsWith('.ts')) return null;
            const candidate = resolve(dirname(from), `${source}.ts`);
            return existsSync(candidate) ? candidate : null;
        }
    };
}
