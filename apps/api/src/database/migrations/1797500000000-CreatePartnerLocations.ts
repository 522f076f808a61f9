import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreatePartnerLocations1797500000000 implements MigrationInterface {
  name = 'CreatePartnerLocations1797500000000';

  // Locations in other countries (issue 10 item 2): each a new CSP account, reviewed as an
  // enrollment (enrollments.location_id). Partial unique indexes back the domain's rules (one
  // live location per partner and country; a CSP tenant ↔ a location PartnerID, 1:1); triggers
  // keep the billing currency and country from ever changing, and close a location when its
  // enrollment is rejected or withdrawn.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "partner_locations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid NOT NULL, "country" character varying(2) NOT NULL, "region" character varying(64) NOT NULL, "currency" character varying(3) NOT NULL, "legal_name" character varying(200) NOT NULL, "location_partner_id" character varying(16) NOT NULL, "tenant_id" uuid NOT NULL, "registration_id_type" character varying(32), "registration_id" character varying(64), "tax_id" character varying(64) NOT NULL, "address" jsonb NOT NULL, "bank_details_encrypted" text NOT NULL, "bank_last4" character varying(4) NOT NULL, "bank_blind_index" character varying(64) NOT NULL, "closed" boolean NOT NULL DEFAULT false, "created_by_name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_partner_locations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_partner_locations_partner" ON "partner_locations" ("partner_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_partner_locations_partner_country" ON "partner_locations" ("partner_id", "country") WHERE NOT "closed"`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_partner_locations_tenant" ON "partner_locations" ("tenant_id") WHERE NOT "closed"`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_partner_locations_location_partner_id" ON "partner_locations" ("location_partner_id") WHERE NOT "closed"`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_locations" ADD CONSTRAINT "fk_partner_locations_partner" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "enrollments" ADD "location_id" uuid`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_enrollments_location" ON "enrollments" ("location_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "enrollments" ADD CONSTRAINT "fk_enrollments_location" FOREIGN KEY ("location_id") REFERENCES "partner_locations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Billing currency comes from the location's country and never changes (DOMAIN.md §1).
    await queryRunner.query(
      `CREATE FUNCTION partner_locations_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.currency IS DISTINCT FROM OLD.currency OR NEW.country IS DISTINCT FROM OLD.country
            OR NEW.partner_id IS DISTINCT FROM OLD.partner_id THEN
           RAISE EXCEPTION 'a location''s country and billing currency never change'
             USING ERRCODE = 'check_violation';
         END IF;
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER partner_locations_immutable BEFORE UPDATE ON "partner_locations"
       FOR EACH ROW EXECUTE FUNCTION partner_locations_immutable()`,
    );
    // A rejected or withdrawn location no longer covers its country nor holds its links.
    await queryRunner.query(
      `CREATE FUNCTION enrollments_close_location() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.location_id IS NOT NULL AND NEW.state IN ('rejected', 'withdrawn') THEN
           UPDATE partner_locations SET closed = true WHERE id = NEW.location_id AND NOT closed;
         END IF;
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER enrollments_close_location AFTER UPDATE OF state ON "enrollments"
       FOR EACH ROW EXECUTE FUNCTION enrollments_close_location()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER enrollments_close_location ON "enrollments"`);
    await queryRunner.query(`DROP FUNCTION enrollments_close_location()`);
    await queryRunner.query(`ALTER TABLE "enrollments" DROP CONSTRAINT "fk_enrollments_location"`);
    await queryRunner.query(`DROP INDEX "ux_enrollments_location"`);
    await queryRunner.query(`ALTER TABLE "enrollments" DROP COLUMN "location_id"`);
    await queryRunner.query(`DROP TABLE "partner_locations"`);
    await queryRunner.query(`DROP FUNCTION partner_locations_immutable()`);
  }
}
