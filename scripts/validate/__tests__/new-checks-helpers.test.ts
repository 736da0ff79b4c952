// Pure parts of the compile, Graph Engine, js-meta and custom-permission checks, in-process.
import { describe, expect, test } from '@jest/globals';
import { parseErrors } from '../apex-compile.ts';
import {
    engineErrorFinding,
    entryPointAt,
    UNFINISHED_ENTRY_POINTS,
    graphEngineWanted
} from '../graph-engine.ts';
import {
    apexTypeOf,
    type CompileInput,
    statusCodeStub,
    toInputFile
} from '../lib/apex-compile-input.ts';
import { maskApex, permissionName } from '../lib/apex-source.ts';
import { type CompileError, harnessGap } from '../lib/jorje-gaps.ts';
import { lwcMetaErrors } from '../lib/lwc-meta.ts';
import { parseXml, type XmlElement } from '../../../lib/metadata/index.ts';
import { pmdEngineFindings } from '../pmd.ts';

const input: CompileInput = {
    jar: '/jar',
    apiVersion: '68.0',
    namespaces: ['ns', ''],
    labels: ['Hello'],
    sobjects: new Map([
        [
            'Case',
            {
                fields: new Map([
                    ['Id', 'Id' as const],
                    ['Conversation_ID__c', 'String' as const]
                ]),
                lookups: new Map([['Account', 'Account']])
            }
        ],
        ['Account', { fields: new Map([['Id', 'Id' as const]]), lookups: new Map() }]
    ]),
    classes: ['/p/A.cls'],
    exceptionClasses: new Set(['gateexception']),
    stubs: [{ name: 'System.RoundingMode', file: '/s/System.RoundingMode.cls' }]
};
const error = (message: string, column = 1): CompileError => ({
    namespace: '',
    file: '/p/A.cls',
    line: 1,
    column,
    message
});

describe('compile harness input and output', () => {
    test('maps field types to Apex types', () => {
        expect(apexTypeOf('Text')).toBe('String');
        expect(apexTypeOf('Checkbox')).toBe('Boolean');
        expect(apexTypeOf('Number')).toBe('Decimal');
        expect(apexTypeOf('DateTime')).toBe('Datetime');
        expect(apexTypeOf('Lookup')).toBe('Id');
        expect(apexTypeOf('Location')).toBeUndefined();
    });
    test('writes every record the harness reads, lookups after every sobject', () => {
        const lines = toInputFile(input, '/tmp').trim().split('\n');
        expect(lines).toContain('namespace\tns');
        expect(lines).toContain('namespace\t');
        expect(lines).toContain('field\tCase\tConversation_ID__c\tString');
        expect(lines.indexOf('lookup\tCase\tAccount\tAccount')).toBeGreaterThan(
            lines.indexOf('field\tCase\tConversation_ID__c\tString')
        );
        expect(lines.at(-1)).toBe('class\t/p/A.cls');
    });
    test('generates System.StatusCode from the SOAP API codes', () => {
        expect(statusCodeStub("export type StatusCode = 'A_B' | 'C';\nexport type X = 'Y';")).toBe(
            'global enum StatusCode {\n    A_B,\n    C\n}\n'
        );
        expect(() => statusCodeStub('')).toThrow();
    });
    test('reads errors and finished compilations', () => {
        expect(
            parseErrors(
                'noise\nerror\tns\t/p/A.cls\t3\t7\tVariable does not exist: x\ndone\tns\t1\t5\n'
            )
        ).toEqual({
            errors: [
                {
                    namespace: 'ns',
                    file: '/p/A.cls',
                    line: 3,
                    column: 7,
                    message: 'Variable does not exist: x'
                }
            ],
            compiled: ['ns']
        });
    });
});

describe('harness gaps are filtered narrowly', () => {
    test.each([
        ['Variable does not exist: SObjectType', 'Boolean b = Case.SObjectType == t;', 18],
        ['Variable does not exist: Account.SObjectType', '', 1],
        ['Variable does not exist: Schema.SObjectType.Case.fields.Conversation_ID__c', '', 1],
        [
            'Non static field cannot be referenced from a static context: Conversation_ID__c from the type Case',
            'f = Case.Conversation_ID__c;',
            1
        ],
        [
            'Method does not exist or incorrect signature: void isSet(Schema.SObjectField) from the type Case',
            '',
            1
        ],
        [
            'Method does not exist or incorrect signature: void getMessage() from the type ns.A.GateException',
            '',
            1
        ]
    ])('filters %s', (message, line, column) => {
        expect(harnessGap(error(message, column), line, input)).toBeDefined();
    });
    test.each([
        ['Variable does not exist: SObjectType', 'Boolean b = Casee.SObjectType == t;', 19],
        ['Variable does not exist: Schema.SObjectType.Case.fields.No_Such__c', '', 1],
        [
            'Non static field cannot be referenced from a static context: No_Such__c from the type Case',
            'f = Case.No_Such__c;',
            1
        ],
        [
            'Non static field cannot be referenced from a static context: Conversation_ID__c from the type Case',
            'f = other.Conversation_ID__c;',
            1
        ],
        [
            'Method does not exist or incorrect signature: void get(Integer) from the type Case',
            '',
            1
        ],
        [
            'Method does not exist or incorrect signature: void getMesage() from the type GateException',
            '',
            1
        ],
        [
            'Method does not exist or incorrect signature: void getMessage() from the type Helper',
            '',
            1
        ]
    ])('keeps %s', (message, line, column) => {
        expect(harnessGap(error(message, column), line, input)).toBeUndefined();
    });
});

