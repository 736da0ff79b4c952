import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
    apexEscape,
    apexSource,
    apexString,
    collect,
    groupMethodCount,
    PIECE
} from '../lib/golden-apex-source.ts';

function goldenDir(cases: Record<string, unknown>, raw: Record<string, string> = {}): string {
    const root = mkdtempSync(join(tmpdir(), 'golden-apex-'));
    mkdirSync(join(root, 'golden'));
    mkdirSync(join(root, 'kustomer'));
    for (const [name, data] of Object.entries(cases))
        writeFileSync(
            join(root, 'golden', `getMessages-${name}`),
            JSON.stringify({ call: { method: 'getMessages' }, ...(data as object) }, null, 4)
        );
    for (const [name, text] of Object.entries(raw))
        writeFileSync(join(root, 'kustomer', name), text);
    return join(root, 'golden');
}

const exchange = (response: object) => ({ round: 1, request: 'GET /v1/x', response });

describe('golden-apex source', () => {
    it('escapes what Apex string literals cannot hold', () => {
        expect(apexEscape("it's a \\ path\nnext\r\tend\u0001")).toBe(
            "it\\'s a \\\\ path\\nnext\\r\\tend\\u0001"
        );
        expect(apexEscape('ünïcödé ∥')).toBe('ünïcödé ∥');
    });

    it('splits long literals into pieces without breaking code points', () => {
        const text = 'a'.repeat(PIECE - 1) + '😀' + 'b'.repeat(PIECE + 5);
        const pieces = apexString(text).split(' +\n');
        expect(pieces).toHaveLength(3);
        expect(pieces[0].endsWith("😀'")).toBe(true);
        expect(pieces.every((piece) => piece.length <= PIECE * 2 + 2)).toBe(true);
        expect(apexString('')).toBe("''");
    });

    it('deduplicates bodies across cases, minifies JSON files and keeps raw text as it is', () => {
        const dir = goldenDir(
            {
                'b.json': {
                    exchanges: [exchange({ status: 200, bodyFile: '../kustomer/doc.json' })]
                },
                'a.json': {
                    exchanges: [
                        exchange({ status: 200, body: { data: { id: 'x' } } }),
                        exchange({
                            status: 502,
                            bodyText: '<html>down</html>',
                            headers: { 'Retry-After': '5' }
                        }),
                        exchange({ status: 2000 })
                    ]
                }
            },
            { 'doc.json': '{\n  "data": {\n    "id": "x"\n  }\n}\n' }
        );
        const generated = collect(dir, 1);
        expect(generated.groups).toEqual([['getMessages-a', 'getMessages-b']]);
        expect(generated.bodies).toEqual(['{"data":{"id":"x"}}', '<html>down</html>']);
        const a = JSON.parse(generated.cases.get('getMessages-a') ?? '');
        expect(a.exchanges.map((e: { response: object }) => e.response)).toEqual([
            { status: 200, bodyRef: 'b1' },
            { status: 502, headers: { 'Retry-After': '5' }, bodyRef: 'b2' },
            { status: 2000 }
        ]);
        expect(
            JSON.parse(generated.cases.get('getMessages-b') ?? '').exchanges[0].response
        ).toEqual({
            status: 200,
            bodyRef: 'b1'
        });
    });

    it('writes one switch branch per case, per body and per group, and the same output for the same input', () => {
        const dir = goldenDir({
            'only.json': {
                case: { conversationId: 'aaaaaaaaaaaaaaaaaaaaaaaa', assigneeNames: "it's" },
                exchanges: [exchange({ status: 200, bodyText: "it's" })]
            },
            'other.json': {
                case: { conversationId: 'aaaaaaaaaaaaaaaaaaaaaaaa' },
                expect: { error: { code: 'X' } }
            }
        });
        const source = apexSource(collect(dir, 2));
        expect(source).toContain('@IsTest');
        expect(source).toContain("when 'getMessages-only' {");
        expect(source).toContain("when 'b1' {\nreturn 'it\\'s';");
        expect(source).toMatch(
            /when 0 \{\nreturn new List<String>\{ 'getMessages-(only|other)' \};/
        );
        expect(source).toMatch(
            /when 1 \{\nreturn new List<String>\{ 'getMessages-(only|other)' \};/
        );
        expect(source).toContain(
            "new Case(Subject = 'golden case', Conversation_ID__c = 'aaaaaaaaaaaaaaaaaaaaaaaa', Conversation_Assignee_Name__c = 'it\\'s')"
        );
        expect(apexSource(collect(dir, 2))).toBe(source);
    });

    it('leaves access cases to KustomerCaseAccessTest, after checking they expect NO_ACCESS without exchanges', () => {
        const ok = {
            case: { access: 'NO_RECORD' },
            exchanges: [],
            expect: { error: { code: 'NO_ACCESS', reason: 'RECORD' } }
        };
        const runs = { case: { conversationId: 'aaaaaaaaaaaaaaaaaaaaaaaa' } };
        expect(collect(goldenDir({ 'n.json': ok, 'r.json': runs }), 1)).toMatchObject({
            skipped: ['getMessages-n'],
            groups: [['getMessages-r']]
        });
        const wrong = { ...ok, expect: { error: { code: 'NO_ACCESS', reason: 'FIELDS' } } };
        expect(() => collect(goldenDir({ 'n.json': wrong, 'r.json': runs }), 1)).toThrow(
            /must expect NO_ACCESS with reason RECORD/
        );
        expect(() => collect(goldenDir({ 'r.json': runs }), 2)).toThrow(/remove a goldenGroup/);
    });

    it('refuses a case not named <method>-<situation>.json', () => {
        const dir = goldenDir({ 'ok.json': {} });
        const write = (name: string, method: string) =>
            writeFileSync(join(dir, name), JSON.stringify({ call: { method } }));
        write('conversation-401.json', 'getConversation');
        expect(() => collect(dir, 1)).toThrow(
            /conversation-401\.json: a golden case is named <method>-<situation>\.json.*\(here getConversation-401\.json\)/
        );
        rmSync(join(dir, 'conversation-401.json'));
        write('getMessages-Cold_Cache.json', 'getMessages');
        expect(() => collect(dir, 1)).toThrow(/here getMessages-what-it-proves\.json/);
    });

    it('reads the number of test methods from runGroup(0)..runGroup(N-1) of the test class', () => {
        expect(groupMethodCount('runGroup(0); runGroup(1); runGroup( 2 );')).toBe(3);
        expect(() => groupMethodCount('runGroup(0); runGroup(2);')).toThrow(
            /runGroup\(0\) to runGroup/
        );
        expect(() => groupMethodCount('')).toThrow();
    });
});
