// The directory's demo providers (issue 9 item 13): at least 150, in every CSP region, named after
// Microsoft's fictitious companies and plausible distributors, generated from a fixed seed so every
// machine gets the same ones. Each listing is checked by the domain's parseProviderListing as it
// is made: a demo listing the rules would refuse fails the load instead of reaching the index.
import {
  markets,
  parseProviderListing,
  productAreas,
  providerServices,
  regionNames,
  type ProviderListing,
  type RegionName,
} from '@hub/domain';

export type DemoProvider = {
  /** A stable key: the demo ids are derived from it. */
  readonly key: string;
  /** The distributor persona's own provider has its tenant; the others get a made-up one. */
  readonly tenantKey: string;
  readonly listing: ProviderListing;
  readonly authorized: boolean;
  /** Days before load time that the distributor last confirmed the listing. */
  readonly confirmedDaysAgo: number;
};

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Office cities with coordinates, by country (at least one in every CSP region). */
const cities: Readonly<Record<string, readonly [string, number, number][]>> = {
  SE: [
    ['Stockholm', 59.33, 18.07],
    ['Göteborg', 57.71, 11.97],
    ['Malmö', 55.6, 13.0],
  ],
  NO: [['Oslo', 59.91, 10.75]],
  DK: [['København', 55.68, 12.57]],
  FI: [['Helsinki', 60.17, 24.94]],
  DE: [
    ['Berlin', 52.52, 13.4],
    ['München', 48.14, 11.58],
    ['Frankfurt am Main', 50.11, 8.68],
  ],
  FR: [
    ['Paris', 48.86, 2.35],
    ['Lyon', 45.76, 4.84],
  ],
  NL: [['Amsterdam', 52.37, 4.9]],
  GB: [
    ['London', 51.51, -0.13],
    ['Manchester', 53.48, -2.24],
  ],
  IE: [['Dublin', 53.35, -6.26]],
  ES: [
    ['Madrid', 40.42, -3.7],
    ['Barcelona', 41.39, 2.17],
  ],
  IT: [
    ['Milano', 45.46, 9.19],
    ['Roma', 41.9, 12.5],
  ],
  PT: [['Lisboa', 38.72, -9.14]],
  BE: [['Bruxelles', 50.85, 4.35]],
  AT: [['Wien', 48.21, 16.37]],
  CH: [['Zürich', 47.38, 8.54]],
  PL: [['Warszawa', 52.23, 21.01]],
  CZ: [['Praha', 50.08, 14.44]],
  RO: [['București', 44.43, 26.1]],
  HU: [['Budapest', 47.5, 19.04]],
  GR: [['Athína', 37.98, 23.73]],
  US: [
    ['Seattle', 47.61, -122.33],
    ['New York', 40.71, -74.01],
    ['Austin', 30.27, -97.74],
    ['Chicago', 41.88, -87.63],
  ],
  CA: [
    ['Toronto', 43.65, -79.38],
    ['Vancouver', 49.28, -123.12],
    ['Montréal', 45.5, -73.57],
  ],
  BR: [
    ['São Paulo', -23.55, -46.63],
    ['Rio de Janeiro', -22.91, -43.17],
  ],
  MX: [['Ciudad de México', 19.43, -99.13]],
  AR: [['Buenos Aires', -34.6, -58.38]],
  CL: [['Santiago', -33.45, -70.67]],
  CO: [['Bogotá', 4.71, -74.07]],
  PE: [['Lima', -12.05, -77.04]],
  JP: [
    ['Tokyo', 35.68, 139.69],
    ['Osaka', 34.69, 135.5],
  ],
  KR: [
    ['Seoul', 37.57, 126.98],
    ['Busan', 35.18, 129.08],
  ],
  CN: [
    ['Shanghai', 31.23, 121.47],
    ['Beijing', 39.9, 116.41],
  ],
  IN: [
    ['Bengaluru', 12.97, 77.59],
    ['Mumbai', 19.08, 72.88],
    ['New Delhi', 28.61, 77.21],
  ],
  TW: [['Taipei', 25.03, 121.57]],
  RU: [['Moskva', 55.76, 37.62]],
  AU: [
    ['Sydney', -33.87, 151.21],
    ['Melbourne', -37.81, 144.96],
  ],
  NZ: [
    ['Auckland', -36.85, 174.76],
    ['Wellington', -41.29, 174.78],
  ],
  SG: [['Singapore', 1.35, 103.82]],
  MY: [['Kuala Lumpur', 3.14, 101.69]],
  TH: [['Bangkok', 13.76, 100.5]],
  PH: [['Manila', 14.6, 120.98]],
  ID: [['Jakarta', -6.21, 106.85]],
  VN: [['Ho Chi Minh City', 10.82, 106.63]],
  HK: [['Hong Kong', 22.32, 114.17]],
  ZA: [
    ['Johannesburg', -26.2, 28.05],
    ['Cape Town', -33.92, 18.42],
  ],
  EG: [['Cairo', 30.04, 31.24]],
  MA: [['Casablanca', 33.57, -7.59]],
  AE: [['Dubai', 25.2, 55.27]],
  SA: [['Riyadh', 24.71, 46.68]],
  TR: [['İstanbul', 41.01, 28.98]],
  IL: [['Tel Aviv', 32.09, 34.78]],
  UA: [['Kyiv', 50.45, 30.52]],
  NG: [['Lagos', 6.52, 3.38]],
  KE: [['Nairobi', -1.29, 36.82]],
};

