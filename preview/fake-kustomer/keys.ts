// The keys the fake knows, as a Kustomer org would: the main key with every role, more keys with a profile (roles,
// pod, another org), the role each route needs, and the token document that describes a key.
import type { IncomingMessage } from 'node:http';
import type { Raw } from './model.ts';
import { errorBody, HttpError, unauthorized } from './http-errors.ts';
import { READ_ROLES } from '../apex/contract-types.ts';

/**
 * Another key the fake knows, as a Kustomer org would: its roles (403 naming the missing role on every endpoint that
 * needs it), its pod (a request to another pod, said by x-fake-pod, gets Kustomer's "associated with pod" 401) and
 * whether it belongs to another Kustomer org (which has none of these conversations: 404).
 */
export interface FakeKeyProfile {
    roles?: string[];
    pod?: string;
    otherOrg?: boolean;
}

/** Every read role, as Kustomer names them. */
export const ALL_ROLES = READ_ROLES.map((role) => `org.permission.${role}.read`);

const forbidden = (role: string) =>
    new HttpError(
        403,
        errorBody('legacy', 403, 'forbidden', `Missing required role: ${role}`, 'Forbidden')
    );
const otherPod = (keyPod: string, requestPod: string) =>
    new HttpError(
        401,
        errorBody(
            'jsonapi',
            401,
            'unauthorized',
            `Auth token associated with pod ${keyPod} but request is being handled by ${requestPod}`,
            'Unauthorized'
        )
    );

/** The role each API route needs (the token needs none). */
const ROUTE_ROLES: Array<[RegExp, string]> = [
    [/^\/v1\/conversations\/[^/]+\/notes$/, 'org.permission.note.read'],
    [/^\/v1\/conversations\/[^/]+\/messages$/, 'org.permission.message.read'],
    [/^\/v1\/conversations\/[^/]+$/, 'org.permission.conversation.read'],
    [/^\/v1\/messages\/[^/]+\/attachments\/[^/]+$/, 'org.permission.attachment.read'],
    [/^\/v1\/messages\/[^/]+$/, 'org.permission.message.read'],
    [/^\/v1\/users\/[^/]+$/, 'org.permission.user.read'],
    [/^\/v1\/customers\/[^/]+$/, 'org.permission.customer.read']
];

/** A 403 naming the role the route needs, when the key's profile lacks it. */
export function checkRole(path: string, profile: FakeKeyProfile): void {
    const role = ROUTE_ROLES.find(([pattern]) => pattern.test(path))?.[1];
    if (role && !(profile.roles ?? ALL_ROLES).includes(role)) throw forbidden(role);
}

/** GET /v1/auth/tokens/current: the key's name and roles, whatever its roles. */
export function tokenDocument(profile: FakeKeyProfile, orgId: string): Raw {
    return {
        data: {
            type: 'token',
            id: '5f2a0c9e1b2c3d4e5f601234',
            attributes: {
                name: 'Salesforce viewer (preview)',
                roles: profile.roles ?? ALL_ROLES,
                org: profile.otherOrg ? '5cf50bc03f46c548ab3a9999' : orgId
            }
        }
    };
}

/** The profile of the request's key, or a 401 (unknown key, or the key's pod is not the one asked). */
export function keyProfile(
    req: IncomingMessage,
    apiKey: string,
    keys: Record<string, FakeKeyProfile> = {}
): FakeKeyProfile {
    const given = String(req.headers.authorization ?? '');
    const profile =
        given === `Bearer ${apiKey}`
            ? {}
            : Object.entries(keys).find(([key]) => given === `Bearer ${key}`)?.[1];
    if (!profile) throw unauthorized();
    const keyPod = profile.pod ?? 'prod1';
    const requestPod = String(req.headers['x-fake-pod'] ?? 'prod1');
    if (keyPod !== requestPod) throw otherPod(keyPod, requestPod);
    return profile;
}
