// contract/tables.json is the one home of the contract's tables: the generated Apex class and TypeScript module
// say exactly what it says, and no hand-written Apex class or TypeScript module copies a table again.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as generatedTables from '../../force-app/main/default/lwc/kustomerConversationModel/contractTables.ts';
import { findCopies, sourceFiles, withoutComments } from '../lib/contract-copies.ts';
import { apexSource } from '../lib/contract-render.ts';
import { keyParts, parseTables, readTables, SPEC_PATH } from '../lib/contract-tables.ts';

const ROOT = process.cwd();
const tables = readTables(ROOT);
const specText = readFileSync(join(ROOT, SPEC_PATH), 'utf8');

function project(files: Record<string, string>): string {
    const root = mkdtempSync(join(tmpdir(), 'contract-copies-'));
    for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
    }
    return root;
}

function copiesIn(files: Record<string, string>): string[] {
    const root = project(files);
    return findCopies(root, tables, sourceFiles(root)).map(
        (copy) => `${copy.file}:${copy.line}: ${copy.what}`
    );
}

describe('contract tables', () => {
    it('the generated files are in step with the spec and nothing hand-written copies a table', () => {
        const result = spawnSync(
            process.execPath,
            [join(ROOT, 'scripts', 'contract-tables.ts'), '--check'],
            { cwd: ROOT, encoding: 'utf8' }
        );
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
    });

    it('the TypeScript module holds every limit, error code, reason, role and key of the spec', () => {
        const values = generatedTables as unknown as Record<string, unknown>;
        for (const limit of tables.limits)
            expect([limit.name, values[limit.name]]).toEqual([limit.name, limit.value]);
        expect(generatedTables.ERROR_CODES).toEqual(tables.errorCodes.map((row) => row.code));
        expect(generatedTables.KUSTOMER_TEXT_CODES).toEqual(
            tables.errorCodes.filter((row) => row.kustomerText).map((row) => row.code)
        );
        expect(generatedTables.NO_ACCESS_REASONS).toEqual(
            tables.noAccessReasons.map((r) => r.name)
        );
        expect(generatedTables.READ_ROLES).toEqual(tables.readRoles.map((role) => role.name));
        expect(generatedTables.OPTIONAL_READ_ROLES).toEqual(['note']);
        for (const resource of tables.resources) {
            expect(generatedTables.KEPT_FIELDS[resource.name as 'message']).toEqual({
                attributes: resource.attributes,
                relationships: resource.relationships
            });
        }
        expect(generatedTables.BOUNDED_META).toEqual(tables.messageBounds.meta);
        expect(generatedTables.RICH_BODIES).toEqual(tables.messageBounds.richBodies);
        const builders = generatedTables.cacheKeys as unknown as Record<
            string,
            (...args: unknown[]) => string
        >;
        for (const key of tables.cacheKeys) {
            const args = keyParts(key.format).flatMap((part) =>
                'param' in part ? [part.param.endsWith('Id') ? 'ID' : 7] : []
            );
            expect(builders[key.name]?.(...args)).toBe(
                key.format.replace(/\{(\w+)\}/g, (_, param: string) =>
                    param.endsWith('Id') ? 'ID' : '7'
                )
            );
        }
    });

    it('the Apex class declares every limit and code Apex sends (not the component-only UNKNOWN)', () => {
        const apex = apexSource(tables);
        for (const limit of tables.limits) {
            expect(apex).toContain(`public static final Integer ${limit.name} = ${limit.value};`);
        }
        expect(apex).toContain("public static final String RATE_LIMITED = 'RATE_LIMITED';");
        expect(apex).toContain(
            "MESSAGE_RELATIONSHIPS = new Map<String, Boolean>{ 'customer' => false, 'createdBy' => false, 'attachments' => true };"
        );
        expect(apex).toContain(
            "'satisfactionLevel' => new Map<String, Object>{ 'status' => 's', 'score' => 'n'"
        );
        expect(apex).toContain("'avatarUrl' => 'h'");
        expect(apex).not.toContain("'UNKNOWN'");
        expect(apex).toContain("return 'm' + conversationId + 'p' + page + 's' + pageSize;");
        expect(apex).toContain(
            'public static String messagesKey(String conversationId, Integer page, Integer pageSize)'
        );
    });

    it('refuses a spec whose TTL names no limit, whose prefixes clash or whose format does not parse', () => {
        type Spec = Record<string, Array<Record<string, unknown>>>;
        const broken = (change: (copy: Spec) => void): (() => unknown) => {
            const copy = JSON.parse(specText) as Spec;
            change(copy);
            return () => parseTables(JSON.stringify(copy));
        };
        expect(broken((s) => (s.cacheKeys![0]!.ttl = 'NO_SUCH_LIMIT'))).toThrow(/not a limit/);
        expect(broken((s) => (s.cacheKeys![1]!.format = 'c{conversationId}x'))).toThrow(
            /prefix c is listed twice/
        );
        expect(broken((s) => (s.cacheKeys![0]!.format = '{conversationId}'))).toThrow(/format/);
        expect(broken((s) => s.errorCodes!.push({ code: 'TIMEOUT', why: 'again' }))).toThrow(
            /TIMEOUT is listed twice/
        );
        expect(broken((s) => (s.limits![0]!.value = 1.5))).toThrow(/integer/);
        expect(
            broken(
                (s) => (s.cacheKeys![2]!.format = 'm{conversationId}p{page}s{pageSize}x{userId}')
            )
        ).toThrow(/over MAX_CACHE_KEY_CHARS/);
        expect(
            broken((s) => ((s.resources![3]!.attributes as Record<string, string>).body = 'text'))
        ).toThrow(/note.body: unknown kind text/);
        expect(parseTables(specText).limits.length).toBe(tables.limits.length);
    });
});

