/**
 * The demo world of `npm start`: the people of the local identity provider's personas, so the
 * console has someone to show before anyone signs in. (Partners, enrollments and listings join
 * as their contexts arrive.)
 */
export const demoUsers = [
  {
    tenantId: '3f1c6a52-8b7e-4d3a-9c21-6e0f5a7b8c01',
    objectId: '0b5f7c9e-1a2d-4e3f-8a9b-0c1d2e3f4a11',
    displayName: 'Ada Lindqvist',
    username: 'ada@contoso.example',
  },
  {
    tenantId: '3f1c6a52-8b7e-4d3a-9c21-6e0f5a7b8c01',
    objectId: '1c6a8d0f-2b3e-4f5a-9b0c-1d2e3f4a5b12',
    displayName: 'Bo Ek',
    username: 'bo@contoso.example',
  },
  {
    tenantId: '9b2d4e71-5a6c-4f80-b3d2-1c7e8f9a0b02',
    objectId: '2d7b9e1a-3c4f-4a6b-8c1d-2e3f4a5b6c13',
    displayName: 'Farid Haddad',
    username: 'farid@fabrikam.example',
  },
  {
    tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
    objectId: '3e8c0f2b-4d5a-4b7c-9d2e-3f4a5b6c7d14',
    displayName: 'Rita Reviewer',
    username: 'rita@microsoft.example',
  },
  {
    tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
    objectId: '4f9d1a3c-5e6b-4c8d-8e3f-4a5b6c7d8e15',
    displayName: 'Paul Admin',
    username: 'paul@microsoft.example',
  },
  {
    tenantId: 'c4e8a1f3-2d5b-4c6e-8f7a-9b0c1d2e3f03',
    objectId: '5a0e2b4d-6f7c-4d9e-9f4a-5b6c7d8e9f16',
    displayName: 'Dana Distributor',
    username: 'dana@northwind.example',
  },
] as const;
