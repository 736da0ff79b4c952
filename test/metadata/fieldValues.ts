// Would Salesforce store this JSON value in this custom field unchanged? Mirrors the REST API's rules for the field
// types the package uses; returns the problem, or null when the value fits.
import type { CaseField } from '../../lib/metadata/index.ts';

// Salesforce's DateTime range and the ISO 8601 forms its REST API parses (milliseconds at most).
const ISO_DATETIME =
    /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?(Z|[+-]\d{2}:?\d{2})$/;
const MIN_YEAR = 1700;
const MAX_YEAR = 4000;
const URL_MAX_LENGTH = 255;

export function fieldValueProblem(field: CaseField, value: unknown): string | null {
    if (value === null) return field.required ? 'null for a required field' : null;
    switch (field.type) {
        case 'Text':
            return textProblem(value, field.length ?? 0);
        case 'Url':
            return urlProblem(value);
        case 'Number':
            return numberProblem(value, field.precision ?? 0, field.scale ?? 0);
        case 'DateTime':
            return dateTimeProblem(value);
        default:
            return `field type ${field.type} is not covered by this check`;
    }
}

function textProblem(value: unknown, length: number): string | null {
    if (typeof value !== 'string') return `expected a string, got ${typeof value}`;
    return value.length > length ? `${value.length} characters, the field holds ${length}` : null;
}

function urlProblem(value: unknown): string | null {
    if (typeof value !== 'string') return `expected a string, got ${typeof value}`;
    if (value.length > URL_MAX_LENGTH)
        return `${value.length} characters, a URL field holds ${URL_MAX_LENGTH}`;
    let url: URL;
    try {
        url = new URL(value);
    } catch {
        return `not an absolute URL: ${value}`;
    }
    return url.protocol === 'https:' ? null : `not an https URL: ${value}`;
}

function numberProblem(value: unknown, precision: number, scale: number): string | null {
    if (typeof value !== 'number' || !Number.isFinite(value))
        return `expected a finite number, got ${String(value)}`;
    if (Math.abs(value) >= 10 ** (precision - scale)) {
        return `${value} has more than ${precision - scale} integer digits`;
    }
    return Number(value.toFixed(scale)) === value
        ? null
        : `${value} has more than ${scale} decimal places`;
}

function dateTimeProblem(value: unknown): string | null {
    if (typeof value !== 'string') return `expected an ISO 8601 string, got ${typeof value}`;
    const match = ISO_DATETIME.exec(value);
    if (!match) return `not an ISO 8601 date-time with a time zone: ${value}`;
    const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
    const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
    const sameFields =
        date.getUTCFullYear() === year &&
        date.getUTCMonth() === month - 1 &&
        date.getUTCDate() === day &&
        date.getUTCHours() === hour &&
        date.getUTCMinutes() === minute &&
        date.getUTCSeconds() === second;
    if (!sameFields) return `not a calendar date-time: ${value}`;
    return year < MIN_YEAR || year > MAX_YEAR
        ? `outside Salesforce's ${MIN_YEAR}-${MAX_YEAR} range: ${value}`
        : null;
}
