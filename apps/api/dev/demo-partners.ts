// The demo's partners and their applications: Microsoft's fictitious companies in several CSP
// markets, with enrollments in every state of both programs' transition tables
// (packages/domain/src/enrollment/enrollment-table.ts). Data only; demo-data.ts turns each
// application into its rows (profile, checks, acceptance, revenue, audit trail) along a legal
// path that the domain's decideEnrollment approves step by step.
//
// Contoso has nothing here on purpose: Ada (contoso-admin) enrolls it in the demo.
import { tenants } from '@hub/devstack';
import type { EnrollmentProgram, EnrollmentState, SupportPlan } from '@hub/domain';
import { type EligibilityAnswers } from '../src/modules/enrollments/enrollment.entity.js';
import { type PartnerDto } from '../src/modules/partners/dto/partner.dto.js';

export type DemoPartner = {
  /** A stable name: the seed of the partner's ids (demoId). */
  readonly key: string;
  /** The partner's tenant; a fixed id derived from the key unless a persona's tenant. */
  readonly tenantId?: string;
  /** The profile exactly as the API takes it (checked by the API's own parsers on load). */
  readonly profile: PartnerDto;
  /** The global admin who applies and signs (a persona's oid, or derived from the key). */
  readonly admin: { readonly name: string; readonly title: string; readonly objectId?: string };
  /** Monthly USD revenue (18 full months up to last month), for direct bill applicants. */
  readonly monthlyRevenueUsd?: number;
};

export type DemoEnrollment = {
  readonly key: string;
  readonly partner: string;
  readonly program: EnrollmentProgram;
  /** Where it stands now; demo-data.ts walks the table's path to it. */
  readonly state: EnrollmentState;
  /** Business days between submission (drafts: creation) and now: the age the queue shows. */
  readonly age: number;
  /** How the path goes where a state can be reached in more than one way. */
  readonly via?: 'answered_information' | 'credit_check_failed';
  readonly supportPlan?: SupportPlan;
};

/** Answers that meet the FY26 direct bill requirements (the policy in force today). */
export const eligibleAnswers: EligibilityAnswers = {
  hasSigningAuthority: true,
  providesFirstLevelSupport: true,
  hasBillingInfrastructure: true,
  managedServices: 3,
  solutionsPartnerDesignations: 2,
  securityRequirementsMet: true,
  indirectResellerSince: '2021-03-01',
};

const profile = (
  fields: Omit<PartnerDto, 'preferredLanguage'> & { preferredLanguage?: 'en' | 'sv' },
): PartnerDto => ({ preferredLanguage: 'en', ...fields });

