export const restrictionsMessages = {
  en: {
    'restrictions.seller_not_csp_tenant':
      "The seller's tenant is not a tenant used for CSP transactions.",
    'restrictions.buyer_is_csp_transaction_tenant':
      "A CSP partner cannot resell online services to another CSP partner's CSP transaction tenant. The buyer can purchase with a separate, non-CSP corporate tenant.",
    'restrictions.buyer_not_csp_transaction_tenant':
      "The buyer's tenant is not used for CSP transactions, so it may buy from a CSP partner.",
  },
  sv: {
    'restrictions.seller_not_csp_tenant':
      'Säljarens klient är ingen klient som används för CSP-transaktioner.',
    'restrictions.buyer_is_csp_transaction_tenant':
      'En CSP-partner kan inte sälja onlinetjänster vidare till en annan CSP-partners klient för CSP-transaktioner. Köparen kan i stället köpa med en separat klient för internt bruk som inte används för CSP.',
    'restrictions.buyer_not_csp_transaction_tenant':
      'Köparens klient används inte för CSP-transaktioner och får därför köpa av en CSP-partner.',
  },
} as const;
