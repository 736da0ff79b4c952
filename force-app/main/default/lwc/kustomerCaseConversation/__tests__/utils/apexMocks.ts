// The viewer's Apex entry points as Jest mocks, shared by its test files. Import this module before anything that
// loads the component (./mount): its jest.mock calls must register before the component imports the modules.
import { jest } from '@jest/globals';
import getConversation from '@salesforce/apexContinuation/KustomerConversationController.getConversation';
import getMessages from '@salesforce/apexContinuation/KustomerConversationController.getMessages';
import getNotes from '@salesforce/apex/KustomerConversationController.getNotes';
import getPeople from '@salesforce/apexContinuation/KustomerConversationController.getPeople';
import { conversationResult, syntheticPage, syntheticPageValue } from './helpers';

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
    '@salesforce/apexContinuation/KustomerConversationController.getPeople',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/KustomerConversationController.getNotes',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/KustomerConversationController.getAttachmentLink',
    () => ({ default: jest.fn() }),
    { virtual: true }
);

export const conversationMock = jest.mocked(getConversation);
export const messagesMock = jest.mocked(getMessages);
export const notesMock = jest.mocked(getNotes);
export const peopleMock = jest.mocked(getPeople);

/** What the viewer passes to getMessages. */
export type PageParams = { page: number; pageSize: number };
/** What the viewer passes to getConversation for messages page 1. */
export type FirstPageParams = { messagesPageSize?: number };

/** Serves a synthetic conversation of `total` messages in Kustomer's order (page 1 with the conversation). */
export function serveSynthetic(total: number, order: 'asc' | 'desc' = 'asc'): void {
    conversationMock.mockImplementation(async (params) => {
        const { messagesPageSize } = params as FirstPageParams;
        return conversationResult((value) => {
            value.conversation.attributes.messageCount = total;
            value.notes = {
                status: 'OK',
                page: 1,
                hasMore: false,
                data: [],
                fetchedAt: value.fetchedAt
            };
            if (messagesPageSize !== undefined) {
                const { people: _people, ...first } = syntheticPageValue(
                    total,
                    1,
                    messagesPageSize,
                    order
                );
                value.messages = first;
            }
        });
    });
    messagesMock.mockImplementation(async (params) => {
        const { page, pageSize } = params as PageParams;
        return syntheticPage(total, page, pageSize, order);
    });
}
