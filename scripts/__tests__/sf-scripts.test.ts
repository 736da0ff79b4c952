// The sf CLI scripts, offline: argument handling, the Dev Hub / target-org checks, and the build that every
// deploy and package step runs first, with a fake sf and npm on PATH (scripts/lib/fake-sf.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { callsTo, devHubs, flagValue, indexOfCall, runScript } from '../lib/fake-sf.ts';
import type { FakeOrg } from '../lib/fake-sf.ts';

const NAMESPACE: string = JSON.parse(readFileSync('sfdx-project.json', 'utf8')).namespace;
const HUB = {
    alias: 'devhub',
    username: 'hub@example.com',
    isDefaultDevHubUsername: true,
    connectedStatus: 'Connected'
};
const VERSION_ID = '04t000000000001AAA';

const scratchOrg: FakeOrg = {
    answers: {
        'org-list': devHubs(HUB),
        'data-query': { json: { status: 0, result: { records: [{ Id: '012000000000001AAA' }] } } },
        'data-create-record': { json: { status: 0, result: { id: '500000000000001AAA' } } }
    }
};

const targetOrg: FakeOrg = {
    answers: {
        'config-get': {
            json: { status: 0, result: [{ name: 'target-org', value: 'kustomer-scratch' }] }
        },
        'org-display': { json: { status: 0, result: { username: 'admin@scratch.example.com' } } }
    }
};

const versionCreated: FakeOrg = {
    project: { packageAliases: { Kustomer: '0Ho000000000001AAA' } },
    answers: {
        'org-list': devHubs(HUB),
        'package-version-create': {
            json: {
                status: 0,
                result: { Status: 'Success', SubscriberPackageVersionId: VERSION_ID }
            }
        }
    }
};

describe('every script', () => {
    it.each([
        'scratch-create.sh',
        'test-apex.sh',
        'package-version-create.sh',
        'package-version-promote.sh',
        'org-verify.sh'
    ])('%s prints its usage for --help and calls nothing', (script) => {
        const run = runScript(script, ['--help']);
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^Usage: npm run /);
        expect(run.calls).toEqual([]);
    });

    it.each([
        'scratch-create.sh',
        'test-apex.sh',
        'package-version-create.sh',
        'package-version-promote.sh',
        'org-verify.sh'
    ])('%s rejects an unknown option before calling anything', (script) => {
        const run = runScript(script, ['--frobnicate']);
        expect(run.status).not.toBe(0);
        expect(run.stderr).toContain("unknown option '--frobnicate'");
        expect(run.calls).toEqual([]);
    });
});

describe('without sf on PATH', () => {
    it.each([
        ['scratch-create.sh', []],
        ['test-apex.sh', []],
        ['package-version-create.sh', ['-x']],
        ['package-version-promote.sh', ['-p', '04t000000000001AAA']]
    ])('%s says to run it through npm', (script, args) => {
        const run = runScript(script, args, {
            withoutSf: true,
            project: { packageAliases: { Kustomer: '0Ho000000000001AAA' } }
        });
        expect(run.status).not.toBe(0);
        expect(run.stderr).toContain('sf (the Salesforce CLI) is not on PATH');
        expect(run.calls).toEqual([]);
    });

    it('still prints --help', () => {
        expect(runScript('scratch-create.sh', ['--help'], { withoutSf: true }).status).toBe(0);
    });
});

