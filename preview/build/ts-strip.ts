// Rollup plugin: strips TypeScript types with typescript.transpileModule, keeping standard decorators and
// `export default class` exactly as written (the LWC compiler needs both; see shared/reference/preview.md).
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
            return { code: out.outputText.replace(/\n\/\/# sourceMappingURL=.*$/, ''), map: out.sourceMapText ?? null };
        }
    };
}
