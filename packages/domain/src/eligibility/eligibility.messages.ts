export const eligibilityMessages = {
  en: {
    'eligibility.invalid_date': 'The date to judge eligibility on is not a valid date.',
    'eligibility.no_policy_in_force': 'No direct bill requirements were in force on {date}.',
    'eligibility.partner_id_met': 'An active location PartnerID in {country} is in Partner Center.',
    'eligibility.partner_id_unknown':
      'It is not yet known whether the company has a location PartnerID in {country}.',
    'eligibility.partner_id_missing':
      'The company needs a location PartnerID in {country}, the country of the CSP account.',
    'eligibility.partner_id_other_country':
      'The location PartnerID is in {partnerIdCountry}, but the CSP account is in {country}. It must be in the same country, even within one CSP region.',
    'eligibility.partner_id_not_in_partner_center':
      'The location PartnerID for {country} is not in Partner Center yet.',
    'eligibility.partner_id_inactive': 'The location PartnerID for {country} is not active.',
    'eligibility.endorsement_met':
      'The applicant has the authority to accept and sign legal agreements for the organization.',
    'eligibility.endorsement_not_met':
      'The applicant must have the authority to accept and sign legal agreements for the organization.',
    'eligibility.endorsement_unknown':
      'Confirm that the applicant may accept and sign legal agreements for the organization.',
    'eligibility.support_capability_met':
      'The company can provide first-level cloud product support to its customers.',
    'eligibility.support_capability_not_met':
      'The company must be able to provide first-level cloud product support to its customers.',
    'eligibility.support_capability_unknown':
      'Confirm that the company can provide first-level cloud product support to its customers.',
    'eligibility.support_plan_met':
      'A Microsoft support plan ({plan}) was bought after the credit check passed.',
    'eligibility.support_plan_after_credit_check':
      'Buy Advanced Support for Partners (ASfP) or Premier Support for Partners (PSfP) only after we tell you that the credit check has passed.',
    'eligibility.support_plan_missing':
      'The credit check has passed: the company now needs ASfP or PSfP.',
    'eligibility.support_plan_not_accepted':
      'The support plan {plan} does not count; one of these is required: {plans}.',
    'eligibility.support_plan_before_credit_check':
      'The support plan ({plan}) was bought before the credit check passed, which the program asks partners not to do. A reviewer will look at it.',
    'eligibility.credit_check_failed': 'The company did not pass the credit check.',
    'eligibility.revenue_met':
      'CSP revenue from {first} to {last} was USD {totalUsd}, at least the USD {minimumUsd} required.',
    'eligibility.revenue_below_minimum':
      'CSP revenue from {first} to {last} was USD {totalUsd}, less than the USD {minimumUsd} required. Perpetual software does not count.',
    'eligibility.revenue_to_be_verified':
      'The reported CSP revenue from {first} to {last}, USD {totalUsd}, reaches USD {minimumUsd}. Microsoft will review and verify it and may ask for more information.',
    'eligibility.revenue_unknown':
      'The trailing 12 months of CSP revenue (at least USD {minimumUsd}) are not known yet.',
    'eligibility.tenure_met':
      'The company has transacted as an indirect reseller since {since}, at least {months} months.',
    'eligibility.tenure_too_short':
      'The company has transacted as an indirect reseller only since {since}; {months} months are required, reached on {eligibleFrom}.',
    'eligibility.tenure_none':
      'The company must first transact as an indirect reseller for at least {months} months.',
    'eligibility.tenure_unknown':
      'It is not yet known how long the company has transacted as an indirect reseller ({months} months required).',
    'eligibility.accounts_receivable_met':
      'The company has the infrastructure to manage customer billing and provisioning.',
    'eligibility.accounts_receivable_not_met':
      'The company needs the infrastructure to manage customer billing and provisioning.',
    'eligibility.accounts_receivable_unknown':
      'Confirm that the company can manage customer billing and provisioning.',
    'eligibility.managed_service_met':
      'The company offers at least one managed service, IP service or customer solution application.',
    'eligibility.managed_service_not_met':
      'The company offers no managed service, IP service or customer solution application.',
    'eligibility.managed_service_unknown':
      'Does the company offer a managed service, IP service or customer solution application?',
    'eligibility.solutions_partner_designation_met':
      'The company holds at least one Solutions Partner designation.',
    'eligibility.solutions_partner_designation_not_met':
      'The company needs at least one Solutions Partner designation.',
    'eligibility.solutions_partner_designation_unknown':
      'It is not yet known whether the company holds a Solutions Partner designation.',
    'eligibility.security_requirements_met':
      'The mandatory Partner Center security requirements are met.',
    'eligibility.security_requirements_not_met':
      'The mandatory Partner Center security requirements (such as MFA for all admins and a security contact) are not met.',
    'eligibility.security_requirements_unknown':
      'The Partner Center security requirements have not been checked yet.',
    'eligibility.operational_assessment_met': 'The operational assessment has passed.',
    'eligibility.operational_assessment_not_met':
      'The operational assessment (billing, provisioning, compliance, support, security) did not pass.',
    'eligibility.operational_assessment_pending':
      'The operational assessment has not been completed yet.',
  },
  sv: {
    'eligibility.invalid_date': 'Datumet som behörigheten ska bedömas för är inget giltigt datum.',
    'eligibility.no_policy_in_force': 'Inga krav för direktfakturering gällde den {date}.',
    'eligibility.partner_id_met':
      'Ett aktivt PartnerID för en plats i {country} finns i Partner Center.',
    'eligibility.partner_id_unknown':
      'Det är ännu inte känt om företaget har ett PartnerID för en plats i {country}.',
    'eligibility.partner_id_missing':
      'Företaget behöver ett PartnerID för en plats i {country}, CSP-kontots land.',
    'eligibility.partner_id_other_country':
      'Platsens PartnerID är i {partnerIdCountry}, men CSP-kontot är i {country}. Det måste vara samma land, även inom samma CSP-region.',
    'eligibility.partner_id_not_in_partner_center':
      'Platsens PartnerID för {country} finns ännu inte i Partner Center.',
    'eligibility.partner_id_inactive': 'Platsens PartnerID för {country} är inte aktivt.',
    'eligibility.endorsement_met':
      'Den sökande har behörighet att godkänna och underteckna juridiska avtal för organisationen.',
    'eligibility.endorsement_not_met':
      'Den sökande måste ha behörighet att godkänna och underteckna juridiska avtal för organisationen.',
    'eligibility.endorsement_unknown':
      'Bekräfta att den sökande får godkänna och underteckna juridiska avtal för organisationen.',
    'eligibility.support_capability_met':
      'Företaget kan ge sina kunder support på första nivån för molnprodukter.',
    'eligibility.support_capability_not_met':
      'Företaget måste kunna ge sina kunder support på första nivån för molnprodukter.',
    'eligibility.support_capability_unknown':
      'Bekräfta att företaget kan ge sina kunder support på första nivån för molnprodukter.',
    'eligibility.support_plan_met':
      'En supportplan från Microsoft ({plan}) köptes efter att kreditprövningen godkänts.',
    'eligibility.support_plan_after_credit_check':
      'Köp Advanced Support for Partners (ASfP) eller Premier Support for Partners (PSfP) först när vi har meddelat att kreditprövningen är godkänd.',
    'eligibility.support_plan_missing':
      'Kreditprövningen är godkänd: nu behöver företaget ASfP eller PSfP.',
    'eligibility.support_plan_not_accepted':
      'Supportplanen {plan} räknas inte; någon av dessa krävs: {plans}.',
    'eligibility.support_plan_before_credit_check':
      'Supportplanen ({plan}) köptes innan kreditprövningen var godkänd, vilket programmet ber partner att inte göra. En granskare tittar på det.',
    'eligibility.credit_check_failed': 'Företaget blev inte godkänt i kreditprövningen.',
    'eligibility.revenue_met':
      'CSP-intäkterna från {first} till {last} var {totalUsd} USD, minst de {minimumUsd} USD som krävs.',
    'eligibility.revenue_below_minimum':
      'CSP-intäkterna från {first} till {last} var {totalUsd} USD, mindre än de {minimumUsd} USD som krävs. Evighetslicenser för programvara räknas inte.',
    'eligibility.revenue_to_be_verified':
      'De rapporterade CSP-intäkterna från {first} till {last}, {totalUsd} USD, når upp till {minimumUsd} USD. Microsoft granskar och verifierar dem och kan be om mer information.',
    'eligibility.revenue_unknown':
      'CSP-intäkterna för de senaste tolv månaderna (minst {minimumUsd} USD) är ännu inte kända.',
    'eligibility.tenure_met':
      'Företaget har handlat som indirekt återförsäljare sedan {since}, minst {months} månader.',
    'eligibility.tenure_too_short':
      'Företaget har handlat som indirekt återförsäljare bara sedan {since}; {months} månader krävs, vilket uppnås den {eligibleFrom}.',
    'eligibility.tenure_none':
      'Företaget måste först ha handlat som indirekt återförsäljare i minst {months} månader.',
    'eligibility.tenure_unknown':
      'Det är ännu inte känt hur länge företaget har handlat som indirekt återförsäljare ({months} månader krävs).',
    'eligibility.accounts_receivable_met':
      'Företaget har en organisation för att hantera kundfakturering och provisionering.',
    'eligibility.accounts_receivable_not_met':
      'Företaget behöver en organisation för att hantera kundfakturering och provisionering.',
    'eligibility.accounts_receivable_unknown':
      'Bekräfta att företaget kan hantera kundfakturering och provisionering.',
    'eligibility.managed_service_met':
      'Företaget erbjuder minst en hanterad tjänst, IP-tjänst eller kundlösning.',
    'eligibility.managed_service_not_met':
      'Företaget erbjuder ingen hanterad tjänst, IP-tjänst eller kundlösning.',
    'eligibility.managed_service_unknown':
      'Erbjuder företaget en hanterad tjänst, IP-tjänst eller kundlösning?',
    'eligibility.solutions_partner_designation_met':
      'Företaget har minst en Solutions Partner-beteckning.',
    'eligibility.solutions_partner_designation_not_met':
      'Företaget behöver minst en Solutions Partner-beteckning.',
    'eligibility.solutions_partner_designation_unknown':
      'Det är ännu inte känt om företaget har en Solutions Partner-beteckning.',
    'eligibility.security_requirements_met':
      'De obligatoriska säkerhetskraven i Partner Center är uppfyllda.',
    'eligibility.security_requirements_not_met':
      'De obligatoriska säkerhetskraven i Partner Center (till exempel MFA för alla administratörer och en säkerhetskontakt) är inte uppfyllda.',
    'eligibility.security_requirements_unknown':
      'Säkerhetskraven i Partner Center har ännu inte kontrollerats.',
    'eligibility.operational_assessment_met': 'Den operativa bedömningen är godkänd.',
    'eligibility.operational_assessment_not_met':
      'Den operativa bedömningen (fakturering, provisionering, regelefterlevnad, support, säkerhet) blev inte godkänd.',
    'eligibility.operational_assessment_pending': 'Den operativa bedömningen är ännu inte klar.',
  },
} as const;
