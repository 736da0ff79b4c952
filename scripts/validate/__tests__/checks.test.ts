// Every validate check fails on broken inputs. For each check, one copy of the built project gets all of that
// check's broken inputs (each in its own file), the check runs once, and each case must find its own finding
// (matched with its file name), which the unbroken copy does not have.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import {
    apexClass,
    BUNDLE_META,
    CLASS_META,
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
import { graphEngineWanted } from '../graph-engine.ts';

jest.setTimeout(300_000);

type Files = Record<string, string | null>;
interface Case {
    name: string;
    /** A function when the content depends on the built copy (made once it exists). */
    files: Files | (() => Files);
    /** Matched against `<file>: <message>` of the error findings. */
    expected: RegExp;
}

let base: string;
beforeAll(() => {
    base = builtCopy();
});
afterAll(cleanUp);

const outcomes = new Map<string, Outcome>();
function memo(key: string, run: () => Outcome): Outcome {
    if (!outcomes.has(key)) outcomes.set(key, run());
    return outcomes.get(key) as Outcome;
}

/** Declares one test per case; the broken copy (all cases together) is built and checked once. */
function proveBreaks(check: string, cases: Case[]): void {
    const filesOf = (c: Case): Files => (typeof c.files === 'function' ? c.files() : c.files);
    const broken = (): Outcome =>
        memo(`broken:${check}`, () =>
            validate(variant(base, Object.assign({}, ...cases.map(filesOf))), check)
        );
    test('the broken copy fails the check (exit 1)', () => {
        expect(broken().passed).toBe(false);
        expect(broken().status).toBe(1);
    });
    test.each(cases.map((c) => [c.name, c] as const))('finds %s', (_name, c) => {
        expect(errorsMatching(broken(), c.expected)).not.toHaveLength(0);
        expect(
            errorsMatching(
                memo(`base:${check}`, () => validate(base, check)),
                c.expected
            )
        ).toHaveLength(0);
    });
}

const FLEXIPAGE = 'force-app/main/default/flexipages/Kustomer_Case_Record_Page.flexipage-meta.xml';

/** A bundle whose .js-meta.xml carries `body` (exposed), with a JavaScript class to go with it. */
const lwcMeta = (name: string, body: string): Files => ({
    [`${LWC}/${name}/${name}.js`]: `import { LightningElement } from 'lwc';\nexport default class X extends LightningElement {}\n`,
    [`${LWC}/${name}/${name}.js-meta.xml`]: `<?xml version="1.0" encoding="UTF-8"?>
<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>68.0</apiVersion>
    <isExposed>true</isExposed>
    ${body}
</LightningComponentBundle>
`
});

const permset = (name: string, body: string): Files => ({
    [`force-app/main/default/permissionsets/${name}.permissionset-meta.xml`]: `<?xml version="1.0" encoding="UTF-8"?>
<PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">
    <label>${name}</label>
    ${body}
</PermissionSet>
`
});

