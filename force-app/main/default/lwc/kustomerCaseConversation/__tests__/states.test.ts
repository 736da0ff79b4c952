// Every state of the viewer, as a Salesforce user (no Kustomer_Manage_Setup): its own label text, Retry, no admin
// fix, accessible.
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { conversationMock, messagesMock } from './utils/apexMocks';
import { ERROR_CODES } from 'c/kustomerConversationModel';
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
        'shows %s with its own text and Retry, and no admin fix',
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
            expect(panel.querySelector('[data-id="retry"]')).not.toBeNull();
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
