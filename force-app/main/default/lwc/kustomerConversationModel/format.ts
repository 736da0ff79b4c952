// Times in the Salesforce user's locale and time zone (passed in from @salesforce/i18n, never the browser's),
// day separators, "updated N min ago" and file sizes. Bad locales or zones fall back instead of throwing.

export interface LocaleSettings {
    locale: string;
    timeZone: string;
}

export interface LabelRef {
    key: string;
    args: string[];
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(
    settings: LocaleSettings,
    options: Intl.DateTimeFormatOptions
): Intl.DateTimeFormat {
    const cacheKey = `${settings.locale}|${settings.timeZone}|${JSON.stringify(options)}`;
    let cached = formatters.get(cacheKey);
    if (!cached) {
        cached = createFormatter(settings, options);
        formatters.set(cacheKey, cached);
    }
    return cached;
}

function createFormatter(
    settings: LocaleSettings,
    options: Intl.DateTimeFormatOptions
): Intl.DateTimeFormat {
    const attempts: Array<[string | undefined, string | undefined]> = [
        [settings.locale, settings.timeZone],
        [settings.locale?.replace(/_/g, '-'), settings.timeZone],
        [undefined, settings.timeZone],
        [settings.locale?.replace(/_/g, '-'), 'UTC'],
        [undefined, 'UTC']
    ];
    for (const [locale, timeZone] of attempts) {
        try {
            return new Intl.DateTimeFormat(locale, { ...options, timeZone });
        } catch {
            // try the next, more forgiving combination
        }
    }
    return new Intl.DateTimeFormat(undefined, options);
}

const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const DATE_TIME: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit'
};
const FULL: Intl.DateTimeFormatOptions = {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'short'
};
const DAY: Intl.DateTimeFormatOptions = {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric'
};
const DAY_KEY: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };

function safeFormat(
    time: number,
    settings: LocaleSettings,
    options: Intl.DateTimeFormatOptions
): string {
    if (!Number.isFinite(time)) return '';
    try {
        return formatter(settings, options).format(new Date(time));
    } catch {
        return new Date(time).toISOString();
    }
}

/** Short time of day ("2:01 PM") for a message inside its day group. */
export function formatTime(time: number, settings: LocaleSettings): string {
    return safeFormat(time, settings, TIME);
}

/** Date and time ("Mar 10, 2025, 2:01 PM"). */
export function formatDateTime(time: number, settings: LocaleSettings): string {
    return safeFormat(time, settings, DATE_TIME);
}

/** The full, unambiguous time for hover titles: weekday, date, seconds, zone, and the UTC ISO time. */
export function formatFull(time: number, settings: LocaleSettings): string {
    if (!Number.isFinite(time)) return '';
    return `${safeFormat(time, settings, FULL)} (${new Date(time).toISOString()})`;
}

/** Day separator text ("Monday, March 10, 2025") in the user's time zone. */
export function formatDay(time: number, settings: LocaleSettings): string {
    return safeFormat(time, settings, DAY);
}

/** A key that is equal for two times on the same calendar day in the user's time zone. */
export function dayKey(time: number, settings: LocaleSettings): string {
    if (!Number.isFinite(time)) return 'unknown';
    try {
        const parts = formatter(settings, DAY_KEY).formatToParts(new Date(time));
        const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
        return `${part('year')}-${part('month')}-${part('day')}`;
    } catch {
        return new Date(time).toISOString().slice(0, 10);
    }
}

/** "Updated just now / N min ago / N h ago / at <time>" as a Custom Label key plus its arguments. */
export function freshness(
    fetchedAt: number | undefined,
    now: number,
    settings: LocaleSettings
): LabelRef {
    if (fetchedAt === undefined || !Number.isFinite(fetchedAt))
        return { key: 'Viewer_Updated_Unknown', args: [] };
    const seconds = Math.max(0, Math.round((now - fetchedAt) / 1000));
    if (seconds < 60) return { key: 'Viewer_Updated_Just_Now', args: [] };
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60) return { key: 'Viewer_Updated_Minutes', args: [String(minutes)] };
    const hours = Math.floor(minutes / 60);
    if (hours < 24) return { key: 'Viewer_Updated_Hours', args: [String(hours)] };
    return { key: 'Viewer_Updated_At', args: [formatDateTime(fetchedAt, settings)] };
}

/** Intl.NumberFormat for the user's locale, falling back (bad locale tag, old engine) instead of throwing. */
function numberFormat(
    locale: string,
    options: Intl.NumberFormatOptions
): Intl.NumberFormat | undefined {
    for (const candidate of [locale, locale?.replace(/_/g, '-'), undefined]) {
        try {
            return new Intl.NumberFormat(candidate, options);
        } catch {
            // next candidate
        }
    }
    return undefined;
}

/** A count grouped the user's way: "1,200", "1.200", "1 200". */
export function formatCount(value: number, locale: string): string {
    if (!Number.isFinite(value)) return '';
    return numberFormat(locale, { maximumFractionDigits: 0 })?.format(value) ?? String(value);
}

// SI units, as Intl names them (kB = 1000 bytes).
const UNITS: ReadonlyArray<[number, string]> = [
    [1000 * 1000 * 1000, 'gigabyte'],
    [1000 * 1000, 'megabyte'],
    [1000, 'kilobyte']
];

/** "592 bytes", "48 kB", "1.2 MB" in the user's locale ("1,2 MB", "592 Byte", "592 バイト"); '' when unknown. */
export function formatFileSize(bytes: number | undefined, locale: string): string {
    if (bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return '';
    const [divisor, unit] = UNITS.find(([size]) => bytes >= size) ?? [1, 'byte'];
    const value = bytes / divisor;
    const format = numberFormat(locale, {
        style: 'unit',
        unit,
        // Bytes spelled out ("592 bytes", not "592 byte"); larger units short ("1.2 MB").
        unitDisplay: unit === 'byte' ? 'long' : 'short',
        maximumFractionDigits: value < 10 && divisor > 1 ? 1 : 0
    });
    return format?.format(value) ?? `${Math.round(value)}`;
}
