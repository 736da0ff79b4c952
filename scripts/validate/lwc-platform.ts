// Check "lwc-platform": the Salesforce platform LWC compiler (@lwc/sfdc-lwc-compiler, type 'platform', the
// package namespace) on each bundle's deployable files: the emitted .js, .html and .css. It applies the platform's
// own lint rules (no-restricted-namespaces, no-aura, dynamic imports...), decorator and template validation.
import { readFileSync } from 'node:fs';
import { basename, dirname, relative } from 'node:path';
import { packageFiles, readProject, rel, walk } from './lib/project.ts';
import type { Check, Finding } from './lib/types.ts';

interface Diagnostic {
    level: number; // @lwc/errors DiagnosticLevel: 0 fatal, 1 error, 2 warning, 3 log
    message: string;
    filename?: string;
    location?: { line: number; column: number };
}

const DEPLOYED = /\.(js|html|css|svg)$/;

export const lwcPlatform: Check = {
    name: 'lwc-platform',
    catches:
        'LWC the platform compiler rejects: invalid decorators/templates, restricted modules and namespaces',
    async run(ctx) {
        const { compile } = (await import('@lwc/sfdc-lwc-compiler')) as unknown as {
            compile(config: unknown): Promise<{
                success: boolean;
                diagnostics: Diagnostic[];
                results?: Array<{ diagnostics: Diagnostic[] }>;
            }>;
        };
        const { namespace } = readProject(ctx.root);
        const bundles = packageFiles(ctx.root, '.js-meta.xml')
            .map(dirname)
            .filter((dir) => basename(dirname(dir)) === 'lwc');
        const findings: Finding[] = [];
        for (const dir of bundles) {
            const name = basename(dir);
            const files: Record<string, string> = {};
            for (const file of walk(dir)) {
                const path = relative(dir, file).split('\\').join('/');
                if (DEPLOYED.test(path) && !path.startsWith('__tests__/'))
                    files[path] = readFileSync(file, 'utf8');
            }
            if (!files[`${name}.js`]) {
                findings.push({
                    file: rel(ctx.root, dir),
                    message: `no ${name}.js to compile (run npm run build)`
                });
                continue;
            }
            const output = await compile({
                bundle: { type: 'platform', name, namespace: namespace || 'c', files }
            });
            const diagnostics = [
                ...output.diagnostics,
                ...(output.results ?? []).flatMap((r) => r.diagnostics)
            ];
            const seen = new Set<string>();
            for (const d of diagnostics) {
                const key = `${d.filename}:${d.location?.line}:${d.message}`;
                if (seen.has(key) || d.level > 2) continue;
                seen.add(key);
                findings.push({
                    file: `${rel(ctx.root, dir)}/${d.filename ? basename(d.filename) : ''}`,
                    line: d.location?.line,
                    message: d.message,
                    warning: d.level === 2
                });
            }
            if (!output.success && !diagnostics.some((d) => d.level <= 1)) {
                findings.push({
                    file: rel(ctx.root, dir),
                    message: 'platform compiler reported failure without diagnostics'
                });
            }
        }
        return findings;
    }
};