describe('graph engine findings', () => {
    test('runs under CI or when asked, not by default', () => {
        expect(graphEngineWanted({ CI: 'true' })).toBe(true);
        expect(graphEngineWanted({ GATE_SFGE: '1' })).toBe(true);
        expect(graphEngineWanted({ CI: 'true', GATE_SFGE: '0' })).toBe(false);
        expect(graphEngineWanted({})).toBe(false);
    });
    test('an entry point the engine abandoned fails the check, naming it and the exception', () => {
        const finding = engineErrorFinding(
            'Internal execution error while scanning entry point: /p/A.cls:20:26: Graph Engine identified ... Error and stacktrace: NullPointerException: null: x.y(Z.java:1)'
        );
        expect(finding).toEqual({
            file: '/p/A.cls',
            line: 20,
            message: expect.stringMatching(
                /NullPointerException inside the engine.*rules did not run/
            )
        });
        expect(finding.warning).toBeUndefined();
        expect(
            engineErrorFinding('Unexpected exception while loading graph.').warning
        ).toBeUndefined();
    });
    test('an entry point that ran out of time fails too, saying timeout and its limit', () => {
        const finding = engineErrorFinding(
            'Internal execution error while scanning entry point: /p/A.cls:21:26: Path evaluation timed out after 180000 ms',
            () => 'A.getThing'
        );
        expect(finding).toMatchObject({ file: '/p/A.cls', line: 21 });
        expect(finding.warning).toBeUndefined();
        expect(finding.message).toMatch(/^A\.getThing: .*timeout after 180 s/);
        expect(finding.message).not.toMatch(/internal error/);
    });
    test('a timeout only warns for an entry point listed as not finished yet, never an exception', () => {
        const listed = 'A.getThing';
        const timeout = engineErrorFinding(
            'Internal execution error while scanning entry point: /p/A.cls:21:26: Path evaluation timed out after 180000 ms',
            () => listed,
            [listed]
        );
        expect(timeout.warning).toBe(true);
        expect(timeout.message).toContain(listed);
        const crash = engineErrorFinding(
            'Internal execution error while scanning entry point: /p/A.cls:21:26: Graph Engine identified ... Error and stacktrace: UnexpectedException: x',
            () => listed,
            [listed]
        );
        expect(crash.warning).toBeUndefined();
    });
    test('every entry point of the package runs to the end: none is listed as not finished', () => {
        expect(UNFINISHED_ENTRY_POINTS).toEqual([]);
    });
    test('names the entry point from the declaration line the engine reports', () => {
        const source = [
            'public with sharing class KustomerConversationController {',
            '    @AuraEnabled(continuation=true)',
            '    public static Object getConversation(',
            '        String caseId,'
        ].join('\n');
        expect(entryPointAt('/x/viewer/KustomerConversationController.cls', source, 3)).toBe(
            'KustomerConversationController.getConversation'
        );
        expect(entryPointAt('/x/A.cls', source, 99)).toBeUndefined();
    });
});

describe('js-meta.xml rules', () => {
    const meta = (body: string): XmlElement =>
        parseXml(
            `<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>68.0</apiVersion><isExposed>true</isExposed>${body}</LightningComponentBundle>`
        ).root as XmlElement;
    test('accepts the viewer shape', () => {
        expect(
            lwcMetaErrors(
                meta(
                    '<targets><target>lightning__RecordPage</target><target>lightning__FlowScreen</target></targets><targetConfigs><targetConfig targets="lightning__RecordPage"><property name="a" type="Integer"/><objects><object>Case</object></objects><supportedFormFactors><supportedFormFactor type="Small"/></supportedFormFactors></targetConfig><targetConfig targets="lightning__FlowScreen"><property name="r" type="@salesforce/schema/Case"/><property name="l" type="apex://Thing[]"/></targetConfig></targetConfigs>'
                )
            )
        ).toEqual([]);
    });
    test('rejects objects outside record targets and configs without targets', () => {
        expect(
            lwcMetaErrors(
                meta(
                    '<targets><target>lightning__AppPage</target></targets><targetConfigs><targetConfig targets="lightning__AppPage"><objects><object>Case</object></objects></targetConfig><targetConfig></targetConfig></targetConfigs>'
                )
            )
        ).toEqual([
            '<objects> only applies to lightning__RecordPage and lightning__RecordAction',
            'a targetConfig without targets'
        ]);
    });
});

describe('custom permissions Apex checks', () => {
    const name = (source: string): string | undefined => {
        const masked = maskApex(source);
        const open = masked.indexOf('checkPermission(') + 'checkPermission('.length;
        const close = masked.indexOf(')', open);
        return permissionName(source, masked, masked.slice(open, close), open);
    };
    test('reads a literal or a constant initialised with one; a computed name is unknown', () => {
        expect(name("FeatureManagement.checkPermission('Manage_It')")).toBe('Manage_It');
        expect(
            name("static final String P = 'From_Constant';\nFeatureManagement.checkPermission(P)")
        ).toBe('From_Constant');
        expect(name("FeatureManagement.checkPermission(prefix + 'X')")).toBeUndefined();
    });
});

describe('PMD processing errors', () => {
    test('fail on Apex, warn once for the emitted JavaScript', () => {
        const findings = pmdEngineFindings([
            "PMD issued a processing error for file '/p/lwc/a/a.js': NullPointerException",
            "PMD issued a processing error for file '/p/lwc/b/b.js': NullPointerException",
            "PMD issued a processing error for file '/p/classes/A.cls': ParseException"
        ]);
        expect(findings.filter((f) => !f.warning)).toHaveLength(1);
        expect(findings.filter((f) => f.warning)).toEqual([
            expect.objectContaining({
                message: expect.stringMatching(/2 non-Apex file\(s\) \(a\.js, b\.js\)/)
            })
        ]);
    });
});
