// Every state of the viewer, as a Salesforce user (no Kustomer_Manage_Setup): its own label text, Retry, no admin
// fix, accessible.
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { conversationMock, messagesMock } from './utils/apexMocks';
import { ERROR_CODES, presentError } from 'c/kustomerConversationModel';
import { allMessagesResult, auraError, conversationResult, settle } from './utils/helpers';
import { clearBody, mountViewer, root, statePanel, textOf } from './utils/mount';

describe('c-kustomer-case-conversation states (user)', () => {
    afterEach(() => {
        clearBody();
        jest.clearAllMocks();
        jest.useRealTimers();
    });

    it('shows an accessible loading skeleton while Kustomer answers', async () => {
        conversationMock.mockReturnValue(new Promise(() => {}));
        const element = mountViewer();
        await settle(1);
        const skeleton = statePanel(element).querySelector('[data-id="loading"]');
        expect(skeleton?.getAttribute('role')).toBe('status');
        expect(textOf(skeleton)).toBe('c.Viewer_Loading');
        await expect(element).toBeAccessible();
    });

    it.each(ERROR_CODES.filter((code) => code !== 'RATE_LIMITED'))(
        'shows %s with its own text, Retry only where it helps, and no admin fix',
        async (code) => {
            conversationMock.mockRejectedValue(auraError({ code, message: 'detail for admins' }));
            const element = mountViewer();
            await settle();
            const panel = statePanel(element);
            const state = panel.querySelector('[data-id="state"]');
            expect(state?.getAttribute('data-code')).toBe(code);
            expect(state?.getAttribute('role')).toBe('alert');
            const part = code
                .toLowerCase()
                .split('_')
                .map((word) => word[0].toUpperCase() + word.slice(1))
                .join('_');
            expect(textOf(panel.querySelector('h2'))).toBe(`c.Viewer_Error_${part}_Title`);
            expect(textOf(state)).toContain(`c.Viewer_Error_${part}_User`);
            expect(panel.querySelector('[data-id="admin-fix"]')).toBeNull();
            expect(textOf(state)).not.toContain('detail for admins');
            expect(panel.querySelector('[data-id="retry"]') !== null).toBe(
                presentError(code).retryable
            );
            // Never a second refresh icon beside the state: the header's Refresh is gone on errors.
            const header = root(root(element).querySelector('c-kustomer-conversation-header'));
            expect(header.querySelector('[data-id="refresh"]')).toBeNull();
            expect(messagesMock).not.toHaveBeenCalled();
            await expect(element).toBeAccessible();
        }
    );

    it('names the missing role', async () => {
        conversationMock.mockRejectedValue(
            auraError({
                code: 'FORBIDDEN',
                message: '',
                missingRole: 'org.permission.conversation.read'
            })
        );
        const element = mountViewer();
        await settle();
        expect(textOf(statePanel(element).querySelector('[data-id="missing-role"]'))).toBe(
            'c.Viewer_Missing_Role'
        );
    });

    it('treats an unreadable rejection as UNKNOWN', async () => {
        conversationMock.mockRejectedValue(new Error('socket hang up'));
        const element = mountViewer();
        await settle();
        expect(
            statePanel(element).querySelector('[data-id="state"]')?.getAttribute('data-code')
        ).toBe('UNKNOWN');
    });

    it('treats a non-JSON Apex result as BAD_RESPONSE', async () => {
        conversationMock.mockResolvedValue('<html>login</html>');
        const element = mountViewer();
        await settle();
        expect(
            statePanel(element).querySelector('[data-id="state"]')?.getAttribute('data-code')
        ).toBe('BAD_RESPONSE');
    });

    it('retries when the user clicks Retry', async () => {
        conversationMock.mockRejectedValueOnce(auraError({ code: 'TIMEOUT', message: '' }));
        conversationMock.mockResolvedValue(conversationResult());
        messagesMock.mockResolvedValue(allMessagesResult());
        const element = mountViewer();
        await settle();
        statePanel(element).querySelector<HTMLElement>('[data-id="retry"]')?.click();
        await settle();
        expect(root(element).querySelectorAll('c-kustomer-conversation-message').length).toBe(9);
    });

    it('shows the rate-limit wait, counts down and retries once by itself', async () => {
        jest.useFakeTimers();
        conversationMock.mockRejectedValue(
            auraError({ code: 'RATE_LIMITED', message: '', retryAfterSeconds: 3 })
        );
        const element = mountViewer();
        await jest.advanceTimersByTimeAsync(0);
        await jest.advanceTimersByTimeAsync(0);
        const panel = statePanel(element);
        expect(textOf(panel.querySelector('[data-id="rate-wait"]'))).toBe('c.Viewer_Rate_Wait');
        expect(panel.querySelector('[data-id="retry-countdown"]')).not.toBeNull();
        expect(conversationMock).toHaveBeenCalledTimes(1);
        await jest.advanceTimersByTimeAsync(3000);
        expect(conversationMock).toHaveBeenCalledTimes(2);
        // Still limited: no second automatic retry.
        await jest.advanceTimersByTimeAsync(10000);
        expect(conversationMock).toHaveBeenCalledTimes(2);
        expect(statePanel(element).querySelector('[data-id="retry-countdown"]')).toBeNull();
    });

    it('shows an accessible rate-limit state', async () => {
        conversationMock.mockRejectedValue(
            auraError({ code: 'RATE_LIMITED', message: '', retryAfterSeconds: 120 })
        );
        const element = mountViewer();
        await settle();
        expect(
            statePanel(element).querySelector('[data-id="state"]')?.getAttribute('data-code')
        ).toBe('RATE_LIMITED');
        await expect(element).toBeAccessible();
    });
});

