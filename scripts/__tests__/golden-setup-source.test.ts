// The setup golden generator: what it decides for the Apex test (which cases run, their Cases, their groups).
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { readLabelValues } from '../../lib/metadata/index.ts';
import { goldenFiles } from '../../preview/apex/golden/golden-file.ts';
import { loadSetupGoldenCase } from '../../preview/apex/golden/setup-golden-file.ts';
import {
    apexSkipReason,
    collectSetup,
    groupByCallouts,
    MAX_GROUP_CALLOUTS,
    SETUP_GROUPS,
    setupApexSource
} from '../lib/golden-setup-source.ts';

const ROOT = join(__dirname, '../..');
const labels = readLabelValues(join(ROOT, 'force-app', 'main', 'default'));
const goldens = goldenFiles(join(ROOT, 'fixtures', 'golden-setup')).map((file) =>
    loadSetupGoldenCase(file, labels)
);

describe('golden-setup source', () => {
    it('names every case <method>-<situation>.json, and refuses a case named otherwise', () => {
        const misnamed = goldens.filter(
            ({ file, call }) => !basename(file).startsWith(`${call.method}-`)
        );
        expect(misnamed).toEqual([]);
        const file = join(mkdtempSync(join(tmpdir(), 'golden-setup-')), 'key-rejected.json');
        writeFileSync(file, JSON.stringify({ call: { method: 'checkApiKey' }, expect: {} }));
        expect(() => loadSetupGoldenCase(file, labels)).toThrow(
            /key-rejected\.json: a golden case is named <method>-<situation>\.json.*\(here checkApiKey-rejected\.json\)/
        );
    });

    it('spreads cases over the groups within the callout budget, in order', () => {
        const groups = groupByCallouts(
            [
                { name: 'a', callouts: 5 },
                { name: 'b', callouts: 3 },
                { name: 'c', callouts: 1 },
                { name: 'd', callouts: 4 }
            ],
            2,
            10
        );
        expect(groups).toEqual([['a'], ['b', 'c', 'd']]);
        expect(() => groupByCallouts([{ name: 'big', callouts: 11 }], 2, 10)).toThrow(
            /big: 2 groups of 10 callouts are full/
        );
    });

    it('places every real case in a group, each group within the Apex callout limit', () => {
        const generated = collectSetup(goldens);
        expect(generated.groups).toHaveLength(SETUP_GROUPS);
        expect(generated.groups.flat().sort()).toEqual([...generated.names].sort());
        for (const group of generated.groups) {
            const callouts = group
                .map((name) => goldens.find((g) => g.file.endsWith(`/${name}.json`)))
                .reduce((sum, golden) => sum + (golden?.exchanges.length ?? 0), 0);
            expect(callouts).toBeLessThanOrEqual(MAX_GROUP_CALLOUTS);
            expect(group.length).toBeGreaterThan(0);
        }
    });

    it('leaves out of Apex only what needs another user, and says why', () => {
        const generated = collectSetup(goldens);
        expect(generated.skipped.map((line) => line.split(':')[0])).toEqual([
            'checkApiKey-no-setup-permission',
            'checkCaseConversation-invalid-id',
            'checkCaseConversation-no-access'
        ]);
        const refusal = goldens.find((g) => !g.facts.setupPermission);
        expect(refusal && apexSkipReason(refusal)).toMatch(/KustomerSetupControllerTest/);
    });

    it('gives each distinct Case one record and refers to it by index', () => {
        const generated = collectSetup(goldens);
        expect(new Set(generated.caseConversationIds).size).toBe(
            generated.caseConversationIds.length
        );
        const source = setupApexSource(generated);
        expect(source).toContain('public class KustomerSetupGoldenFixtures');
        expect(source).toContain("'67cef0e3e65f7015ca3a5e01'");
    });
});
