// The fake's API routes: the endpoints the Apex layer calls (docs/contract.md), each answering Kustomer's JSON:API
// document or throwing the HttpError Kustomer would answer with. The key's roles, list behaviours, failure kinds and
// signed attachment links come from their own modules.
import type { FakeConversation, FakeWorld, Raw } from './model.ts';
import type { AttachmentHost } from './attachment-host.ts';
import { attachmentResource, withAttachmentIds } from './attachment-builders.ts';
import type { Failures } from './failures.ts';
import { internalError, notFound } from './http-errors.ts';
import { checkRole, tokenDocument, type FakeKeyProfile } from './keys.ts';
import type { Lists } from './lists.ts';
import type { FakeKustomerOptions } from './server.ts';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export type Route = (
    path: string,
    query: URLSearchParams,
    signal: AbortSignal,
    profile: FakeKeyProfile
) => Promise<Raw | string>;

export function createRoutes(
    world: FakeWorld,
    options: Pick<FakeKustomerOptions, 'usersBatch'>,
    { failFor }: Failures,
    { listedMessages, reported, listDocument }: Lists,
    { signedUrl, withLocalAvatar }: AttachmentHost
): Route {
    function conversationFor(id: string): FakeConversation {
        const conversation = world.conversations.get(id);
        if (!conversation) throw notFound(`Conversation ${id}`);
        return conversation;
    }

    async function route(
        path: string,
        query: URLSearchParams,
        signal: AbortSignal,
        profile: FakeKeyProfile
    ): Promise<Raw | string> {
        let m: RegExpMatchArray | null;
        if (path === '/v1/auth/tokens/current') return tokenDocument(profile, world.orgId);
        checkRole(path, profile);
        // Another Kustomer org has none of this org's conversations, messages or people.
        if (profile.otherOrg) throw notFound(`Resource ${path.split('/').pop() ?? ''}`);
        if ((m = path.match(/^\/v1\/conversations\/([^/]+)$/))) {
            const c = conversationFor(m[1] as string);
            await failFor(c, 'conversation', signal);
            return c.failure === 'malformed-json'
                ? `{"data":{"type":"conversation","id":"${c.id}","attributes":{"name":"Fail`
                : { data: reported(c) };
        }
        if ((m = path.match(/^\/v1\/conversations\/([^/]+)\/messages$/))) {
            const c = conversationFor(m[1] as string);
            await failFor(c, 'messages', signal);
            const page = Number(query.get('page') ?? 1);
            const slow = c.behaviour?.slowPages?.[page];
            if (slow) await sleep(slow);
            if (c.behaviour?.failingPages?.includes(page)) throw internalError('Page failed');
            const messages = listedMessages(c, query);
            const { doc, slice } = listDocument(path, query, messages, withAttachmentIds);
            if ((query.get('include') ?? '').split(',').includes('attachments')) {
                doc.included = slice.flatMap((message) =>
                    message.attachments.map((a) => attachmentResource(a))
                );
            }
            return c.failure === 'malformed-json' ? JSON.stringify(doc).slice(0, 200) : doc;
        }
        if ((m = path.match(/^\/v1\/conversations\/([^/]+)\/notes$/))) {
            const c = conversationFor(m[1] as string);
            await failFor(c, 'notes', signal);
            return listDocument(path, query, c.notes, (n) => n.raw, c.behaviour?.endlessNotes).doc;
        }
        if ((m = path.match(/^\/v1\/users\/([^/]+)$/))) {
            const ids = decodeURIComponent(m[1] as string)
                .split(',')
                .filter(Boolean);
            const found = ids
                .map((id) => world.users.get(id))
                .filter((u): u is Raw => u !== undefined)
                .map(withLocalAvatar);
            const missing = found.length < ids.length;
            if (found.length === 0 || (missing && options.usersBatch === 'not-found'))
                throw notFound(`User ${ids.join(',')}`);
            return { data: ids.length === 1 ? found[0] : found };
        }
        if ((m = path.match(/^\/v1\/customers\/([^/]+)$/))) {
            const customer = world.customers.get(m[1] as string);
            if (!customer) throw notFound(`Customer ${m[1]}`);
            return { data: customer };
        }
        if ((m = path.match(/^\/v1\/messages\/([^/]+)$/))) {
            const message = world.messages.get(m[1] as string);
            if (!message) throw notFound(`Message ${m[1]}`);
            await failFor(conversationFor(message.conversationId), 'message', signal);
            return { data: withAttachmentIds(message) };
        }
        if ((m = path.match(/^\/v1\/messages\/([^/]+)\/attachments\/([^/]+)$/))) {
            const message = world.messages.get(m[1] as string);
            const attachment = message?.attachments.find((a) => a.id === m?.[2]);
            if (!message || !attachment) throw notFound(`Attachment ${m[2]}`);
            await failFor(conversationFor(message.conversationId), 'message', signal);
            return {
                data: attachment.redacted
                    ? attachmentResource(attachment)
                    : attachmentResource(attachment, signedUrl(attachment))
            };
        }
        throw notFound(`Route ${path}`);
    }

    return route;
}
