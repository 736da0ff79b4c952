// `@salesforce/apex/C.m` and `@salesforce/apexContinuation/C.m` in the preview: POST /apex/C.m to the preview
// server, which runs the TypeScript stand-in of the Apex layer. Callable imperatively and as a wire adapter, like
// the platform's. Errors have the platform's shape ({ status, body: { message, exceptionType }, ... }).
// Every call is recorded in window.__preview.apex (timings and bytes) for the browser tests and the benchmark.
// Calls carry the page's scenario (the org state the server runs them in: preview/server/scenarios.ts).
import { pageConfig } from './config.ts';
export interface ApexCallRecord {
    name: string;
    params: unknown;
    sentAt: number;
    receivedAt?: number;
    bytes?: number;
    ok?: boolean;
}

interface PreviewGlobal {
    apex: ApexCallRecord[];
    navigations: unknown[];
    toasts: unknown[];
}

declare global {
    interface Window {
        __preview?: PreviewGlobal;
    }
}

export function previewGlobal(): PreviewGlobal {
    return (window.__preview ??= { apex: [], navigations: [], toasts: [] });
}

const pageParams = new URLSearchParams(window.location.search);

/** The server's per-run token, which it put in the Case page's config: Apex answers only this page. */
function runToken(): string {
    try {
        const config = JSON.parse(document.getElementById('preview-config')?.textContent ?? '{}');
        return typeof config?.apexToken === 'string' ? config.apexToken : '';
    } catch {
        return '';
    }
}

async function invoke(name: string, params: unknown): Promise<unknown> {
    const record: ApexCallRecord = { name, params, sentAt: performance.now() };
    previewGlobal().apex.push(record);
    const headers: Record<string, string> = {
        'content-type': 'application/json',
        'x-preview-token': runToken()
    };
    const latency = pageParams.get('latency');
    if (latency) headers['x-preview-latency-ms'] = latency;
    const scenario = pageConfig().scenario;
    if (scenario) headers['x-preview-scenario'] = scenario;
    // The emulated user's custom permissions (?perm=…), which the stand-in applies as Apex would.
    const perm = pageParams.get('perm');
    if (perm) headers['x-preview-perm'] = perm;
    let response: Response;
    let text: string;
    try {
        response = await fetch(`/apex/${encodeURIComponent(name)}`, {
            method: 'POST',
            headers,
            body: JSON.stringify(params ?? {})
        });
        text = await response.text();
    } catch (error) {
        record.receivedAt = performance.now();
        record.ok = false;
        throw {
            status: 0,
            statusText: 'Network error',
            ok: false,
            headers: {},
            body: {
                message: `Disconnected or Canceled: ${String(error)}`,
                exceptionType: '',
                isUserDefinedException: false,
                stackTrace: ''
            }
        };
    }
    record.receivedAt = performance.now();
    record.bytes = text.length;
    record.ok = response.ok;
    let payload: unknown = null;
    try {
        payload = JSON.parse(text);
    } catch {
        payload = null;
    }
    if (!response.ok) {
        throw (
            payload ?? {
                status: response.status,
                statusText: response.statusText,
                ok: false,
                headers: {},
                body: { message: response.statusText }
            }
        );
    }
    return payload;
}

type DataCallback = (value: { data: unknown; error: unknown }) => void;
const adapterByValue = new WeakMap<object, ApexWireAdapter>();

class ApexWireAdapter {
    private readonly name: string;
    private readonly callback: DataCallback;
    private config: unknown;
    private connected = false;

    constructor(name: string, callback: DataCallback) {
        this.name = name;
        this.callback = callback;
    }

    connect(): void {
        this.connected = true;
    }

    disconnect(): void {
        this.connected = false;
    }

    update(config: unknown): void {
        this.config = config;
        void this.fetch();
    }

    fetch(): Promise<void> {
        return invoke(this.name, this.config).then(
            (data) => this.emit({ data, error: undefined }),
            (error: unknown) => this.emit({ data: undefined, error })
        );
    }

    private emit(value: { data: unknown; error: unknown }): void {
        if (!this.connected) return;
        adapterByValue.set(value, this);
        this.callback(value);
    }
}

export function apexMethod(
    name: string
): ((params?: unknown) => Promise<unknown>) & { adapter: unknown } {
    const method = (params?: unknown) => invoke(name, params);
    return Object.assign(method, {
        adapter: class extends ApexWireAdapter {
            constructor(callback: DataCallback) {
                super(name, callback);
            }
        }
    });
}

/** Re-runs the wire that produced `value` (as the platform's refreshApex does). */
export function refreshApex(value: unknown): Promise<void> {
    const adapter =
        typeof value === 'object' && value !== null ? adapterByValue.get(value) : undefined;
    return adapter ? adapter.fetch() : Promise.resolve();
}

export function getSObjectValue(
    record: Record<string, unknown>,
    field: { fieldApiName: string } | string
): unknown {
    const name = typeof field === 'string' ? field : field.fieldApiName;
    return record[name];
}
