// Check "apex-syntax": every .cls and .trigger parses with the Apex grammar (@apexdevtools/apex-parser, ANTLR).
// PMD silently skips a class it cannot parse, so this is the gate for parseability.
import { readFileSync } from 'node:fs';
import { ApexParserFactory, ApexErrorListener } from '@apexdevtools/apex-parser';
import { packageFiles, rel } from './lib/project.ts';
import type { Check, Finding } from './lib/types.ts';

class Collect extends ApexErrorListener {
    errors: Array<{ line: number; message: string }> = [];
    apexSyntaxError(line: number, column: number, message: string): void {
        this.errors.push({ line, message: `${column}: ${message}` });
    }
}

export function apexSyntaxErrors(
    source: string,
    trigger: boolean
): Array<{ line: number; message: string }> {
    const listener = new Collect();
    const { parser } = ApexParserFactory.createLexerAndParser(source, listener);
    if (trigger) parser.triggerUnit();
    else parser.compilationUnit();
    return listener.errors;
}

export const apexSyntax: Check = {
    name: 'apex-syntax',
    catches: 'Apex that does not parse',
    async run(ctx) {
        const findings: Finding[] = [];
        for (const file of packageFiles(ctx.root, '.cls', '.trigger')) {
            for (const error of apexSyntaxErrors(
                readFileSync(file, 'utf8'),
                file.endsWith('.trigger')
            )) {
                findings.push({
                    file: rel(ctx.root, file),
                    line: error.line,
                    message: error.message
                });
            }
        }
        return findings;
    }
};
