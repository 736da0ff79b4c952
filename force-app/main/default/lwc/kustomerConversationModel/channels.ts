// Every Kustomer channel with its SLDS icon, its colour and the Custom Label of its name. Kustomer documents email,
// sms, chat, facebook, twitter-dm, twitter-tweet, voice, instagram and whatsapp, and answers with channels nobody can
// create (instagram-comment, form); anything else still gets a sensible icon and its own name shown as text. Each
// catalogued channel has an icon and a colour of its own (a test holds them apart and readable with a white glyph):
// the colour is set through lightning-icon's styling hook, so the icon keeps its meaning and SLDS's look.

export interface ChannelInfo {
    /** Kustomer's channel value, lower-cased; 'unknown' when the message named none. */
    channel: string;
    icon: string;
    /** Background of the icon (the --slds-c-icon-color-background styling hook). */
    color: string;
    labelKey: string;
    /** For channels outside the catalogue: the raw name (shown as text), else undefined. */
    rawName?: string;
    /** Email-like channels show subject, from, to and cc. */
    isEmail: boolean;
}

interface CatalogueEntry {
    icon: string;
    color: string;
    labelKey: string;
    isEmail?: boolean;
}

export const CHANNEL_CATALOGUE: Readonly<Record<string, CatalogueEntry>> = {
    email: {
        icon: 'standard:email',
        color: '#0b5cab',
        labelKey: 'Viewer_Channel_Email',
        isEmail: true
    },
    sms: { icon: 'standard:sms', color: '#2e844a', labelKey: 'Viewer_Channel_Sms' },
    chat: { icon: 'standard:live_chat', color: '#c23e00', labelKey: 'Viewer_Channel_Chat' },
    facebook: { icon: 'standard:social', color: '#1877f2', labelKey: 'Viewer_Channel_Facebook' },
    'twitter-dm': {
        icon: 'standard:messaging_user',
        color: '#14171a',
        labelKey: 'Viewer_Channel_Twitter_Dm'
    },
    'twitter-tweet': {
        icon: 'standard:post',
        color: '#40586e',
        labelKey: 'Viewer_Channel_Twitter_Tweet'
    },
    voice: { icon: 'standard:voice_call', color: '#5a4fcf', labelKey: 'Viewer_Channel_Voice' },
    instagram: { icon: 'standard:photo', color: '#c13584', labelKey: 'Viewer_Channel_Instagram' },
    'instagram-comment': {
        icon: 'standard:feedback',
        color: '#6b2fa0',
        labelKey: 'Viewer_Channel_Instagram_Comment'
    },
    whatsapp: { icon: 'standard:whatsapp', color: '#0f7a6e', labelKey: 'Viewer_Channel_Whatsapp' },
    form: { icon: 'standard:form', color: '#8c5a00', labelKey: 'Viewer_Channel_Form' },
    note: { icon: 'standard:note', color: '#b60554', labelKey: 'Viewer_Channel_Note' }
};

/** Channels outside the catalogue share one neutral colour: their name, shown as text, tells them apart. */
export const OTHER_CHANNEL_COLOR = '#6b6b6b';

/** The inline style that gives a channel's lightning-icon its colour (the icon's background styling hook). */
export function channelIconStyle(channel: ChannelInfo | undefined): string {
    return `--slds-c-icon-color-background: ${channel?.color ?? OTHER_CHANNEL_COLOR}`;
}

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
            color: OTHER_CHANNEL_COLOR,
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
            color: entry.color,
            labelKey: entry.labelKey,
            isEmail: entry.isEmail === true
        };
    }
    const match = FALLBACK_PATTERNS.find(([pattern]) => pattern.test(channel));
    return {
        channel: channel.slice(0, MAX_RAW_NAME),
        icon: match ? match[1] : UNKNOWN_ICON,
        color: OTHER_CHANNEL_COLOR,
        labelKey: 'Viewer_Channel_Other',
        rawName: channel.slice(0, MAX_RAW_NAME),
        isEmail: /mail/.test(channel)
    };
}
