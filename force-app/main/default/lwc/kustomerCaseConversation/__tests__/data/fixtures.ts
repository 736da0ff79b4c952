// Contract-shaped Apex results (docs/contract.md, minimised JSON:API) built from fixtures/kustomer.
export const CONVERSATION_RESULT = {
    conversation: {
        type: 'conversation',
        id: '67cef0e3e65f7015ca3a91c6',
        attributes: {
            name: 'Cracked tent pole - order #A-48213',
            status: 'open',
            priority: 3,
            channels: ['email', 'chat', 'sms'],
            messageCount: 8,
            noteCount: 1,
            assignedUsers: ['602e93b0c0c2253b073a91c3'],
            createdAt: '2025-03-10T14:02:11.925Z',
            updatedAt: '2025-03-12T09:41:03.240Z',
            lastMessageAt: '2025-03-11T16:52:40.009Z',
            lastActivityAt: '2025-03-12T09:41:03.212Z',
            satisfactionLevel: {
                status: 'rated',
                score: 1,
                rating: 5,
                sentBy: '602e93b0c0c2253b073a91c3'
            },
            firstMessageOut: {
                createdBy: '602e93b0c0c2253b073a91c3'
            },
            lastMessageOut: {
                id: '67d06a58a2d34de3643a91d4',
                sentAt: '2025-03-11T16:52:40.009Z',
                createdBy: '602e93b0c0c2253b073a91c3'
            },
            lastMessageIn: {
                id: '67cf01bb5c08851ce03a91d1',
                sentAt: '2025-03-10T15:14:02.000Z'
            },
            firstResponse: {
                createdBy: '602e93b0c0c2253b073a91c3'
            }
        },
        relationships: {
            customer: {
                data: {
                    id: '654368bc187ce5da4e3a91c2'
                }
            }
        }
    },
    notes: {
        status: 'OK',
        page: 1,
        hasMore: false,
        data: [
            {
                type: 'note',
                id: '67cef641b9741a81843a91d6',
                attributes: {
                    body: 'Warehouse confirmed Sage pole section in stock (bin C-14). Shipping replacement, no return required.',
                    createdAt: '2025-03-10T14:25:05.777Z',
                    updatedAt: '2025-03-10T14:25:05.777Z'
                },
                relationships: {
                    createdBy: {
                        data: {
                            id: '602e93b0c0c2253b073a91c3'
                        }
                    }
                }
            }
        ],
        fetchedAt: '2025-03-12T10:38:00.000Z'
    },
    case: {
        conversationUrl: 'https://acme.kustomerapp.com/app/conversations/67cef0e3e65f7015ca3a91c6',
        assigneeNames: 'Priya Shah'
    },
    fetchedAt: '2025-03-12T10:38:00.000Z'
};