describe('scratch-create.sh', () => {
    it('builds before creating, deploying, assigning permission sets and creating the sample Case', () => {
        const run = runScript('scratch-create.sh', [], scratchOrg);
        expect(run.status).toBe(0);
        const build = indexOfCall(run, 'npm', 'run', 'build');
        const create = indexOfCall(run, 'sf', 'org', 'create', 'scratch');
        const deploy = indexOfCall(run, 'sf', 'project', 'deploy', 'start');
        const permsets = indexOfCall(run, 'sf', 'org', 'assign', 'permset');
        const sample = indexOfCall(run, 'sf', 'data', 'create', 'record');
        expect(build).toBeGreaterThanOrEqual(0);
        expect([build, create, deploy, permsets, sample]).toEqual(
            [...[build, create, deploy, permsets, sample]].sort((a, b) => a - b)
        );
        expect(new Set([build, create, deploy, permsets, sample]).size).toBe(5);
    });

    it('creates the org from the project definition with the default Dev Hub, alias and duration', () => {
        const run = runScript('scratch-create.sh', [], scratchOrg);
        const [create] = callsTo(run, 'sf', 'org', 'create', 'scratch');
        expect(flagValue(create, '--definition-file')).toBe('config/project-scratch-def.json');
        expect(flagValue(create, '--target-dev-hub')).toBe('devhub');
        expect(flagValue(create, '--alias')).toBe('kustomer-scratch');
        expect(flagValue(create, '--duration-days')).toBe('7');
        expect(create).toContain('--set-default');
        expect(create).not.toContain('--no-namespace');
    });

    it('assigns the viewer, setup and API access permission sets to the new org', () => {
        const run = runScript('scratch-create.sh', ['--alias', 'mine'], scratchOrg);
        const [assign] = callsTo(run, 'sf', 'org', 'assign', 'permset');
        expect(assign.filter((_, i) => assign[i - 1] === '--name')).toEqual([
            'Kustomer_Conversation_Viewer',
            'Kustomer_Setup_Admin',
            'Kustomer_API_Access'
        ]);
        expect(flagValue(assign, '--target-org')).toBe('mine');
    });

    it('links the sample Case to the conversation with the namespaced field and the record type', () => {
        const run = runScript('scratch-create.sh', ['-c', 'abcdefabcdefabcdefabcdef'], scratchOrg);
        const [record] = callsTo(run, 'sf', 'data', 'create', 'record');
        expect(flagValue(record, '--sobject')).toBe('Case');
        const values = flagValue(record, '--values');
        expect(values).toContain(`${NAMESPACE}__Conversation_ID__c=abcdefabcdefabcdefabcdef`);
        expect(values).toContain('RecordTypeId=012000000000001AAA');
        expect(run.stdout).toContain('500000000000001AAA');
    });

    it('uses unprefixed field names and passes --no-namespace for an org without the namespace', () => {
        const run = runScript('scratch-create.sh', ['--no-namespace'], scratchOrg);
        expect(callsTo(run, 'sf', 'org', 'create', 'scratch')[0]).toContain('--no-namespace');
        const values = flagValue(callsTo(run, 'sf', 'data', 'create', 'record')[0], '--values');
        expect(values).toMatch(/(^| )Conversation_ID__c=67cef0e3e65f7015ca3a91c6/);
    });

    it('skips the sample Case on request', () => {
        const run = runScript('scratch-create.sh', ['--no-sample-case'], scratchOrg);
        expect(run.status).toBe(0);
        expect(callsTo(run, 'sf', 'data')).toEqual([]);
    });

    it.each([
        [['--conversation-id', '67CEF0E3E65F7015CA3A91C6'], '24 lowercase hexadecimal'],
        [['--conversation-id', '123'], '24 lowercase hexadecimal'],
        [['--duration-days', '31'], 'from 1 to 30'],
        [['--duration-days', 'week'], 'from 1 to 30'],
        [['--alias', 'my org'], '--alias may hold'],
        [['--alias'], '--alias needs a value'],
        [['--dev-hub', '--no-namespace'], '--dev-hub needs a value']
    ])('rejects %j before building', (args, message) => {
        const run = runScript('scratch-create.sh', args, scratchOrg);
        expect(run.status).not.toBe(0);
        expect(run.stderr).toContain(message);
        expect(run.calls).toEqual([]);
    });

    it('stops with the login command when no Dev Hub is authorised, before building', () => {
        const run = runScript('scratch-create.sh', [], { answers: { 'org-list': devHubs() } });
        expect(run.status).not.toBe(0);
        expect(run.stderr).toContain('no Dev Hub is authorised');
        expect(run.stderr).toContain('org login web --set-default-dev-hub');
        expect(callsTo(run, 'npm')).toEqual([]);
        expect(callsTo(run, 'sf', 'org', 'create')).toEqual([]);
    });

    it('names the Dev Hub that was asked for but is not authorised', () => {
        const run = runScript('scratch-create.sh', ['--dev-hub', 'other'], scratchOrg);
        expect(run.status).not.toBe(0);
        expect(run.stderr).toContain("Dev Hub 'other' is not authorised");
    });

    it('uses a Dev Hub given by username', () => {
        const run = runScript('scratch-create.sh', ['-v', 'hub@example.com'], scratchOrg);
        expect(run.status).toBe(0);
        expect(
            flagValue(callsTo(run, 'sf', 'org', 'create', 'scratch')[0], '--target-dev-hub')
        ).toBe('devhub');
    });

    it('asks to choose when several Dev Hubs are authorised and none is the default', () => {
        const run = runScript('scratch-create.sh', [], {
            answers: {
                'org-list': devHubs(
                    { alias: 'a', username: 'a@example.com', connectedStatus: 'Connected' },
                    { alias: 'b', username: 'b@example.com', connectedStatus: 'Connected' }
                )
            }
        });
        expect(run.status).not.toBe(0);
        expect(run.stderr).toContain('several Dev Hubs');
    });

    it('says to log in again when the Dev Hub authorisation expired', () => {
        const run = runScript('scratch-create.sh', [], {
            answers: { 'org-list': devHubs({ ...HUB, connectedStatus: 'RefreshTokenAuthError' }) }
        });
        expect(run.status).not.toBe(0);
        expect(run.stderr).toContain('RefreshTokenAuthError');
        expect(run.stderr).toContain('Log in again');
    });

    it('stops without creating an org when the build fails', () => {
        const run = runScript('scratch-create.sh', [], { ...scratchOrg, npmStatus: 2 });
        expect(run.status).not.toBe(0);
        expect(run.stderr).toContain('npm run build failed');
        expect(callsTo(run, 'sf', 'org', 'create')).toEqual([]);
    });

    it('stops when the deploy fails, before assigning permission sets', () => {
        const run = runScript('scratch-create.sh', [], {
            answers: { ...scratchOrg.answers, 'project-deploy-start': { status: 1 } }
        });
        expect(run.status).not.toBe(0);
        expect(callsTo(run, 'sf', 'org', 'assign')).toEqual([]);
    });

    it('says so when the record type is missing after the deploy', () => {
        const run = runScript('scratch-create.sh', [], {
            answers: {
                ...scratchOrg.answers,
                'data-query': { json: { status: 0, result: { records: [] } } }
            }
        });
        expect(run.status).not.toBe(0);
        expect(run.stderr).toContain('Kustomer Conversation record type is missing');
    });
});

