// Test harness for the gate: a built copy of this project in a temp dir (node_modules symlinked), broken on
// purpose, then `validate --only <check>` run on it as a child process, exactly as `npm run validate` runs.
import { spawnSync } from 'node:child_process';
import {
    cpSync,
    mkdirSync,
    mkdtempSync,
    readFileSync,
    rmSync,
    symlinkSync,
    writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

export const PROJECT = process.cwd();
const NOT_COPIED =
    /^(node_modules|\.git|\.ci-out|coverage|preview\/dist|screenshots|test-results)(\/|$)/;

export interface Finding {
    file?: string;
    line?: number;
    message: string;
    warning?: boolean;
}

export interface CheckOutcome {
    passed: boolean;
    findings: Finding[];
}

/** The first (or only) check's result, plus every check's by name when several ran. */
export interface Outcome extends CheckOutcome {
    status: number;
    output: string;
    byCheck: Record<string, CheckOutcome>;
}

const copies: string[] = [];

function copyTree(from: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'gate-test-'));
    copies.push(dir);
    cpSync(from, dir, {
        recursive: true,
        filter: (src) => !NOT_COPIED.test(relative(from, src).split('\\').join('/'))
    });
    symlinkSync(join(PROJECT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    return dir;
}

/** A copy of the project with its LWC JavaScript and generated types built (the base every test breaks). */
export function builtCopy(): string {
    const dir = copyTree(PROJECT);
    const build = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf8' });
    if (build.status !== 0)
        throw new Error(`build of the test copy failed:\n${build.stdout}${build.stderr}`);
    return dir;
}

/** A fresh copy of a built copy, to break. */
export function variant(base: string, files: Record<string, string | null> = {}): string {
    const dir = copyTree(base);
    for (const [path, content] of Object.entries(files)) {
        const target = join(dir, path);
        if (content === null) rmSync(target, { recursive: true, force: true });
        else {
            mkdirSync(dirname(target), { recursive: true });
            writeFileSync(target, content);
        }
    }
    return dir;
}

export function read(dir: string, path: string): string {
    return readFileSync(join(dir, path), 'utf8');
}

export function namespaceOf(dir: string): string {
    return (JSON.parse(read(dir, 'sfdx-project.json')) as { namespace: string }).namespace;
}

/** Runs one check (or several, comma-separated) on a project copy. */
export function validate(dir: string, check: string, env: NodeJS.ProcessEnv = {}): Outcome {
    const out = join(dir, '.ci-out');
    const result = spawnSync(
        process.execPath,
        [join(PROJECT, 'scripts/validate/index.ts'), '--root', dir, '--only', check, '--out', out],
        {
            cwd: dir,
            env: { ...process.env, ...env },
            encoding: 'utf8',
            timeout: 240_000
        }
    );
    const summary = JSON.parse(readFileSync(join(out, 'validate.json'), 'utf8')) as {
        checks: Array<{ name: string; passed: boolean; findings: Finding[] }>;
    };
    return {
        status: result.status ?? 1,
        passed: summary.checks[0].passed,
        findings: summary.checks[0].findings,
        output: result.stdout + result.stderr,
        byCheck: Object.fromEntries(summary.checks.map((c) => [c.name, c]))
    };
}

/** The error findings (not warnings) whose text matches. */
export function errorsMatching(outcome: Outcome, pattern: RegExp): Finding[] {
    return outcome.findings.filter(
        (f) => !f.warning && pattern.test(`${f.file ?? ''}: ${f.message}`)
    );
}

export function cleanUp(): void {
    for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export const OBJECTS = 'force-app/main/default/objects';
export const CLASSES = 'force-app/main/default/classes';
export const LWC = 'force-app/main/default/lwc';

export const CLASS_META = `<?xml version="1.0" encoding="UTF-8"?>
<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>68.0</apiVersion>
    <status>Active</status>
</ApexClass>
`;

export const BUNDLE_META = `<?xml version="1.0" encoding="UTF-8"?>
<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>68.0</apiVersion>
    <isExposed>false</isExposed>
</LightningComponentBundle>
`;

/** A Text field on Case, valid unless `extra` breaks it. */
export function caseField(
    name: string,
    body = '<label>Gate Probe</label>\n    <length>24</length>\n    <type>Text</type>'
): Record<string, string> {
    return {
        [`${OBJECTS}/Case/fields/${name}.field-meta.xml`]: `<?xml version="1.0" encoding="UTF-8"?>
<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
    <fullName>${name}</fullName>
    ${body}
</CustomField>
`
    };
}

/** An Apex class with its -meta.xml. */
export function apexClass(name: string, source: string): Record<string, string> {
    return { [`${CLASSES}/${name}.cls`]: source, [`${CLASSES}/${name}.cls-meta.xml`]: CLASS_META };
}

/** A JavaScript-only LWC bundle (no TypeScript), with optional template. */
export function jsBundle(name: string, js: string, html?: string): Record<string, string> {
    const files: Record<string, string> = {
        [`${LWC}/${name}/${name}.js`]: js,
        [`${LWC}/${name}/${name}.js-meta.xml`]: BUNDLE_META
    };
    if (html !== undefined) files[`${LWC}/${name}/${name}.html`] = html;
    return files;
}

/** A valid, secure, read-only gateway class using current syntax (user mode, ??, Continuation, Assert in tests). */
export const GOOD_GATEWAY = `/**
 * Gate probe: reads the Case in user mode and calls Kustomer through the named credential.
 */
public with sharing class GateProbeGateway {
    /**
     * Starts one request.
     * @param caseId the Case
     * @return the Continuation
     */
    @AuraEnabled(continuation=true cacheable=false)
    public static Object start(Id caseId) {
        Case c = [SELECT Id, Gate_Probe__c FROM Case WHERE Id = :caseId WITH USER_MODE LIMIT 1];
        List<Case> rows = Database.query('SELECT Id FROM Case LIMIT 1', AccessLevel.USER_MODE);
        String id = c.Gate_Probe__c ?? '';
        Continuation con = new Continuation(60);
        con.continuationMethod = 'finish';
        HttpRequest req = new HttpRequest();
        req.setMethod('GET');
        req.setEndpoint('callout:Kustomer_API/v1/conversations/' + id + rows.size());
        con.state = con.addHttpRequest(req);
        return con;
    }

    /**
     * Continuation callback.
     * @param labels request labels
     * @param state the request label
     * @return the body
     */
    @AuraEnabled
    public static Object finish(List<String> labels, Object state) {
        HttpResponse response = Continuation.getResponse((String) state);
        return response.getBody();
    }
}
`;

export const GOOD_GATEWAY_TEST = `@IsTest
private class GateProbeGatewayTest {
    @IsTest
    static void startsAContinuation() {
        Case c = new Case(Subject = 'probe', Gate_Probe__c = '0123456789abcdef01234567');
        insert as system c;
        Object result = GateProbeGateway.start(c.Id);
        Assert.isInstanceOfType(result, Continuation.class, 'a Continuation is returned');
    }
}
`;

/** Files for the good gateway, its test and its field. */
export function goodApex(): Record<string, string> {
    return {
        ...caseField('Gate_Probe__c'),
        ...apexClass('GateProbeGateway', GOOD_GATEWAY),
        ...apexClass('GateProbeGatewayTest', GOOD_GATEWAY_TEST)
    };
}
