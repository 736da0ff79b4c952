// Renders highlighted text segments (links, search marks, plain spans) for a message's subject, body and quoted
// history. Light DOM so the segments stay in the message's tree: the message scrolls to `.kc-match_active`
// with its own querySelector, and the text flows inline inside the message's paragraphs.
import { LightningElement, api } from 'lwc';
import type { HighlightedSegment } from 'c/kustomerConversationModel';

export default class KustomerConversationText extends LightningElement {
    static renderMode = 'light' as const;

    @api segments: HighlightedSegment[] = [];
    /** Tab order of its links: -1 while its message is not the feed's Tab stop (feedKeyboard.ts). */
    @api controlTabIndex = 0;
}
