// The console's texts for reseller ↔ provider relationships (issue 10 item 6) and the transition
// from direct bill to indirect reseller (item 4; DOMAIN.md §3).

export const relationshipsEn = {
  relationships: {
    // The menu's and the page's title, per persona (resources.reseller-providers.name would win).
    providers_title: 'Indirect providers',
    resellers_title: 'Resellers',
    intro_partner:
      'The indirect providers your company works with as an indirect reseller. Each one sends you a partnership invitation in Partner Center; indirect customers are ordered through them.',
    intro_distributor:
      'The indirect resellers that chose your company as their indirect provider. Send each one a partnership invitation in Partner Center.',
    intro_staff: 'Which indirect providers each indirect reseller works with.',
    empty: 'No indirect provider is recorded yet.',
    empty_distributor: 'No reseller has chosen your company as its indirect provider yet.',
    fields: {
      reseller: 'Reseller',
      provider: 'Indirect provider',
      regions: 'CSP regions',
      origin: 'How',
      createdAt: 'Recorded',
    },
    origin: {
      reseller: 'Chosen by the reseller',
      transition: 'Transition from direct bill',
    },
    add: {
      title: 'Add an indirect provider',
      intro:
        'Find a provider in the directory. Only providers that serve your CSP regions are shown; the provider is told by e-mail.',
      not_active:
        'Once your company is an active indirect reseller, you can record the indirect providers you work with here.',
      submit: 'Add provider',
      saved: '%{name} is now one of your indirect providers.',
    },
    picker: {
      label: 'Indirect provider',
      hint: 'Providers that serve %{regions}. Type a name or what you need.',
      loading: 'Searching…',
      none: 'No indirect provider in %{regions} matches.',
      failed: 'The directory cannot be searched right now. Try again in a moment.',
      option: 'Headquarters: %{country} · serves %{count} countries',
    },
  },
  transition: {
    title: 'Transition to indirect reseller',
    intro:
      'Your company can also become an indirect reseller on this same tenant, buying through an indirect provider. Before you request it:',
    consequences: {
      customers:
        'Your direct customers stay with you, including their billing (%{smart_count} registered customer) |||| Your direct customers stay with you, including their billing (%{smart_count} registered customers).',
      new_customers:
        'Customers you win as an indirect reseller are ordered through your provider; direct bill purchasing cannot be used for them. Existing subscriptions can be transferred to the provider later.',
      incentives:
        'An invitation to the indirect reseller incentive program arrives within 30 days; direct bill incentives continue separately on this tenant.',
      sandbox: 'The direct bill sandbox is lost.',
      review:
        'The request is reviewed (up to 5 business days). Until it is approved and you accept the indirect reseller terms, you stay an active direct bill partner and can withdraw it.',
      irreversible:
        'Once enrolled as an indirect reseller this way, the tenant cannot go back to direct bill only.',
    },
    understood:
      'I understand that the transition cannot be undone once I accept the indirect reseller terms.',
    pick_provider: 'Choose the indirect provider first.',
    confirm_first: 'Confirm that you understand the consequences first.',
    submit: 'Request the transition',
    under_way: 'Your transition request with %{provider} (sent %{date}) is under review:',
    open_link: 'Open the indirect reseller application',
    closed: {
      rejected:
        'Your last transition request (with %{provider}) was not approved; nothing changed. You can request it again.',
      withdrawn:
        'You withdrew your last transition request (with %{provider}); nothing changed. You can request it again.',
    },
    done: 'This tenant has transitioned to the indirect reseller model, with %{provider} as its indirect provider. It cannot go back to direct bill only.',
    own: {
      under_way:
        'This application is your transition from direct bill, with %{provider} as your indirect provider. Your direct bill enrollment stays active until you accept the indirect reseller terms here; you can still withdraw.',
      done: 'This application completed your transition from direct bill, with %{provider} as your indirect provider.',
      direct_bill_link: 'Open the direct bill enrollment',
    },
    staff: {
      note: 'A transition from direct bill: the partner chose %{provider} as its indirect provider. It stays an active direct bill partner until it accepts the indirect reseller terms.',
      requested:
        'The partner asked to transition to indirect reseller with %{provider}; the request is an indirect reseller application under review.',
    },
  },
};

