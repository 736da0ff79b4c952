// Every Kustomer channel with its SLDS icon and the Custom Label of its name. Kustomer documents email, sms,
// chat, facebook, twitter-dm, twitter-tweet, voice, instagram and whatsapp, and answers with channels nobody can
// create (instagram-comment, form); anything else still gets a sensible icon and its own name shown as text.

export interface ChannelInfo {
    /** Kustomer's channel value, lower-cased; 'unknown' when the message named none. */
    channel: string;
    icon: string;
    labelKey: string;
    /** For channels outside the catalogue: the raw name (shown as text), else undefined. */
    rawName?: string;
    /** Email-like channels show subject, from, to and cc. */
    isEmail: boolean;
}

interface CatalogueEntry {
    icon: string;
    labelKey: string;
    isEmail?: boolean;
}

export const CHANNEL_CATALOGUE: Readonly<Record<string, CatalogueEntry>> = {
    email: { icon: 'standard:email', labelKey: 'Viewer_Channel_Email', isEmail: true },
    sms: { icon: 'standard:sms', labelKey: 'Viewer_Channel_Sms' },
    chat: { icon: 'standard:live_chat', labelKey: 'Viewer_Channel_Chat' },
    facebook: { icon: 'standard:social', labelKey: 'Viewer_Channel_Facebook' },
    'twitter-dm': { icon: 'standard:social', labelKey: 'Viewer_Channel_Twitter_Dm' },
    'twitter-tweet': { icon: 'standard:post', labelKey: 'Viewer_Channel_Twitter_Tweet' },
    voice: { icon: 'standard:voice_call', labelKey: 'Viewer_Channel_Voice' },
    instagram: { icon: 'standard:social', labelKey: 'Viewer_Channel_Instagram' },
    'instagram-comment': { icon: 'standard:post', labelKey: 'Viewer_Channel_Instagram_Comment' },
    whatsapp: { icon: 'standard:whatsapp', labelKey: 'Viewer_Channel_Whatsapp' },
    form: { icon: 'standard:form', labelKey: 'Viewer_Channel_Form' },
    note: { icon: 'standard:note', labelKey: 'Viewer_Channel_Note' }
};

const FALLBACK_PATTERNS: ReadonlyArray<[RegExp, string]> = [
    [/mail/, 'standard:email'],
    [/sms|mms|text/, 'standard:sms'],
    [/chat|messag|line|wechat|telegram|viber/, 'standard:live_chat'],
    [/comment|post|tweet|review/, 'standard:post'],
    [/facebook|instagram|twitter|social|tiktok|linkedin/, 'standard:social'],
    [/voice|call|phone/, 'standard:voice_call'],
    [/form|survey/, 'standard:form']
];

const UNKNOWN_ICON = 'standard:messaging_conversation';
const MAX_RAW_NAME = 40;

/** Channel info for any value Kustomer might send (never throws, never returns markup). */
export function channelInfo(value: unknown): ChannelInfo {
    const channel = typeof value === 'string' ? value.trim().toLowerCase() : '';
    if (channel === '') {
        return {
            channel: 'unknown',
            icon: UNKNOWN_ICON,
            labelKey: 'Viewer_Channel_Unknown',
            isEmail: false
        };
    }
    const entry = Object.prototype.hasOwnProperty.call(CHANNEL_CATALOGUE, channel)
        ? CHANNEL_CATALOGUE[channel]
        : undefined;
    if (entry) {
        return {
            channel,
            icon: entry.icon,
            labelKey: entry.labelKey,
            isEmail: entry.isEmail === true
        };
    }
    const match = FALLBACK_PATTERNS.find(([pattern]) => pattern.test(channel));
    return {
        channel: channel.slice(0, MAX_RAW_NAME),
        icon: match ? match[1] : UNKNOWN_ICON,
        labelKey: 'Viewer_Channel_Other',
        rawName: channel.slice(0, MAX_RAW_NAME),
        isEmail: /mail/.test(channel)
    };
}
