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
  },
} as const;
