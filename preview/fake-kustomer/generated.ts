// Generated conversations for the long thread, the benchmark sizes and the quirks: chat, email and SMS in turn,
// attachments every 40 messages, notes; seeded, so the same on every run.
import type { FakeAttachment, FakeConversation, FakeMessage, FakeNote } from './model.ts';
import { imageAttachment, pdfAttachment } from './attachment-builders.ts';
import { fakeConversation, messageResource, noteResource } from './builders.ts';
import { START } from './catalogue.ts';
import { hexId, pick, seededRandom } from './random.ts';

const PHRASES_IN = [
    'Any update on my order?',
    'The zipper on the vestibule is stuck again.',
    'Can I change the delivery address?',
    'I attached a photo of the damage.',
    'Thanks, that worked!',
    'Is the footprint compatible with the 3P model?',
    'My refund has not arrived yet.',
    'Could you resend the invoice as a PDF?',
    'The stakes bent on the first night.',
    'Do you ship to Canada?',
    'What is the packed weight?',
    'Great, talk soon.'
];
const PHRASES_OUT = [
    'Thanks for reaching out! Let me check that for you.',
    'I have updated the delivery address on your order.',
    'Your refund was issued today; it can take 3-5 business days.',
    'Here is the invoice you asked for.',
    'The footprint fits the 2P only; the 3P has its own.',
    'Sorry about that. A replacement is on its way.',
    'We ship to Canada; duties are included at checkout.',
    'Packed weight is 1.9 kg.',
    'Happy to help, have a great trip!'
];

interface GeneratedSpec {
    key: string;
    count: number;
    noteCount: number;
    name: string;
    agents: string[];
    customerId: string;
}

/** A long conversation in chat, email and SMS, with attachments every 40 messages and notes. */
export function generated(spec: GeneratedSpec): FakeConversation {
    const id = hexId(`conversation:${spec.key}`);
    const random = seededRandom(spec.count * 7919 + spec.key.length);
    const messages: FakeMessage[] = [];
    let at = START;
    for (let i = 0; i < spec.count; i++) {
        const direction = i % 2 === 0 ? 'in' : 'out';
        const channel = pick(random, ['chat', 'chat', 'chat', 'email', 'sms'] as const);
        at += Math.floor(1 + random() * 20) * 60_000;
        const messageId = hexId(`${id}:message:${i}`);
        const text = `${pick(random, direction === 'in' ? PHRASES_IN : PHRASES_OUT)} (#${i + 1})`;
        const attachments: FakeAttachment[] =
            i % 40 === 7
                ? [
                      i % 80 === 7
                          ? imageAttachment(messageId, `photo-${i + 1}.png`, i, 160, 100)
                          : pdfAttachment(messageId, `document-${i + 1}.pdf`, [`Document ${i + 1}`])
                  ]
                : [];
        messages.push({
            id: messageId,
            conversationId: id,
            raw: messageResource(messageId, {
                conversationId: id,
                customerId: spec.customerId,
                channel,
                direction,
                directionType:
                    i === 0 ? 'initial-in' : direction === 'in' ? 'followup-in' : 'response-out',
                preview: text,
                sentAt: new Date(at).toISOString(),
                ...(direction === 'out'
                    ? { createdBy: spec.agents[i % spec.agents.length] as string }
                    : {}),
                ...(channel === 'email' ? { subject: spec.name, htmlBody: `<p>${text}</p>` } : {})
            }),
            attachments
        });
    }
    const notes: FakeNote[] = Array.from({ length: spec.noteCount }, (_, n) =>
        noteResource(
            hexId(`${id}:note:${n}`),
            id,
            spec.customerId,
            spec.agents[n % spec.agents.length] as string,
            `Internal note ${n + 1}: checked the order history.`,
            new Date(START + (n + 1) * 3_600_000).toISOString()
        )
    );
    return fakeConversation({
        id,
        name: spec.name,
        customerId: spec.customerId,
        assignedUsers: spec.agents.slice(0, 1),
        messages,
        notes,
        createdAt: new Date(START).toISOString()
    });
}