describe('hand-written copies of the tables', () => {
    it('finds a limit declared again under its name or a former alias, in Apex and TypeScript', () => {
        expect(
            copiesIn({
                'force-app/main/default/classes/viewer/KustomerThing.cls':
                    'public with sharing class KustomerThing {\n    private static final Integer DEFAULT_WAIT = 60;\n}\n',
                'preview/apex/thing.ts':
                    'export const MAX_ITEM_BYTES = 100 * 1024;\nconst MAX_PAGE = 10_000;\n'
            })
        ).toEqual([
            'force-app/main/default/classes/viewer/KustomerThing.cls:2: a limit declared with its value (read it from the generated tables): final Integer DEFAULT_WAIT = 60;',
            'preview/apex/thing.ts:1: a limit declared with its value (read it from the generated tables): const MAX_ITEM_BYTES = 100 * 1024;',
            'preview/apex/thing.ts:2: a limit declared with its value (read it from the generated tables): const MAX_PAGE = 10_000;'
        ]);
    });

    it('finds a distinctive value anywhere in code, but not in comments', () => {
        expect(
            copiesIn({
                'force-app/main/default/lwc/thing/thing.ts':
                    '// a day is 86400 s\nconst timeouts = { day: 86_400 };\n/* 1000000 */ const big = 1000000;\n'
            })
        ).toEqual([
            'force-app/main/default/lwc/thing/thing.ts:2: the value of PEOPLE_TTL_SECONDS: 86_400',
            'force-app/main/default/lwc/thing/thing.ts:3: the value of MAX_BODY_CHARS: 1000000'
        ]);
    });

    it('finds error code literals in Apex and lists of codes or roles anywhere', () => {
        const copies = copiesIn({
            'force-app/main/default/classes/viewer/KustomerThing.cls':
                "public with sharing class KustomerThing {\n    String a = 'TIMEOUT';\n    Set<String> b = new Set<String>{ KustomerContract.UPSTREAM, KustomerContract.TIMEOUT, KustomerContract.NOT_FOUND };\n}\n",
            'preview/apex/thing.ts':
                "type Code = 'NOT_LINKED' | 'INVALID_ID' | 'NO_ACCESS';\nconst roles = ['org.permission.conversation.read', 'org.permission.message.read', 'org.permission.note.read'];\nconst one = 'TIMEOUT';\n"
        });
        expect(copies).toEqual([
            "force-app/main/default/classes/viewer/KustomerThing.cls:2: an error code literal: 'TIMEOUT'",
            'force-app/main/default/classes/viewer/KustomerThing.cls:3: a list of error codes: KustomerContract.UPSTREAM, KustomerContract.TIMEOUT, KustomerContract.NOT_FOUND',
            "preview/apex/thing.ts:1: a list of error codes: 'NOT_LINKED' | 'INVALID_ID' | 'NO_ACCESS'",
            "preview/apex/thing.ts:2: a list of Kustomer read roles: 'org.permission.conversation.read', 'org.permission.message.read', 'org.permission.note.read'"
        ]);
    });

    it('finds tables of kept fields and lists of bounded message fields, not other typed records', () => {
        expect(
            copiesIn({
                'force-app/main/default/classes/viewer/KustomerThing.cls':
                    "public with sharing class KustomerThing {\n    Map<String, Object> f = new Map<String, Object>{ 'name' => 's', 'size' => 'n', 'auto' => 'b' };\n}\n",
                'preview/apex/thing.ts':
                    "const NOTE = { body: 'string', createdAt: 'string', updatedAt: 'string' };\nconst META = ['subject', 'from', 'to'];\nconst PROPS = { height: 'number', rows: 'number', wide: 'boolean' };\n"
            })
        ).toEqual([
            "force-app/main/default/classes/viewer/KustomerThing.cls:2: a table of kept fields and their kinds: 'name' => 's', 'size' => 'n', 'auto' => 'b'",
            "preview/apex/thing.ts:1: a table of kept fields and their kinds: body: 'string', createdAt: 'string', updatedAt: 'string'",
            "preview/apex/thing.ts:2: a list of bounded message fields: 'subject', 'from', 'to'"
        ]);
    });

    it('finds cache keys built by hand, and leaves @IsTest classes, tests and the generated files alone', () => {
        const copies = copiesIn({
            'force-app/main/default/classes/viewer/KustomerThing.cls':
                "public with sharing class KustomerThing {\n    String k = 'u' + userId;\n}\n",
            'force-app/main/default/classes/tests/KustomerThingTest.cls':
                "@IsTest\nprivate class KustomerThingTest {\n    String k = 'u' + userId;\n}\n",
            'preview/apex/thing.ts':
                "const key = `c${id}`;\nconst ttl = (k: string) => ('ukv'.includes(k) ? 1 : 2);\n",
            'preview/apex/__tests__/thing.test.ts': 'const key = `c${id}`;\n',
            'force-app/main/default/classes/shared/KustomerContract.cls':
                "    return 'c' + conversationId;\n",
            'force-app/main/default/lwc/kustomerConversationModel/contractTables.ts':
                'export const MAX_PAGE = 10000;\n'
        });
        expect(copies).toEqual([
            "force-app/main/default/classes/viewer/KustomerThing.cls:2: a Platform Cache key built by hand: 'u' +",
            'preview/apex/thing.ts:1: a Platform Cache key built by hand: `c${',
            "preview/apex/thing.ts:2: a Platform Cache key built by hand: 'ukv'"
        ]);
    });

    it('blanks comments but keeps strings that look like comments', () => {
        expect(withoutComments("a // b\n'http://x' /* c\nd */ e")).toBe(
            "a     \n'http://x'     \n     e"
        );
    });
});
