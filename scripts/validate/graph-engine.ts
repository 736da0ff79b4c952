// Check "graph-engine": Salesforce Graph Engine (Code Analyzer's sfge engine, the data-flow analysis AppExchange
// security review runs) with all its rules (CRUD/FLS on every path from an entry point, unreachable code, unused
// methods...): zero violations; an engine crash (a class it cannot load into its graph) fails the check too.
// It takes minutes, so it runs in CI (CI=true, set by .ci/run) and locally only with GATE_SFGE=1.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { runCodeAnalyzer } from './lib/code-analyzer.ts';
import { run } from './lib/run.ts';
import type { Check, Finding } from './lib/types.ts';

export const GRAPH_ENGINE_SELECTORS = ['sfge'];

/** Whether this run includes the Graph Engine. */
export function graphEngineWanted(env: NodeJS.ProcessEnv): boolean {
    return env.GATE_SFGE === '1' || (env.CI === 'true' && env.GATE_SFGE !== '0');
}

/**
 * Per entry point, the time the engine may take (java_thread_timeout). Every entry point but the
 * UNFINISHED_ENTRY_POINTS finishes in a third of it or less on this 2-core machine under load (docs/org-checklist.md
 * "Graph Engine" has the figures); the margin is for slower CI machines, not for more paths.
 */
export const ENTRY_POINT_TIMEOUT_MS = 120_000;

/**
 * Entry points whose paths the engine cannot walk within ENTRY_POINT_TIMEOUT_MS yet, as Class.method: the one list
 * (docs/org-checklist.md "Graph Engine" says how to keep the paths few). A timeout there is a warning that names it;
 * a timeout of any other entry point, and every exception inside the engine, fails the check. Empty: every entry
 * point of the package runs to the end.
 */
export const UNFINISHED_ENTRY_POINTS: readonly string[] = [];

/** Class.method declared at line of an Apex source (the engine names an entry point by file and line). */
export function entryPointAt(file: string, source: string, line: number): string | undefined {
    const declaration = (source.split('\n')[line - 1] ?? '').replace(/^.*\bstatic\b/, '');
    const method = /(\w+)\s*\(/.exec(declaration)?.[1];
    return method ? `${basename(file, '.cls')}.${method}` : undefined;
}

/**
 * An engine error as a finding, and every one fails the check: an entry point the engine did not finish (an
 * "Internal execution error while scanning entry point": an exception inside the engine, e.g. Map.get() on a value
 * it typed as null, forcedotcom/code-analyzer#1682, or its per-entry time limit reached because the paths
 * multiplied) is one whose CRUD/FLS and other rules never ran there, which is what security review looks at. The
 * finding names the entry point and the exception or the timeout; docs/org-checklist.md "Graph Engine" lists the
 * Apex forms the engine follows and how to keep the paths few. Any other engine error (it could not load the code
 * into its graph, it stopped) fails the check too.
 */
export function engineErrorFinding(
    message: string,
    nameOf: (file: string, line: number) => string | undefined = () => undefined,
    unfinished: readonly string[] = UNFINISHED_ENTRY_POINTS
): Finding {
    const entry = /Internal execution error while scanning entry point: (\S+?):(\d+):\d+:/.exec(
        message
    );
    if (!entry) return { message: `Graph Engine error: ${message.slice(0, 2000)}` };
    const timeout = /timed out after (\d+) ms/.exec(message);
    const reason = timeout
        ? `timeout after ${Number(timeout[1]) / 1000} s: more paths than it can walk in time; an if, case or catch in a helper multiplies the paths of every caller`
        : `${/stacktrace: (\w+(?:Exception|Error))/.exec(message)?.[1] ?? 'an internal error'} inside the engine; rewrite the construct it stopped on, the stack trace is in .ci-out/sfca-sfge-*.log`;
    const file = entry[1];
    const line = Number(entry[2]);
    const name = nameOf(file, line);
    if (timeout && name && unfinished.includes(name))
        return {
            file,
            line,
            message: `${name}: the Graph Engine did not finish this entry point (${reason}); it is listed as not finished yet (UNFINISHED_ENTRY_POINTS, docs/org-checklist.md "Graph Engine")`,
            warning: true
        };
    return {
        file,
        line,
        message: `${name ?? 'this entry point'}: the Graph Engine did not finish it (${reason}), so its rules did not run there (docs/org-checklist.md "Graph Engine")`
    };
}

export const graphEngine: Check = {
    name: 'graph-engine',
    catches:
        'Graph Engine (security review) violations: CRUD/FLS on a path from an entry point, unreachable or unused code, and classes it cannot analyse',
    async run(ctx) {
        if (!graphEngineWanted(process.env))
            return [
                {
                    message:
                        'skipped: the Graph Engine takes minutes; CI runs it (CI=true), locally run it with GATE_SFGE=1',
                    warning: true
                }
            ];
        if (run('java', ['-version'], { cwd: ctx.root }).status !== 0)
            return [
                {
                    message:
                        'java not found: the Graph Engine needs Java 11+ (Debian: apt-get install openjdk-17-jdk-headless; .ci/run installs it)'
                }
            ];
        const engine = await import('@salesforce/code-analyzer-sfge-engine');
        const result = await runCodeAnalyzer(
            ctx,
            engine.createEnginePlugin(),
            GRAPH_ENGINE_SELECTORS,
            {
                // Two cores here and on CI: more threads only compete.
                sfge: { java_thread_count: 2, java_thread_timeout: ENTRY_POINT_TIMEOUT_MS }
            }
        );
        const nameOf = (file: string, line: number): string | undefined => {
            try {
                return entryPointAt(file, readFileSync(file, 'utf8'), line);
            } catch {
                return undefined;
            }
        };
        const engineErrors = result.engineErrors.map((message) =>
            engineErrorFinding(message, nameOf)
        );
        return [...result.violations, ...engineErrors].map((finding) =>
            finding.file?.startsWith(ctx.root)
                ? { ...finding, file: finding.file.slice(ctx.root.length + 1) }
                : finding
        );
    }
};
