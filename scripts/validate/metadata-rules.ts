// Semantic rules an org's deploy enforces that the WSDL types cannot express: field type constraints, record type
// ↔ business process, LWC .js-meta.xml targets and design properties, and cross-references from layouts,
// flexipages (components placed, their targets and properties), tabs and permission sets into the package.
import { basename } from 'node:path';
import { lwcMetaErrors } from './lib/lwc-meta.ts';
import type { PackageIndex } from './lib/package-index.ts';
import { fieldExists, objectExists } from './lib/package-index.ts';
import type { XmlElement } from '../../lib/metadata/index.ts';
import { child, childrenNamed, textOf } from '../../lib/metadata/index.ts';

export interface RuleContext {
    index: PackageIndex;
    namespace: string;
    /** The file being checked (absolute). */
    file: string;
}

type Rule = (doc: XmlElement, ctx: RuleContext) => string[];

const TEXT_MAX: Record<string, number> = {
    Text: 255,
    EncryptedText: 175,
    LongTextArea: 131072,
    Html: 131072
};
const UNIQUE_TYPES = new Set(['Text', 'Number', 'Email']);
const EXTERNAL_ID_TYPES = new Set(['Text', 'Number', 'Email', 'AutoNumber']);

function objectFolder(file: string): string {
    const parts = file.split(/[\\/]/);
    return parts[parts.length - 3] ?? '';
}

const customField: Rule = (doc, ctx) => {
    const errors: string[] = [];
    const type = textOf(doc, 'type') ?? '';
    const name = basename(ctx.file, '.field-meta.xml');
    const fullName = textOf(doc, 'fullName');
    if (fullName !== undefined && fullName !== name)
        errors.push(`fullName '${fullName}' does not match the file name '${name}'`);
    // Standard fields (their source files carry only overrides) have no type rules to meet.
    if (!/__c$/.test(name)) return errors;
    if (!textOf(doc, 'label')) errors.push('custom field without <label>');
    if (type in TEXT_MAX) {
        const length = Number(textOf(doc, 'length'));
        if (!textOf(doc, 'length')) errors.push(`${type} field needs <length>`);
        else if (!(length >= 1 && length <= TEXT_MAX[type]))
            errors.push(`${type} length ${length} is outside 1..${TEXT_MAX[type]}`);
    }
    if ((type === 'LongTextArea' || type === 'Html') && !textOf(doc, 'visibleLines'))
        errors.push(`${type} field needs <visibleLines>`);
    if (
        ['Number', 'Currency', 'Percent'].includes(type) &&
        (!textOf(doc, 'precision') || !textOf(doc, 'scale'))
    ) {
        errors.push(`${type} field needs <precision> and <scale>`);
    }
    if (['Picklist', 'MultiselectPicklist'].includes(type) && !child(doc, 'valueSet'))
        errors.push(`${type} field needs <valueSet>`);
    if (
        ['Lookup', 'MasterDetail'].includes(type) &&
        (!textOf(doc, 'referenceTo') || !textOf(doc, 'relationshipName'))
    ) {
        errors.push(`${type} field needs <referenceTo> and <relationshipName>`);
    }
    if (textOf(doc, 'unique') === 'true' && !UNIQUE_TYPES.has(type))
        errors.push(`unique is only allowed on Text, Number or Email fields, not ${type}`);
    if (textOf(doc, 'externalId') === 'true' && !EXTERNAL_ID_TYPES.has(type))
        errors.push(
            `externalId is only allowed on Text, Number, Email or AutoNumber fields, not ${type}`
        );
    if (textOf(doc, 'caseSensitive') === 'true' && textOf(doc, 'unique') !== 'true')
        errors.push('caseSensitive needs unique=true');
    return errors;
};

const recordType: Rule = (doc, ctx) => {
    const object = objectFolder(ctx.file);
    const process = textOf(doc, 'businessProcess');
    const info = ctx.index.objects.get(object);
    if (process && !info?.businessProcesses.has(process))
        return [
            `business process '${process}' does not exist in objects/${object}/businessProcesses`
        ];
    if (!process && ['Case', 'Lead', 'Opportunity', 'Solution'].includes(object))
        return [`a ${object} record type needs a <businessProcess>`];
    return [];
};

/** `Object.Field` references (layouts, permission sets, flexipage `Record.Field`). */
function checkFieldRef(
    ref: string,
    ctx: RuleContext,
    what: string,
    defaultObject?: string
): string[] {
    const [first, second] = ref.split('.');
    const [object, field] = second === undefined ? [defaultObject ?? '', first] : [first, second];
    if (object === 'Record' && defaultObject === undefined) return [];
    return fieldExists(
        ctx.index,
        object === 'Record' ? (defaultObject ?? '') : object,
        field,
        ctx.namespace
    )
        ? []
        : [`${what} references field '${ref}' that is not in the package`];
}

