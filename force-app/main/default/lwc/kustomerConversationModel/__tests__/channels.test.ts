import { describe, expect, it } from '@jest/globals';
import { CHANNEL_CATALOGUE, channelInfo } from 'c/kustomerConversationModel';

describe('channelInfo', () => {
    it.each([
        ['email', 'standard:email', 'Viewer_Channel_Email'],
        ['sms', 'standard:sms', 'Viewer_Channel_Sms'],
        ['chat', 'standard:live_chat', 'Viewer_Channel_Chat'],
        ['facebook', 'standard:social', 'Viewer_Channel_Facebook'],
        ['twitter-dm', 'standard:social', 'Viewer_Channel_Twitter_Dm'],
        ['twitter-tweet', 'standard:post', 'Viewer_Channel_Twitter_Tweet'],
        ['voice', 'standard:voice_call', 'Viewer_Channel_Voice'],
        ['instagram', 'standard:social', 'Viewer_Channel_Instagram'],
        ['instagram-comment', 'standard:post', 'Viewer_Channel_Instagram_Comment'],
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