describe('metadata', () => {
    proveBreaks('metadata', [
        {
            name: 'malformed XML',
            files: caseField('Gate_P1__c', '<label>P</labl><length>24</length><type>Text</type>'),
            expected: /Gate_P1__c.*not well-formed XML/
        },
        {
            name: 'an unknown enum value',
            files: caseField('Gate_P2__c', '<label>P</label><length>24</length><type>Txt</type>'),
            expected: /Gate_P2__c.*'Txt' is not a valid FieldType/
        },
        {
            name: 'a bad boolean',
            files: caseField(
                'Gate_P3__c',
                '<label>P</label><length>24</length><type>Text</type><externalId>yes</externalId>'
            ),
            expected: /Gate_P3__c.*'yes' is not a boolean/
        },
        {
            name: 'a bad number',
            files: caseField(
                'Gate_P4__c',
                '<label>P</label><length>sixty</length><type>Text</type>'
            ),
            expected: /Gate_P4__c.*'sixty' is not a number/
        },
        {
            name: 'an unknown element',
            files: caseField(
                'Gate_P5__c',
                '<label>P</label><length>24</length><type>Text</type><colour>red</colour>'
            ),
            expected: /Gate_P5__c.*colour: unknown element for CustomField/
        },
        {
            name: 'a repeated non-list element',
            files: caseField(
                'Gate_P6__c',
                '<label>P</label><length>24</length><length>25</length><type>Text</type>'
            ),
            expected: /Gate_P6__c.*CustomField.length is not a list/
        },
        {
            name: 'a Text field without length',
            files: caseField('Gate_P7__c', '<label>P</label><type>Text</type>'),
            expected: /Gate_P7__c.*Text field needs <length>/
        },
        {
            name: 'unique on a Checkbox',
            files: caseField(
                'Gate_P8__c',
                '<label>P</label><defaultValue>false</defaultValue><type>Checkbox</type><unique>true</unique>'
            ),
            expected: /Gate_P8__c.*unique is only allowed on Text, Number or Email/
        },
        {
            name: 'a missing required element and an unknown business process',
            files: {
                [`${OBJECTS}/Case/recordTypes/Gate_Probe.recordType-meta.xml`]: `<?xml version="1.0" encoding="UTF-8"?>
<RecordType xmlns="http://soap.sforce.com/2006/04/metadata">
    <fullName>Gate_Probe</fullName>
    <businessProcess>No Such Process</businessProcess>
    <label>Gate Probe</label>
</RecordType>
`
            },
            expected:
                /Gate_Probe\.recordType.*(missing required element <active>|business process 'No Such Process' does not exist)/
        },
        {
            name: 'a root without the metadata namespace',
            files: {
                'force-app/main/default/labels/Gate.labels-meta.xml':
                    '<?xml version="1.0" encoding="UTF-8"?>\n<CustomLabels></CustomLabels>\n'
            },
            expected: /Gate\.labels.*must declare xmlns=/
        },
        {
            name: 'a permission set granting a field that does not exist',
            files: permset(
                'Gate_PS1',
                '<fieldPermissions><editable>false</editable><field>Case.No_Such_Field__c</field><readable>true</readable></fieldPermissions>'
            ),
            expected: /Gate_PS1.*references field 'Case\.No_Such_Field__c'/
        },
        {
            name: 'an Apex class newer than sourceApiVersion',
            files: {
                ...apexClass('GateNewer', 'public with sharing class GateNewer {}\n'),
                [`${CLASSES}/GateNewer.cls-meta.xml`]: CLASS_META.replace(
                    /<apiVersion>[^<]+</,
                    '<apiVersion>99.0<'
                )
            },
            expected: /GateNewer\.cls-meta\.xml.*apiVersion 99\.0 is newer than sourceApiVersion/
        },
        {
            name: 'a translation of a label that does not exist, into no language Salesforce knows',
            files: {
                'force-app/main/default/translations/xx.translation-meta.xml': `<?xml version="1.0" encoding="UTF-8"?>
<Translations xmlns="http://soap.sforce.com/2006/04/metadata">
    <customLabels>
        <label>Nicht da</label>
        <name>No_Such_Label</name>
    </customLabels>
</Translations>
`
            },
            expected:
                /xx\.translation-meta\.xml.*(translates custom label 'No_Such_Label'|'xx' is not a language code)/
        },
        {
            name: 'a permission set granting a class that does not exist',
            files: permset(
                'Gate_PS2',
                '<classAccesses><apexClass>NoSuchClass</apexClass><enabled>true</enabled></classAccesses>'
            ),
            expected: /Gate_PS2.*grants class 'NoSuchClass'/
        },
        {
            name: 'a permission set granting a custom permission that does not exist',
            files: permset(
                'Gate_PS3',
                '<customPermissions><enabled>true</enabled><name>No_Such_Permission</name></customPermissions>'
            ),
            expected: /Gate_PS3.*custom permission 'No_Such_Permission'/
        },
        {
            name: 'a permission set showing a tab that does not exist',
            files: permset(
                'Gate_PS4',
                '<tabSettings><tab>No_Such_Tab</tab><visibility>Visible</visibility></tabSettings>'
            ),
            expected: /Gate_PS4.*tab 'No_Such_Tab'/
        },
        {
            name: 'a permission set group including a permission set that does not exist',
            files: {
                'force-app/main/default/permissionsetgroups/Gate_PSG.permissionsetgroup-meta.xml': `<?xml version="1.0" encoding="UTF-8"?>
<PermissionSetGroup xmlns="http://soap.sforce.com/2006/04/metadata">
    <label>Gate</label>
    <permissionSets>No_Such_Set</permissionSets>
</PermissionSetGroup>
`
            },
            expected: /Gate_PSG.*permission set 'No_Such_Set'/
        },
        {
            name: 'a permission set description over 255 characters',
            files: permset('Gate_PS5', `<description>${'x'.repeat(256)}</description>`),
            expected: /Gate_PS5.*description is 256 characters/
        },
        {
            name: 'an unknown js-meta.xml target',
            files: lwcMeta(
                'gateMeta1',
                '<targets><target>lightning__RecordPages</target></targets>'
            ),
            expected: /gateMeta1\.js-meta\.xml.*unknown target 'lightning__RecordPages'/
        },
        {
            name: 'a targetConfig for a target the bundle does not list',
            files: lwcMeta(
                'gateMeta2',
                '<targets><target>lightning__RecordPage</target></targets><targetConfigs><targetConfig targets="lightning__AppPage"><property name="a" type="String" /></targetConfig></targetConfigs>'
            ),
            expected: /gateMeta2\.js-meta\.xml.*'lightning__AppPage', which <targets> does not list/
        },
        {
            name: 'a design property type Lightning App Builder does not support',
            files: lwcMeta(
                'gateMeta3',
                '<targets><target>lightning__RecordPage</target></targets><targetConfigs><targetConfig targets="lightning__RecordPage"><property name="a" type="Number" /></targetConfig></targetConfigs>'
            ),
            expected: /gateMeta3\.js-meta\.xml.*property 'a' has type 'Number'/
        },
        {
            name: 'an unknown form factor',
            files: lwcMeta(
                'gateMeta4',
                '<targets><target>lightning__RecordPage</target></targets><targetConfigs><targetConfig targets="lightning__RecordPage"><supportedFormFactors><supportedFormFactor type="Medium" /></supportedFormFactors></targetConfig></targetConfigs>'
            ),
            expected: /gateMeta4\.js-meta\.xml.*unknown form factor 'Medium'/
        },
        {
            name: 'a flexipage placing a component not exposed for record pages',
            files: () => ({
                ...lwcMeta('gateMeta5', ''),
                [FLEXIPAGE]: read(base, FLEXIPAGE).replace(
                    '<componentName>kustomerCaseConversation</componentName>',
                    '<componentName>gateMeta5</componentName>'
                )
            }),
            expected:
                /Kustomer_Case_Record_Page.*places 'gateMeta5', which is not exposed for lightning__RecordPage/
        },
        {
            name: 'a tab opening a component not exposed for tabs',
            files: {
                ...lwcMeta('gateMeta6', ''),
                'force-app/main/default/tabs/Gate_Tab.tab-meta.xml': `<?xml version="1.0" encoding="UTF-8"?>
<CustomTab xmlns="http://soap.sforce.com/2006/04/metadata">
    <label>Gate</label>
    <lwcComponent>gateMeta6</lwcComponent>
    <motif>Custom19: Wrench</motif>
</CustomTab>
`
            },
            expected: /Gate_Tab\.tab.*places 'gateMeta6', which is not exposed for lightning__Tab/
        }
    ]);
    test('a flexipage setting a property the component does not declare', () => {
        const outcome = validate(
            variant(base, {
                [FLEXIPAGE]: read(base, FLEXIPAGE).replace(
                    '<name>showNotes</name>',
                    '<name>showNotesTypo</name>'
                )
            }),
            'metadata'
        );
        expect(
            errorsMatching(outcome, /sets property 'showNotesTypo' of 'kustomerCaseConversation'/)
        ).toHaveLength(1);
    });
});

