// The console's texts for the directory's back-office pages (leads, unmet demand, the index's
// upkeep), in both languages; en.ts and sv.ts spread them in.

export const directoryInsightsEn = {
  resources: {
    leads: {
      name: 'Lead |||| Leads',
      fields: {
        createdAt: 'Received',
        company: 'Company',
        name: 'Name',
        country: 'Country',
        message: 'Message',
        locale: 'Language',
      },
      answer_to: 'Answer to',
      locales: { en: 'English', sv: 'Swedish' },
      empty: {
        title: 'No leads yet',
        body: 'When a reseller writes to you from your listing in the public directory, the message appears here and is e-mailed to your contact address.',
      },
    },
    'search-misses': {
      name: 'Unmet demand',
      fields: {
        count: 'Searches',
        region: 'Region',
        country: 'Country',
        filters: 'Other filters',
        withText: 'Text',
        lastSeenAt: 'Last',
      },
      empty: {
        title: 'Every search found a provider',
        body: 'Directory searches that find no provider are counted here by region, country and filters (never what was typed), so you can see where resellers need one.',
      },
    },
  },
  directory_insights: {
    title: 'Unmet demand in the directory',
    hint: 'Searches by resellers that found no provider, by region, country and filters. What they typed is not kept.',
    since: 'Since',
    any: 'Any',
    or: ' or ',
    searches: 'Searches without a result',
    chart_label: 'Searches without a result by country: %{list}',
    no_filters: 'None',
    facet: {
      services: 'Service',
      productAreas: 'Product area',
      languages: 'Language',
      authorized: 'Authorized provider',
      headquartersCountry: 'Headquarters',
    },
    yes: 'yes',
    no: 'no',
    with_text: 'With text',
    without_text: 'Filters only',
    index: {
      title: 'Directory index',
      hint: 'PostgreSQL holds the listings; the search index is built from it. A rebuild makes a new index and swaps it in at once, so the directory never answers empty meanwhile. The check compares the two and can repair what drifted.',
      rebuild: 'Rebuild the index',
      check: 'Check consistency',
      repair: 'Repair %{smart_count} listing |||| Repair %{smart_count} listings',
      progress: 'Rebuild progress',
      status: {
        queued: 'Queued: waiting for a worker…',
        running: 'Rebuilding: %{indexed} of %{total} listings written…',
        succeeded: 'Rebuilt: %{indexed} listings, swapped in.',
        failed: 'The rebuild failed (the index in use is unchanged): %{error}',
      },
      consistent: 'In line: %{published} published listings, %{indexed} in the index.',
      drifted:
        'Drift: %{missing} missing from the index, %{extra} in it that should not be, %{stale} out of date (%{published} published, %{indexed} indexed).',
      repaired: 'Repaired: %{repaired} listings synced again.',
    },
  },
};

export const directoryInsightsSv: typeof directoryInsightsEn = {
  resources: {
    leads: {
      name: 'Förfrågan |||| Förfrågningar',
      fields: {
        createdAt: 'Mottagen',
        company: 'Företag',
        name: 'Namn',
        country: 'Land',
        message: 'Meddelande',
        locale: 'Språk',
      },
      answer_to: 'Svara till',
      locales: { en: 'Engelska', sv: 'Svenska' },
      empty: {
        title: 'Inga förfrågningar än',
        body: 'När en återförsäljare skriver till er från er annons i den öppna katalogen visas meddelandet här och skickas till er kontaktadress.',
      },
    },
    'search-misses': {
      name: 'Ouppfylld efterfrågan',
      fields: {
        count: 'Sökningar',
        region: 'Region',
        country: 'Land',
        filters: 'Andra filter',
        withText: 'Text',
        lastSeenAt: 'Senast',
      },
      empty: {
        title: 'Varje sökning hittade en leverantör',
        body: 'Sökningar i katalogen som inte hittar någon leverantör räknas här per region, land och filter (aldrig det som skrevs), så att ni ser var återförsäljare behöver en.',
      },
    },
  },
  directory_insights: {
    title: 'Ouppfylld efterfrågan i katalogen',
    hint: 'Återförsäljares sökningar som inte hittade någon leverantör, per region, land och filter. Det de skrev sparas inte.',
    since: 'Sedan',
    any: 'Alla',
    or: ' eller ',
    searches: 'Sökningar utan träff',
    chart_label: 'Sökningar utan träff per land: %{list}',
    no_filters: 'Inga',
    facet: {
      services: 'Tjänst',
      productAreas: 'Produktområde',
      languages: 'Språk',
      authorized: 'Auktoriserad leverantör',
      headquartersCountry: 'Huvudkontor',
    },
    yes: 'ja',
    no: 'nej',
    with_text: 'Med text',
    without_text: 'Bara filter',
    index: {
      title: 'Katalogens index',
      hint: 'PostgreSQL har annonserna; sökindexet byggs från dem. En ombyggnad gör ett nytt index och byter in det på en gång, så att katalogen aldrig svarar tomt under tiden. Kontrollen jämför de två och kan laga det som glidit isär.',
      rebuild: 'Bygg om indexet',
      check: 'Kontrollera överensstämmelse',
      repair: 'Laga %{smart_count} annons |||| Laga %{smart_count} annonser',
      progress: 'Ombyggnadens förlopp',
      status: {
        queued: 'I kö: väntar på en arbetare…',
        running: 'Bygger om: %{indexed} av %{total} annonser skrivna…',
        succeeded: 'Ombyggt: %{indexed} annonser, inbytt.',
        failed: 'Ombyggnaden misslyckades (indexet som används är oförändrat): %{error}',
      },
      consistent: 'Överens: %{published} publicerade annonser, %{indexed} i indexet.',
      drifted:
        'Avvikelser: %{missing} saknas i indexet, %{extra} finns där men ska inte, %{stale} inaktuella (%{published} publicerade, %{indexed} i indexet).',
      repaired: 'Lagat: %{repaired} annonser synkade igen.',
    },
  },
};
