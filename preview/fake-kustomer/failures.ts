// The failure kinds a demo conversation answers with (model.ts FailureKind): 401, 403, 404, 500, a 429 that opens
// after a few seconds, a timeout, a first request that fails then recovers; and the x-ratelimit-* headers of every
// answer. Each fake server keeps its own state (which flaky endpoints failed once, when the rate limit opens).
import type { FakeConversation } from './model.ts';
import { errorBody, HttpError, internalError, notFound, unauthorized } from './http-errors.ts';

/** Requests per minute the fake's x-ratelimit-* headers announce. */
export const RATE_LIMIT = 1000;

export type FailingEndpoint = 'conversation' | 'messages' | 'notes' | 'message';

export interface Failures {
    failFor(
        conversation: FakeConversation,
        endpoint: FailingEndpoint,
        signal: AbortSignal
    ): Promise<void>;
    rateHeaders(): Record<string, string>;
}

export function createFailures(now: () => number, rateLimitSeconds = 4): Failures {
    const flakyServed = new Set<string>();
    let rateLimitedUntil = 0;
    let window = { start: 0, used: 0 };

    function rateHeaders(): Record<string, string> {
        const t = now();
        if (t - window.start >= 60_000) window = { start: t, used: 0 };
        window.used += 1;
        return {
            'x-ratelimit-limit': String(RATE_LIMIT),
            'x-ratelimit-remaining': String(Math.max(0, RATE_LIMIT - window.used)),
            'x-ratelimit-reset': String(Math.ceil((window.start + 60_000) / 1000))
        };
    }

    /** Applies a conversation's failure kind to a request that touches it. */
    async function failFor(
        conversation: FakeConversation,
        endpoint: FailingEndpoint,
        signal: AbortSignal
    ): Promise<void> {
        switch (conversation.failure) {
            case 'unauthorized':
                throw unauthorized();
            case 'forbidden':
                throw new HttpError(
                    403,
                    errorBody(
                        'legacy',
                        403,
                        'forbidden',
                        'Missing required role: org.permission.conversation.read',
                        'Forbidden'
                    )
                );
            case 'not-found':
                throw notFound(`Conversation ${conversation.id}`);
            case 'server-error':
                throw internalError('An unexpected error occurred');
            case 'notes-forbidden':
                if (endpoint === 'notes')
                    throw new HttpError(
                        403,
                        errorBody(
                            'jsonapi',
                            403,
                            'forbidden',
                            'Missing required role: org.permission.note.read',
                            'Forbidden'
                        )
                    );
                return;
            case 'flaky':
                if (!flakyServed.has(endpoint)) {
                    flakyServed.add(endpoint);
                    throw internalError('Temporary failure, try again');
                }
                return;
            case 'rate-limited': {
                const t = now();
                // Limited for a few seconds after the first hit; re-armed once it has been open for a minute.
                if (rateLimitedUntil === 0 || t > rateLimitedUntil + 60_000)
                    rateLimitedUntil = t + rateLimitSeconds * 1000;
                if (t < rateLimitedUntil) {
                    throw new HttpError(
                        429,
                        errorBody(
                            'jsonapi',
                            429,
                            'too_many_requests',
                            'Rate limit exceeded',
                            'Too Many Requests'
                        ),
                        {
                            'x-ratelimit-limit': String(RATE_LIMIT),
                            'x-ratelimit-remaining': '0',
                            'x-ratelimit-reset': String(Math.ceil(rateLimitedUntil / 1000))
                        }
                    );
                }
                return;
            }
            case 'timeout':
                await new Promise<void>((resolve) => {
                    const timer = setTimeout(resolve, 120_000);
                    signal.addEventListener('abort', () => {
                        clearTimeout(timer);
                        resolve();
                    });
                });
                throw new HttpError(
                    504,
                    errorBody('legacy', 504, 'gateway_timeout', 'Timed out', 'Gateway Timeout')
                );
            default:
        }
    }

    return { failFor, rateHeaders };
}