function checkObjectRef(object: string, ctx: RuleContext, what: string): string[] {
    return objectExists(ctx.index, object, ctx.namespace)
        ? []
        : [`${what} references custom object '${object}' that is not in the package`];
}

const layout: Rule = (doc, ctx) => {
    const object = basename(ctx.file, '.layout-meta.xml').split('-')[0];
    const errors = checkObjectRef(object, ctx, 'layout');
    const visit = (element: XmlElement): void => {
        if (element.name === 'layoutItems') {
            const field = textOf(element, 'field');
            if (field) errors.push(...checkFieldRef(field, ctx, 'layout item', object));
        }
        element.children.forEach(visit);
    };
    visit(doc);
    return errors;
};

/** The LWC target a flexipage of this <type> places components with. */
const PAGE_TARGETS: Record<string, string> = {
    RecordPage: 'lightning__RecordPage',
    AppPage: 'lightning__AppPage',
    HomePage: 'lightning__HomePage',
    UtilityBar: 'lightning__UtilityBar'
};

/** A package LWC placed on a page: exposed, for the page's target, with the properties the page sets. */
function placementErrors(
    name: string,
    target: string,
    properties: string[],
    ctx: RuleContext,
    what: string
): string[] {
    const meta = ctx.index.lwcMeta.get(name);
    if (!meta) return [];
    if (!meta.exposed || !meta.targets.has(target))
        return [
            `${what} places '${name}', which is not exposed for ${target} (isExposed and <targets>)`
        ];
    const known = meta.properties.get(target) ?? new Set<string>();
    return properties
        .filter((property) => !known.has(property))
        .map(
            (property) =>
                `${what} sets property '${property}' of '${name}', which its targetConfig for ${target} does not declare`
        );
}

const flexipage: Rule = (doc, ctx) => {
    const errors: string[] = [];
    const object = textOf(doc, 'sobjectType');
    if (object) errors.push(...checkObjectRef(object, ctx, 'flexipage'));
    const target = PAGE_TARGETS[textOf(doc, 'type') ?? ''];
    const visit = (element: XmlElement): void => {
        if (element.name === 'componentName') {
            const [ns, name] = element.text.includes(':')
                ? element.text.split(':')
                : ['c', element.text];
            const own = ns === 'c' || ns === ctx.namespace;
            if (own && !ctx.index.lwc.has(name) && !ctx.index.aura.has(name))
                errors.push(
                    `flexipage places component '${element.text}' that is not an LWC bundle of the package`
                );
        }
        if (element.name === 'componentInstance' && target) {
            const [ns, name] = (textOf(element, 'componentName') ?? '').split(/:(?=[^:]*$)/);
            const own = name === undefined || ns === 'c' || ns === ctx.namespace;
            const bundle = name ?? ns;
            const properties = childrenNamed(element, 'componentInstanceProperties').map(
                (p) => textOf(p, 'name') ?? ''
            );
            if (own) errors.push(...placementErrors(bundle, target, properties, ctx, 'flexipage'));
        }
        if (element.name === 'fieldItem' && element.text.startsWith('Record.')) {
            errors.push(
                ...checkFieldRef(
                    element.text.slice('Record.'.length),
                    ctx,
                    'flexipage field',
                    object ?? 'Record'
                )
            );
        }
        element.children.forEach(visit);
    };
    visit(doc);
    return errors;
};

const tab: Rule = (doc, ctx) => {
    const errors: string[] = [];
    const lwc = textOf(doc, 'lwcComponent');
    if (lwc && !ctx.index.lwc.has(lwc.replace(/^c:/, '')))
        errors.push(`tab opens LWC '${lwc}' that is not in the package`);
    else if (lwc)
        errors.push(...placementErrors(lwc.replace(/^c:/, ''), 'lightning__Tab', [], ctx, 'tab'));
    const page = textOf(doc, 'flexiPage');
    if (page && !ctx.index.flexipages.has(page))
        errors.push(`tab opens flexipage '${page}' that is not in the package`);
    const name = basename(ctx.file, '.tab-meta.xml');
    if (textOf(doc, 'customObject') === 'true' && !ctx.index.objects.has(name))
        errors.push(`object tab for '${name}', which the package does not define`);
    return errors;
};

/** PermissionSet and PermissionSetGroup descriptions are 255 characters at most (the deploy truncates nothing). */
const DESCRIPTION_MAX = 255;

function descriptionErrors(doc: XmlElement): string[] {
    const description = textOf(doc, 'description') ?? '';
    return description.length > DESCRIPTION_MAX
        ? [`description is ${description.length} characters; the limit is ${DESCRIPTION_MAX}`]
        : [];
}

