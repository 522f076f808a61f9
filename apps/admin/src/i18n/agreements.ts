// The console's texts for agreement versions (issue 10 item 3), in both languages; en.ts and
// sv.ts spread them in under `agreements`, and the resource's name under resources.

export const agreementsEn = {
  list_title: 'Agreement versions',
  intro:
    'The versions of the Microsoft Partner Agreement and the indirect reseller terms. A partner accepts the current version of its program’s agreement once per CSP region; a version that asks for re-acceptance must be accepted by its deadline.',
  publish: 'Publish a version',
  fields: {
    kind: 'Agreement',
    version: 'Version',
    status: 'Status',
    publishedOn: 'Published on',
    reacceptBy: 'Accept by',
    regions: 'Offered in',
    acceptance: 'Accepted',
    publishedByName: 'Published by',
  },
  all_regions: 'Every CSP region',
  no_deadline: 'No re-acceptance',
  status: {
    scheduled: 'Scheduled',
    current: 'Current',
    superseded: 'Superseded',
  },
  progress: '%{accepted} of %{concerned}',
  progress_label: '%{accepted} of %{concerned} partners accepted',
  overdue_count: '%{count} overdue',
  empty: 'No version matches the filter.',
  create: {
    title: 'Publish an agreement version',
    intro:
      'The new version supersedes every earlier version of its agreement from its publication day. Partners it concerns are e-mailed at once. Published versions cannot be changed: publish a new one to correct a text.',
    version_hint: 'New within its agreement, e.g. 2027-01.',
    published_on_hint: 'Today or later: partners can accept it from this day.',
    require_reacceptance: 'Partners must accept it again',
    require_reacceptance_hint:
      'Without this, earlier acceptances stay in force (the program asks for no annual re-acceptance).',
    reaccept_by_hint:
      'From this day an earlier acceptance no longer counts and the partner is flagged for follow-up.',
    regions_hint: 'Leave empty to offer it in every CSP region.',
    text_en: 'English text',
    text_sv: 'Swedish text',
    title_field: 'Title',
    body_field: 'Text',
    published: 'Version %{version} published; the partners it concerns are being e-mailed.',
  },
  show: {
    text: 'Text',
    details: 'Details',
    partners: 'Partners it concerns',
    partners_intro:
      'Active partners of the program in the regions it is offered in. Sorted with the ones to follow up first.',
    no_partners: 'No active partner is concerned by this version yet.',
    legal_name: 'Partner',
    country: 'Country',
    partner_status: 'Status',
    accepted_at: 'Accepted',
    signatory: 'Signatory',
    filter_all: 'All',
  },
  partner_status: {
    accepted: 'Accepted',
    pending: 'Not yet accepted',
    overdue: 'Past the deadline',
  },
  standing: {
    due: 'Agreement %{version} to accept by %{deadline}',
    overdue: 'Agreement %{version} not accepted: deadline was %{deadline}',
  },
  banner: {
    due: 'A new version of the %{agreement} (%{version}) must be accepted by %{deadline}.',
    overdue:
      'The deadline to accept version %{version} of the %{agreement} passed on %{deadline}. Your company’s acceptance of the earlier version no longer counts: accept the new version now.',
    newer_available:
      'Version %{version} of the %{agreement} is available. Your acceptance of the earlier version stays in force.',
    open: 'Read and accept',
  },
  accept: {
    title: 'Accept this version',
    intro:
      'As a global admin of your company’s tenant, accept version %{version} of the %{agreement} as a named signatory.',
    not_admin:
      'Only a global admin of your company’s tenant can accept the agreement. Ask your global admin to sign in and accept it.',
    authority: 'I have read the %{agreement} and have the authority to accept it for my company.',
    authority_required: 'Confirm that you have read it and may accept it for your company.',
    submit: 'Accept version %{version}',
    accepted: 'Accepted. A confirmation is on its way to your company’s admin e-mail.',
    already: 'Your company has accepted this version.',
    not_current: 'This is not the version your company needs to accept.',
  },
};