/** Languages a provider in a region typically speaks, besides English. */
const regionLanguages: Readonly<Record<RegionName, readonly string[]>> = {
  Africa: ['fr', 'sw', 'pt'],
  'Asia and Pacific': ['zh', 'ms', 'th', 'id', 'vi'],
  Australia: [],
  Brazil: ['pt-BR'],
  Canada: ['fr-CA'],
  China: ['zh-CN'],
  Europe: ['sv', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'da', 'fi', 'nb', 'pt'],
  India: ['hi'],
  Japan: ['ja'],
  'Korea, Republic of': ['ko'],
  'Latin America and the Caribbean': ['es', 'pt'],
  'Middle East, Central Europe, and Eastern Europe': ['ar', 'tr', 'he', 'uk'],
  'New Zealand': [],
  Russia: ['ru'],
  Taiwan: ['zh-TW'],
  'United States': ['es-US'],
};

const companies = [
  'Contoso',
  'Fabrikam',
  'Adventure Works',
  'Tailspin',
  'Wide World',
  'Woodgrove',
  'Litware',
  'Proseware',
  'Lucerne',
  'Coho',
  'Alpine',
  'Fourth Coffee',
  'Trey',
  'Wingtip',
  'Blue Yonder',
  'Humongous',
  'Relecloud',
  'VanArsdel',
  'A. Datum',
  'Southridge',
  'Consolidated',
  'Lamna',
  'Munson',
  'Tailwind',
  'Bellows',
  'Margie',
  'Northwind',
  'Graphic Design',
  'Nod',
  'First Up',
];
const suffixes = [
  'Distribution',
  'Cloud Distribution',
  'Cloud Supply',
  'Channel Services',
  'IT Wholesale',
  'Cloud Partners',
  'Technology Distribution',
  'Cloud Marketplace',
];

const pick = <T>(next: () => number, items: readonly T[]): T =>
  items[Math.floor(next() * items.length)]!;
function some<T>(next: () => number, items: readonly T[], min: number, max: number): T[] {
  const wanted = Math.min(items.length, min + Math.floor(next() * (max - min + 1)));
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < wanted) {
    chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
  }
  return chosen;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '');

function listingOf(input: Record<string, unknown>): ProviderListing {
  const parsed = parseProviderListing(input);
  if (!parsed.ok) {
    throw new Error(
      `Demo listing ${String(input['name'])} breaks ${parsed.error.code}: ${JSON.stringify(parsed.error.details)}`,
    );
  }
  return parsed.value;
}

/** Northwind Distribution: the distributor persona's provider, in the Nordics. */
const northwind: DemoProvider = {
  key: 'northwind',
  tenantKey: 'northwind',
  authorized: true,
  confirmedDaysAgo: 12,
  listing: listingOf({
    name: 'Northwind Distribution',
    shortDescription: {
      en: 'Cloud distributor for Nordic resellers: training, marketing and credit terms.',
      sv: 'Molndistributör för nordiska återförsäljare: utbildning, marknadsföring och kreditvillkor.',
    },
    longDescription: {
      en: 'Northwind Distribution helps resellers in the Nordics start and grow a CSP business, with technical training, co-marketing and financing.',
      sv: 'Northwind Distribution hjälper återförsäljare i Norden att starta och växa en CSP-verksamhet, med teknisk utbildning, gemensam marknadsföring och finansiering.',
    },
    website: 'https://www.northwind.example',
    contactEmail: 'partners@northwind.example',
    contactPhone: '+46 8 123 456 78',
    headquartersCountry: 'SE',
    regions: ['Europe'],
    countries: ['SE', 'NO', 'DK', 'FI', 'IS'],
    services: [
      'technical_training',
      'marketing_help',
      'financing_credit_terms',
      'support_24_7',
      'billing_platform',
    ],
    productAreas: ['azure', 'microsoft_365', 'security', 'teams'],
    languages: ['sv', 'en', 'nb', 'da', 'fi'],
    offices: [
      {
        name: 'Head office',
        addressLine1: 'Storgatan 1',
        city: 'Stockholm',
        postalCode: '111 22',
        country: 'SE',
        latitude: 59.33,
        longitude: 18.07,
      },
      {
        name: 'Oslo',
        addressLine1: 'Karl Johans gate 10',
        city: 'Oslo',
        postalCode: '0154',
        country: 'NO',
        latitude: 59.91,
        longitude: 10.75,
      },
    ],
    minimumRequirements: {
      en: 'An active location PartnerID and the indirect reseller terms accepted.',
      sv: 'Ett aktivt PartnerID för platsen och godkända villkor för indirekta återförsäljare.',
    },
  }),
};

