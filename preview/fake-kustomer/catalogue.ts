// What the fake org holds, by name: the ids of the conversations the tests and the benchmark open, the benchmark
// sizes, the quirky conversations (lists that behave as the real Kustomer can), the seed's clock and customer, and
// the research fixtures it serves. Same ids and content on every run.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ListBehaviour, Raw } from './model.ts';
import { hexId } from './random.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/kustomer/', import.meta.url));
/** A research fixture (fixtures/kustomer) as parsed JSON. */
export const fixture = (name: string): Raw =>
    JSON.parse(readFileSync(FIXTURES + name, 'utf8')) as Raw;

/** Ids of the conversations used by the tests and the benchmark. */
export const CONVERSATIONS = {
    showcase: hexId('conversation:showcase'),
    fixture: '67cef0e3e65f7015ca3a91c6', // fixtures/kustomer/conversation.json
    long: hexId('conversation:long-1200'),
    empty: hexId('conversation:empty'),
    xss: hexId('conversation:xss'),
    notesForbidden: hexId('conversation:notes-forbidden'),
    size: (n: number) => hexId(`conversation:size-${n}`),
    quirk: (key: QuirkKey) => hexId(`conversation:quirk-${key}`)
} as const;

export const BENCH_SIZES = [10, 60, 100, 150, 1000, 5000] as const;

/** Conversations whose lists behave as the real Kustomer can (model.ts ListBehaviour), one demo Case each. */
export const QUIRKS = {
    'count-over': {
        subject: 'Count higher than the list',
        description:
            '150 messages while the conversation says 152 (the viewer shows all 150 and says so)',
        count: 150,
        noteCount: 2,
        behaviour: { countDrift: 2 }
    },
    'count-under': {
        subject: 'Count lower than the list',
        description: '120 messages while the conversation says 10',
        count: 120,
        noteCount: 2,
        behaviour: { countDrift: -110 }
    },
    'count-far-over': {
        subject: 'Count far above the list',
        description: '30 messages while the conversation says 200',
        count: 30,
        noteCount: 0,
        behaviour: { countDrift: 170 }
    },
    'newest-first': {
        subject: 'Kustomer answers newest first',
        description: '250 messages listed newest first: page 1 is the newest',
        count: 250,
        noteCount: 2,
        behaviour: { order: 'desc' }
    },
    'endless-notes': {
        subject: 'Notes that never end',
        description: "The notes list's next link never ends: the viewer stops and says so",
        count: 12,
        noteCount: 150,
        behaviour: { endlessNotes: true }
    },
    'slow-failing-pages': {
        subject: 'A slow page and a failing page',
        description: '350 messages: page 3 answers after 0.8 s, page 2 fails (500)',
        count: 350,
        noteCount: 0,
        behaviour: { slowPages: { 3: 800 }, failingPages: [2] }
    }
} as const satisfies Record<
    string,
    {
        subject: string;
        description: string;
        count: number;
        noteCount: number;
        behaviour: ListBehaviour;
    }
>;
export type QuirkKey = keyof typeof QUIRKS;
/** When every seeded conversation starts. */
export const START = Date.UTC(2025, 2, 10, 14, 1, 58);

export const CUSTOMER = '654368bc187ce5da4e3a91c2'; // fixtures/kustomer/customer.json
