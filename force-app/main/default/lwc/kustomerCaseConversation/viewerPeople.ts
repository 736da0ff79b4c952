// Names for the users and the customer the loaded data names but no result resolved (getPeople, after the messages
// are on screen): each id asked once per view; what arrives joins the view's people index.
import { unresolvedPeople } from 'c/kustomerConversationModel';
import type {
    ConversationResource,
    KustomerError,
    MessageResource,
    NoteResource,
    PeopleIndex
} from 'c/kustomerConversationModel';
import { OK, loadPeople } from './loader';
import type { Outcome } from './loader';

export class PeopleAsked {
    private readonly asked = new Set<string>();

    /**
     * Asks for the people `resources` and the conversation name that `index` does not know yet. A failure stops
     * there (the labels stay); every warning and the failure go to `warn`. `asked`: whether any request went out.
     */
    async load(
        caseId: string,
        conversation: ConversationResource | undefined,
        resources: ReadonlyArray<MessageResource | NoteResource>,
        index: PeopleIndex,
        warn: (warnings: readonly KustomerError[]) => void
    ): Promise<Outcome & { asked?: boolean }> {
        const requests = unresolvedPeople(conversation, resources, index.people, this.asked);
        for (const request of requests) {
            request.userIds.forEach((id) => this.asked.add(id));
            if (request.customerId) this.asked.add(request.customerId);
            // eslint-disable-next-line no-await-in-loop
            const result = await loadPeople(caseId, request.userIds, request.customerId);
            if (!result.ok) {
                warn([result.error]);
                return result;
            }
            index.learn(result.value.people);
            warn(result.value.warnings);
        }
        return { ...OK, asked: requests.length > 0 };
    }
}
