// Runs the project's own Salesforce CLI (node_modules/@salesforce/cli) on Node 22+, with auto-update, telemetry
// and version checks off (both auto-update variables: sf sets only one of them itself, and oclif reads the other).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
    console.error(
        `sf needs Node.js 22 or newer; this is ${process.version}. Run it through npm (npm run sf -- ...), which ` +
            'uses the Node 22 that npm install brought for this platform, or install Node 22.'
    );
    process.exit(1);
}
const run = fileURLToPath(new URL('../node_modules/@salesforce/cli/bin/run.js', import.meta.url));
const result = spawnSync(process.execPath, [run, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: {
        ...process.env,
        SF_AUTOUPDATE_DISABLE: 'true',
        SF_DISABLE_AUTOUPDATE: 'true',
        SF_DISABLE_TELEMETRY: 'true',
        SF_SKIP_NEW_VERSION_CHECK: 'true'
    }
});
process.exit(result.status ?? 1);
