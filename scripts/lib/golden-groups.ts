// Which golden case runs in which Apex test method (KustomerGoldenFixturesTest.goldenGroupN), decided here and
// handed to Apex as data (KustomerGoldenFixtures.names/records), so the placement is tested before any org runs it.
//
// A group is one transaction: its Cases are inserted together, so two cases whose Conversation_ID__c would collide
// in the field's unique index must not share a group unless they share one Case (same Case fields). And the group
// stays within the per-transaction limits of Apex (callouts, SOQL queries, CPU time, heap).
//
// Only Kustomer ids are stored (the validation rule Kustomer_Conversation_Link refuses anything else; the generator
// reads those cases from memory), so today a collision means the same id with other Case fields; the comparison
// stays general. How the unique index compares values: Conversation_ID__c is Text, unique, not caseSensitive, so
// "ABC" and "abc" collide. sObject String fields never keep leading or trailing whitespace ("they can never include leading and
// trailing whitespace", Apex Developer Guide, Primitive Data Types): "  abc " is stored as "abc", and a blank
// value as null, which the index does not hold. Which characters Salesforce trims is not documented: both readings
// are applied (ASCII trim as Java's String.trim, and every Unicode white space as JavaScript's), so a pair that
// collides under either one is kept apart. Case folding likewise: equal in lower OR upper case collides.

export interface CaseFields {
    conversationId: string | null;
    conversationUrl: string | null;
    assigneeNames: string | null;
}

/** What one golden case costs its transaction, and the Case it needs (none when access is not OK). */
export interface GroupItem {
    name: string;
    record?: CaseFields;
    callouts: number;
    queries: number;
    /** JSON characters the case parses and serialises (case, bodies, result): the CPU time proxy. */
    jsonChars: number;
}

/** Per-transaction budgets, below the Apex governor limits (synchronous context). */
export const LIMITS = {
    /** 100 callouts per transaction: every exchange counts, Continuation ones included (conservative). */
    callouts: 90,
    /** 100 SOQL queries: one Case read per case. */
    queries: 90,
    /**
     * 10,000 ms CPU: untyped JSON parse and serialise dominate a golden case. 250,000 characters per group is
     * several times below what the platform parses in that time, leaving room for the Apex around it.
     */
    jsonChars: 250_000
} as const;

/** The unique index's view of a Conversation_ID__c value under each reading (see the file comment). */
export function uniqueKeys(value: string | null): string[] {
    if (value === null) return [];
    const forms = new Set<string>();
    for (const trimmed of [
        value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, ''),
        value.trim()
    ]) {
        if (trimmed === '') continue;
        forms.add(`l:${trimmed.toLowerCase()}`);
        forms.add(`u:${trimmed.toUpperCase()}`);
    }
    return [...forms];
}

/** The Case fields as one identity (cases with the same identity share one Case). */
export function recordKey(record: CaseFields): string {
    return JSON.stringify([record.conversationId, record.conversationUrl, record.assigneeNames]);
}

/** True when the two Cases cannot be inserted in one transaction. */
export function collide(a: CaseFields, b: CaseFields): boolean {
    if (recordKey(a) === recordKey(b)) return false;
    const keys = new Set(uniqueKeys(a.conversationId));
    return uniqueKeys(b.conversationId).some((key) => keys.has(key));
}

interface Load {
    callouts: number;
    queries: number;
    jsonChars: number;
    records: CaseFields[];
    names: string[];
}

function fits(load: Load, item: GroupItem): boolean {
    if (load.callouts + item.callouts > LIMITS.callouts) return false;
    if (load.queries + item.queries > LIMITS.queries) return false;
    if (load.jsonChars + item.jsonChars > LIMITS.jsonChars) return false;
    const { record } = item;
    return record === undefined || load.records.every((other) => !collide(other, record));
}

function add(load: Load, item: GroupItem): void {
    load.callouts += item.callouts;
    load.queries += item.queries;
    load.jsonChars += item.jsonChars;
    load.names.push(item.name);
    if (item.record) load.records.push(item.record);
}

function remove(load: Load, item: GroupItem): void {
    load.callouts -= item.callouts;
    load.queries -= item.queries;
    load.jsonChars -= item.jsonChars;
    load.names.pop();
    if (item.record) load.records.pop();
}

/** How many other items this one cannot share a group with (the most constrained are placed first). */
function conflicts(item: GroupItem, items: GroupItem[]): number {
    const { record } = item;
    if (!record) return 0;
    return items.filter((other) => other.record && collide(record, other.record)).length;
}

/**
 * Places every item in one of `count` groups: no collision inside a group, every group within LIMITS, loads
 * balanced (each item goes to the least loaded group it fits). Most constrained items first, then the costliest;
 * when that greedy order dead-ends, it backtracks (bounded), so a placement that exists is found. Throws, naming
 * the items that could not be placed, when none exists. Names in each group keep the input order.
 */
export function placeInGroups(items: GroupItem[], count: number): string[][] {
    const order = [...items].sort(
        (a, b) =>
            conflicts(b, items) - conflicts(a, items) ||
            b.jsonChars - a.jsonChars ||
            a.name.localeCompare(b.name)
    );
    const loads: Load[] = Array.from({ length: count }, () => ({
        callouts: 0,
        queries: 0,
        jsonChars: 0,
        records: [],
        names: []
    }));
    let steps = 0;
    let deepest = 0;
    const place = (index: number): boolean => {
        if (index === order.length) return true;
        deepest = Math.max(deepest, index);
        if (++steps > 200_000) return false;
        const item = order[index];
        const candidates = loads
            .map((load, group) => ({ load, group }))
            .filter(({ load }) => fits(load, item))
            .sort((a, b) => a.load.jsonChars - b.load.jsonChars || a.group - b.group);
        const tried = new Set<string>();
        for (const { load } of candidates) {
            // Two empty-equivalent groups are the same choice: try one of them.
            const shape = `${load.names.length === 0}:${load.jsonChars}`;
            if (load.names.length === 0 && tried.has(shape)) continue;
            tried.add(shape);
            add(load, item);
            if (place(index + 1)) return true;
            remove(load, item);
        }
        return false;
    };
    if (!place(0)) {
        const stuck = order.slice(deepest, deepest + 3).map((item) => item.name);
        throw new Error(
            `the golden cases do not fit in ${count} test method(s) (Conversation_ID__c collisions or per-transaction limits); first unplaced: ${stuck.join(', ')}. Add a goldenGroup method to KustomerGoldenFixturesTest.`
        );
    }
    const position = new Map(items.map((item, i) => [item.name, i]));
    return loads.map((load) =>
        [...load.names].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0))
    );
}

/** The Cases a group inserts: one per distinct set of Case fields, in order of first use. */
export function groupRecords(group: string[], items: GroupItem[]): CaseFields[] {
    const byName = new Map(items.map((item) => [item.name, item]));
    const records = new Map<string, CaseFields>();
    for (const name of group) {
        const record = byName.get(name)?.record;
        if (record && !records.has(recordKey(record))) records.set(recordKey(record), record);
    }
    return [...records.values()];
}
