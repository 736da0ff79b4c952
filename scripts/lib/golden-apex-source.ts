// Pure parts of scripts/golden-apex.ts (tested in scripts/__tests__): golden cases → the Apex source of
// KustomerGoldenFixtures, before Prettier formats it.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ANY_MESSAGE, type PreparedCase, prepareCase } from './golden-apex-cases.ts';
import { type CaseFields, groupRecords, placeInGroups, recordKey } from './golden-groups.ts';
import { requireGoldenName } from '../../preview/apex/golden/golden-file.ts';

export const CLASS_NAME = 'KustomerGoldenFixtures';
/** Characters per Apex string literal piece; pieces are joined with + (keeps every literal and line short). */
export const PIECE = 2000;

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

export interface Generated {
    /** Case names per test method (goldenGroup0..N-1), each in file-name order. */
    groups: string[][];
    /** The Cases each group inserts; a case's "record" is the index of its Case here. */
    records: CaseFields[][];
    /** Case name → the prepared case as JSON (runnable cases only). */
    cases: Map<string, string>;
    bodies: string[];
    /** Cases that do not run in Apex (access cases: KustomerCaseAccessTest proves them with runAs users). */
    skipped: string[];
}

/** The test methods KustomerGoldenFixturesTest declares: its runGroup(0)..runGroup(N-1) calls. */
export function groupMethodCount(testSource: string): number {
    const used = [...testSource.matchAll(/\brunGroup\(\s*(\d+)\s*\)/g)].map((m) => Number(m[1]));
    const count = used.length;
    const expected = Array.from({ length: count }, (_, i) => i);
    if (count === 0 || JSON.stringify([...used].sort((a, b) => a - b)) !== JSON.stringify(expected))
        throw new Error(
            `KustomerGoldenFixturesTest must call runGroup(0) to runGroup(N-1) once each; found ${JSON.stringify(used)}`
        );
    return count;
}

/** Reads every golden case, prepares it for Apex and places it in one of `groupCount` test methods. */
export function collect(dir: string, groupCount: number): Generated {
    const files = readdirSync(dir)
        .filter((file) => file.endsWith('.json'))
        .sort();
    const bodies: string[] = [];
    const refs = new Map<string, string>();
    const prepared: PreparedCase[] = [];
    for (const file of files) {
        const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
            [key: string]: Json;
        };
        const call = data.call as { method?: Json } | undefined;
        requireGoldenName(file, typeof call?.method === 'string' ? call.method : '<method>');
        const exchanges = Array.isArray(data.exchanges) ? data.exchanges : [];
        for (const exchange of exchanges as Array<{ [key: string]: Json }>) {
            const original = exchange.response as unknown as Response;
            const text = bodyText(original, dirname(join(dir, file)));
            const response: Record<string, Json> = { status: original.status };
            if (original.headers) response.headers = original.headers;
            if (text !== undefined) {
                if (!refs.has(text)) {
                    bodies.push(text);
                    refs.set(text, `b${bodies.length}`);
                }
                response.bodyRef = refs.get(text) ?? null;
            }
            exchange.response = response;
        }
        prepared.push(
            prepareCase(basename(file, '.json'), data, (response) => {
                const ref = typeof response.bodyRef === 'string' ? response.bodyRef : '';
                return bodies[Number(ref.slice(1)) - 1]?.length ?? 0;
            })
        );
    }
    const items = prepared.flatMap((c) => (c.item ? [c.item] : []));
    const groups = placeInGroups(items, groupCount);
    if (groups.some((group) => group.length === 0))
        throw new Error(
            `${items.length} runnable golden case(s) cannot fill ${groupCount} test methods: remove a goldenGroup method from KustomerGoldenFixturesTest`
        );
    const records = groups.map((group) => groupRecords(group, items));
    const cases = new Map<string, string>();
    groups.forEach((group, index) => {
        const keys = records[index].map(recordKey);
        for (const name of group) {
            const c = prepared.find((p) => p.name === name);
            if (!c) continue;
            const record = c.item?.record;
            // A case read from memory has no record: null tells the runner.
            cases.set(
                name,
                JSON.stringify({
                    ...c.spec,
                    record: record ? keys.indexOf(recordKey(record)) : null
                })
            );
        }
    });
    return {
        groups,
        records,
        cases,
        bodies,
        skipped: prepared.filter((c) => !c.item).map((c) => c.name)
    };
}

function method(name: string, comment: string, keys: string[], values: string[]): string {
    const whens = keys
        .map((key, i) => `when '${key}' {\nreturn ${apexString(values[i])};\n}`)
        .join('\n');
    return `/** ${comment} */\npublic static String ${name}(String key) {\nswitch on key {\n${whens}\nwhen else {\nreturn null;\n}\n}\n}`;
}

function byGroup(name: string, comment: string, type: string, groups: string[][]): string {
    const whens = groups
        .map((items, i) => `when ${i} {\nreturn new ${type}{ ${items.join(', ')} };\n}`)
        .join('\n');
    return `/** ${comment} */\npublic static ${type} ${name}(Integer groupIndex) {\nswitch on groupIndex {\n${whens}\nwhen else {\nreturn new ${type}();\n}\n}\n}`;
}

/** `new Case(...)` with the fields that are set. */
function caseRecord(record: CaseFields): string {
    const fields: Array<[string, string | null]> = [
        ['Conversation_ID__c', record.conversationId],
        ['Conversation_URL__c', record.conversationUrl],
        ['Conversation_Assignee_Name__c', record.assigneeNames]
    ];
    const set = fields
        .filter(([, value]) => value !== null)
        .map(([field, value]) => `${field} = '${apexEscape(value ?? '')}'`);
    return `new Case(${["Subject = 'golden case'", ...set].join(', ')})`;
}

/** The class source, unformatted (the script formats it with the project's Prettier config). */
export function apexSource(generated: Generated): string {
    const { groups, records, cases, bodies } = generated;
    const names = [...cases.keys()];
    return `// Generated by scripts/golden-apex.ts from fixtures/golden/*.json: do not edit, run \`npm run golden\`.
/**
 * The golden fixtures (docs/contract.md) as data for KustomerGoldenFixturesTest: which cases each test method runs
 * and the Cases it inserts (placed by scripts/lib/golden-groups.ts: no Conversation_ID__c collision inside a
 * method, each method within one transaction's limits), and every case prepared by scripts/lib/golden-apex-cases.ts.
 */
@IsTest
public class ${CLASS_NAME} {
/** Stands for a KustomerError message in an expected result: the contract never compares messages. */
public static final String ANY_MESSAGE = '${apexEscape(ANY_MESSAGE)}';
${byGroup(
    'names',
    'The cases of one test method, in file-name order.',
    'List<String>',
    groups.map((group) => group.map((name) => `'${apexEscape(name)}'`))
)}
${byGroup(
    'records',
    'The Cases one test method inserts; a case\'s "record" is an index into this list.',
    'List<Case>',
    records.map((group) => group.map(caseRecord))
)}
${method(
    'caseJson',
    'One prepared golden case as JSON; response bodies are replaced by "bodyRef".',
    names,
    names.map((name) => cases.get(name) ?? '')
)}
${method(
    'body',
    'A response body by its bodyRef (raw text as Kustomer sends it).',
    bodies.map((_, i) => `b${i + 1}`),
    bodies
)}
}
`;
}
