import { describe, expect, it } from '@jest/globals';
import {
    CHECK_IDS,
    formatLabel,
    isCaseId,
    isSetupRefusal,
    parseCheckResult,
    rejectionText,
    summarise
} from '../setupModel';

const refusal = {
    body: {
        message: JSON.stringify({ code: 'NO_ACCESS', message: 'needs Kustomer_Manage_Setup' })
    },
    ok: false,
    status: 500
};

describe('parseCheckResult', () => {
    it('reads a result with items and a fix', () => {
        const json = JSON.stringify({
            status: 'FAIL',
            code: 'ROLES_MISSING',
            detail: 'The key lacks org.permission.message.read',
            fix: 'Create a new key',
            items: [
                { name: 'org.permission.conversation.read', status: 'PASS', detail: 'granted' },
                { name: 'org.permission.message.read', status: 'FAIL', detail: 'missing' }
            ]
        });
        expect(parseCheckResult(json, 'unreadable')).toEqual({
            status: 'FAIL',
            code: 'ROLES_MISSING',
            detail: 'The key lacks org.permission.message.read',
            fix: 'Create a new key',
            items: [
                { name: 'org.permission.conversation.read', status: 'PASS', detail: 'granted' },
                { name: 'org.permission.message.read', status: 'FAIL', detail: 'missing' }
            ]
        });
    });

    it('keeps the Setup page of a fix, and nothing else as a link', () => {
        const result = (fixUrl: unknown, fix: unknown = 'Edit the URL') =>
            parseCheckResult({ status: 'FAIL', code: 'X', detail: 'd', fix, fixUrl }, 'x').fixUrl;
        expect(result('/lightning/setup/NamedCredential/home')).toBe(
            '/lightning/setup/NamedCredential/home'
        );
        expect(result('/lightning/setup/ObjectManager/Case/RecordTypes/view')).toBe(
            '/lightning/setup/ObjectManager/Case/RecordTypes/view'
        );
        for (const bad of [
            ['javascript', 'alert(1)'].join(':'),
            'https://evil.example/lightning/setup/NamedCredential/home',
            '//evil.example/lightning/setup/x/home',
            '/lightning/setup/../../x',
            '/lightning/setup/NamedCredential/home?retURL=https://evil.example',
            42
        ]) {
            expect(result(bad)).toBeUndefined();
        }
        expect(result('/lightning/setup/NamedCredential/home', null)).toBeUndefined();
    });

    it('accepts an already parsed object and leaves out an absent fix', () => {
        const result = parseCheckResult({ status: 'PASS', code: 'CACHE_OK', detail: 'ok' }, 'x');
        expect(result).toEqual({ status: 'PASS', code: 'CACHE_OK', detail: 'ok', items: [] });
        expect('fix' in result).toBe(false);
    });

    it.each([
        ['not JSON', '{status:'],
        ['JSON null', 'null'],
        ['an array', '[]'],
        ['an unknown status', JSON.stringify({ status: 'OK', detail: 'x' })],
        ['no status', JSON.stringify({ detail: 'x' })],
        ['a number', 42]
    ])('turns %s into a FAIL with the given text', (_, returned) => {
        expect(parseCheckResult(returned, 'The check could not run')).toEqual({
            status: 'FAIL',
            code: 'UNREADABLE',
            detail: 'The check could not run',
            items: []
        });
    });

    it('drops items without a name or a known status and non-string texts', () => {
        const result = parseCheckResult(
            {
                status: 'WARN',
                code: 7,
                detail: { html: '<b>x</b>' },
                items: [
                    { name: '', status: 'PASS' },
                    { name: 'a', status: 'MAYBE' },
                    'b',
                    { name: 'c', status: 'SKIP', detail: 3 }
                ]
            },
            'x'
        );
        expect(result).toEqual({
            status: 'WARN',
            code: '',
            detail: '',
            items: [{ name: 'c', status: 'SKIP', detail: '' }]
        });
    });

    it('caps very long texts', () => {
        const result = parseCheckResult({ status: 'PASS', detail: 'x'.repeat(10000) }, '');
        expect(result.detail.length).toBe(4000);
    });
});

describe('rejections', () => {
    it('recognises the setup permission refusal', () => {
        expect(isSetupRefusal(refusal)).toBe(true);
        expect(isSetupRefusal({ body: [{ message: refusal.body.message }] })).toBe(true);
    });

    it('does not take other errors for the refusal', () => {
        expect(
            isSetupRefusal({ body: { message: JSON.stringify({ code: 'UNAUTHORIZED' }) } })
        ).toBe(false);
        expect(isSetupRefusal({ body: { message: 'NO_ACCESS' } })).toBe(false);
        expect(isSetupRefusal(new Error('network'))).toBe(false);
        expect(isSetupRefusal(undefined)).toBe(false);
    });

    it('describes any rejection in text', () => {
        expect(rejectionText(refusal)).toBe('NO_ACCESS: needs Kustomer_Manage_Setup');
        expect(rejectionText({ body: { message: 'Script-thrown exception' } })).toBe(
            'Script-thrown exception'
        );
        expect(rejectionText(new Error('Failed to fetch'))).toBe('Failed to fetch');
        expect(rejectionText('offline')).toBe('offline');
    });
});

describe('helpers', () => {
    it('fills label placeholders and leaves unknown ones', () => {
        expect(formatLabel('{0} passed, {1} warnings, {2} failed', 5, 1, 0)).toBe(
            '5 passed, 1 warnings, 0 failed'
        );
        expect(formatLabel('Run again: {0} {3}', 'Platform Cache')).toBe(
            'Run again: Platform Cache {3}'
        );
    });

    it('counts the states', () => {
        expect(
            summarise([
                { running: true },
                { running: false, result: { status: 'PASS', code: '', detail: '', items: [] } },
                { running: false, result: { status: 'WARN', code: '', detail: '', items: [] } },
                { running: false, result: { status: 'FAIL', code: '', detail: '', items: [] } },
                { running: false, result: { status: 'SKIP', code: '', detail: '', items: [] } },
                { running: false }
            ])
        ).toEqual({ passed: 1, warnings: 1, failed: 1, skipped: 2, running: 1 });
    });

    it('accepts Case ids only', () => {
        expect(isCaseId('500000000000001')).toBe(true);
        expect(isCaseId('500000000000001AAA')).toBe(true);
        expect(isCaseId('001000000000001AAA')).toBe(false);
        expect(isCaseId('500000000000001AA')).toBe(false);
        expect(isCaseId(null)).toBe(false);
    });

    it('lists seven checks, the Case check last', () => {
        expect(CHECK_IDS).toHaveLength(7);
        expect(CHECK_IDS[6]).toBe('caseConversation');
    });
});
