// How the preview reaches Kustomer: the embedded fake (a made-up key per run that, like a real key, never leaves
// this process; the page's latency on every request) or, with KUSTOMER_API_URL + KUSTOMER_API_KEY, a real org.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { fetchTransport, TransportError, type Transport } from '../apex/index.ts';
import { createFakeKustomer, type FakeKustomer } from '../fake-kustomer/server.ts';
import type { PreviewOptions } from './preview-server.ts';
import { scenarioKeys } from './scenarios.ts';

export interface KustomerConnection {
    mode: 'fake' | 'real';
    fake: FakeKustomer | undefined;
    /** The key the fake accepts as the org's own. */
    fakeKey: string;
    transport: Transport;
    /** The page's fake latency (x-fake-latency-ms), set per Apex call through `latency`. */
    latency: AsyncLocalStorage<{ latencyMs?: number }>;
    withLatency: (base: Transport) => Transport;
}

export async function connectKustomer(options: PreviewOptions): Promise<KustomerConnection> {
    const mode: 'fake' | 'real' = options.kustomerApiUrl ? 'real' : 'fake';
    const latency = new AsyncLocalStorage<{ latencyMs?: number }>();
    // The page's fake latency (?latency=) on every request of a fake Kustomer transport.
    const withLatency =
        (base: Transport): Transport =>
        (request) => {
            const perRequest = latency.getStore()?.latencyMs;
            return base(
                perRequest === undefined
                    ? request
                    : {
                          ...request,
                          headers: { ...request.headers, 'x-fake-latency-ms': String(perRequest) }
                      }
            );
        };
    let fake: FakeKustomer | undefined;
    let transport: Transport;
    // The fake checks a key like Kustomer does; it is made up per run and, like a real key, never leaves here.
    const fakeKey = options.fakeApiKey ?? randomBytes(24).toString('base64url');
    if (mode === 'real') {
        const key = options.kustomerApiKey ?? '';
        const real = fetchTransport({
            baseUrl: options.kustomerApiUrl as string,
            headers: { Authorization: `Bearer ${key}` }
        });
        // No key is the preview's "Named Credential without its key": NOT_CONFIGURED, as the org would say.
        transport = key
            ? real
            : () =>
                  Promise.reject(
                      new TransportError('NOT_CONFIGURED', 'KUSTOMER_API_KEY is not set')
                  );
    } else {
        fake = createFakeKustomer({
            apiKey: fakeKey,
            keys: scenarioKeys(fakeKey),
            ...(options.fakeLatencyMs !== undefined ? { latencyMs: options.fakeLatencyMs } : {}),
            ...(options.rateLimitSeconds !== undefined
                ? { rateLimitSeconds: options.rateLimitSeconds }
                : {})
        });
        transport = withLatency(
            fetchTransport({
                baseUrl: await fake.listen(0),
                headers: { Authorization: `Bearer ${fakeKey}` }
            })
        );
    }
    return { mode, fake, fakeKey, transport, latency, withLatency };
}
