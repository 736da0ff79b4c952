// The timeline again after a change, in one pass (buildTimeline) where it can be: a new query, filter or order
// starts at the first match; new data keeps the current match the same match (entries that arrive before it, older
// pages oldest first, move its number: then a second pass marks it where it went).
import { buildTimeline, normalizeQuery } from 'c/kustomerConversationModel';
import type { Timeline } from 'c/kustomerConversationModel';
import type { ViewerData, ViewerUi } from './viewerView';

/**
 * 'data': the loaded data changed; 'fresh': a new view (nothing to keep); 'first': a new query, filter or order;
 * 'step': another current match.
 */
export type TimelineChange = 'data' | 'fresh' | 'first' | 'step';

export interface TimelineSettings {
    newestFirst: boolean;
    includeNotes: boolean;
}

export function nextTimeline(
    ui: ViewerUi,
    data: ViewerData,
    settings: TimelineSettings,
    change: TimelineChange
): { timeline: Timeline; activeMatch: number } {
    const build = (activeMatch: number): Timeline =>
        buildTimeline(data.messages, settings.includeNotes ? data.notes : [], {
            newestFirst: settings.newestFirst,
            filters: ui.filters,
            query: ui.query,
            activeMatch,
            complete: data.complete,
            people: data.people
        });
    if (change === 'first') {
        // Matches are numbered while the timeline is built: asking for match 0 marks the first one, if any.
        const searching = normalizeQuery(ui.query) !== '';
        const timeline = build(searching ? 0 : -1);
        return { timeline, activeMatch: searching && timeline.matchCount > 0 ? 0 : -1 };
    }
    const timeline = build(ui.activeMatch);
    const current = ui.timeline.items.find((item) => item.hasActiveMatch);
    if (change !== 'data' || !current) return { timeline, activeMatch: ui.activeMatch };
    const again = timeline.items.find((item) => item.key === current.key);
    const moved = again ? again.firstMatch + (ui.activeMatch - current.firstMatch) : -1;
    if (!again || moved === ui.activeMatch) return { timeline, activeMatch: ui.activeMatch };
    return { timeline: build(moved), activeMatch: moved };
}