const permissionSetGroup: Rule = (doc, ctx) => {
    const errors = descriptionErrors(doc);
    for (const element of [
        ...childrenNamed(doc, 'permissionSets'),
        ...childrenNamed(doc, 'mutingPermissionSets')
    ]) {
        if (!ctx.index.permissionSets.has(element.text))
            errors.push(
                `permission set group includes permission set '${element.text}' that is not in the package`
            );
    }
    return errors;
};

const permissionSet: Rule = (doc, ctx) => {
    const errors: string[] = descriptionErrors(doc);
    for (const fp of childrenNamed(doc, 'fieldPermissions')) {
        const field = textOf(fp, 'field') ?? '';
        errors.push(...checkFieldRef(field, ctx, 'permission set'));
        if (textOf(fp, 'editable') === 'true' && textOf(fp, 'readable') !== 'true')
            errors.push(`field permission ${field}: editable needs readable`);
    }
    for (const op of childrenNamed(doc, 'objectPermissions'))
        errors.push(...checkObjectRef(textOf(op, 'object') ?? '', ctx, 'permission set'));
    for (const ca of childrenNamed(doc, 'classAccesses')) {
        const cls = textOf(ca, 'apexClass') ?? '';
        if (!ctx.index.classes.has(cls))
            errors.push(`permission set grants class '${cls}' that is not in the package`);
    }
    for (const ts of childrenNamed(doc, 'tabSettings')) {
        const name = textOf(ts, 'tab') ?? '';
        if (!ctx.index.tabs.has(name) && !name.startsWith('standard-'))
            errors.push(`permission set sets tab '${name}' that is not in the package`);
    }
    for (const rt of childrenNamed(doc, 'recordTypeVisibilities')) {
        const [object, name] = (textOf(rt, 'recordType') ?? '').split('.');
        if (!ctx.index.objects.get(object)?.recordTypes.has(name))
            errors.push(
                `permission set shows record type '${object}.${name}' that is not in the package`
            );
    }
    for (const access of childrenNamed(doc, 'externalCredentialPrincipalAccesses')) {
        const ref = textOf(access, 'externalCredentialPrincipal') ?? '';
        const match = [...ctx.index.externalCredentials].find(([cred, principals]) =>
            [...principals].some((p) => `${cred}-${p}` === ref)
        );
        if (!match)
            errors.push(
                `permission set grants principal '${ref}' (expected <ExternalCredential>-<NamedPrincipal>) that is not in the package`
            );
    }
    for (const cp of childrenNamed(doc, 'customPermissions')) {
        const name = textOf(cp, 'name') ?? '';
        if (!ctx.index.customPermissions.has(name))
            errors.push(
                `permission set grants custom permission '${name}' that is not in the package`
            );
    }
    return errors;
};

const namedCredential: Rule = (doc, ctx) => {
    const errors: string[] = [];
    for (const param of childrenNamed(doc, 'namedCredentialParameters')) {
        const ext = textOf(param, 'externalCredential');
        if (ext && !ctx.index.externalCredentials.has(ext))
            errors.push(
                `named credential uses external credential '${ext}' that is not in the package`
            );
    }
    return errors;
};

const customLabels: Rule = (doc) => {
    const seen = new Set<string>();
    const errors: string[] = [];
    for (const label of childrenNamed(doc, 'labels')) {
        const name = textOf(label, 'fullName') ?? '';
        if (seen.has(name)) errors.push(`label '${name}' is defined twice`);
        seen.add(name);
        const value = textOf(label, 'value') ?? '';
        if (value.length > 1000)
            errors.push(`label '${name}' value is longer than 1000 characters`);
    }
    return errors;
};

/** Language codes Salesforce accepts for Translations (its fully supported and end-user languages). */
const TRANSLATION_LANGUAGES = new Set(
    (
        'da de en_US en_GB es es_MX fi fr it ja ko nl_NL no pt_BR ru sv th zh_CN zh_TW ' +
        'ar bg ca cs el et hr hu id in iw lt lv pl pt_PT ro sk sl sr tr uk vi'
    ).split(' ')
);

const translations: Rule = (doc, ctx) => {
    const errors: string[] = [];
    const language = basename(ctx.file, '.translation-meta.xml');
    if (!TRANSLATION_LANGUAGES.has(language))
        errors.push(`'${language}' is not a language code Salesforce translates into`);
    const seen = new Set<string>();
    for (const entry of childrenNamed(doc, 'customLabels')) {
        const name = textOf(entry, 'name') ?? '';
        if (seen.has(name)) errors.push(`label '${name}' is translated twice`);
        seen.add(name);
        if (!ctx.index.labels.has(name))
            errors.push(`translates custom label '${name}' that is not in the package`);
        const text = textOf(entry, 'label') ?? '';
        if (text.trim() === '') errors.push(`label '${name}' has an empty translation`);
        if (text.length > 1000)
            errors.push(`label '${name}' translation is longer than 1000 characters`);
    }
    return errors;
};

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
