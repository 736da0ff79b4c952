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
 * An engine error as a finding, and every one fails the check: an entry point whose paths the engine abandoned
 * ("Internal execution error while scanning entry point") is one whose CRUD/FLS and other rules never ran, which is
 * what security review looks at. The Apex constructs that crashed the engine were rewritten into forms it follows
 * (docs/org-checklist.md "Graph Engine"); a new crash names the entry point and the engine's exception here, and
 * the engine's log (.ci-out/sfca-sfge-*.log) has the stack trace.
 */
export function engineErrorFinding(message: string): Finding {
    const entry = /Internal execution error while scanning entry point: (\S+?):(\d+):\d+:/.exec(
        message
    );
    if (!entry) return { message: `Graph Engine error: ${message.slice(0, 2000)}` };
    const reason = /stacktrace: (\w+(?:Exception|Error))/.exec(message)?.[1] ?? 'an internal error';
    return {
        file: entry[1],
        line: Number(entry[2]),
        message: `the Graph Engine did not finish this entry point's paths (${reason} inside the engine), so its rules did not run there: rewrite the construct it stopped on (docs/org-checklist.md "Graph Engine"; the stack trace is in .ci-out/sfca-sfge-*.log)`
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
