// Every validate check fails on a broken input (and the finding is caused by the break: it is absent from the
// unbroken copy). Each case copies the built project, breaks one thing, and runs that one check.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import {
    apexClass,
    builtCopy,
    caseField,
    CLASSES,
    cleanUp,
    errorsMatching,
    goodApex,
    jsBundle,
    LWC,
    namespaceOf,
    OBJECTS,
    type Outcome,
    read,
    validate,
    variant
} from '../testing/harness.ts';

jest.setTimeout(240_000);

let base: string;
beforeAll(() => {
    base = builtCopy();
});
afterAll(cleanUp);

const baseOutcomes = new Map<string, Outcome>();
function onBase(check: string): Outcome {
    if (!baseOutcomes.has(check)) baseOutcomes.set(check, validate(base, check));
    return baseOutcomes.get(check) as Outcome;
}

/** Runs `check` on the base and on a broken variant: the variant fails with a finding matching `expected`. */
function expectBreak(check: string, files: Record<string, string | null>, expected: RegExp): void {
    const broken = validate(variant(base, files), check);
    expect(broken.passed).toBe(false);
    expect(broken.status).toBe(1);
    expect(errorsMatching(broken, expected)).not.toHaveLength(0);
    expect(errorsMatching(onBase(check), expected)).toHaveLength(0);
}

const PERMSET = (body: string): Record<string, string> => ({
    'force-app/main/default/permissionsets/Gate_Probe.permissionset-meta.xml': `<?xml version="1.0" encoding="UTF-8"?>
<PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">
    <label>Gate Probe</label>
    ${body}
</PermissionSet>
`
});

describe('metadata', () => {
    test.each([
        [
            'malformed XML',
            caseField(
                'Gate_Probe__c',
                '<label>Gate Probe</labl>\n<length>24</length><type>Text</type>'
            ),
            /not well-formed XML/
        ],
        [
            'unknown enum value',
            caseField('Gate_Probe__c', '<label>P</label><length>24</length><type>Txt</type>'),
            /'Txt' is not a valid FieldType/
        ],
        [
            'bad boolean',
            caseField(
                'Gate_Probe__c',
                '<label>P</label><length>24</length><type>Text</type><externalId>yes</externalId>'
            ),
            /'yes' is not a boolean/
        ],
        [
            'bad number',
            caseField('Gate_Probe__c', '<label>P</label><length>sixty</length><type>Text</type>'),
            /'sixty' is not a number/
        ],
        [
            'unknown element',
            caseField(
                'Gate_Probe__c',
                '<label>P</label><length>24</length><type>Text</type><colour>red</colour>'
            ),
            /colour: unknown element for CustomField/
        ],
        [
            'repeated non-list element',
            caseField(
                'Gate_Probe__c',
                '<label>P</label><length>24</length><length>25</length><type>Text</type>'
            ),
            /element repeated but CustomField.length is not a list/
        ],
        [
            'Text field without length',
            caseField('Gate_Probe__c', '<label>P</label><type>Text</type>'),
            /Text field needs <length>/
        ],
        [
            'unique on a Checkbox',
            caseField(
                'Gate_Probe__c',
                '<label>P</label><defaultValue>false</defaultValue><type>Checkbox</type><unique>true</unique>'
            ),
            /unique is only allowed on Text, Number or Email/
        ],
        [
            'missing required element (RecordType.active) and unknown business process',
            {
                [`${OBJECTS}/Case/recordTypes/Gate_Probe.recordType-meta.xml`]: `<?xml version="1.0" encoding="UTF-8"?>
<RecordType xmlns="http://soap.sforce.com/2006/04/metadata">
    <fullName>Gate_Probe</fullName>
    <businessProcess>No Such Process</businessProcess>
    <label>Gate Probe</label>
</RecordType>
`
            },
            /missing required element <active>[\s\S]*|business process 'No Such Process' does not exist/
        ],
        [
            'root without the metadata namespace',
            {
                'force-app/main/default/labels/Gate.labels-meta.xml':
                    '<?xml version="1.0" encoding="UTF-8"?>\n<CustomLabels></CustomLabels>\n'
            },
            /must declare xmlns=/
        ],
        [
            'permission set granting a field that does not exist',
            PERMSET(
                '<fieldPermissions><editable>false</editable><field>Case.No_Such_Field__c</field><readable>true</readable></fieldPermissions>'
            ),
            /references field 'Case.No_Such_Field__c'/
        ],
        [
            'permission set granting a class that does not exist',
            PERMSET(
                '<classAccesses><apexClass>NoSuchClass</apexClass><enabled>true</enabled></classAccesses>'
            ),
            /grants class 'NoSuchClass'/
        ]
    ])('fails on %s', (_name, files, expected) => {
        expectBreak('metadata', files, expected);
    });
});

