/**
 * The people of the local identity provider. Their access tokens carry the claims Microsoft
 * Entra ID puts in a v2 access token (`tid`, `oid`, `preferred_username`, `name`, app `roles`,
 * `wids`), so the API is written against Entra's shape and production needs no code change.
 */
import { GLOBAL_ADMINISTRATOR_ROLE_TEMPLATE_ID } from '@hub/domain';

export const tenants = {
  contoso: { id: '3f1c6a52-8b7e-4d3a-9c21-6e0f5a7b8c01', name: 'Contoso Ltd' },
  fabrikam: { id: '9b2d4e71-5a6c-4f80-b3d2-1c7e8f9a0b02', name: 'Fabrikam, Inc.' },
  northwind: { id: 'c4e8a1f3-2d5b-4c6e-8f7a-9b0c1d2e3f03', name: 'Northwind Distribution' },
  blueyonder: { id: 'bc80ce27-9f0e-43a5-99d8-0b5e60084d33', name: 'Blue Yonder Airlines' },
  litware: { id: '81aae84c-2004-4c86-acc2-c5293b543f5c', name: 'Litware AB' },
  microsoft: { id: '72f988bf-86f1-41af-91ab-2d7cd011db47', name: 'Microsoft' },
} as const;

export type Persona = {
  /** What `npm run token -- <id>` and the sign-in page call this persona. */
  readonly id: string;
  /** One line for the sign-in page and the README. */
  readonly description: string;
  readonly name: string;
  readonly username: string;
  readonly tenantId: string;
  readonly tenantName: string;
  readonly objectId: string;
  readonly roles: readonly string[];
  readonly wids: readonly string[];
};

export const personas: readonly Persona[] = [
  {
    id: 'contoso-admin',
    description: "Contoso's global admin: enrolls Contoso in the CSP program",
    name: 'Ada Lindqvist',
    username: 'ada@contoso.example',
    tenantId: tenants.contoso.id,
    tenantName: tenants.contoso.name,
    objectId: '0b5f7c9e-1a2d-4e3f-8a9b-0c1d2e3f4a11',
    roles: [],
    wids: [GLOBAL_ADMINISTRATOR_ROLE_TEMPLATE_ID],
  },
  {
    id: 'contoso-user',
    description: 'A Contoso user without admin rights: reads, cannot submit or sign',
    name: 'Bo Ek',
    username: 'bo@contoso.example',
    tenantId: tenants.contoso.id,
    tenantName: tenants.contoso.name,
    objectId: '1c6a8d0f-2b3e-4f5a-9b0c-1d2e3f4a5b12',
    roles: [],
    wids: [],
  },
  {
    id: 'fabrikam-admin',
    description: "Fabrikam's global admin: a second partner tenant",
    name: 'Farid Haddad',
    username: 'farid@fabrikam.example',
    tenantId: tenants.fabrikam.id,
    tenantName: tenants.fabrikam.name,
    objectId: '2d7b9e1a-3c4f-4a6b-8c1d-2e3f4a5b6c13',
    roles: [],
    wids: [GLOBAL_ADMINISTRATOR_ROLE_TEMPLATE_ID],
  },
  {
    id: 'blueyonder-admin',
    description: "Blue Yonder Airlines' global admin: an active direct bill partner (Canada)",
    name: 'Liam Tremblay',
    username: 'liam@blueyonderairlines.example',
    tenantId: tenants.blueyonder.id,
    tenantName: tenants.blueyonder.name,
    objectId: 'f114f2f6-3804-4d22-b1b9-cc2961cf1e7e',
    roles: [],
    wids: [GLOBAL_ADMINISTRATOR_ROLE_TEMPLATE_ID],
  },
  {
    id: 'litware-admin',
    description: "Litware's global admin: answers a reviewer's request for information (Sweden)",
    name: 'Elin Sandberg',
    username: 'elin.sandberg@litware.example',
    tenantId: tenants.litware.id,
    tenantName: tenants.litware.name,
    objectId: '471d219b-f51d-415a-9fec-d46e85b73fb0',
    roles: [],
    wids: [GLOBAL_ADMINISTRATOR_ROLE_TEMPLATE_ID],
  },
  {
    id: 'reviewer',
    description: 'A Microsoft reviewer: works the enrollment review queue',
    name: 'Rita Reviewer',
    username: 'rita@microsoft.example',
    tenantId: tenants.microsoft.id,
    tenantName: tenants.microsoft.name,
    objectId: '3e8c0f2b-4d5a-4b7c-9d2e-3f4a5b6c7d14',
    roles: ['Reviewer'],
    wids: [],
  },
  {
    id: 'program-admin',
    description: 'A Microsoft program admin: publishes agreements and rules',
    name: 'Paul Admin',
    username: 'paul@microsoft.example',
    tenantId: tenants.microsoft.id,
    tenantName: tenants.microsoft.name,
    objectId: '4f9d1a3c-5e6b-4c8d-8e3f-4a5b6c7d8e15',
    roles: ['ProgramAdmin'],
    wids: [],
  },
  {
    id: 'distributor',
    description: "Northwind Distribution's staff: maintains the provider's directory listing",
    name: 'Dana Distributor',
    username: 'dana@northwind.example',
    tenantId: tenants.northwind.id,
    tenantName: tenants.northwind.name,
    objectId: '5a0e2b4d-6f7c-4d9e-9f4a-5b6c7d8e9f16',
    roles: ['Distributor'],
    wids: [],
  },
];

export function findPersona(id: string): Persona | undefined {
  return personas.find((persona) => persona.id === id);
}

/** The claims a persona's access token carries besides the registered ones (iss, aud, exp, ...). */
export function personaClaims(persona: Persona) {
  return {
    tid: persona.tenantId,
    oid: persona.objectId,
    name: persona.name,
    preferred_username: persona.username,
    roles: [...persona.roles],
    wids: [...persona.wids],
  };
}
