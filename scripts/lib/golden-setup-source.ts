// Pure parts of scripts/golden-setup-apex.ts (tested in scripts/__tests__): the setup golden cases → the Apex source
// of KustomerSetupGoldenFixtures, before Prettier formats it. Everything the Apex test needs decided is decided here:
// which cases run in Apex, the Cases to insert, each case's Case, and the groups (one test method each).
import { basename } from 'node:path';
import type { SetupGoldenCase } from '../../preview/apex/golden/setup-golden-file.ts';
import { apexEscape, apexString } from './golden-apex-source.ts';

export const SETUP_CLASS_NAME = 'KustomerSetupGoldenFixtures';
/** Test methods of KustomerSetupGoldenFixturesTest (one group each). */
export const SETUP_GROUPS = 2;
/** Callouts per group: Apex allows 100 per transaction; leave room. */
export const MAX_GROUP_CALLOUTS = 80;

export interface SetupGenerated {
    names: string[];
    /** Conversation_ID__c of each Case to insert ('' = not linked); a case refers to one by index. */
    caseConversationIds: string[];
    cases: string[];
    bodies: string[];
    groups: string[][];
    /** Cases left out of Apex, with the reason (the Jest test still runs them). */
    skipped: string[];
}

/** Why a case cannot run in the Apex test (the user it runs as is always a setup admin who owns the Cases). */
export function apexSkipReason(golden: SetupGoldenCase): string | undefined {
    if (!golden.facts.setupPermission)
        return 'the refusal runs as another user: KustomerSetupControllerTest covers it';
    if (golden.case && (golden.case.access ?? 'OK') !== 'OK')
        return 'Case access other than OK needs sharing and FLS: KustomerCaseAccessTest covers it';
    const id = golden.case?.conversationId ?? '';
    if (id !== '' && !/^[0-9a-f]{24}$/.test(id))
        return 'the link rule keeps a malformed Conversation ID out of the database: KustomerCaseAccessTest covers it';
    return undefined;
}

/** Cases in order into at most `count` groups of at most `max` callouts each (greedy, lightest group first). */
export function groupByCallouts(
    cases: Array<{ name: string; callouts: number }>,
    count: number,
    max: number
): string[][] {
    const groups = Array.from({ length: count }, () => ({ names: [] as string[], callouts: 0 }));
    for (const item of cases) {
        const lightest = groups.reduce((best, group) =>
            group.callouts < best.callouts ? group : best
        );
        if (lightest.callouts + item.callouts > max)
            throw new Error(
                `${item.name}: ${count} groups of ${max} callouts are full: add a test method to KustomerSetupGoldenFixturesTest and raise SETUP_GROUPS`
            );
        lightest.names.push(item.name);
        lightest.callouts += item.callouts;
    }
    return groups.map((group) => group.names);
}

export function collectSetup(goldens: SetupGoldenCase[]): SetupGenerated {
    const bodies: string[] = [];
    const refs = new Map<string, string>();
    const conversationIds: string[] = [];
    const names: string[] = [];
    const cases: string[] = [];
    const skipped: string[] = [];
    const weights: Array<{ name: string; callouts: number }> = [];
    for (const golden of [...goldens].sort((a, b) => a.file.localeCompare(b.file))) {
        const name = basename(golden.file, '.json');
        const reason = apexSkipReason(golden);
        if (reason) {
            skipped.push(`${name}: ${reason}`);
            continue;
        }
        let caseRef: number | null = null;
        if (golden.case) {
            const id = (golden.case.conversationId ?? '').trim();
            if (!conversationIds.includes(id)) conversationIds.push(id);
            caseRef = conversationIds.indexOf(id);
        }
        const exchanges = golden.exchanges.map((exchange) => {
            if (exchange.calloutException !== undefined)
                return { request: exchange.request, calloutException: exchange.calloutException };
            const response = exchange.response as NonNullable<typeof exchange.response>;
            const entry: Record<string, unknown> = {
                request: exchange.request,
                status: response.status,
                headers: response.headers
            };
            if (response.bodyText !== undefined) {
                if (!refs.has(response.bodyText)) {
                    bodies.push(response.bodyText);
                    refs.set(response.bodyText, `b${bodies.length}`);
                }
                entry.bodyRef = refs.get(response.bodyText);
            }
            return entry;
        });
        names.push(name);
        weights.push({ name, callouts: exchanges.length });
        cases.push(
            JSON.stringify({
                method: golden.call.method,
                caseRef,
                caseId: golden.call.args.caseId ?? null,
                facts: golden.facts,
                exchanges,
                expect: golden.expect.result
            })
        );
    }
    return {
        names,
        caseConversationIds: conversationIds,
        cases,
        bodies,
        groups: groupByCallouts(weights, SETUP_GROUPS, MAX_GROUP_CALLOUTS),
        skipped
    };
}

function stringList(values: string[]): string {
    return `new List<String>{ ${values.map((value) => `'${apexEscape(value)}'`).join(', ')} }`;
}

function lookup(name: string, comment: string, keys: string[], values: string[]): string {
    const whens = keys
        .map((key, i) => `when '${key}' {\nreturn ${apexString(values[i] as string)};\n}`)
        .join('\n');
    return `/** ${comment} */\npublic static String ${name}(String key) {\nswitch on key {\n${whens}\nwhen else {\nreturn null;\n}\n}\n}`;
}

/** The class source, unformatted (the script formats it with the project's Prettier config). */
export function setupApexSource(generated: SetupGenerated): string {
    const groups = generated.groups.map(stringList).join(',\n');
    return `// Generated by scripts/golden-setup-apex.ts from fixtures/golden-setup/*.json: do not edit, run \`npm run golden\`.
/** The setup golden cases as data for KustomerSetupGoldenFixturesTest (texts resolved from the Custom Labels). */
@IsTest
public class ${SETUP_CLASS_NAME} {
/** Conversation_ID__c of the Cases to insert, in order ('' = not linked); a case's caseRef is an index here. */
public static List<String> caseConversationIds() {
return ${stringList(generated.caseConversationIds)};
}
/** The cases of each test method. */
public static List<List<String>> groups() {
return new List<List<String>>{
${groups}
};
}
${lookup('caseJson', 'One case: method, caseRef or caseId, facts, exchanges (bodies as bodyRef) and the expected result.', generated.names, generated.cases)}
${lookup(
    'body',
    'A response body by its bodyRef (raw text as Kustomer sends it).',
    generated.bodies.map((_, i) => `b${i + 1}`),
    generated.bodies
)}
}
`;
}