describe('conversion', () => {
    test('fails on an Apex class without its -meta.xml (both converters drop it silently)', () => {
        expectBreak(
            'conversion',
            { [`${CLASSES}/GateProbe.cls`]: 'public with sharing class GateProbe {}\n' },
            /GateProbe\.cls: no GateProbe\.cls-meta\.xml/
        );
    });
    test('fails on stale emitted LWC JavaScript', () => {
        const emitted = `${LWC}/kustomerConversationModel/kustomerConversationModel.js`;
        expectBreak(
            'conversion',
            { [emitted]: `${read(base, emitted)}\n// edited by hand\n` },
            /kustomerConversationModel\.js: stale/
        );
    });
    test('fails on an LWC bundle whose .js was never emitted', () => {
        expectBreak(
            'conversion',
            { [`${LWC}/kustomerConversationModel/kustomerConversationModel.js`]: null },
            /LWC bundle has no kustomerConversationModel\.js/
        );
    });
    test('fails on metadata conversion rejects (a file of unknown type)', () => {
        expectBreak(
            'conversion',
            { [`${CLASSES}/Notes.txt-meta.xml`]: '<?xml version="1.0"?><Nope/>' },
            /conversion failed/
        );
    });
});

describe('lwc-platform', () => {
    test('fails on a template directive the platform does not know', () => {
        const files = jsBundle(
            'gateProbe',
            "import { LightningElement } from 'lwc';\nexport default class GateProbe extends LightningElement {}\n",
            '<template><div lwc:bogus></div></template>\n'
        );
        expectBreak('lwc-platform', files, /gateProbe.*(bogus|Invalid directive)/);
    });
    test('fails on decorators compiled to helpers (experimentalDecorators output)', () => {
        const js =
            "import { LightningElement, api } from 'lwc';\nvar __decorate = function () {};\nexport default class GateProbe extends LightningElement { name; }\n__decorate([api], GateProbe.prototype, 'name');\n";
        expectBreak(
            'lwc-platform',
            jsBundle('gateProbe', js, '<template></template>\n'),
            /gateProbe/
        );
    });
});

describe('apex-syntax', () => {
    test('fails on a missing semicolon', () => {
        expectBreak(
            'apex-syntax',
            apexClass(
                'GateProbe',
                "public with sharing class GateProbe {\n    String a = 'x'\n    String b;\n}\n"
            ),
            /GateProbe\.cls/
        );
    });
});

describe('apex-rules', () => {
    const cls = (body: string): Record<string, string> =>
        apexClass(
            'GateProbe',
            `public with sharing class GateProbe {\n    public static void run(Id caseId) {\n        ${body}\n    }\n}\n`
        );
    test.each([
        [
            'WITH SECURITY_ENFORCED',
            'Case c = [SELECT Id FROM Case WHERE Id = :caseId WITH SECURITY_ENFORCED];',
            /SECURITY_ENFORCED is not allowed/
        ],
        [
            'a query without user mode',
            'Case c = [SELECT Id FROM Case WHERE Id = :caseId];',
            /inline query without WITH USER_MODE/
        ],
        [
            'a dynamic query without user mode',
            "List<Case> c = Database.query('SELECT Id FROM Case');",
            /dynamic query without AccessLevel.USER_MODE/
        ],
        [
            'a DML statement',
            'Case c = new Case(Id = caseId);\n        update as user c;',
            /DML 'update' outside a test class/
        ],
        [
            'Database.insert',
            'Database.insert(new Case(), AccessLevel.USER_MODE);',
            /Database\.insert outside a test class/
        ],
        [
            'a POST request',
            "HttpRequest r = new HttpRequest();\n        r.setMethod('POST');",
            /setMethod\('POST'\)/
        ],
        [
            'an Authorization header',
            "HttpRequest r = new HttpRequest();\n        r.setHeader('Authorization', 'Bearer ' + caseId);",
            /Authorization header set in code/
        ],
        [
            'a hard-coded endpoint',
            "HttpRequest r = new HttpRequest();\n        r.setEndpoint('https://api.kustomerapp.com/v1');",
            /endpoints must be callout:/
        ]
    ])('fails on %s', (_name, body, expected) => {
        expectBreak('apex-rules', cls(body), expected);
    });
    test('passes a secure read-only gateway, and DML in its @IsTest class', () => {
        const outcome = validate(variant(base, goodApex()), 'apex-rules');
        expect(outcome.findings).toEqual([]);
        expect(outcome.passed).toBe(true);
    });
});