describe('c-kustomer-case-conversation honest states', () => {
    afterEach(() => {
        clearBody();
        jest.clearAllMocks();
        jest.useRealTimers();
    });

    it.each(['NOT_LINKED', 'INVALID_ID', 'NO_ACCESS', 'UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND'])(
        'offers no Retry for %s (a retry cannot help)',
        async (code) => {
            conversationMock.mockRejectedValue(auraError({ code, message: '' }));
            const element = mountViewer();
            await settle();
            expect(statePanel(element).querySelector('[data-id="retry"]')).toBeNull();
        }
    );

    it('says it is still waiting for Kustomer after a few seconds', async () => {
        jest.useFakeTimers();
        conversationMock.mockReturnValue(new Promise(() => {}));
        const element = mountViewer();
        await jest.advanceTimersByTimeAsync(1000);
        expect(statePanel(element).querySelector('[data-id="still-waiting"]')).toBeNull();
        await jest.advanceTimersByTimeAsync(3500);
        expect(textOf(statePanel(element).querySelector('[data-id="still-waiting"]'))).toBe(
            'c.Viewer_Still_Waiting'
        );
    });

    it.each([
        ['RECORD', 'c.Viewer_Error_No_Access_Record_User', 'c.Viewer_Ask_Access'],
        ['FIELDS', 'c.Viewer_Error_No_Access_Fields_User', 'c.Viewer_Ask_Admin_Fix'],
        [undefined, 'c.Viewer_Error_No_Access_User', 'c.Viewer_Ask_Admin_Fix']
    ])('tells sharing from field access (reason %s)', async (reason, userText, askText) => {
        conversationMock.mockRejectedValue(
            auraError({ code: 'NO_ACCESS', message: '', ...(reason ? { reason } : {}) })
        );
        const element = mountViewer();
        await settle();
        const panel = statePanel(element);
        expect(textOf(panel.querySelector('[data-id="user-text"]'))).toBe(userText);
        expect(textOf(panel.querySelector('[data-id="ask"]'))).toBe(askText);
    });

    it('copies the details of a failure for a support request', async () => {
        const writeText = jest.fn(async (_text: string) => undefined);
        Object.defineProperty(navigator, 'clipboard', {
            value: { writeText },
            configurable: true
        });
        conversationMock.mockRejectedValue(
            auraError({ code: 'NOT_FOUND', message: 'secret detail', httpStatus: 404 })
        );
        const element = mountViewer();
        await settle();
        const panel = statePanel(element);
        panel.querySelector<HTMLElement>('[data-id="copy-details"]')?.click();
        await settle(2);
        const copied = writeText.mock.calls[0]?.[0] ?? '';
        expect(copied).toContain('code: NOT_FOUND');
        expect(copied).toContain('httpStatus: 404');
        expect(copied).toMatch(/time: \d{4}-\d\d-\d\dT/);
        expect(copied).toContain(
            `caseId: ${(element as unknown as { recordId: string }).recordId}`
        );
        // A user's copy carries no message (admins' only).
        expect(copied).not.toContain('secret detail');
        expect(textOf(panel.querySelector('[data-id="copy-status"]'))).toBe(
            'c.Viewer_Copy_Details_Done'
        );
        Reflect.deleteProperty(navigator, 'clipboard');
    });

    it('shows the details to copy by hand where the browser has no clipboard', async () => {
        conversationMock.mockRejectedValue(auraError({ code: 'TIMEOUT', message: '' }));
        const element = mountViewer();
        await settle();
        const panel = statePanel(element);
        panel.querySelector<HTMLElement>('[data-id="copy-details"]')?.click();
        await settle(2);
        const box = panel.querySelector<HTMLTextAreaElement>('[data-id="details-text"]');
        expect(box?.value).toContain('code: TIMEOUT');
        await expect(element).toBeAccessible();
    });
});
