// Check "apex-rules": the project's Apex security rules, which PMD does not enforce.
//   - never `SECURITY_ENFORCED` (stops compiling from API 67.0); system mode only in @IsTest classes, whose setup
//     inserts test records `as system` (from API 67.0 plain DML runs in user mode)
//   - every inline SOQL/SOSL says `WITH USER_MODE`; dynamic queries pass `AccessLevel.USER_MODE`
//   - read-only package: no DML statements or Database.insert/update/... outside @IsTest classes, except a probe
//     that keeps nothing: a Database.insert/update inside `Savepoint sp = Database.setSavepoint(); try { … }
//     finally { Database.rollback(sp); }` (the setup check's test of the link validation rule)
//   - callouts: HttpRequest.setMethod only 'GET', no Authorization header set in code, endpoints only `callout:`
//     (no hard-coded http(s) URL anywhere outside tests)
import { readFileSync } from 'node:fs';
import {
    callArguments,
    inlineQueries,
    isTestClass,
    maskApex,
    stripComments
} from './lib/apex-source.ts';
import { lineOf, packageFiles, rel } from './lib/project.ts';
import type { Check, Finding } from './lib/types.ts';

const DML_STATEMENT =
    /(^|[;{}]|\belse\b|\))\s*(insert|update|upsert|delete|undelete|merge)\b(?=\s+(as\s+(user|system)\b|[A-Za-z_(\[]|new\b))/gi;
const DATABASE_WRITE =
    /\bDatabase\s*\.\s*(insert|update|upsert|delete|undelete|merge|convertLead|emptyRecycleBin|insertAsync|updateAsync|deleteAsync|insertImmediate|updateImmediate|deleteImmediate)\b/gi;
const DYNAMIC_QUERY =
    /\bDatabase\s*\.\s*(query|queryWithBinds|countQuery|countQueryWithBinds|getQueryLocator|getQueryLocatorWithBinds|getCursor|getPaginationCursor)/;

const PROBE_START = /Savepoint\s+(\w+)\s*=\s*Database\s*\.\s*setSavepoint\s*\(\s*\)\s*;/gi;

/** Whether the write at offset sits in a try whose finally rolls back to a savepoint set right before it. */
function rolledBack(masked: string, offset: number): boolean {
    let savepoint: RegExpExecArray | undefined;
    for (const match of masked.slice(0, offset).matchAll(PROBE_START)) savepoint = match;
    if (!savepoint || offset - savepoint.index > 1500) return false;
    const between = masked.slice(savepoint.index + savepoint[0].length, offset);
    const after = masked.slice(offset, offset + 2000);
    const rollback = new RegExp(
        `\\}\\s*finally\\s*\\{\\s*Database\\s*\\.\\s*rollback\\s*\\(\\s*${savepoint[1]}\\s*\\)\\s*;`,
        'i'
    );
    return (
        /^\s*(?:\w+\s+\w+\s*=\s*new\s+\w+\s*\([^)]*\)\s*;\s*)*try\s*\{/.test(between) &&
        rollback.test(after)
    );
}

export function apexRuleFindings(source: string): Array<{ line: number; message: string }> {
    const masked = maskApex(source);
    const code = stripComments(source);
    const test = isTestClass(source);
    const out: Array<{ line: number; message: string }> = [];
    const at = (offset: number, message: string): void => {
        out.push({ line: lineOf(source, offset), message });
    };
    for (const match of masked.matchAll(/\bSECURITY_ENFORCED\b/gi)) {
        at(
            match.index,
            'WITH SECURITY_ENFORCED is not allowed (stops compiling from API 67.0): use WITH USER_MODE'
        );
    }
    if (!test) {
        for (const match of masked.matchAll(/\bSYSTEM_MODE\b|\bas\s+system\b/gi)) {
            at(
                match.index,
                'system mode is not allowed outside tests: every query runs in user mode'
            );
        }
        for (const query of inlineQueries(masked)) {
            if (!/\bWITH\s+USER_MODE\b/i.test(query.text))
                at(query.offset, 'inline query without WITH USER_MODE');
        }
        for (const call of callArguments(masked, DYNAMIC_QUERY)) {
            if (!/\bAccessLevel\s*\.\s*USER_MODE\b/i.test(call.args))
                at(call.offset, 'dynamic query without AccessLevel.USER_MODE');
        }
        for (const match of masked.matchAll(DML_STATEMENT)) {
            at(
                match.index + match[0].length - match[2].length,
                `DML '${match[2]}' outside a test class: the package is read-only`
            );
        }
        for (const match of masked.matchAll(DATABASE_WRITE)) {
            const probe = /^(?:insert|update)$/i.test(match[1]) && rolledBack(masked, match.index);
            if (!probe)
                at(
                    match.index,
                    `Database.${match[1]} outside a test class: the package is read-only`
                );
        }
        for (const call of callArguments(masked, /\.\s*setMethod/)) {
            const arg = code.slice(call.argsOffset, call.argsOffset + call.args.length).trim();
            if (!/^'GET'$/i.test(arg))
                at(call.offset, `setMethod(${arg}): Kustomer is only called with 'GET'`);
        }
        for (const call of callArguments(masked, /\.\s*setEndpoint/)) {
            const arg = code.slice(call.argsOffset, call.argsOffset + call.args.length).trim();
            if (arg.startsWith("'") && !/^'callout:/i.test(arg))
                at(call.offset, `setEndpoint(${arg}): endpoints must be callout:<NamedCredential>`);
        }
        // A literal with a host ('https://api.example.com/...'); a bare 'https://' prefix check is fine.
        for (const match of code.matchAll(/'https?:\/\/[^'\s/]+\.[^'\s]*'/gi)) {
            at(
                match.index,
                `hard-coded URL ${match[0]}: endpoints must be callout:<NamedCredential>`
            );
        }
    }
    for (const call of callArguments(masked, /\.\s*setHeader/)) {
        const arg = code.slice(call.argsOffset, call.argsOffset + call.args.length);
        if (/^\s*'authorization'/i.test(arg))
            at(call.offset, 'Authorization header set in code: the named credential adds it');
    }
    return out;
}

export const apexRules: Check = {
    name: 'apex-rules',
    catches:
        'SECURITY_ENFORCED/system mode, queries without user mode, record writes, non-GET or non-callout: requests',
    async run(ctx) {
        const findings: Finding[] = [];
        for (const file of packageFiles(ctx.root, '.cls', '.trigger')) {
            for (const f of apexRuleFindings(readFileSync(file, 'utf8')))
                findings.push({ file: rel(ctx.root, file), ...f });
        }
        return findings;
    }
};
