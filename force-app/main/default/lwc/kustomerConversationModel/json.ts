// Defensive readers for untrusted JSON: Kustomer documents, minimised Apex results, anything at all. Each returns a
// value of the asked type or a fallback, so the view model never throws on a missing or mistyped field.
export type JsonObject = { [key: string]: unknown };

/** A JSON:API resource after the defensive read: every part present, every value still unknown. */
export interface RawResource {
    type?: string;
    id?: string;
    attributes: JsonObject;
    relationships: JsonObject;
    /** JSON:API resource meta: Apex puts `omitted` here (fields over the size caps, docs/contract.md). */
    meta: JsonObject;
}

export function isObject(value: unknown): value is JsonObject {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asObject(value: unknown): JsonObject {
    return isObject(value) ? value : {};
}

export function asArray(value: unknown): unknown[] {
    return Array.isArray(value) ? value : [];
}

/** A non-empty trimmed string, else undefined. */
export function asString(value: unknown): string | undefined {
    if (typeof value !== 'string') return undefined;
    return value.trim() === '' ? undefined : value;
}

/** At most `max` characters of a string: one huge field from Kustomer must not bloat the view model. */
export function clip(text: string | undefined, max: number): string | undefined {
    if (text === undefined) return undefined;
    return text.length > max ? text.slice(0, max) : text;
}

export function asNumber(value: unknown): number | undefined {
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
        return Number(value);
    }
    return undefined;
}

export function asBoolean(value: unknown): boolean {
    return value === true || value === 'true';
}

/** Epoch milliseconds of an ISO timestamp, or undefined when it does not parse. */
export function asTime(value: unknown): number | undefined {
    if (typeof value !== 'string' || value.length > 64) return undefined;
    const time = Date.parse(value);
    return Number.isFinite(time) ? time : undefined;
}

/** Resources of a JSON:API `data` (one object or an array); anything else is dropped. */
export function asResources(value: unknown): RawResource[] {
    const list = Array.isArray(value) ? value : isObject(value) ? [value] : [];
    return list.filter(isObject).map(asResource);
}

export function asResource(value: unknown): RawResource {
    const item = asObject(value);
    return {
        type: asString(item.type),
        id: asString(item.id),
        attributes: asObject(item.attributes),
        relationships: asObject(item.relationships),
        meta: asObject(item.meta)
    };
}

/** Ids of a relationship, whether `data` is one object or an array (Kustomer's type strings are ignored). */
export function relationshipIds(resource: RawResource, name: string): string[] {
    const relationship = asObject(resource.relationships[name]);
    const data = relationship.data;
    const list = Array.isArray(data) ? data : [data];
    return list
        .map((item) => asString(asObject(item).id))
        .filter((id): id is string => id !== undefined);
}

export function relationshipId(resource: RawResource, name: string): string | undefined {
    return relationshipIds(resource, name)[0];
}

/** `https:` URLs only (avatars, links to Kustomer, attachment links); anything else becomes undefined. */
export function httpsUrl(value: unknown): string | undefined {
    const text = asString(value);
    if (!text || text.length > 4096 || /[\s<>"'`\\]/.test(text)) return undefined;
    try {
        const url = new URL(text);
        return url.protocol === 'https:' && url.hostname !== '' ? url.href : undefined;
    } catch {
        return undefined;
    }
}
