export const providersMessages = {
  en: {
    'relationships.not_indirect_reseller':
      'Only an active indirect reseller records the indirect providers it works with.',
    'relationships.provider_not_found': 'This provider is not in the directory.',
    'relationships.provider_not_in_region':
      'This provider does not serve your CSP regions ({resellerRegions}); it serves {providerRegions}.',
    'relationships.already_linked': 'You already work with this provider.',
    'provider.listing_invalid': 'The listing must be an object with the listing’s fields.',
    'provider.field_required': 'Fill in the field “{field}”.',
    'provider.field_too_short': 'The field “{field}” needs at least {min} characters.',
    'provider.field_too_long': 'The field “{field}” may have at most {max} characters.',
    'provider.field_invalid_characters':
      'The field “{field}” contains characters that are not allowed.',
    'provider.website_invalid':
      'Enter the website as a full address starting with https://, for example https://www.northwind.example.',
    'provider.list_required': 'Choose at least one value for “{field}”.',
    'provider.list_too_long': 'Choose at most {max} values for “{field}”.',
    'provider.duplicate_value': 'The value “{value}” appears more than once in “{field}”.',
    'provider.unknown_value': '“{value}” is not one of the choices for “{field}”.',
    'provider.headquarters_outside_regions':
      'The headquarters country {country} must be in one of the listing’s CSP regions.',
    'provider.country_outside_regions':
      '{country} is not in any of the listing’s CSP regions: a provider sells only in the markets of its CSP regions.',
    'provider.region_without_country':
      'The CSP region “{region}” has none of the listing’s countries: choose its countries or remove the region.',
    'provider.coordinate_invalid': 'The office’s {field} must be a number from {min} to {max}.',
    'provider.office_outside_countries':
      'The office in {country} is not in a country the listing serves.',
    'provider.illegal_transition':
      'A listing in state “{state}” cannot take the command “{command}”.',
    'provider.actor_not_allowed':
      'In state “{state}”, the command “{command}” can be given only by: {allowed}.',
    'provider.listing_incomplete':
      'The listing is not complete or not valid, so it cannot be submitted: check the field “{field}”.',
    'provider.reason_required': 'Give a reason for the command “{command}”.',
    'provider.live_listing_suspended':
      'The provider’s published listing is suspended: reinstate it before approving a new version.',
    'provider.invalid_date': 'The time of the command is not a valid date.',
    'provider.logo_invalid':
      'The logo must be the id of an uploaded image (64 hexadecimal characters): upload the logo again.',
    'lead.invalid': 'The message must be an object with the contact form’s fields.',
    'lead.sent_too_fast':
      'The form was sent very quickly after it was opened. Wait a few seconds ({seconds}) and send it again.',
    'lead.country_invalid': 'Choose the country your company is in.',
    'lead.provider_not_found': 'This provider is not in the directory (any more).',
  },
  sv: {
    'relationships.not_indirect_reseller':
      'Bara en aktiv indirekt återförsäljare registrerar de indirekta leverantörer den arbetar med.',
    'relationships.provider_not_found': 'Leverantören finns inte i katalogen.',
    'relationships.provider_not_in_region':
      'Leverantören betjänar inte era CSP-regioner ({resellerRegions}); den betjänar {providerRegions}.',
    'relationships.already_linked': 'Ni arbetar redan med den här leverantören.',
    'provider.listing_invalid': 'Annonsen måste vara ett objekt med annonsens fält.',
    'provider.field_required': 'Fyll i fältet ”{field}”.',
    'provider.field_too_short': 'Fältet ”{field}” behöver minst {min} tecken.',
    'provider.field_too_long': 'Fältet ”{field}” får ha högst {max} tecken.',
    'provider.field_invalid_characters': 'Fältet ”{field}” innehåller tecken som inte är tillåtna.',
    'provider.website_invalid':
      'Ange webbplatsen som en fullständig adress som börjar med https://, till exempel https://www.northwind.example.',
    'provider.list_required': 'Välj minst ett värde för ”{field}”.',
    'provider.list_too_long': 'Välj högst {max} värden för ”{field}”.',
    'provider.duplicate_value': 'Värdet ”{value}” förekommer mer än en gång i ”{field}”.',
    'provider.unknown_value': '”{value}” är inte ett av valen för ”{field}”.',
    'provider.headquarters_outside_regions':
      'Huvudkontorets land {country} måste ligga i en av annonsens CSP-regioner.',
    'provider.country_outside_regions':
      '{country} ligger inte i någon av annonsens CSP-regioner: en leverantör säljer bara på marknaderna i sina CSP-regioner.',
    'provider.region_without_country':
      'CSP-regionen ”{region}” har inget av annonsens länder: välj dess länder eller ta bort regionen.',
    'provider.coordinate_invalid': 'Kontorets {field} måste vara ett tal från {min} till {max}.',
    'provider.office_outside_countries':
      'Kontoret i {country} ligger inte i ett land som annonsen betjänar.',
    'provider.illegal_transition':
      'En annons i läget ”{state}” kan inte ta emot kommandot ”{command}”.',
    'provider.actor_not_allowed':
      'I läget ”{state}” kan kommandot ”{command}” bara ges av: {allowed}.',
    'provider.listing_incomplete':
      'Annonsen är inte komplett eller inte giltig och kan inte skickas in: kontrollera fältet ”{field}”.',
    'provider.reason_required': 'Ange ett skäl för kommandot ”{command}”.',
    'provider.live_listing_suspended':
      'Leverantörens publicerade annons är avstängd: återställ den innan en ny version godkänns.',
    'provider.invalid_date': 'Tidpunkten för kommandot är inget giltigt datum.',
    'provider.logo_invalid':
      'Logotypen måste vara id:t för en uppladdad bild (64 hexadecimala tecken): ladda upp logotypen igen.',
    'lead.invalid': 'Meddelandet måste vara ett objekt med kontaktformulärets fält.',
    'lead.sent_too_fast':
      'Formuläret skickades mycket snabbt efter att det öppnades. Vänta några sekunder ({seconds}) och skicka det igen.',
    'lead.country_invalid': 'Välj landet där ditt företag finns.',
    'lead.provider_not_found': 'Den här leverantören finns inte (längre) i katalogen.',
  },
} as const;
