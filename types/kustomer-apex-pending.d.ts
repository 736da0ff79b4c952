// Fallback declarations for the viewer's Apex entry points until KustomerConversationController.cls lands: a
// wildcard module only applies when scripts/gen-types.ts generated no exact declaration, so the generated,
// parameter-checked ones win as soon as the class exists. Delete this file then.
declare module '@salesforce/apexContinuation/KustomerConversationController.*' {
    const method: (params: Record<string, unknown>) => Promise<unknown>;
    export default method;
}

declare module '@salesforce/apex/KustomerConversationController.*' {
    const method: (params: Record<string, unknown>) => Promise<unknown>;
    export default method;
}
