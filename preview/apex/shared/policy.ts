// KustomerPolicy.cls in TypeScript.
// Who sees what (docs/contract.md "Who sees what"), decided by the running user's custom permissions, like the
// Apex layer's KustomerPolicy: internal notes are read only for users with Kustomer_View_Notes (the Kustomer
// Conversation Viewer permission set grants it), and Kustomer's own error text leaves the server only for users
// with Kustomer_Manage_Setup (admins); everyone else gets the code and its data, with a neutral message.
import { KUSTOMER_TEXT_CODES, type KustomerError } from '../contract-types.ts';

export const VIEW_NOTES = 'Kustomer_View_Notes';
export const MANAGE_SETUP = 'Kustomer_Manage_Setup';

export interface RunningUser {
    /** Custom permissions granted to the user. */
    permissions: readonly string[];
}

/** A user with the Kustomer Conversation Viewer permission set (and not the setup one): the default. */
export const VIEWER: RunningUser = { permissions: [VIEW_NOTES] };

export const HIDDEN_DETAIL =
    "Kustomer's detail is shown to users with the Kustomer_Manage_Setup permission";

/** The preview's user: the viewer's permissions plus those in ?perm=A,B; ?perm=-A takes one away. */
export function previewUser(perm: string | undefined): RunningUser {
    const granted = new Set(VIEWER.permissions);
    for (const name of (perm ?? '').split(',').map((part) => part.trim())) {
        if (name.startsWith('-')) granted.delete(name.slice(1));
        else if (name) granted.add(name);
    }
    return { permissions: [...granted] };
}

export function canViewNotes(user: RunningUser): boolean {
    return user.permissions.includes(VIEW_NOTES);
}

/** The error as this user may see it: without Kustomer's text unless the user may set Kustomer up. */
export function visibleError(error: KustomerError, user: RunningUser): KustomerError {
    if (user.permissions.includes(MANAGE_SETUP) || !KUSTOMER_TEXT_CODES.includes(error.code)) {
        return error;
    }
    return { ...error, message: HIDDEN_DETAIL };
}

type ResultWithErrors = {
    error?: KustomerError;
    notes?: { error?: KustomerError };
    warnings?: KustomerError[];
};

/** A result's own errors (a NotesPage's error, a ConversationResult's notes error, warnings) as visibleError. */
export function visibleResult<T>(result: T, user: RunningUser): T {
    const source = result as T & ResultWithErrors;
    const copy: ResultWithErrors = { ...source };
    if (source.error) copy.error = visibleError(source.error, user);
    if (source.notes?.error)
        copy.notes = { ...source.notes, error: visibleError(source.notes.error, user) };
    if (Array.isArray(source.warnings))
        copy.warnings = source.warnings.map((warning) => visibleError(warning, user));
    return copy as T;
}
