// The same states for admins (custom permission Kustomer_Manage_Setup): the fix, technical details and a link to
// the Kustomer Setup tab.
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { conversationMock } from './utils/apexMocks';
import { auraError, settle } from './utils/helpers';
import { clearBody, mountViewer, statePanel, textOf } from './utils/mount';

jest.mock('@salesforce/customPermission/Kustomer_Manage_Setup', () => ({ default: true }), {
    virtual: true
});

describe('c-kustomer-case-conversation states (admin)', () => {
    afterEach(() => {
        clearBody();
        jest.clearAllMocks();
    });

    it.each(['NOT_CONFIGURED', 'UNAUTHORIZED', 'FORBIDDEN'])(
        'shows the fix for %s with a link to Kustomer Setup',
        async (code) => {
            conversationMock.mockRejectedValue(
                auraError({ code, message: 'Named credential missing' })
            );
            const element = mountViewer();
            await settle();
            const panel = statePanel(element);
            const fix = panel.querySelector('[data-id="admin-fix"]');
            expect(textOf(fix)).toContain('c.Viewer_Error_');
            expect(textOf(fix)).toContain('c.Viewer_Technical_Details');
            expect(panel.querySelector('[data-id="setup-link"]')?.getAttribute('href')).toBe(
                'https://www.example.com'
            );
            await expect(element).toBeAccessible();
        }
    );

    it.each(['NOT_CONFIGURED', 'UNAUTHORIZED', 'FORBIDDEN', 'NO_ACCESS', 'INVALID_ID'])(
        'writes %s for the admin: the fix, never "ask your Salesforce admin"',
        async (code) => {
            conversationMock.mockRejectedValue(auraError({ code, message: '' }));
            const element = mountViewer();
            await settle();
            const panel = statePanel(element);
            expect(panel.querySelector('[data-id="ask"]')).toBeNull();
            expect(textOf(panel.querySelector('[data-id="state"]'))).not.toContain('Ask');
            expect(panel.querySelector('[data-id="admin-fix"]')).not.toBeNull();
        }
    );

    it("copies Kustomer's message for an admin, without a key", async () => {
        const writeText = jest.fn(async (_text: string) => undefined);
        Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
        conversationMock.mockRejectedValue(
            auraError({
                code: 'UNAUTHORIZED',
                message: 'Kustomer said: invalid token Bearer abc.def.ghi',
                httpStatus: 401
            })
        );
        const element = mountViewer();
        await settle();
        statePanel(element).querySelector<HTMLElement>('[data-id="copy-details"]')?.click();
        await settle(2);
        const copied = writeText.mock.calls[0]?.[0] ?? '';
        expect(copied).toContain('message: Kustomer said: invalid token [hidden]');
        expect(copied).toContain('httpStatus: 401');
        Reflect.deleteProperty(navigator, 'clipboard');
    });

    it('shows the fix but no setup link for a Case problem', async () => {
        conversationMock.mockRejectedValue(auraError({ code: 'INVALID_ID', message: '' }));
        const element = mountViewer();
        await settle();
        const panel = statePanel(element);
        expect(textOf(panel.querySelector('[data-id="admin-fix"]'))).toContain(
            'c.Viewer_Error_Invalid_Id_Admin'
        );
        expect(panel.querySelector('[data-id="setup-link"]')).toBeNull();
    });
});
