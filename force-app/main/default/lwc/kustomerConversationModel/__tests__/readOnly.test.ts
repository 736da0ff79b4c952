// The viewer is strictly read-only and never puts untrusted markup anywhere but lightning-formatted-rich-text.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const LWC = join(process.cwd(), 'force-app', 'main', 'default', 'lwc');
const BUNDLES = readdirSync(LWC).filter(
    (name) => /^kustomer(?:Case|Conversation)/.test(name) && name !== 'kustomerSetup'
);

function files(extension: string): Array<[string, string]> {
    return BUNDLES.flatMap((bundle) =>
        readdirSync(join(LWC, bundle))
            .filter((file) => file.endsWith(extension) && !file.endsWith('.d.ts'))
            .map((file): [string, string] => [
                `${bundle}/${file}`,
                readFileSync(join(LWC, bundle, file), 'utf8')
            ])
    );
}

const READ_METHODS = [
    '@salesforce/apexContinuation/KustomerConversationController.getConversation',
    '@salesforce/apexContinuation/KustomerConversationController.getMessages',
    '@salesforce/apexContinuation/KustomerConversationController.getPeople',
    '@salesforce/apex/KustomerConversationController.getNotes',
    '@salesforce/apex/KustomerConversationController.getAttachmentLink'
];

const ALLOWED_MODULES = [
    /^lwc$/,
    /^c\/kustomer[A-Za-z]+$/,
    /^\.\/[A-Za-z]+(?:\.ts)?$/,
    /^@salesforce\/label\/c\.Viewer_[A-Za-z_]+$/,
    /^@salesforce\/i18n\/(?:locale|timeZone)$/,
    /^@salesforce\/customPermission\/Kustomer_Manage_Setup$/,
    /^@salesforce\/client\/formFactor$/,
    /^@salesforce\/user\/Id$/,
    /^@salesforce\/schema\/Case\.[A-Za-z_.]+$/,
    /^lightning\/navigation$/,
    /^lightning\/uiRecordApi$/
];

/** The only Lightning Data Service functions the viewer may use: reading the Case. */
const READ_RECORD_API = [
    'getRecord',
    'getFieldValue',
    'getFieldDisplayValue',
    'RecordRepresentation'
];

function imports(source: string): string[] {
    return Array.from(
        source.matchAll(/(?:^|\n)\s*import\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/g)
    ).map((match) => match[1]);
}

describe('read-only viewer', () => {
    const sources = files('.ts');

    it('has sources to check', () => {
        expect(sources.length).toBeGreaterThan(10);
    });

    it.each(files('.ts'))('%s imports only read-only modules', (_name, source) => {
        for (const module of imports(source)) {
            const allowed =
                READ_METHODS.includes(module) ||
                ALLOWED_MODULES.some((pattern) => pattern.test(module));
            expect({ module, allowed }).toEqual({ module, allowed: true });
        }
    });

    it.each(files('.ts'))(
        '%s reads records only (getRecord and its field helpers)',
        (_name, source) => {
            for (const match of source.matchAll(
                /import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'lightning\/uiRecordApi'/g
            )) {
                const names = match[1]
                    .split(',')
                    .map((name) => name.trim().replace(/^type\s+/, ''))
                    .filter(Boolean);
                for (const name of names) expect(READ_RECORD_API).toContain(name);
            }
        }
    );

    it('never writes records or the DOM as HTML', () => {
        const forbidden = [
            /createRecord|updateRecord|deleteRecord|notifyRecordUpdateAvailable/,
            /\.innerHTML\s*\+?=|\.outerHTML|insertAdjacentHTML|document\.write/,
            /\beval\(|new Function\(/,
            /window\.open\(/
        ];
        for (const [name, source] of sources) {
            for (const pattern of forbidden)
                expect({ name, hit: pattern.test(source) }).toEqual({ name, hit: false });
            // Only the sanitiser serialises HTML: the copies it rebuilt inside its own inert document.
            const readsHtml = /\.innerHTML/.test(source);
            expect({ name, readsHtml }).toEqual({
                name,
                readsHtml: name === 'kustomerConversationModel/richText.ts'
            });
        }
    });

    it('templates use no manual DOM, no record forms, and pass rich bodies only to lightning-formatted-rich-text', () => {
        for (const [name, template] of files('.html')) {
            expect({ name, manual: /lwc:dom/.test(template) }).toEqual({ name, manual: false });
            expect({
                name,
                forms: /lightning-(?:record|input-field|input-rich-text)/.test(template)
            }).toEqual({
                name,
                forms: false
            });
            // Bindings of the rich bodies (entry.html, entry.quotedHtml, or the message's bodyHtml and
            // quotedBodyHtml made from them), not flags such as hasHtml.
            const htmlBindings = Array.from(
                template.matchAll(
                    /<([a-z-]+)[^>]*=\{(?:[^}]*\.(?:html|quotedHtml)|bodyHtml|quotedBodyHtml)\}/g
                )
            ).map((m) => m[1]);
            expect(htmlBindings.length).toBe(name.includes('Message') ? 2 : 0);
            for (const tag of htmlBindings)
                expect({ name, tag }).toEqual({ name, tag: 'lightning-formatted-rich-text' });
        }
    });

    it('opens links only in a new tab without an opener', () => {
        for (const [name, template] of files('.html')) {
            for (const anchor of template.match(/<a\b[^>]*>/g) ?? []) {
                if (!/target="_blank"/.test(anchor)) continue;
                expect({ name, rel: /rel="noopener noreferrer"/.test(anchor) }).toEqual({
                    name,
                    rel: true
                });
            }
        }
    });
});
