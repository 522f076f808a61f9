export const marketsMessages = {
  en: {
    'market.country_not_in_market':
      'The CSP program has no market in {country}: the country is sanctioned or otherwise not supported.',
    'market.unknown_region': 'There is no CSP region with that name.',
    'market.customer_outside_region':
      'A customer in {country} is outside your CSP region ({region}); you can sell only to customers in your own region.',
    'market.sales_suspended': 'New CSP sales in {country} have been suspended since {since}.',
    'market.invalid_date': 'The date is not a valid date.',
  },
  sv: {
    'market.country_not_in_market':
      'CSP-programmet har ingen marknad i {country}: landet omfattas av sanktioner eller stöds inte av andra skäl.',
    'market.unknown_region': 'Det finns ingen CSP-region med det namnet.',
    'market.customer_outside_region':
      'En kund i {country} ligger utanför er CSP-region ({region}); ni kan bara sälja till kunder i er egen region.',
    'market.sales_suspended': 'Nyförsäljning via CSP i {country} är stoppad sedan {since}.',
    'market.invalid_date': 'Datumet är inte ett giltigt datum.',
  },
} as const;
