import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlansAndVisits1795434578731 implements MigrationInterface {
  name = 'PlansAndVisits1795434578731';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "visits"."plan_status" AS ENUM('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')`);
    await queryRunner.query(
      `CREATE TABLE "visit_plan" ("id" uuid NOT NULL, "account_manager_id" uuid NOT NULL, "plan_date" date NOT NULL, "status" "visits"."plan_status" NOT NULL DEFAULT 'DRAFT', "submitted_at" TIMESTAMP WITH TIME ZONE, "reviewed_by_id" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "review_comment" text, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2e8e62610f0872d3d6cd578f019" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f501b976f5ba6b2f67cce90a01" ON "visit_plan"  ("account_manager_id", "plan_date") `);
    await queryRunner.query(`CREATE TYPE "visits"."visit_status" AS ENUM('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'MISSED', 'CANCELLED')`);
    await queryRunner.query(
      `CREATE TABLE "visit" ("id" uuid NOT NULL, "plan_id" uuid, "account_manager_id" uuid NOT NULL, "retailer_id" uuid NOT NULL, "territory_id" uuid NOT NULL, "sequence" integer NOT NULL, "planned_for" date NOT NULL, "theme" character varying NOT NULL, "purpose" text NOT NULL, "action_plan" text NOT NULL, "expected_result" text NOT NULL, "status" "visits"."visit_status" NOT NULL DEFAULT 'PLANNED', "cancel_reason" text, "check_in_at" TIMESTAMP WITH TIME ZONE, "check_in_latitude" double precision, "check_in_longitude" double precision, "check_in_distance_meters" integer, "check_out_at" TIMESTAMP WITH TIME ZONE, "check_out_latitude" double precision, "check_out_longitude" double precision, "display_in_order" boolean, "price_tags_shown" boolean, "stock" jsonb NOT NULL DEFAULT '[]', "market_notes" text, "non_channel_sightings" jsonb NOT NULL DEFAULT '[]', "retailer_requests" text, "order_intent" jsonb NOT NULL DEFAULT '[]', "satisfaction" smallint, "notes" text, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c9919ef5a07627657c535d8eb88" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_2e8e62610f0872d3d6cd578f01" ON "visit"  ("plan_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_253d78a2f3fc6fb8a2ebfe8365" ON "visit"  ("retailer_id", "planned_for") `);
    await queryRunner.query(`CREATE INDEX "IDX_b3f2fe0c20c19a719e445d1643" ON "visit"  ("account_manager_id", "planned_for") `);
    await queryRunner.query(
      `CREATE TYPE "visits"."flag_kind" AS ENUM('DISTANCE', 'OUTSIDE_HOURS', 'SHORT_VISIT', 'IMPOSSIBLE_TRAVEL', 'EMPTY_NOTES', 'COPIED_NOTES')`,
    );
    await queryRunner.query(
      `CREATE TABLE "visit_flag" ("id" uuid NOT NULL, "visit_id" uuid NOT NULL, "account_manager_id" uuid NOT NULL, "kind" "visits"."flag_kind" NOT NULL, "value" double precision NOT NULL, "reason" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cf0295fef84a39d0dd97475784d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_cb43f3461960b03e8131d12a76" ON "visit_flag"  ("visit_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_08f9a5042b01875da837d37955" ON "visit_flag"  ("account_manager_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "visit_promise" ("id" uuid NOT NULL, "visit_id" uuid NOT NULL, "retailer_id" uuid NOT NULL, "account_manager_id" uuid NOT NULL, "description" text NOT NULL, "due_on" date NOT NULL, "kept_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b71700ae0bd86a81a4d3e3ee426" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ab3fbfe25ece41665bc59d7e9d" ON "visit_promise"  ("retailer_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_60083b38b105ceff37047cc623" ON "visit_promise"  ("account_manager_id", "kept_at") `);
    await queryRunner.query(
      `ALTER TABLE "visit" ADD CONSTRAINT "FK_2e8e62610f0872d3d6cd578f019" FOREIGN KEY ("plan_id") REFERENCES "visit_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "visit_flag" ADD CONSTRAINT "FK_cb43f3461960b03e8131d12a766" FOREIGN KEY ("visit_id") REFERENCES "visit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "visit_promise" ADD CONSTRAINT "FK_6e7b4abc6a3350c357f8771f365" FOREIGN KEY ("visit_id") REFERENCES "visit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "visit_promise" DROP CONSTRAINT "FK_6e7b4abc6a3350c357f8771f365"`);
    await queryRunner.query(`ALTER TABLE "visit_flag" DROP CONSTRAINT "FK_cb43f3461960b03e8131d12a766"`);
    await queryRunner.query(`ALTER TABLE "visit" DROP CONSTRAINT "FK_2e8e62610f0872d3d6cd578f019"`);
    await queryRunner.query(`DROP INDEX "visits"."IDX_60083b38b105ceff37047cc623"`);
    await queryRunner.query(`DROP INDEX "visits"."IDX_ab3fbfe25ece41665bc59d7e9d"`);
    await queryRunner.query(`DROP TABLE "visit_promise"`);
    await queryRunner.query(`DROP INDEX "visits"."IDX_08f9a5042b01875da837d37955"`);
    await queryRunner.query(`DROP INDEX "visits"."IDX_cb43f3461960b03e8131d12a76"`);
    await queryRunner.query(`DROP TABLE "visit_flag"`);
    await queryRunner.query(`DROP TYPE "visits"."flag_kind"`);
    await queryRunner.query(`DROP INDEX "visits"."IDX_b3f2fe0c20c19a719e445d1643"`);
    await queryRunner.query(`DROP INDEX "visits"."IDX_253d78a2f3fc6fb8a2ebfe8365"`);
    await queryRunner.query(`DROP INDEX "visits"."IDX_2e8e62610f0872d3d6cd578f01"`);
    await queryRunner.query(`DROP TABLE "visit"`);
    await queryRunner.query(`DROP TYPE "visits"."visit_status"`);
    await queryRunner.query(`DROP INDEX "visits"."IDX_f501b976f5ba6b2f67cce90a01"`);
    await queryRunner.query(`DROP TABLE "visit_plan"`);
    await queryRunner.query(`DROP TYPE "visits"."plan_status"`);
  }
}
