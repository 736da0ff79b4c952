// In-conversation search: splits text segments around the matches of a query so the template can mark them,
// numbers every match across the conversation (for "3 of 12" and next/previous), and moves between them.
import type { TextSegment } from './linkify';

export const MIN_QUERY_LENGTH = 2;
export const MAX_QUERY_LENGTH = 200;

export interface HighlightedSegment {
    key: string;
    text: string;
    href?: string;
    isLink: boolean;
    isMatch: boolean;
    isActive: boolean;
    /** Global number of the match (0-based), -1 for plain text. */
    matchIndex: number;
    className: string;
}

/** The query as searched: trimmed, lower-cased, length-bounded; '' when too short to search. */
export function normalizeQuery(query: unknown): string {
    if (typeof query !== 'string') return '';
    const trimmed = query.trim().slice(0, MAX_QUERY_LENGTH).toLowerCase();
    return trimmed.length >= MIN_QUERY_LENGTH ? trimmed : '';
}

export function countOccurrences(haystack: string, needle: string): number {
    if (!needle) return 0;
    let count = 0;
    let at = haystack.indexOf(needle);
    while (at !== -1) {
        count++;
        at = haystack.indexOf(needle, at + needle.length);
    }
    return count;
}

function segmentClass(isLink: boolean, isMatch: boolean, isActive: boolean): string {
    if (!isMatch) return isLink ? 'kc-link' : '';
    return isActive ? 'kc-match kc-match_active' : 'kc-match';
}

/**
 * Splits segments around matches of `query` (already normalised). `counter.next` is the global number of the
 * next match and is advanced; `active` is the match to mark as current.
 */
export function highlight(
    segments: readonly TextSegment[],
    query: string,
    counter: { next: number },
    active: number,
    keyPrefix: string
): HighlightedSegment[] {
    const out: HighlightedSegment[] = [];
    segments.forEach((segment, segmentIndex) => {
        const isLink = segment.href !== undefined;
        const push = (text: string, matchIndex: number) => {
            const isMatch = matchIndex >= 0;
            const isActive = isMatch && matchIndex === active;
            out.push({
                key: `${keyPrefix}-${segmentIndex}-${out.length}`,
                text,
                href: segment.href,
                isLink,
                isMatch,
                isActive,
                matchIndex,
                className: segmentClass(isLink, isMatch, isActive)
            });
        };
        const lower = segment.text.toLowerCase();
        // Case folding that changes lengths (rare scripts) would misplace the marks: search exactly instead.
        const haystack = lower.length === segment.text.length ? lower : segment.text;
        if (!query) {
            push(segment.text, -1);
            return;
        }
        let cursor = 0;
        let at = haystack.indexOf(query);
        while (at !== -1) {
            if (at > cursor) push(segment.text.slice(cursor, at), -1);
            push(segment.text.slice(at, at + query.length), counter.next++);
            cursor = at + query.length;
            at = haystack.indexOf(query, cursor);
        }
        if (cursor < segment.text.length) push(segment.text.slice(cursor), -1);
    });
    return out;
}

/** Next (+1) or previous (-1) match, wrapping around; -1 when there are none. */
export function stepMatch(current: number, total: number, step: 1 | -1): number {
    if (total <= 0) return -1;
    if (current < 0 || current >= total) return step === 1 ? 0 : total - 1;
    return (current + step + total) % total;
}
