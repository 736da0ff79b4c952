// A clean first run: what `npm install` and `npm test` need is what the README says, and npm has nothing to warn
// about or to ask (engines, install scripts, log level).
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
    engines: { node: string };
    allowScripts?: Record<string, boolean>;
};
const lock = JSON.parse(read('package-lock.json')) as {
    packages: Record<string, { hasInstallScript?: boolean; engines?: { node?: string } }>;
};
const readme = read('README.md');
const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## For admins'));

describe('first run', () => {
    it('the README names the Node version engines asks for', () => {
        const major = /^>=(\d+)$/.exec(pkg.engines.node)?.[1];
        expect(major).toBeDefined();
        expect(quickStart).toContain(`Node.js ${major} or newer`);
        expect(lock.packages['']?.engines?.node).toBe(pkg.engines.node);
    });

    it('decides, in allowScripts, on every dependency that has an install script', () => {
        const withScripts = Object.entries(lock.packages)
            .filter(([path, entry]) => path !== '' && entry.hasInstallScript)
            .map(([path]) =>
                path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)
            );
        expect(withScripts.length).toBeGreaterThan(0);
        const undecided = withScripts.filter((name) => pkg.allowScripts?.[name] === undefined);
        expect(undecided).toEqual([]);
    });

    it('keeps npm to errors: engines are checked against the Node running npm, not the one the install brings', () => {
        expect(read('.npmrc')).toMatch(/^loglevel=error$/m);
    });

    it('the README test command needs no other step: it names where the system tools come from', () => {
        expect(quickStart).toContain('scripts/lib/system-tools.ts');
        expect(read('.ci/run')).not.toMatch(/apt-get/);
    });
});

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
    return heading
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replace(/ /g, '-');
}

describe('README', () => {
    const headings = [...readme.matchAll(/^#{2,4} (.+)$/gm)].map((m) => m[1] as string);

    it('walks the admin through six numbered steps in the order of the work', () => {
        const steps = headings.filter((heading) => /^\d\. /.test(heading));
        expect(steps.map((step) => step.slice(0, 2))).toEqual(['1.', '2.', '3.', '4.', '5.', '6.']);
        expect(steps.join(' | ')).toMatch(
            /Install.*permission sets.*region.*API key.*setup check.*Case page/
        );
        const permissions = readme.slice(readme.indexOf('### 2. '), readme.indexOf('### 3. '));
        expect(permissions).toContain('Read on User External Credentials');
    });

    it('links only to headings that exist', () => {
        const anchors = new Set(headings.map(slug));
        const broken = [...readme.matchAll(/\]\(#([^)]+)\)/g)]
            .map((m) => m[1] as string)
            .filter((anchor) => !anchors.has(anchor));
        expect(broken).toEqual([]);
    });
});
