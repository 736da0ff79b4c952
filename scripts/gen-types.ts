// Generates TypeScript declarations for the platform modules the LWC sources import, from the package's own
// sources, so `npm run typecheck` fails when a component imports an Apex method, label or field that does not
// exist (or passes the wrong parameters). Output: types/generated/ (git-ignored, rebuilt by every build).
//   - tsconfig.paths.json   `c/<bundle>` → the bundle's .ts entry (TypeScript paths allow one `*` only)
//   - apex.d.ts             one module per @AuraEnabled static method (`@salesforce/apex/...` or
//                           `@salesforce/apexContinuation/...` when continuation=true)
//   - labels.d.ts           one module per custom label (`@salesforce/label/c.<Name>`)
//   - schema.d.ts           one module per custom field of the package (`@salesforce/schema/<Object>.<Field>`)
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApexParserFactory } from '@apexdevtools/apex-parser';
import type {
    AnnotationContext,
    ClassBodyDeclarationContext,
    TypeRefContext
} from '@apexdevtools/apex-parser';
import { readLabels } from '../lib/metadata/index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = join(ROOT, 'force-app', 'main', 'default');
const OUT = join(ROOT, 'types', 'generated');

export interface ApexMethod {
    className: string;
    methodName: string;
    continuation: boolean;
    params: Array<{ name: string; type: string }>;
    returnType: string;
}

function listFiles(dir: string, suffix: string): string[] {
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
        .map((entry) => join(entry.parentPath, entry.name))
        .sort();
}

function lwcPaths(): Record<string, string[]> {
    const lwcDir = join(SOURCE, 'lwc');
    const paths: Record<string, string[]> = {};
    if (!existsSync(lwcDir)) return paths;
    for (const entry of readdirSync(lwcDir, { withFileTypes: true })) {
        const entryFile = join(lwcDir, entry.name, `${entry.name}.ts`);
        if (entry.isDirectory() && existsSync(entryFile)) {
            paths[`c/${entry.name}`] = [relative(OUT, entryFile)];
        }
    }
    return paths;
}

function annotationArgs(annotation: AnnotationContext): Record<string, string> {
    const args: Record<string, string> = {};
    for (const pair of annotation.elementValuePairs()?.elementValuePair_list() ?? []) {
        args[pair.id().getText().toLowerCase()] = pair.elementValue().getText().toLowerCase();
    }
    return args;
}

/** Parses one Apex class and returns its @AuraEnabled static methods (top-level class only). */
export function auraEnabledMethods(source: string, fileName: string): ApexMethod[] {
    let unit;
    try {
        unit = ApexParserFactory.createParser(source, true).compilationUnit();
    } catch (error) {
        throw new Error(
            `${fileName}: Apex syntax error, cannot generate its declarations: ${String(error)}`
        );
    }
    const classDecl = unit.typeDeclaration()?.classDeclaration();
    if (!classDecl) return [];
    const className = classDecl.id().getText();
    const methods: ApexMethod[] = [];
    for (const decl of classDecl
        .classBody()
        .classBodyDeclaration_list() as ClassBodyDeclarationContext[]) {
        const method = decl.memberDeclaration()?.methodDeclaration();
        if (!method) continue;
        const modifiers = decl.modifier_list();
        const aura = modifiers
            .map((m) => m.annotation())
            .find((a) => a && a.id().getText().toLowerCase() === 'auraenabled');
        const isStatic = modifiers.some((m) => m.STATIC());
        if (!aura || !isStatic) continue;
        const params = (
            method.formalParameters().formalParameterList()?.formalParameter_list() ?? []
        ).map((p) => ({ name: p.id().getText(), type: p.typeRef().getText() }));
        methods.push({
            className,
            methodName: method.id().getText(),
            continuation: annotationArgs(aura).continuation === 'true',
            params,
            returnType: method.VOID() ? 'void' : (method.typeRef() as TypeRefContext).getText()
        });
    }
    return methods;
}

/** Maps an Apex type to what the LWC runtime hands over (Apex returns JSON strings, see docs/contract.md). */
export function tsTypeFor(apexType: string): string {
    const type = apexType.toLowerCase();
    if (['string', 'id'].includes(type)) return 'string';
    if (['integer', 'long', 'decimal', 'double'].includes(type)) return 'number';
    if (type === 'boolean') return 'boolean';
    if (type === 'void') return 'void';
    if (type.startsWith('list<') || type.endsWith('[]')) return 'unknown[]';
    return 'unknown';
}

function apexDeclarations(): string {
    const lines: string[] = [];
    for (const file of listFiles(join(SOURCE, 'classes'), '.cls')) {
        for (const m of auraEnabledMethods(readFileSync(file, 'utf8'), basename(file))) {
            const prefix = m.continuation ? 'apexContinuation' : 'apex';
            const params = m.params
                .map((p) => `        ${p.name}: ${tsTypeFor(p.type)};`)
                .join('\n');
            // Continuation methods return Object in Apex: the callback's String result reaches the client.
            const result = m.continuation ? 'string' : tsTypeFor(m.returnType);
            lines.push(
                `declare module '@salesforce/${prefix}/${m.className}.${m.methodName}' {`,
                `    const method: (params: {\n${params}\n    }) => Promise<${result}>;`,
                '    export default method;',
                '}'
            );
        }
    }
    return lines.join('\n');
}

function labelDeclarations(): string {
    return [...readLabels(SOURCE).keys()]
        .map((name) =>
            [
                `declare module '@salesforce/label/c.${name}' {`,
                '    const label: string;',
                '    export default label;',
                '}'
            ].join('\n')
        )
        .join('\n');
}

function schemaDeclarations(): string {
    const lines: string[] = [];
    for (const file of listFiles(join(SOURCE, 'objects'), '.field-meta.xml')) {
        const objectName = basename(join(file, '..', '..'));
        const fieldName = basename(file, '.field-meta.xml');
        lines.push(
            `declare module '@salesforce/schema/${objectName}.${fieldName}' {`,
            '    const field: { objectApiName: string; fieldApiName: string };',
            '    export default field;',
            '}'
        );
    }
    return lines.join('\n');
}

function write(name: string, body: string): void {
    const header = '// Generated by scripts/gen-types.ts from the package sources. Do not edit.\n';
    writeFileSync(join(OUT, name), header + body + '\n');
}

export function generate(): void {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(
        join(OUT, 'tsconfig.paths.json'),
        JSON.stringify({ compilerOptions: { paths: lwcPaths() } }, null, 4) + '\n'
    );
    write('apex.d.ts', apexDeclarations());
    write('labels.d.ts', labelDeclarations());
    write('schema.d.ts', schemaDeclarations());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    generate();
}
