// The golden cases' placement in Apex test methods (scripts/lib/golden-groups.ts), which used to be decided in
// Apex (KustomerGoldenRunner.partition) and failed on the real case set without anyone seeing it.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { apexClassPath } from '../lib/apex-layout.ts';
import { storable } from '../lib/golden-apex-cases.ts';
import { collect, groupMethodCount } from '../lib/golden-apex-source.ts';
import {
    type CaseFields,
    collide,
    type GroupItem,
    groupRecords,
    LIMITS,
    placeInGroups,
    recordKey,
    uniqueKeys
} from '../lib/golden-groups.ts';

const GOLDEN_DIR = join(process.cwd(), 'fixtures', 'golden');
const TEST_CLASS = join(process.cwd(), apexClassPath('tests', 'KustomerGoldenFixturesTest'));
const ID = '67cef0e3e65f7015ca3a91c6';

const fields = (conversationId: string | null, url: string | null = null): CaseFields => ({
    conversationId,
    conversationUrl: url,
    assigneeNames: null
});
const item = (name: string, record?: CaseFields, cost: Partial<GroupItem> = {}): GroupItem => ({
    name,
    record,
    callouts: 1,
    queries: 1,
    jsonChars: 1000,
    ...cost
});

/** Today's Apex algorithm (KustomerGoldenRunner.partition before this change), ported line by line. */
function legacyPartition(
    cases: Array<{ name: string; access: string; record: CaseFields }>,
    count: number
): string[][] {
    const groups: string[][] = Array.from({ length: count }, () => []);
    const keysById: Array<Map<string, string>> = Array.from({ length: count }, () => new Map());
    cases.forEach((c, index) => {
        const key = recordKey(c.record);
        const id = c.record.conversationId;
        const normalised =
            c.access === 'OK' && id && id.trim() !== '' ? id.trim().toLowerCase() : null;
        let chosen: number | null = null;
        for (let step = 0; step < count && chosen === null; step++) {
            const candidate = (index + step) % count;
            const taken = normalised === null ? undefined : keysById[candidate].get(normalised);
            chosen = taken === undefined || taken === key ? candidate : null;
        }
        if (chosen === null)
            throw new Error(
                `${c.name}: its Conversation_ID__c collides in every group: add a group`
            );
        groups[chosen].push(c.name);
        if (normalised !== null) keysById[chosen].set(normalised, key);
    });
    return groups;
}

function todaysCases(): Array<{ name: string; access: string; record: CaseFields }> {
    return readdirSync(GOLDEN_DIR)
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => {
            const data = JSON.parse(readFileSync(join(GOLDEN_DIR, file), 'utf8')) as {
                case?: Record<string, string>;
            };
            const c = data.case ?? {};
            const text = (value?: string): string | null => (value ? value : null);
            return {
                name: file.slice(0, -'.json'.length),
                access: c.access ?? 'OK',
                record: {
                    conversationId: text(c.conversationId),
                    conversationUrl: text(c.conversationUrl),
                    assigneeNames: text(c.assigneeNames)
                }
            };
        });
}

/** What breaks a rule of the placement (empty when every rule holds). */
function placementProblems(groups: string[][], items: GroupItem[]): string[] {
    const problems: string[] = [];
    const byName = new Map(items.map((i) => [i.name, i]));
    if (JSON.stringify(groups.flat().sort()) !== JSON.stringify(items.map((i) => i.name).sort()))
        problems.push('not every case placed exactly once');
    groups.forEach((group, index) => {
        const members = group.map((name) => byName.get(name) as GroupItem);
        const records = members.flatMap((m) => (m.record ? [m.record] : []));
        if (records.some((a) => records.some((b) => collide(a, b))))
            problems.push(`group ${index}: colliding Cases`);
        for (const limit of ['callouts', 'queries', 'jsonChars'] as const)
            if (members.reduce((sum, m) => sum + m[limit], 0) > LIMITS[limit])
                problems.push(`group ${index}: over ${limit}`);
    });
    return problems;
}

/** The placement's problems, or 'no placement' when placeInGroups throws. */
function outcomeOf(items: GroupItem[], count: number): string[] | 'no placement' {
    try {
        return placementProblems(placeInGroups(items, count), items);
    } catch {
        return 'no placement';
    }
}

describe('how the unique, case-insensitive Conversation_ID__c index compares values', () => {
    it('collides across case and surrounding white space, under either trim', () => {
        expect(collide(fields(ID), fields(ID.toUpperCase()))).toBe(true);
        expect(collide(fields(ID), fields(`  ${ID} `))).toBe(true);
        expect(collide(fields(ID), fields(`\u00a0${ID}`))).toBe(true); // only JavaScript's trim removes it
        expect(collide(fields(ID), fields(ID.replace('6', '7')))).toBe(false);
    });
    it('never collides blank or absent values, nor two cases with the same Case fields', () => {
        expect(uniqueKeys('   ')).toEqual([]);
        expect(uniqueKeys(null)).toEqual([]);
        expect(collide(fields('   '), fields('   ', 'https://x'))).toBe(false);
        expect(collide(fields(ID, 'https://a'), fields(ID, 'https://a'))).toBe(false);
        expect(collide(fields(ID, 'https://a'), fields(ID, 'https://b'))).toBe(true);
    });
});

