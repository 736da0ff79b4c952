// `npm run lint`: ESLint (LWC TypeScript + Node TypeScript, with type information), Prettier --check (TS, JS, HTML,
// CSS, Apex, XML, JSON, MD) and ShellCheck on scripts/**/*.sh. Runs all three and fails if any fails. ESLint's type
// information needs the generated platform declarations (Apex methods are promises), so they are generated first.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { walk } from './validate/lib/project.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string): string => join(ROOT, 'node_modules', '.bin', name);

function step(name: string, command: string, args: string[]): boolean {
    console.log(`lint: ${name}`);
    const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
    if (result.error) console.error(`lint: ${name} could not start: ${result.error.message}`);
    return result.status === 0;
}

const results = [
    step('gen-types', process.execPath, [join(ROOT, 'scripts', 'gen-types.ts')]) &&
        step('eslint', bin('eslint'), ['.']),
    step('prettier --check', bin('prettier'), ['--check', '.'])
];
const shellScripts = walk(join(ROOT, 'scripts'))
    .concat(walk(join(ROOT, '.ci')))
    .filter((file) => file.endsWith('.sh') || file.endsWith('/.ci/run'));
if (shellScripts.length > 0) {
    const version = spawnSync('shellcheck', ['--version'], { encoding: 'utf8' });
    if (version.status !== 0) {
        console.error(
            'lint: shellcheck is not installed (Debian: apt-get install shellcheck; npm test installs it)'
        );
        results.push(false);
    } else {
        results.push(
            step(`shellcheck (${shellScripts.length} files)`, 'shellcheck', [
                '-x',
                '-P',
                'SCRIPTDIR',
                ...shellScripts
            ])
        );
    }
}
const failed = results.filter((ok) => !ok).length;
console.log(failed === 0 ? 'lint: all clean' : `lint: ${failed} linter(s) failed`);
process.exit(failed === 0 ? 0 : 1);
