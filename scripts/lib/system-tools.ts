// The programs `npm test` needs besides npm's own packages, each with its Debian package: the one list of system
// prerequisites. `npm test` (scripts/run-checks.ts, the README's test command, which .ci/run runs) installs the
// missing ones with apt-get where it can (Debian or Ubuntu, as root), and otherwise says in one line what to install.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface SystemTool {
    /** What a person installs, and what for. */
    name: string;
    purpose: string;
    debianPackage: string;
    found(): boolean;
}

/** Debian's real Chromium binary first (it skips the /usr/bin/chromium wrapper script and its warnings). */
const CHROMIUM_CANDIDATES = [
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser'
];

function executable(path: string): boolean {
    try {
        accessSync(path, constants.X_OK);
        return true;
    } catch {
        return false;
    }
}

/** A command on PATH (no shell, no `which`: works wherever Node does). */
export function onPath(command: string, path = process.env.PATH ?? ''): boolean {
    return path
        .split(delimiter)
        .filter(Boolean)
        .some((dir) => executable(join(dir, command)));
}

/** The Chromium the browser tests drive: CHROMIUM_PATH, else Debian's. */
export function chromiumPath(): string | undefined {
    const override = process.env.CHROMIUM_PATH;
    if (override) return override;
    return CHROMIUM_CANDIDATES.find(executable);
}

/** Fonts of the Debian package, where fontconfig's fc-list (not installed without recommends) cannot be asked. */
const NOTO_CJK = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

/** A font that draws Japanese: fontconfig's answer where it is installed, else Debian's Noto CJK file. */
export function japaneseFontFound(): boolean {
    if (onPath('fc-list')) {
        const listed = spawnSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });
        if (listed.status === 0) return listed.stdout.trim() !== '';
    }
    return existsSync(NOTO_CJK);
}

export const SYSTEM_TOOLS: SystemTool[] = [
    {
        name: 'Chromium',
        purpose: 'browser tests',
        debianPackage: 'chromium',
        found: () => chromiumPath() !== undefined
    },
    {
        // Without it Chromium draws the Japanese labels as boxes, and the language checks measure those.
        name: 'a Japanese font',
        purpose: 'browser tests in Japanese',
        debianPackage: 'fonts-noto-cjk',
        found: japaneseFontFound
    },
    {
        // javac, not only java: the Apex compile check builds its harness; ApexLink and PMD run on the same JDK.
        name: 'JDK 17',
        purpose: 'Apex checks',
        debianPackage: 'openjdk-17-jdk-headless',
        found: () => onPath('javac') && onPath('java')
    },
    {
        name: 'ShellCheck',
        purpose: 'lint',
        debianPackage: 'shellcheck',
        found: () => onPath('shellcheck')
    }
];

export function missingTools(tools: SystemTool[] = SYSTEM_TOOLS): SystemTool[] {
    return tools.filter((tool) => !tool.found());
}

/** The one line that tells a person what to install (or that nothing is missing). */
export function installHint(missing: SystemTool[]): string {
    const names = missing.map((tool) => `${tool.name} (${tool.purpose})`).join(', ');
    const packages = missing.map((tool) => tool.debianPackage).join(' ');
    return (
        `npm test: missing ${names}. Debian/Ubuntu: sudo apt-get install -y ${packages}; ` +
        'elsewhere install them (or set CHROMIUM_PATH to a Chromium binary), then run npm test again.'
    );
}

export interface EnsureResult {
    installed: string[];
    missing: SystemTool[];
}

type Runner = (command: string, args: string[]) => number;

const run: Runner = (command, args) =>
    spawnSync(command, args, {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive', DEBCONF_NOWARNINGS: 'yes' }
    }).status ?? 1;

/**
 * Installs the missing tools with apt-get when this is a Debian-like machine and we are root (a fresh CI or
 * container machine); never asks for a password. Returns what is still missing.
 */
export function ensureSystemTools(
    options: {
        tools?: SystemTool[];
        isRoot?: boolean;
        hasApt?: boolean;
        runner?: Runner;
        log?: (line: string) => void;
    } = {}
): EnsureResult {
    const tools = options.tools ?? SYSTEM_TOOLS;
    const log = options.log ?? ((line: string) => console.log(line));
    const missing = missingTools(tools);
    if (missing.length === 0) return { installed: [], missing };
    const isRoot = options.isRoot ?? process.getuid?.() === 0;
    const hasApt = options.hasApt ?? onPath('apt-get');
    const runner = options.runner ?? run;
    if (isRoot && hasApt) {
        const packages = missing.map((tool) => tool.debianPackage);
        log(`npm test: installing ${packages.join(' ')} with apt-get (once)`);
        runner('apt-get', ['update', '-qq']);
        runner('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages]);
        const still = missingTools(missing);
        if (still.length === 0) return { installed: packages, missing: [] };
        log(installHint(still));
        return { installed: [], missing: still };
    }
    log(installHint(missing));
    return { installed: [], missing };
}
