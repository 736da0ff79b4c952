// Issue 12, item 1: who may point a Case at a conversation. The packaged validation rule Kustomer_Conversation_Link
// is read from its metadata and its formula run offline (validationFormula.ts) on the saves that matter: the case
// sync's own upserts pass, everyone else's links do not, and an id with whitespace is refused, never trimmed.
// KustomerLinkRuleTest runs the same cases in the org.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCaseSyncUpsert, type CaseSyncContext } from '../caseSyncMapping.ts';
import {
    projectRoot,
    metadataExists,
    readMetadata,
    readPermissionSet,
    readProject
} from '../../../lib/metadata/index.ts';
import { refuses, type FieldValues } from '../validationFormula.ts';

const PROJECT_ROOT = projectRoot();

const RULE = 'objects/Case/validationRules/Kustomer_Conversation_Link.validationRule-meta.xml';
const LINK = 'Kustomer_Link_Conversations';
const ID = '67cef0e3e65f7015ca3a91c6';
const OTHER = '67cef0e3e65f7015ca3a91c7';
const URL = `https://acme.kustomerapp.com/app/conversations/${ID}`;

const rule = readMetadata(RULE) as Record<string, string>;
const formula = rule.errorConditionFormula;
const SYNC = new Set([LINK]);
const NOBODY = new Set<string>();
const linked: FieldValues = { Conversation_ID__c: ID, Conversation_URL__c: URL, Subject: 'x' };

const insert = (values: FieldValues, permissions: ReadonlySet<string>) =>
    refuses(formula, { isNew: true, old: {}, new: values, permissions });
const update = (changes: FieldValues, permissions: ReadonlySet<string>) =>
    refuses(formula, { isNew: false, old: linked, new: { ...linked, ...changes }, permissions });

describe('the link rule as shipped', () => {
    it('is active, shows its error on Conversation ID and needs the custom permission', () => {
        expect(metadataExists(RULE)).toBe(true);
        expect(rule.active).toBe('true');
        expect(rule.errorDisplayField).toBe('Conversation_ID__c');
        expect(formula).toContain(`$Permission.${LINK}`);
        expect(rule.errorMessage.length).toBeLessThanOrEqual(255);
    });

    it('is granted by the Kustomer Case Sync permission set and no other', () => {
        expect(readPermissionSet('Kustomer_Case_Sync').customPermissions).toContain(LINK);
        for (const other of ['Kustomer_Conversation_Viewer', 'Kustomer_Setup_Admin'])
            expect(readPermissionSet(other).customPermissions).not.toContain(LINK);
    });
});

describe('the case sync links Cases', () => {
    const { namespace, sourceApiVersion } = readProject();
    const context: CaseSyncContext = {
        namespace,
        apiVersion: sourceApiVersion,
        kustomerOrg: 'acme',
        users: new Map()
    };
    const conversation = JSON.parse(
        readFileSync(join(PROJECT_ROOT, 'fixtures/kustomer/conversation.json'), 'utf8')
    );
    const prefix = namespace ? `${namespace}__` : '';
    const upsert = buildCaseSyncUpsert(conversation, context);
    const values = Object.fromEntries(
        Object.entries(upsert.body).map(([name, value]) => [
            name.startsWith(prefix) ? name.slice(prefix.length) : name,
            value === null || value === undefined ? null : String(value)
        ])
    );

    it('with its own upsert: a new Case, then an update of the same one', () => {
        expect(values.Conversation_ID__c).toBe(conversation.data.id);
        expect(insert(values, SYNC)).toBe(false);
        expect(
            refuses(formula, { isNew: false, old: values, new: values, permissions: SYNC })
        ).toBe(false);
    });

    it('and may change the URL or relink', () => {
        expect(update({ Conversation_URL__c: `${URL}?x` }, SYNC)).toBe(false);
        expect(update({ Conversation_ID__c: OTHER }, SYNC)).toBe(false);
    });

    it('only to a Kustomer id as it is: no whitespace, no upper case, no path', () => {
        for (const id of [
            ` ${ID}`,
            `${ID} `,
            `\u00a0${ID}`,
            `${ID}\u2003`,
            `${ID}\n`,
            ID.toUpperCase(),
            `${ID}/../users`,
            ID.slice(1)
        ]) {
            expect([id, insert({ ...values, Conversation_ID__c: id }, SYNC)]).toEqual([id, true]);
            expect([id, update({ Conversation_ID__c: id }, SYNC)]).toEqual([id, true]);
        }
    });
});

describe('anyone else', () => {
    it('cannot link a new Case, nor change, clear or repoint a link', () => {
        expect(insert({ Conversation_ID__c: ID }, NOBODY)).toBe(true);
        expect(insert({ Conversation_URL__c: URL }, NOBODY)).toBe(true);
        expect(update({ Conversation_ID__c: OTHER }, NOBODY)).toBe(true);
        expect(update({ Conversation_ID__c: null }, NOBODY)).toBe(true);
        expect(update({ Conversation_URL__c: 'https://evil.example/' }, NOBODY)).toBe(true);
    });

    it('still creates and edits Cases otherwise', () => {
        expect(insert({ Subject: 'New', Conversation_ID__c: null }, NOBODY)).toBe(false);
        expect(update({ Subject: 'Renamed' }, NOBODY)).toBe(false);
        expect(
            refuses(formula, {
                isNew: false,
                old: { Conversation_ID__c: ` ${ID}` },
                new: { Conversation_ID__c: ` ${ID}`, Subject: 'legacy' },
                permissions: NOBODY
            })
        ).toBe(false);
    });
});
