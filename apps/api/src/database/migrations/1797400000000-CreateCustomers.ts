import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateCustomers1797400000000 implements MigrationInterface {
  name = 'CreateCustomers1797400000000';

  // The CSP-to-CSP restriction (issue 10 item 5): each partner's transaction tenant per region,
  // and the customer tenants partners register.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "csp_transaction_tenants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid NOT NULL, "region" character varying(64) NOT NULL, "tenant_id" uuid NOT NULL, "marked_by_name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_csp_transaction_tenants_partner_region" UNIQUE ("partner_id", "region"), CONSTRAINT "pk_csp_transaction_tenants" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_csp_transaction_tenants_tenant" ON "csp_transaction_tenants" ("tenant_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "partner_customers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "country" character varying(2) NOT NULL, "region" character varying(64) NOT NULL, "registered_by_name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_partner_customers_partner_tenant" UNIQUE ("partner_id", "tenant_id"), CONSTRAINT "pk_partner_customers" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_partner_customers_tenant" ON "partner_customers" ("tenant_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "csp_transaction_tenants" ADD CONSTRAINT "fk_csp_transaction_tenants_partner" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_customers" ADD CONSTRAINT "fk_partner_customers_partner" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "partner_customers"`);
    await queryRunner.query(`DROP TABLE "csp_transaction_tenants"`);
  }
}
