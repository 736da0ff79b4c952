// Where the package shows things: layouts, flexipages (components placed, their targets and properties, record
// fields) and tabs, each checked against what the package defines.
import { basename } from 'node:path';
import { childrenNamed, textOf, type XmlElement } from '../../../lib/metadata/index.ts';
import { checkFieldRef, checkObjectRef, type Rule, type RuleContext } from './context.ts';

export const layout: Rule = (doc, ctx) => {
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

export const flexipage: Rule = (doc, ctx) => {
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

export const tab: Rule = (doc, ctx) => {
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
