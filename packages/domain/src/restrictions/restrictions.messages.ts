export const restrictionsMessages = {
  en: {
    'restrictions.seller_not_csp_tenant':
      "The seller's tenant is not a tenant used for CSP transactions.",
    'restrictions.buyer_is_csp_transaction_tenant':
      "A CSP partner cannot resell online services to another CSP partner's CSP transaction tenant. The buyer can purchase with a separate, non-CSP corporate tenant.",
    'restrictions.buyer_not_csp_transaction_tenant':
      "The buyer's tenant is not used for CSP transactions, so it may buy from a CSP partner.",
    'restrictions.invalid_tenant_id':
      'Enter the tenant id of an organization (a GUID such as 72f988bf-86f1-41af-91ab-2d7cd011db47).',
    'restrictions.region_not_partners':
      'Your company does not sell in the {region} region: mark a CSP transaction tenant only for a region of your locations.',
    'restrictions.csp_tenant_region_taken':
      'Your company already has a CSP transaction tenant in the {region} region: one per region.',
    'restrictions.csp_tenant_other_partner':
      'This tenant is another CSP partner’s transaction tenant.',
    'restrictions.customer_is_own_csp_tenant':
      'This is your own CSP transaction tenant: it cannot be your customer.',
    'restrictions.customer_outside_partner_regions':
      'The customer’s tenant is set to {country}, in the {region} region, where your company does not sell.',
  },
  sv: {
    'restrictions.seller_not_csp_tenant':
      'Säljarens klient är ingen klient som används för CSP-transaktioner.',
    'restrictions.buyer_is_csp_transaction_tenant':
      'En CSP-partner kan inte sälja onlinetjänster vidare till en annan CSP-partners klient för CSP-transaktioner. Köparen kan i stället köpa med en separat klient för internt bruk som inte används för CSP.',
    'restrictions.buyer_not_csp_transaction_tenant':
      'Köparens klient används inte för CSP-transaktioner och får därför köpa av en CSP-partner.',
    'restrictions.invalid_tenant_id':
      'Ange klient-id:t för en organisation (ett GUID som 72f988bf-86f1-41af-91ab-2d7cd011db47).',
    'restrictions.region_not_partners':
      'Företaget säljer inte i regionen {region}: ange en klient för CSP-transaktioner bara för en region där ni har en plats.',
    'restrictions.csp_tenant_region_taken':
      'Företaget har redan en klient för CSP-transaktioner i regionen {region}: en per region.',
    'restrictions.csp_tenant_other_partner':
      'Klienten är en annan CSP-partners klient för CSP-transaktioner.',
    'restrictions.customer_is_own_csp_tenant':
      'Det här är er egen klient för CSP-transaktioner: den kan inte vara er kund.',
    'restrictions.customer_outside_partner_regions':
      'Kundens klient är inställd på {country}, i regionen {region}, där företaget inte säljer.',
  },
} as const;
