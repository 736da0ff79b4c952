// The viewer's test fixtures are the golden fixtures' expected Apex results (fixtures/golden, docs/contract.md):
// exactly what KustomerConversationController and its stand-in return for the research conversation
// (fixtures/kustomer), so the component is tested on the contract's own payloads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type JsonObject = Record<string, any>;

function goldenResult(name: string): JsonObject {
    const file = join(process.cwd(), 'fixtures', 'golden', `${name}.json`);
    const result = JSON.parse(readFileSync(file, 'utf8')).expect?.result;
    if (!result) throw new Error(`${name}: the golden fixture has no result`);
    return result;
}

/** getConversation with notes: the conversation (8 messages, 1 note) and notes page 1. */
export const CONVERSATION_RESULT = goldenResult('getConversation-first-view-with-notes');
/** getMessages page 1 of 2 (page size 5): two emails with attachments, two chats, one SMS; agent and customer. */
export const MESSAGES_PAGE_1 = goldenResult('getMessages-older-page-people-cached');
/** getMessages page 2 of 2: SMS with an image, SMS, email with a PDF; agent and customer. */
export const MESSAGES_PAGE_2 = goldenResult('getMessages-warm-cache');
/** getAttachmentLink: a signed https link. */
export const ATTACHMENT_LINK = goldenResult('getAttachmentLink-ok');
