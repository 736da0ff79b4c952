// The Metadata API schema, read from @salesforce/types lib/metadata.d.ts (generated from the Metadata WSDL) with
// the TypeScript compiler API: object types (with their base chain), string-literal enums and primitive aliases.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export type Primitive = 'string' | 'number' | 'boolean';

export interface Member {
    name: string;
    /** 'string' | 'number' | 'boolean' or the name of another type alias. */
    type: string;
    list: boolean;
    optional: boolean;
}

export interface ObjectType {
    kind: 'object';
    name: string;
    bases: string[];
    members: Map<string, Member>;
}

export type SchemaType =
    | ObjectType
    | { kind: 'enum'; name: string; values: string[] }
    | { kind: 'primitive'; name: string; primitive: Primitive };

export interface Schema {
    types: Map<string, SchemaType>;
    /** All members of an object type, its bases' included. */
    membersOf(typeName: string): Map<string, Member>;
    /** True when the type derives from Metadata (can be the root of a -meta.xml). */
    isMetadataType(typeName: string): boolean;
}

function primitiveOf(node: ts.TypeNode): Primitive | undefined {
    if (node.kind === ts.SyntaxKind.StringKeyword) return 'string';
    if (node.kind === ts.SyntaxKind.NumberKeyword) return 'number';
    if (node.kind === ts.SyntaxKind.BooleanKeyword) return 'boolean';
    return undefined;
}

function typeName(node: ts.TypeNode): string {
    const primitive = primitiveOf(node);
    if (primitive) return primitive;
    if (ts.isTypeReferenceNode(node)) return node.typeName.getText();
    return 'string';
}

function readMembers(literal: ts.TypeLiteralNode): Map<string, Member> {
    const members = new Map<string, Member>();
    for (const element of literal.members) {
        if (!ts.isPropertySignature(element) || !element.type) continue;
        const name = element.name.getText();
        const list = ts.isArrayTypeNode(element.type);
        const type = typeName(list ? (element.type as ts.ArrayTypeNode).elementType : element.type);
        members.set(name, { name, type, list, optional: Boolean(element.questionToken) });
    }
    return members;
}

export function parseSchema(source: string): Schema {
    const file = ts.createSourceFile('metadata.d.ts', source, ts.ScriptTarget.Latest, true);
    const types = new Map<string, SchemaType>();
    for (const statement of file.statements) {
        if (!ts.isTypeAliasDeclaration(statement)) continue;
        const name = statement.name.text;
        const node = statement.type;
        const primitive = primitiveOf(node);
        if (primitive) {
            types.set(name, { kind: 'primitive', name, primitive });
        } else if (ts.isUnionTypeNode(node) && node.types.every(ts.isLiteralTypeNode)) {
            const values = node.types.map(
                (t) => ((t as ts.LiteralTypeNode).literal as ts.StringLiteral).text
            );
            types.set(name, { kind: 'enum', name, values });
        } else if (ts.isTypeLiteralNode(node)) {
            types.set(name, { kind: 'object', name, bases: [], members: readMembers(node) });
        } else if (ts.isIntersectionTypeNode(node)) {
            const bases = node.types
                .filter(ts.isTypeReferenceNode)
                .map((t) => t.typeName.getText());
            const literal = node.types.find(ts.isTypeLiteralNode);
            types.set(name, {
                kind: 'object',
                name,
                bases,
                members: literal ? readMembers(literal) : new Map()
            });
        }
    }
    const membersCache = new Map<string, Map<string, Member>>();
    const membersOf = (name: string): Map<string, Member> => {
        const cached = membersCache.get(name);
        if (cached) return cached;
        const type = types.get(name);
        const members = new Map<string, Member>();
        if (type?.kind === 'object') {
            for (const base of type.bases) for (const [k, v] of membersOf(base)) members.set(k, v);
            for (const [k, v] of type.members) members.set(k, v);
        }
        membersCache.set(name, members);
        return members;
    };
    const isMetadataType = (name: string): boolean => {
        if (name === 'Metadata') return true;
        const type = types.get(name);
        return type?.kind === 'object' && type.bases.some(isMetadataType);
    };
    return { types, membersOf, isMetadataType };
}

let cached: Schema | undefined;
export function loadSchema(toolRoot: string): Schema {
    cached ??= parseSchema(
        readFileSync(join(toolRoot, 'node_modules/@salesforce/types/lib/metadata.d.ts'), 'utf8')
    );
    return cached;
}
