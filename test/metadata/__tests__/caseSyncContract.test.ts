import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
    DEFAULT_CASE_SYNC_MAPPING,
    EXTERNAL_ID_FIELD,
    apiName,
    buildCaseSyncUpsert,
    resolveUpsertPath,
    type CaseSyncContext,
    type KustomerUser
} from '../caseSyncMapping.ts';
import { upsertProblems, type PackageView } from '../caseSyncContract.ts';
import {
    projectRoot,
    readCaseFields,
    readPermissionSet,
    readProject,
    type CaseField
} from '../../../lib/metadata/index.ts';

const PROJECT_ROOT = projectRoot();
const fixture = (name: string): unknown =>
    JSON.parse(readFileSync(join(PROJECT_ROOT, 'fixtures/kustomer', name), 'utf8'));

const { namespace, sourceApiVersion } = readProject();
const conversation = fixture('conversation.json') as {
    data: { id: string; attributes: Record<string, unknown> };
};
const user = fixture('user.json') as { data: { id: string; attributes: KustomerUser } };

const context: CaseSyncContext = {
    namespace,
    apiVersion: sourceApiVersion,
    kustomerOrg: 'acme',
    users: new Map([[user.data.id, user.data.attributes]])
};

const pkg: PackageView = {
    namespace,
    fields: readCaseFields(),
    caseSync: readPermissionSet('Kustomer_Case_Sync'),
    viewer: readPermissionSet('Kustomer_Conversation_Viewer')
};

const customEntries = DEFAULT_CASE_SYNC_MAPPING.filter((entry) => entry.custom);
const withAttributes = (changes: Record<string, unknown>) => ({
    data: { ...conversation.data, attributes: { ...conversation.data.attributes, ...changes } }
});

