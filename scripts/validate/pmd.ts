// Check "pmd": Salesforce Code Analyzer's PMD engine (lib/code-analyzer.ts), with the rule selections AppExchange
// security review uses: every PMD rule tagged Security or AppExchange. Zero violations allowed. Every suppression (@SuppressWarnings, NOPMD, code-analyzer-suppress)
// must have a justifying comment on the line above.
import { readFileSync } from 'node:fs';
import { maskApex } from './lib/apex-source.ts';
import { runCodeAnalyzer } from './lib/code-analyzer.ts';
import { packageFiles, rel } from './lib/project.ts';
import { run } from './lib/run.ts';
import type { Check, Finding } from './lib/types.ts';

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

/**
 * PMD's processing errors: on Apex one means a class went unchecked (an error each); on the emitted LWC JavaScript,
 * which PMD's Rhino parser cannot read (optional chaining...) and no selected rule is about, one warning for all.
 */
export function pmdEngineFindings(messages: string[]): Finding[] {
    const skipped: string[] = [];
    const findings: Finding[] = [];
    for (const message of messages) {
        const file = /processing error for file '([^']+)'/.exec(message)?.[1];
        if (file && !/\.(cls|trigger)$/.test(file)) skipped.push(file.split('/').pop() ?? file);
        else findings.push({ message: `PMD engine error: ${message}` });
    }
    if (skipped.length > 0)
        findings.push({
            message: `PMD could not parse ${skipped.length} non-Apex file(s) (${skipped.join(', ')}); no selected rule is about them`,
            warning: true
        });
    return findings;
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
        const engine = await import('@salesforce/code-analyzer-pmd-engine');
        const result = await runCodeAnalyzer(ctx, engine.createEnginePlugin(), SELECTORS);
        findings.push(...result.violations, ...pmdEngineFindings(result.engineErrors));
        return findings;
    }
};
