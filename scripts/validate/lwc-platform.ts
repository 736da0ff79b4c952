// Check "lwc-platform": the Salesforce platform LWC compiler (@lwc/sfdc-lwc-compiler, type 'platform', the
// package namespace) on each bundle's deployable files: the emitted .js, .html and .css. It applies the platform's
// own lint rules (no-restricted-namespaces, no-aura, dynamic imports...), decorator and template validation.
// The platform compiler does not report the template compiler's warnings, so every template also goes through
// @lwc/template-compiler at the bundle's API version, and its warnings are errors (WARNINGS_KEPT aside).
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { compile as compileTemplate } from '@lwc/template-compiler';
import { parseXml, textOf } from '../../lib/metadata/index.ts';
import { packageFiles, readProject, rel, walk } from './lib/project.ts';
import type { Check, Finding } from './lib/types.ts';

interface Diagnostic {
    level: number; // @lwc/errors DiagnosticLevel: 0 fatal, 1 error, 2 warning, 3 log
    code?: number;
    message: string;
    filename?: string;
    location?: { line: number; column: number };
}

const DEPLOYED = /\.(js|html|css|svg)$/;

/**
 * Compiler warnings that stay warnings: deprecations that still compile and render as written (LWC1187: lwc:dynamic).
 * Every other warning says the org will ignore content (a nested <template> without a directive, LWC1153; extra if:
 * directives), drop or not support an attribute (LWC1145, LWC1057, LWC1149, LWC1201) or rewrite the markup
 * (LWC1144): errors, because in the org that part of the page silently differs from the source.
 */
export const WARNINGS_KEPT = new Set([1187]);

/** The bundle's API version (its .js-meta.xml), for the template compiler. */
function apiVersionOf(dir: string, name: string): number | undefined {
    const version = Number(
        textOf(parseXml(readFileSync(join(dir, `${name}.js-meta.xml`), 'utf8')).root, 'apiVersion')
    );
    return Number.isFinite(version) ? Math.floor(version) : undefined;
}

/** @lwc/template-compiler's diagnostics for each template of the bundle (the build's own compiler). */
function templateDiagnostics(files: Record<string, string>, apiVersion?: number): Diagnostic[] {
    return Object.entries(files)
        .filter(([path]) => path.endsWith('.html'))
        .flatMap(([path, source]) =>
            compileTemplate(source, path, { apiVersion }).warnings.map((d) => ({
                level: d.level,
                code: d.code,
                message: d.message,
                filename: path,
                location: d.location
            }))
        );
}

export const lwcPlatform: Check = {
    name: 'lwc-platform',
    catches:
        'LWC the platform compiler rejects or would render differently: invalid decorators/templates, ignored template content, unsupported attributes, restricted modules and namespaces',
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
                ...(output.results ?? []).flatMap((r) => r.diagnostics),
                ...templateDiagnostics(files, apiVersionOf(dir, name))
            ];
            const seen = new Set<string>();
            for (const d of diagnostics) {
                const key = `${d.filename}:${d.location?.line}:${d.message}`;
                if (seen.has(key) || d.level > 2) continue;
                seen.add(key);
                findings.push({
                    file: `${rel(ctx.root, dir)}/${d.filename ? basename(d.filename) : ''}`,
                    line: d.location?.line,
                    message:
                        d.code && !d.message.startsWith('LWC')
                            ? `LWC${d.code}: ${d.message}`
                            : d.message,
                    warning: d.level === 2 && d.code !== undefined && WARNINGS_KEPT.has(d.code)
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