describe('test-apex.sh', () => {
    it('builds and deploys to the default org, then runs the local tests with coverage', () => {
        const run = runScript('test-apex.sh', [], targetOrg);
        expect(run.status).toBe(0);
        const build = indexOfCall(run, 'npm', 'run', 'build');
        const deploy = indexOfCall(run, 'sf', 'project', 'deploy', 'start');
        const tests = indexOfCall(run, 'sf', 'apex', 'run', 'test');
        expect(build).toBeGreaterThanOrEqual(0);
        expect(build).toBeLessThan(deploy);
        expect(deploy).toBeLessThan(tests);
        const call = run.calls[tests];
        expect(flagValue(call, '--target-org')).toBe('kustomer-scratch');
        expect(call).toContain('--code-coverage');
        expect(flagValue(call, '--test-level')).toBe('RunLocalTests');
        expect(flagValue(call, '--output-dir')).toBe('.ci-out/apex');
    });

    it('runs only the named classes, and neither builds nor deploys with --no-deploy', () => {
        const run = runScript(
            'test-apex.sh',
            ['--no-deploy', '-o', 'other', '-n', 'KustomerSetupControllerTest,KustomerClientTest'],
            targetOrg
        );
        expect(run.status).toBe(0);
        expect(callsTo(run, 'npm')).toEqual([]);
        expect(callsTo(run, 'sf', 'project')).toEqual([]);
        const [call] = callsTo(run, 'sf', 'apex', 'run', 'test');
        expect(call.filter((_, i) => call[i - 1] === '--class-names')).toEqual([
            'KustomerSetupControllerTest',
            'KustomerClientTest'
        ]);
        expect(call).not.toContain('--test-level');
        expect(flagValue(call, '--target-org')).toBe('other');
    });

    it('fails when the tests fail', () => {
        const run = runScript('test-apex.sh', [], {
            answers: { ...targetOrg.answers, 'apex-run-test': { status: 100 } }
        });
        expect(run.status).not.toBe(0);
    });

    it('says how to get an org when there is no default org', () => {
        const run = runScript('test-apex.sh', [], {
            answers: { 'config-get': { json: { status: 0, result: [] } } }
        });
        expect(run.status).not.toBe(0);
        expect(run.stderr).toContain('npm run scratch:create');
        expect(callsTo(run, 'npm')).toEqual([]);
    });

    it('says so when the org is not authorised or expired', () => {
        const run = runScript('test-apex.sh', ['-o', 'gone'], {
            answers: { 'org-display': { status: 1 } }
        });
        expect(run.status).not.toBe(0);
        expect(run.stderr).toContain("org 'gone' is not authorised or has expired");
    });

    it.each([
        [['--wait', '0'], '--wait must be'],
        [['--class-names', 'A;rm -rf'], '--class-names must be'],
        [['--output-dir'], '--output-dir needs a value']
    ])('rejects %j', (args, message) => {
        const run = runScript('test-apex.sh', args, targetOrg);
        expect(run.status).not.toBe(0);
        expect(run.stderr).toContain(message);
        expect(run.calls).toEqual([]);
    });
});

