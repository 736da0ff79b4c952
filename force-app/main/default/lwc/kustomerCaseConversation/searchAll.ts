// "Search all": a search only sees the messages loaded so far, so the viewer says how many that is, and on request
// loads the older pages in the background, one after the other, within a stated budget of Kustomer requests (every
// page is one request against the org-wide rate limit), with progress and a Cancel. Paging itself stays with the
// data layer (ViewerState.loadOlder).
import { formatCount, formatLabel } from 'c/kustomerConversationModel';
import type { KustomerError } from 'c/kustomerConversationModel';
import { label } from 'c/kustomerConversationLabels';

/** Pages (Kustomer requests) one Search all loads at most; pressing it again continues. */
export const SEARCH_ALL_MAX_REQUESTS = 25;

/** What Search all needs of the data layer. */
export interface OlderPages {
    loadOlder(): Promise<{ ok: true } | { ok: false; error: KustomerError }>;
    readonly complete: boolean;
}

export type SearchAllEnd = 'complete' | 'budget' | 'cancelled' | 'failed';

export interface SearchAllProgress {
    /** Requests (older pages) made so far by this run. */
    requests: number;
    running: boolean;
    end?: SearchAllEnd;
    error?: KustomerError;
}

/** One run: at most `budget` older pages, stopping early when the history is complete, on Cancel or a failure. */
export class SearchAll {
    private cancelled = false;
    private readonly pages: OlderPages;
    private readonly budget: number;
    readonly progress: SearchAllProgress = { requests: 0, running: false };

    constructor(pages: OlderPages, budget = SEARCH_ALL_MAX_REQUESTS) {
        this.pages = pages;
        this.budget = budget;
    }

    cancel(): void {
        this.cancelled = true;
    }

    /** Loads page after page; `onPage` runs after each (the viewer rebuilds the timeline and the count). */
    async run(onPage: (progress: SearchAllProgress) => void): Promise<SearchAllProgress> {
        const progress = this.progress;
        progress.running = true;
        while (!this.pages.complete && !this.cancelled && progress.requests < this.budget) {
            // A page that brings nothing new is not the end (pages overlap when messages arrive meanwhile): the
            // data layer ends a history whose pages stop bringing anything, and the budget bounds the rest.
            // eslint-disable-next-line no-await-in-loop -- pages come one after the other (each depends on the last)
            const outcome = await this.pages.loadOlder();
            progress.requests++;
            if (!outcome.ok) {
                progress.error = outcome.error;
                return this.finish('failed', onPage);
            }
            if (!this.cancelled) onPage({ ...progress });
        }
        if (this.pages.complete) return this.finish('complete', onPage);
        return this.finish(this.cancelled ? 'cancelled' : 'budget', onPage);
    }

    private finish(
        end: SearchAllEnd,
        onPage: (progress: SearchAllProgress) => void
    ): SearchAllProgress {
        this.progress.running = false;
        this.progress.end = end;
        onPage({ ...this.progress });
        return { ...this.progress };
    }
}

/**
 * What the search can honestly say about its reach: the label and its arguments (counts grouped per locale).
 * Without a total it can stand behind, it names only what is loaded.
 */
export function searchScope(
    matches: number,
    loaded: number,
    total: number | undefined,
    format: (n: number) => string
): [string, ...string[]] {
    const of = total === undefined ? [] : [format(total)];
    const key = total === undefined ? 'Viewer_Search_Scope_Loaded' : 'Viewer_Search_Scope';
    if (matches === 0) return [`${key}_None`, format(loaded), ...of];
    if (matches === 1) return [`${key}_One`, format(loaded), ...of];
    return [key, format(matches), format(loaded), ...of];
}

/** What the viewer knows when the toolbar asks what the search covered. */
export interface SearchStatusInput {
    /** A query is searched while part of the history is not loaded (or Search all is loading it). */
    partial: boolean;
    /** The last older page failed (its Retry shows by the pager). */
    failed: boolean;
    matches: number;
    loaded: number;
    /** A total the viewer can stand behind, if any. */
    total?: number;
    progress?: SearchAllProgress;
    locale: string;
}

/**
 * The toolbar's search status: "12 matches in 150 loaded of 1,200 messages", Search all with its stated budget,
 * the progress while it loads (a bar only against a known total: percent -1 otherwise), and why it stopped.
 */
export function searchStatus(input: SearchStatusInput) {
    const { partial, matches, loaded, total, progress, locale } = input;
    const running = progress?.running === true;
    const format = (n: number) => formatCount(n, locale);
    const [scopeKey, ...scopeArgs] = searchScope(matches, loaded, total, format);
    return {
        show: partial,
        scopeText: partial ? formatLabel(label(scopeKey), ...scopeArgs) : '',
        running,
        canStart: partial && !running && !input.failed,
        percent: total ? Math.round((loaded / total) * 100) : -1,
        progressText:
            total === undefined
                ? formatLabel(label('Viewer_Search_All_Progress_Loaded'), format(loaded))
                : formatLabel(label('Viewer_Search_All_Progress'), format(loaded), format(total)),
        budgetText: formatLabel(label('Viewer_Search_All_Budget'), format(SEARCH_ALL_MAX_REQUESTS)),
        stoppedText:
            partial && !running && progress?.end === 'budget'
                ? formatLabel(label('Viewer_Search_All_Stopped'), format(progress.requests))
                : ''
    };
}
