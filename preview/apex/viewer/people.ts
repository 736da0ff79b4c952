// KustomerPeople.cls in TypeScript.
// The people behind a page: which user ids a conversation and its notes predict, which authors a page names, and
// their resolution from Platform Cache or batched users requests (failures become warnings: names fall back).
import { cacheKeys, type KustomerError, type Resource } from '../contract-types.ts';
import type { ActionContext } from '../action-context.ts';
import {
    customerRequest,
    isKustomerId,
    type KustomerRequest,
    usersRequests
} from '../shared/request.ts';
import { isObject, type Outcome } from '../shared/error-mapper.ts';
import { minimisePeople, minimisePerson } from './minimiser.ts';

function relatedId(resource: Resource, name: string): string | undefined {
    const data = resource.relationships?.[name]?.data;
    return isObject(data) && typeof data.id === 'string' ? data.id : undefined;
}

function nestedString(resource: Resource, attribute: string, field: string): string | undefined {
    const value = resource.attributes?.[attribute];
    return isObject(value) && typeof value[field] === 'string' ? value[field] : undefined;
}

function validIds(ids: Array<string | undefined>): string[] {
    return [...new Set(ids.filter(isKustomerId))];
}

/** Users a (minimised) conversation and its notes name: assignees, first/last responders, CSAT sender, authors. */
export function predictedUserIds(conversation: Resource | undefined, notes: Resource[]): string[] {
    const ids: Array<string | undefined> = [];
    if (conversation) {
        const assigned = conversation.attributes?.assignedUsers;
        if (Array.isArray(assigned)) ids.push(...assigned.map((id) => String(id)));
        ids.push(
            nestedString(conversation, 'firstMessageOut', 'createdBy'),
            nestedString(conversation, 'lastMessageOut', 'createdBy'),
            nestedString(conversation, 'firstResponse', 'createdBy'),
            nestedString(conversation, 'satisfactionLevel', 'sentBy')
        );
    }
    ids.push(...authorIds(notes));
    return validIds(ids);
}

/** Users who wrote these messages or notes (relationships.createdBy). */
export function authorIds(resources: Resource[]): string[] {
    return validIds(resources.map((resource) => relatedId(resource, 'createdBy')));
}

export function customerIdOf(conversation: Resource | undefined): string | undefined {
    const id = conversation ? relatedId(conversation, 'customer') : undefined;
    return isKustomerId(id) ? id : undefined;
}

export class People {
    readonly warnings: KustomerError[] = [];
    private readonly ctx: ActionContext;
    private readonly users = new Map<string, Resource>();
    /** Ids looked up in the cache or asked of Kustomer: never asked again in this action. */
    private readonly settled = new Set<string>();
    private customer: Resource | undefined;
    private customerSettled = false;

    /** People are read from Platform Cache even on forceRefresh: names change rarely, the budget is org-wide. */
    constructor(ctx: ActionContext) {
        this.ctx = ctx;
    }

    /** Reads the cache for ids not seen yet; returns the ids still to ask Kustomer for. */
    missingUsers(ids: string[]): string[] {
        const missing: string[] = [];
        for (const id of ids) {
            if (this.settled.has(id)) continue;
            const cached = this.ctx.cache.get(cacheKeys.user(id));
            const user = cached ? minimisePerson(cached.value) : undefined;
            if (user) {
                this.users.set(id, user);
                this.settled.add(id);
            } else {
                missing.push(id);
            }
        }
        return missing.sort();
    }

    /** The first users request for these ids (at most 50 ids); marks them asked. */
    firstUsersRequest(ids: string[]): KustomerRequest | undefined {
        const request = usersRequests(this.missingUsers(ids))[0];
        this.markAsked(request);
        return request;
    }

    /** Every users request still needed for these ids, sent one after another (synchronous callouts). */
    async fetchUsers(ids: string[]): Promise<void> {
        for (const request of usersRequests(this.missingUsers(ids))) {
            this.markAsked(request);
            this.absorbUsers(await this.ctx.client.sync(request));
        }
    }

    absorbUsers(outcome: Outcome | undefined): void {
        if (!outcome) return;
        if (!outcome.ok) {
            this.warnings.push(outcome.error);
            return;
        }
        for (const user of minimisePeople(outcome.document.data)) {
            if (!isKustomerId(user.id)) continue;
            this.users.set(user.id, user);
            this.ctx.cache.put(cacheKeys.user(user.id), user, this.ctx.nowIso);
        }
    }

    /** The customer request still needed, if any (reads the cache first). */
    customerRequest(customerId: string | undefined): KustomerRequest | undefined {
        return customerId && !this.cachedCustomer(customerId)
            ? customerRequest(customerId)
            : undefined;
    }

    /** Reads the customer from the cache once; true when nothing is left to ask Kustomer for. */
    cachedCustomer(customerId: string | undefined): boolean {
        if (!customerId || this.customerSettled) return true;
        this.customerSettled = true;
        const cached = this.ctx.cache.get(cacheKeys.customer(customerId));
        this.customer = cached ? minimisePerson(cached.value) : undefined;
        return this.customer !== undefined;
    }

    absorbCustomer(outcome: Outcome | undefined, customerId: string): void {
        if (!outcome) return;
        if (!outcome.ok) {
            this.warnings.push(outcome.error);
            return;
        }
        const customer = minimisePerson(outcome.document.data);
        if (!customer) return;
        this.customer = customer;
        this.ctx.cache.put(cacheKeys.customer(customerId), customer, this.ctx.nowIso);
    }

    /** The customer is not shown (it is not this conversation's). */
    forgetCustomer(): void {
        this.customer = undefined;
    }

    /** Named users found, ascending by id, then the customer. */
    list(userIds: string[]): Resource[] {
        const people = [...new Set(userIds)]
            .sort()
            .map((id) => this.users.get(id))
            .filter((user): user is Resource => user !== undefined);
        return this.customer ? [...people, this.customer] : people;
    }

    private markAsked(request: KustomerRequest | undefined): void {
        if (!request) return;
        for (const id of request.path.slice('/v1/users/'.length).split(',')) this.settled.add(id);
    }
}