describe('package-version-create.sh', () => {
    it('builds first, then creates the version with code coverage and prints the install URL', () => {
        const run = runScript(
            'package-version-create.sh',
            ['--installation-key-bypass'],
            versionCreated
        );
        expect(run.status).toBe(0);
        const build = indexOfCall(run, 'npm', 'run', 'build');
        const create = indexOfCall(run, 'sf', 'package', 'version', 'create');
        expect(build).toBeGreaterThanOrEqual(0);
        expect(build).toBeLessThan(create);
        const call = run.calls[create];
        expect(flagValue(call, '--package')).toBe('Kustomer');
        expect(call).toContain('--code-coverage');
        expect(call).toContain('--installation-key-bypass');
        expect(call).not.toContain('--skip-validation');
        expect(flagValue(call, '--target-dev-hub')).toBe('devhub');
        expect(run.stdout).toContain(
            `https://login.salesforce.com/packaging/installPackage.apexp?p0=${VERSION_ID}`
        );
    });

    it('passes an installation key instead of the bypass', () => {
        const run = runScript('package-version-create.sh', ['-k', 's3cret'], versionCreated);
        expect(run.status).toBe(0);
        const [call] = callsTo(run, 'sf', 'package', 'version', 'create');
        expect(flagValue(call, '--installation-key')).toBe('s3cret');
        expect(call).not.toContain('--installation-key-bypass');
    });

    it.each([
        [[], 'pass --installation-key KEY'],
        [['-k', 'x', '-x'], 'not both'],
        [['-x', '--wait', 'soon'], '--wait must be']
    ])('rejects %j before building', (args, message) => {
        const run = runScript('package-version-create.sh', args, versionCreated);
        expect(run.status).not.toBe(0);
        expect(run.stderr).toContain(message);
        expect(callsTo(run, 'npm')).toEqual([]);
    });

    it('stops with the login command when no Dev Hub is authorised', () => {
        const run = runScript('package-version-create.sh', ['-x'], {
            ...versionCreated,
            answers: { 'org-list': devHubs() }
        });
        expect(run.status).not.toBe(0);
        expect(run.stderr).toContain('no Dev Hub is authorised');
        expect(callsTo(run, 'npm')).toEqual([]);
    });

    it('gives the package create command for a package sfdx-project.json does not know', () => {
        const run = runScript(
            'package-version-create.sh',
            ['-x', '--package', 'Other'],
            versionCreated
        );
        expect(run.status).not.toBe(0);
        expect(run.stderr).toContain('package create --name Other --package-type Managed');
        expect(callsTo(run, 'npm')).toEqual([]);
    });

    it("reports sf's message when the version fails", () => {
        const run = runScript('package-version-create.sh', ['-x'], {
            project: versionCreated.project,
            answers: {
                'org-list': devHubs(HUB),
                'package-version-create': {
                    status: 1,
                    json: { status: 1, message: 'Code coverage is 61%, below 75%.' }
                }
            }
        });
        expect(run.status).not.toBe(0);
        expect(run.stderr).toContain('Code coverage is 61%, below 75%.');
        expect(run.stdout).not.toContain('installPackage');
    });
});

