// DATA: the hand-written showcase conversation, line by line: every channel, HTML email with quoted history, an
// inline image and a PDF, a failed delivery, a redacted message and a redacted attachment, an automatic survey.
// Content only; showcase.ts turns lines into messages.
import { imageAttachment, pdfAttachment } from './attachment-builders.ts';
import { AGENTS, type Line } from './showcase.ts';

const quote = (who: string, when: string, html: string): string =>
    `<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On ${when}, ${who} wrote:<br></div>` +
    `<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">${html}</blockquote></div>`;

const TRACKING = '1Z999AA10123456784';

export function showcaseLines(customerEmail: string): Line[] {
    const email = (subject: string, direction: 'in' | 'out') => ({
        subject,
        from: direction === 'in' ? customerEmail : 'support@acme-outdoor.example',
        to: [{ email: direction === 'in' ? 'support@acme-outdoor.example' : customerEmail }],
        cc:
            direction === 'out'
                ? [{ email: 'warehouse@acme-outdoor.example', name: 'Acme Warehouse' }]
                : [],
        recipient: { email: 'support@acme.mail.kustomerapp.com', mailboxHash: '' },
        inReplyTo: null
    });
    const first =
        '<div dir="ltr"><p>Hi Acme team,</p><p>My order <b>#A-48213</b> arrived yesterday but the tent pole section is cracked ' +
        '(photo below). I&#39;ve attached the invoice.</p><p><img src="cid:ii_pole_photo" alt="pole-crack.png" width="480"></p>' +
        '<p>Can you send a replacement pole, or should I return the whole tent?</p><p>Thanks,<br>Jordan Rivera</p></div>';
    const reply =
        '<div dir="ltr"><p>Hi Jordan,</p><p>Sorry about that! A replacement <b>Sage 2P front pole</b> ships today. You do not need to return the tent.</p>' +
        '<ul><li>Tracking: <a href="https://www.ups.com/track?tracknum=' +
        TRACKING +
        '">' +
        TRACKING +
        '</a></li><li>Expected delivery: Thursday</li></ul>' +
        '<p>Priya<br>Acme Outdoor Support</p></div>';
    return [
        {
            minutesLater: 0,
            spec: {
                channel: 'email',
                direction: 'in',
                directionType: 'initial-in',
                subject: 'Cracked tent pole - order #A-48213',
                preview:
                    "Hi Acme team,\n\nMy order #A-48213 arrived yesterday but the tent pole section is cracked (photo below). I've attached the invoice.\n\n[image: pole-crack.png]\n\nCan you send a replacement pole, or should I return the whole tent?\n\nThanks,\nJordan Rivera",
                htmlBody: first,
                meta: email('Cracked tent pole - order #A-48213', 'in')
            },
            attach: (id) => [
                imageAttachment(id, 'pole-crack.png', 3, 480, 300),
                pdfAttachment(id, 'invoice-A-48213.pdf', [
                    'Acme Outdoor - Invoice A-48213',
                    'Sage 2P tent ........ $249.00',
                    'Shipping ............ $0.00',
                    'Total ............... $249.00'
                ])
            ]
        },
        {
            minutesLater: 22,
            spec: {
                channel: 'email',
                direction: 'out',
                directionType: 'response-out',
                createdBy: AGENTS.priya,
                subject: 'Re: Cracked tent pole - order #A-48213',
                preview: `Hi Jordan,\n\nSorry about that! A replacement Sage 2P front pole ships today. You do not need to return the tent.\n\n- Tracking: ${TRACKING}\n- Expected delivery: Thursday\n\nPriya\nAcme Outdoor Support\n\nOn Mon, Mar 10, 2025 at 2:01 PM Jordan Rivera <${customerEmail}> wrote:\n> Hi Acme team,\n> My order #A-48213 arrived yesterday but the tent pole section is cracked.`,
                htmlBody:
                    reply +
                    quote(
                        'Jordan Rivera &lt;' + customerEmail + '&gt;',
                        'Mon, Mar 10, 2025 at 2:01 PM',
                        first
                    ),
                meta: email('Re: Cracked tent pole - order #A-48213', 'out')
            }
        },
        {
            minutesLater: 35,
            spec: {
                channel: 'email',
                direction: 'in',
                directionType: 'response-in',
                subject: 'Re: Cracked tent pole - order #A-48213',
                preview: `That was quick, thank you! One more question: does the pole come with a new stuff sack?\n\nJordan\n\nOn Mon, Mar 10, 2025 at 2:23 PM Acme Outdoor Support <support@acme-outdoor.example> wrote:\n> Hi Jordan,\n> Sorry about that! A replacement Sage 2P front pole ships today.\n>\n> On Mon, Mar 10, 2025 at 2:01 PM Jordan Rivera wrote:\n>> Hi Acme team,\n>> My order #A-48213 arrived yesterday.`,
                htmlBody:
                    '<div dir="ltr">That was quick, thank you! One more question: does the pole come with a new stuff sack?<br><br>Jordan</div>' +
                    quote(
                        'Acme Outdoor Support &lt;support@acme-outdoor.example&gt;',
                        'Mon, Mar 10, 2025 at 2:23 PM',
                        reply + quote('Jordan Rivera', 'Mon, Mar 10, 2025 at 2:01 PM', first)
                    ),
                meta: email('Re: Cracked tent pole - order #A-48213', 'in')
            }
        },
        {
            minutesLater: 41,
            spec: {
                channel: 'chat',
                direction: 'in',
                directionType: 'followup-in',
                preview: 'Hi! Following up on my email from earlier about the tent pole 🙂'
            }
        },
        {
            minutesLater: 42,
            spec: {
                channel: 'chat',
                direction: 'out',
                directionType: 'response-out',
                createdBy: AGENTS.marcus,
                preview:
                    'Hi Jordan, Marcus here. Yes, the replacement includes a new stuff sack. Anything else I can help with?'
            }
        },
        {
            minutesLater: 44,
            spec: {
                channel: 'chat',
                direction: 'in',
                directionType: 'response-in',
                preview: 'Nope, that was it. Thanks Marcus!'
            }
        },
        {
            minutesLater: 75,
            spec: {
                channel: 'sms',
                direction: 'in',
                directionType: 'followup-in',
                preview: "Here's the serial number sticker in case you need it.",
                meta: {
                    from: '+15035550142',
                    to: '+18885550100',
                    proxy: '+18885550100',
                    attachmentNum: 1
                }
            },
            attach: (id) => [imageAttachment(id, 'serial-sticker.png', 11, 320, 200)]
        },
        {
            minutesLater: 78,
            spec: {
                channel: 'sms',
                direction: 'out',
                directionType: 'response-out',
                createdBy: AGENTS.priya,
                preview: `Perfect, thanks Jordan. Your replacement pole ships today - tracking: ${TRACKING}`,
                meta: { from: '+18885550100', to: '+15035550142' }
            }
        },
        {
            minutesLater: 1440,
            spec: {
                channel: 'whatsapp',
                direction: 'in',
                directionType: 'followup-in',
                preview: 'The pole arrived, here it is set up!',
                meta: {
                    from: 'whatsapp:+15035550142',
                    to: 'whatsapp:+18885550100',
                    attachmentNum: 1
                }
            },
            attach: (id) => [imageAttachment(id, 'tent-setup.png', 23, 400, 260)]
        },
        {
            minutesLater: 1452,
            spec: {
                channel: 'whatsapp',
                direction: 'out',
                directionType: 'response-out',
                createdBy: AGENTS.aiko,
                preview: 'Looks great! Enjoy the trip 🏕️',
                meta: { from: 'whatsapp:+18885550100', to: 'whatsapp:+15035550142' }
            }
        },
        {
            minutesLater: 1500,
            spec: {
                channel: 'voice',
                direction: 'in',
                directionType: 'followup-in',
                preview:
                    'Inbound call, 4 min 12 s. Customer asked about seam sealing for the rainfly; agent explained the warranty covers factory seams.',
                meta: {
                    subject: 'Inbound call',
                    from: '+15035550142',
                    to: '+18885550100',
                    placedAt: '2025-03-11T15:01:00.000Z',
                    status: 'completed',
                    answeredAt: '2025-03-11T15:01:09.000Z',
                    endedAt: '2025-03-11T15:05:21.000Z'
                }
            }
        },
        {
            minutesLater: 1560,
            spec: {
                channel: 'facebook',
                direction: 'in',
                directionType: 'followup-in',
                preview: 'Do you also sell footprints for the Sage 2P?',
                meta: { messageType: 'message' }
            }
        },
        {
            minutesLater: 1565,
            spec: {
                channel: 'facebook',
                direction: 'out',
                directionType: 'response-out',
                createdBy: AGENTS.devon,
                preview: 'We do: the Sage 2P footprint is item FP-220, $39.',
                meta: { messageType: 'message' }
            }
        },
        {
            minutesLater: 1600,
            spec: {
                channel: 'instagram',
                direction: 'in',
                directionType: 'followup-in',
                preview: 'Tagged you in my trip photos!',
                meta: { messageType: 'message' }
            }
        },
        {
            minutesLater: 1601,
            spec: {
                channel: 'instagram-comment',
                direction: 'in',
                directionType: 'followup-in',
                preview: 'Best tent I have owned 👏',
                meta: { permalink: 'https://www.instagram.com/p/Cexample/', messageType: 'comment' }
            }
        },
        {
            minutesLater: 1620,
            spec: {
                channel: 'twitter-dm',
                direction: 'in',
                directionType: 'followup-in',
                preview: 'Quick one: is the pole warranty transferable?',
                meta: { messageType: 'dm' }
            }
        },
        {
            minutesLater: 1625,
            spec: {
                channel: 'twitter-tweet',
                direction: 'out',
                directionType: 'response-out',
                createdBy: AGENTS.priya,
                preview: '@jordanrivera Thanks for the shout-out! Happy camping ⛺',
                meta: { permalink: 'https://twitter.com/acme/status/1', messageType: 'tweet' }
            }
        },
        {
            minutesLater: 1700,
            spec: {
                channel: 'form',
                direction: 'in',
                directionType: 'followup-in',
                subject: 'Warranty registration',
                preview: 'Product: Sage 2P\nSerial: SG2P-2291-0042\nPurchase date: 2025-03-01'
            }
        },
        {
            minutesLater: 1710,
            spec: {
                channel: 'email',
                direction: 'out',
                directionType: 'followup-out',
                createdBy: AGENTS.priya,
                status: 'error',
                subject: 'Your warranty is registered',
                preview: 'Hi Jordan, your Sage 2P warranty is registered until March 2030.',
                error: {
                    status: 550,
                    code: 'mailbox_unavailable',
                    title: 'Delivery failed',
                    detail: 'The recipient mailbox is full.'
                },
                meta: email('Your warranty is registered', 'out')
            }
        },
        {
            minutesLater: 1712,
            spec: {
                channel: 'email',
                direction: 'in',
                directionType: 'followup-in',
                redacted: true,
                subject: 'Card details',
                preview: '[redacted]',
                meta: email('Card details', 'in')
            },
            attach: (id) => [
                { ...pdfAttachment(id, 'card-scan.pdf', ['redacted']), redacted: true }
            ]
        },
        {
            minutesLater: 2880,
            spec: {
                channel: 'email',
                direction: 'out',
                directionType: 'followup-out',
                auto: true,
                subject: 'How did we do?',
                preview:
                    'How would you rate the support you received? Reply with a number from 1 to 5.',
                meta: email('How did we do?', 'out')
            }
        },
        {
            minutesLater: 2950,
            spec: {
                channel: 'chat',
                direction: 'in',
                directionType: 'followup-in',
                preview: '5 - super quick and friendly, thanks!'
            }
        }
    ];
}
