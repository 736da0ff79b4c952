// Screenshots of the README's admin steps (docs/images/admin/*.png), taken from the preview by the browser tests.
// An image is rewritten only when what it shows changed: the element's ARIA snapshot (its text and roles) is kept
// next to it (*.aria.yml) and compared on every run. Locally a change rewrites both, to be committed with the change
// that caused it; in CI (CI=true: a clean clone that can commit nothing) a change fails the test, so a stale README
// image cannot land. Pixels are not compared: fonts and antialiasing differ between machines, the text does not.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { ROOT } from '../preview/build/rollup-config.ts';

export const README_IMAGES = join(ROOT, 'docs', 'images', 'admin');

/** The per-run parts of a snapshot (the fake's random ports) made stable. */
function stable(snapshot: string): string {
    return snapshot.replace(/localhost:\d+/g, 'localhost:PORT').trimEnd() + '\n';
}

/** Takes the README image `name` of `element` when its content changed; fails in CI instead. */
export async function readmeShot(element: Locator, name: string): Promise<'kept' | 'updated'> {
    const snapshot = stable(await element.ariaSnapshot());
    const image = join(README_IMAGES, `${name}.png`);
    const text = join(README_IMAGES, `${name}.aria.yml`);
    const known = existsSync(text) ? readFileSync(text, 'utf8') : undefined;
    if (known === snapshot && existsSync(image)) return 'kept';
    assert.ok(
        process.env.CI !== 'true',
        `README image docs/images/admin/${name}.png is stale (what it shows changed): run npm run test:e2e locally and commit docs/images/admin`
    );
    mkdirSync(README_IMAGES, { recursive: true });
    await element.screenshot({ path: image, animations: 'disabled' });
    writeFileSync(text, snapshot);
    console.log(`# README image docs/images/admin/${name}.png updated: commit it`);
    return 'updated';
}
