import { describe, expect, it } from '@jest/globals';
import {
    activeMatchFraction,
    htmlMatchCount,
    htmlTextRuns,
    richHtml
} from 'c/kustomerConversationModel';

/** The markup as a document fragment, to look at what it holds. */
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html').body;

describe('richHtml', () => {
    it('leaves a body alone when nothing is marked and its links may be tabbed to', () => {
        const html = '<p>Hi <a href="https://x.example">x</a></p>';
        expect(richHtml(html, true)).toBe(html);
        expect(richHtml(html, true, { query: '', first: 0, active: -1 })).toBe(html);
        expect(richHtml('', false)).toBe('');
    });

    it('takes links out of the Tab order while the article is not the Tab stop', () => {
        const out = parse(
            richHtml(
                '<p><a href="https://x.example">x</a> and <span tabindex="0">y</span></p>',
                false
            )
        );
        expect(
            Array.from(out.querySelectorAll('a, span')).map((e) => e.getAttribute('tabindex'))
        ).toEqual(['-1', '-1']);
        const plain = '<p>no links <b>here</b></p>';
        expect(richHtml(plain, false)).toBe(plain);
    });

    it('marks every match text run by text run, the current one standing out, and counts the same way', () => {
        const html = '<p>Refund <b>refund</b>ed, <style>.refund{}</style>re<i>fund</i></p>';
        expect(htmlTextRuns(html)).toEqual(['Refund ', 'refund', 'ed, ', 're', 'fund']);
        expect(htmlMatchCount(html, 'refund')).toBe(2);
        const out = parse(richHtml(html, true, { query: 'refund', first: 7, active: 8 }));
        const marks = Array.from(out.querySelectorAll('mark'));
        expect(marks.map((m) => [m.textContent, m.className])).toEqual([
            ['Refund', 'kc-match'],
            ['refund', 'kc-match kc-match_active']
        ]);
        expect(marks[1].getAttribute('style')).toContain('outline');
        expect(out.textContent).toBe('Refund refunded, .refund{}refund');
    });

    it('marks text, never markup: a query inside an attribute or tag name matches nothing', () => {
        const html = '<p title="refund"><a href="https://refund.example">link</a></p>';
        expect(htmlMatchCount(html, 'refund')).toBe(0);
        expect(richHtml(html, true, { query: 'refund', first: 0, active: 0 })).toBe(html);
        const hostile = '<p>&lt;img src=x onerror=alert(1)&gt; x</p>';
        const out = parse(richHtml(hostile, true, { query: 'img', first: 0, active: 0 }));
        expect(out.querySelector('img')).toBeNull();
        expect(out.querySelector('mark')?.textContent).toBe('img');
    });

    it('says where the current match sits in the text, to scroll near it', () => {
        const html = '<p>aaaa pole</p><p>bbbb bbbb pole</p>';
        expect(activeMatchFraction(html, { query: 'pole', first: 4, active: 4 })).toBeCloseTo(
            5 / 23
        );
        expect(activeMatchFraction(html, { query: 'pole', first: 4, active: 5 })).toBeCloseTo(
            19 / 23
        );
        expect(activeMatchFraction(html, { query: 'pole', first: 4, active: 9 })).toBeUndefined();
        expect(activeMatchFraction(html, { query: 'pole', first: 4, active: -1 })).toBeUndefined();
        expect(activeMatchFraction(html, undefined)).toBeUndefined();
    });
});