export const demoPartners: readonly DemoPartner[] = [
  {
    key: 'fabrikam',
    tenantId: tenants.fabrikam.id,
    admin: {
      name: 'Farid Haddad',
      title: 'Chief Executive Officer',
      objectId: '2d7b9e1a-3c4f-4a6b-8c1d-2e3f4a5b6c13',
    },
    monthlyRevenueUsd: 112_500,
    profile: profile({
      legalName: 'Fabrikam, Inc.',
      partnerId: '4081523',
      address: {
        country: 'US',
        addressLine1: '1 Microsoft Way',
        city: 'Redmond',
        state: 'WA',
        postalCode: '98052',
      },
      bankDetails: {
        country: 'US',
        accountNumber: '4815162342',
        routingNumber: '125000024',
        accountHolderName: 'Fabrikam, Inc.',
      },
      adminEmail: 'farid@fabrikam.example',
      website: 'https://fabrikam.example',
      phone: '+1 425 882 8080',
    }),
  },
  {
    key: 'northwind-traders',
    admin: { name: 'Nancy Davolio', title: 'Managing Director' },
    profile: profile({
      legalName: 'Northwind Traders Ltd',
      partnerId: '5120834',
      address: {
        country: 'GB',
        addressLine1: '12 Fenchurch Street',
        city: 'London',
        postalCode: 'EC3M 3BY',
      },
      bankDetails: {
        iban: 'GB29 NWBK 6016 1331 9268 19',
        bic: 'NWBKGB2L',
        accountHolderName: 'Northwind Traders Ltd',
      },
      adminEmail: 'nancy@northwindtraders.example',
      website: 'https://northwindtraders.example',
      phone: '+44 20 7946 0321',
    }),
  },
  {
    key: 'tailspin-toys',
    admin: { name: 'Jonas Becker', title: 'Geschäftsführer' },
    profile: profile({
      legalName: 'Tailspin Toys GmbH',
      partnerId: '5347761',
      address: {
        country: 'DE',
        addressLine1: 'Friedrichstraße 68',
        city: 'Berlin',
        postalCode: '10117',
      },
      bankDetails: {
        iban: 'DE89 3704 0044 0532 0130 00',
        bic: 'COBADEFFXXX',
        accountHolderName: 'Tailspin Toys GmbH',
      },
      adminEmail: 'jonas.becker@tailspintoys.example',
      website: 'https://tailspintoys.example',
      phone: '+49 30 901820',
    }),
  },
  {
    // Gave Tailspin Toys' bank account as its own: the queue flags both as possible duplicates.
    key: 'wingtip-toys',
    admin: { name: 'Lena Vogel', title: 'Geschäftsführerin' },
    profile: profile({
      legalName: 'Wingtip Toys GmbH',
      partnerId: '5398214',
      address: {
        country: 'DE',
        addressLine1: 'Sendlinger Straße 12',
        city: 'München',
        postalCode: '80331',
      },
      bankDetails: {
        iban: 'DE89 3704 0044 0532 0130 00',
        bic: 'COBADEFFXXX',
        accountHolderName: 'Wingtip Toys GmbH',
      },
      adminEmail: 'lena.vogel@wingtiptoys.example',
      website: 'https://wingtiptoys.example',
      phone: '+49 89 2319 4400',
    }),
  },
  {
    key: 'wide-world-importers',
    admin: { name: 'Kayla Woodcock', title: 'Chief Operating Officer' },
    monthlyRevenueUsd: 96_000,
    profile: profile({
      legalName: 'Wide World Importers, Inc.',
      partnerId: '4472190',
      address: {
        country: 'US',
        addressLine1: '500 Boylston Street',
        city: 'Boston',
        state: 'MA',
        postalCode: '02116',
      },
      bankDetails: {
        country: 'US',
        accountNumber: '9001234567',
        routingNumber: '011000138',
        accountHolderName: 'Wide World Importers, Inc.',
      },
      adminEmail: 'kayla@wideworldimporters.example',
      website: 'https://wideworldimporters.example',
      phone: '+1 617 555 0143',
    }),
  },
  {
    key: 'adventure-works',
    admin: { name: 'Camille Laurent', title: 'Présidente' },
    monthlyRevenueUsd: 104_000,
    profile: profile({
      legalName: 'Adventure Works Cycles SAS',
      partnerId: '5590312',
      address: {
        country: 'FR',
        addressLine1: '39 Quai du Président Roosevelt',
        city: 'Issy-les-Moulineaux',
        postalCode: '92130',
      },
      bankDetails: {
        iban: 'FR14 2004 1010 0505 0001 3M02 606',
        bic: 'BNPAFRPP',
        accountHolderName: 'Adventure Works Cycles SAS',
      },
      adminEmail: 'camille.laurent@adventure-works.example',
      website: 'https://adventure-works.example',
      phone: '+33 1 57 75 10 00',
    }),
  },
  {
    key: 'litware',
    // The litware-admin persona's tenant: an application waiting for the partner's answer.
    tenantId: tenants.litware.id,
    admin: { name: 'Elin Sandberg', title: 'VD' },
    profile: profile({
      legalName: 'Litware AB',
      partnerId: '5234418',
      address: {
        country: 'SE',
        addressLine1: 'Kungsgatan 44',
        city: 'Göteborg',
        postalCode: '411 15',
      },
      bankDetails: {
        iban: 'SE48 6000 0000 0002 3456 7890',
        bic: 'ESSESESS',
        accountHolderName: 'Litware AB',
      },
      adminEmail: 'elin.sandberg@litware.example',
      website: 'https://litware.example',
      phone: '+46 31 711 22 00',
      preferredLanguage: 'sv',
    }),
  },
  {
    key: 'proseware',
    admin: { name: 'Ingrid Solberg', title: 'Daglig leder' },
    profile: profile({
      legalName: 'Proseware AS',
      partnerId: '5318820',
      address: {
        country: 'NO',
        addressLine1: 'Karl Johans gate 22',
        city: 'Oslo',
        postalCode: '0159',
      },
      bankDetails: {
        iban: 'NO93 8601 1117 947',
        bic: 'DNBANOKK',
        accountHolderName: 'Proseware AS',
      },
      adminEmail: 'ingrid@proseware.example',
      website: 'https://proseware.example',
      phone: '+47 22 33 44 55',
    }),
  },
  {
    key: 'woodgrove-bank',
    admin: { name: 'Rafael Costa', title: 'Diretor-Presidente' },
    monthlyRevenueUsd: 131_000,
    profile: profile({
      legalName: 'Woodgrove Bank Ltda.',
      partnerId: '4920377',
      address: {
        country: 'BR',
        addressLine1: 'Avenida Paulista 1374',
        city: 'São Paulo',
        state: 'SP',
        postalCode: '01310-100',
      },
      bankDetails: {
        iban: 'BR18 0036 0305 0000 1000 9795 493C 1',
        accountHolderName: 'Woodgrove Bank Ltda.',
      },
      adminEmail: 'rafael.costa@woodgrovebank.example',
      website: 'https://woodgrovebank.example',
      phone: '+55 11 3003 4000',
    }),
  },
  {
    key: 'alpine-ski-house',
    admin: { name: 'Mette Kjær', title: 'Administrerende direktør' },
    profile: profile({
      legalName: 'Alpine Ski House ApS',
      partnerId: '5471109',
      address: {
        country: 'DK',
        addressLine1: 'Vesterbrogade 10',
        city: 'København',
        postalCode: '1620',
      },
      bankDetails: {
        iban: 'DK50 0040 0440 1162 43',
        bic: 'DABADKKK',
        accountHolderName: 'Alpine Ski House ApS',
      },
      adminEmail: 'mette@alpineskihouse.example',
      website: 'https://alpineskihouse.example',
      phone: '+45 33 12 34 56',
    }),
  },
  {
    key: 'coho-winery',
    admin: { name: 'Olivia Nguyen', title: 'Managing Director' },
    profile: profile({
      legalName: 'Coho Winery Pty Ltd',
      partnerId: '5662240',
      address: {
        country: 'AU',
        addressLine1: '11 Talavera Road',
        city: 'North Ryde',
        state: 'NSW',
        postalCode: '2113',
      },
      bankDetails: {
        country: 'AU',
        accountNumber: '12345678',
        routingNumber: '062-000',
        accountHolderName: 'Coho Winery Pty Ltd',
      },
      adminEmail: 'olivia@cohowinery.example',
      website: 'https://cohowinery.example',
      phone: '+61 2 9870 2200',
    }),
  },
  {
    key: 'trey-research',
    admin: { name: 'Haruto Sato', title: 'Representative Director' },
    monthlyRevenueUsd: 118_000,
    profile: profile({
      legalName: 'Trey Research K.K.',
      // Woodgrove Bank's PartnerID: the demo's pair of flagged duplicate applicants (issue 8
      // item 8), so a reviewer sees the warning on both case pages and in the queue's filter.
      partnerId: '4920377',
      address: {
        country: 'JP',
        addressLine1: '2-16-3 Konan',
        city: 'Minato-ku',
        state: 'Tokyo',
        postalCode: '108-0075',
      },
      bankDetails: {
        country: 'JP',
        accountNumber: '1234567',
        bic: 'BOTKJPJT',
        accountHolderName: 'Trey Research K.K.',
      },
      adminEmail: 'haruto.sato@treyresearch.example',
      website: 'https://treyresearch.example',
      phone: '+81 3 4332 5300',
    }),
  },
  {
    key: 'lamna-healthcare',
    admin: { name: 'Priya Sharma', title: 'Managing Director' },
    profile: profile({
      legalName: 'Lamna Healthcare Pvt Ltd',
      partnerId: '5801174',
      address: {
        country: 'IN',
        addressLine1: 'Prestige Tech Park, Outer Ring Road',
        city: 'Bengaluru',
        state: 'KA',
        postalCode: '560103',
      },
      bankDetails: {
        country: 'IN',
        accountNumber: '50100012345678',
        routingNumber: 'HDFC0000240',
        accountHolderName: 'Lamna Healthcare Pvt Ltd',
      },
      adminEmail: 'priya.sharma@lamnahealthcare.example',
      website: 'https://lamnahealthcare.example',
      phone: '+91 80 4010 3000',
    }),
  },
  {
    key: 'relecloud',
    admin: { name: 'Thabo Nkosi', title: 'Chief Executive Officer' },
    monthlyRevenueUsd: 101_000,
    profile: profile({
      legalName: 'Relecloud (Pty) Ltd',
      partnerId: '4650981',
      address: {
        country: 'ZA',
        addressLine1: '3 Waterfall Drive',
        city: 'Midrand',
        postalCode: '1685',
      },
      bankDetails: {
        country: 'ZA',
        accountNumber: '4012345678',
        bic: 'SBZAZAJJ',
        accountHolderName: 'Relecloud (Pty) Ltd',
      },
      adminEmail: 'thabo@relecloud.example',
      website: 'https://relecloud.example',
      phone: '+27 11 555 0100',
    }),
  },
  {
    key: 'humongous-insurance',
    admin: { name: 'Sanne de Vries', title: 'Algemeen directeur' },
    monthlyRevenueUsd: 143_000,
    profile: profile({
      legalName: 'Humongous Insurance B.V.',
      partnerId: '4590066',
      address: {
        country: 'NL',
        addressLine1: 'Evert van de Beekstraat 354',
        city: 'Schiphol',
        postalCode: '1118 CZ',
      },
      bankDetails: {
        iban: 'NL91 ABNA 0417 1643 00',
        bic: 'ABNANL2A',
        accountHolderName: 'Humongous Insurance B.V.',
      },
      adminEmail: 'sanne.devries@humongousinsurance.example',
      website: 'https://humongousinsurance.example',
      phone: '+31 20 500 1500',
    }),
  },
  {
    key: 'blue-yonder-airlines',
    // The blueyonder-admin persona's tenant: an active direct bill partner to transition.
    tenantId: tenants.blueyonder.id,
    admin: { name: 'Liam Tremblay', title: 'President' },
    monthlyRevenueUsd: 156_000,
    profile: profile({
      legalName: 'Blue Yonder Airlines Ltd.',
      partnerId: '4398215',
      address: {
        country: 'CA',
        addressLine1: '81 Bay Street',
        city: 'Toronto',
        state: 'ON',
        postalCode: 'M5J 0E7',
      },
      bankDetails: {
        country: 'CA',
        accountNumber: '5017234',
        routingNumber: '12345-003',
        accountHolderName: 'Blue Yonder Airlines Ltd.',
      },
      adminEmail: 'liam@blueyonderairlines.example',
      website: 'https://blueyonderairlines.example',
      phone: '+1 416 555 0175',
    }),
  },
  {
    key: 'margies-travel',
    admin: { name: 'Aroha Williams', title: 'Director' },
    monthlyRevenueUsd: 92_000,
    profile: profile({
      legalName: "Margie's Travel Limited",
      partnerId: '4875530',
      address: {
        country: 'NZ',
        addressLine1: '22 Viaduct Harbour Avenue',
        city: 'Auckland',
        postalCode: '1010',
      },
      bankDetails: {
        country: 'NZ',
        accountNumber: '123456789001',
        bic: 'ANZBNZ22',
        accountHolderName: "Margie's Travel Limited",
      },
      adminEmail: 'aroha@margiestravel.example',
      website: 'https://margiestravel.example',
      phone: '+64 9 555 0199',
    }),
  },
  {
    key: 'fourth-coffee',
    admin: { name: 'Aino Virtanen', title: 'Toimitusjohtaja' },
    monthlyRevenueUsd: 88_500,
    profile: profile({
      legalName: 'Fourth Coffee Oy',
      partnerId: '4712283',
      address: {
        country: 'FI',
        addressLine1: 'Mannerheimintie 12',
        city: 'Helsinki',
        postalCode: '00100',
      },
      bankDetails: {
        iban: 'FI21 1234 5600 0007 85',
        bic: 'NDEAFIHH',
        accountHolderName: 'Fourth Coffee Oy',
      },
      adminEmail: 'aino.virtanen@fourthcoffee.example',
      website: 'https://fourthcoffee.example',
      phone: '+358 9 1234 5678',
    }),
  },
  {
    key: 'graphic-design-institute',
    admin: { name: 'Lucía Fernández', title: 'Directora general' },
    monthlyRevenueUsd: 99_000,
    profile: profile({
      legalName: 'Graphic Design Institute S.L.',
      partnerId: '4539917',
      address: {
        country: 'ES',
        addressLine1: 'Paseo de la Castellana 79',
        city: 'Madrid',
        postalCode: '28046',
      },
      bankDetails: {
        iban: 'ES91 2100 0418 4502 0005 1332',
        bic: 'CAIXESBBXXX',
        accountHolderName: 'Graphic Design Institute S.L.',
      },
      adminEmail: 'lucia.fernandez@graphicdesigninstitute.example',
      website: 'https://graphicdesigninstitute.example',
      phone: '+34 913 98 40 00',
    }),
  },
  {
    key: 'vanarsdel',
    admin: { name: 'Oliver Hughes', title: 'Managing Director' },
    // Below the FY26 minimum (USD 1M over the trailing 12 months): its draft cannot be submitted.
    monthlyRevenueUsd: 41_000,
    profile: profile({
      legalName: 'VanArsdel Ltd',
      partnerId: '5940057',
      address: {
        country: 'GB',
        addressLine1: '2 Kingdom Street',
        city: 'London',
        postalCode: 'W2 6BD',
      },
      bankDetails: {
        iban: 'GB60 BARC 2000 0055 7799 11',
        bic: 'BARCGB22',
        accountHolderName: 'VanArsdel Ltd',
      },
      adminEmail: 'oliver.hughes@vanarsdel.example',
      website: 'https://vanarsdel.example',
      phone: '+44 20 7946 0958',
    }),
  },
  {
    key: 'southridge-video',
    admin: { name: 'Maja Lund', title: 'VD' },
    profile: profile({
      legalName: 'Southridge Video AB',
      partnerId: '5129906',
      address: {
        country: 'SE',
        addressLine1: 'Drottninggatan 71',
        city: 'Stockholm',
        postalCode: '111 36',
      },
      bankDetails: {
        iban: 'SE91 3000 0000 0123 4567 8901',
        bic: 'HANDSESS',
        accountHolderName: 'Southridge Video AB',
      },
      adminEmail: 'maja.lund@southridgevideo.example',
      website: 'https://southridgevideo.example',
      phone: '+46 8 555 012 34',
      preferredLanguage: 'sv',
    }),
  },
  {
    key: 'a-datum',
    admin: { name: 'Giulia Romano', title: 'Amministratrice delegata' },
    monthlyRevenueUsd: 109_000,
    profile: profile({
      legalName: 'A. Datum Corporation S.r.l.',
      partnerId: '4666128',
      address: {
        country: 'IT',
        addressLine1: 'Viale Pasubio 21',
        city: 'Milano',
        state: 'MI',
        postalCode: '20154',
      },
      bankDetails: {
        iban: 'IT60 X054 2811 1010 0000 0123 456',
        bic: 'BCITITMM',
        accountHolderName: 'A. Datum Corporation S.r.l.',
      },
      adminEmail: 'giulia.romano@adatum.example',
      website: 'https://adatum.example',
      phone: '+39 02 3859 1000',
    }),
  },
  {
    key: 'lucerne-publishing',
    admin: { name: 'Lena Hoffmann', title: 'Geschäftsführerin' },
    monthlyRevenueUsd: 97_500,
    profile: profile({
      legalName: 'Lucerne Publishing GmbH',
      partnerId: '4811745',
      address: {
        country: 'DE',
        addressLine1: 'Walter-Gropius-Straße 5',
        city: 'München',
        postalCode: '80807',
      },
      bankDetails: {
        iban: 'DE44 5001 0517 5407 3249 31',
        bic: 'DEUTDEMMXXX',
        accountHolderName: 'Lucerne Publishing GmbH',
      },
      adminEmail: 'lena.hoffmann@lucernepublishing.example',
      website: 'https://lucernepublishing.example',
      phone: '+49 89 3176 0',
    }),
  },
];

