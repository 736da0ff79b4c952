// The showcase conversation's agents and notes, and how lines of a conversation become messages. The lines
// themselves (every channel, HTML email with quoted history, attachments, a failed delivery, redactions, a survey)
// are data: showcase-lines.data.ts.
import type { FakeAttachment, FakeMessage, FakeNote } from './model.ts';
import { messageResource, noteResource, type MessageSpec } from './builders.ts';
import { hexId } from './random.ts';

export const AGENTS = {
    priya: '602e93b0c0c2253b073a91c3', // fixtures/kustomer/user.json
    marcus: hexId('user:marcus'),
    aiko: hexId('user:aiko'),
    /** Writes in the showcase but is neither assigned nor first/last responder: not predicted by the Apex. */
    devon: hexId('user:devon')
};

export interface Line {
    spec: Omit<MessageSpec, 'conversationId' | 'customerId' | 'sentAt'>;
    minutesLater: number;
    attach?: (messageId: string) => FakeAttachment[];
}

export function showcaseNotes(
    conversationId: string,
    customerId: string,
    start: number
): FakeNote[] {
    const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
    return [
        noteResource(
            hexId(`${conversationId}:note:1`),
            conversationId,
            customerId,
            AGENTS.priya,
            'Warehouse confirmed Sage pole section in stock (bin C-14). Shipping replacement, no return required.',
            at(20)
        ),
        noteResource(
            hexId(`${conversationId}:note:2`),
            conversationId,
            customerId,
            AGENTS.marcus,
            'Customer asked about the stuff sack on chat.\nConfirmed with warehouse: replacement kits include one.',
            at(43)
        ),
        noteResource(
            hexId(`${conversationId}:note:3`),
            conversationId,
            customerId,
            AGENTS.aiko,
            'Warranty email bounced (mailbox full). Will retry tomorrow.',
            at(1711)
        )
    ];
}

export function buildMessages(
    conversationId: string,
    customerId: string,
    start: number,
    lines: Line[]
): FakeMessage[] {
    return lines.map((line, index) => {
        const id = hexId(`${conversationId}:message:${index}`);
        const sentAt = new Date(
            start + line.minutesLater * 60_000 + (index % 7) * 1_000
        ).toISOString();
        return {
            id,
            conversationId,
            raw: messageResource(id, { ...line.spec, conversationId, customerId, sentAt }),
            attachments: line.attach?.(id) ?? []
        };
    });
}
