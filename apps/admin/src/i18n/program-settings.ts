// The console's texts for the program settings page, in both languages; en.ts and sv.ts
// spread them in.

export const programSettingsEn = {
  menu: 'Program settings',
  title: 'Program settings',
  subtitle: 'What the program’s reviewers and distributors work to. A change takes effect at once.',
  read_only: 'Only program admins change these settings; you see them as they are.',
  review_title: 'Review target',
  review_hint:
    'Business days from submission to decision, per program. Days while the partner owes an answer do not count. Applications past it are flagged as overdue in the queue.',
  freshness_title: 'Directory listing freshness',
  freshness_hint:
    'A distributor confirms now and then that its published listing is current. When it is due, the distributor is e-mailed and its console shows a banner; when the grace period ends too, the listing leaves the public directory until it is confirmed.',
  freshness_example:
    'A listing confirmed today is due on %{due} and, unless confirmed, hidden from %{hidden}.',
  bounds: 'From %{min} to %{max} days (default %{default}).',
  setting: {
    reviewTargetBusinessDays: 'Review target (business days)',
    listingConfirmEveryDays: 'Confirm every (days)',
    listingHideAfterDays: 'Hide when overdue by (days)',
  },
  save: 'Save settings',
  saved: 'Program settings saved.',
  history: 'Changes',
  no_changes: 'The settings are still the program’s defaults: nobody has changed them.',
  when: 'When',
  who: 'Who',
  what: 'Setting',
  change: 'Change',
  from_to: '%{before} → %{after}',
};

export const programSettingsSv: typeof programSettingsEn = {
  menu: 'Programinställningar',
  title: 'Programinställningar',
  subtitle:
    'Det som programmets granskare och distributörer arbetar efter. En ändring gäller direkt.',
  read_only: 'Bara programadministratörer ändrar inställningarna; du ser dem som de är.',
  review_title: 'Mål för granskning',
  review_hint:
    'Arbetsdagar från inskickad ansökan till beslut, per program. Dagar då partnern är skyldig ett svar räknas inte. Ansökningar som passerat målet flaggas som försenade i kön.',
  freshness_title: 'Aktualitet för katalogannonser',
  freshness_hint:
    'En distributör bekräftar då och då att dess publicerade annons är aktuell. När det är dags får distributören e-post och en banner i konsolen; när också anståndet är slut tas annonsen bort ur den publika katalogen tills den bekräftas.',
  freshness_example:
    'En annons som bekräftas i dag ska bekräftas igen senast %{due} och döljs, om den inte bekräftas, från %{hidden}.',
  bounds: 'Från %{min} till %{max} dagar (standard %{default}).',
  setting: {
    reviewTargetBusinessDays: 'Mål för granskning (arbetsdagar)',
    listingConfirmEveryDays: 'Bekräfta med (dagars) mellanrum',
    listingHideAfterDays: 'Dölj vid försening med (dagar)',
  },
  save: 'Spara inställningarna',
  saved: 'Programinställningarna sparades.',
  history: 'Ändringar',
  no_changes: 'Inställningarna är fortfarande programmets standard: ingen har ändrat dem.',
  when: 'När',
  who: 'Vem',
  what: 'Inställning',
  change: 'Ändring',
  from_to: '%{before} → %{after}',
};
