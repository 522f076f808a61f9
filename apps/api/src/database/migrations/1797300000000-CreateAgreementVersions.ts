import { type MigrationInterface, type QueryRunner } from 'typeorm';

const HUB = '00000000-0000-0000-0000-000000000000';

/** The two versions the program started with (the domain's agreementVersions, DOMAIN.md §4). */
const FIRST_VERSIONS = [
  {
    kind: 'microsoft_partner_agreement',
    titleEn: 'Microsoft Partner Agreement',
    bodyEn:
      'The Microsoft Partner Agreement (MPA) holds the perpetual core terms of the Cloud Solution Provider program: privacy, security, compliance and business conduct. It is modular: the terms that apply depend on the partner type and the offers the partner qualifies for. It replaced the Microsoft Cloud Reseller Agreement and the Microsoft Cloud Distributor Agreement. Only a Global admin of the CSP tenant can view and sign it; one acceptance covers a CSP region.',
    titleSv: 'Microsoft Partner Agreement',
    bodySv:
      'Microsoft Partner Agreement (MPA) innehåller de bestående grundvillkoren för programmet Cloud Solution Provider: integritet, säkerhet, regelefterlevnad och affärsetik. Avtalet är modulärt: vilka villkor som gäller beror på partnertyp och de erbjudanden partnern kvalificerar sig för. Det ersatte Microsoft Cloud Reseller Agreement och Microsoft Cloud Distributor Agreement. Bara en global administratör i CSP-klienten kan läsa och underteckna det; ett godkännande gäller för en CSP-region. Det bindande avtalet finns bara på engelska.',
  },
  {
    kind: 'indirect_reseller_terms',
    titleEn: 'Microsoft indirect reseller terms',
    bodyEn:
      'The terms an indirect reseller accepts once Microsoft has verified its enrollment, before it can transact through an indirect provider. They cover reselling Microsoft cloud services bought through an authorized indirect provider, the reseller’s obligations to its customers, and the Microsoft Partner Agreement’s core terms. Only a Global admin of the CSP tenant can accept them; one acceptance covers a CSP region.',
    titleSv: 'Microsofts villkor för indirekta återförsäljare',
    bodySv:
      'Villkoren som en indirekt återförsäljare godkänner när Microsoft har verifierat registreringen, innan den kan handla via en indirekt leverantör. De omfattar vidareförsäljning av Microsofts molntjänster som köpts via en auktoriserad indirekt leverantör, återförsäljarens åtaganden mot sina kunder och grundvillkoren i Microsoft Partner Agreement. Bara en global administratör i CSP-klienten kan godkänna dem; ett godkännande gäller för en CSP-region. Det bindande avtalet finns bara på engelska.',
  },
];

export class CreateAgreementVersions1797300000000 implements MigrationInterface {
  name = 'CreateAgreementVersions1797300000000';

  // The catalog of agreement versions moves from code to data: program admins publish new ones.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "agreement_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(64) NOT NULL, "version" character varying(32) NOT NULL, "rank" integer NOT NULL, "published_on" date NOT NULL, "reaccept_by" date, "regions" jsonb, "title_en" character varying(200) NOT NULL, "body_en" text NOT NULL, "title_sv" character varying(200) NOT NULL, "body_sv" text NOT NULL, "published_by_tenant_id" uuid NOT NULL, "published_by_object_id" uuid NOT NULL, "published_by_name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_agreement_versions_kind_rank" UNIQUE ("kind", "rank"), CONSTRAINT "uq_agreement_versions_kind_version" UNIQUE ("kind", "version"), CONSTRAINT "pk_agreement_versions" PRIMARY KEY ("id"))`,
    );
    for (const version of FIRST_VERSIONS) {
      await queryRunner.query(
        `INSERT INTO "agreement_versions" ("kind", "version", "rank", "published_on", "title_en", "body_en", "title_sv", "body_sv", "published_by_tenant_id", "published_by_object_id", "published_by_name", "created_at")
         VALUES ($1, '2019-09', 1, '2019-09-01', $2, $3, $4, $5, $6, $6, 'Partner Enrollment Hub', '2019-09-01T00:00:00Z')`,
        [version.kind, version.titleEn, version.bodyEn, version.titleSv, version.bodySv, HUB],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "agreement_versions"`);
  }
}
