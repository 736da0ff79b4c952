// The promise rules need type information: this lints a fixture through the project's own ESLint config (as
// `npm run lint` does) and expects each fire-and-forget promise it holds to be reported, and only those.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const FIXTURE = join(ROOT, 'scripts/__tests__/data/promises.ts');

type LintResult = { messages: Array<{ ruleId: string | null; line: number; message: string }> };

describe('typed linting', () => {
    it('reports floating promises, async callbacks where void is expected and awaits of non-promises', () => {
        const run = spawnSync(
            process.execPath,
            [
                join(ROOT, 'node_modules/eslint/bin/eslint.js'),
                '--no-ignore',
                '--format',
                'json',
                FIXTURE
            ],
            { cwd: ROOT, encoding: 'utf8' }
        );
        const [result] = JSON.parse(run.stdout) as LintResult[];
        const found = result.messages.map((m) => `${m.line} ${m.ruleId ?? m.message}`);
        const expected = readFileSync(FIXTURE, 'utf8')
            .split('\n')
            .flatMap((text, index) => {
                const rule = /\/\/ finding: ([\w-]+)/.exec(text)?.[1];
                if (!rule) return [];
                // A finding on a comment line belongs to the statement the comment opens.
                const line = text.trim().startsWith('//') ? index : index + 1;
                return [`${line} @typescript-eslint/${rule}`];
            });
        expect(expected).toHaveLength(3);
        expect(found).toEqual(expected);
    }, 60_000);
});