export const MESSAGES_PAGE_1 = {
    page: 1,
    pageSize: 5,
    hasNext: true,
    hasPrev: false,
    data: [
        {
            type: 'message',
            id: '67cef0e4153ef1d78f3a91ca',
            attributes: {
                channel: 'email',
                direction: 'in',
                directionType: 'initial-in',
                preview:
                    "Hi Acme team,\n\nMy order #A-48213 arrived yesterday but the tent pole section is cracked (photo below). I've attached the invoice. Can you send a replacement pole or should I return the whole tent?\n\n[image: IMG_2231.jpg]\n\nThanks,\nJordan Rivera",
                subject: 'Cracked tent pole - order #A-48213',
                status: 'received',
                auto: false,
                redacted: false,
                sentAt: '2025-03-10T14:01:58.000Z',
                createdAt: '2025-03-10T14:02:12.041Z',
                size: 242,
                htmlBody:
                    '<div dir="ltr"><p>Hi Acme team,</p><p>My order <b>#A-48213</b> arrived yesterday but the tent pole section is cracked (photo below). I&#39;ve attached the invoice. Can you send a replacement pole or should I return the whole tent?</p><p><img src="cid:ii_m81x2k0c0" alt="IMG_2231.jpg" width="480"></p><p>Thanks,<br>Jordan Rivera</p></div>',
                meta: {
                    subject: 'Cracked tent pole - order #A-48213',
                    from: 'jordan.rivera@example.com',
                    to: [
                        {
                            email: 'support@acme-outdoor.example'
                        }
                    ],
                    cc: []
                }
            },
            relationships: {
                customer: {
                    data: {
                        id: '654368bc187ce5da4e3a91c2'
                    }
                },
                attachments: {
                    data: [
                        {
                            id: '67cef0e4734035f6f13a91cb'
                        },
                        {
                            id: '67cef0e49c3c92b7513a91cc'
                        }
                    ]
                }
            }
        },
        {
            type: 'message',
            id: '67cef52f12ae3ad0fa3a91cd',
            attributes: {
                channel: 'email',
                direction: 'out',
                directionType: 'response-out',
                preview:
                    "Hi Jordan,\n\nSorry about that! I've reserved a replacement pole section for you. Could you confirm the color of the tent (Sage or Sand) so we ship the right one?\n\nBest,\nPriya\nAcme Outdoor Support",
                subject: 'Re: Cracked tent pole - order #A-48213',
                status: 'sent',
                auto: false,
                redacted: false,
                sentAt: '2025-03-10T14:20:31.507Z',
                createdAt: '2025-03-10T14:20:31.552Z',
                size: 194,
                meta: {
                    subject: 'Re: Cracked tent pole - order #A-48213',
                    from: 'support@acme-outdoor.example',
                    to: [
                        {
                            email: 'jordan.rivera@example.com'
                        }
                    ],
                    cc: []
                }
            },
            relationships: {
                customer: {
                    data: {
                        id: '654368bc187ce5da4e3a91c2'
                    }
                },
                createdBy: {
                    data: {
                        id: '602e93b0c0c2253b073a91c3'
                    }
                }
            }
        },
        {
            type: 'message',
            id: '67ceffc8ad9cc3df7f3a91ce',
            attributes: {
                channel: 'chat',
                direction: 'in',
                directionType: 'response-in',
                preview:
                    "Hi, it's Jordan again - it's the Sage one. Also is there a way to track when it ships?",
                status: 'received',
                auto: false,
                redacted: false,
                sentAt: '2025-03-10T15:05:44.118Z',
                createdAt: '2025-03-10T15:05:44.201Z',
                size: 86
            },
            relationships: {
                customer: {
                    data: {
                        id: '654368bc187ce5da4e3a91c2'
                    }
                }
            }
        },
        {
            type: 'message',
            id: '67cf0016c9744ea1883a91cf',
            attributes: {
                channel: 'chat',
                direction: 'out',
                directionType: 'response-out',
                preview:
                    "Got it, Sage it is. You'll get a tracking link by text as soon as the label is created (usually within 24h).",
                status: 'sent',
                auto: false,
                redacted: false,
                sentAt: '2025-03-10T15:07:02.390Z',
                createdAt: '2025-03-10T15:07:02.433Z',
                size: 108
            },
            relationships: {
                customer: {
                    data: {
                        id: '654368bc187ce5da4e3a91c2'
                    }
                },
                createdBy: {
                    data: {
                        id: '602e93b0c0c2253b073a91c3'
                    }
                }
            }
        },
        {
            type: 'message',
            id: '67cf015309e7b8a0403a91d0',
            attributes: {
                channel: 'sms',
                direction: 'in',
                directionType: 'response-in',
                preview: 'Thanks! Please text updates to this number.',
                status: 'received',
                auto: false,
                redacted: false,
                sentAt: '2025-03-10T15:12:19.000Z',
                createdAt: '2025-03-10T15:12:19.874Z',
                size: 43,
                meta: {
                    from: '+15035550142',
                    to: '+18885550100'
                }
            },
            relationships: {
                customer: {
                    data: {
                        id: '654368bc187ce5da4e3a91c2'
                    }
                }
            }
        }
    ],
    included: [
        {
            type: 'attachment',
            id: '67cef0e4734035f6f13a91cb',
            attributes: {
                name: 'invoice-A-48213.pdf',
                contentType: 'application/pdf',
                contentLength: 48213,
                redacted: false
            },
            relationships: {
                message: {
                    data: {
                        id: '67cef0e4153ef1d78f3a91ca'
                    }
                }
            }
        },
        {
            type: 'attachment',
            id: '67cef0e49c3c92b7513a91cc',
            attributes: {
                name: 'IMG_2231.jpg',
                contentType: 'image/jpeg',
                contentLength: 812344,
                redacted: false
            },
            relationships: {
                message: {
                    data: {
                        id: '67cef0e4153ef1d78f3a91ca'
                    }
                }
            }
        }
    ],
    people: [
        {
            type: 'user',
            id: '602e93b0c0c2253b073a91c3',
            attributes: {
                displayName: 'Priya S.',
                name: 'Priya Shah',
                avatarUrl: 'https://cdn.example.com/avatars/priya-shah-128.png'
            }
        },
        {
            type: 'customer',
            id: '654368bc187ce5da4e3a91c2',
            attributes: {
                displayName: 'Jordan Rivera',
                name: 'Jordan Rivera'
            }
        }
    ],
    fetchedAt: '2025-03-12T10:38:00.000Z'
};

