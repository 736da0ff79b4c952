// Validation of everything that comes from the browser or from a Case before it enters a Kustomer path.
import { MAX_PAGE, MAX_PAGE_SIZE, USERS_PER_REQUEST } from './contract-types.ts';
import { KustomerFailure } from './errors.ts';

const KUSTOMER_ID = /^[0-9a-f]{24}$/;
// A Case Id: 15 or 18 alphanumeric characters with the Case key prefix 500 (what Apex's Id type accepts).
const CASE_ID = /^500[0-9A-Za-z]{12}(?:[0-9A-Za-z]{3})?$/;

export function isKustomerId(value: unknown): value is string {
    return typeof value === 'string' && KUSTOMER_ID.test(value);
}

function invalid(message: string): KustomerFailure {
    return new KustomerFailure({ code: 'INVALID_REQUEST', message });
}

export function requireCaseId(value: unknown): string {
    if (typeof value !== 'string' || !CASE_ID.test(value)) throw invalid('Malformed Case Id');
    return value;
}

export function requireKustomerId(value: unknown, what: string): string {
    if (!isKustomerId(value)) throw invalid(`Malformed ${what} id`);
    return value;
}

/** getPeople's user ids: a list (null: none) of at most USERS_PER_REQUEST Kustomer ids (one users request); duplicates count once. */
export function requireUserIds(value: unknown): string[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value) || !value.every(isKustomerId)) throw invalid('Malformed user ids');
    const ids = [...new Set(value)];
    if (ids.length > USERS_PER_REQUEST) throw invalid(`At most ${USERS_PER_REQUEST} user ids`);
    return ids;
}

function requireInteger(value: unknown, min: number, max: number, what: string): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        throw invalid(`${what} must be an integer from ${min} to ${max}`);
    }
    return value;
}

export function requirePage(value: unknown): number {
    return requireInteger(value, 1, MAX_PAGE, 'page');
}

export function requirePageSize(value: unknown): number {
    return requireInteger(value, 1, MAX_PAGE_SIZE, 'pageSize');
}

/** Apex Booleans arrive as true, false or null: only true is true. */
export function flag(value: unknown): boolean {
    return value === true;
}
