// The one metadata reader (lib/metadata), on a small package written to a temporary folder: what the
// gate, the generators, the preview and the tests rely on it to say, including where it must not guess.
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
    childrenNamed,
    labelTexts,
    listMetadata,
    parseXml,
    plainOf,
    projectRoot,
    readCaseFields,
    readLabels,
    readMetadata,
    readPermissionSet,
    readPermissionSetGroup,
    readTranslations,
    readXml,
    sourceDir
} from '../index.ts';

const ROOT = mkdtempSync(join(tmpdir(), 'metadata-reader-'));
const DIR = sourceDir(ROOT);
const write = (path: string, body: string): void => {
    mkdirSync(dirname(join(DIR, path)), { recursive: true });
    writeFileSync(join(DIR, path), `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`);
};
const NS = 'xmlns="http://soap.sforce.com/2006/04/metadata"';

writeFileSync(
    join(ROOT, 'sfdx-project.json'),
    '{"packageDirectories":[],"sourceApiVersion":"62.0"}'
);
write(
    'labels/CustomLabels.labels-meta.xml',
    `<CustomLabels ${NS}>
    <labels>
        <fullName>Only_One</fullName>
        <categories>Kustomer Viewer</categories>
        <language>en_US</language>
        <protected>false</protected>
        <shortDescription>{0}: the count</shortDescription>
        <value>Tom &amp; Jerry&apos;s {0}</value>
    </labels>
</CustomLabels>`
);
write(
    'translations/de.translation-meta.xml',
    `<Translations ${NS}>
    <customLabels><label>Toms {0}</label><name>Only_One</name></customLabels>
</Translations>`
);
write(
    'translations/pt_BR.translation-meta.xml',
    `<Translations ${NS}>
    <customLabels><label></label><name>Only_One</name></customLabels>
</Translations>`
);
write(
    'objects/Case/fields/Conversation_ID__c.field-meta.xml',
    `<CustomField ${NS}>
    <fullName>Conversation_ID__c</fullName>
    <externalId>true</externalId>
    <length>24</length>
    <type>Text</type>
    <unique>true</unique>
</CustomField>`
);
write(
    'permissionsets/Viewer.permissionset-meta.xml',
    `<PermissionSet ${NS}>
    <classAccesses><apexClass>KustomerViewer</apexClass><enabled>true</enabled></classAccesses>
    <fieldPermissions><editable>false</editable><field>Case.Conversation_ID__c</field><readable>true</readable></fieldPermissions>
    <customPermissions><enabled>false</enabled><name>showNotes</name></customPermissions>
</PermissionSet>`
);
write(
    'permissionsetgroups/Viewers.permissionsetgroup-meta.xml',
    `<PermissionSetGroup ${NS}>
    <permissionSets>Viewer</permissionSets>
    <permissionSets>Api_Access</permissionSets>
</PermissionSetGroup>`
);

afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

describe('metadata reader: XML', () => {
    it('says where a document is not well-formed, and throws with the file when reading one', () => {
        expect(parseXml('<a>\n<b></a>')).toMatchObject({ line: 2 });
        expect(parseXml('<a/><b/>').error).toMatch(/one root element/);
        write('broken/Bad.labels-meta.xml', '<CustomLabels>\n<labels>');
        expect(() => readXml(join(DIR, 'broken/Bad.labels-meta.xml'))).toThrow(
            /Bad\.labels-meta\.xml:\d+: /
        );
    });

    it('keeps order, attributes, decoded text and the untrimmed text of a padded value', () => {
        const { root } = parseXml('<r><x n="1"> a &amp; b </x><y/><x n="2"/></r>');
        expect(root?.children.map((c) => `${c.name}${c.attrs.n ?? ''}`)).toEqual(['x1', 'y', 'x2']);
        expect(childrenNamed(root, 'x')[0]).toMatchObject({ text: 'a & b', raw: ' a & b ' });
    });

    it('views a document as an object: repeated elements are arrays even when one is there', () => {
        const { root } = parseXml(
            '<r><values><v>1</v></values><one>x</one><twice>a</twice><twice>b</twice><empty/></r>'
        );
        expect(plainOf(root!)).toEqual({
            values: [{ v: '1' }],
            one: 'x',
            twice: ['a', 'b'],
            empty: ''
        });
    });
});

describe('metadata reader: the package', () => {
    it('finds the project from a folder inside it', () => {
        expect(projectRoot(join(DIR, 'labels'))).toBe(ROOT);
        expect(() => projectRoot(tmpdir())).toThrow(/sfdx-project\.json/);
    });

    it('reads Custom Labels with every attribute, entities decoded', () => {
        expect([...readLabels(DIR).values()]).toEqual([
            {
                fullName: 'Only_One',
                value: "Tom & Jerry's {0}",
                shortDescription: '{0}: the count',
                categories: 'Kustomer Viewer',
                language: 'en_US',
                protected: false
            }
        ]);
    });

    it('reads translations per language, and a label in every language that has a text for it', () => {
        const translations = readTranslations(DIR);
        expect([...translations.keys()]).toEqual(['de', 'pt_BR']);
        expect(labelTexts('Only_One', readLabels(DIR), translations)).toEqual({
            en_US: "Tom & Jerry's {0}",
            de: 'Toms {0}'
        });
        expect(labelTexts('Missing', readLabels(DIR), translations)).toBeUndefined();
    });

    it('reads Case fields, permission sets and permission set groups', () => {
        expect(readCaseFields(DIR).get('Conversation_ID__c')).toMatchObject({
            type: 'Text',
            length: 24,
            externalId: true,
            unique: true,
            required: false
        });
        const viewer = readPermissionSet('Viewer', DIR);
        expect(viewer.classes).toEqual(['KustomerViewer']);
        expect(viewer.customPermissions).toEqual([]);
        expect(viewer.fields.get('Case.Conversation_ID__c')).toEqual({
            readable: true,
            editable: false
        });
        expect(readPermissionSetGroup('Viewers', DIR)).toEqual(['Api_Access', 'Viewer']);
        expect(listMetadata('permissionsets', '.permissionset-meta.xml', DIR)).toEqual(['Viewer']);
        expect(
            readMetadata('objects/Case/fields/Conversation_ID__c.field-meta.xml', DIR)
        ).toMatchObject({ fullName: 'Conversation_ID__c', length: '24' });
    });
});
