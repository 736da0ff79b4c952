// The read-only rule's one exception: a probe whose write is always rolled back (the setup check's test of the
// link validation rule). Anything else that writes is still a finding.
import { describe, expect, it } from '@jest/globals';
import { apexRuleFindings } from '../apex-rules.ts';

const wrap = (body: string) =>
    `public with sharing class Probe {\n    public static Boolean run() {\n${body}\n    }\n}\n`;

const PROBE = `        Savepoint before = Database.setSavepoint();
        try {
            Database.SaveResult result = Database.insert(new Case(), false, AccessLevel.USER_MODE);
            return result.isSuccess();
        } finally {
            Database.rollback(before);
        }`;

describe('apex-rules: rolled-back probe', () => {
    it('allows an insert inside try/finally that rolls back to the savepoint set before it', () => {
        expect(apexRuleFindings(wrap(PROBE))).toEqual([]);
    });

    it('still refuses a write that is not rolled back, or rolled back to another savepoint', () => {
        const kept = PROBE.replace('Database.rollback(before);', 'System.debug(before);');
        const other = PROBE.replace('Database.rollback(before);', 'Database.rollback(other);');
        const committed = PROBE.replace(
            'Database.insert(new Case(), false, AccessLevel.USER_MODE)',
            'Database.delete(new Case(), false, AccessLevel.USER_MODE)'
        );
        const noSavepoint = `        Database.insert(new Case(), false, AccessLevel.USER_MODE);\n        return true;`;
        for (const body of [kept, other, committed, noSavepoint]) {
            expect(apexRuleFindings(wrap(body)).map((finding) => finding.message)).toEqual([
                expect.stringMatching(/outside a test class: the package is read-only/)
            ]);
        }
    });
});
