// The API's own codes (what the HTTP layer and the modules refuse that is not a program rule), in
// English and Swedish. The program's rules have theirs in @hub/domain's catalog; together they
// are every code an error body can carry (./error-status.ts gives each its HTTP status).
export const apiMessages = {
  en: {
    'http.bad_request': 'The request is not valid.',
    'http.validation_failed': 'The request is not valid: {fields}',
    'http.list_query_invalid': 'The list query is not valid: {reason}',
    'http.unauthorized': 'Sign in: this route needs a valid bearer access token.',
    'http.token_expired': 'The access token has expired. Sign in again.',
    'http.forbidden': 'You do not have access to this.',
    'http.not_found': 'Nothing was found at this address.',
    'http.method_not_allowed': 'This method is not allowed here.',
    'http.payload_too_large': 'The request body is too large.',
    'http.unsupported_media_type': 'Send the request body as application/json.',
    'http.precondition_required':
      'Send If-Match with the ETag of the record you read, so that no change is lost.',
    'http.precondition_failed':
      'The record has changed since you read it (now version {current}). Reload it and try again.',
    'http.if_match_invalid': 'If-Match must be the ETag of the record, e.g. "3".',
    'http.idempotency_key_invalid':
      'Idempotency-Key must be 1 to 200 visible characters (a UUID is a good choice).',
    'http.idempotency_key_reused':
      'This Idempotency-Key was already used for a different request; use a new key.',
    'http.service_unavailable': 'A service the API depends on is unavailable; try again shortly.',
    'http.rate_limited': 'Too many requests. Try again in {seconds} seconds.',
    'http.internal': 'Something went wrong on our side. The error has been logged.',
    'partner.not_found': 'No partner profile was found.',
    'partner.legal_name_required': 'Enter the legal business name, as registered.',
    'partner.country_not_in_market':
      'The CSP program has no market in {country}, so a CSP account cannot have its legal address there.',
    'partner.website_invalid': 'Enter the website as an address such as https://contoso.com.',
    'partner.already_exists': 'Your tenant already has a partner profile.',
    'partner.global_admin_required':
      'Only a global admin of the tenant can create, change or submit the partner profile.',
    'partner.profile_required': 'Create the partner profile of your tenant first.',
    'partner.staff_only': 'Only Microsoft reviewers and program admins can do this.',
    'partner.no_access':
      'Distributor staff maintain directory listings; enrollments are not visible to them.',
    'enrollment.not_found': 'No enrollment was found.',
    'enrollment.already_open':
      'Your company already has an open {program} application; continue that one.',
    'enrollment.not_a_draft': 'Only a draft can be changed; this application is “{state}”.',
    'enrollment.unknown_command': 'There is no enrollment command “{command}”.',
    'enrollment.unknown_check': 'There is no verification check “{check}”.',
    'enrollment.check_not_open':
      'Checks are recorded while the application is in review; it is “{state}”.',
    'enrollment.message_template_invalid':
      'There is no message template for the command “{command}” with the reason “{reason}”.',
    'revenue.record_not_found': 'No revenue record was found.',
    'revenue.no_rate':
      'There is no USD exchange rate for {currency} in {month} yet; enter that month in USD, or ask the program to add the rate.',
    'revenue.future_month': '{month} is not over yet; revenue can be entered for past months only.',
    'revenue.negative_amount': 'The amount cannot be negative.',
    'revenue.unknown_product_type':
      '“{value}” is not a product type; use cloud or perpetual_software.',
    'revenue.unknown_channel': '“{value}” is not a channel; use indirect_reseller or direct_bill.',
    'csv_import.not_csv': 'Send the file as the request body with Content-Type: text/csv.',
    'csv_import.too_large': 'The file is too large; the limit is {maxBytes} bytes.',
    'csv_import.not_text':
      'This is not a CSV text file (it is not UTF-8 text or it contains binary data).',
    'csv_import.too_many_lines': 'The file has too many lines; the limit is {maxLines} lines.',
    'csv_import.malformed': 'The file is not valid CSV (a quote is not closed) at line {line}.',
    'csv_import.empty': 'The file has no lines to import after its header.',
    'csv_import.header_invalid':
      'The first line must be the header {expected}. Missing: {missing}. Unknown: {unknown}. Repeated: {repeated}.',
    'csv_import.column_count': 'The line has {actual} cells; the header has {expected}.',
    'csv_import.duplicate_line': 'Line {firstLine} already has {key}.',
    'csv_import.invalid_lines':
      '{errorCount} lines of the file are not valid; nothing was imported. Fix them and import again.',
    'fx_rate.program_admin_only': 'Only program admins can import exchange rates.',
    'fx_rate.usd_itself': 'USD needs no rate to USD.',
    'fx_rate.invalid_source':
      'The source must be 1 to 64 visible characters, e.g. “ECB monthly average”.',
    'email_verification.invalid_token': 'This confirmation link is not valid or has expired.',
    'health.unhealthy': 'Not healthy: {down} down.',
    'health.starting': 'Not ready: the API is starting.',
    'health.draining': 'Not ready: the API is shutting down and finishing its requests.',
    'provider.not_found': 'No provider was found.',
    'provider.distributor_only':
      'Only the staff of a distributor (the Distributor role) maintain a provider listing.',
    'search.invalid_query': 'The search is not valid: {reason}',
    'search.reindex_running':
      'A rebuild of the directory index is already under way: follow its progress instead.',
    'search.reindex_not_found': 'No rebuild of the directory index was found.',
    'customers.partner_not_active':
      'Only an active CSP partner registers customers: your company’s enrollment is not active yet.',
    'customers.already_registered': 'Your company has registered this customer tenant already.',
    'customers.name_required': 'Enter the customer’s name (at most 200 characters).',
    'location.not_found': 'No location was found.',
    'location.partner_not_active':
      'Only an active CSP partner adds locations: your company’s enrollment is not active yet.',
    'agreement_version.not_found': 'No agreement version was found.',
    'agreement_version.program_admin_only': 'Only program admins publish agreement versions.',
    'agreement_version.staff_only':
      'Only Microsoft reviewers and program admins see who has accepted an agreement version.',
    'agreement_version.no_enrollment':
      'Your company has no enrollment in a CSP program, so it has no agreement to accept.',
    'settings.staff_only': 'Only Microsoft reviewers and program admins see the program settings.',
    'stats.staff_only': 'Only Microsoft reviewers and program admins see the review figures.',
    'settings.program_admin_only': 'Only program admins change the program settings.',
    'provider.preview_incomplete':
      'Fill in the listing’s required fields to see it in the search: {fields}',
    'provider.logo_not_image':
      'The logo must be a PNG, JPEG or WebP image (the file’s content is checked, not its name).',
    'provider.logo_too_large':
      'The logo is too large: at most {maxBytes} bytes and {maxPixels} pixels.',
    'provider.logo_corrupt': 'The image could not be read: it is damaged or incomplete.',
    'provider.logo_not_found': 'No logo was found.',
    'provider.logo_unknown':
      'The logo {logo} was not uploaded for this provider: upload it first, then save the draft.',
  },
  sv: {
    'http.bad_request': 'Begäran är ogiltig.',
    'http.validation_failed': 'Begäran är ogiltig: {fields}',
    'http.list_query_invalid': 'Listfrågan är ogiltig: {reason}',
    'http.unauthorized': 'Logga in: den här adressen kräver en giltig åtkomsttoken.',
    'http.token_expired': 'Åtkomsttoken har gått ut. Logga in igen.',
    'http.forbidden': 'Du har inte åtkomst till detta.',
    'http.not_found': 'Inget hittades på den här adressen.',
    'http.method_not_allowed': 'Metoden är inte tillåten här.',
    'http.payload_too_large': 'Begärans innehåll är för stort.',
    'http.unsupported_media_type': 'Skicka begärans innehåll som application/json.',
    'http.precondition_required':
      'Skicka If-Match med ETag för posten du läste, så att ingen ändring går förlorad.',
    'http.precondition_failed':
      'Posten har ändrats sedan du läste den (nu version {current}). Läs in den igen och försök på nytt.',
    'http.if_match_invalid': 'If-Match måste vara postens ETag, t.ex. "3".',
    'http.idempotency_key_invalid':
      'Idempotency-Key måste vara 1 till 200 synliga tecken (ett UUID passar bra).',
    'http.idempotency_key_reused':
      'Den här Idempotency-Key har redan använts för en annan begäran; använd en ny nyckel.',
    'http.service_unavailable':
      'En tjänst som API:et behöver är inte tillgänglig; försök igen om en stund.',
    'http.rate_limited': 'För många förfrågningar. Försök igen om {seconds} sekunder.',
    'http.internal': 'Något gick fel hos oss. Felet har loggats.',
    'partner.not_found': 'Ingen partnerprofil hittades.',
    'partner.legal_name_required': 'Ange det juridiska företagsnamnet, som det är registrerat.',
    'partner.country_not_in_market':
      'CSP-programmet har ingen marknad i {country}, så ett CSP-konto kan inte ha sin juridiska adress där.',
    'partner.website_invalid': 'Ange webbplatsen som en adress, till exempel https://contoso.com.',
    'partner.already_exists': 'Er klient har redan en partnerprofil.',
    'partner.global_admin_required':
      'Bara en global administratör för klienten kan skapa, ändra eller skicka in partnerprofilen.',
    'partner.profile_required': 'Skapa först partnerprofilen för er klient.',
    'partner.staff_only': 'Bara Microsofts granskare och programadministratörer kan göra detta.',
    'partner.no_access':
      'Distributörer underhåller kataloguppgifter; registreringar visas inte för dem.',
    'enrollment.not_found': 'Ingen registrering hittades.',
    'enrollment.already_open':
      'Ert företag har redan en öppen ansökan för {program}; fortsätt med den.',
    'enrollment.not_a_draft': 'Bara ett utkast kan ändras; ansökan är ”{state}”.',
    'enrollment.unknown_command': 'Det finns inget registreringskommando ”{command}”.',
    'enrollment.unknown_check': 'Det finns ingen verifieringskontroll ”{check}”.',
    'enrollment.check_not_open': 'Kontroller registreras medan ansökan granskas; den är ”{state}”.',
    'enrollment.message_template_invalid':
      'Det finns ingen meddelandemall för kommandot ”{command}” med skälet ”{reason}”.',
    'revenue.record_not_found': 'Ingen intäktspost hittades.',
    'revenue.no_rate':
      'Det finns ännu ingen växelkurs mot USD för {currency} i {month}; ange den månaden i USD, eller be programmet lägga till kursen.',
    'revenue.future_month':
      '{month} är inte slut än; intäkter kan bara anges för tidigare månader.',
    'revenue.negative_amount': 'Beloppet kan inte vara negativt.',
    'revenue.unknown_product_type':
      '”{value}” är ingen produkttyp; använd cloud eller perpetual_software.',
    'revenue.unknown_channel':
      '”{value}” är ingen kanal; använd indirect_reseller eller direct_bill.',
    'csv_import.not_csv': 'Skicka filen som begärans innehåll med Content-Type: text/csv.',
    'csv_import.too_large': 'Filen är för stor; gränsen är {maxBytes} byte.',
    'csv_import.not_text':
      'Det här är ingen CSV-textfil (den är inte UTF-8-text eller innehåller binärdata).',
    'csv_import.too_many_lines': 'Filen har för många rader; gränsen är {maxLines} rader.',
    'csv_import.malformed':
      'Filen är ingen giltig CSV (ett citattecken stängs inte) på rad {line}.',
    'csv_import.empty': 'Filen har inga rader att importera efter rubrikraden.',
    'csv_import.header_invalid':
      'Första raden måste vara rubrikraden {expected}. Saknas: {missing}. Okända: {unknown}. Upprepade: {repeated}.',
    'csv_import.column_count': 'Raden har {actual} celler; rubrikraden har {expected}.',
    'csv_import.duplicate_line': 'Rad {firstLine} har redan {key}.',
    'csv_import.invalid_lines':
      '{errorCount} rader i filen är ogiltiga; ingenting importerades. Rätta dem och importera igen.',
    'fx_rate.program_admin_only': 'Bara programadministratörer kan importera växelkurser.',
    'fx_rate.usd_itself': 'USD behöver ingen kurs mot USD.',
    'fx_rate.invalid_source':
      'Källan ska vara 1 till 64 synliga tecken, till exempel ”ECB:s månadsmedel”.',
    'email_verification.invalid_token': 'Bekräftelselänken är ogiltig eller har gått ut.',
    'health.unhealthy': 'Inte frisk: {down} svarar inte.',
    'health.starting': 'Inte redo: API:et startar.',
    'health.draining': 'Inte redo: API:et stängs av och gör klart sina förfrågningar.',
    'provider.not_found': 'Ingen leverantör hittades.',
    'provider.distributor_only':
      'Bara personal hos en distributör (rollen Distributor) underhåller en leverantörsannons.',
    'search.invalid_query': 'Sökningen är ogiltig: {reason}',
    'customers.partner_not_active':
      'Bara en aktiv CSP-partner registrerar kunder: företagets registrering är inte aktiv ännu.',
    'customers.already_registered': 'Företaget har redan registrerat den här kundklienten.',
    'customers.name_required': 'Ange kundens namn (högst 200 tecken).',
    'location.not_found': 'Ingen plats hittades.',
    'location.partner_not_active':
      'Bara en aktiv CSP-partner lägger till platser: företagets registrering är inte aktiv ännu.',
    'agreement_version.not_found': 'Ingen avtalsversion hittades.',
    'agreement_version.program_admin_only':
      'Bara programadministratörer publicerar avtalsversioner.',
    'agreement_version.staff_only':
      'Bara Microsofts granskare och programadministratörer ser vilka som har godkänt en avtalsversion.',
    'agreement_version.no_enrollment':
      'Företaget har ingen registrering i ett CSP-program och har därför inget avtal att godkänna.',
    'settings.staff_only':
      'Bara Microsofts granskare och programadministratörer ser programmets inställningar.',
    'stats.staff_only':
      'Bara Microsofts granskare och programadministratörer ser granskningens siffror.',
    'settings.program_admin_only': 'Bara programadministratörer ändrar programmets inställningar.',
    'provider.preview_incomplete':
      'Fyll i annonsens obligatoriska fält för att se den i sökningen: {fields}',
    'provider.logo_not_image':
      'Logotypen måste vara en PNG-, JPEG- eller WebP-bild (filens innehåll kontrolleras, inte dess namn).',
    'provider.logo_too_large':
      'Logotypen är för stor: högst {maxBytes} byte och {maxPixels} bildpunkter.',
    'provider.logo_corrupt': 'Bilden kunde inte läsas: den är skadad eller ofullständig.',
    'provider.logo_not_found': 'Ingen logotyp hittades.',
    'provider.logo_unknown':
      'Logotypen {logo} har inte laddats upp för den här leverantören: ladda upp den först och spara sedan utkastet.',
    'search.reindex_running':
      'En ombyggnad av katalogens index pågår redan: följ dess förlopp i stället.',
    'search.reindex_not_found': 'Ingen ombyggnad av katalogens index hittades.',
  },
} as const;

export type ApiMessageCode = keyof (typeof apiMessages)['en'];
