export const identityMessages = {
  en: {
    'identity.invalid_tenant_id':
      'The tenant id must be a GUID, for example 72f988bf-86f1-41af-91ab-2d7cd011db47.',
    'identity.personal_account_tenant':
      "This is a personal Microsoft account. Sign in with your work account (your organization's Microsoft Entra ID tenant).",
    'identity.invalid_user_id': 'The user id must be a GUID.',
    'identity.staff_role_outside_staff_tenant':
      "Reviewer and program admin roles are valid only for accounts in the program's own tenant.",
  },
  sv: {
    'identity.invalid_tenant_id':
      'Klient-id:t måste vara ett GUID, till exempel 72f988bf-86f1-41af-91ab-2d7cd011db47.',
    'identity.personal_account_tenant':
      'Det här är ett personligt Microsoft-konto. Logga in med ditt arbetskonto (organisationens klient i Microsoft Entra ID).',
    'identity.invalid_user_id': 'Användar-id:t måste vara ett GUID.',
    'identity.staff_role_outside_staff_tenant':
      'Rollerna granskare och programadministratör gäller bara för konton i programmets egen klient.',
  },
} as const;
