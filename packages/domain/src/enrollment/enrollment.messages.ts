export const enrollmentMessages = {
  en: {
    'enrollment.illegal_transition':
      'An enrollment in state “{state}” cannot take the command “{command}”.',
    'enrollment.actor_not_allowed':
      'In state “{state}”, the command “{command}” can be given only by: {allowed}.',
    'enrollment.invalid_date': 'The time of the command is not a valid date.',
    'enrollment.invalid_command': 'The command is not valid: check the field “{field}”.',
    'enrollment.application_incomplete':
      'The application is incomplete. Fill in the company, address, primary contact and bank details before submitting.',
    'enrollment.not_eligible':
      'The company does not meet the minimum requirements for direct bill partners, so the application cannot be submitted.',
    'enrollment.eligibility_not_confirmed':
      'Every direct bill requirement must be confirmed as met before the application can be verified.',
    'enrollment.verification_incomplete':
      'The e-mail ownership, employment and business checks must all pass before the application can be verified.',
    'enrollment.message_required': 'Write a message for the command “{command}”.',
    'enrollment.reason_required': 'Give a reason for the rejection.',
    'enrollment.location_partner_id_not_linked':
      'Link an active location PartnerID in the same country as the CSP account before accepting the agreement.',
    'enrollment.agreement_not_accepted':
      'The current version of the required agreement has not been accepted for this CSP region.',
    'enrollment.provider_required': 'Choose an indirect provider to transition to.',
    'enrollment.provider_not_in_region':
      'The indirect provider must be in the same CSP region as your company.',
    'enrollment.credit_check_not_passed':
      'A support plan can be recorded only after the credit check has passed. Do not buy ASfP or PSfP before that.',
    'enrollment.transition_requires_active':
      'Only an active direct bill partner can transition to the indirect reseller model.',
    'enrollment.transition_irreversible':
      'This tenant has transitioned to the indirect reseller model; it cannot go back to direct bill.',
    'enrollment.transition_already_open':
      'This tenant already has an indirect reseller application under way. Withdraw it, or wait for its decision, before requesting another transition.',
    'enrollment.already_indirect_reseller':
      'This tenant is already an active indirect reseller, so there is nothing to transition to.',
    'enrollment.transition_not_accepted':
      'The transition completes only when the indirect reseller enrollment it opened is active.',
    'enrollment.assignment_staff_only': 'Only reviewers and program admins assign applications.',
    'enrollment.assignment_closed':
      'An application in state “{state}” is not in the reviewers’ queue, so it cannot be assigned.',
    'enrollment.assignee_not_staff':
      'Applications can be assigned only to reviewers and program admins.',
    'enrollment.already_assigned':
      'Someone else is working on this application. Assign it instead, if it should move to you.',
  },
  sv: {
    'enrollment.illegal_transition':
      'En registrering i läget ”{state}” kan inte ta emot kommandot ”{command}”.',
    'enrollment.actor_not_allowed':
      'I läget ”{state}” kan kommandot ”{command}” bara ges av: {allowed}.',
    'enrollment.invalid_date': 'Tidpunkten för kommandot är inget giltigt datum.',
    'enrollment.invalid_command': 'Kommandot är ogiltigt: kontrollera fältet ”{field}”.',
    'enrollment.application_incomplete':
      'Ansökan är ofullständig. Fyll i företag, adress, primär kontaktperson och bankuppgifter innan du skickar in den.',
    'enrollment.not_eligible':
      'Företaget uppfyller inte minimikraven för direktfakturerade partner, så ansökan kan inte skickas in.',
    'enrollment.eligibility_not_confirmed':
      'Alla krav för direktfakturering måste vara bekräftat uppfyllda innan ansökan kan verifieras.',
    'enrollment.verification_incomplete':
      'Kontrollerna av e-postägarskap, anställning och företag måste alla vara godkända innan ansökan kan verifieras.',
    'enrollment.message_required': 'Skriv ett meddelande till kommandot ”{command}”.',
    'enrollment.reason_required': 'Ange ett skäl till avslaget.',
    'enrollment.location_partner_id_not_linked':
      'Koppla ett aktivt PartnerID för en plats i samma land som CSP-kontot innan du godkänner avtalet.',
    'enrollment.agreement_not_accepted':
      'Den gällande versionen av det avtal som krävs har inte godkänts för den här CSP-regionen.',
    'enrollment.provider_required': 'Välj en indirekt leverantör att övergå till.',
    'enrollment.provider_not_in_region':
      'Den indirekta leverantören måste finnas i samma CSP-region som ditt företag.',
    'enrollment.credit_check_not_passed':
      'En supportplan kan registreras först när kreditprövningen är godkänd. Köp inte ASfP eller PSfP innan dess.',
    'enrollment.transition_requires_active':
      'Bara en aktiv direktfakturerad partner kan gå över till modellen för indirekta återförsäljare.',
    'enrollment.transition_irreversible':
      'Den här klienten har gått över till modellen för indirekta återförsäljare och kan inte återgå till direktfakturering.',
    'enrollment.transition_already_open':
      'Den här klienten har redan en ansökan som indirekt återförsäljare på gång. Dra tillbaka den, eller vänta på beslutet, innan du begär en ny övergång.',
    'enrollment.already_indirect_reseller':
      'Den här klienten är redan en aktiv indirekt återförsäljare, så det finns inget att övergå till.',
    'enrollment.transition_not_accepted':
      'Övergången slutförs först när registreringen som indirekt återförsäljare som den öppnade är aktiv.',
    'enrollment.assignment_staff_only':
      'Bara granskare och programadministratörer tilldelar ansökningar.',
    'enrollment.assignment_closed':
      'En ansökan i läget ”{state}” finns inte i granskarnas kö och kan därför inte tilldelas.',
    'enrollment.assignee_not_staff':
      'Ansökningar kan bara tilldelas granskare och programadministratörer.',
    'enrollment.already_assigned':
      'Någon annan arbetar med den här ansökan. Tilldela den i stället, om den ska flyttas till dig.',
  },
} as const;
