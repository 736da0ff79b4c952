// Check "metadata": every *-meta.xml is well-formed, valid against the Metadata API types, and passes the
// semantic rules (metadata-rules/) an org's deploy would enforce.
import { readFileSync } from 'node:fs';
import { loadSchema } from './lib/metadata-schema.ts';
import { buildIndex } from './lib/package-index.ts';
import { packageFiles, readProject, rel } from './lib/project.ts';
import type { Check, Finding } from './lib/types.ts';
import { parseXml, textOf } from '../../lib/metadata/index.ts';
import { checkDocument } from './metadata-schema-check.ts';
import { RULES } from './metadata-rules/index.ts';

export const metadata: Check = {
    name: 'metadata',
    catches:
        'malformed XML, elements/values the Metadata API rejects, broken references between components',
    async run(ctx) {
        const schema = loadSchema(ctx.toolRoot);
        const index = buildIndex(ctx.root);
        const { namespace, sourceApiVersion } = readProject(ctx.root);
        const findings: Finding[] = [];
        const files = packageFiles(ctx.root, '-meta.xml');
        for (const file of files) {
            const name = rel(ctx.root, file);
            const parsed = parseXml(readFileSync(file, 'utf8'));
            if (!parsed.root) {
                findings.push({
                    file: name,
                    line: parsed.line,
                    message: `not well-formed XML: ${parsed.error}`
                });
                continue;
            }
            for (const issue of checkDocument(schema, parsed.root)) {
                findings.push({ file: name, message: `${issue.path}: ${issue.message}` });
            }
            const ruleCtx = { index, namespace, file };
            for (const message of RULES[parsed.root.name]?.(parsed.root, ruleCtx) ?? []) {
                findings.push({ file: name, message });
            }
            const apiVersion = Number(textOf(parsed.root, 'apiVersion'));
            if (apiVersion > Number(sourceApiVersion)) {
                findings.push({
                    file: name,
                    message: `apiVersion ${apiVersion.toFixed(1)} is newer than sourceApiVersion ${sourceApiVersion}: an org on that release rejects it`
                });
            }
        }
        if (files.length === 0)
            findings.push({ message: 'no -meta.xml files found in the package directories' });
        return findings;
    }
};
