// Test support for scripts/__tests__ (not a test itself).
// Runs a script of scripts/ offline, from a copy of the project (scripts, sfdx-project.json, the org checklist) in a
// temporary directory: a fake `sf` and a fake `npm` first on PATH record every call (one line per call, arguments
// separated by \x1f) and answer from canned JSON, so tests can check argument handling, the order of the steps and
// the error texts without a Salesforce org, and without touching the real project.
import { spawnSync } from 'node:child_process';
import {
    chmodSync,
    cpSync,
    existsSync,
    mkdirSync,
    mkdtempSync,
    readdirSync,
    readFileSync,
    rmSync,
    writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SCRIPTS = resolve(__dirname, '..');
const PROJECT_FILE = resolve(SCRIPTS, '..', 'sfdx-project.json');

const FAKE_SF = `#!/usr/bin/env bash
printf 'sf' >> "$FAKE_LOG"; for a in "$@"; do printf '\\x1f%s' "$a" >> "$FAKE_LOG"; done; printf '\\n' >> "$FAKE_LOG"
words=()
for a in "$@"; do [[ "$a" == -* ]] && break; words+=("$a"); done
# The longest leading run of command words with an answer ("config get target-org" -> "config-get").
for ((n = \${#words[@]}; n > 0; n--)); do
    key="$(IFS=-; echo "\${words[*]:0:n}")"
    if [[ -f "$FAKE_DIR/$key.json" || -f "$FAKE_DIR/$key.rc" ]]; then
        [[ -f "$FAKE_DIR/$key.json" ]] && cat "$FAKE_DIR/$key.json"
        exit "$(cat "$FAKE_DIR/$key.rc" 2>/dev/null || echo 0)"
    fi
done
exit 0
`;

const FAKE_NPM = `#!/usr/bin/env bash
printf 'npm' >> "$FAKE_LOG"; for a in "$@"; do printf '\\x1f%s' "$a" >> "$FAKE_LOG"; done; printf '\\n' >> "$FAKE_LOG"
exit "\${FAKE_NPM_RC:-0}"
`;

export interface Run {
    status: number | null;
    stdout: string;
    stderr: string;
    /** Every sf / npm call, in order, as [program, ...args]. */
    calls: string[][];
}

export interface FakeOrg {
    /** sf answers, keyed by leading command words joined with "-" (e.g. "org-list"): JSON and/or an exit code. */
    answers?: Record<string, { json?: unknown; status?: number }>;
    npmStatus?: number;
    /** Changes to the project's sfdx-project.json for this run (e.g. packageAliases). */
    project?: Record<string, unknown>;
    /** Run with no sf at all on PATH (only the system directories and the fake npm). */
    withoutSf?: boolean;
}

/** A Dev Hub list as `sf org list --json` prints it. */
export function devHubs(...hubs: Array<Record<string, unknown>>): { json: unknown } {
    return { json: { status: 0, result: { devHubs: hubs, scratchOrgs: [], other: [] } } };
}

export function runScript(script: string, args: string[], fake: FakeOrg = {}): Run {
    const dir = mkdtempSync(join(tmpdir(), 'fake-sf-'));
    try {
        const log = join(dir, 'calls.log');
        const project = join(dir, 'project');
        mkdirSync(join(project, 'scripts', 'lib'), { recursive: true });
        // Every script and its helpers (a script may run another, e.g. org-verify.sh runs scratch-create.sh), and
        // the checklist org-verify reports against.
        for (const file of readdirSync(SCRIPTS).filter((f) => /\.(sh|ts)$/.test(f)))
            cpSync(join(SCRIPTS, file), join(project, 'scripts', file));
        cpSync(join(SCRIPTS, 'lib'), join(project, 'scripts', 'lib'), {
            recursive: true,
            filter: (src) => !src.includes('__tests__')
        });
        mkdirSync(join(project, 'docs'));
        cpSync(
            join(SCRIPTS, '..', 'docs', 'org-checklist.md'),
            join(project, 'docs', 'org-checklist.md')
        );
        if (!existsSync(join(project, 'scripts', script)))
            throw new Error(`no script scripts/${script}`);
        const projectJson = { ...JSON.parse(readFileSync(PROJECT_FILE, 'utf8')), ...fake.project };
        writeFileSync(join(project, 'sfdx-project.json'), JSON.stringify(projectJson));
        writeFileSync(join(dir, 'npm'), FAKE_NPM);
        chmodSync(join(dir, 'npm'), 0o755);
        if (!fake.withoutSf) {
            writeFileSync(join(dir, 'sf'), FAKE_SF);
            chmodSync(join(dir, 'sf'), 0o755);
        }
        for (const [key, answer] of Object.entries(fake.answers ?? {})) {
            if (answer.json !== undefined)
                writeFileSync(join(dir, `${key}.json`), JSON.stringify(answer.json));
            if (answer.status !== undefined)
                writeFileSync(join(dir, `${key}.rc`), String(answer.status));
        }
        const result = spawnSync('bash', [join(project, 'scripts', script), ...args], {
            encoding: 'utf8',
            env: {
                ...process.env,
                PATH: fake.withoutSf ? `${dir}:/usr/bin:/bin` : `${dir}:${process.env.PATH ?? ''}`,
                FAKE_LOG: log,
                FAKE_DIR: dir,
                FAKE_NPM_RC: String(fake.npmStatus ?? 0)
            }
        });
        const calls = existsSync(log)
            ? readFileSync(log, 'utf8')
                  .split('\n')
                  .filter(Boolean)
                  .map((line) => line.split('\x1f'))
            : [];
        return { status: result.status, stdout: result.stdout, stderr: result.stderr, calls };
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

/** The calls whose leading words are `words` (e.g. ['sf', 'project', 'deploy', 'start']). */
export function callsTo(run: Run, ...words: string[]): string[][] {
    return run.calls.filter((call) => words.every((word, i) => call[i] === word));
}

/** Index of the first call starting with `words`, -1 when absent. */
export function indexOfCall(run: Run, ...words: string[]): number {
    return run.calls.findIndex((call) => words.every((word, i) => call[i] === word));
}

/** The value after `flag` in a call. */
export function flagValue(call: string[], flag: string): string | undefined {
    const at = call.indexOf(flag);
    return at >= 0 ? call[at + 1] : undefined;
}
