// Check "conversion": the package converts to Metadata API format with SDR and with `sf project convert source`,
// and catches what both convert silently: an Apex class/trigger without its -meta.xml (dropped), an LWC bundle
// without its .js (TypeScript only), emitted .js that is stale against its .ts, and tooling files in the output.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { packageFiles, readProject, rel, walk } from './lib/project.ts';
import { run, tail } from './lib/run.ts';
import type { Check, CheckContext, Finding } from './lib/types.ts';

function apexMetaFindings(ctx: CheckContext): Finding[] {
    return packageFiles(ctx.root, '.cls', '.trigger')
        .filter((file) => !existsSync(`${file}-meta.xml`))
        .map((file) => ({
            file: rel(ctx.root, file),
            message: `no ${basename(file)}-meta.xml: conversion silently drops the ${file.endsWith('.cls') ? 'class' : 'trigger'}`
        }));
}

function lwcBundles(ctx: CheckContext): string[] {
    return packageFiles(ctx.root, '.js-meta.xml')
        .map(dirname)
        .filter((dir) => basename(dirname(dir)) === 'lwc');
}

/** Bundles whose entry .js is missing, and emitted .js files that differ from what tsc emits now. */
function lwcJsFindings(ctx: CheckContext): Finding[] {
    const findings: Finding[] = [];
    const bundles = lwcBundles(ctx);
    for (const dir of bundles) {
        const name = basename(dir);
        if (!existsSync(join(dir, `${name}.js`))) {
            findings.push({
                file: rel(ctx.root, dir),
                message: `LWC bundle has no ${name}.js (run npm run build to emit it from ${name}.ts)`
            });
        }
    }
    const tsSources = bundles.flatMap((dir) =>
        walk(dir).filter(
            (f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.includes('__tests__')
        )
    );
    // In a TypeScript bundle every .js is emitted (and git-ignored): one without its .ts is left over from a
    // deleted or renamed source and would still ship.
    for (const dir of bundles.filter((d) => tsSources.some((f) => f.startsWith(`${d}/`)))) {
        for (const js of walk(dir).filter((f) => f.endsWith('.js') && !f.includes('__tests__'))) {
            if (!existsSync(js.replace(/\.js$/, '.ts'))) {
                findings.push({
                    file: rel(ctx.root, js),
                    message: 'emitted .js without its .ts (left from a deleted source): delete it'
                });
            }
        }
    }
    if (tsSources.length === 0) return findings;
    if (!existsSync(join(ctx.root, 'types', 'generated', 'tsconfig.paths.json'))) {
        return [...findings, { message: 'types/generated is missing: run npm run build first' }];
    }
    const out = mkdtempSync(join(tmpdir(), 'gate-emit-'));
    try {
        const tsc = run(
            ctx.node,
            [
                join(ctx.toolRoot, 'node_modules/typescript/bin/tsc'),
                '-p',
                'tsconfig.build.json',
                '--outDir',
                out,
                '--rootDir',
                '.'
            ],
            { cwd: ctx.root }
        );
        if (tsc.status !== 0)
            return [
                ...findings,
                { message: `tsc -p tsconfig.build.json failed:\n${tail(tsc.stdout + tsc.stderr)}` }
            ];
        for (const source of tsSources) {
            const js = source.replace(/\.ts$/, '.js');
            const fresh = join(out, relative(ctx.root, js));
            if (!existsSync(js)) {
                if (basename(js, '.js') !== basename(dirname(js)))
                    findings.push({
                        file: rel(ctx.root, js),
                        message: 'not emitted: run npm run build'
                    });
            } else if (
                !existsSync(fresh) ||
                readFileSync(js, 'utf8') !== readFileSync(fresh, 'utf8')
            ) {
                findings.push({
                    file: rel(ctx.root, js),
                    message: `stale: differs from what tsc emits from ${basename(source)} now (run npm run build)`
                });
            }
        }
    } finally {
        rmSync(out, { recursive: true, force: true });
    }
    return findings;
}

/** What must never ship: TypeScript sources, tsconfig, Jest tests. */
function shippedToolingFindings(outDir: string, tool: string): Finding[] {
    return walk(outDir)
        .filter((f) => /\.ts$|tsconfig[^/]*\.json$|\/__tests__\//.test(f))
        .map((f) => ({
            file: `${tool}: ${relative(outDir, f)}`,
            message: 'would be shipped in the package (.forceignore it)'
        }));
}

async function sdrConvert(ctx: CheckContext, outDir: string): Promise<Finding[]> {
    const { ComponentSet, MetadataConverter } = await import('@salesforce/source-deploy-retrieve');
    const project = readProject(ctx.root);
    const cwd = process.cwd();
    process.chdir(ctx.root); // SDR finds .forceignore from the working directory's project
    try {
        const set = ComponentSet.fromSource(project.packageDirs.map((dir) => join(ctx.root, dir)));
        set.sourceApiVersion = project.sourceApiVersion;
        await new MetadataConverter().convert(set, 'metadata', {
            type: 'directory',
            outputDirectory: outDir,
            genUniqueDir: false
        });
        if (set.size === 0)
            return [{ message: 'SDR resolved no components in the package directories' }];
        return [];
    } catch (error) {
        return [
            {
                message: `SDR conversion failed: ${error instanceof Error ? error.message : String(error)}`
            }
        ];
    } finally {
        process.chdir(cwd);
    }
}

function sfConvert(ctx: CheckContext, outDir: string): Finding[] {
    const project = readProject(ctx.root);
    const args = [
        'project',
        'convert',
        'source',
        '--output-dir',
        outDir,
        ...project.packageDirs.flatMap((d) => ['--source-dir', d])
    ];
    const result = run(ctx.node, [join(ctx.toolRoot, 'scripts/sf.ts'), ...args], {
        cwd: ctx.root,
        timeoutMs: 120_000
    });
    if (result.status !== 0)
        return [
            { message: `sf project convert source failed:\n${tail(result.stdout + result.stderr)}` }
        ];
    if (!existsSync(join(outDir, 'package.xml')))
        return [{ message: 'sf project convert source wrote no package.xml' }];
    return [];
}

/** Every class, trigger and LWC bundle of the source must be in the converted output (both tools drop silently). */
function droppedFindings(ctx: CheckContext, outDir: string, tool: string): Finding[] {
    const expected = [
        ...packageFiles(ctx.root, '.cls', '.trigger')
            .filter((file) => existsSync(`${file}-meta.xml`))
            .map((file) => join(file.endsWith('.cls') ? 'classes' : 'triggers', basename(file))),
        ...lwcBundles(ctx).map((dir) => join('lwc', basename(dir), `${basename(dir)}.js-meta.xml`))
    ];
    return expected
        .filter((path) => !existsSync(join(outDir, path)))
        .map((path) => ({ message: `${tool}: ${path} is missing from the converted package` }));
}

export const conversion: Check = {
    name: 'conversion',
    catches:
        'components conversion rejects or silently drops, missing or stale LWC JavaScript, tooling files shipped',
    async run(ctx) {
        const findings = [...apexMetaFindings(ctx), ...lwcJsFindings(ctx)];
        // Convert outside the project: SDR's writer skips output paths its default ignore rules match (`**/.*`
        // matches .ci-out), then keep a copy in .ci-out for inspection.
        const scratch = mkdtempSync(join(tmpdir(), 'gate-convert-'));
        try {
            const sdrOut = join(scratch, 'mdapi-sdr');
            const sfOut = join(scratch, 'mdapi-sf');
            findings.push(...(await sdrConvert(ctx, sdrOut)));
            findings.push(...sfConvert(ctx, sfOut));
            for (const [dir, tool] of [
                [sdrOut, 'SDR'],
                [sfOut, 'sf']
            ] as const) {
                if (!existsSync(dir)) continue;
                findings.push(
                    ...droppedFindings(ctx, dir, tool),
                    ...shippedToolingFindings(dir, tool)
                );
                const keep = join(ctx.outDir, basename(dir));
                rmSync(keep, { recursive: true, force: true });
                cpSync(dir, keep, { recursive: true });
            }
        } finally {
            rmSync(scratch, { recursive: true, force: true });
        }
        return findings;
    }
};
