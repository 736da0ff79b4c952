import { describe, expect, it } from '@jest/globals';
import { CHANNEL_CATALOGUE, OTHER_CHANNEL_COLOR, channelInfo } from 'c/kustomerConversationModel';

describe('channelInfo', () => {
    it.each([
        ['email', 'standard:email', 'Viewer_Channel_Email'],
        ['sms', 'standard:sms', 'Viewer_Channel_Sms'],
        ['chat', 'standard:live_chat', 'Viewer_Channel_Chat'],
        ['facebook', 'standard:social', 'Viewer_Channel_Facebook'],
        ['twitter-dm', 'standard:messaging_user', 'Viewer_Channel_Twitter_Dm'],
        ['twitter-tweet', 'standard:post', 'Viewer_Channel_Twitter_Tweet'],
        ['voice', 'standard:voice_call', 'Viewer_Channel_Voice'],
        ['instagram', 'standard:photo', 'Viewer_Channel_Instagram'],
        ['instagram-comment', 'standard:feedback', 'Viewer_Channel_Instagram_Comment'],
        ['whatsapp', 'standard:whatsapp', 'Viewer_Channel_Whatsapp'],
        ['form', 'standard:form', 'Viewer_Channel_Form']
    ])('knows %s', (channel, icon, labelKey) => {
        expect(channelInfo(channel)).toMatchObject({ channel, icon, labelKey });
        expect(channelInfo(channel).rawName).toBeUndefined();
    });

    it('is case- and space-insensitive', () => {
        expect(channelInfo(' EMAIL ')).toMatchObject({ channel: 'email', isEmail: true });
    });

    it('only email shows email headers', () => {
        const emailLike = Object.keys(CHANNEL_CATALOGUE).filter(
            (channel) => channelInfo(channel).isEmail
        );
        expect(emailLike).toEqual(['email']);
    });

    it('falls back gracefully for channels outside the catalogue, keeping their name as text', () => {
        expect(channelInfo('line')).toMatchObject({
            icon: 'standard:live_chat',
            labelKey: 'Viewer_Channel_Other',
            rawName: 'line'
        });
        expect(channelInfo('facebook-comment')).toMatchObject({
            icon: 'standard:post',
            rawName: 'facebook-comment'
        });
        expect(channelInfo('tiktok')).toMatchObject({ icon: 'standard:social' });
        expect(channelInfo('zzz')).toMatchObject({
            icon: 'standard:messaging_conversation',
            rawName: 'zzz'
        });
    });

    it('never lets inherited object keys pass as channels', () => {
        expect(channelInfo('constructor')).toMatchObject({ labelKey: 'Viewer_Channel_Other' });
        expect(channelInfo('__proto__')).toMatchObject({ labelKey: 'Viewer_Channel_Other' });
    });

    it('handles missing and mistyped values', () => {
        for (const value of [undefined, null, 42, {}, [], '', '   ']) {
            expect(channelInfo(value)).toMatchObject({
                channel: 'unknown',
                labelKey: 'Viewer_Channel_Unknown'
            });
        }
    });

    it('bounds a huge channel name', () => {
        expect(channelInfo('x'.repeat(5000)).rawName?.length).toBe(40);
    });
});

describe('channel icons and colours', () => {
    const entries = Object.entries(CHANNEL_CATALOGUE);
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const linear = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    const luminance = (hex: string) => {
        const [r, g, b] = rgb(hex).map(linear);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    // CIE L*a*b* (D65), for how far apart two colours look (CIE76 ΔE).
    const lab = (hex: string) => {
        const [r, g, b] = rgb(hex).map(linear);
        const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
        const x = f((r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047);
        const y = f(r * 0.2126 + g * 0.7152 + b * 0.0722);
        const z = f((r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883);
        return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
    };

    it('gives each of the 11 channels (and notes) an icon of its own', () => {
        expect(entries).toHaveLength(12);
        expect(new Set(entries.map(([, entry]) => entry.icon)).size).toBe(entries.length);
    });

    it('repeats no colour: every two channels look clearly different (ΔE ≥ 15)', () => {
        for (const [a, first] of entries) {
            for (const [b, second] of entries) {
                if (a >= b) continue;
                const [l1, a1, b1] = lab(first.color);
                const [l2, a2, b2] = lab(second.color);
                const distance = Math.hypot(l1 - l2, a1 - a2, b1 - b2);
                expect({ pair: `${a}/${b}`, far: distance >= 15 }).toEqual({
                    pair: `${a}/${b}`,
                    far: true
                });
            }
        }
    });

    it('keeps the white glyph readable on every colour (WCAG non-text contrast ≥ 3:1)', () => {
        for (const [, entry] of [...entries, ['other', { color: OTHER_CHANNEL_COLOR }] as const]) {
            expect(1.05 / (luminance(entry.color) + 0.05)).toBeGreaterThanOrEqual(3);
        }
    });
});