describe('conversion', () => {
    const emitted = `${LWC}/kustomerConversationModel/kustomerConversationModel.js`;
    proveBreaks('conversion', [
        {
            name: 'an Apex class without its -meta.xml',
            files: { [`${CLASSES}/GateProbe.cls`]: 'public with sharing class GateProbe {}\n' },
            expected: /GateProbe\.cls: no GateProbe\.cls-meta\.xml/
        },
        {
            name: 'stale emitted JavaScript',
            files: () => ({ [emitted]: `${read(base, emitted)}\n// edited by hand\n` }),
            expected: /kustomerConversationModel\.js: stale/
        },
        {
            name: 'a TypeScript bundle whose .js was never emitted',
            files: {
                [`${LWC}/gateProbeTs/gateProbeTs.ts`]:
                    "import { LightningElement } from 'lwc';\nexport default class GateProbeTs extends LightningElement {}\n",
                [`${LWC}/gateProbeTs/gateProbeTs.js-meta.xml`]: BUNDLE_META
            },
            expected: /gateProbeTs: LWC bundle has no gateProbeTs\.js/
        },
        {
            name: 'a file conversion rejects',
            files: { [`${CLASSES}/Notes.txt-meta.xml`]: '<?xml version="1.0"?><Nope/>' },
            expected: /conversion failed/
        },
        {
            name: 'emitted JavaScript left over from a deleted TypeScript source',
            files: {
                [`${LWC}/kustomerConversationModel/gateOrphan.js`]: 'export const orphan = 1;\n'
            },
            expected: /gateOrphan\.js: emitted \.js without its \.ts/
        }
    ]);
});

