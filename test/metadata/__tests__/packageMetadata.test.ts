import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
    child,
    childrenNamed,
    listMetadata,
    listOf as list,
    metadataExists,
    projectRoot,
    readCaseFields,
    readMetadata,
    readPermissionSet,
    readPermissionSetGroup,
    readProject,
    readXml,
    sourceDir,
    type Xml,
    type XmlElement
} from '../../../lib/metadata/index.ts';

const PROJECT_ROOT = projectRoot();
const METADATA_DIR = sourceDir(PROJECT_ROOT);

// The names docs/contract.md fixes for the whole package ("Names shared across the package").
const FIELDS = [
    'Conversation_ID__c',
    'Conversation_URL__c',
    'Conversation_Assignee_Name__c',
    'Conversation_CSAT_Score__c',
    'Conversation_CSAT_Rating__c',
    'Conversation_CreatedAt__c',
    'Conversation_UpdatedAt__c',
    'Conversation_ModifiedAt__c',
    'Conversation_LastMessageInSentAt__c'
];
const EXTERNAL_CREDENTIAL = 'Kustomer_API';
const PRINCIPAL = 'Kustomer_API_Key';
const KEY_PARAMETER = 'ApiKey';

const { namespace } = readProject();
const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : [path];
    });

describe('Case fields', () => {
    const fields = readCaseFields();

    it('are exactly the nine fields of the contract', () => {
        expect([...fields.keys()].sort()).toEqual([...FIELDS].sort());
        for (const [name, field] of fields) expect(field.name).toBe(name);
    });

    it.each(FIELDS)('%s is optional and tells admins what writes it', (name) => {
        const field = fields.get(name);
        expect(field).toBeDefined();
        if (!field) return;
        expect(field.required).toBe(false);
        expect(field.label.length).toBeGreaterThan(0);
        expect(field.label.length).toBeLessThanOrEqual(40);
        expect(field.description).toMatch(/Kustomer's case-sync workflow/);
        expect(field.description.length).toBeLessThanOrEqual(1000);
        expect(field.inlineHelpText).toMatch(/^Set by Kustomer's case sync/);
        expect(field.inlineHelpText.length).toBeLessThanOrEqual(510);
        expect(`${field.label}${field.description}${field.inlineHelpText}`).not.toMatch(/\s{2}|\n/);
    });

    it('have the types of the mapping', () => {
        const types = Object.fromEntries([...fields].map(([name, field]) => [name, field.type]));
        expect(types).toEqual({
            Conversation_ID__c: 'Text',
            Conversation_URL__c: 'Url',
            Conversation_Assignee_Name__c: 'Text',
            Conversation_CSAT_Score__c: 'Number',
            Conversation_CSAT_Rating__c: 'Number',
            Conversation_CreatedAt__c: 'DateTime',
            Conversation_UpdatedAt__c: 'DateTime',
            Conversation_ModifiedAt__c: 'DateTime',
            Conversation_LastMessageInSentAt__c: 'DateTime'
        });
    });
});

describe('permission sets', () => {
    const viewer = readPermissionSet('Kustomer_Conversation_Viewer');
    const caseSync = readPermissionSet('Kustomer_Case_Sync');
    const admin = readPermissionSet('Kustomer_Setup_Admin');
    const apiAccess = readPermissionSet('Kustomer_API_Access');
    const principal = `${EXTERNAL_CREDENTIAL}-${PRINCIPAL}`;

    it('are the four of the contract', () => {
        expect(listMetadata('permissionsets', '.permissionset-meta.xml').sort()).toEqual([
            'Kustomer_API_Access',
            'Kustomer_Case_Sync',
            'Kustomer_Conversation_Viewer',
            'Kustomer_Setup_Admin'
        ]);
    });

    it('carry nothing a packaged permission set cannot (standard objects, user permissions)', () => {
        for (const set of [viewer, caseSync, admin, apiAccess]) {
            expect(set.objectPermissions).toEqual([]);
            expect(set.hasUserPermissions).toBe(false);
        }
    });

    it('viewer: reads every Kustomer field, edits none, runs the viewer Apex', () => {
        expect([...viewer.fields.keys()].sort()).toEqual(FIELDS.map((f) => `Case.${f}`).sort());
        for (const access of viewer.fields.values())
            expect(access).toEqual({ readable: true, editable: false });
        expect(viewer.classes).toEqual(['KustomerConversationController']);
        expect(viewer.principals).toEqual([]);
        expect(viewer.recordTypes).toEqual([]);
        expect(viewer.customPermissions).toEqual(['Kustomer_View_Notes']);
    });

    it('case sync: edits every Kustomer field and may use the record type, nothing else', () => {
        expect([...caseSync.fields.keys()].sort()).toEqual(FIELDS.map((f) => `Case.${f}`).sort());
        for (const access of caseSync.fields.values())
            expect(access).toEqual({ readable: true, editable: true });
        expect(caseSync.recordTypes).toEqual(['Case.Kustomer_Conversation']);
        expect(caseSync.classes).toEqual([]);
        expect(caseSync.principals).toEqual([]);
        expect(caseSync.customPermissions).toEqual(['Kustomer_Link_Conversations']);
    });

    it('setup admin: the custom permission, the setup Apex and the tab, no record data', () => {
        expect(admin.customPermissions).toEqual(['Kustomer_Manage_Setup']);
        expect(admin.classes).toEqual(['KustomerSetupController']);
        expect([...admin.tabs]).toEqual([['Kustomer_Setup', 'Visible']]);
        expect(admin.principals).toEqual([]);
        expect(admin.fields.size).toBe(0);
    });

    it('API access: the credential principal and nothing else (forcedotcom/cli#1781: not beside class access)', () => {
        expect(apiAccess.principals).toEqual([principal]);
        expect(apiAccess.classes).toEqual([]);
        expect(apiAccess.fields.size).toBe(0);
        expect(apiAccess.customPermissions).toEqual([]);
        expect([...apiAccess.tabs]).toEqual([]);
        expect(apiAccess.recordTypes).toEqual([]);
    });

    it('are grouped for admins: viewers and setup admins each get the credential through their group', () => {
        expect(listMetadata('permissionsetgroups', '.permissionsetgroup-meta.xml').sort()).toEqual([
            'Kustomer_Conversation_Viewers',
            'Kustomer_Setup_Admins'
        ]);
        expect(readPermissionSetGroup('Kustomer_Conversation_Viewers')).toEqual([
            'Kustomer_API_Access',
            'Kustomer_Conversation_Viewer'
        ]);
        expect(readPermissionSetGroup('Kustomer_Setup_Admins')).toEqual([
            'Kustomer_API_Access',
            'Kustomer_Setup_Admin'
        ]);
    });

    it('name the principal without the namespace prefix, and it exists on the external credential', () => {
        const parameters = list(
            readMetadata(`externalCredentials/${EXTERNAL_CREDENTIAL}.externalCredential-meta.xml`)
                .externalCredentialParameters
        );
        const principals = parameters
            .filter((p) => p.parameterType === 'NamedPrincipal')
            .map((p) => p.parameterName);
        expect(principals).toEqual([PRINCIPAL]);
        expect(principal).not.toContain('__');
    });

    it('reference only metadata of the package', () => {
        for (const permission of [
            'Kustomer_Manage_Setup',
            'Kustomer_View_Notes',
            'Kustomer_Link_Conversations'
        ]) {
            expect(
                metadataExists(`customPermissions/${permission}.customPermission-meta.xml`)
            ).toBe(true);
        }
        expect(metadataExists('tabs/Kustomer_Setup.tab-meta.xml')).toBe(true);
        expect(
            metadataExists('objects/Case/recordTypes/Kustomer_Conversation.recordType-meta.xml')
        ).toBe(true);
    });
});

describe('credentials', () => {
    const external = readMetadata(
        `externalCredentials/${EXTERNAL_CREDENTIAL}.externalCredential-meta.xml`
    );
    const named = readMetadata(`namedCredentials/${EXTERNAL_CREDENTIAL}.namedCredential-meta.xml`);

    it('external credential: custom protocol, one named principal, Authorization: Bearer <ApiKey>, no secret', () => {
        expect(external.authenticationProtocol).toBe('Custom');
        expect(external.label).toBe('Kustomer API');
        const parameters = list(external.externalCredentialParameters);
        expect(parameters.map((p) => p.parameterType).sort()).toEqual([
            'AuthHeader',
            'NamedPrincipal'
        ]);
        const header = parameters.find((p) => p.parameterType === 'AuthHeader');
        expect(header).toMatchObject({ parameterName: 'Authorization', sequenceNumber: '1' });
        expect(header?.parameterValue).toBe(
            `{!'Bearer ' & $Credential.${EXTERNAL_CREDENTIAL}.${KEY_PARAMETER}}`
        );
        expect(parameters.some((p) => p.parameterType === 'AuthParameter')).toBe(false);
    });

    it('named credential: secured endpoint on the US host, authenticated by the external credential', () => {
        expect(named).toMatchObject({
            label: 'Kustomer API',
            namedCredentialType: 'SecuredEndpoint',
            calloutStatus: 'Enabled',
            generateAuthorizationHeader: 'false',
            allowMergeFieldsInHeader: 'true',
            allowMergeFieldsInBody: 'false'
        });
        const parameters = list(named.namedCredentialParameters);
        expect(parameters.find((p) => p.parameterType === 'Url')?.parameterValue).toBe(
            'https://api.kustomerapp.com'
        );
        expect(
            parameters.find((p) => p.parameterType === 'Authentication')?.externalCredential
        ).toBe(EXTERNAL_CREDENTIAL);
        expect(parameters.some((p) => p.parameterType === 'HttpHeader')).toBe(false);
    });
});

describe('record type, support process, layout', () => {
    it('the support process ships only New (default) and Closed, which every org has', () => {
        const process = readMetadata(
            'objects/Case/businessProcesses/Kustomer Conversation.businessProcess-meta.xml'
        );
        expect(process.isActive).toBe('true');
        expect(list(process.values).map((v) => [v.fullName, v.default])).toEqual([
            ['New', 'true'],
            ['Closed', 'false']
        ]);
    });

    it('the record type is active, labelled for admins and uses the support process', () => {
        const recordType = readMetadata(
            'objects/Case/recordTypes/Kustomer_Conversation.recordType-meta.xml'
        );
        expect(recordType).toMatchObject({
            fullName: 'Kustomer_Conversation',
            active: 'true',
            label: 'Kustomer Conversation',
            businessProcess: 'Kustomer Conversation'
        });
        expect(recordType.picklistValues).toBeUndefined(); // standard picklist values vary by org
    });

    it('the layout has a Kustomer section with the nine fields, read-only, and the standard essentials', () => {
        const layout = readMetadata('layouts/Case-Kustomer Case Layout.layout-meta.xml');
        const sections = list(layout.layoutSections);
        const items = (section: Xml) =>
            list(section.layoutColumns).flatMap((column) => list(column.layoutItems));
        const kustomer = sections.find((section) => section.label === 'Kustomer');
        expect(kustomer).toBeDefined();
        if (!kustomer) return;
        expect(
            items(kustomer)
                .map((item) => item.field)
                .sort()
        ).toEqual([...FIELDS].sort());
        for (const item of items(kustomer)) expect(item.behavior).toBe('Readonly');
        const all = sections.flatMap(items);
        for (const field of ['CaseNumber', 'Status', 'Subject', 'OwnerId', 'Origin', 'Priority']) {
            expect(all.map((item) => item.field)).toContain(field);
        }
        expect(all.find((item) => item.field === 'Status')?.behavior).toBe('Required');
        expect(new Set(all.map((item) => item.field)).size).toBe(all.length);
    });
});

describe('record page, tab, cache partition', () => {
    const page = readMetadata('flexipages/Kustomer_Case_Record_Page.flexipage-meta.xml');
    const components = list(page.flexiPageRegions).flatMap((region) =>
        list(region.itemInstances).map((item) => item.componentInstance as Xml)
    );
    const viewer = components.find(
        (component) => component.componentName === 'kustomerCaseConversation'
    );
    const properties = Object.fromEntries(
        list(viewer?.componentInstanceProperties).map((p) => [p.name as string, p.value as string])
    );

    // "Viewer App Builder properties" in docs/contract.md: name, type and default of each.
    const contract = readFileSync(join(PROJECT_ROOT, 'docs/contract.md'), 'utf8');
    const row =
        contract.split('\n').find((line) => line.includes('Viewer App Builder properties')) ?? '';
    const defaults = Object.fromEntries(
        [...row.matchAll(/`(\w+)` \((?:Integer|Boolean)[^)]*?default (\w+)/g)].map((m) => [
            m[1],
            m[2]
        ])
    );

    it('is a Case record page with highlights, details, related lists and the viewer', () => {
        expect(page).toMatchObject({ type: 'RecordPage', sobjectType: 'Case' });
        expect(components.map((component) => component.componentName)).toEqual(
            expect.arrayContaining([
                'force:highlightsPanel',
                'force:detailPanel',
                'force:relatedListContainer'
            ])
        );
        expect(viewer).toBeDefined();
    });

    it('wires every tab and tab set to an existing facet, and uses each facet once', () => {
        const regions = list(page.flexiPageRegions);
        const facets = regions
            .filter((region) => region.type === 'Facet')
            .map((region) => region.name);
        const references = components.flatMap((component) =>
            list(component.componentInstanceProperties)
                .filter((p) => p.name === 'body' || p.name === 'tabs')
                .map((p) => p.value)
        );
        expect([...references].sort()).toEqual([...facets].sort());
        expect(
            regions.filter((region) => region.type === 'Region').map((region) => region.name)
        ).toEqual(['header', 'main', 'sidebar']);
        expect(page.parentFlexiPage).toBeUndefined();
        expect(regions.some((region) => region.mode !== undefined)).toBe(false); // mode needs a parent page
    });

    it('references the viewer by its bare name (no c: or namespace), like packaged pages do', () => {
        expect(viewer?.componentName).toBe('kustomerCaseConversation');
    });

    it("sets every App Builder property of the contract to the contract's default", () => {
        expect(Object.keys(defaults).sort()).toEqual([
            'autoRefreshSeconds',
            'height',
            'messagesPerPage',
            'showNewestFirst',
            'showNotes'
        ]);
        expect(properties).toEqual(defaults);
    });

    const bundle = 'lwc/kustomerCaseConversation/kustomerCaseConversation.js-meta.xml';
    // The viewer bundle comes from another part of the project; once it exists, the page must fit it.
    it('matches the viewer bundle once it exists: Case record page target, same properties', () => {
        if (!metadataExists(bundle)) return;
        // js-meta.xml says targets and property names in attributes: read as elements, which keep them.
        const meta = readXml(join(METADATA_DIR, bundle));
        const recordPage = childrenNamed(child(meta, 'targetConfigs'), 'targetConfig').find(
            (config) => config.attrs.targets?.includes('lightning__RecordPage')
        );
        expect(childrenNamed(child(recordPage, 'objects'), 'object').map((o) => o.text)).toContain(
            'Case'
        );
        const declared = childrenNamed(recordPage, 'property').map((p) => p.attrs.name);
        expect(declared).toEqual(expect.arrayContaining(Object.keys(properties)));
    });

    it('the setup tab shows the kustomerSetup component', () => {
        expect(readMetadata('tabs/Kustomer_Setup.tab-meta.xml')).toMatchObject({
            label: 'Kustomer Setup',
            lwcComponent: 'kustomerSetup'
        });
    });

    it('the cache partition is alphanumeric, not the default, and ships no capacity', () => {
        expect(listMetadata('cachePartitions', '.cachePartition-meta.xml')).toEqual([
            'KustomerCache'
        ]);
        const partition = readMetadata('cachePartitions/KustomerCache.cachePartition-meta.xml');
        expect(partition.isDefaultPartition).toBe('false');
        expect(JSON.stringify(partition.platformCachePartitionTypes)).not.toMatch(
            /"allocated\w+":"[1-9]/
        );
    });
});

describe('what the package must not ship', () => {
    const shipped = files(METADATA_DIR).filter(
        (file) => !file.includes('__tests__') && !file.endsWith('.ts')
    );

    it('never writes its own namespace prefix (set once, in sfdx-project.json)', () => {
        const prefix = `${namespace}__`;
        const offenders = shipped.filter(
            (file) => namespace && readFileSync(file, 'utf8').includes(prefix)
        );
        expect(offenders.map((file) => relative(PROJECT_ROOT, file))).toEqual([]);
    });

    it('has no value with leading or trailing whitespace (a formatter that wraps text changes the value)', () => {
        const padded: string[] = [];
        const walk = (element: XmlElement, path: string): void => {
            if (element.children.length === 0 && element.raw !== element.text) padded.push(path);
            for (const part of element.children) walk(part, `${path}/${part.name}`);
        };
        for (const file of shipped.filter((f) => f.endsWith('.xml'))) {
            const root = readXml(file);
            walk(root, `${relative(METADATA_DIR, file)}/${root.name}`);
        }
        expect(padded).toEqual([]);
    });

    it('has no CSP trusted sites, profiles or Custom Labels of this area', () => {
        expect(listMetadata('cspTrustedSites', '.cspTrustedSite-meta.xml')).toEqual([]);
        expect(listMetadata('profiles', '.profile-meta.xml')).toEqual([]);
    });
});
