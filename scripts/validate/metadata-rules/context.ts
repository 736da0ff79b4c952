// What every metadata rule receives (the package index, the namespace, the file) and the reference checks several
// rules share: an `Object.Field` or an object that must exist in the package or the platform.
import type { PackageIndex } from '../lib/package-index.ts';
import { fieldExists, objectExists } from '../lib/package-index.ts';
import type { XmlElement } from '../../../lib/metadata/index.ts';

export interface RuleContext {
    index: PackageIndex;
    namespace: string;
    /** The file being checked (absolute). */
    file: string;
}

export type Rule = (doc: XmlElement, ctx: RuleContext) => string[];

/** `Object.Field` references (layouts, permission sets, flexipage `Record.Field`). */
export function checkFieldRef(
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

export function checkObjectRef(object: string, ctx: RuleContext, what: string): string[] {
    return objectExists(ctx.index, object, ctx.namespace)
        ? []
        : [`${what} references custom object '${object}' that is not in the package`];
}