describe('lwc-platform', () => {
    const element = (name: string, body = ''): string =>
        `import { LightningElement, api } from 'lwc';\n${body}\nexport default class ${name} extends LightningElement {}\n`;
    proveBreaks('lwc-platform', [
        {
            name: 'an unknown template directive',
            files: jsBundle(
                'gateProbeA',
                element('GateProbeA'),
                '<template><div lwc:bogus></div></template>\n'
            ),
            expected: /gateProbeA.*(bogus|directive)/i
        },
        {
            name: 'decorators compiled to helpers (experimentalDecorators output)',
            files: jsBundle(
                'gateProbeB',
                "import { LightningElement, api } from 'lwc';\nvar __decorate = function () {};\nexport default class GateProbeB extends LightningElement { name; }\n__decorate([api], GateProbeB.prototype, 'name');\n",
                '<template></template>\n'
            ),
            expected: /gateProbeB/
        },
        {
            name: 'markup the compiler rewrites (a block inside <p>)',
            files: jsBundle(
                'gateProbeC',
                element('GateProbeC'),
                '<template><p><span>a</span><div>b</div></p></template>\n'
            ),
            expected: /gateProbeC.*LWC1144/
        },
        {
            name: 'an attribute templates do not support',
            files: jsBundle(
                'gateProbeD',
                element('GateProbeD'),
                '<template><template if:true={shown} class="x"><p>x</p></template></template>\n'
            ),
            expected: /gateProbeD.*LWC1145/
        }
    ]);
});

describe('apex-syntax', () => {
    proveBreaks('apex-syntax', [
        {
            name: 'a missing semicolon',
            files: apexClass(
                'GateProbe',
                "public with sharing class GateProbe {\n    String a = 'x'\n    String b;\n}\n"
            ),
            expected: /GateProbe\.cls/
        }
    ]);
});

describe('apex-rules', () => {
    let n = 0;
    const cls = (body: string): Files => {
        n += 1;
        return apexClass(
            `GateRule${n}`,
            `public with sharing class GateRule${n} {\n    public static void run(Id caseId) {\n        ${body}\n    }\n}\n`
        );
    };
    proveBreaks('apex-rules', [
        {
            name: 'WITH SECURITY_ENFORCED',
            files: cls('Case c = [SELECT Id FROM Case WHERE Id = :caseId WITH SECURITY_ENFORCED];'),
            expected: /GateRule1\.cls.*SECURITY_ENFORCED is not allowed/
        },
        {
            name: 'a query without user mode',
            files: cls('Case c = [SELECT Id FROM Case WHERE Id = :caseId];'),
            expected: /GateRule2\.cls.*inline query without WITH USER_MODE/
        },
        {
            name: 'a dynamic query without user mode',
            files: cls("List<Case> c = Database.query('SELECT Id FROM Case');"),
            expected: /GateRule3\.cls.*dynamic query without AccessLevel\.USER_MODE/
        },
        {
            name: 'a DML statement',
            files: cls('Case c = new Case(Id = caseId);\n        update as user c;'),
            expected: /GateRule4\.cls.*DML 'update' outside a test class/
        },
        {
            name: 'Database.insert',
            files: cls('Database.insert(new Case(), AccessLevel.USER_MODE);'),
            expected: /GateRule5\.cls.*Database\.insert outside a test class/
        },
        {
            name: 'a POST request',
            files: cls("HttpRequest r = new HttpRequest();\n        r.setMethod('POST');"),
            expected: /GateRule6\.cls.*setMethod\('POST'\)/
        },
        {
            name: 'an Authorization header',
            files: cls(
                "HttpRequest r = new HttpRequest();\n        r.setHeader('Authorization', 'Bearer ' + caseId);"
            ),
            expected: /GateRule7\.cls.*Authorization header set in code/
        },
        {
            name: 'a hard-coded endpoint',
            files: cls(
                "HttpRequest r = new HttpRequest();\n        r.setEndpoint('https://api.kustomerapp.com/v1');"
            ),
            expected: /GateRule8\.cls.*endpoints must be callout:/
        },
        {
            name: 'system mode',
            files: cls(
                "List<Case> c = Database.query('SELECT Id FROM Case', AccessLevel.SYSTEM_MODE);"
            ),
            expected: /GateRule9\.cls.*system mode is not allowed/
        }
    ]);
});

