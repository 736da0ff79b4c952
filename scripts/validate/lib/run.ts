// Child processes for checks: captured output, never inherited stdio, so findings stay readable.
import { spawnSync } from 'node:child_process';

export interface RunResult {
    status: number;
    stdout: string;
    stderr: string;
}

export function run(
    command: string,
    args: string[],
    options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }
): RunResult {
    const result = spawnSync(command, args, {
        cwd: options.cwd,
        env: { ...process.env, ...options.env },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        timeout: options.timeoutMs ?? 5 * 60 * 1000
    });
    const spawnError = result.error ? `${result.error.message}\n` : '';
    return {
        status: result.status ?? 1,
        stdout: result.stdout ?? '',
        stderr: spawnError + (result.stderr ?? '')
    };
}

/** The last lines of a tool's output, for a finding. */
export function tail(text: string, lines = 15): string {
    return text.trim().split('\n').slice(-lines).join('\n');
}
