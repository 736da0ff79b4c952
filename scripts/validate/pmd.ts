// Check "pmd": Salesforce Code Analyzer's PMD engine, run from its npm packages (the sf plugin cannot be installed
// from this registry), with the rule selections AppExchange security review uses: every PMD rule tagged Security
// or AppExchange. Zero violations allowed. Every suppression (@SuppressWarnings, NOPMD, code-analyzer-suppress)
// must have a justifying comment on the line above.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { maskApex } from './lib/apex-source.ts';
import { packageFiles, readProject, rel } from './lib/project.ts';
import { run } from './lib/run.ts';
import type { Check, CheckContext, Finding } from './lib/types.ts';

export const SELECTORS = ['pmd:Security', 'pmd:AppExchange'];

/** A suppression needs a comment line directly above it that says why (at least three words). */
export function unjustifiedSuppressions(source: string): number[] {
    const masked = maskApex(source);
    const lines = source.split('\n');
    const maskedLines = masked.split('\n');
    const out: number[] = [];
    lines.forEach((line, i) => {
        const annotation = /@SuppressWarnings\b/i.test(maskedLines[i]);
        const marker = /\/\/.*\b(NOPMD|code-analyzer-suppress)\b/i.test(line);
        if (!annotation && !marker) return;
        const above = (lines[i - 1] ?? '').trim();
        const comment = /^(\/\/|\/?\*)/.test(above)
            ? above.replace(/^(\/\/+|\/\*+|\*+)|\*\/$/g, '').trim()
            : '';
        if (comment.split(/\s+/).filter(Boolean).length < 3) out.push(i + 1);
    });
    return out;
}

async function runPmd(ctx: CheckContext): Promise<Finding[]> {
    const core = await import('@salesforce/code-analyzer-core');
    const pmdEngine = await import('@salesforce/code-analyzer-pmd-engine');
    const config = core.CodeAnalyzerConfig.fromObject({ log_folder: ctx.outDir }, ctx.root);
    const analyzer = new core.CodeAnalyzer(config);
    await analyzer.addEnginePlugin(pmdEngine.createEnginePlugin());
    const dirs = readProject(ctx.root).packageDirs.map((dir) => join(ctx.root, dir));
    const workspace = await analyzer.createWorkspace(dirs);
    const selection = await analyzer.selectRules(SELECTORS, { workspace });
    if (selection.getCount() === 0)
        return [{ message: `no PMD rules matched ${SELECTORS.join(', ')}` }];
    const results = await analyzer.run(selection, { workspace });
    return results.getViolations().map((violation) => {
        const location = violation.getPrimaryLocation();
        const file = location.getFile();
        return {
            file: file ? relative(ctx.root, file).split('\\').join('/') : undefined,
            line: location.getStartLine(),
            message: `${violation.getRule().getName()} (severity ${violation.getRule().getSeverityLevel()}): ${violation.getMessage()}`
        };
    });
}

export const pmd: Check = {
    name: 'pmd',
    catches:
        'Code Analyzer PMD Security/AppExchange violations (CRUD/FLS, sharing, SOQL injection, credentials...) and unjustified suppressions',
    async run(ctx) {
        const findings: Finding[] = [];
        for (const file of packageFiles(ctx.root, '.cls', '.trigger')) {
            for (const line of unjustifiedSuppressions(readFileSync(file, 'utf8'))) {
                findings.push({
                    file: rel(ctx.root, file),
                    line,
                    message: 'suppression without a justifying comment on the line above'
                });
            }
        }
        if (run('java', ['-version'], { cwd: ctx.root }).status !== 0) {
            findings.push({
                message:
                    'java not found: the PMD engine needs Java 11+ (Debian: apt-get install openjdk-17-jre-headless; .ci/run installs it)'
            });
            return findings;
        }
        findings.push(...(await runPmd(ctx)));
        return findings;
    }
};