describe('references', () => {
    let n = 0;
    const lwcImport = (line: string): Files => {
        n += 1;
        return jsBundle(
            `gateRef${n}`,
            `import { LightningElement } from 'lwc';\n${line}\nexport default class GateRef${n} extends LightningElement {}\n`
        );
    };
    proveBreaks('references', [
        {
            name: 'an Apex method that does not exist',
            files: lwcImport("import run from '@salesforce/apex/NoSuchClass.run';"),
            expected: /gateRef1.*no @AuraEnabled static method NoSuchClass\.run/
        },
        {
            name: 'a label that does not exist',
            files: lwcImport("import label from '@salesforce/label/c.No_Such_Label';"),
            expected: /gateRef2.*no custom label 'No_Such_Label'/
        },
        {
            name: 'a custom field that does not exist',
            files: lwcImport("import FIELD from '@salesforce/schema/Case.No_Such_Field__c';"),
            expected: /gateRef3.*field 'Case\.No_Such_Field__c' is not in the package/
        },
        {
            name: 'a component that does not exist',
            files: lwcImport("import other from 'c/noSuchComponent';"),
            expected: /gateRef4.*no LWC bundle 'noSuchComponent'/
        },
        {
            name: 'a record-writing API',
            files: lwcImport("import { updateRecord } from 'lightning/uiRecordApi';"),
            expected: /gateRef5.*imports updateRecord from lightning\/uiRecordApi/
        },
        {
            name: 'a continuation method imported from @salesforce/apex',
            files: {
                ...goodApex(),
                ...lwcImport("import start from '@salesforce/apex/GateProbeGateway.start';")
            },
            expected: /gateRef6.*is an @AuraEnabled\(continuation=true\) method/
        },
        {
            name: 'an unknown platform module',
            files: lwcImport("import x from '@salesforce/nosuchthing/X';"),
            expected: /gateRef7.*unknown platform module/
        },
        {
            name: 'a record edit form in a template',
            files: jsBundle(
                'gateRefForm',
                "import { LightningElement } from 'lwc';\nexport default class GateRefForm extends LightningElement {}\n",
                '<template><lightning-record-edit-form object-api-name="Case"></lightning-record-edit-form></template>\n'
            ),
            expected: /gateRefForm\.html.*lightning-record-edit-form> edits records/
        },
        {
            name: 'a SOQL field that does not exist',
            files: apexClass(
                'GateRefSoql',
                'public with sharing class GateRefSoql {\n    public static Case run(Id caseId) {\n        return [SELECT Id, No_Such_Field__c FROM Case WHERE Id = :caseId WITH USER_MODE];\n    }\n}\n'
            ),
            expected: /GateRefSoql\.cls.*SOQL names Case\.No_Such_Field__c/
        },
        {
            name: 'a custom permission Apex checks that does not exist',
            files: apexClass(
                'GateRefPerm',
                "public with sharing class GateRefPerm {\n    private static final String NAME = 'No_Such_Permission';\n    public static Boolean run() {\n        return FeatureManagement.checkPermission(NAME) || FeatureManagement.checkPermission('Other_Missing');\n    }\n}\n"
            ),
            expected: /GateRefPerm\.cls.*custom permission '(No_Such_Permission|Other_Missing)'/
        }
    ]);
});

describe('namespace', () => {
    proveBreaks('namespace', [
        {
            name: 'a hard-coded prefix in a script',
            files: () => ({
                'scripts/gate-probe.sh': `#!/bin/bash\necho ${namespaceOf(base)}__Conversation_ID__c\n`,
                'docs/gate-probe.md': `${namespaceOf(base)}__Conversation_ID__c is allowed in docs\n`
            }),
            expected: /gate-probe\.sh: hard-coded namespace/
        }
    ]);
    test('accepts the prefix in docs/', () => {
        expect(
            errorsMatching(
                memo('broken:namespace', () => validate(base, 'namespace')),
                /docs\/gate-probe\.md/
            )
        ).toHaveLength(0);
    });
});

