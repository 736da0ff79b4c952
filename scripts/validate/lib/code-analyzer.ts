// Salesforce Code Analyzer (@salesforce/code-analyzer-core) run from Node with one engine plugin, over the package
// directories: the sf plugin cannot be installed from this registry, so the checks drive the core library the
// plugin is built on. Its engine's error logs come back too: a path it could not analyse is not "0 violations".
import { join, relative } from 'node:path';
import type { EngineLogEvent } from '@salesforce/code-analyzer-core';
import { readProject } from './project.ts';
import type { CheckContext, Finding } from './types.ts';

/** Code Analyzer's LogLevel.Error (engine-api events.d.ts). */
const LOG_LEVEL_ERROR = 1;

export interface AnalyzerResult {
    violations: Finding[];
    /** Messages the engine logged as errors (a path it could not analyse, a crash). */
    engineErrors: string[];
}

export async function runCodeAnalyzer(
    ctx: CheckContext,
    plugin: unknown,
    selectors: string[],
    engineConfig: Record<string, unknown> = {}
): Promise<AnalyzerResult> {
    const core = await import('@salesforce/code-analyzer-core');
    const config = core.CodeAnalyzerConfig.fromObject(
        { log_folder: ctx.outDir, engines: engineConfig },
        ctx.root
    );
    const analyzer = new core.CodeAnalyzer(config);
    const engineErrors: string[] = [];
    analyzer.onEvent(core.EventType.EngineLogEvent, (event: EngineLogEvent) => {
        if (event.logLevel <= LOG_LEVEL_ERROR) engineErrors.push(event.message);
    });
    await analyzer.addEnginePlugin(plugin as Parameters<typeof analyzer.addEnginePlugin>[0]);
    const dirs = readProject(ctx.root).packageDirs.map((dir) => join(ctx.root, dir));
    const workspace = await analyzer.createWorkspace(dirs);
    const selection = await analyzer.selectRules(selectors, { workspace });
    if (selection.getCount() === 0)
        return {
            violations: [{ message: `no rules matched ${selectors.join(', ')}` }],
            engineErrors
        };
    const results = await analyzer.run(selection, { workspace });
    const violations = results.getViolations().map((violation) => {
        const location = violation.getPrimaryLocation();
        const file = location.getFile();
        return {
            file: file ? relative(ctx.root, file).split('\\').join('/') : undefined,
            line: location.getStartLine(),
            message: `${violation.getRule().getName()} (severity ${violation.getRule().getSeverityLevel()}): ${violation.getMessage()}`
        };
    });
    return { violations, engineErrors };
}
