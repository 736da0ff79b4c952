// Custom Label values for `@salesforce/label/c.*`, read from the package's CustomLabels metadata (the same file the
// org gets), so the preview shows exactly the shipped texts.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const parser = new XMLParser({
    ignoreAttributes: true,
    isArray: (name) => name === 'labels',
    parseTagValue: false
});

export function labelFiles(labelsDir: string): string[] {
    if (!existsSync(labelsDir)) return [];
    return readdirSync(labelsDir)
        .filter((f) => f.endsWith('.labels-meta.xml'))
        .map((f) => join(labelsDir, f));
}

export function readLabels(labelsDir: string): Map<string, string> {
    const labels = new Map<string, string>();
    for (const file of labelFiles(labelsDir)) {
        const doc = parser.parse(readFileSync(file, 'utf8')) as {
            CustomLabels?: { labels?: Array<{ fullName: string; value?: string }> };
        };
        for (const label of doc.CustomLabels?.labels ?? [])
            labels.set(String(label.fullName), String(label.value ?? ''));
    }
    return labels;
}
