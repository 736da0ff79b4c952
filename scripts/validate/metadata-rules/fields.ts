// Custom fields (type constraints: lengths, picklists, unique and external ids) and record types (their business
// process).
import { basename } from 'node:path';
import { child, textOf } from '../../../lib/metadata/index.ts';
import type { Rule } from './context.ts';

const TEXT_MAX: Record<string, number> = {
    Text: 255,
    EncryptedText: 175,
    LongTextArea: 131072,
    Html: 131072
};
const UNIQUE_TYPES = new Set(['Text', 'Number', 'Email']);
const EXTERNAL_ID_TYPES = new Set(['Text', 'Number', 'Email', 'AutoNumber']);

function objectFolder(file: string): string {
    const parts = file.split(/[\\/]/);
    return parts[parts.length - 3] ?? '';
}

export const customField: Rule = (doc, ctx) => {
    const errors: string[] = [];
    const type = textOf(doc, 'type') ?? '';
    const name = basename(ctx.file, '.field-meta.xml');
    const fullName = textOf(doc, 'fullName');
    if (fullName !== undefined && fullName !== name)
        errors.push(`fullName '${fullName}' does not match the file name '${name}'`);
    // Standard fields (their source files carry only overrides) have no type rules to meet.
    if (!/__c$/.test(name)) return errors;
    if (!textOf(doc, 'label')) errors.push('custom field without <label>');
    if (type in TEXT_MAX) {
        const length = Number(textOf(doc, 'length'));
        if (!textOf(doc, 'length')) errors.push(`${type} field needs <length>`);
        else if (!(length >= 1 && length <= TEXT_MAX[type]))
            errors.push(`${type} length ${length} is outside 1..${TEXT_MAX[type]}`);
    }
    if ((type === 'LongTextArea' || type === 'Html') && !textOf(doc, 'visibleLines'))
        errors.push(`${type} field needs <visibleLines>`);
    if (
        ['Number', 'Currency', 'Percent'].includes(type) &&
        (!textOf(doc, 'precision') || !textOf(doc, 'scale'))
    ) {
        errors.push(`${type} field needs <precision> and <scale>`);
    }
    if (['Picklist', 'MultiselectPicklist'].includes(type) && !child(doc, 'valueSet'))
        errors.push(`${type} field needs <valueSet>`);
    if (
        ['Lookup', 'MasterDetail'].includes(type) &&
        (!textOf(doc, 'referenceTo') || !textOf(doc, 'relationshipName'))
    ) {
        errors.push(`${type} field needs <referenceTo> and <relationshipName>`);
    }
    if (textOf(doc, 'unique') === 'true' && !UNIQUE_TYPES.has(type))
        errors.push(`unique is only allowed on Text, Number or Email fields, not ${type}`);
    if (textOf(doc, 'externalId') === 'true' && !EXTERNAL_ID_TYPES.has(type))
        errors.push(
            `externalId is only allowed on Text, Number, Email or AutoNumber fields, not ${type}`
        );
    if (textOf(doc, 'caseSensitive') === 'true' && textOf(doc, 'unique') !== 'true')
        errors.push('caseSensitive needs unique=true');
    return errors;
};

export const recordType: Rule = (doc, ctx) => {
    const object = objectFolder(ctx.file);
    const process = textOf(doc, 'businessProcess');
    const info = ctx.index.objects.get(object);
    if (process && !info?.businessProcesses.has(process))
        return [
            `business process '${process}' does not exist in objects/${object}/businessProcesses`
        ];
    if (!process && ['Case', 'Lead', 'Opportunity', 'Solution'].includes(object))
        return [`a ${object} record type needs a <businessProcess>`];
    return [];
};
