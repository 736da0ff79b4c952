// What every browser test checks on a page as a person sees it: accessibility (axe-core, 0 violations), nothing
// hostile executed or injected, and screenshots for a human to look at.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../preview/build/rollup-config.ts';

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
export const SCREENSHOTS = join(ROOT, 'screenshots');

interface AxeViolation {
    id: string;
    impact: string | null;
    help: string;
    nodes: Array<{ target: unknown; html: string }>;
}

/** axe-core over the whole page (synthetic shadow roots included); fails with every violation listed. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
        const axe = (
            window as unknown as {
                axe: {
                    run(
                        context: unknown,
                        options: unknown
                    ): Promise<{ violations: AxeViolation[] }>;
                };
            }
        ).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes
                .slice(0, 3)
                .map((n) => ({ target: n.target, html: n.html.slice(0, 200) }))
        }));
    });
    assert.deepEqual(
        violations,
        [],
        `axe violations in state "${state}":\n${JSON.stringify(violations, null, 2)}`
    );
}

export async function screenshot(page: Page, name: string): Promise<void> {
    const path = join(SCREENSHOTS, `${name}.png`);
    mkdirSync(dirname(path), { recursive: true });
    await page.screenshot({ path, fullPage: true });
}

/** Everything in the page (all synthetic shadow roots) that could run script or leave the page. */
export async function hostileTraces(page: Page): Promise<string[]> {
    return page.evaluate(() => {
        const traces: string[] = [];
        const bad = /^\s*(javascript|vbscript|data):/i;
        for (const el of window.__deepQueryAll('*')) {
            if (el.closest('head') !== null) continue; // the page's own stylesheet, favicon and bundle
            const tag = el.tagName.toLowerCase();
            if (
                ['script', 'iframe', 'object', 'embed', 'frame', 'base', 'meta', 'form'].includes(
                    tag
                )
            )
                traces.push(`${tag} element: ${el.outerHTML.slice(0, 120)}`);
            for (const attr of Array.from(el.attributes)) {
                if (/^on/i.test(attr.name))
                    traces.push(`${tag}[${attr.name}]: ${attr.value.slice(0, 80)}`);
                if (
                    [
                        'href',
                        'src',
                        'action',
                        'formaction',
                        'xlink:href',
                        'srcdoc',
                        'data',
                        'background'
                    ].includes(attr.name.toLowerCase()) &&
                    bad.test(attr.value)
                ) {
                    traces.push(`${tag}[${attr.name}=${attr.value.slice(0, 60)}]`);
                }
            }
        }
        if ((window as unknown as { __xss?: unknown }).__xss !== undefined)
            traces.push('window.__xss was set: a payload ran');
        return traces;
    });
}

/** Number of elements matching a selector anywhere in the page (synthetic shadow included). */
export function countDeep(page: Page, selector: string): Promise<number> {
    return page.evaluate((s) => window.__deepQueryAll(s).length, selector);
}
