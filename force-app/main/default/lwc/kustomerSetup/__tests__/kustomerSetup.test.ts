import { createElement } from 'lwc';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import KustomerSetup from 'c/kustomerSetup';
import checkNamedCredential from '@salesforce/apex/KustomerSetupController.checkNamedCredential';
import checkPrincipalAccess from '@salesforce/apex/KustomerSetupController.checkPrincipalAccess';
import checkApiKey from '@salesforce/apex/KustomerSetupController.checkApiKey';
import checkKeyRoles from '@salesforce/apex/KustomerSetupController.checkKeyRoles';
import checkPlatformCache from '@salesforce/apex/KustomerSetupController.checkPlatformCache';
import checkCaseSetup from '@salesforce/apex/KustomerSetupController.checkCaseSetup';
import checkCaseConversation from '@salesforce/apex/KustomerSetupController.checkCaseConversation';

jest.mock(
    '@salesforce/apex/KustomerSetupController.checkNamedCredential',
    () => ({ default: jest.fn() }),
    {
        virtual: true
    }
);
jest.mock(
    '@salesforce/apex/KustomerSetupController.checkPrincipalAccess',
    () => ({ default: jest.fn() }),
    {
        virtual: true
    }
);
jest.mock('@salesforce/apex/KustomerSetupController.checkApiKey', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock(
    '@salesforce/apex/KustomerSetupController.checkKeyRoles',
    () => ({ default: jest.fn() }),
    {
        virtual: true
    }
);
jest.mock(
    '@salesforce/apex/KustomerSetupController.checkPlatformCache',
    () => ({ default: jest.fn() }),
    {
        virtual: true
    }
);
jest.mock(
    '@salesforce/apex/KustomerSetupController.checkCaseSetup',
    () => ({ default: jest.fn() }),
    {
        virtual: true
    }
);
jest.mock(
    '@salesforce/apex/KustomerSetupController.checkCaseConversation',
    () => ({ default: jest.fn() }),
    {
        virtual: true
    }
);

type ApexMock = jest.Mock<(params: unknown) => Promise<string>>;
const mocks: Record<string, ApexMock> = {
    namedCredential: checkNamedCredential as unknown as ApexMock,
    principalAccess: checkPrincipalAccess as unknown as ApexMock,
    apiKey: checkApiKey as unknown as ApexMock,
    keyRoles: checkKeyRoles as unknown as ApexMock,
    platformCache: checkPlatformCache as unknown as ApexMock,
    caseSetup: checkCaseSetup as unknown as ApexMock
};
const caseMock = checkCaseConversation as unknown as ApexMock;

const PASS = JSON.stringify({ status: 'PASS', code: 'OK', detail: 'All good.' });
const CASE_ID = '500000000000001AAA';
const REFUSAL = {
    body: { message: JSON.stringify({ code: 'NO_ACCESS', message: 'needs Kustomer_Manage_Setup' }) }
};

function flushPromises(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A promise the test resolves when it wants, to look at the running state. */
function deferred(): { promise: Promise<string>; resolve: (value: string) => void } {
    let resolve: (value: string) => void = () => undefined;
    const promise = new Promise<string>((done) => {
        resolve = done;
    });
    return { promise, resolve };
}

function mount(): HTMLElement {
    const element = createElement('c-kustomer-setup', { is: KustomerSetup });
    document.body.appendChild(element);
    return element;
}

function root(element: HTMLElement): ShadowRoot {
    return element.shadowRoot as ShadowRoot;
}

function check(element: HTMLElement, id: string): HTMLElement {
    return root(element).querySelector(`li[data-check="${id}"]`) as HTMLElement;
}

function text(element: Element | null): string {
    return (element?.textContent ?? '').trim();
}

async function pickCase(element: HTMLElement, recordId: string | null): Promise<void> {
    const picker = root(element).querySelector('lightning-record-picker') as HTMLElement;
    picker.dispatchEvent(new CustomEvent('change', { detail: { recordId } }));
    await flushPromises();
}

describe('c-kustomer-setup', () => {
    beforeEach(() => {
        Object.values(mocks).forEach((mock) => mock.mockResolvedValue(PASS));
        caseMock.mockResolvedValue(PASS);
    });

    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    it('runs the six org checks at once on load, each with its own spinner', async () => {
        const pending = Object.fromEntries(Object.keys(mocks).map((id) => [id, deferred()]));
        Object.entries(mocks).forEach(([id, mock]) => mock.mockReturnValue(pending[id].promise));
        const element = mount();
        await flushPromises();

        Object.values(mocks).forEach((mock) => expect(mock).toHaveBeenCalledTimes(1));
        expect(caseMock).not.toHaveBeenCalled();
        expect(root(element).querySelectorAll('lightning-spinner')).toHaveLength(6);

        pending.platformCache.resolve(
            JSON.stringify({ status: 'WARN', code: 'CACHE_NONE', detail: 'No capacity.' })
        );
        await flushPromises();
        expect(check(element, 'platformCache').querySelector('lightning-spinner')).toBeNull();
        expect(text(check(element, 'platformCache').querySelector('.check-detail'))).toBe(
            'No capacity.'
        );
        expect(root(element).querySelectorAll('lightning-spinner')).toHaveLength(5);
    });

    it('shows the result, its items and the exact fix', async () => {
        mocks.keyRoles.mockResolvedValue(
            JSON.stringify({
                status: 'FAIL',
                code: 'ROLES_MISSING',
                detail: 'The key lacks org.permission.message.read.',
                fix: 'Roles cannot be added to an existing Kustomer key. Create a new key.',
                items: [
                    { name: 'org.permission.conversation.read', status: 'PASS', detail: 'granted' },
                    { name: 'org.permission.message.read', status: 'FAIL', detail: 'missing' }
                ]
            })
        );
        const element = mount();
        await flushPromises();

        const roles = check(element, 'keyRoles');
        expect(text(roles.querySelector('.status-badge'))).toBe('c.Setup_StatusFail');
        expect(text(roles.querySelector('.check-fix p'))).toBe(
            'Roles cannot be added to an existing Kustomer key. Create a new key.'
        );
        const items = roles.querySelectorAll('.check-item');
        expect(items).toHaveLength(2);
        expect(text(items[1].querySelector('.item-name'))).toBe('org.permission.message.read');
        expect((items[1].querySelector('lightning-icon') as any).alternativeText).toBe(
            'c.Setup_StatusFail'
        );
        expect(check(element, 'namedCredential').querySelector('.check-fix')).toBeNull();
        expect(text(root(element).querySelector('.summary'))).toBe('c.Setup_Summary');
    });

    it('links a fix to its Setup page', async () => {
        mocks.namedCredential.mockResolvedValue(
            JSON.stringify({
                status: 'WARN',
                code: 'NC_REGIONAL_HOST',
                detail: 'A regional host.',
                fix: 'Setup > Named Credentials > Kustomer API > Edit > URL',
                fixUrl: '/lightning/setup/NamedCredential/home'
            })
        );
        const element = mount();
        await flushPromises();
        const link = check(element, 'namedCredential').querySelector(
            '.check-fix a.fix-link'
        ) as HTMLAnchorElement;
        expect(link.getAttribute('href')).toBe('/lightning/setup/NamedCredential/home');
        expect(link.target).toBe('_blank');
        expect(text(link)).toBe('c.Setup_OpenSetupPage');
        expect(check(element, 'apiKey').querySelector('a.fix-link')).toBeNull();
    });

    it('runs one check again from its own button', async () => {
        const element = mount();
        await flushPromises();
        mocks.apiKey.mockResolvedValue(
            JSON.stringify({ status: 'FAIL', code: 'KEY_REJECTED', detail: '401' })
        );

        (check(element, 'apiKey').querySelector('lightning-button-icon') as HTMLElement).click();
        await flushPromises();

        expect(mocks.apiKey).toHaveBeenCalledTimes(2);
        expect(mocks.namedCredential).toHaveBeenCalledTimes(1);
        expect(text(check(element, 'apiKey').querySelector('.check-detail'))).toBe('401');
    });

    it('runs everything again from the card action', async () => {
        const element = mount();
        await flushPromises();
        (root(element).querySelector('lightning-button[slot="actions"]') as HTMLElement).click();
        await flushPromises();
        Object.values(mocks).forEach((mock) => expect(mock).toHaveBeenCalledTimes(2));
    });

    it('loads a picked Case end to end, and only once one is picked', async () => {
        const element = mount();
        await flushPromises();
        const run = root(element).querySelector('.run-case-check') as any;
        expect(run.disabled).toBe(true);
        expect(text(check(element, 'caseConversation').querySelector('.check-detail'))).toBe(
            'c.Setup_E2ePick'
        );

        await pickCase(element, CASE_ID);
        expect(run.disabled).toBe(false);
        caseMock.mockResolvedValue(
            JSON.stringify({ status: 'PASS', code: 'E2E_OK', detail: 'Loaded 8 messages.' })
        );
        run.click();
        await flushPromises();

        expect(caseMock).toHaveBeenCalledWith({ caseId: CASE_ID });
        expect(text(check(element, 'caseConversation').querySelector('.check-detail'))).toBe(
            'Loaded 8 messages.'
        );
    });

    it('ignores a picker value that is not a Case', async () => {
        const element = mount();
        await flushPromises();
        await pickCase(element, '001000000000001AAA');
        expect((root(element).querySelector('.run-case-check') as any).disabled).toBe(true);
        await pickCase(element, null);
        expect((root(element).querySelector('.run-case-check') as any).disabled).toBe(true);
    });

    it('says once, for the whole page, that the user lacks the setup permission', async () => {
        Object.values(mocks).forEach((mock) => mock.mockRejectedValue(REFUSAL));
        const element = mount();
        await flushPromises();

        const alert = root(element).querySelector('.not-permitted');
        expect(alert?.getAttribute('role')).toBe('alert');
        expect(text(alert)).toContain('c.Setup_NotPermitted');
        expect(root(element).querySelector('.checks')).toBeNull();
    });

    it('shows a check that could not run as failed, with the reason, and keeps the others', async () => {
        mocks.platformCache.mockRejectedValue({
            body: { message: 'Script-thrown exception' },
            status: 500
        });
        mocks.caseSetup.mockResolvedValue('not json');
        const element = mount();
        await flushPromises();

        const cache = check(element, 'platformCache');
        expect(text(cache.querySelector('.status-badge'))).toBe('c.Setup_StatusFail');
        expect(text(cache.querySelector('.check-detail'))).toBe('c.Setup_CheckFailedToRun');
        expect(text(check(element, 'caseSetup').querySelector('.status-badge'))).toBe(
            'c.Setup_StatusFail'
        );
        expect(text(check(element, 'caseSetup').querySelector('.check-detail'))).toBe(
            'c.Setup_Unreadable'
        );
        expect(text(check(element, 'namedCredential').querySelector('.status-badge'))).toBe(
            'c.Setup_StatusPass'
        );
        expect(root(element).querySelector('.not-permitted')).toBeNull();
    });

    it('lists the manual checks Apex cannot see', async () => {
        const element = mount();
        await flushPromises();
        const manual = root(element).querySelectorAll('.manual li');
        expect(manual).toHaveLength(5);
        expect(text(manual[0])).toContain('c.Setup_ManualLayout');
        const links = [...manual].map((item) => item.querySelector('a')?.getAttribute('href'));
        expect(links.every((href) => href?.startsWith('/lightning/setup/'))).toBe(true);
    });

    it('is accessible while running', async () => {
        Object.values(mocks).forEach((mock) => mock.mockReturnValue(new Promise(() => undefined)));
        const element = mount();
        await flushPromises();
        await expect(element).toBeAccessible();
    });

    it('is accessible with results, items and fixes', async () => {
        mocks.keyRoles.mockResolvedValue(
            JSON.stringify({
                status: 'WARN',
                code: 'ROLES_NO_NOTES',
                detail: 'No notes role.',
                fix: 'Create a new key.',
                items: [{ name: 'org.permission.note.read', status: 'WARN', detail: 'missing' }]
            })
        );
        const element = mount();
        await flushPromises();
        await expect(element).toBeAccessible();
    });

    it('is accessible when the user is not permitted', async () => {
        Object.values(mocks).forEach((mock) => mock.mockRejectedValue(REFUSAL));
        const element = mount();
        await flushPromises();
        await expect(element).toBeAccessible();
    });
});
