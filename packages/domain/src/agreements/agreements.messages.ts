export const agreementsMessages = {
  en: {
    'agreements.invalid_date': 'The date is not a valid date.',
    'agreements.global_admin_required':
      'Only a Global admin of the company’s tenant can accept the agreement; you are signed in as {actorKind}.',
    'agreements.other_tenant':
      'The agreement can be accepted only by a Global admin of the company’s own tenant.',
    'agreements.wrong_program':
      'An enrollment in the {program} program accepts the {expected} agreement, not {kind}.',
    'agreements.not_acceptable_in_state':
      'The agreement cannot be accepted while the {program} enrollment is in state “{state}”.',
    'agreements.unknown_version': 'There is no version {version} of the {kind} agreement.',
    'agreements.not_for_region':
      'Version {version} of the {kind} agreement is not offered in the {region} region.',
    'agreements.not_yet_published':
      'Version {version} of the {kind} agreement can be accepted from {publishedOn}.',
    'agreements.version_superseded':
      'Version {version} of the {kind} agreement has been replaced by version {current}; accept the current version.',
    'agreements.no_version_in_force':
      'No agreement for the {program} program is in force in the {region} region.',
    'agreements.invalid_signatory':
      'Enter the signatory’s {field} (at most 200 characters, no control characters).',
    'agreements.in_force':
      'Version {version} of the {kind} agreement is accepted for the {region} region.',
    'agreements.not_accepted':
      'No current agreement ({kinds}) has been accepted for the {region} region.',
    'agreements.acceptance_stale':
      'The acceptance of version {version} of the {kind} agreement lapsed on {deadline}: accept version {current} for the {region} region.',
    'agreements.unknown_kind':
      'Choose the agreement: the Microsoft Partner Agreement or the indirect reseller terms.',
    'agreements.invalid_version_name':
      'Name the version with letters, digits, “.”, “_” or “-” (at most 32, starting with a letter or digit), e.g. 2027-01.',
    'agreements.version_exists': 'Version {version} of the {kind} agreement is already published.',
    'agreements.invalid_publication_date':
      'The publication day must be a date (YYYY-MM-DD) from today, {today}, on.',
    'agreements.invalid_deadline':
      'The re-acceptance deadline must be a date (YYYY-MM-DD) after the publication day, {publishedOn}.',
    'agreements.invalid_regions':
      'Choose the CSP regions the version is offered in, or all of them.',
    'agreements.invalid_text':
      'Enter the {field} of the agreement in {locale} (at most {max} characters).',
    'agreements.already_accepted':
      'Version {version} of the {kind} agreement is already accepted for the {region} region.',
  },
  sv: {
    'agreements.invalid_date': 'Datumet är inget giltigt datum.',
    'agreements.global_admin_required':
      'Bara en global administratör i företagets klient kan godkänna avtalet; du är inloggad som {actorKind}.',
    'agreements.other_tenant':
      'Avtalet kan bara godkännas av en global administratör i företagets egen klient.',
    'agreements.wrong_program':
      'En registrering i programmet {program} godkänner avtalet {expected}, inte {kind}.',
    'agreements.not_acceptable_in_state':
      'Avtalet kan inte godkännas medan registreringen i programmet {program} är i läget ”{state}”.',
    'agreements.unknown_version': 'Det finns ingen version {version} av avtalet {kind}.',
    'agreements.not_for_region':
      'Version {version} av avtalet {kind} erbjuds inte i regionen {region}.',
    'agreements.not_yet_published':
      'Version {version} av avtalet {kind} kan godkännas från och med {publishedOn}.',
    'agreements.version_superseded':
      'Version {version} av avtalet {kind} har ersatts av version {current}; godkänn den gällande versionen.',
    'agreements.no_version_in_force':
      'Inget avtal för programmet {program} gäller i regionen {region}.',
    'agreements.invalid_signatory':
      'Ange undertecknarens {field} (högst 200 tecken, inga styrtecken).',
    'agreements.in_force': 'Version {version} av avtalet {kind} är godkänd för regionen {region}.',
    'agreements.not_accepted': 'Inget gällande avtal ({kinds}) har godkänts för regionen {region}.',
    'agreements.acceptance_stale':
      'Godkännandet av version {version} av avtalet {kind} upphörde att gälla den {deadline}: godkänn version {current} för regionen {region}.',
    'agreements.unknown_kind':
      'Välj avtal: Microsoft Partner Agreement eller villkoren för indirekta återförsäljare.',
    'agreements.invalid_version_name':
      'Namnge versionen med bokstäver, siffror, ”.”, ”_” eller ”-” (högst 32, först en bokstav eller siffra), t.ex. 2027-01.',
    'agreements.version_exists': 'Version {version} av avtalet {kind} är redan publicerad.',
    'agreements.invalid_publication_date':
      'Publiceringsdagen måste vara ett datum (ÅÅÅÅ-MM-DD) från och med i dag, {today}.',
    'agreements.invalid_deadline':
      'Sista dag för nytt godkännande måste vara ett datum (ÅÅÅÅ-MM-DD) efter publiceringsdagen, {publishedOn}.',
    'agreements.invalid_regions': 'Välj de CSP-regioner där versionen erbjuds, eller alla.',
    'agreements.invalid_text': 'Ange avtalets {field} på {locale} (högst {max} tecken).',
    'agreements.already_accepted':
      'Version {version} av avtalet {kind} är redan godkänd för regionen {region}.',
  },
} as const;
