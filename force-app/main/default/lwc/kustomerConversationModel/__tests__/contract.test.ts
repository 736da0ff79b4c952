import { describe, expect, it } from '@jest/globals';
import { ERROR_CODES } from 'c/kustomerConversationModel';

describe('contract', () => {
    it('lists every error code once', () => {
        expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
        expect(ERROR_CODES).toContain('RATE_LIMITED');
    });
});
