// The contract's TypeScript types and tables, re-exported for the stand-in (one definition each: the viewer's
// contract.ts, and contractTables.ts generated from contract/tables.json).
export type {
    AttachmentLink,
    CaseInfo,
    ConversationResult,
    ErrorCode,
    Json,
    KustomerError,
    MessagesPage,
    MessagesResult,
    NotesPage,
    PeopleResult,
    Resource
} from '../../force-app/main/default/lwc/kustomerConversationModel/contract.ts';
export * from '../../force-app/main/default/lwc/kustomerConversationModel/contractTables.ts';
