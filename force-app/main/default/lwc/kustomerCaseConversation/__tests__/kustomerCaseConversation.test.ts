import { createElement } from 'lwc';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import KustomerCaseConversation from 'c/kustomerCaseConversation';
import getConversation from '@salesforce/apexContinuation/KustomerConversationController.getConversation';
import getMessages from '@salesforce/apexContinuation/KustomerConversationController.getMessages';
import getNotes from '@salesforce/apex/KustomerConversationController.getNotes';
import { CASE_ID, allMessagesResult, auraError, conversationResult, settle } from './utils/helpers';

jest.mock(
    '@salesforce/apexContinuation/KustomerConversationController.getConversation',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apexContinuation/KustomerConversationController.getMessages',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/KustomerConversationController.getNotes',
    () => ({ default: jest.fn() }),
    {
        virtual: true
    }
);
jest.mock(
    '@salesforce/apex/KustomerConversationController.getAttachmentLink',
    () => ({ default: jest.fn() }),
    {
        virtual: true
    }
);

const mockConversation = getConversation as unknown as jest.Mock<
    (params: unknown) => Promise<unknown>
>;
const mockMessages = getMessages as unknown as jest.Mock<(params: unknown) => Promise<unknown>>;
const mockNotes = getNotes as unknown as jest.Mock<(params: unknown) => Promise<unknown>>;

let caseCounter = 0;

function mount(props: Record<string, unknown> = {}) {
    const element = createElement('c-kustomer-case-conversation', { is: KustomerCaseConversation });
    // A fresh Case id per test keeps the module-level cache out of the way.
    Object.assign(element, { recordId: `${CASE_ID}${caseCounter++}`, ...props });
    document.body.appendChild(element);
    return element;
}

function shadow(element: Element) {
    return element.shadowRoot as ShadowRoot;
}

describe('c-kustomer-case-conversation', () => {
    beforeEach(() => {
        mockConversation.mockResolvedValue(conversationResult());
        mockMessages.mockResolvedValue(allMessagesResult());
        mockNotes.mockResolvedValue(
            JSON.stringify({ status: 'OK', page: 2, hasMore: false, data: [], fetchedAt: '' })
        );
    });

    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    it('renders the messages and the note of the fixture conversation', async () => {
        const element = mount();
        await settle();
        const messages = shadow(element).querySelectorAll('c-kustomer-conversation-message');
        expect(messages.length).toBe(9);
        expect(mockConversation).toHaveBeenCalledWith({
            caseId: expect.any(String),
            includeNotes: true,
            forceRefresh: false
        });
        expect(mockMessages).toHaveBeenCalledTimes(1);
    });

    it('shows the not-linked state', async () => {
        mockConversation.mockRejectedValue(auraError({ code: 'NOT_LINKED', message: 'blank' }));
        const element = mount();
        await settle();
        const state = shadow(element).querySelector('c-kustomer-conversation-state');
        expect(state).not.toBeNull();
        expect(mockMessages).not.toHaveBeenCalled();
    });
});