describe('package-version-promote.sh', () => {
    const promotable: FakeOrg = { answers: { 'org-list': devHubs(HUB) } };

    it('promotes the given version without a prompt when --yes is passed, then prints the install URL', () => {
        const run = runScript(
            'package-version-promote.sh',
            ['--version', VERSION_ID, '--yes'],
            promotable
        );
        expect(run.status).toBe(0);
        const [call] = callsTo(run, 'sf', 'package', 'version', 'promote');
        expect(flagValue(call, '--package')).toBe(VERSION_ID);
        expect(flagValue(call, '--target-dev-hub')).toBe('devhub');
        expect(call).toContain('--no-prompt');
        expect(run.stdout).toContain(`installPackage.apexp?p0=${VERSION_ID}`);
        expect(callsTo(run, 'npm')).toEqual([]);
    });

    it('lets sf ask for confirmation without --yes', () => {
        const run = runScript('package-version-promote.sh', ['-p', VERSION_ID], promotable);
        expect(callsTo(run, 'sf', 'package', 'version', 'promote')[0]).not.toContain('--no-prompt');
    });

    it('prints the install URLs only with --url-only', () => {
        const run = runScript('package-version-promote.sh', ['-p', VERSION_ID, '--url-only']);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain(
            `https://test.salesforce.com/packaging/installPackage.apexp?p0=${VERSION_ID}`
        );
        expect(run.calls).toEqual([]);
    });

    it('promotes the newest version alias of the package by default', () => {
        const run = runScript('package-version-promote.sh', ['--yes'], {
            ...promotable,
            project: {
                packageAliases: {
                    Kustomer: '0Ho000000000001AAA',
                    'Kustomer@1.10.0-1': '04t000000000110AAA',
                    'Kustomer@1.9.0-3': '04t000000000093AAA',
                    'Kustomer@1.10.0-2': '04t000000000102AAA',
                    'Other@9.0.0-1': '04t000000000900AAA'
                }
            }
        });
        expect(run.status).toBe(0);
        expect(flagValue(callsTo(run, 'sf', 'package', 'version', 'promote')[0], '--package')).toBe(
            '04t000000000102AAA'
        );
    });

    it.each([
        [['-p', '04tBAD'], 'is not a package version id'],
        [['-p', 'Kustomer@9.9.9-9'], "no package version alias 'Kustomer@9.9.9-9'"],
        [[], 'holds no package version alias']
    ])('rejects %j', (args, message) => {
        const run = runScript('package-version-promote.sh', args, {
            ...promotable,
            project: { packageAliases: { Kustomer: '0Ho000000000001AAA' } }
        });
        expect(run.status).not.toBe(0);
        expect(run.stderr).toContain(message);
        expect(callsTo(run, 'sf', 'package')).toEqual([]);
    });

    it('stops with the login command when no Dev Hub is authorised', () => {
        const run = runScript('package-version-promote.sh', ['-p', VERSION_ID, '--yes'], {
            answers: { 'org-list': devHubs() }
        });
        expect(run.status).not.toBe(0);
        expect(run.stderr).toContain('no Dev Hub is authorised');
    });
});

