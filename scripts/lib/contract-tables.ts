// The contract's tables (contract/tables.json): their shape, where they and the generated files live, and the
// checks a spec must pass (names unique, TTLs that name limits, key formats that parse and fit). The generated
// sources are rendered by contract-render.ts; scripts/contract-tables.ts writes or compares the files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apexClassPath } from './apex-layout.ts';

export interface Limit {
    name: string;
    value: number;
    why: string;
    /** Names the value went by when it was copied by hand: never declared again outside the generated files. */
    aliases?: string[];
}

export interface CacheKey {
    /** The builder's name: `<name>Key` in Apex, `cacheKeys.<name>` in TypeScript. */
    name: string;
    /** One letter, then parameters in braces and one-letter separators: `m{conversationId}p{page}s{pageSize}`. */
    format: string;
    /** A limit's name. */
    ttl: string;
    why: string;
}

export interface Named {
    name: string;
    why: string;
    optional?: boolean;
}

export interface ErrorCodeRow {
    code: string;
    why: string;
    /** The message may carry Kustomer's answer or the platform's callout text (shown to setup admins only). */
    kustomerText?: boolean;
    /** Never sent by Apex: the component's name for an error that is not a KustomerError. */
    componentOnly?: boolean;
}

/** How a kept field is checked: its JSON type, any JSON, an https: URL, or a nested object with its own fields. */
export type FieldKind = 'string' | 'number' | 'boolean' | 'strings' | 'any' | 'https' | Fields;
export interface Fields {
    [field: string]: FieldKind;
}

/** The fields the minimiser keeps of one kind of resource (docs/contract.md "Results"). */
export interface ResourceFields {
    name: string;
    why: string;
    attributes: Fields;
    /** one: {data: {id}}; many: {data: [{id}]}. */
    relationships: Record<string, 'one' | 'many'>;
}

export interface MessageBounds {
    why: string;
    meta: string[];
    richBodies: string[];
}

export interface ContractTables {
    limits: Limit[];
    cacheKeys: CacheKey[];
    readRoles: Named[];
    errorCodes: ErrorCodeRow[];
    /** NotesPage.status. */
    notesStatuses: Named[];
    noAccessReasons: Named[];
    resources: ResourceFields[];
    messageBounds: MessageBounds;
}

export const SPEC_PATH = join('contract', 'tables.json');
export const APEX_CLASS = 'KustomerContract';
export const APEX_PATH = apexClassPath('shared', APEX_CLASS);
export const TS_PATH = join(
    'force-app',
    'main',
    'default',
    'lwc',
    'kustomerConversationModel',
    'contractTables.ts'
);

const CONSTANT = /^[A-Z][A-Z0-9_]*$/;
/** Kustomer ids are 24 lowercase hex characters. */
const KUSTOMER_ID_CHARS = 24;

function limitValue(tables: ContractTables, name: string): number {
    const limit = tables.limits.find((candidate) => candidate.name === name);
    if (!limit) throw new Error(`contract/tables.json: the limit ${name} is missing`);
    return limit.value;
}
const KEY_PART = /\{([a-zA-Z]+)\}|([a-z])/g;

/** A cache key format as literals and parameters, in order (ids are Strings, page numbers Integers). */
export function keyParts(format: string): Array<{ literal: string } | { param: string }> {
    const parts: Array<{ literal: string } | { param: string }> = [];
    let consumed = 0;
    for (const match of format.matchAll(KEY_PART)) {
        if (match.index !== consumed) break;
        parts.push(match[1] ? { param: match[1] } : { literal: match[2] ?? '' });
        consumed += match[0].length;
    }
    if (consumed !== format.length || !('literal' in (parts[0] ?? {}))) {
        throw new Error(`cache key format ${format}: a letter, then {param} and single letters`);
    }
    return parts;
}

