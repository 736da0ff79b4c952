// Who may see what: permission sets and groups (every grant names something in the package) and the named
// credential's external credential.
import { childrenNamed, textOf, type XmlElement } from '../../../lib/metadata/index.ts';
import { checkFieldRef, checkObjectRef, type Rule } from './context.ts';

/** PermissionSet and PermissionSetGroup descriptions are 255 characters at most (the deploy truncates nothing). */
const DESCRIPTION_MAX = 255;

function descriptionErrors(doc: XmlElement): string[] {
    const description = textOf(doc, 'description') ?? '';
    return description.length > DESCRIPTION_MAX
        ? [`description is ${description.length} characters; the limit is ${DESCRIPTION_MAX}`]
        : [];
}

export const permissionSetGroup: Rule = (doc, ctx) => {
    const errors = descriptionErrors(doc);
    for (const element of [
        ...childrenNamed(doc, 'permissionSets'),
        ...childrenNamed(doc, 'mutingPermissionSets')
    ]) {
        if (!ctx.index.permissionSets.has(element.text))
            errors.push(
                `permission set group includes permission set '${element.text}' that is not in the package`
            );
    }
    return errors;
};

export const permissionSet: Rule = (doc, ctx) => {
    const errors: string[] = descriptionErrors(doc);
    for (const fp of childrenNamed(doc, 'fieldPermissions')) {
        const field = textOf(fp, 'field') ?? '';
        errors.push(...checkFieldRef(field, ctx, 'permission set'));
        if (textOf(fp, 'editable') === 'true' && textOf(fp, 'readable') !== 'true')
            errors.push(`field permission ${field}: editable needs readable`);
    }
    for (const op of childrenNamed(doc, 'objectPermissions'))
        errors.push(...checkObjectRef(textOf(op, 'object') ?? '', ctx, 'permission set'));
    for (const ca of childrenNamed(doc, 'classAccesses')) {
        const cls = textOf(ca, 'apexClass') ?? '';
        if (!ctx.index.classes.has(cls))
            errors.push(`permission set grants class '${cls}' that is not in the package`);
    }
    for (const ts of childrenNamed(doc, 'tabSettings')) {
        const name = textOf(ts, 'tab') ?? '';
        if (!ctx.index.tabs.has(name) && !name.startsWith('standard-'))
            errors.push(`permission set sets tab '${name}' that is not in the package`);
    }
    for (const rt of childrenNamed(doc, 'recordTypeVisibilities')) {
        const [object, name] = (textOf(rt, 'recordType') ?? '').split('.');
        if (!ctx.index.objects.get(object)?.recordTypes.has(name))
            errors.push(
                `permission set shows record type '${object}.${name}' that is not in the package`
            );
    }
    for (const access of childrenNamed(doc, 'externalCredentialPrincipalAccesses')) {
        const ref = textOf(access, 'externalCredentialPrincipal') ?? '';
        const match = [...ctx.index.externalCredentials].find(([cred, principals]) =>
            [...principals].some((p) => `${cred}-${p}` === ref)
        );
        if (!match)
            errors.push(
                `permission set grants principal '${ref}' (expected <ExternalCredential>-<NamedPrincipal>) that is not in the package`
            );
    }
    for (const cp of childrenNamed(doc, 'customPermissions')) {
        const name = textOf(cp, 'name') ?? '';
        if (!ctx.index.customPermissions.has(name))
            errors.push(
                `permission set grants custom permission '${name}' that is not in the package`
            );
    }
    return errors;
};

export const namedCredential: Rule = (doc, ctx) => {
    const errors: string[] = [];
    for (const param of childrenNamed(doc, 'namedCredentialParameters')) {
        const ext = textOf(param, 'externalCredential');
        if (ext && !ctx.index.externalCredentials.has(ext))
            errors.push(
                `named credential uses external credential '${ext}' that is not in the package`
            );
    }
    return errors;
};
