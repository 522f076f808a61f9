export const locationsMessages = {
  en: {
    'locations.country_in_market': '{country} is a CSP market, in the {region} region.',
    'locations.legal_country_unchanged': 'The CSP account keeps its legal country.',
    'locations.legal_country_cannot_change':
      "A CSP account's legal country cannot change from {from} to {to}. Enroll a new CSP account for {to}, signing in with new credentials.",
    'locations.location_partner_id':
      'The CSP account needs a location PartnerID (not the global one).',
    'locations.location_partner_id_missing':
      'Add a business location in the country and use its location PartnerID.',
    'locations.global_partner_id_not_transactional':
      'This is the global PartnerID. CSP transactions need the PartnerID of a location.',
    'locations.partner_id_same_country':
      'The location PartnerID is in the same country as the CSP account.',
    'locations.partner_id_other_country':
      'A location PartnerID in {locationCountry} does not serve a CSP account in {accountCountry}: they must be in the same country.',
    'locations.partner_id_other_country_same_region':
      'A location PartnerID in {locationCountry} does not serve a CSP account in {accountCountry}, even though both are in the {region} region: they must be in the same country.',
    'locations.partner_id_active': 'The location PartnerID must be active.',
    'locations.partner_id_inactive': 'The location PartnerID is not active.',
    'locations.partner_id_in_partner_center': 'The location PartnerID must be in Partner Center.',
    'locations.partner_id_not_in_partner_center':
      'The location PartnerID is not in Partner Center. Add the location there first.',
    'locations.registration_id': 'A business registration id for {country} is given.',
    'locations.registration_id_optional': 'A business registration id is optional in {country}.',
    'locations.legal_name_required':
      'Enter the name of the legal entity registered in the country.',
    'locations.legal_entity': 'A legal entity registered in the country.',
    'locations.country_not_in_market':
      '{country} is not a CSP market: a location there cannot transact in CSP.',
    'locations.currency_mismatch':
      'The billing currency in {country} is {expected}, not {currency}: it comes from the market and cannot be chosen.',
    'locations.country_already_covered':
      'The partner already has a CSP account or a location in {country}.',
    'locations.country_not_covered': 'The partner has no CSP account or location in {country} yet.',
    'locations.invalid_tenant_id':
      'Enter the tenant id (a GUID) of the CSP account for the location.',
    'locations.csp_tenant': 'The CSP account’s tenant, linked to this location PartnerID only.',
    'locations.tenant_already_linked':
      'This CSP tenant is already linked to PartnerID {partnerId}: a CSP tenant maps to exactly one location PartnerID.',
    'locations.partner_id_already_linked':
      'PartnerID {partnerId} is already linked to another CSP tenant: a location PartnerID maps to exactly one CSP tenant.',
    'locations.tax_id_required': 'Enter the tax id or VAT number of the legal entity.',
    'locations.tax_id': 'The tax id or VAT number of the legal entity.',
    'locations.address': 'The legal address in the country.',
    'locations.bank_details': 'Bank details for payouts.',
    'locations.checklist_incomplete':
      'The location is not ready to submit: {requirements} still need attention.',
  },
  sv: {
    'locations.country_in_market': '{country} är en CSP-marknad i regionen {region}.',
    'locations.legal_country_unchanged': 'CSP-kontot behåller sitt juridiska land.',
    'locations.legal_country_cannot_change':
      'Ett CSP-kontos juridiska land kan inte ändras från {from} till {to}. Registrera ett nytt CSP-konto för {to} och logga in med nya inloggningsuppgifter.',
    'locations.location_partner_id':
      'CSP-kontot behöver ett PartnerID för en plats (inte det globala).',
    'locations.location_partner_id_missing':
      'Lägg till en affärsplats i landet och använd platsens PartnerID.',
    'locations.global_partner_id_not_transactional':
      'Det här är det globala PartnerID:t. CSP-transaktioner kräver en plats PartnerID.',
    'locations.partner_id_same_country': 'Platsens PartnerID finns i samma land som CSP-kontot.',
    'locations.partner_id_other_country':
      'Ett PartnerID för en plats i {locationCountry} kan inte användas för ett CSP-konto i {accountCountry}: de måste finnas i samma land.',
    'locations.partner_id_other_country_same_region':
      'Ett PartnerID för en plats i {locationCountry} kan inte användas för ett CSP-konto i {accountCountry}, trots att båda ligger i regionen {region}: de måste finnas i samma land.',
    'locations.partner_id_active': 'Platsens PartnerID måste vara aktivt.',
    'locations.partner_id_inactive': 'Platsens PartnerID är inte aktivt.',
    'locations.partner_id_in_partner_center': 'Platsens PartnerID måste finnas i Partner Center.',
    'locations.partner_id_not_in_partner_center':
      'Platsens PartnerID finns inte i Partner Center. Lägg först till platsen där.',
    'locations.registration_id': 'Ett organisationsnummer för {country} har angetts.',
    'locations.registration_id_optional': 'Organisationsnummer är frivilligt i {country}.',
    'locations.legal_name_required':
      'Ange namnet på den juridiska person som är registrerad i landet.',
    'locations.legal_entity': 'En juridisk person registrerad i landet.',
    'locations.country_not_in_market':
      '{country} är ingen CSP-marknad: en plats där kan inte handla i CSP.',
    'locations.currency_mismatch':
      'Faktureringsvalutan i {country} är {expected}, inte {currency}: den följer av marknaden och kan inte väljas.',
    'locations.country_already_covered':
      'Partnern har redan ett CSP-konto eller en plats i {country}.',
    'locations.country_not_covered':
      'Partnern har ännu inget CSP-konto eller någon plats i {country}.',
    'locations.invalid_tenant_id': 'Ange klient-id (ett GUID) för platsens CSP-konto.',
    'locations.csp_tenant': 'CSP-kontots klient, kopplad endast till den här platsens PartnerID.',
    'locations.tenant_already_linked':
      'Den här CSP-klienten är redan kopplad till PartnerID {partnerId}: en CSP-klient hör till exakt ett PartnerID för en plats.',
    'locations.partner_id_already_linked':
      'PartnerID {partnerId} är redan kopplat till en annan CSP-klient: ett PartnerID för en plats hör till exakt en CSP-klient.',
    'locations.tax_id_required':
      'Ange den juridiska personens skatte- eller momsregistreringsnummer.',
    'locations.tax_id': 'Den juridiska personens skatte- eller momsregistreringsnummer.',
    'locations.address': 'Den juridiska adressen i landet.',
    'locations.bank_details': 'Bankuppgifter för utbetalningar.',
    'locations.checklist_incomplete':
      'Platsen kan inte skickas in än: {requirements} behöver åtgärdas.',
  },
} as const;