describe('golden-in-step', () => {
    proveBreaks('golden-in-step', [
        {
            name: 'generated fixtures out of step',
            files: {
                'scripts/golden-apex.ts':
                    "if (process.argv.includes('--check')) {\n    console.error('KustomerGoldenFixtures.cls is stale');\n    process.exit(1);\n}\n"
            },
            expected: /KustomerGoldenFixtures\.cls is stale/
        },
        {
            name: 'generated setup fixtures out of step',
            files: {
                'scripts/golden-setup-apex.ts':
                    "if (process.argv.includes('--check')) {\n    console.error('KustomerSetupGoldenFixtures.cls is stale');\n    process.exit(1);\n}\n"
            },
            expected: /KustomerSetupGoldenFixtures\.cls is stale/
        },
        {
            name: 'a generated contract table edited by hand',
            files: () => ({
                'force-app/main/default/lwc/kustomerConversationModel/contractTables.ts': read(
                    base,
                    'force-app/main/default/lwc/kustomerConversationModel/contractTables.ts'
                ).replace('export const MAX_PAGE = 10000;', 'export const MAX_PAGE = 20000;')
            }),
            expected: /Not in step with contract\/tables\.json: .*contractTables\.ts/
        },
        {
            name: 'the viewer labels module edited by hand',
            files: () => ({
                'force-app/main/default/lwc/kustomerConversationLabels/kustomerConversationLabels.ts':
                    read(
                        base,
                        'force-app/main/default/lwc/kustomerConversationLabels/kustomerConversationLabels.ts'
                    ) + '\nexport const EXTRA = 1;\n'
            }),
            expected: /Not in step with the Custom Labels/
        },
        {
            name: 'a contract limit copied into a hand-written class',
            files: {
                'force-app/main/default/classes/GateCopy1.cls':
                    'public with sharing class GateCopy1 {\n    private static final Integer PAGE_TTL = 300;\n}\n',
                'force-app/main/default/classes/GateCopy1.cls-meta.xml': CLASS_META
            },
            expected: /GateCopy1\.cls:2: a limit declared with its value/
        }
    ]);
    test('passes when both generators pass --check', () => {
        expect(
            validate(
                variant(base, {
                    'scripts/golden-apex.ts': 'process.exit(0);\n',
                    'scripts/golden-setup-apex.ts': 'process.exit(0);\n'
                }),
                'golden-in-step'
            ).passed
        ).toBe(true);
    });
});

