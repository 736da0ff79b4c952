// What the compile harness reports for valid Apex because of what it lacks, never because of the code. Each gap is
// matched narrowly: its message AND the source at the reported line must be the construct the gap is about, with
// an sObject and field the package or the standard-object table knows (so a typo in the same construct still
// fails). scripts/validate/__tests__ proves each one still reports the real error next to it.
import type { CompileInput } from './apex-compile-input.ts';

export interface CompileError {
    namespace: string;
    file: string;
    line: number;
    column: number;
    message: string;
}

interface Gap {
    reason: string;
    matches(error: CompileError, sourceLine: string, input: CompileInput): boolean;
}

const ident = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function sobjectOf(input: CompileInput, name: string): { fields: Map<string, string> } | undefined {
    const wanted = name.toLowerCase();
    for (const [key, info] of input.sobjects) if (key.toLowerCase() === wanted) return info;
    return undefined;
}

function hasField(input: CompileInput, object: string, field: string): boolean {
    const info = sobjectOf(input, object);
    return (
        info !== undefined &&
        [...info.fields.keys()].some((f) => f.toLowerCase() === field.toLowerCase())
    );
}

export const HARNESS_GAPS: Gap[] = [
    {
        reason: "static sObject type tokens (Case.SObjectType) are resolved by the org's schema, which the harness's sObjects do not carry",
        matches(error, sourceLine, input) {
            const m = /^Variable does not exist: (?:(\w+)\.)?SObjectType$/i.exec(error.message);
            if (!m) return false;
            const object = m[1];
            if (object) return sobjectOf(input, object) !== undefined;
            // "SObjectType" alone: the source must say <KnownObject>.SObjectType at that column.
            const before = sourceLine.slice(0, Math.max(0, error.column - 1));
            const owner = /(\w+)\s*\.\s*$/.exec(before)?.[1];
            return (
                owner !== undefined &&
                sobjectOf(input, owner) !== undefined &&
                /^SObjectType\b/i.test(sourceLine.slice(error.column - 1))
            );
        }
    },
    {
        reason: 'Schema.SObjectType.<Object>[.fields.<Field>] describe tokens are not in the harness',
        matches(error, _line, input) {
            const m =
                /^Variable does not exist: Schema\.SObjectType\.(\w+)(?:\.fields\.(\w+))?$/i.exec(
                    error.message
                );
            if (!m) return false;
            return m[2] ? hasField(input, m[1], m[2]) : sobjectOf(input, m[1]) !== undefined;
        }
    },
    {
        reason: 'a field used statically (Case.Conversation_ID__c as a Schema.SObjectField token) compiles in an org; the harness treats it as an instance field',
        matches(error, sourceLine, input) {
            const m =
                /^Non static field cannot be referenced from a static context: (\w+) from the type (\w+)$/.exec(
                    error.message
                );
            if (!m || !hasField(input, m[2], m[1])) return false;
            return new RegExp(`\\b${ident(m[2])}\\s*\\.\\s*${ident(m[1])}\\b`, 'i').test(
                sourceLine
            );
        }
    },
    {
        reason: 'SObject.get/isSet/put(Schema.SObjectField ...) overloads are missing from the harness (the String ones exist)',
        matches(error, _line, input) {
            const m =
                /^Method does not exist or incorrect signature: \w+ (get|isSet|put)\(Schema\.SObjectField(, \w+)?\) from the type (\w+)$/.exec(
                    error.message
                );
            return (
                m !== null &&
                (m[1] === 'put') === (m[2] !== undefined) &&
                sobjectOf(input, m[3]) !== undefined
            );
        }
    },
    {
        reason: 'Database DML methods with an AccessLevel (API 57) are missing from the harness (and a stub cannot declare them: insert is a keyword)',
        matches(error, _line, input) {
            const m =
                /^Method does not exist or incorrect signature: \S+ (insert|update|upsert|delete|undelete)\((?:List<)?(\w+)>?(?:, \w+)*, System\.AccessLevel\) from the type System\.Database$/.exec(
                    error.message
                );
            return m !== null && (m[2] === 'SObject' || sobjectOf(input, m[2]) !== undefined);
        }
    },
    {
        reason: "the package's own exception classes do not inherit Exception's methods in the harness (an org gives every exception getMessage(), setMessage(String)...)",
        matches(error, _line, input) {
            const m =
                /^Method does not exist or incorrect signature: \w+ (?:(?:getCause|getLineNumber|getMessage|getStackTraceString|getTypeName)\(\)|setMessage\(String\)|initCause\(\w+\)) from the type ([\w.]+)$/.exec(
                    error.message
                );
            const simple = m?.[1].split('.').pop()?.toLowerCase();
            return simple !== undefined && input.exceptionClasses.has(simple);
        }
    }
];

/** The gap that explains this error, if any. */
export function harnessGap(
    error: CompileError,
    sourceLine: string,
    input: CompileInput
): Gap | undefined {
    return HARNESS_GAPS.find((gap) => gap.matches(error, sourceLine, input));
}
