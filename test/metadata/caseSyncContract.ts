// The package side of the contract with Kustomer's case-sync workflow: every custom field in an upsert body exists,
// accepts its value, is editable by the case-sync user and readable by viewers.
import { fieldValueProblem } from './fieldValues.ts';
import type { CaseField, PermissionSetInfo } from '../../lib/metadata/index.ts';
import type { UpsertRequest } from './caseSyncMapping.ts';

export type PackageView = {
    namespace: string;
    fields: ReadonlyMap<string, CaseField>;
    caseSync: PermissionSetInfo;
    viewer: PermissionSetInfo;
};

export function upsertProblems(request: UpsertRequest, pkg: PackageView): string[] {
    const prefix = pkg.namespace ? `${pkg.namespace}__` : '';
    const problems: string[] = [];
    for (const [apiName, value] of Object.entries(request.body)) {
        if (!apiName.endsWith('__c')) continue; // standard Case fields: the subscriber's own picklists and lengths
        if (!apiName.startsWith(prefix)) {
            problems.push(`${apiName}: not prefixed with the package namespace ${prefix}`);
            continue;
        }
        const name = apiName.slice(prefix.length);
        const field = pkg.fields.get(name);
        if (!field) {
            problems.push(`${apiName}: the package has no such Case field`);
            continue;
        }
        const valueProblem = fieldValueProblem(field, value);
        if (valueProblem) problems.push(`${apiName}: ${valueProblem}`);
        const sync = pkg.caseSync.fields.get(`Case.${name}`);
        if (!sync?.readable || !sync.editable)
            problems.push(`${apiName}: not editable under Kustomer_Case_Sync`);
        if (!pkg.viewer.fields.get(`Case.${name}`)?.readable) {
            problems.push(`${apiName}: not readable under Kustomer_Conversation_Viewer`);
        }
    }
    return problems;
}