describe('references', () => {
    const lwcImport = (line: string): Record<string, string> =>
        jsBundle(
            'gateProbe',
            `import { LightningElement } from 'lwc';\n${line}\nexport default class GateProbe extends LightningElement {}\n`
        );
    test.each([
        [
            'an Apex method that does not exist',
            "import run from '@salesforce/apex/NoSuchClass.run';",
            /no @AuraEnabled static method NoSuchClass\.run/
        ],
        [
            'a label that does not exist',
            "import label from '@salesforce/label/c.No_Such_Label';",
            /no custom label 'No_Such_Label'/
        ],
        [
            'a custom field that does not exist',
            "import FIELD from '@salesforce/schema/Case.No_Such_Field__c';",
            /field 'Case\.No_Such_Field__c' is not in the package/
        ],
        [
            'a component that does not exist',
            "import other from 'c/noSuchComponent';",
            /no LWC bundle 'noSuchComponent'/
        ],
        [
            'a record-writing API',
            "import { updateRecord } from 'lightning/uiRecordApi';",
            /imports updateRecord from lightning\/uiRecordApi/
        ],
        [
            'a continuation method imported from @salesforce/apex',
            "import start from '@salesforce/apex/GateProbeGateway.start';",
            /is an @AuraEnabled\(continuation=true\) method/
        ]
    ])('fails on an LWC import of %s', (_name, line, expected) => {
        expectBreak('references', { ...goodApex(), ...lwcImport(line) }, expected);
    });
    test('fails on a record edit form in a template', () => {
        const files = jsBundle(
            'gateProbe',
            "import { LightningElement } from 'lwc';\nexport default class GateProbe extends LightningElement {}\n",
            '<template><lightning-record-edit-form object-api-name="Case"></lightning-record-edit-form></template>\n'
        );
        expectBreak('references', files, /lightning-record-edit-form> edits records/);
    });
    test('fails on a SOQL field that does not exist', () => {
        const source =
            'public with sharing class GateProbe {\n    public static Case run(Id caseId) {\n        return [SELECT Id, No_Such_Field__c FROM Case WHERE Id = :caseId WITH USER_MODE];\n    }\n}\n';
        expectBreak(
            'references',
            apexClass('GateProbe', source),
            /SOQL names Case\.No_Such_Field__c/
        );
    });
});

describe('namespace', () => {
    test('fails on a hard-coded namespace prefix outside sfdx-project.json, docs/ and README', () => {
        const ns = namespaceOf(base);
        expectBreak(
            'namespace',
            { 'scripts/gate-probe.sh': `#!/bin/bash\necho ${ns}__Conversation_ID__c\n` },
            new RegExp(`gate-probe\\.sh: hard-coded namespace '${ns}__'`)
        );
    });
    test('accepts the prefix in docs/', () => {
        const ns = namespaceOf(base);
        expect(
            validate(
                variant(base, { 'docs/gate-probe.md': `${ns}__Conversation_ID__c\n` }),
                'namespace'
            ).passed
        ).toBe(true);
    });
});

describe('golden-in-step', () => {
    test('fails when scripts/golden-apex.ts --check fails, passes when it passes', () => {
        const failing =
            "if (process.argv.includes('--check')) { console.error('KustomerGoldenFixtures.cls is stale'); process.exit(1); }\n";
        expectBreak(
            'golden-in-step',
            { 'scripts/golden-apex.ts': failing },
            /KustomerGoldenFixtures\.cls is stale/
        );
        expect(
            validate(
                variant(base, { 'scripts/golden-apex.ts': 'process.exit(0);\n' }),
                'golden-in-step'
            ).passed
        ).toBe(true);
    });
});

describe('apexlink', () => {
    test('passes current syntax (user mode, ??, Assert) on the pre-processed copy', () => {
        const outcome = validate(variant(base, goodApex()), 'apexlink');
        expect(outcome.findings.filter((f) => !f.warning)).toEqual([]);
    });
    test('fails on an unknown variable and an unknown field', () => {
        const source =
            'public with sharing class GateProbe {\n    public static String run(Case c) {\n        String s = c.No_Such_Field__c;\n        return s + undefinedThing;\n    }\n}\n';
        expectBreak(
            'apexlink',
            apexClass('GateProbe', source),
            /GateProbe\.cls.*(No_Such_Field__c|undefinedThing)/
        );
    });
});

describe('pmd', () => {
    test('passes the secure gateway', () => {
        const outcome = validate(variant(base, goodApex()), 'pmd');
        expect(outcome.findings).toEqual([]);
    });
    test('fails on a class without a sharing declaration that uses a hard-coded URL and dynamic SOQL', () => {
        const source =
            "public class GateProbe {\n    public static List<Case> run(String subject) {\n        HttpRequest r = new HttpRequest();\n        r.setEndpoint('https://api.kustomerapp.com/v1');\n        return Database.query('SELECT Id FROM Case WHERE Subject = \\'' + subject + '\\'');\n    }\n}\n";
        expectBreak(
            'pmd',
            apexClass('GateProbe', source),
            /GateProbe\.cls.*(ApexSharingViolations|ApexSuggestUsingNamedCred|ApexSOQLInjection|ApexCRUDViolation)/
        );
    });
    test('fails on a suppression without a justifying comment', () => {
        const source =
            "public with sharing class GateProbe {\n    @SuppressWarnings('PMD.ApexDoc')\n    public static void run() {\n    }\n}\n";
        expectBreak(
            'pmd',
            apexClass('GateProbe', source),
            /suppression without a justifying comment/
        );
    });
});
