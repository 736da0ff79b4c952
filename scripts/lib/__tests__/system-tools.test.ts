// npm test's system prerequisites: installed with apt-get on a fresh Debian machine (root), named in one line
// everywhere else, nothing done when all are there.
import { describe, expect, it } from '@jest/globals';
import {
    ensureSystemTools,
    installHint,
    onPath,
    SYSTEM_TOOLS,
    type SystemTool
} from '../system-tools.ts';

function tool(name: string, debianPackage: string, present: { value: boolean }): SystemTool {
    return { name, purpose: 'tests', debianPackage, found: () => present.value };
}

describe('system tools', () => {
    it('lists Chromium, a Japanese font, a JDK 17 with javac and ShellCheck, each with its Debian package', () => {
        expect(SYSTEM_TOOLS.map((t) => t.debianPackage)).toEqual([
            'chromium',
            'fonts-noto-cjk',
            'openjdk-17-jdk-headless',
            'shellcheck'
        ]);
    });

    it('installs what is missing with apt-get as root, once, without prompts', () => {
        const chromium = { value: false };
        const shellcheck = { value: false };
        const java = { value: true };
        const calls: string[] = [];
        const lines: string[] = [];
        const result = ensureSystemTools({
            tools: [
                tool('Chromium', 'chromium', chromium),
                tool('JDK 17', 'openjdk-17-jdk-headless', java),
                tool('ShellCheck', 'shellcheck', shellcheck)
            ],
            isRoot: true,
            hasApt: true,
            runner: (command, args) => {
                calls.push([command, ...args].join(' '));
                chromium.value = true;
                shellcheck.value = true;
                return 0;
            },
            log: (line) => lines.push(line)
        });
        expect(calls).toEqual([
            'apt-get update -qq',
            'apt-get install -y -qq --no-install-recommends chromium shellcheck'
        ]);
        expect(result).toEqual({ installed: ['chromium', 'shellcheck'], missing: [] });
        expect(lines).toEqual(['npm test: installing chromium shellcheck with apt-get (once)']);
    });

    it('says in one line what to install where it cannot install (not root, or no apt-get)', () => {
        for (const where of [
            { isRoot: false, hasApt: true },
            { isRoot: true, hasApt: false }
        ]) {
            const lines: string[] = [];
            const calls: string[] = [];
            const result = ensureSystemTools({
                tools: [tool('ShellCheck', 'shellcheck', { value: false })],
                ...where,
                runner: (command) => {
                    calls.push(command);
                    return 0;
                },
                log: (line) => lines.push(line)
            });
            expect(calls).toEqual([]);
            expect(result.missing.map((t) => t.name)).toEqual(['ShellCheck']);
            expect(lines).toHaveLength(1);
            expect(lines[0]).toContain('apt-get install -y shellcheck');
            expect(lines[0]).not.toContain('\n');
        }
    });

    it('names what apt-get could not install', () => {
        const lines: string[] = [];
        const result = ensureSystemTools({
            tools: [tool('Chromium', 'chromium', { value: false })],
            isRoot: true,
            hasApt: true,
            runner: () => 100,
            log: (line) => lines.push(line)
        });
        expect(result.missing).toHaveLength(1);
        expect(lines[1]).toBe(installHint(result.missing));
    });

    it('does nothing when every tool is there', () => {
        const lines: string[] = [];
        const result = ensureSystemTools({
            tools: [tool('ShellCheck', 'shellcheck', { value: true })],
            isRoot: true,
            hasApt: true,
            runner: () => {
                throw new Error('must not run');
            },
            log: (line) => lines.push(line)
        });
        expect(result).toEqual({ installed: [], missing: [] });
        expect(lines).toEqual([]);
    });

    it('finds commands on PATH without a shell', () => {
        expect(onPath('node')).toBe(true);
        expect(onPath('node', '/nonexistent-dir')).toBe(false);
    });
});
