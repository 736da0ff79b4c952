// `npm run golden`: generates force-app/main/default/classes/KustomerGoldenFixtures.cls (+ meta), the @IsTest class
// that carries fixtures/golden/*.json into Apex, where KustomerGoldenFixturesTest runs every case against the Apex
// layer. `--check` writes nothing and exits 1 when the committed class is not what the fixtures give.
// Output is stable: cases sorted by file name, response bodies deduplicated (b1, b2, ... in order of first use),
// JSON bodies minified, long string literals split, the whole class formatted with the project's Prettier config.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GOLDEN_DIR = join(ROOT, 'fixtures', 'golden');
const CLASS_NAME = 'KustomerGoldenFixtures';
const CLASS_FILE = join(ROOT, 'force-app', 'main', 'default', 'classes', `${CLASS_NAME}.cls`);
const API_VERSION = '68.0';
/** Characters per Apex string literal piece; pieces are joined with + (keeps every literal and line short). */
const PIECE = 2000;
/** Apex classes are limited to 1,000,000 characters; stay clear of it. */
const MAX_CLASS_CHARS = 900_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Response {
    status: number;
    headers?: Record<string, string>;
    body?: Json;
    bodyFile?: string;
    bodyText?: string;
}

/** The response body as the raw text Kustomer would send (JSON minified), or undefined when there is none. */
export function bodyText(response: Response, caseDir: string): string | undefined {
    if (response.bodyText !== undefined) return response.bodyText;
    if (response.body !== undefined) return JSON.stringify(response.body);
    if (response.bodyFile === undefined) return undefined;
    const text = readFileSync(resolve(caseDir, response.bodyFile), 'utf8');
    try {
        return JSON.stringify(JSON.parse(text));
    } catch {
        return text;
    }
}

/** One Apex string literal body: backslash, quote and control characters escaped. */
export function apexEscape(text: string): string {
    return text.replace(/[\\'\u0000-\u001f]/g, (ch) => {
        if (ch === '\\') return '\\\\';
        if (ch === "'") return "\\'";
        if (ch === '\n') return '\\n';
        if (ch === '\r') return '\\r';
        if (ch === '\t') return '\\t';
        return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
}

/** An Apex expression for text: quoted pieces of at most PIECE characters (never splitting a code point). */
export function apexString(text: string): string {
    const chars = Array.from(text);
    const pieces: string[] = [];
    for (let i = 0; i < chars.length; i += PIECE)
        pieces.push(`'${apexEscape(chars.slice(i, i + PIECE).join(''))}'`);
    return pieces.length === 0 ? "''" : pieces.join(' +\n');
}

interface Generated {
    names: string[];
    cases: string[];
    bodies: string[];
}

/** Reads every golden case; bodies become "bodyRef": "b<n>" entries of a shared table. */
export function collect(dir: string = GOLDEN_DIR): Generated {
    const files = readdirSync(dir)
        .filter((file) => file.endsWith('.json'))
        .sort();
    const bodies: string[] = [];
    const refs = new Map<string, string>();
    const names: string[] = [];
    const cases: string[] = [];
    for (const file of files) {
        const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
            exchanges?: Array<{ response: Response }>;
        };
        for (const exchange of data.exchanges ?? []) {
            const text = bodyText(exchange.response, dirname(join(dir, file)));
            const { status, headers } = exchange.response;
            const response: Record<string, Json> = { status };
            if (headers) response.headers = headers;
            if (text !== undefined) {
                if (!refs.has(text)) {
                    bodies.push(text);
                    refs.set(text, `b${bodies.length}`);
                }
                response.bodyRef = refs.get(text) ?? null;
            }
            (exchange as { response: unknown }).response = response;
        }
        names.push(basename(file, '.json'));
        cases.push(JSON.stringify(data));
    }
    return { names, cases, bodies };
}

function method(name: string, comment: string, keys: string[], values: string[]): string {
    const whens = keys
        .map((key, i) => `when '${key}' {\nreturn ${apexString(values[i])};\n}`)
        .join('\n');
    return `/** ${comment} */\npublic static String ${name}(String key) {\nswitch on key {\n${whens}\nwhen else {\nreturn null;\n}\n}\n}`;
}

export async function render(generated: Generated): Promise<string> {
    const { names, cases, bodies } = generated;
    const nameList = names.map((name) => `'${apexEscape(name)}'`).join(', ');
    const source = `// Generated by scripts/golden-apex.ts from fixtures/golden/*.json: do not edit, run \`npm run golden\`.
/** The golden fixtures (docs/contract.md) as data for KustomerGoldenFixturesTest. */
@IsTest
public class ${CLASS_NAME} {
/** Case names (file names without .json), sorted. */
public static List<String> names() {
return new List<String>{ ${nameList} };
}
${method('caseJson', 'One golden case as JSON; response bodies are replaced by "bodyRef".', names, cases)}
${method(
    'body',
    'A response body by its bodyRef (raw text as Kustomer sends it).',
    bodies.map((_, i) => `b${i + 1}`),
    bodies
)}
}
`;
    const options = (await prettier.resolveConfig(CLASS_FILE)) ?? {};
    return prettier.format(source, { ...options, filepath: CLASS_FILE });
}

function meta(): string {
    return `<?xml version="1.0" encoding="UTF-8" ?>
<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>${API_VERSION}</apiVersion>
    <status>Active</status>
</ApexClass>
`;
}

async function main(): Promise<void> {
    const check = process.argv.includes('--check');
    const generated = collect();
    const source = await render(generated);
    if (source.length > MAX_CLASS_CHARS) {
        console.error(
            `${CLASS_NAME}.cls would have ${source.length} characters (Apex limit 1,000,000): shrink the fixtures`
        );
        process.exit(1);
    }
    const targets: Array<[string, string]> = [
        [CLASS_FILE, source],
        [`${CLASS_FILE}-meta.xml`, meta()]
    ];
    if (check) {
        const stale = targets.filter(
            ([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text
        );
        if (stale.length > 0) {
            console.error(
                `Not in step with fixtures/golden: ${stale.map(([file]) => basename(file)).join(', ')}. Run npm run golden.`
            );
            process.exit(1);
        }
        console.log(
            `golden: ${CLASS_NAME} is in step (${generated.names.length} cases, ${generated.bodies.length} bodies)`
        );
        return;
    }
    for (const [file, text] of targets) writeFileSync(file, text);
    console.log(
        `golden: wrote ${CLASS_NAME} (${generated.names.length} cases, ${generated.bodies.length} bodies, ${source.length} characters)`
    );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    await main();
}