function unique(what: string, names: string[]): void {
    const seen = new Set<string>();
    for (const name of names) {
        if (seen.has(name)) throw new Error(`${what} ${name} is listed twice`);
        seen.add(name);
    }
}

/** The spec, checked: names unique and well-formed, TTLs name limits, formats parse, prefixes distinct. */
export function parseTables(text: string): ContractTables {
    const tables = JSON.parse(text) as ContractTables;
    for (const list of [
        'limits',
        'cacheKeys',
        'readRoles',
        'errorCodes',
        'notesStatuses',
        'noAccessReasons',
        'resources'
    ]) {
        if (!Array.isArray(tables[list as keyof ContractTables])) {
            throw new Error(`contract/tables.json: ${list} must be a list`);
        }
    }
    for (const limit of tables.limits) {
        if (!CONSTANT.test(limit.name) || !Number.isInteger(limit.value) || !limit.why) {
            throw new Error(`limit ${limit.name}: an UPPER_CASE name, an integer value and a why`);
        }
    }
    const names = (list: Array<{ name: string }>): string[] => list.map((item) => item.name);
    const lists: Array<[string, string[]]> = [
        ['limit', tables.limits.flatMap((limit) => [limit.name, ...(limit.aliases ?? [])])],
        ['error code', tables.errorCodes.map((row) => row.code)],
        ['read role', names(tables.readRoles)],
        ['notes status', names(tables.notesStatuses)],
        ['NO_ACCESS reason', names(tables.noAccessReasons)],
        ['cache key', names(tables.cacheKeys)],
        ['cache key prefix', tables.cacheKeys.map((key) => key.format[0] ?? '')]
    ];
    for (const [what, list] of lists) unique(what, list);
    for (const row of tables.errorCodes) {
        if (!CONSTANT.test(row.code)) throw new Error(`error code ${row.code}: UPPER_CASE`);
    }
    for (const key of tables.cacheKeys) {
        keyParts(key.format);
        if (!tables.limits.some((limit) => limit.name === key.ttl)) {
            throw new Error(`cache key ${key.name}: ttl ${key.ttl} is not a limit`);
        }
        const longest = keyParts(key.format).reduce(
            (sum, part) =>
                sum +
                ('literal' in part
                    ? 1
                    : part.param.endsWith('Id')
                      ? KUSTOMER_ID_CHARS
                      : String(limitValue(tables, 'MAX_PAGE')).length),
            0
        );
        if (longest > limitValue(tables, 'MAX_CACHE_KEY_CHARS')) {
            throw new Error(
                `cache key ${key.format}: up to ${longest} characters, over MAX_CACHE_KEY_CHARS`
            );
        }
    }
    unique(
        'resource',
        tables.resources.map((resource) => resource.name)
    );
    for (const resource of tables.resources) checkFields(resource.name, resource.attributes);
    const message = tables.resources.find((resource) => resource.name === 'message');
    const metaFields = message?.attributes.meta;
    for (const field of tables.messageBounds?.meta ?? []) {
        if (typeof metaFields !== 'object' || metaFields[field] !== 'any') {
            throw new Error(`messageBounds: meta.${field} is not an any-JSON field of message`);
        }
    }
    for (const field of tables.messageBounds?.richBodies ?? []) {
        if (message?.attributes[field] !== 'string') {
            throw new Error(`messageBounds: ${field} is not a string field of message`);
        }
    }
    return tables;
}

const KINDS = ['string', 'number', 'boolean', 'strings', 'any', 'https'];

function checkFields(where: string, fields: Fields): void {
    for (const [field, kind] of Object.entries(fields)) {
        if (typeof kind === 'object') checkFields(`${where}.${field}`, kind);
        else if (!KINDS.includes(kind)) throw new Error(`${where}.${field}: unknown kind ${kind}`);
    }
}

export function readTables(root: string): ContractTables {
    return parseTables(readFileSync(join(root, SPEC_PATH), 'utf8'));
}
