// The standard sObjects the package may name without defining them, with the standard fields its Apex uses (and
// the few every record has). The references check takes the object names from here; the compile check compiles
// against these fields, so a standard field the code starts to use is added here (with its Apex type and, for a
// relationship, its target) or the compile fails with "Field does not exist".

/** Apex scalar types a field can have (the compile harness's names). */
export type ApexFieldType =
    'Id' | 'String' | 'Boolean' | 'Integer' | 'Decimal' | 'Double' | 'Date' | 'Datetime' | 'Time';

export interface StandardObject {
    fields: Record<string, ApexFieldType>;
    /** Relationship name → target object (e.g. Profile → Profile for User.ProfileId). */
    lookups?: Record<string, string>;
}

/** Fields of (nearly) every sObject. */
const SYSTEM_FIELDS: Record<string, ApexFieldType> = {
    Id: 'Id',
    CreatedById: 'Id',
    CreatedDate: 'Datetime',
    LastModifiedById: 'Id',
    LastModifiedDate: 'Datetime',
    SystemModstamp: 'Datetime'
};

const object = (
    fields: Record<string, ApexFieldType> = {},
    lookups?: Record<string, string>
): StandardObject => ({ fields: { ...SYSTEM_FIELDS, ...fields }, lookups });

export const STANDARD_SOBJECTS: Record<string, StandardObject> = {
    Account: object({ Name: 'String', OwnerId: 'Id', IsDeleted: 'Boolean' }),
    Attachment: object({ Name: 'String', ParentId: 'Id', Body: 'String', ContentType: 'String' }),
    Case: object(
        {
            AccountId: 'Id',
            CaseNumber: 'String',
            ContactId: 'Id',
            Description: 'String',
            IsClosed: 'Boolean',
            IsDeleted: 'Boolean',
            Origin: 'String',
            OwnerId: 'Id',
            Priority: 'String',
            RecordTypeId: 'Id',
            Status: 'String',
            Subject: 'String'
        },
        { Account: 'Account', Contact: 'Contact', RecordType: 'RecordType' }
    ),
    CaseComment: object({ ParentId: 'Id', CommentBody: 'String', IsPublished: 'Boolean' }),
    Contact: object({ AccountId: 'Id', Email: 'String', FirstName: 'String', LastName: 'String' }),
    ContentDocument: object({ Title: 'String', FileExtension: 'String' }),
    ContentVersion: object({ ContentDocumentId: 'Id', Title: 'String', PathOnClient: 'String' }),
    EmailMessage: object({ ParentId: 'Id', Subject: 'String', HtmlBody: 'String' }),
    ExternalCredential: object({ DeveloperName: 'String', NamespacePrefix: 'String' }),
    ExternalCredentialParameter: object(
        { ExternalCredentialId: 'Id', ParameterName: 'String', ParameterType: 'String' },
        { ExternalCredential: 'ExternalCredential' }
    ),
    FieldPermissions: object({
        Field: 'String',
        ParentId: 'Id',
        PermissionsEdit: 'Boolean',
        PermissionsRead: 'Boolean',
        SobjectType: 'String'
    }),
    Group: object({ DeveloperName: 'String', Name: 'String', Type: 'String' }),
    Lead: object({ Company: 'String', LastName: 'String', Status: 'String' }),
    NamedCredential: object({
        DeveloperName: 'String',
        Endpoint: 'String',
        MasterLabel: 'String',
        NamespacePrefix: 'String'
    }),
    ObjectPermissions: object({
        ParentId: 'Id',
        PermissionsCreate: 'Boolean',
        PermissionsDelete: 'Boolean',
        PermissionsEdit: 'Boolean',
        PermissionsRead: 'Boolean',
        SobjectType: 'String'
    }),
    Opportunity: object({ Name: 'String', StageName: 'String', CloseDate: 'Date' }),
    Organization: object({ Name: 'String', NamespacePrefix: 'String', IsSandbox: 'Boolean' }),
    PermissionSet: object(
        {
            IsOwnedByProfile: 'Boolean',
            Label: 'String',
            Name: 'String',
            NamespacePrefix: 'String',
            PermissionSetGroupId: 'Id',
            ProfileId: 'Id',
            Type: 'String'
        },
        { Profile: 'Profile' }
    ),
    PermissionSetAssignment: object(
        { AssigneeId: 'Id', PermissionSetGroupId: 'Id', PermissionSetId: 'Id' },
        { Assignee: 'User', PermissionSet: 'PermissionSet' }
    ),
    PermissionSetGroup: object({
        DeveloperName: 'String',
        MasterLabel: 'String',
        NamespacePrefix: 'String',
        Status: 'String'
    }),
    Profile: object(
        {
            Name: 'String',
            PermissionsModifyAllData: 'Boolean',
            PermissionsViewAllData: 'Boolean',
            UserLicenseId: 'Id',
            UserType: 'String'
        },
        { UserLicense: 'UserLicense' }
    ),
    RecordType: object({
        DeveloperName: 'String',
        IsActive: 'Boolean',
        Name: 'String',
        NamespacePrefix: 'String',
        SobjectType: 'String'
    }),
    SetupEntityAccess: object(
        { ParentId: 'Id', SetupEntityId: 'Id', SetupEntityType: 'String' },
        { Parent: 'PermissionSet' }
    ),
    Task: object({ Subject: 'String', WhatId: 'Id', WhoId: 'Id' }),
    User: object(
        {
            Alias: 'String',
            Email: 'String',
            EmailEncodingKey: 'String',
            FirstName: 'String',
            IsActive: 'Boolean',
            LanguageLocaleKey: 'String',
            LastName: 'String',
            LocaleSidKey: 'String',
            Name: 'String',
            ProfileId: 'Id',
            TimeZoneSidKey: 'String',
            Username: 'String'
        },
        { Profile: 'Profile' }
    ),
    UserLicense: object({ LicenseDefinitionKey: 'String', Name: 'String' })
};