describe("Kustomer's case-sync upsert under the default mapping", () => {
    const request = buildCaseSyncUpsert(conversation, context);

    it('maps the fixture conversation onto every custom field of the mapping', () => {
        expect(request.method).toBe('PATCH');
        expect(request.body).toMatchObject({
            [apiName('Conversation_ID__c', true, namespace)]: '67cef0e3e65f7015ca3a91c6',
            [apiName('Conversation_Assignee_Name__c', true, namespace)]: 'Priya Shah',
            [apiName('Conversation_CSAT_Score__c', true, namespace)]: 1,
            [apiName('Conversation_CSAT_Rating__c', true, namespace)]: 5,
            [apiName('Conversation_CreatedAt__c', true, namespace)]: '2025-03-10T14:02:11.925Z',
            [apiName('Conversation_LastMessageInSentAt__c', true, namespace)]:
                '2025-03-10T15:14:02.000Z',
            [apiName('Conversation_URL__c', true, namespace)]:
                'https://acme.kustomerapp.com/app/customers/654368bc187ce5da4e3a91c2/event/67cef0e3e65f7015ca3a91c6',
            Origin: 'Kustomer App',
            Type: 'Kustomer Conversation'
        });
        for (const entry of customEntries) {
            expect(request.body[apiName(entry.field, true, namespace)]).toBeDefined();
        }
    });

    it.each(customEntries.map((entry) => entry.field))(
        '%s exists, accepts the value, is editable by the case sync and readable by viewers',
        (field) => {
            const key = apiName(field, true, namespace);
            expect(upsertProblems({ ...request, body: { [key]: request.body[key] } }, pkg)).toEqual(
                []
            );
        }
    );

    it('covers every custom field of the package, so none is left for the sync to miss', () => {
        expect(customEntries.map((entry) => entry.field).sort()).toEqual(
            [...pkg.fields.keys()].sort()
        );
    });

    it('puts the conversation id in the URL and in the external id field alike', () => {
        const resolved = resolveUpsertPath(request.path, namespace, pkg.fields);
        expect(resolved).toEqual({
            field: pkg.fields.get(EXTERNAL_ID_FIELD),
            id: conversation.data.id
        });
        expect(request.body[apiName(EXTERNAL_ID_FIELD, true, namespace)]).toBe(
            conversation.data.id
        );
    });

    it('accepts a conversation without CSAT, assignees, inbound message or customer (the fields take nulls)', () => {
        const bare = withAttributes({
            satisfactionLevel: null,
            assignedUsers: [],
            lastMessageIn: null
        });
        const request = buildCaseSyncUpsert({ data: { ...bare.data, relationships: {} } }, context);
        expect(request.body[apiName('Conversation_Assignee_Name__c', true, namespace)]).toBeNull();
        expect(request.body[apiName('Conversation_URL__c', true, namespace)]).toBe(
            'https://acme.kustomerapp.com/app/conversations/67cef0e3e65f7015ca3a91c6'
        );
        expect(upsertProblems(request, pkg)).toEqual([]);
    });

    it('fits any plausible conversation Kustomer sends', () => {
        const hexId = fc.stringMatching(/^[0-9a-f]{24}$/);
        const isoTime = fc
            .date({
                min: new Date('2015-01-01T00:00:00.000Z'),
                max: new Date('2099-12-31T23:59:59.999Z'),
                noInvalidDate: true
            })
            .map((date) => date.toISOString());
        const person = fc.record({ id: hexId, name: fc.string({ minLength: 1, maxLength: 40 }) });
        fc.assert(
            fc.property(
                fc.record({
                    id: hexId,
                    customer: fc.option(hexId, { nil: undefined }),
                    assignees: fc.array(person, { maxLength: 3 }),
                    csat: fc.option(
                        fc.record({
                            score: fc.constantFrom(0, 1),
                            rating: fc.integer({ min: 0, max: 10 })
                        }),
                        {
                            nil: null
                        }
                    ),
                    createdAt: isoTime,
                    updatedAt: isoTime,
                    modifiedAt: isoTime,
                    lastIn: fc.option(isoTime, { nil: null })
                }),
                (c) => {
                    const document = {
                        data: {
                            type: 'conversation',
                            id: c.id,
                            attributes: {
                                assignedUsers: c.assignees.map((p) => p.id),
                                satisfactionLevel: c.csat,
                                createdAt: c.createdAt,
                                updatedAt: c.updatedAt,
                                modifiedAt: c.modifiedAt,
                                lastMessageIn: c.lastIn === null ? null : { sentAt: c.lastIn }
                            },
                            relationships: c.customer
                                ? { customer: { data: { id: c.customer } } }
                                : {}
                        }
                    };
                    const users = new Map(c.assignees.map((p) => [p.id, { name: p.name }]));
                    const request = buildCaseSyncUpsert(document, {
                        ...context,
                        kustomerOrg: 'a'.repeat(63),
                        users
                    });
                    expect(upsertProblems(request, pkg)).toEqual([]);
                    expect(resolveUpsertPath(request.path, namespace, pkg.fields)).toMatchObject({
                        id: c.id
                    });
                }
            )
        );
    });
});