describe('apex-compile', () => {
    const cls = (name: string, body: string, members = ''): Files =>
        apexClass(
            name,
            `public with sharing class ${name} {\n${members}    public static Object run(Case c) {\n        ${body}\n    }\n}\n`
        );
    proveBreaks('apex-compile', [
        {
            name: 'a call with the wrong signature',
            files: cls('GateCompile1', "return KustomerJson.asString('a', 'b');"),
            expected: /GateCompile1\.cls.*incorrect signature: \w+ asString\(String, String\)/
        },
        {
            name: 'an unknown label',
            files: cls('GateCompile2', 'return System.Label.No_Such_Label;'),
            expected: /GateCompile2\.cls.*No_Such_Label/
        },
        {
            name: 'an unknown field',
            files: cls('GateCompile3', 'return c.No_Such_Field__c;'),
            expected: /GateCompile3\.cls.*No_Such_Field__c/
        },
        {
            name: 'an @AuraEnabled overload',
            files: cls(
                'GateCompile4',
                'return null;',
                '    @AuraEnabled\n    public static String one(String a) {\n        return a;\n    }\n    @AuraEnabled\n    public static String one(Integer a) {\n        return null;\n    }\n'
            ),
            expected: /GateCompile4\.cls.*Overload of AuraEnabled method/
        },
        {
            name: 'a type mismatch',
            files: cls('GateCompile5', "Integer count = 'many';\n        return count;"),
            expected: /GateCompile5\.cls.*Illegal assignment from String to Integer/
        },
        {
            name: 'a @TestVisible member used outside a test',
            files: cls('GateCompile6', 'return KustomerClock.fixedNow;'),
            expected: /GateCompile6\.cls.*not visible.*fixedNow/
        },
        {
            name: 'a namespace-qualified reference that the second-namespace build cannot resolve',
            files: () =>
                cls('GateCompile7', `return ${namespaceOf(base)}.KustomerJson.asString(c);`),
            expected: /GateCompile7\.cls.*only without a namespace/
        },
        // The harness gaps (lib/jorje-gaps.ts) filter only the construct they are about: the same construct with a
        // real error still fails.
        {
            name: 'a static field token of a field that does not exist (gap: static field tokens)',
            files: cls('GateGap1', 'return Case.No_Such_Field__c;'),
            expected: /GateGap1\.cls.*No_Such_Field__c/
        },
        {
            name: 'a describe token of a field that does not exist (gap: Schema.SObjectType tokens)',
            files: cls('GateGap2', 'return Schema.SObjectType.Case.fields.No_Such_Field__c;'),
            expected: /GateGap2\.cls.*Schema\.SObjectType\.Case\.fields/
        },
        {
            name: 'the type token of an object that does not exist (gap: SObjectType tokens)',
            files: cls('GateGap3', 'return Casee.SObjectType;'),
            expected: /GateGap3\.cls.*Casee/
        },
        {
            name: 'a misspelt method on an own exception (gap: Exception methods)',
            files: cls(
                'GateGap4',
                "GateException e = new GateException('x');\n        return e.getMesage();",
                '    public class GateException extends Exception {\n    }\n'
            ),
            expected: /GateGap4\.cls.*getMesage\(\)/
        },
        {
            name: 'a status code the SOAP API does not have (System.StatusCode is generated from its list)',
            files: cls('GateGap6', 'return StatusCode.NO_SUCH_STATUS_CODE;'),
            expected: /GateGap6\.cls.*NO_SUCH_STATUS_CODE/
        },
        {
            name: 'Database.insert of a non-sObject with an access level (gap: DML with AccessLevel)',
            files: cls('GateGap7', 'return Database.insert(42, AccessLevel.USER_MODE);'),
            expected: /GateGap7\.cls.*insert\(Integer, System\.AccessLevel\)/
        },
        {
            name: 'SObject.get with a wrong argument type (gap: get(SObjectField))',
            files: cls('GateGap5', 'return c.get(42);'),
            expected: /GateGap5\.cls.*get\(Integer\)/
        }
    ]);
    test('compiles the package and a class using every gap construct correctly (0 errors)', () => {
        const outcome = validate(
            variant(base, {
                ...cls(
                    'GateGapsOk',
                    "GateException e = new GateException('x');\n        e.setMessage(e.getMessage());\n        Schema.SObjectField token = Case.Conversation_ID__c;\n        Boolean typed = Case.SObjectType == c.getSObjectType() && Schema.SObjectType.Case.fields.Conversation_ID__c.isAccessible();\n        Savepoint before = Database.setSavepoint();\n        Database.SaveResult saved = Database.insert(new Case(), false, AccessLevel.USER_MODE);\n        Database.rollback(before);\n        Boolean rule = saved.getErrors()[0].getStatusCode() == StatusCode.FIELD_CUSTOM_VALIDATION_EXCEPTION;\n        return c.isSet(token) ? c.get(token) : typed && rule;",
                    '    public class GateException extends Exception {\n    }\n'
                )
            }),
            'apex-compile'
        );
        expect(errorsMatching(outcome, /./)).toEqual([]);
        expect(
            outcome.findings.some((f) => f.warning && /harness gaps filtered/.test(f.message))
        ).toBe(true);
    });
});

describe('graph-engine', () => {
    test('is skipped, with a warning that says how to run it, outside CI', () => {
        const outcome = validate(base, 'graph-engine', { CI: '', GATE_SFGE: '' });
        expect(outcome.passed).toBe(true);
        expect(outcome.findings).toEqual([
            expect.objectContaining({
                warning: true,
                message: expect.stringMatching(/GATE_SFGE=1/)
            })
        ]);
    });
});

/**
 * The engine's 0 violations mean something only where it walks. A query without user mode goes into each place the
 * flows reach only through a loop or a callback (each Continuation answer read, each cache write, a round's notes,
 * page and customer answers); the engine must report every one. It fails when a rewrite hides code from the engine
 * (an index loop, a loop over a list it knows to be empty, a callback it stops at: docs/org-checklist.md "Graph
 * Engine"). The engine takes a minute or more, so like the check itself this runs in CI or with GATE_SFGE=1.
 */
