import { describe, expect, it } from '@jest/globals';
import {
    dayKey,
    formatDay,
    formatCount,
    formatFileSize,
    formatFull,
    formatTime,
    freshness
} from 'c/kustomerConversationModel';

const NEW_YORK = { locale: 'en-US', timeZone: 'America/New_York' };
const BERLIN = { locale: 'de-DE', timeZone: 'Europe/Berlin' };
// 2025-03-10T23:30Z: still the 10th in New York, already the 11th in Berlin.
const LATE = Date.parse('2025-03-10T23:30:00.000Z');

describe('time formatting in the Salesforce user locale and time zone', () => {
    it('formats in the given zone, not the machine one', () => {
        expect(formatTime(LATE, NEW_YORK)).toBe('7:30 PM');
        expect(formatTime(LATE, BERLIN)).toBe('0:30');
    });

    it('puts day separators by the user time zone', () => {
        expect(dayKey(LATE, NEW_YORK)).toBe('2025-03-10');
        expect(dayKey(LATE, BERLIN)).toBe('2025-03-11');
        expect(formatDay(LATE, NEW_YORK)).toBe('Monday, March 10, 2025');
    });

    it('shows the full time with zone and the UTC ISO time on hover', () => {
        const full = formatFull(LATE, NEW_YORK);
        expect(full).toContain('EDT');
        expect(full).toContain('(2025-03-10T23:30:00.000Z)');
    });

    it('falls back instead of throwing on a bad locale or zone', () => {
        expect(
            formatTime(LATE, { locale: 'xx_not-a-locale!!', timeZone: 'Mars/Olympus' })
        ).not.toBe('');
        expect(dayKey(LATE, { locale: '', timeZone: '' })).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(formatTime(Number.NaN, NEW_YORK)).toBe('');
    });

    it('accepts Salesforce-style underscore locales', () => {
        expect(formatTime(LATE, { locale: 'en_US', timeZone: 'America/New_York' })).toBe('7:30 PM');
    });
});

describe('freshness', () => {
    const now = Date.parse('2025-03-12T10:40:00.000Z');
    it('says just now, minutes, hours, or the date', () => {
        expect(freshness(now - 10000, now, NEW_YORK)).toEqual({
            key: 'Viewer_Updated_Just_Now',
            args: []
        });
        expect(freshness(now - 120000, now, NEW_YORK)).toEqual({
            key: 'Viewer_Updated_Minutes',
            args: ['2']
        });
        expect(freshness(now - 3 * 3600000, now, NEW_YORK)).toEqual({
            key: 'Viewer_Updated_Hours',
            args: ['3']
        });
        expect(freshness(now - 3 * 86400000, now, NEW_YORK).key).toBe('Viewer_Updated_At');
        expect(freshness(undefined, now, NEW_YORK).key).toBe('Viewer_Updated_Unknown');
        expect(freshness(now + 60000, now, NEW_YORK).key).toBe('Viewer_Updated_Just_Now');
    });
});

describe('formatFileSize', () => {
    it('uses SI units (kB = 1,000 bytes, as Intl names them) in the user locale', () => {
        expect(formatFileSize(48213, 'en-US')).toBe('48 kB');
        expect(formatFileSize(1536, 'en-US')).toBe('1.5 kB');
        expect(formatFileSize(1_200_000, 'en-US')).toBe('1.2 MB');
        expect(formatFileSize(1536, 'de-DE')).toBe('1,5 kB');
        expect(formatFileSize(1_200_000, 'fr-FR').replace(/\s/g, ' ')).toBe('1,2 Mo');
    });

    it('spells bytes out, singular and plural, per locale (never "592 byte")', () => {
        expect(formatFileSize(592, 'en-US')).toBe('592 bytes');
        expect(formatFileSize(1, 'en-US')).toBe('1 byte');
        expect(formatFileSize(592, 'de-DE')).toBe('592 Byte');
        expect(formatFileSize(592, 'fr-FR').replace(/\s/g, ' ')).toBe('592 octets');
        expect(formatFileSize(592, 'ja-JP')).toBe('592 バイト');
        expect(formatFileSize(592, 'en_US')).toBe('592 bytes');
    });

    it("groups counts the user's way", () => {
        expect(formatCount(1200, 'en-US')).toBe('1,200');
        expect(formatCount(1200, 'de-DE')).toBe('1.200');
        expect(formatCount(1200, 'fr-FR').replace(/\s/g, ' ')).toBe('1 200');
        expect(formatCount(1200, 'not a locale')).toMatch(/^1.?200$/);
    });

    it('is empty for unknown sizes', () => {
        expect(formatFileSize(undefined, 'en-US')).toBe('');
        expect(formatFileSize(-1, 'en-US')).toBe('');
        expect(formatFileSize(Number.NaN, 'en-US')).toBe('');
    });
});
