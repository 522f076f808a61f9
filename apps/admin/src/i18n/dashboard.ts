// The console home's review figures (issue 8 item 11), in both languages; en.ts and sv.ts spread
// them in. The queue's filter by decision date is labelled here too: the dashboard links with it.

export const dashboardEn = {
  figures: {
    title: 'Review figures',
    hint: 'The last 12 weeks (%{from} to %{to}), weeks from Monday, in UTC.',
    unavailable: 'The figures cannot be shown right now.',
    estimate: 'about %{count}',
    open_queue: 'Open in the queue',
    backlog: {
      title: 'Backlog by state',
      series: 'Applications',
      label: 'Open applications by state: %{list}.',
      empty: 'No applications waiting. The backlog is empty.',
    },
    weekly: {
      title: 'Submitted and decided per week',
      submitted: 'Submitted',
      decided: 'Decided',
      label: 'Applications per week, submitted and decided: %{list}.',
      item: 'week of %{week}: %{submitted} submitted, %{decided} decided',
      empty: 'No applications yet in the last 12 weeks.',
      open_submitted: 'Submitted in these weeks',
      open_decided: 'Decided in these weeks',
    },
    median: {
      title: 'Median time to decision',
      series: 'Median days',
      overall: '%{days} days overall',
      label: 'Median days from submission to decision per week: %{list}. Overall: %{overall}.',
      item: 'week of %{week}: %{days}',
      no_decisions: 'no decisions',
      empty: 'No decisions yet in the last 12 weeks.',
    },
    approval: {
      title: 'Approval rate by region',
      series: 'Approved',
      label: 'Share of decisions approved by CSP region: %{list}.',
      item: '%{region}: %{rate} (%{approved} of %{decided})',
      empty: 'No decisions yet in the last 12 weeks.',
    },
    overdue: {
      title: 'Overdue',
      body: 'Applications past the review target, while Microsoft owes the next step.',
      none: 'Nothing is overdue.',
      open: 'Show overdue applications',
    },
  },
  queue_filter: {
    decided_from: 'Decided from',
    decided_to: 'Decided until',
  },
};

export const dashboardSv: typeof dashboardEn = {
  figures: {
    title: 'Granskningens siffror',
    hint: 'De senaste 12 veckorna (%{from} till %{to}), veckor från måndag, i UTC.',
    unavailable: 'Siffrorna kan inte visas just nu.',
    estimate: 'cirka %{count}',
    open_queue: 'Öppna i kön',
    backlog: {
      title: 'Ärenden per status',
      series: 'Ansökningar',
      label: 'Öppna ansökningar per status: %{list}.',
      empty: 'Inga ansökningar väntar. Kön är tom.',
    },
    weekly: {
      title: 'Inskickade och beslutade per vecka',
      submitted: 'Inskickade',
      decided: 'Beslutade',
      label: 'Ansökningar per vecka, inskickade och beslutade: %{list}.',
      item: 'veckan från %{week}: %{submitted} inskickade, %{decided} beslutade',
      empty: 'Inga ansökningar ännu de senaste 12 veckorna.',
      open_submitted: 'Inskickade dessa veckor',
      open_decided: 'Beslutade dessa veckor',
    },
    median: {
      title: 'Mediantid till beslut',
      series: 'Median i dagar',
      overall: '%{days} dagar totalt',
      label: 'Median i dagar från inskickad till beslut per vecka: %{list}. Totalt: %{overall}.',
      item: 'veckan från %{week}: %{days}',
      no_decisions: 'inga beslut',
      empty: 'Inga beslut ännu de senaste 12 veckorna.',
    },
    approval: {
      title: 'Andel godkända per region',
      series: 'Godkända',
      label: 'Andel beslut som godkändes per CSP-region: %{list}.',
      item: '%{region}: %{rate} (%{approved} av %{decided})',
      empty: 'Inga beslut ännu de senaste 12 veckorna.',
    },
    overdue: {
      title: 'Försenade',
      body: 'Ansökningar över granskningsmålet, medan Microsoft ska ta nästa steg.',
      none: 'Inget är försenat.',
      open: 'Visa försenade ansökningar',
    },
  },
  queue_filter: {
    decided_from: 'Beslutad från',
    decided_to: 'Beslutad till och med',
  },
};