/** The demo providers: Northwind first, then 160 generated ones, 10 in each CSP region. */
export const demoProviders: readonly DemoProvider[] = [northwind, ...generate(160)];

function generate(count: number): DemoProvider[] {
  const next = random(20261201);
  const names = new Set<string>(['Northwind Distribution']);
  const providers: DemoProvider[] = [];
  for (let i = 0; i < count; i++) {
    const region = regionNames[i % regionNames.length]!;
    const inRegion = markets.filter((m) => m.region === region).map((m) => m.country as string);
    const withOffices = inRegion.filter((c) => cities[c] !== undefined);
    const headquarters = pick(next, withOffices);
    const countries = [
      headquarters,
      ...some(
        next,
        inRegion.filter((c) => c !== headquarters),
        0,
        11,
      ),
    ];
    const regions: RegionName[] = [region];
    // Some providers hold a second CSP region (a tenant each): a neighbour with its main markets.
    if (i % 9 === 4) {
      const second = regionNames[(i + 5) % regionNames.length]!;
      regions.push(second);
      countries.push(
        ...markets
          .filter((m) => m.region === second)
          .slice(0, 3)
          .map((m) => m.country as string),
      );
    }
    let name: string;
    do {
      name = `${pick(next, companies)} ${pick(next, suffixes)}${next() < 0.5 ? '' : ` ${markets.find((m) => m.country === headquarters)!.countryName}`}`;
    } while (names.has(name) || name.length > 120);
    names.add(name);
    const officeCountries = countries.filter((c) => cities[c] !== undefined);
    const offices = some(next, officeCountries, 1, 3).map((country, index) => {
      const [city, latitude, longitude] = pick(next, cities[country]!);
      return {
        name: index === 0 ? 'Head office' : null,
        addressLine1: `${1 + Math.floor(next() * 200)} ${pick(next, ['Main Street', 'Harbour Road', 'Park Avenue', 'Station Square', 'Market Street'])}`,
        city,
        postalCode: null,
        country,
        latitude: Math.round((latitude + (next() - 0.5) * 0.05) * 1e4) / 1e4,
        longitude: Math.round((longitude + (next() - 0.5) * 0.05) * 1e4) / 1e4,
      };
    });
    const services = [
      'technical_training',
      ...some(
        next,
        providerServices.filter((s) => s !== 'technical_training'),
        1,
        6,
      ),
    ];
    const languages = ['en', ...some(next, regionLanguages[region], 0, 2)];
    const domain = `${slug(name)}.example`;
    providers.push({
      key: `generated-${i}`,
      tenantKey: `generated-${i}`,
      authorized: next() < 0.35,
      // Most current, some due for confirmation (180+ days), a few hidden for it (210+).
      confirmedDaysAgo: Math.floor(next() * 215),
      listing: listingOf({
        name,
        shortDescription: {
          en: `${pick(next, ['Cloud', 'Microsoft CSP', 'Indirect'])} distributor in ${region}: ${services.length} services for resellers.`,
          sv: `${pick(next, ['Moln', 'Microsoft CSP-', 'Indirekt '])}distributör i ${region}: ${services.length} tjänster för återförsäljare.`,
        },
        longDescription:
          next() < 0.6
            ? {
                en: `${name} serves resellers in ${countries.length} markets.`,
                sv: `${name} betjänar återförsäljare på ${countries.length} marknader.`,
              }
            : null,
        website: `https://www.${domain}`,
        contactEmail: `partners@${domain}`,
        contactPhone: pick(next, [
          '+46 8 123 456 78',
          '+1 206 555 0100',
          '+44 20 7946 0000',
          '+49 30 901820',
          '+81 3 1234 5678',
          '+61 2 9876 5432',
        ]),
        headquartersCountry: headquarters,
        regions,
        countries,
        services,
        productAreas: some(next, productAreas, 1, 5),
        languages,
        offices,
        minimumRequirements:
          next() < 0.5 ? { en: 'An active PartnerID.', sv: 'Ett aktivt PartnerID.' } : null,
      }),
    });
  }
  return providers;
}
