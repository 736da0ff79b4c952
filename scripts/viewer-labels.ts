// `npm run labels`: writes kustomerConversationLabels/kustomerConversationLabels.ts, the viewer's one import of each
// Custom Label (the platform wants one `@salesforce/label/c.<Name>` import per label), from the Viewer_ labels of
// CustomLabels.labels-meta.xml in file order, formatted with the project's Prettier config. `--check` writes nothing
// and exits 1 when the file is not what the labels give.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from './contract-tables.ts';
import { LABELS_MODULE, labelsModule, viewerLabelNames } from './lib/viewer-labels.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function main(root: string): Promise<void> {
    const names = viewerLabelNames(root);
    const text = await format(root, LABELS_MODULE, labelsModule(names));
    const file = join(root, LABELS_MODULE);
    if (!process.argv.includes('--check')) {
        writeFileSync(file, text);
        console.log(`labels: wrote ${LABELS_MODULE} (${names.length} labels)`);
        return;
    }
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
        console.error(`Not in step with the Custom Labels: ${LABELS_MODULE}. Run npm run labels.`);
        process.exit(1);
    }
    console.log(`labels: ${LABELS_MODULE} in step (${names.length} labels)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    await main(ROOT);
}
