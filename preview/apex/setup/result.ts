// KustomerSetupResult.cls in TypeScript: one setup check's answer (status, code, detail, fix and its Setup page,
// items) and the label formatting the Apex does (String.format after escaping apostrophes).
export type SetupStatus = 'PASS' | 'WARN' | 'FAIL' | 'SKIP';

export const PASS: SetupStatus = 'PASS';
export const WARN: SetupStatus = 'WARN';
export const FAIL: SetupStatus = 'FAIL';
export const SKIP: SetupStatus = 'SKIP';
const SEVERITY: SetupStatus[] = [PASS, SKIP, WARN, FAIL];

export interface SetupItem {
    name: string;
    status: SetupStatus;
    detail: string;
}

/** The JSON the component parses (absent fields left out, as JSON.serialize(this, true) does). */
export type SetupResultJson = Pick<SetupResult, 'status' | 'code' | 'detail'> &
    Partial<Pick<SetupResult, 'fix' | 'fixUrl' | 'items'>>;

export class SetupResult {
    status: SetupStatus;
    code: string;
    detail: string;
    fix?: string;
    fixUrl?: string;
    items?: SetupItem[];

    constructor(status: SetupStatus, code: string, detail: string) {
        this.status = status;
        this.code = code;
        this.detail = detail;
    }

    withFix(fix: string | undefined, fixUrl: string | undefined): this {
        this.fix = fix;
        this.fixUrl = fixUrl;
        return this;
    }

    addItem(name: string, status: SetupStatus, detail: string): this {
        (this.items ??= []).push({ name, status, detail });
        return this;
    }

    /** Makes this result say what is wrong; its items stay. */
    becomes(
        status: SetupStatus,
        code: string,
        detail: string,
        fix: string | undefined,
        fixUrl: string | undefined
    ): this {
        this.status = status;
        this.code = code;
        this.detail = detail;
        return this.withFix(fix, fixUrl);
    }

    toJson(): SetupResultJson {
        const json: SetupResultJson = { status: this.status, code: this.code, detail: this.detail };
        if (this.fix !== undefined && this.fix !== null) json.fix = this.fix;
        if (this.fixUrl !== undefined && this.fixUrl !== null) json.fixUrl = this.fixUrl;
        if (this.items) json.items = this.items.map((item) => ({ ...item }));
        return json;
    }
}

export function fail(
    code: string,
    detail: string,
    fix: string | undefined,
    fixUrl: string | undefined
): SetupResult {
    return new SetupResult(FAIL, code, detail).withFix(fix, fixUrl);
}

/** FAIL > WARN > SKIP > PASS. */
export function worst(one: SetupStatus, other: SetupStatus): SetupStatus {
    return SEVERITY.indexOf(one) >= SEVERITY.indexOf(other) ? one : other;
}

/** KustomerSetupResult.format: {0}, {1}... filled with the arguments' text (null as ''); others stay. */
export function format(text: string, ...args: Array<string | number | null | undefined>): string {
    return text.replace(/\{(\d+)\}/g, (whole, index: string) => {
        const position = Number(index);
        if (position >= args.length) return whole;
        const arg = args[position];
        return arg === null || arg === undefined ? '' : String(arg);
    });
}