describe('org-verify.sh', () => {
    const FRONT_DOOR = 'https://example.my.salesforce.com/secur/frontdoor.jsp?sid=SECRET';
    const apexRun = (failing: boolean) => ({
        json: {
            status: failing ? 100 : 0,
            result: {
                summary: { testsRan: 3, orgWideCoverage: failing ? '60%' : '93%' },
                tests: [
                    { FullName: 'KustomerClientTest.a', Outcome: 'Pass' },
                    { FullName: 'KustomerClientTest.b', Outcome: 'Pass' },
                    {
                        FullName: 'KustomerGoldenFixturesTest.goldenGroup2',
                        Outcome: failing ? 'Fail' : 'Pass',
                        Message: failing ? 'Golden cases of group 2 must pass' : undefined
                    }
                ],
                coverage: {
                    coverage: [
                        { name: 'KustomerClient', coveredPercent: 96 },
                        { name: 'KustomerSetupEnvironment', coveredPercent: 50 }
                    ]
                }
            }
        },
        status: failing ? 100 : 0
    });
    const org = (failing = false): FakeOrg => ({
        answers: {
            ...scratchOrg.answers,
            'apex-run-test': apexRun(failing),
            'org-open': { json: { status: 0, result: { url: FRONT_DOOR } } }
        }
    });

    it('creates a namespaced one-day org through scratch:create, runs every test with coverage, and confirms the items', () => {
        const run = runScript('org-verify.sh', ['--no-browser'], org());
        expect(run.status).toBe(0);
        const [create] = callsTo(run, 'sf', 'org', 'create', 'scratch');
        expect(flagValue(create, '--alias')).toBe('kustomer-verify');
        expect(flagValue(create, '--duration-days')).toBe('1');
        expect(create).not.toContain('--no-namespace');
        const [tests] = callsTo(run, 'sf', 'apex', 'run', 'test');
        expect(flagValue(tests, '--test-level')).toBe('RunLocalTests');
        expect(tests).toContain('--code-coverage');
        expect(indexOfCall(run, 'sf', 'apex', 'run', 'test')).toBeGreaterThan(
            indexOfCall(run, 'sf', 'project', 'deploy', 'start')
        );
        expect(run.stdout).toContain('Apex tests: 3 ran, 3 passed, 0 failed');
        expect(run.stdout).toMatch(/KustomerClient\s+96% \(expected \d+%\) ok/);
        expect(run.stdout).toMatch(
            /KustomerSetupEnvironment\s+50% \(expected \d+%\) BELOW EXPECTED/
        );
        expect(run.stdout).toContain('[x] Deploy');
        expect(run.stdout).toContain('[x] Apex tests and coverage in a namespaced org');
        expect(run.stdout).toContain('[ ] Viewer on the real Case page');
        expect(callsTo(run, 'npm', 'run', 'test:org')).toEqual([]);
    });

    it('fails, naming the failed tests, when a test fails or coverage is under 75%', () => {
        const run = runScript('org-verify.sh', ['--no-browser'], org(true));
        expect(run.status).toBe(1);
        expect(run.stdout).toContain(
            'FAIL KustomerGoldenFixturesTest.goldenGroup2: Golden cases of group 2 must pass'
        );
        expect(run.stdout).toContain('org-wide 60% (a package version needs 75%): TOO LOW');
        expect(run.stdout).toContain('[ ] Apex tests and coverage in a namespaced org');
    });

    it("opens the sample Case's page through the front door and never prints the session URL", () => {
        const run = runScript('org-verify.sh', [], org());
        const [open] = callsTo(run, 'sf', 'org', 'open');
        expect(open).toContain('--url-only');
        // The fake answers every data query alike: the Case id is the first record's.
        expect(flagValue(open, '--path')).toBe('/lightning/r/Case/012000000000001AAA/view');
        expect(callsTo(run, 'npm', 'run', 'test:org')).toHaveLength(1);
        expect(run.stdout + run.stderr).not.toContain('SECRET');
        // The fake npm runs no browser, so nothing reports success: the verdict fails the browser step.
        expect(run.status).toBe(1);
        expect(run.stdout).toContain('Browser: the viewer failed its checks');
    });

    it('verifies an existing org without creating one', () => {
        const run = runScript('org-verify.sh', ['--target-org', 'mine', '--no-browser'], {
            answers: { ...targetOrg.answers, 'apex-run-test': apexRun(false) }
        });
        expect(run.status).toBe(0);
        expect(callsTo(run, 'sf', 'org', 'create')).toEqual([]);
        expect(flagValue(callsTo(run, 'sf', 'apex', 'run', 'test')[0], '--target-org')).toBe(
            'mine'
        );
    });

    it('reports the deploy as not confirmed and stops when no Dev Hub is authorised', () => {
        const run = runScript('org-verify.sh', [], { answers: { 'org-list': devHubs() } });
        expect(run.status).toBe(1);
        expect(run.stderr).toContain('no Dev Hub is authorised');
        expect(run.stdout).toContain('[ ] Deploy');
        expect(callsTo(run, 'sf', 'apex')).toEqual([]);
    });
});