/** An application of the partner named by the key's first part (`partner/...`). */
const application = (
  key: string,
  program: EnrollmentProgram,
  state: EnrollmentState,
  age: number,
  extra: Pick<DemoEnrollment, 'via' | 'supportPlan'> = {},
): DemoEnrollment => ({ key, partner: key.split('/')[0]!, program, state, age, ...extra });

/**
 * Every state of both programs at least once; the review queue (submitted, in review) has
 * applications of both programs of different ages. `age`: business days since submission.
 */
// prettier-ignore
export const demoEnrollments: readonly DemoEnrollment[] = [
  application('fabrikam/indirect',                'indirect_reseller', 'active',                   64),
  application('northwind-traders/indirect',       'indirect_reseller', 'submitted',                1),
  application('southridge-video/indirect',        'indirect_reseller', 'submitted',                6),
  application('tailspin-toys/indirect',           'indirect_reseller', 'in_review',                4),
  application('wingtip-toys/indirect',            'indirect_reseller', 'submitted',                3),
  application('litware/indirect',                 'indirect_reseller', 'info_requested',           8),
  application('proseware/indirect',               'indirect_reseller', 'verified',                 7),
  application('lamna-healthcare/indirect',        'indirect_reseller', 'agreement_accepted',       9),
  application('wide-world-importers/indirect',    'indirect_reseller', 'active',                   180),
  application('alpine-ski-house/indirect-2025',   'indirect_reseller', 'rejected',                 30),
  application('alpine-ski-house/indirect',        'indirect_reseller', 'draft',                    2),
  application('coho-winery/indirect',             'indirect_reseller', 'withdrawn',                12),
  application('vanarsdel/direct',                 'direct_bill',       'draft',                    3),
  application('adventure-works/direct',           'direct_bill',       'submitted',                2),
  application('a-datum/direct',                   'direct_bill',       'submitted',                11, { via: 'answered_information' }),
  application('wide-world-importers/direct',      'direct_bill',       'in_review',                5),
  application('trey-research/direct',             'direct_bill',       'info_requested',           10),
  application('woodgrove-bank/direct',            'direct_bill',       'verified',                 9),
  application('lucerne-publishing/direct',        'direct_bill',       'credit_check_pending',     12),
  application('fabrikam/direct',                  'direct_bill',       'credit_check_passed',      14),
  application('relecloud/direct',                 'direct_bill',       'support_plan_recorded',    16, { supportPlan: 'asfp' }),
  application('humongous-insurance/direct',       'direct_bill',       'agreement_accepted',       18, { supportPlan: 'psfp' }),
  application('blue-yonder-airlines/direct',      'direct_bill',       'active',                   45, { supportPlan: 'psfp' }),
  application('graphic-design-institute/direct',  'direct_bill',       'transitioned_to_indirect', 60, { supportPlan: 'asfp' }),
  application('margies-travel/direct',            'direct_bill',       'rejected',                 15, { via: 'credit_check_failed' }),
  application('fourth-coffee/direct',             'direct_bill',       'withdrawn',                8),
];
