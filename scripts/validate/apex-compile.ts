// Check "apex-compile": Salesforce's Apex compiler front end (jorje, vendored by prettier-plugin-apex) compiles every
// class of the package with its objects, fields and labels, under the project's namespace and without one (the
// second-namespace build). Types, members, signatures, labels, annotations (@AuraEnabled overloads, @TestVisible)
// and type mismatches are checked as an org's compile checks them; SOQL is not (see references).
// The harness (jorje/*.java, main class ApexCompile) is compiled with javac into
// node_modules/.cache/apex-compile/<hash of its sources and the jar>, once; lib/apex-compile-input.ts builds its
// input; lib/jorje-gaps.ts lists what is filtered.
import { createHash } from 'node:crypto';
import {
    existsSync,
    mkdirSync,
    mkdtempSync,
    readdirSync,
    readFileSync,
    renameSync,
    rmSync,
    writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCompileInput, toInputFile } from './lib/apex-compile-input.ts';
import { type CompileError, harnessGap } from './lib/jorje-gaps.ts';
import { packageFiles, rel } from './lib/project.ts';
import { run, tail } from './lib/run.ts';
import type { Check, CheckContext, Finding } from './lib/types.ts';

const HARNESS = 'scripts/validate/jorje';

/** The compiled harness (compiling it the first time, or when its source or the jar changed). */
function harnessClasses(ctx: CheckContext, jar: string): string | Finding {
    const dir = join(ctx.toolRoot, HARNESS);
    const sources = readdirSync(dir)
        .filter((name) => name.endsWith('.java'))
        .sort()
        .map((name) => join(dir, name));
    const digest = createHash('sha256');
    for (const source of sources) digest.update(readFileSync(source));
    const hash = digest.update(readFileSync(jar)).digest('hex').slice(0, 16);
    const target = join(ctx.toolRoot, 'node_modules', '.cache', 'apex-compile', hash);
    if (existsSync(join(target, 'ApexCompile.class'))) return target;
    if (run('javac', ['-version'], { cwd: ctx.root }).status !== 0)
        return {
            message:
                'javac not found: the compile check builds its harness with a JDK (Debian: apt-get install openjdk-17-jdk-headless; .ci/run installs it)'
        };
    // Compiled beside the target, then renamed: parallel runs never see a half-written directory.
    mkdirSync(join(target, '..'), { recursive: true });
    const scratch = mkdtempSync(`${target}-`);
    const javac = run('javac', ['-nowarn', '-cp', jar, '-d', scratch, ...sources], {
        cwd: ctx.toolRoot
    });
    if (javac.status !== 0) {
        rmSync(scratch, { recursive: true, force: true });
        return { message: `javac failed on ${HARNESS}:\n${tail(javac.stdout + javac.stderr)}` };
    }
    try {
        renameSync(scratch, target);
    } catch {
        rmSync(scratch, { recursive: true, force: true }); // another run got there first
    }
    return target;
}

/** Parses the harness's `error` lines. */
export function parseErrors(stdout: string): { errors: CompileError[]; compiled: string[] } {
    const errors: CompileError[] = [];
    const compiled: string[] = [];
    for (const line of stdout.split('\n')) {
        const part = line.split('\t');
        if (part[0] === 'error')
            errors.push({
                namespace: part[1],
                file: part[2],
                line: Number(part[3]),
                column: Number(part[4]),
                message: part.slice(5).join('\t')
            });
        else if (part[0] === 'done') compiled.push(part[1]);
    }
    return { errors, compiled };
}

/** An error's identity across namespaces: type names lose the `<namespace>.` the compiler puts in front. */
function keyOf(error: CompileError): string {
    const message = error.namespace
        ? error.message.replaceAll(`${error.namespace}.`, '')
        : error.message;
    return `${error.file}:${error.line}:${error.column}:${message}`;
}

export const apexCompile: Check = {
    name: 'apex-compile',
    catches:
        "Apex the org's compiler rejects: unknown types/methods/fields/labels, wrong signatures, type mismatches, @AuraEnabled and @TestVisible misuse",
    async run(ctx) {
        if (run('java', ['-version'], { cwd: ctx.root }).status !== 0)
            return [
                {
                    message:
                        'java not found: the compile check needs Java 17 (Debian: apt-get install openjdk-17-jdk-headless; .ci/run installs it)'
                }
            ];
        const input = buildCompileInput(ctx.root, ctx.toolRoot);
        if (input.classes.length === 0) return [];
        const classes = harnessClasses(ctx, input.jar);
        if (typeof classes !== 'string') return [classes];
        const scratch = mkdtempSync(join(tmpdir(), 'gate-compile-'));
        try {
            const inputFile = join(scratch, 'input.tsv');
            writeFileSync(inputFile, toInputFile(input, scratch));
            const result = run(
                'java',
                ['-Xss8m', '-cp', `${input.jar}:${classes}`, 'ApexCompile', inputFile],
                { cwd: ctx.root, timeoutMs: 180_000 }
            );
            const { errors, compiled } = parseErrors(result.stdout);
            if (result.status !== 0 || compiled.length !== input.namespaces.length)
                return [
                    {
                        message: `the compile harness stopped (exit ${result.status}):\n${tail(result.stdout + result.stderr)}`
                    }
                ];
            const findings: Finding[] = [];
            const seen = new Set<string>();
            let filtered = 0;
            const sources = new Map<string, string[]>();
            const lineOf = (error: CompileError): string => {
                if (!sources.has(error.file))
                    sources.set(error.file, readFileSync(error.file, 'utf8').split('\n'));
                return sources.get(error.file)?.[error.line - 1] ?? '';
            };
            for (const error of errors) {
                if (harnessGap(error, lineOf(error), input)) {
                    filtered++;
                    if (process.env.GATE_SHOW_FILTERED)
                        console.log(`    filtered: ${error.file}:${error.line}: ${error.message}`);
                    continue;
                }
                // The same error under both namespaces is one finding; one that only appears under one says so.
                const key = keyOf(error);
                const both = errors.filter((other) => keyOf(other) === key).length;
                if (seen.has(key)) continue;
                seen.add(key);
                const where =
                    both === input.namespaces.length
                        ? ''
                        : ` (only ${error.namespace ? `under the namespace ${error.namespace}` : 'without a namespace'})`;
                findings.push({
                    file: rel(ctx.root, error.file),
                    line: error.line,
                    message: `${error.message}${where}`
                });
            }
            const triggers = packageFiles(ctx.root, '.trigger').length;
            if (triggers > 0)
                findings.push({
                    message: `${triggers} trigger(s) not compiled: the harness compiles classes only`,
                    warning: true
                });
            if (filtered > 0)
                findings.push({
                    message: `${filtered} message(s) of known harness gaps filtered (lib/jorje-gaps.ts; GATE_SHOW_FILTERED=1 lists them)`,
                    warning: true
                });
            return findings;
        } finally {
            rmSync(scratch, { recursive: true, force: true });
        }
    }
};
