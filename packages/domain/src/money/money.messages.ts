export const moneyMessages = {
  en: {
    'money.invalid_currency':
      '“{value}” is not a currency code; use three letters such as USD or SEK.',
    'money.unknown_currency': '{currency} is not an ISO 4217 currency in use.',
    'money.invalid_amount':
      '“{value}” is not an amount; use digits with an optional decimal point, such as 1234.50.',
    'money.too_many_decimals': '{currency} has {digits} decimal places; the amount has more.',
    'money.out_of_range': 'The amount in {currency} is too large.',
    'money.currency_mismatch':
      'Amounts in {expected} and {actual} cannot be combined without a conversion.',
    'money.invalid_rate':
      '“{value}” is not a valid exchange rate; give a positive decimal or fraction.',
    'money.rate_currency_mismatch':
      'The exchange rate converts from {expected}, but the amount is in {actual}.',
  },
  sv: {
    'money.invalid_currency':
      '”{value}” är ingen valutakod; ange tre bokstäver, till exempel USD eller SEK.',
    'money.unknown_currency': '{currency} är ingen gällande valuta enligt ISO 4217.',
    'money.invalid_amount':
      '”{value}” är inget belopp; ange siffror med eventuell decimalpunkt, till exempel 1234.50.',
    'money.too_many_decimals': '{currency} har {digits} decimaler; beloppet har fler.',
    'money.out_of_range': 'Beloppet i {currency} är för stort.',
    'money.currency_mismatch':
      'Belopp i {expected} och {actual} kan inte räknas ihop utan växling.',
    'money.invalid_rate':
      '”{value}” är ingen giltig växelkurs; ange ett positivt decimaltal eller bråk.',
    'money.rate_currency_mismatch':
      'Växelkursen gäller från {expected}, men beloppet är i {actual}.',
  },
} as const;
