// `npm run build`: regenerate the platform-module declarations, then compile every LWC bundle's TypeScript to the
// .js the platform deploys, next to its .ts (tsconfig.build.json: ESNext target, standard decorators kept as
// written). Fails if the output contains decorator helpers, which the platform compiler rejects.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from './gen-types.ts';
import { emittedLwcFiles } from './lib/lwc-files.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DECORATOR_HELPERS = /\b__(?:decorate|esDecorate|runInitializers|setFunctionName)\b/;

generate();
execFileSync(
    process.execPath,
    [`${ROOT}node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json'],
    {
        cwd: ROOT,
        stdio: 'inherit'
    }
);
const offenders = emittedLwcFiles().filter((file) =>
    DECORATOR_HELPERS.test(readFileSync(file, 'utf8'))
);
if (offenders.length > 0) {
    console.error(
        `Decorator helpers in emitted JavaScript (check tsconfig):\n  ${offenders.join('\n  ')}`
    );
    process.exit(1);
}
console.log(`build: ${emittedLwcFiles().length} LWC JavaScript files emitted`);