export const MESSAGES_PAGE_2 = {
    page: 2,
    pageSize: 5,
    hasNext: false,
    hasPrev: true,
    data: [
        {
            type: 'message',
            id: '67cf01bb5c08851ce03a91d1',
            attributes: {
                channel: 'sms',
                direction: 'in',
                directionType: 'followup-in',
                preview: "Here's the serial number sticker in case you need it.",
                status: 'received',
                auto: false,
                redacted: false,
                sentAt: '2025-03-10T15:14:02.000Z',
                createdAt: '2025-03-10T15:14:03.310Z',
                size: 53,
                meta: {
                    from: '+15035550142',
                    to: '+18885550100'
                }
            },
            relationships: {
                customer: {
                    data: {
                        id: '654368bc187ce5da4e3a91c2'
                    }
                },
                attachments: {
                    data: [
                        {
                            id: '67cf01bb9d338e87533a91d2'
                        }
                    ]
                }
            }
        },
        {
            type: 'message',
            id: '67d0689629285c67e33a91d3',
            attributes: {
                channel: 'sms',
                direction: 'out',
                directionType: 'response-out',
                preview:
                    'Perfect, thanks Jordan. Your replacement pole ships today - tracking: 1Z999AA10123456784',
                status: 'sent',
                auto: false,
                redacted: false,
                sentAt: '2025-03-11T16:45:10.201Z',
                createdAt: '2025-03-11T16:45:10.236Z',
                size: 88,
                meta: {
                    from: '+18885550100',
                    to: '+15035550142'
                }
            },
            relationships: {
                customer: {
                    data: {
                        id: '654368bc187ce5da4e3a91c2'
                    }
                },
                createdBy: {
                    data: {
                        id: '602e93b0c0c2253b073a91c3'
                    }
                }
            }
        },
        {
            type: 'message',
            id: '67d06a58a2d34de3643a91d4',
            attributes: {
                channel: 'email',
                direction: 'out',
                directionType: 'followup-out',
                preview:
                    "Hi Jordan,\n\nFollowing up by email as well: your replacement pole is on the way. I've attached a prepaid return label in case you'd like to send the cracked section back for recycling (optional).\n\nBest,\nPriya\nAcme Outdoor Support",
                subject: 'Re: Cracked tent pole - order #A-48213',
                status: 'sent',
                auto: false,
                redacted: false,
                sentAt: '2025-03-11T16:52:40.009Z',
                createdAt: '2025-03-11T16:52:40.061Z',
                size: 228,
                meta: {
                    subject: 'Re: Cracked tent pole - order #A-48213',
                    from: 'support@acme-outdoor.example',
                    to: [
                        {
                            email: 'jordan.rivera@example.com'
                        }
                    ],
                    cc: []
                }
            },
            relationships: {
                customer: {
                    data: {
                        id: '654368bc187ce5da4e3a91c2'
                    }
                },
                createdBy: {
                    data: {
                        id: '602e93b0c0c2253b073a91c3'
                    }
                },
                attachments: {
                    data: [
                        {
                            id: '67d06a5870578bfd2c3a91d5'
                        }
                    ]
                }
            }
        }
    ],
    included: [
        {
            type: 'attachment',
            id: '67cf01bb9d338e87533a91d2',
            attributes: {
                name: 'MMS_20250310_151402.jpg',
                contentType: 'image/jpeg',
                contentLength: 203117,
                redacted: false
            },
            relationships: {
                message: {
                    data: {
                        id: '67cf01bb5c08851ce03a91d1'
                    }
                }
            }
        },
        {
            type: 'attachment',
            id: '67d06a5870578bfd2c3a91d5',
            attributes: {
                name: 'return-label-A-48213.pdf',
                contentType: 'application/pdf',
                contentLength: 61877,
                redacted: false
            },
            relationships: {
                message: {
                    data: {
                        id: '67d06a58a2d34de3643a91d4'
                    }
                }
            }
        }
    ],
    people: [
        {
            type: 'user',
            id: '602e93b0c0c2253b073a91c3',
            attributes: {
                displayName: 'Priya S.',
                name: 'Priya Shah',
                avatarUrl: 'https://cdn.example.com/avatars/priya-shah-128.png'
            }
        },
        {
            type: 'customer',
            id: '654368bc187ce5da4e3a91c2',
            attributes: {
                displayName: 'Jordan Rivera',
                name: 'Jordan Rivera'
            }
        }
    ],
    fetchedAt: '2025-03-12T10:38:00.000Z'
};

export const ATTACHMENT_LINK = {
    url: 'https://kustomer-prod1-attachments.s3.amazonaws.com/5cf50bc03f46c548ab3a91c1/67cef0e4734035f6f13a91cb/invoice-A-48213.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAEXAMPLEEXAMPLE%2F20250312%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20250312T101500Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host&X-Amz-Signature=0000000000000000000000000000000000000000000000000000000000000000',
    fetchedAt: '2025-03-12T10:39:00.000Z'
};
