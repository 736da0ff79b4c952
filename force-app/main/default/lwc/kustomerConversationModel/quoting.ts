// Finds where quoted reply history starts in a plain-text message body so the viewer can collapse it behind "Show
// quoted text": reply headers ("On … wrote:") in several languages, Outlook's "-----Original Message-----" and
// "From:/Sent:/To:" blocks, and trailing ">" quoting. Scans lines with bounded patterns (linear time). Rich bodies
// are split on their parsed tree instead (richText.ts).

export interface QuoteSplit {
    main: string;
    /** The quoted history, or undefined when there is none (or nothing would be left to show). */
    quoted?: string;
}

/** Bodies longer than this are shown whole: scanning them would cost more than collapsing saves. */
const MAX_SCANNED = 200000;

// "On Mon, 10 Mar 2025 at 14:01, Jordan <j@x> wrote:" and its translations (one or two lines).
const REPLY_HEADER =
    /^\s*(?:on|le|am|el|il|op|den|em|w dniu|dne)\b.{0,300}(?:wrote|a écrit|schrieb|escribió|ha scritto|schreef|skrev|escreveu|napisał|napisała|napsal)(?:\s.{0,200})?\s*:\s*$/i;
const GENERIC_WROTE =
    /^.{0,300}\b(?:wrote|a écrit|schrieb|escribió|ha scritto|schreef|skrev|escreveu)(?:\s.{0,200})?\s*:\s*$/i;
const CJK_WROTE = /^.{0,300}(?:写道|寫道|のメッセージ|님이 작성)[:：]?\s*$/;
const ORIGINAL_MESSAGE =
    /^\s*[-_=]{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original|messaggio originale|oorspronkelijk bericht|ursprungligt meddelande|opprinnelig melding|oprindelig meddelelse|mensagem original|wiadomość oryginalna|original meddelelse|forwarded message|begin forwarded message|message transféré|weitergeleitete nachricht|mensaje reenviado)\s*[-_=]{2,}\s*$/i;
const FORWARDED = /^\s*(?:begin forwarded message|début du message réexpédié)\s*:\s*$/i;
const UNDERSCORES = /^\s*_{10,}\s*$/;
const HEADER_FROM = /^\s*\*?(?:from|von|de|da|van|från|fra|od|от|发件人|差出人)\s*\*?\s*[:：]/i;
const HEADER_SENT =
    /^\s*\*?(?:sent|date|gesendet|datum|envoyé|date d'envoi|enviado|fecha|inviato|data|verzonden|skickat|sendt|wysłano|отправлено|发送时间|送信日時)\s*\*?\s*[:：]/i;
const HEADER_TO_SUBJECT =
    /^\s*\*?(?:to|an|à|para|a|aan|till|til|do|кому|收件人|宛先|subject|betreff|objet|asunto|oggetto|onderwerp|ämne|emne|temat|тема|主题|件名)\s*\*?\s*[:：]/i;
const QUOTE_LINE = /^\s*>/;

/** An attribution line names a date/time or an address; "On Monday I wrote:" does not. */
function looksLikeAttribution(line: string): boolean {
    return /\d/.test(line) || line.includes('@');
}

function nextContentIsQuote(lines: string[], index: number): boolean {
    for (let next = index + 1; next < Math.min(lines.length, index + 4); next++) {
        if (lines[next].trim() !== '') return QUOTE_LINE.test(lines[next]);
    }
    return false;
}

/**
 * "On … wrote:" and translations (above quoted lines, or naming a date or address); the looser "… wrote:" forms
 * only right above quoted lines.
 */
function isReplyHeader(lines: string[], index: number): boolean {
    const line = lines[index];
    if (line.length > 400) return false;
    const quoteBelow = nextContentIsQuote(lines, index);
    if (REPLY_HEADER.test(line)) return quoteBelow || looksLikeAttribution(line);
    return quoteBelow && (GENERIC_WROTE.test(line) || CJK_WROTE.test(line));
}

function isOutlookHeader(lines: string[], index: number): boolean {
    if (!HEADER_FROM.test(lines[index])) return false;
    let sent = false;
    let toOrSubject = false;
    for (let next = index + 1; next < Math.min(lines.length, index + 6); next++) {
        if (HEADER_SENT.test(lines[next])) sent = true;
        if (HEADER_TO_SUBJECT.test(lines[next])) toOrSubject = true;
    }
    return sent && toOrSubject;
}

/** Index of the first line of a trailing block made of ">" lines and blank lines, or -1. */
function trailingQuoteStart(lines: string[]): number {
    let start = -1;
    for (let index = lines.length - 1; index >= 0; index--) {
        const line = lines[index];
        if (QUOTE_LINE.test(line)) start = index;
        else if (line.trim() !== '') break;
    }
    return start;
}

function headerStart(lines: string[]): number {
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index];
        if (ORIGINAL_MESSAGE.test(line) || FORWARDED.test(line)) return index;
        if (
            UNDERSCORES.test(line) &&
            index + 1 < lines.length &&
            isOutlookHeader(lines, index + 1)
        ) {
            return index;
        }
        if (isOutlookHeader(lines, index)) return index;
        if (isReplyHeader(lines, index)) return index;
        const twoLines =
            line.trim() !== '' && index + 1 < lines.length ? `${line} ${lines[index + 1]}` : '';
        if (
            twoLines &&
            REPLY_HEADER.test(twoLines) &&
            looksLikeAttribution(twoLines) &&
            nextContentIsQuote(lines, index + 1)
        ) {
            return index;
        }
    }
    return -1;
}

/** Splits a plain-text body into what the author wrote and the quoted history below it. */
export function splitQuoted(text: string): QuoteSplit {
    if (typeof text !== 'string' || text.length === 0 || text.length > MAX_SCANNED) {
        return { main: typeof text === 'string' ? text : '' };
    }
    const lines = text.split(/\r\n|\r|\n/);
    const candidates = [headerStart(lines), trailingQuoteStart(lines)].filter((index) => index > 0);
    if (candidates.length === 0) return { main: text };
    let start = Math.min(...candidates);
    // A reply header right above ">" lines belongs to the quote.
    if (start > 0 && isReplyHeader(lines, start - 1)) start -= 1;
    const main = lines.slice(0, start).join('\n').replace(/\s+$/, '');
    if (main.trim() === '') return { main: text };
    return {
        main,
        quoted: lines
            .slice(start)
            .join('\n')
            .replace(/^(?:[ \t]*\n)+/, '')
    };
}
