// The console's texts for a partner's customers and CSP transaction tenants (issue 10 item 5).

export const customersEn = {
  fields: {
    name: 'Customer',
    tenantId: 'Tenant id',
    tenant_hint: 'The customer’s Microsoft Entra tenant (a GUID).',
    country: 'Country of the tenant',
    country_hint: 'Its market: one of your regions’ countries.',
    currency: 'Billing currency',
    createdAt: 'Registered',
  },
  csp: {
    title: 'Your CSP transaction tenant',
    intro:
      'The tenant your company transacts from in each CSP region. CSP partners cannot resell to another CSP partner’s transaction tenant; your other tenants may buy from CSP partners.',
    none: 'Your company has no active CSP enrollment yet, so it has no region to transact in.',
    own_tenant: 'Your company’s own tenant (nothing marked)',
    marked: 'Marked by %{name}',
    mark: 'Use another tenant',
    save: 'Mark as transaction tenant',
    saved: 'Transaction tenant marked.',
  },
  register: {
    title: 'Register a customer',
    intro:
      'A customer tenant in a market of your regions. Another CSP partner’s transaction tenant is refused: that partner can buy with a separate, non-CSP tenant.',
    submit: 'Register customer',
    saved: 'Customer registered.',
  },
};

export const customersSv: typeof customersEn = {
  fields: {
    name: 'Kund',
    tenantId: 'Klient-id',
    tenant_hint: 'Kundens klient i Microsoft Entra (ett GUID).',
    country: 'Klientens land',
    country_hint: 'Dess marknad: ett land i era regioner.',
    currency: 'Faktureringsvaluta',
    createdAt: 'Registrerad',
  },
  csp: {
    title: 'Er klient för CSP-transaktioner',
    intro:
      'Klienten som företaget handlar från i varje CSP-region. CSP-partner kan inte sälja vidare till en annan CSP-partners klient för CSP-transaktioner; era andra klienter får köpa av CSP-partner.',
    none: 'Företaget har ingen aktiv CSP-registrering ännu och har därför ingen region att handla i.',
    own_tenant: 'Företagets egen klient (ingen angiven)',
    marked: 'Angiven av %{name}',
    mark: 'Använd en annan klient',
    save: 'Ange som transaktionsklient',
    saved: 'Transaktionsklienten är angiven.',
  },
  register: {
    title: 'Registrera en kund',
    intro:
      'En kundklient på en marknad i era regioner. En annan CSP-partners klient för CSP-transaktioner nekas: den partnern kan köpa med en separat klient som inte används för CSP.',
    submit: 'Registrera kund',
    saved: 'Kunden är registrerad.',
  },
};
