export const partnerMessages = {
  en: {
    'partner.partner_id_not_numeric': 'A PartnerID (MPN ID) contains digits only.',
    'partner.partner_id_leading_zero': 'A PartnerID (MPN ID) does not start with 0.',
    'partner.partner_id_out_of_range': 'A PartnerID (MPN ID) is at most {max}.',
    'partner.partner_id_unusual_length':
      'PartnerIDs usually have {usual} digits; this one has {length}. Check that it is your location PartnerID.',
    'partner.email_invalid': 'Enter a valid e-mail address, for example anna.berg@contoso.com.',
    'partner.email_consumer_domain':
      'Use your work e-mail address. Addresses at consumer services such as {domain} are not accepted.',
    'partner.email_generic_mailbox':
      'Use a personal work address, not a shared mailbox such as {mailbox}@.',
    'partner.email_onmicrosoft_domain':
      "The primary contact needs a mailbox on your company's own domain, not an onmicrosoft.com address.",
    'partner.phone_invalid': 'Enter a valid phone number, for example +46 8 123 456 78.',
    'partner.phone_needs_country_code':
      'Start the phone number with + and the country code, for example +46.',
    'partner.phone_too_short': 'The phone number is too short.',
    'partner.phone_too_long': 'The phone number is too long.',
    'partner.phone_too_long_for_location':
      'For a business location, the phone number without country code may have at most {max} digits.',
    'partner.postal_code_required': 'Enter the postal code; addresses in {country} need one.',
    'partner.postal_code_invalid': 'This is not a postal code in {country}. Example: {example}.',
    'partner.postal_code_malformed': 'This is not a valid postal code for {country}.',
    'partner.address_field_required': 'This address field is required: {field}.',
    'partner.address_field_too_long':
      'The address field {field} may have at most {max} characters.',
    'partner.address_field_invalid_characters':
      'The address field {field} contains characters that are not allowed.',
    'partner.address_state_invalid': 'Choose a state or province of {country}.',
    'partner.registration_id_required':
      'Businesses in {country} must give a business registration id: {types}.',
    'partner.registration_id_type_not_accepted':
      'In {country} the accepted registration ids are: {types}.',
    'partner.registration_id_invalid': 'This is not a valid {type} for {country}.',
    'partner.registration_id_checksum':
      'This {type} has a wrong check digit. Check it against your registration certificate.',
    'partner.iban_invalid': 'Enter a valid IBAN, for example SE45 5000 0000 0583 9825 7466.',
    'partner.iban_unknown_country': 'The IBAN must start with a country code that uses IBAN.',
    'partner.iban_wrong_length': 'An IBAN from {country} has {length} characters.',
    'partner.iban_wrong_format':
      'The account part of this IBAN does not match the format used in {country}.',
    'partner.iban_wrong_checksum':
      "The IBAN's check digits do not match. Check for a mistyped character.",
    'partner.bic_invalid':
      'Enter a valid BIC (SWIFT code) of 8 or 11 characters, for example ESSESESS.',
    'partner.bank_account_holder_required': 'Enter the name of the account holder.',
    'partner.bank_country_mismatch':
      'The IBAN is from {country}, which is not the bank country you chose.',
    'partner.bank_iban_required':
      'Banks in {country} use IBAN: enter the IBAN instead of an account number.',
    'partner.bank_account_number_required': 'Enter the account number.',
    'partner.bank_account_number_invalid': 'An account number has 4 to 34 letters and digits.',
    'partner.bank_routing_number_required':
      "Enter the bank's routing number for {country}, for example {example}.",
    'partner.bank_routing_number_invalid': 'This is not a valid bank routing number for {country}.',
    'partner.bank_bic_required':
      "Enter the bank's BIC (SWIFT code): banks in {country} are paid by SWIFT.",
  },
  sv: {
    'partner.partner_id_not_numeric': 'Ett PartnerID (MPN-id) består bara av siffror.',
    'partner.partner_id_leading_zero': 'Ett PartnerID (MPN-id) börjar inte med 0.',
    'partner.partner_id_out_of_range': 'Ett PartnerID (MPN-id) är högst {max}.',
    'partner.partner_id_unusual_length':
      'Ett PartnerID har normalt {usual} siffror; det här har {length}. Kontrollera att det är platsens PartnerID.',
    'partner.email_invalid': 'Ange en giltig e-postadress, till exempel anna.berg@contoso.com.',
    'partner.email_consumer_domain':
      'Använd din e-postadress på jobbet. Adresser hos konsumenttjänster som {domain} godtas inte.',
    'partner.email_generic_mailbox':
      'Använd en personlig jobbadress, inte en gemensam brevlåda som {mailbox}@.',
    'partner.email_onmicrosoft_domain':
      'Den primära kontakten behöver en brevlåda på företagets egen domän, inte en onmicrosoft.com-adress.',
    'partner.phone_invalid': 'Ange ett giltigt telefonnummer, till exempel +46 8 123 456 78.',
    'partner.phone_needs_country_code':
      'Börja telefonnumret med + och landsnumret, till exempel +46.',
    'partner.phone_too_short': 'Telefonnumret är för kort.',
    'partner.phone_too_long': 'Telefonnumret är för långt.',
    'partner.phone_too_long_for_location':
      'För en affärsplats får telefonnumret utan landsnummer ha högst {max} siffror.',
    'partner.postal_code_required': 'Ange postnummer; adresser i {country} måste ha ett.',
    'partner.postal_code_invalid': 'Det här är inget postnummer i {country}. Exempel: {example}.',
    'partner.postal_code_malformed': 'Det här är inget giltigt postnummer för {country}.',
    'partner.address_field_required': 'Det här adressfältet måste fyllas i: {field}.',
    'partner.address_field_too_long': 'Adressfältet {field} får ha högst {max} tecken.',
    'partner.address_field_invalid_characters': 'Adressfältet {field} innehåller otillåtna tecken.',
    'partner.address_state_invalid': 'Välj en delstat eller provins i {country}.',
    'partner.registration_id_required':
      'Företag i {country} måste ange ett organisationsnummer av typen: {types}.',
    'partner.registration_id_type_not_accepted':
      'I {country} godtas dessa organisationsnummer: {types}.',
    'partner.registration_id_invalid': 'Det här är inget giltigt {type} för {country}.',
    'partner.registration_id_checksum':
      'Kontrollsiffran i detta {type} stämmer inte. Jämför med ert registreringsbevis.',
    'partner.iban_invalid': 'Ange ett giltigt IBAN, till exempel SE45 5000 0000 0583 9825 7466.',
    'partner.iban_unknown_country':
      'IBAN måste börja med landskoden för ett land som använder IBAN.',
    'partner.iban_wrong_length': 'Ett IBAN från {country} har {length} tecken.',
    'partner.iban_wrong_format':
      'Kontodelen av detta IBAN följer inte formatet som används i {country}.',
    'partner.iban_wrong_checksum':
      'Kontrollsiffrorna i IBAN stämmer inte. Kontrollera om något tecken är felskrivet.',
    'partner.bic_invalid':
      'Ange en giltig BIC (SWIFT-kod) med 8 eller 11 tecken, till exempel ESSESESS.',
    'partner.bank_account_holder_required': 'Ange kontoinnehavarens namn.',
    'partner.bank_country_mismatch':
      'IBAN kommer från {country}, vilket inte är det bankland du valde.',
    'partner.bank_iban_required':
      'Banker i {country} använder IBAN: ange IBAN i stället för kontonummer.',
    'partner.bank_account_number_required': 'Ange kontonumret.',
    'partner.bank_account_number_invalid': 'Ett kontonummer har 4 till 34 bokstäver och siffror.',
    'partner.bank_routing_number_required':
      'Ange bankens clearingnummer för {country}, till exempel {example}.',
    'partner.bank_routing_number_invalid': 'Det här är inget giltigt clearingnummer för {country}.',
    'partner.bank_bic_required':
      'Ange bankens BIC (SWIFT-kod): banker i {country} får betalningar via SWIFT.',
  },
} as const;