describe('the golden cases of today', () => {
    const count = groupMethodCount(readFileSync(TEST_CLASS, 'utf8'));

    it("do not fit today's Apex algorithm (the failure version creation would have hit)", () => {
        expect(() => legacyPartition(todaysCases(), count)).toThrow(/collides in every group/);
    });

    it('are placed in the test methods KustomerGoldenFixturesTest declares, within limits, without collision', () => {
        const generated = collect(GOLDEN_DIR, count);
        expect(generated.groups).toHaveLength(count);
        const runnable = todaysCases().filter((c) => c.access === 'OK');
        expect(generated.groups.flat().sort()).toEqual(runnable.map((c) => c.name).sort());
        expect(generated.skipped.sort()).toEqual(
            todaysCases()
                .filter((c) => c.access !== 'OK')
                .map((c) => c.name)
                .sort()
        );
        const byName = new Map(runnable.map((c) => [c.name, c.record]));
        generated.groups.forEach((group, index) => {
            expect(group.length).toBeGreaterThan(0);
            const records = generated.records[index];
            for (const a of records) for (const b of records) expect(collide(a, b)).toBe(false);
            for (const name of group) {
                const spec = JSON.parse(generated.cases.get(name) ?? '{}') as {
                    record: number | null;
                };
                const fields = byName.get(name) as CaseFields;
                // A value the link rule refuses is read from memory (no record); any other has its Case.
                const stored = spec.record === null ? null : recordKey(records[spec.record]);
                expect(stored).toBe(storable(fields) ? recordKey(fields) : null);
            }
        });
    });
});

describe('placeInGroups', () => {
    it('keeps colliding forms apart even when the common form is the most frequent', () => {
        const items = [
            ...Array.from({ length: 12 }, (_, i) => item(`plain${i}`, fields(ID, 'https://a'))),
            item('upper', fields(ID.toUpperCase())),
            item('padded', fields(` ${ID} `, 'https://a'))
        ];
        expect(outcomeOf(items, 3)).toEqual([]);
    });

    it('backtracks when the greedy order dead-ends', () => {
        // Found by search: placing the most constrained, then costliest case into the least loaded group leaves
        // the last case nowhere to go; another placement exists.
        const costs: Array<[string | null, number]> = [
            [ID.toUpperCase(), 120_000],
            ['bbbbbbbbbbbbbbbbbbbbbbbb', 50_000],
            [` ${ID}`, 60_000],
            [` ${ID}`, 30_000],
            [ID, 60_000],
            [` ${ID}`, 40_000],
            [ID, 30_000]
        ];
        const items = costs.map(([id, jsonChars], i) => item(`c${i}`, fields(id), { jsonChars }));
        expect(outcomeOf(items, 3)).toEqual([]);
    });

    it('says which cases do not fit and what to do', () => {
        const items = [
            item('x', fields(ID)),
            item('y', fields(ID.toUpperCase())),
            item('z', fields(` ${ID}`))
        ];
        expect(() => placeInGroups(items, 2)).toThrow(
            /do not fit in 2 test method.*Add a goldenGroup/
        );
        expect(() =>
            placeInGroups([item('big', undefined, { callouts: LIMITS.callouts + 1 })], 4)
        ).toThrow(/first unplaced: big/);
    });

    it('lists the Cases of a group once per distinct set of fields, in order of first use', () => {
        const items = [
            item('a', fields(ID, 'u')),
            item('b', fields(ID, 'u')),
            item('c', fields('x'))
        ];
        expect(groupRecords(['a', 'b', 'c'], items)).toEqual([fields(ID, 'u'), fields('x')]);
    });

    it('finds a valid placement whenever one exists (random case sets against brute force)', () => {
        const forms = [ID, ID.toUpperCase(), ` ${ID}`, 'bbbbbbbbbbbbbbbbbbbbbbbb', null];
        fc.assert(
            fc.property(
                fc.array(
                    fc.record({
                        form: fc.integer({ min: 0, max: forms.length - 1 }),
                        cost: fc.integer({ min: 1, max: 120_000 })
                    }),
                    { minLength: 1, maxLength: 7 }
                ),
                fc.integer({ min: 1, max: 3 }),
                (specs, count) => {
                    const items = specs.map((s, i) =>
                        item(`c${i}`, fields(forms[s.form]), { jsonChars: s.cost })
                    );
                    expect(outcomeOf(items, count)).toEqual(
                        bruteForce(items, count) ? [] : 'no placement'
                    );
                }
            ),
            { numRuns: 300 }
        );
    });
});

/** Whether any placement keeps every rule (tries all count^n assignments). */
function bruteForce(items: GroupItem[], count: number): boolean {
    const assignment: number[] = [];
    const ok = (): boolean => {
        const groups: GroupItem[][] = Array.from({ length: count }, () => []);
        assignment.forEach((group, i) => groups[group].push(items[i]));
        return groups.every((members) => {
            const records = members.flatMap((m) => (m.record ? [m.record] : []));
            return (
                records.every((a) => records.every((b) => !collide(a, b))) &&
                members.reduce((s, m) => s + m.jsonChars, 0) <= LIMITS.jsonChars &&
                members.reduce((s, m) => s + m.callouts, 0) <= LIMITS.callouts &&
                members.reduce((s, m) => s + m.queries, 0) <= LIMITS.queries
            );
        });
    };
    const search = (index: number): boolean => {
        if (index === items.length) return ok();
        for (let group = 0; group < count; group++) {
            assignment[index] = group;
            if (search(index + 1)) return true;
        }
        assignment.length = index;
        return false;
    };
    return search(0);
}
