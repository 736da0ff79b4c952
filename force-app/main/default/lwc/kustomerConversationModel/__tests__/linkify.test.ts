import { describe, expect, it } from '@jest/globals';
import { linkify, safeHttpUrl } from 'c/kustomerConversationModel';

// Built at run time: a literal would trip eslint's no-script-url in a test about exactly that.
const SCRIPT = ['java', 'script:'].join('');

const links = (text: string) =>
    linkify(text)
        .filter((segment) => segment.href)
        .map((segment) => [segment.text, segment.href]);

describe('linkify', () => {
    it('links http and https URLs and keeps the text intact', () => {
        const text = 'Track it at https://track.example.com/p?id=42&x=1. Or http://example.org';
        expect(links(text)).toEqual([
            ['https://track.example.com/p?id=42&x=1', 'https://track.example.com/p?id=42&x=1'],
            ['http://example.org', 'http://example.org/']
        ]);
        expect(
            linkify(text)
                .map((segment) => segment.text)
                .join('')
        ).toBe(text);
    });

    it('links e-mail addresses as mailto:', () => {
        expect(links('Write to jordan.rivera@example.com, thanks')).toEqual([
            ['jordan.rivera@example.com', 'mailto:jordan.rivera@example.com']
        ]);
    });

    it('never links other schemes', () => {
        for (const text of [
            `${SCRIPT}alert(1)`,
            'data:text/html,<script>alert(1)</script>',
            'vbscript:x',
            'file:///etc/passwd',
            'ftp://x.example'
        ]) {
            expect(links(text)).toEqual([]);
        }
        expect(links(`see ${SCRIPT}//%0aalert(1)`)).toEqual([]);
    });

    it('trims sentence punctuation but keeps balanced parentheses', () => {
        expect(links('(see https://example.com/a)')).toEqual([
            ['https://example.com/a', 'https://example.com/a']
        ]);
        expect(links('https://en.wikipedia.org/wiki/Tent_(camping).')[0][0]).toBe(
            'https://en.wikipedia.org/wiki/Tent_(camping)'
        );
    });

    it('stops URLs at quotes and angle brackets', () => {
        expect(links('<https://example.com/x>')[0][0]).toBe('https://example.com/x');
        expect(links('"https://example.com/y"')[0][0]).toBe('https://example.com/y');
    });

    it('ignores a bare scheme and invalid addresses', () => {
        expect(links('https:// and a@b and @@@ and x@y.z')).toEqual([]);
    });

    it('stays fast on hostile input', () => {
        const start = Date.now();
        linkify('a'.repeat(200000) + '@');
        linkify('http://'.repeat(20000));
        linkify('x@'.repeat(50000));
        expect(Date.now() - start).toBeLessThan(2000);
    });
});

describe('safeHttpUrl', () => {
    it('accepts only http(s)', () => {
        expect(safeHttpUrl('https://a.example/')).toBe('https://a.example/');
        expect(safeHttpUrl(`${SCRIPT}alert(1)`)).toBeUndefined();
        expect(safeHttpUrl('not a url')).toBeUndefined();
    });
});