export const relationshipsSv: typeof relationshipsEn = {
  relationships: {
    providers_title: 'Indirekta leverantörer',
    resellers_title: 'Återförsäljare',
    intro_partner:
      'De indirekta leverantörer som ert företag arbetar med som indirekt återförsäljare. Var och en skickar en partnerskapsinbjudan i Partner Center; indirekta kunder beställs via dem.',
    intro_distributor:
      'De indirekta återförsäljare som har valt ert företag som indirekt leverantör. Skicka en partnerskapsinbjudan till var och en i Partner Center.',
    intro_staff: 'Vilka indirekta leverantörer varje indirekt återförsäljare arbetar med.',
    empty: 'Ingen indirekt leverantör är registrerad ännu.',
    empty_distributor: 'Ingen återförsäljare har valt ert företag som indirekt leverantör ännu.',
    fields: {
      reseller: 'Återförsäljare',
      provider: 'Indirekt leverantör',
      regions: 'CSP-regioner',
      origin: 'Hur',
      createdAt: 'Registrerad',
    },
    origin: {
      reseller: 'Vald av återförsäljaren',
      transition: 'Övergång från direktfakturering',
    },
    add: {
      title: 'Lägg till en indirekt leverantör',
      intro:
        'Hitta en leverantör i katalogen. Bara leverantörer som betjänar era CSP-regioner visas; leverantören får ett mejl.',
      not_active:
        'När ert företag är en aktiv indirekt återförsäljare kan ni registrera de indirekta leverantörer ni arbetar med här.',
      submit: 'Lägg till leverantör',
      saved: '%{name} är nu en av era indirekta leverantörer.',
    },
    picker: {
      label: 'Indirekt leverantör',
      hint: 'Leverantörer som betjänar %{regions}. Skriv ett namn eller vad ni behöver.',
      loading: 'Söker …',
      none: 'Ingen indirekt leverantör i %{regions} matchar.',
      failed: 'Katalogen går inte att söka i just nu. Försök igen om en stund.',
      option: 'Huvudkontor: %{country} · betjänar %{count} länder',
    },
  },
  transition: {
    title: 'Övergång till indirekt återförsäljare',
    intro:
      'Ert företag kan också bli indirekt återförsäljare i samma klient och köpa via en indirekt leverantör. Innan ni begär det:',
    consequences: {
      customers:
        'Era direktkunder stannar hos er, även faktureringen (%{smart_count} registrerad kund). |||| Era direktkunder stannar hos er, även faktureringen (%{smart_count} registrerade kunder).',
      new_customers:
        'Kunder som ni vinner som indirekt återförsäljare beställs via er leverantör; direktfakturering kan inte användas för dem. Befintliga prenumerationer kan flyttas till leverantören senare.',
      incentives:
        'En inbjudan till incitamentsprogrammet för indirekta återförsäljare kommer inom 30 dagar; incitamenten för direktfakturering fortsätter separat i den här klienten.',
      sandbox: 'Sandlådan för direktfakturering försvinner.',
      review:
        'Begäran granskas (upp till 5 arbetsdagar). Tills den har godkänts och ni har godkänt villkoren för indirekta återförsäljare är ni fortfarande en aktiv direktfakturerad partner och kan dra tillbaka den.',
      irreversible:
        'När klienten väl är registrerad som indirekt återförsäljare på det här sättet kan den inte återgå till enbart direktfakturering.',
    },
    understood:
      'Jag förstår att övergången inte kan ångras när jag har godkänt villkoren för indirekta återförsäljare.',
    pick_provider: 'Välj den indirekta leverantören först.',
    confirm_first: 'Bekräfta först att du förstår följderna.',
    submit: 'Begär övergången',
    under_way: 'Er begäran om övergång med %{provider} (skickad %{date}) granskas:',
    open_link: 'Öppna ansökan som indirekt återförsäljare',
    closed: {
      rejected:
        'Er senaste begäran om övergång (med %{provider}) godkändes inte; inget ändrades. Ni kan begära den igen.',
      withdrawn:
        'Ni drog tillbaka er senaste begäran om övergång (med %{provider}); inget ändrades. Ni kan begära den igen.',
    },
    done: 'Den här klienten har gått över till modellen för indirekta återförsäljare, med %{provider} som indirekt leverantör. Den kan inte återgå till enbart direktfakturering.',
    own: {
      under_way:
        'Den här ansökan är er övergång från direktfakturering, med %{provider} som indirekt leverantör. Er registrering för direktfakturering är aktiv tills ni godkänner villkoren för indirekta återförsäljare här; ni kan fortfarande dra tillbaka den.',
      done: 'Den här ansökan slutförde er övergång från direktfakturering, med %{provider} som indirekt leverantör.',
      direct_bill_link: 'Öppna registreringen för direktfakturering',
    },
    staff: {
      note: 'En övergång från direktfakturering: partnern valde %{provider} som indirekt leverantör. Den är fortfarande en aktiv direktfakturerad partner tills den godkänner villkoren för indirekta återförsäljare.',
      requested:
        'Partnern har begärt övergång till indirekt återförsäljare med %{provider}; begäran är en ansökan som indirekt återförsäljare som granskas.',
    },
  },
};
