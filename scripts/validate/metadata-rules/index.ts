// Semantic rules an org's deploy enforces that the WSDL types cannot express, by root element: field type
// constraints, record type ↔ business process, LWC .js-meta.xml targets and design properties, and cross-references
// from layouts, flexipages (components placed, their targets and properties), tabs and permission sets into the
// package.
import { lwcMetaErrors } from '../lib/lwc-meta.ts';
import { permissionSet, permissionSetGroup, namedCredential } from './access.ts';
import type { Rule } from './context.ts';
import { customField, recordType } from './fields.ts';
import { customLabels, translations } from './labels.ts';
import { flexipage, layout, tab } from './pages.ts';

export type { RuleContext } from './context.ts';

/** Rules by root element. */
export const RULES: Record<string, Rule> = {
    CustomField: customField,
    RecordType: recordType,
    Layout: layout,
    FlexiPage: flexipage,
    CustomTab: tab,
    PermissionSet: permissionSet,
    PermissionSetGroup: permissionSetGroup,
    NamedCredential: namedCredential,
    CustomLabels: customLabels,
    Translations: translations,
    LightningComponentBundle: (doc) => lwcMetaErrors(doc)
};
