// The page's config, which the preview server writes into <script type="application/json" id="preview-config">:
// the mode, the scenario (org state) the page runs in, the fake's attachment host, and the page's own data.
export interface PageConfig {
    mode?: 'fake' | 'real';
    page?: 'case' | 'setup';
    scenario?: string;
    attachmentsOrigin?: string;
}

let cached: PageConfig | undefined;

export function pageConfig(): PageConfig {
    if (cached) return cached;
    try {
        cached = JSON.parse(
            document.getElementById('preview-config')?.textContent ?? '{}'
        ) as PageConfig;
    } catch {
        cached = {};
    }
    return cached;
}
