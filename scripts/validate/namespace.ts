// Check "namespace": the namespace is one setting (sfdx-project.json). No other file hard-codes the prefix
// (`<ns>__Field__c`, `<ns>.Class`, `<ns>:component`, `c/` is the portable form), so the package also builds under
// another namespace. Only sfdx-project.json, docs/ and README.md may spell it (they explain it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lineOf, readProject, rel, walk } from './lib/project.ts';
import type { Check, Finding } from './lib/types.ts';

const EXEMPT = [/^sfdx-project\.json$/, /^docs\//, /^README\.md$/];
const SKIP = [
    /^types\/generated\//,
    /^preview\/dist\//,
    /^package-lock\.json$/,
    /\.(png|jpe?g|gif|ico|woff2?|zip|jar)$/i
];

export const namespace: Check = {
    name: 'namespace',
    catches: 'hard-coded namespace prefixes that break a build under another namespace',
    async run(ctx) {
        const ns = readProject(ctx.root).namespace;
        if (!ns) return [{ message: 'sfdx-project.json has no namespace' }];
        const escaped = ns.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const pattern = new RegExp(`\\b${escaped}(__|\\.[A-Za-z_]|:[A-Za-z_])`, 'g');
        const findings: Finding[] = [];
        for (const file of walk(ctx.root)) {
            const path = rel(ctx.root, file);
            if (EXEMPT.some((re) => re.test(path)) || SKIP.some((re) => re.test(path))) continue;
            const text = readFileSync(join(ctx.root, path), 'utf8');
            for (const match of text.matchAll(pattern)) {
                findings.push({
                    file: path,
                    line: lineOf(text, match.index),
                    message: `hard-coded namespace '${match[0]}': derive it from sfdx-project.json or use the unprefixed name`
                });
            }
        }
        return findings;
    }
};
