// Defensive readers for untrusted JSON: Kustomer documents, minimised Apex results, anything at all. Each returns a
// value of the asked type or a fallback, so the view model never throws on a missing or mistyped field.
import { stripBidiControls } from './bidi';

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

/**
 * A string as shown: at most `max` characters (one huge field from Kustomer must not bloat the view model) and
 * without bidi controls (they would reorder what the agent reads).
 */
export function clip(text: string | undefined, max: number): string | undefined {
    if (text === undefined) return undefined;
    const shown = stripBidiControls(text);
    return shown.length > max ? shown.slice(0, max) : shown;
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

// RFC 3339 / ISO-8601 date-time with a zone: what Kustomer sends. Date.parse would guess at anything else ("0" is
// January 2000 in some engines), and a time without a zone would silently be read in the browser's zone.
const ISO_TIME =
    /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-](\d{2}):(\d{2}))$/i;

/** Epoch milliseconds of a strict ISO-8601 timestamp with a zone, or undefined. */
export function asTime(value: unknown): number | undefined {
    if (typeof value !== 'string' || value.length > 64) return undefined;
    const parts = ISO_TIME.exec(value);
    if (!parts) return undefined;
    const [year, month, day, hour, minute, second = 0] = parts.slice(1, 7).map(Number);
    const millis = Number((parts[7] ?? '0').slice(0, 3).padEnd(3, '0'));
    const offsetMinutes =
        parts[8].toUpperCase() === 'Z'
            ? 0
            : (parts[8][0] === '-' ? -1 : 1) * (Number(parts[9]) * 60 + Number(parts[10]));
    const local = Date.UTC(year, month - 1, day, hour, minute, second, millis);
    const check = new Date(local);
    const valid =
        check.getUTCFullYear() === year &&
        check.getUTCMonth() === month - 1 &&
        check.getUTCDate() === day &&
        hour < 24 &&
        minute < 60 &&
        second < 60 &&
        Math.abs(offsetMinutes) < 24 * 60;
    return valid ? local - offsetMinutes * 60000 : undefined;
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

/** A resource's relationships, whether raw (RawResource) or parsed (KeptResource). */
interface Related {
    relationships: { [name: string]: unknown };
}

/** Ids of a relationship, whether `data` is one object or an array (Kustomer's type strings are ignored). */
export function relationshipIds(resource: Related, name: string): string[] {
    const relationship = asObject(resource.relationships[name]);
    const data = relationship.data;
    const list = Array.isArray(data) ? data : [data];
    return list
        .map((item) => asString(asObject(item).id))
        .filter((id): id is string => id !== undefined);
}

export function relationshipId(resource: Related, name: string): string | undefined {
    return relationshipIds(resource, name)[0];
}

/** An Apex result: the JSON string parsed (an already parsed value passes as it is); undefined when it is not JSON. */
export function apexJson(raw: unknown): unknown {
    if (typeof raw !== 'string') return raw;
    try {
        return JSON.parse(raw);
    } catch {
        return undefined;
    }
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
