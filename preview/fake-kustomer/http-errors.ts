// Kustomer's error answers: both body forms it uses (JSON:API `errors` with status/title/detail, and the legacy
// code/message form), as an HttpError the fake's routes throw and its handler answers with.
import type { Raw } from './model.ts';

export type ErrorForm = 'jsonapi' | 'legacy';

export function errorBody(
    form: ErrorForm,
    status: number,
    code: string,
    text: string,
    title: string
): Raw {
    return form === 'jsonapi'
        ? { errors: [{ status: String(status), code, title, detail: text }] }
        : { errors: [{ code, message: text, meta: {} }] };
}

export class HttpError extends Error {
    status: number;
    body: Raw;
    headers: Record<string, string>;
    constructor(status: number, body: Raw, headers: Record<string, string> = {}) {
        super(`HTTP ${status}`);
        this.status = status;
        this.body = body;
        this.headers = headers;
    }
}

export const notFound = (what: string) =>
    new HttpError(404, errorBody('jsonapi', 404, 'not_found', `${what} not found`, 'Not Found'));
export const unauthorized = () =>
    new HttpError(
        401,
        errorBody('jsonapi', 401, 'unauthorized', 'Invalid or expired token', 'Unauthorized')
    );
export const badRequest = (text: string) =>
    new HttpError(400, errorBody('jsonapi', 400, 'bad_request', text, 'Bad Request'));
export const internalError = (text: string) =>
    new HttpError(500, errorBody('legacy', 500, 'internal_error', text, 'Internal Server Error'));
