// The contract's TypeScript types (and its list of error codes), re-exported for the stand-in (one definition:
// the viewer's contract.ts).
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
export { ERROR_CODES } from '../../force-app/main/default/lwc/kustomerConversationModel/contract.ts';