export const agreementsSv: typeof agreementsEn = {
  list_title: 'Avtalsversioner',
  intro:
    'Versionerna av Microsoft Partner Agreement och villkoren för indirekta återförsäljare. En partner godkänner den gällande versionen av sitt programs avtal en gång per CSP-region; en version som kräver nytt godkännande måste godkännas senast sista dagen.',
  publish: 'Publicera en version',
  fields: {
    kind: 'Avtal',
    version: 'Version',
    status: 'Status',
    publishedOn: 'Publicerad',
    reacceptBy: 'Godkänn senast',
    regions: 'Erbjuds i',
    acceptance: 'Godkänt',
    publishedByName: 'Publicerad av',
  },
  all_regions: 'Alla CSP-regioner',
  no_deadline: 'Inget nytt godkännande',
  status: {
    scheduled: 'Planerad',
    current: 'Gällande',
    superseded: 'Ersatt',
  },
  progress: '%{accepted} av %{concerned}',
  progress_label: '%{accepted} av %{concerned} partner har godkänt',
  overdue_count: '%{count} försenade',
  empty: 'Ingen version matchar filtret.',
  create: {
    title: 'Publicera en avtalsversion',
    intro:
      'Den nya versionen ersätter alla tidigare versioner av avtalet från publiceringsdagen. Berörda partner får e-post direkt. Publicerade versioner kan inte ändras: publicera en ny för att rätta en text.',
    version_hint: 'Ny för avtalet, t.ex. 2027-01.',
    published_on_hint: 'I dag eller senare: partner kan godkänna den från den dagen.',
    require_reacceptance: 'Partner måste godkänna den på nytt',
    require_reacceptance_hint:
      'Utan detta fortsätter tidigare godkännanden att gälla (programmet kräver inget årligt godkännande).',
    reaccept_by_hint:
      'Från den dagen räknas inte ett tidigare godkännande och partnern flaggas för uppföljning.',
    regions_hint: 'Lämna tomt för att erbjuda den i alla CSP-regioner.',
    text_en: 'Engelsk text',
    text_sv: 'Svensk text',
    title_field: 'Rubrik',
    body_field: 'Text',
    published: 'Version %{version} publicerad; berörda partner får e-post.',
  },
  show: {
    text: 'Text',
    details: 'Uppgifter',
    partners: 'Berörda partner',
    partners_intro:
      'Aktiva partner i programmet i de regioner där versionen erbjuds. Sorterade med dem som behöver följas upp först.',
    no_partners: 'Ingen aktiv partner berörs av den här versionen ännu.',
    legal_name: 'Partner',
    country: 'Land',
    partner_status: 'Status',
    accepted_at: 'Godkänd',
    signatory: 'Undertecknare',
    filter_all: 'Alla',
  },
  partner_status: {
    accepted: 'Godkänd',
    pending: 'Inte godkänd ännu',
    overdue: 'Efter sista dagen',
  },
  standing: {
    due: 'Avtal %{version} ska godkännas senast %{deadline}',
    overdue: 'Avtal %{version} inte godkänt: sista dagen var %{deadline}',
  },
  banner: {
    due: 'En ny version av %{agreement} (%{version}) måste godkännas senast %{deadline}.',
    overdue:
      'Sista dagen för att godkänna version %{version} av %{agreement} var %{deadline}. Företagets godkännande av den tidigare versionen räknas inte längre: godkänn den nya versionen nu.',
    newer_available:
      'Version %{version} av %{agreement} finns. Ert godkännande av den tidigare versionen fortsätter att gälla.',
    open: 'Läs och godkänn',
  },
  accept: {
    title: 'Godkänn den här versionen',
    intro:
      'Som global administratör i företagets klient godkänner du version %{version} av %{agreement} som namngiven undertecknare.',
    not_admin:
      'Bara en global administratör i företagets klient kan godkänna avtalet. Be er globala administratör att logga in och godkänna det.',
    authority: 'Jag har läst %{agreement} och har behörighet att godkänna det för mitt företag.',
    authority_required: 'Bekräfta att du har läst avtalet och får godkänna det för företaget.',
    submit: 'Godkänn version %{version}',
    accepted: 'Godkänt. En bekräftelse skickas till företagets administratörsadress.',
    already: 'Företaget har godkänt den här versionen.',
    not_current: 'Det här är inte den version som företaget behöver godkänna.',
  },
};
