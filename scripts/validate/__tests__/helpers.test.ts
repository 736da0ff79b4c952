// The gate's pure helpers, in-process: Apex masking, suppression justification, and the Metadata API schema read
// from @salesforce/types.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { inlineQueries, isTestClass, maskApex } from '../lib/apex-source.ts';
import { parseSchema } from '../lib/metadata-schema.ts';
import { unjustifiedSuppressions } from '../pmd.ts';

describe('maskApex', () => {
    test('blanks comments and string contents, keeps offsets and newlines', () => {
        const source = "String s = 'insert x'; // update y\n/* delete\nz */ Integer i;";
        const masked = maskApex(source);
        expect(masked).toHaveLength(source.length);
        expect(masked).not.toMatch(/insert|update|delete/);
        expect(masked.split('\n')).toHaveLength(3);
        expect(masked).toContain('Integer i;');
    });
    test('handles escaped quotes', () => {
        expect(maskApex("'a\\'b' + c")).toBe("'    ' + c");
    });
    test('finds inline queries and test classes', () => {
        expect(
            inlineQueries(maskApex('x = [SELECT Id FROM Case WHERE Id IN :ids[0]];')).map(
                (q) => q.text
            )
        ).toEqual(['[SELECT Id FROM Case WHERE Id IN :ids[0]]']);
        expect(isTestClass('@IsTest\nprivate class T {}')).toBe(true);
        expect(isTestClass('// @IsTest\npublic class T {}')).toBe(false);
    });
});

describe('unjustifiedSuppressions', () => {
    test('requires a comment of three words or more on the line above', () => {
        const source = [
            '// ApexDoc is generated elsewhere for this DTO',
            "@SuppressWarnings('PMD.ApexDoc')",
            'public class A {',
            "    @SuppressWarnings('PMD.X')",
            '    Integer i; // NOPMD',
            '}'
        ].join('\n');
        expect(unjustifiedSuppressions(source)).toEqual([4, 5]);
    });
});

describe('parseSchema', () => {
    const schema = parseSchema(
        readFileSync(
            join(process.cwd(), 'node_modules/@salesforce/types/lib/metadata.d.ts'),
            'utf8'
        )
    );
    test('reads object types with their base chain, enums and lists', () => {
        expect(schema.isMetadataType('CustomField')).toBe(true);
        expect(schema.isMetadataType('FilterItem')).toBe(false);
        expect(schema.membersOf('CustomField').get('fullName')).toMatchObject({ optional: true });
        expect(schema.membersOf('RecordType').get('active')).toMatchObject({
            type: 'boolean',
            optional: false
        });
        expect(schema.membersOf('CustomLabels').get('labels')).toMatchObject({
            type: 'CustomLabel',
            list: true
        });
        const fieldType = schema.types.get('FieldType');
        expect(fieldType?.kind === 'enum' && fieldType.values).toContain('LongTextArea');
    });
});
