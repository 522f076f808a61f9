export const revenueMessages = {
  en: {
    'revenue.invalid_date': 'The date to measure revenue from is not a valid date.',
    'revenue.invalid_month': '“{value}” is not a month; use YYYY-MM, for example 2021-03.',
    'revenue.missing_rate':
      'There is no USD exchange rate for {currency} in {month}, so that month’s revenue cannot be counted.',
    'revenue.duplicate_rate': 'There is more than one USD exchange rate for {currency} in {month}.',
    'revenue.invalid_record': 'The revenue line is not valid: check the field “{field}”.',
  },
  sv: {
    'revenue.invalid_date': 'Datumet som intäkterna ska räknas från är inget giltigt datum.',
    'revenue.invalid_month': '”{value}” är ingen månad; använd ÅÅÅÅ-MM, till exempel 2021-03.',
    'revenue.missing_rate':
      'Det finns ingen växelkurs mot USD för {currency} i {month}, så den månadens intäkter kan inte räknas.',
    'revenue.duplicate_rate': 'Det finns mer än en växelkurs mot USD för {currency} i {month}.',
    'revenue.invalid_record': 'Intäktsraden är ogiltig: kontrollera fältet ”{field}”.',
  },
} as const;
