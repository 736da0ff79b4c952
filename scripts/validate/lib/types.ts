// The shape every validate check shares. A check reads the project at `root` (the real one, or a temp copy in the
// gate's own tests) and returns findings; any finding that is not a warning fails the check.
export interface Finding {
    /** Path relative to the project root, when the finding is about one file. */
    file?: string;
    line?: number;
    message: string;
    /** Printed, but does not fail the check. */
    warning?: boolean;
}

export interface CheckContext {
    /** The project under check (holds sfdx-project.json). */
    root: string;
    /** Where node_modules lives (the tools), which is the real project even when `root` is a temp copy. */
    toolRoot: string;
    /** Scratch output for this run (.ci-out under root). */
    outDir: string;
    /** The Node 22 binary running the gate, for child processes. */
    node: string;
}

export interface Check {
    name: string;
    /** One line: what an org would reject that this check catches. */
    catches: string;
    run(ctx: CheckContext): Promise<Finding[]>;
}

export interface CheckResult {
    name: string;
    passed: boolean;
    findings: Finding[];
    errors: number;
    warnings: number;
    ms: number;
}
