// A transport that plays a golden case's exchanges and reports every departure from them: a request not listed or
// out of order, a round whose requests were not sent together, a request sent before the previous round was
// answered, an Authorization header, and (via remaining()) listed requests never made.
import type { TransportRequest, TransportResponse } from '../transport.ts';
import type { GoldenExchange } from './golden-file.ts';

export interface ScriptedTransport {
    transport: (request: TransportRequest) => Promise<TransportResponse>;
    problems: string[];
    remaining(): GoldenExchange[];
}

const NOT_SCRIPTED: TransportResponse = { status: 599, headers: {}, bodyText: 'not scripted' };

export function scriptedTransport(exchanges: GoldenExchange[]): ScriptedTransport {
    const problems: string[] = [];
    let next = 0;
    const delivered = new Set<number>();
    const waiting = new Map<number, Array<() => void>>();
    const roundSize = (round: number) => exchanges.filter((e) => e.round === round).length;

    function deliver(round: number): void {
        if (delivered.has(round)) return;
        delivered.add(round);
        for (const resolve of waiting.get(round) ?? []) resolve();
        waiting.delete(round);
    }

    function transport(request: TransportRequest): Promise<TransportResponse> {
        const sent = `${request.method} ${request.path}`;
        if (request.headers.Accept !== 'application/json')
            problems.push(`${sent}: no Accept header`);
        if (Object.keys(request.headers).some((name) => name.toLowerCase() === 'authorization')) {
            problems.push(`${sent}: sets Authorization`);
        }
        const exchange = exchanges[next];
        if (!exchange) {
            problems.push(`unexpected request ${sent}`);
            return Promise.resolve(NOT_SCRIPTED);
        }
        next++;
        if (exchange.request !== sent) problems.push(`expected ${exchange.request}, got ${sent}`);
        if (request.round !== exchange.round) {
            problems.push(
                `${sent}: stand-in says round ${request.round}, expected ${exchange.round}`
            );
        }
        const earlier = exchanges.filter(
            (e) => e.round < exchange.round && !delivered.has(e.round)
        );
        if (earlier.length > 0) {
            problems.push(`${sent}: sent before round ${earlier[0].round} was answered`);
        }
        const round = exchange.round;
        if (delivered.has(round)) {
            problems.push(`${sent}: sent after the other requests of round ${round} were answered`);
            return Promise.resolve(exchange.response);
        }
        const answered = new Promise<TransportResponse>((resolve) => {
            const list = waiting.get(round) ?? [];
            list.push(() => resolve(exchange.response));
            waiting.set(round, list);
        });
        const arrived = exchanges.slice(0, next).filter((e) => e.round === round).length;
        if (arrived === roundSize(round)) {
            setTimeout(() => deliver(round));
        } else {
            // The requests of one round go out together (Promise.all): all of them before the next macrotask.
            setTimeout(() => {
                if (delivered.has(round)) return;
                const sentSoFar = exchanges.slice(0, next).filter((e) => e.round === round).length;
                if (sentSoFar < roundSize(round)) {
                    problems.push(
                        `round ${round}: ${sentSoFar} of ${roundSize(round)} requests sent together`
                    );
                    deliver(round);
                }
            });
        }
        return answered;
    }

    return { transport, problems, remaining: () => exchanges.slice(next) };
}
