import { describe, expect, it } from '@jest/globals';
import { splitQuoted } from 'c/kustomerConversationModel';

describe('splitQuoted', () => {
    it('leaves a message without history whole', () => {
        expect(splitQuoted('Hi,\n\nThanks for the update.\nJordan')).toEqual({
            main: 'Hi,\n\nThanks for the update.\nJordan'
        });
    });

    it.each([
        ['English', 'On Mon, Mar 10, 2025 at 2:20 PM Acme Support <support@acme.example> wrote:'],
        ['French', 'Le lun. 10 mars 2025 à 14:20, Acme <support@acme.example> a écrit :'],
        ['German', 'Am Mo., 10. März 2025 um 14:20 Uhr schrieb Acme <support@acme.example>:'],
        ['Spanish', 'El lun, 10 mar 2025 a las 14:20, Acme (<support@acme.example>) escribió:'],
        [
            'Italian',
            'Il giorno lun 10 mar 2025 alle ore 14:20 Acme <support@acme.example> ha scritto:'
        ],
        ['Dutch', 'Op ma 10 mrt 2025 om 14:20 schreef Acme <support@acme.example>:'],
        ['Swedish', 'Den mån 10 mars 2025 kl 14:20 skrev Acme <support@acme.example>:'],
        [
            'Portuguese',
            'Em seg., 10 de mar. de 2025 às 14:20, Acme <support@acme.example> escreveu:'
        ]
    ])('collapses history under a %s reply header', (_language, header) => {
        const text = `Sage, please.\n\n${header}\n> Which colour is your tent?\n> Priya`;
        expect(splitQuoted(text)).toEqual({
            main: 'Sage, please.',
            quoted: `${header}\n> Which colour is your tent?\n> Priya`
        });
    });

    it('collapses an Outlook "-----Original Message-----" block', () => {
        const text =
            'Thanks!\n\n-----Original Message-----\nFrom: Acme\nSent: Monday\nTo: Jordan\nSubject: Re: pole';
        expect(splitQuoted(text).main).toBe('Thanks!');
        expect(splitQuoted(text).quoted).toMatch(/^-----Original Message-----/);
    });

    it('collapses an Outlook From:/Sent:/To: header block (with the underscore rule above it)', () => {
        const text =
            'See attached.\n\n________________________________\nFrom: Acme Support <support@acme.example>\nSent: Monday, March 10, 2025 2:20 PM\nTo: Jordan Rivera\nSubject: RE: Cracked tent pole\n\nHi Jordan';
        expect(splitQuoted(text)).toMatchObject({ main: 'See attached.' });
        expect(splitQuoted(text).quoted?.startsWith('____')).toBe(true);
    });

    it('collapses German Outlook headers (Von/Gesendet/An)', () => {
        const text =
            'Danke.\n\nVon: Acme\nGesendet: Montag, 10. März 2025 14:20\nAn: Jordan\nBetreff: Stange';
        expect(splitQuoted(text).main).toBe('Danke.');
    });

    it('does not mistake a single "From:" line for a header block', () => {
        const text = 'From: the warehouse, we heard the pole shipped.\nThanks';
        expect(splitQuoted(text)).toEqual({ main: text });
    });

    it('collapses trailing ">" quoting', () => {
        const text = 'Yes please.\n\n> Should we ship it?\n>\n> Priya\n';
        expect(splitQuoted(text)).toEqual({
            main: 'Yes please.',
            quoted: '> Should we ship it?\n>\n> Priya\n'
        });
    });

    it('keeps ">" lines in the middle of a message (inline replies) visible', () => {
        const text = '> Which colour?\nSage.\n> Address?\nSame as before.';
        expect(splitQuoted(text)).toEqual({ main: text });
    });

    it('never hides the whole message', () => {
        expect(splitQuoted('> only a quote\n> nothing else')).toEqual({
            main: '> only a quote\n> nothing else'
        });
        const forwarded = '-----Original Message-----\nFrom: a\nSent: b\nTo: c';
        expect(splitQuoted(forwarded)).toEqual({ main: forwarded });
    });

    it('handles CRLF line ends', () => {
        expect(splitQuoted('Ok\r\n\r\nOn Mon, Jordan wrote:\r\n> hi').main).toBe('Ok');
    });
});

describe('splitQuoted keeps ordinary sentences', () => {
    it('does not treat "I wrote:" prose as a reply header', () => {
        const text =
            'Here is what I wrote:\nThe pole is cracked.\nOn Monday I wrote:\nPlease help.';
        expect(splitQuoted(text)).toEqual({ main: text });
    });

    it('accepts a loose attribution right above quoted lines', () => {
        const text = 'Fine.\n\nAcme Support <support@acme.example> wrote:\n> Which colour?';
        expect(splitQuoted(text).main).toBe('Fine.');
    });
});
