// The viewer's labels module is generated from the Custom Labels (npm run labels): one table, in the metadata.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { labelsModule, viewerLabelNames } from '../lib/viewer-labels.ts';

const ROOT = process.cwd();

describe('viewer labels module', () => {
    it('is in step with CustomLabels.labels-meta.xml (npm run labels --check)', () => {
        const result = spawnSync(
            process.execPath,
            [join(ROOT, 'scripts', 'viewer-labels.ts'), '--check'],
            { cwd: ROOT, encoding: 'utf8' }
        );
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
    });

    it('imports each Viewer_ label once and lists it in LABELS, in file order', () => {
        const names = viewerLabelNames(ROOT);
        expect(names.length).toBeGreaterThan(100);
        expect(names.every((name) => name.startsWith('Viewer_'))).toBe(true);
        const source = labelsModule(['Viewer_A', 'Viewer_B']);
        expect(source).toContain("import Viewer_A from '@salesforce/label/c.Viewer_A';");
        expect(source).toContain('= { Viewer_A, Viewer_B };');
        expect(source.startsWith('// GENERATED')).toBe(true);
    });
});