const SINKS: Array<{ file: string; after: RegExp; object: string }> = [
    {
        file: 'viewer/KustomerAnswer.cls',
        after: /for \(KustomerRequest request : round\.requests\) \{/,
        object: 'Account'
    },
    { file: 'viewer/KustomerRound.cls', after: /for \(Write write : writes\) \{/, object: 'Lead' },
    {
        file: 'viewer/KustomerPeople.cls',
        after: /public void absorbCustomer\([^)]*\) \{/,
        object: 'Contact'
    },
    {
        file: 'viewer/KustomerNotes.cls',
        after: /KustomerStore\.Entry answered\(KustomerRound round\) \{/,
        object: 'Opportunity'
    },
    {
        file: 'viewer/KustomerMessagesPage.cls',
        after: /Map<String, Object> fresh\(Map<String, Object> document, Integer pageSize\) \{/,
        object: 'Campaign'
    }
];

(graphEngineWanted(process.env) ? describe : describe.skip)('graph-engine walks every flow', () => {
    const withSink = (sink: (typeof SINKS)[number]): Files => {
        const path = `${CLASSES}/${sink.file}`;
        const source = read(base, path);
        const anchor = sink.after.exec(source);
        if (!anchor) throw new Error(`${sink.file}: no line matches ${sink.after}`);
        const at = anchor.index + anchor[0].length;
        const query = `\n        Integer probe = [SELECT Name FROM ${sink.object} LIMIT 1].size();`;
        return { [path]: source.slice(0, at) + query + source.slice(at) };
    };
    const outcome = (): Outcome =>
        memo('sinks:graph-engine', () =>
            validate(variant(base, Object.assign({}, ...SINKS.map(withSink))), 'graph-engine')
        );
    test.each(SINKS.map((sink) => [sink.file, sink] as const))(
        'reports the query put into %s',
        (_file, sink) => {
            const file = sink.file.replace(/^.*\//, '').replace('.', '\\.');
            expect(
                errorsMatching(
                    outcome(),
                    new RegExp(`${file}: ApexFlsViolation.*\\[${sink.object}\\]`)
                )
            ).not.toHaveLength(0);
        }
    );
});

describe('pmd', () => {
    proveBreaks('pmd', [
        {
            name: 'a class without sharing that uses a hard-coded URL and dynamic SOQL',
            files: apexClass(
                'GatePmd',
                "public class GatePmd {\n    public static List<Case> run(String subject) {\n        HttpRequest r = new HttpRequest();\n        r.setEndpoint('https://api.kustomerapp.com/v1');\n        return Database.query('SELECT Id FROM Case WHERE Subject = \\'' + subject + '\\'');\n    }\n}\n"
            ),
            expected:
                /GatePmd\.cls.*(ApexSharingViolations|ApexSuggestUsingNamedCred|ApexSOQLInjection|ApexCRUDViolation)/
        },
        {
            name: 'a suppression without a justifying comment',
            files: apexClass(
                'GatePmdSuppress',
                "public with sharing class GatePmdSuppress {\n    @SuppressWarnings('PMD.ApexDoc')\n    public static void run() {\n    }\n}\n"
            ),
            expected: /GatePmdSuppress\.cls.*suppression without a justifying comment/
        }
    ]);
});

describe('without Java', () => {
    test.each(['apex-compile', 'pmd'])('%s fails with a clear message', (check) => {
        // A PATH with nothing on it: `java` cannot be found (the gate itself runs on process.execPath).
        const emptyBin = mkdtempSync(join(tmpdir(), 'gate-nojava-'));
        const outcome = validate(variant(base, goodApex()), check, { PATH: emptyBin });
        rmSync(emptyBin, { recursive: true, force: true });
        expect(outcome.passed).toBe(false);
        expect(errorsMatching(outcome, /java not found/)).toHaveLength(1);
    });
});

describe('a secure, read-only gateway in current Apex syntax', () => {
    test.each(['apex-rules', 'references', 'apex-compile', 'pmd'])('passes %s', (check) => {
        const outcome = memo('good', () =>
            validate(variant(base, goodApex()), 'apex-rules,references,apex-compile,pmd')
        );
        expect(outcome.byCheck[check]?.findings.filter((f) => !f.warning)).toEqual([]);
    });
});
