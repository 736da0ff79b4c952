// The viewer's Apex entry points as Jest mocks, shared by its test files. Import this module before anything that
// loads the component (./mount): its jest.mock calls must register before the component imports the modules.
import { jest } from '@jest/globals';
import getConversation from '@salesforce/apexContinuation/KustomerConversationController.getConversation';
import getMessages from '@salesforce/apexContinuation/KustomerConversationController.getMessages';
import getNotes from '@salesforce/apex/KustomerConversationController.getNotes';
import getPeople from '@salesforce/apexContinuation/KustomerConversationController.getPeople';
import { conversationResult, syntheticPageValue } from './helpers';

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

/** A synthetic Kustomer: `total` messages (read at each call: it may grow) in `order`, and what it reports. */
export interface SyntheticKustomer {
    total: number;
    order?: 'asc' | 'desc';
    /** The conversation's messageCount: the total when absent, no count at all when null. */
    messageCount?: number | null;
    /** Kustomer's own page size limit: a larger pageSize is silently capped to it. */
    serverCap?: number;
}

/** Serves a synthetic conversation in Kustomer's order (page 1 with the conversation); names resolve to none. */
export function serveSynthetic(
    kustomer: SyntheticKustomer | number,
    order: 'asc' | 'desc' = 'asc'
): void {
    const world = typeof kustomer === 'number' ? { total: kustomer, order } : kustomer;
    const page = (number: number, size: number) =>
        syntheticPageValue(world.total, number, size, world.order ?? 'asc', world.serverCap);
    conversationMock.mockImplementation(async (params) => {
        const { messagesPageSize } = params as FirstPageParams;
        return conversationResult((value) => {
            const count = world.messageCount === undefined ? world.total : world.messageCount;
            if (count === null) delete value.conversation.attributes.messageCount;
            else value.conversation.attributes.messageCount = count;
            value.notes = {
                status: 'OK',
                page: 1,
                hasMore: false,
                data: [],
                fetchedAt: value.fetchedAt
            };
            if (messagesPageSize !== undefined) {
                const { people: _people, ...first } = page(1, messagesPageSize);
                value.messages = first;
            }
        });
    });
    messagesMock.mockImplementation(async (params) => {
        const { page: number, pageSize } = params as PageParams;
        return JSON.stringify(page(number, pageSize));
    });
    peopleMock.mockResolvedValue(
        JSON.stringify({ people: [], fetchedAt: '2025-03-12T10:38:00.000Z' })
    );
}