describe('the contract check rejects what Salesforce or the sync would reject', () => {
    const request = buildCaseSyncUpsert(conversation, context);
    const key = (field: string) => apiName(field, true, namespace);
    const problemsWith = (body: Record<string, unknown>, view: PackageView = pkg) =>
        upsertProblems({ ...request, body: { ...request.body, ...body } }, view);

    it.each([
        ['an id longer than the field', 'Conversation_ID__c', 'f'.repeat(65)],
        [
            'more assignee names than the field holds',
            'Conversation_Assignee_Name__c',
            'N'.repeat(256)
        ],
        ['a fractional CSAT rating', 'Conversation_CSAT_Rating__c', 4.5],
        ['a CSAT score sent as a string', 'Conversation_CSAT_Score__c', '1'],
        ['a timestamp without a time zone', 'Conversation_CreatedAt__c', '2025-03-10T14:02:11'],
        ['an impossible date', 'Conversation_UpdatedAt__c', '2025-02-30T10:00:00Z'],
        ['epoch milliseconds instead of ISO 8601', 'Conversation_ModifiedAt__c', 1741615331925],
        [
            'a plain-http link',
            'Conversation_URL__c',
            'http://acme.kustomerapp.com/app/conversations/1'
        ],
        [
            'a link longer than a URL field',
            'Conversation_URL__c',
            `https://acme.kustomerapp.com/${'x'.repeat(240)}`
        ]
    ])('%s', (_case, field, value) => {
        expect(problemsWith({ [key(field)]: value })).toEqual([
            expect.stringContaining(key(field))
        ]);
    });

    it('a field the package does not have', () => {
        expect(problemsWith({ [key('Conversation_Channel__c')]: 'email' })).toEqual([
            `${key('Conversation_Channel__c')}: the package has no such Case field`
        ]);
    });

    it('a field type that cannot take the value', () => {
        const fields = new Map(pkg.fields);
        const createdAt = fields.get('Conversation_CreatedAt__c') as CaseField;
        fields.set('Conversation_CreatedAt__c', {
            ...createdAt,
            type: 'Number',
            precision: 18,
            scale: 0
        });
        expect(problemsWith({}, { ...pkg, fields })).toEqual([
            expect.stringContaining('Conversation_CreatedAt__c')
        ]);
    });

    it('a field the case-sync user may not edit or viewers may not read', () => {
        const caseSync = { ...pkg.caseSync, fields: new Map(pkg.caseSync.fields) };
        caseSync.fields.set('Case.Conversation_URL__c', { readable: true, editable: false });
        const viewer = { ...pkg.viewer, fields: new Map(pkg.viewer.fields) };
        viewer.fields.delete('Case.Conversation_CSAT_Score__c');
        expect(problemsWith({}, { ...pkg, caseSync, viewer })).toEqual([
            `${key('Conversation_CSAT_Score__c')}: not readable under Kustomer_Conversation_Viewer`,
            `${key('Conversation_URL__c')}: not editable under Kustomer_Case_Sync`
        ]);
    });
});

describe("custom attribute matching: Kustomer's workflow upserts by URL", () => {
    const fields = readCaseFields();
    const prefix = namespace ? `${namespace}__` : '';
    const id = '67cef0e3e65f7015ca3a91c6';
    const path = (field: string, object = 'Case') =>
        `/services/data/v62.0/sobjects/${object}/${field}/${id}`;

    it('resolves /sobjects/Case/<namespace>__Conversation_ID__c/<id> to the unique external id field', () => {
        const resolved = resolveUpsertPath(path(`${prefix}Conversation_ID__c`), namespace, fields);
        expect(resolved).toEqual({ field: fields.get('Conversation_ID__c'), id });
        const field = fields.get('Conversation_ID__c') as CaseField;
        expect(field).toMatchObject({
            type: 'Text',
            externalId: true,
            unique: true,
            caseSensitive: false
        });
        expect(field.length).toBeGreaterThanOrEqual(2 * id.length);
    });

    it('is the only external id, so Kustomer cannot match Cases on anything else of the package', () => {
        expect(
            [...fields.values()].filter((f) => f.externalId || f.unique).map((f) => f.name)
        ).toEqual(['Conversation_ID__c']);
    });

    it('does not resolve wrong forms of the URL', () => {
        expect(prefix).not.toBe(''); // the project is namespaced: subscribers know the fields only prefixed
        expect(resolveUpsertPath(path('Conversation_ID__c'), namespace, fields)).toHaveProperty(
            'problem'
        );
        expect(resolveUpsertPath(path(`${prefix}Conversation_URL__c`), namespace, fields)).toEqual({
            problem: `${prefix}Conversation_URL__c is not an external id`
        });
        expect(
            resolveUpsertPath(path(`${prefix}Conversation_ID__c`, 'Account'), namespace, fields)
        ).toHaveProperty('problem');
        expect(
            resolveUpsertPath(`/services/data/v62.0/sobjects/Case/${id}`, namespace, fields)
        ).toHaveProperty('problem');
    });

    it('rejects a package whose id field lost uniqueness', () => {
        const broken = new Map(fields);
        broken.set('Conversation_ID__c', {
            ...(fields.get('Conversation_ID__c') as CaseField),
            unique: false
        });
        expect(resolveUpsertPath(path(`${prefix}Conversation_ID__c`), namespace, broken)).toEqual({
            problem: `${prefix}Conversation_ID__c is not unique, so an upsert can match several Cases`
        });
    });
});
