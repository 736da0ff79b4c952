// The contract's kept fields (KEPT_FIELDS of contract/tables.json) applied to any JSON: each listed field only when
// it has its listed kind, nothing else, never a throw. One implementation for both sides of the contract: the
// stand-in's minimiser (preview/apex/minimise.ts, as Apex's KustomerPayload) and the viewer's boundary (parse.ts).
import type { FieldKind, Fields, RelationshipKind, ResourceFields } from './contractTables.ts';
import type { Json, Resource } from './contract.ts';

type JsonObject = { [key: string]: unknown };

/** An absolute https: URL without whitespace: the only links and avatars that reach the browser. */
export const HTTPS_URL = /^https:\/\/\S+$/i;

function isObject(value: unknown): value is JsonObject {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field of the object itself (never one inherited: `__proto__`, `constructor`). */
export function own(source: JsonObject, field: string): unknown {
    return Object.prototype.hasOwnProperty.call(source, field) ? source[field] : undefined;
}

/** The listed fields of an object that have their kind; undefined when none has. */
export function pick(source: unknown, spec: Fields): { [key: string]: Json } | undefined {
    if (!isObject(source)) return undefined;
    const kept: { [key: string]: Json } = {};
    for (const [field, kind] of Object.entries(spec)) {
        const value = keep(own(source, field), kind);
        if (value !== undefined) kept[field] = value;
    }
    return Object.keys(kept).length > 0 ? kept : undefined;
}

function keep(value: unknown, kind: FieldKind): Json | undefined {
    switch (kind) {
        case 'string':
            return typeof value === 'string' ? value : undefined;
        case 'number':
            return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
        case 'boolean':
            return typeof value === 'boolean' ? value : undefined;
        case 'any':
            return value === null || value === undefined ? undefined : (value as Json);
        case 'strings':
            return Array.isArray(value)
                ? value.filter((item): item is string => typeof item === 'string')
                : undefined;
        case 'https':
            return typeof value === 'string' && HTTPS_URL.test(value) ? value : undefined;
        default:
            return pick(value, kind);
    }
}

function idOf(value: unknown): string | undefined {
    if (!isObject(value)) return undefined;
    const id = own(value, 'id');
    return typeof id === 'string' ? id : undefined;
}

function relationship(value: unknown, kind: RelationshipKind): JsonObject | undefined {
    if (!isObject(value)) return undefined;
    const data = own(value, 'data');
    if (kind === 'many') {
        if (!Array.isArray(data)) return undefined;
        const ids = data.map(idOf).filter((id): id is string => id !== undefined);
        return { data: ids.map((id) => ({ id })) };
    }
    const id = idOf(data);
    return id === undefined ? undefined : { data: { id } };
}

/** A resource with its type and id (when strings), its kept attributes and its kept relationships (ids only). */
export function keptResource(
    source: unknown,
    { attributes, relationships }: ResourceFields
): Resource | undefined {
    if (!isObject(source)) return undefined;
    const kept: Resource = {};
    const type = own(source, 'type');
    const id = own(source, 'id');
    if (typeof type === 'string') kept.type = type;
    if (typeof id === 'string') kept.id = id;
    const keptAttributes = pick(own(source, 'attributes'), attributes);
    if (keptAttributes) kept.attributes = keptAttributes;
    const sourceRelationships = own(source, 'relationships');
    if (isObject(sourceRelationships)) {
        const keptRelationships: Record<string, JsonObject> = {};
        for (const [name, kind] of Object.entries(relationships)) {
            const value = relationship(own(sourceRelationships, name), kind);
            if (value) keptRelationships[name] = value;
        }
        if (Object.keys(keptRelationships).length > 0)
            kept.relationships = keptRelationships as Resource['relationships'];
    }
    return kept;
}
