// Check "graph-engine": Salesforce Graph Engine (Code Analyzer's sfge engine, the data-flow analysis AppExchange
// security review runs) with all its rules (CRUD/FLS on every path from an entry point, unreachable code, unused
// methods...): zero violations; an engine crash (a class it cannot load into its graph) fails the check too.
// It takes minutes, so it runs in CI (CI=true, set by .ci/run) and locally only with GATE_SFGE=1.
import { runCodeAnalyzer } from './lib/code-analyzer.ts';
import { run } from './lib/run.ts';
import type { Check, Finding } from './lib/types.ts';

export const GRAPH_ENGINE_SELECTORS = ['sfge'];

/** Whether this run includes the Graph Engine. */
export function graphEngineWanted(env: NodeJS.ProcessEnv): boolean {
    return env.GATE_SFGE === '1' || (env.CI === 'true' && env.GATE_SFGE !== '0');
}

/**
 * An engine error as a finding. A path the engine abandons on its own limits (an "Internal execution error while
 * scanning entry point": unmodelled Apex such as Map.get() on a value it decided is null, forcedotcom/code-analyzer
 * #1682, or Decimal.round()) or ends at its per-entry time limit (java_thread_timeout: "timeout", path explosion)
 * is a warning naming the entry point and the engine's exception or the timeout: the rules did not
 * finish there, which the report says and docs/org-checklist.md asks to check by hand. Any other engine error (it
 * could not load the code into its graph, it stopped) fails the check.
 */
export function engineErrorFinding(message: string): Finding {
    const entry = /Internal execution error while scanning entry point: (\S+?):(\d+):\d+:/.exec(
        message
    );
    if (!entry) return { message: `Graph Engine error: ${message.slice(0, 2000)}` };
    const timeout = /timed out after (\d+) ms/.exec(message);
    const reason = timeout
        ? `timeout after ${Number(timeout[1]) / 1000} s: more paths than it can walk in time`
        : `${/stacktrace: (\w+(?:Exception|Error))/.exec(message)?.[1] ?? 'an internal error'} inside the engine`;
    return {
        file: entry[1],
        line: Number(entry[2]),
        message: `the Graph Engine did not finish this entry point's paths (${reason}): check them by hand (docs/org-checklist.md)`,
        warning: true
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
                // Two cores here and on CI: more threads only compete; the default 30 s per path is kept.
                sfge: { java_thread_count: 2 }
            }
        );
        return [...result.violations, ...result.engineErrors.map(engineErrorFinding)].map(
            (finding) =>
                finding.file?.startsWith(ctx.root)
                    ? { ...finding, file: finding.file.slice(ctx.root.length + 1) }
                    : finding
        );
    }
};
