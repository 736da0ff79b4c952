// What a Lightning web component's .js-meta.xml says about where it may be placed (LWC Developer Guide, "XML
// Configuration File Elements" and its "Targets" pages): targets, and per target the design properties.
import type { XmlElement } from '../../../lib/metadata/index.ts';
import { child, childrenNamed, textOf } from '../../../lib/metadata/index.ts';

/** Every target the LWC guide documents; a target outside this list fails the deploy. Add new ones with their page. */
export const LWC_TARGETS = new Set([
    'analytics__Dashboard',
    'lightning__AgentforceInput',
    'lightning__AgentforceOutput',
    'lightning__AppPage',
    'lightning__Dashboard',
    'lightning__EnablementProgram',
    'lightning__FlowAction',
    'lightning__FlowScreen',
    'lightning__GlobalAction',
    'lightning__HomePage',
    'lightning__Inbox',
    'lightning__RecordAction',
    'lightning__RecordPage',
    'lightning__Tab',
    'lightning__UrlAddressable',
    'lightning__UtilityBar',
    'lightning__VoiceExtension',
    'lightningCommunity__Default',
    'lightningCommunity__Page',
    'lightningCommunity__Page_Layout',
    'lightningCommunity__Theme_Layout',
    'lightningSnapin__ChatHeader',
    'lightningSnapin__ChatMessage',
    'lightningSnapin__Minimized',
    'lightningSnapin__PreChat',
    'lightningStatic__Email'
]);

/** Lightning App Builder targets: their design properties are Boolean, Integer or String only. */
const APP_BUILDER_TARGETS = new Set([
    'lightning__AppPage',
    'lightning__HomePage',
    'lightning__RecordPage',
    'lightning__UtilityBar'
]);
const APP_BUILDER_TYPES = new Set(['Boolean', 'Integer', 'String']);
/** Other targets (Experience Builder, Flow) add these, sObject and Apex types, and lists of them. */
const OTHER_TYPE =
    /^(Boolean|Integer|String|Color|Date|DateTime|apex:\/\/\w+(\.\w+)?|@salesforce\/schema\/\w+|\{T\})(\[\])?$/;
const FORM_FACTORS = new Set(['Large', 'Small']);
/** targetConfig children allowed only for record-based targets. */
const RECORD_TARGETS = new Set(['lightning__RecordPage', 'lightning__RecordAction']);

export interface LwcMeta {
    exposed: boolean;
    targets: Set<string>;
    /** Target → design property names of its targetConfig(s). */
    properties: Map<string, Set<string>>;
}

const targetsOf = (config: XmlElement): string[] =>
    (config.attrs.targets ?? '')
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean);

export function readLwcMeta(doc: XmlElement): LwcMeta {
    const targets = new Set(childrenNamed(child(doc, 'targets'), 'target').map((t) => t.text));
    const properties = new Map<string, Set<string>>();
    for (const config of childrenNamed(child(doc, 'targetConfigs'), 'targetConfig')) {
        const names = childrenNamed(config, 'property').map((p) => p.attrs.name ?? '');
        for (const target of targetsOf(config))
            properties.set(target, new Set([...(properties.get(target) ?? []), ...names]));
    }
    return { exposed: textOf(doc, 'isExposed') === 'true', targets, properties };
}

/** What the deploy would reject in a .js-meta.xml: unknown targets, configs, property types and form factors. */
export function lwcMetaErrors(doc: XmlElement): string[] {
    const errors: string[] = [];
    const meta = readLwcMeta(doc);
    for (const target of meta.targets)
        if (!LWC_TARGETS.has(target)) errors.push(`unknown target '${target}'`);
    for (const config of childrenNamed(child(doc, 'targetConfigs'), 'targetConfig')) {
        const targets = targetsOf(config);
        if (targets.length === 0) errors.push('a targetConfig without targets');
        for (const target of targets) {
            if (!LWC_TARGETS.has(target))
                errors.push(`targetConfig names unknown target '${target}'`);
            else if (!meta.targets.has(target))
                errors.push(`targetConfig names '${target}', which <targets> does not list`);
        }
        const appBuilderOnly =
            targets.length > 0 && targets.every((t) => APP_BUILDER_TARGETS.has(t));
        for (const property of childrenNamed(config, 'property')) {
            const type = property.attrs.type ?? '';
            const allowed = appBuilderOnly ? APP_BUILDER_TYPES.has(type) : OTHER_TYPE.test(type);
            if (!allowed)
                errors.push(
                    `property '${property.attrs.name ?? ''}' has type '${type}', not one ${targets.join(', ')} supports`
                );
        }
        for (const factor of childrenNamed(
            child(config, 'supportedFormFactors'),
            'supportedFormFactor'
        )) {
            if (!FORM_FACTORS.has(factor.attrs.type ?? ''))
                errors.push(`unknown form factor '${factor.attrs.type ?? ''}' (Large or Small)`);
        }
        if (child(config, 'objects') && !targets.some((t) => RECORD_TARGETS.has(t)))
            errors.push(
                '<objects> only applies to lightning__RecordPage and lightning__RecordAction'
            );
    }
    return errors;
}
