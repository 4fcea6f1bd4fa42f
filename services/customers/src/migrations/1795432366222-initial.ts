import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795432366222 implements MigrationInterface {
  name = 'Initial1795432366222';

  // credit_grade is shared by retailer and credit_assessment; TypeORM emits it per table, kept once here.
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "customers"."staff_role" AS ENUM('ACCOUNT_MANAGER', 'ORDER_CLERK', 'DELIVERY_DRIVER', 'MARKET_INSPECTOR', 'SUPERVISOR', 'ADMIN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "staff_member" ("id" uuid NOT NULL, "employee_number" character varying NOT NULL, "username" character varying NOT NULL, "name" character varying NOT NULL, "role" "customers"."staff_role" NOT NULL, "phone" character varying NOT NULL, "supervisor_id" uuid, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c033743be35dc73fb18482485b1" UNIQUE ("employee_number"), CONSTRAINT "UQ_83e891176e803cd6b1e7762e41b" UNIQUE ("username"), CONSTRAINT "PK_342343208cbc30b3c14a976b0a0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f275db1a952891e0ea15022fb3" ON "staff_member"  ("role") `);
    await queryRunner.query(`CREATE INDEX "IDX_d326e5afd6ddabf24c83250bfa" ON "staff_member"  ("supervisor_id") `);
    await queryRunner.query(
      `CREATE TABLE "region" ("id" uuid NOT NULL, "code" character varying NOT NULL, "name" character varying NOT NULL, "in_company_area" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_74f7723fdff738f92929c0056cb" UNIQUE ("code"), CONSTRAINT "PK_5f48ffc3af96bc486f5f3f3a6da" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "territory" ("id" uuid NOT NULL, "code" character varying NOT NULL, "name" character varying NOT NULL, "region_id" uuid NOT NULL, "account_manager_id" uuid, "visit_frequency_per_week" smallint NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_151811f88f14e4127190445bf56" UNIQUE ("code"), CONSTRAINT "PK_2250448f958bc52a8d040b48f82" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_fcbdc1c8e8a9a238a117e59d56" ON "territory"  ("region_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_42fc5b7b3e8fa40d894d513714" ON "territory"  ("account_manager_id") `);
    await queryRunner.query(
      `CREATE TYPE "customers"."business_type" AS ENUM('GROCERY', 'CONVENIENCE', 'SUPERMARKET', 'TOBACCO_LIQUOR', 'LEISURE', 'OTHER')`,
    );
    await queryRunner.query(`CREATE TYPE "customers"."retailer_status" AS ENUM('ACTIVE', 'SUSPENDED', 'CLOSED')`);
    await queryRunner.query(`CREATE TYPE "customers"."credit_grade" AS ENUM('A', 'B', 'C', 'D')`);
    await queryRunner.query(
      `CREATE TYPE "customers"."turnover_band" AS ENUM('UNDER_10K', 'FROM_10K_TO_30K', 'FROM_30K_TO_100K', 'OVER_100K')`,
    );
    await queryRunner.query(
      `CREATE TYPE "customers"."personality_type" AS ENUM('FRIENDLY_OUTGOING', 'INDECISIVE', 'TOUGH', 'KNOW_IT_ALL', 'ARGUMENTATIVE', 'CONSTRUCTIVE', 'SILENT', 'NEGATIVE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "retailer" ("id" uuid NOT NULL, "licence_number" character varying(12) NOT NULL, "shop_name" character varying NOT NULL, "owner_name" character varying NOT NULL, "phone" character varying NOT NULL, "address" character varying NOT NULL, "latitude" double precision NOT NULL, "longitude" double precision NOT NULL, "territory_id" uuid NOT NULL, "route_sequence" integer NOT NULL, "business_type" "customers"."business_type" NOT NULL, "tier" smallint NOT NULL, "status" "customers"."retailer_status" NOT NULL DEFAULT 'ACTIVE', "status_reason" text, "opened_on" date NOT NULL, "credit_grade" "customers"."credit_grade", "credit_assessed_at" TIMESTAMP WITH TIME ZONE, "profile_updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "business_plan" text, "business_trading_hours" character varying, "business_shop_area_sqm" integer, "business_monthly_turnover_band" "customers"."turnover_band", "personal_owner_birthday" date, "personal_interests" text, "personal_preferences" text, "personal_personality_type" "customers"."personality_type", "logistics_delivery_window" character varying, "logistics_priority_delivery" boolean NOT NULL DEFAULT false, "logistics_instructions" text, CONSTRAINT "UQ_65f358d562e64360707970c9f00" UNIQUE ("licence_number"), CONSTRAINT "PK_47bbf48e11e51cc7366f88a8add" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7714348a920f3cc24f84918040" ON "retailer"  ("tier") `);
    await queryRunner.query(`CREATE INDEX "IDX_7de47c3d087dafc97fe177ca77" ON "retailer"  ("credit_grade") `);
    await queryRunner.query(`CREATE INDEX "IDX_2cf7f93fd21aec0694dc7459b2" ON "retailer"  ("territory_id", "route_sequence") `);
    await queryRunner.query(
      `CREATE TABLE "contribution_assessment" ("id" uuid NOT NULL, "retailer_id" uuid NOT NULL, "period" character(7) NOT NULL, "assessed_by_id" uuid NOT NULL, "assessed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "return_on_input" smallint NOT NULL, "target_attainment" smallint NOT NULL, "monthly_volume" smallint NOT NULL, "growth_rate" smallint NOT NULL, "share_growth" smallint NOT NULL, "payment_collection" smallint NOT NULL, "loyalty" smallint NOT NULL, "credibility" smallint NOT NULL, "promotion_cooperation" smallint NOT NULL, "retailer_support" smallint NOT NULL, "total_score" smallint NOT NULL, CONSTRAINT "PK_4ae300881d590b529bcd7dc05c9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_4b5d0418327925fad124adc010" ON "contribution_assessment"  ("retailer_id", "period") `,
    );
    await queryRunner.query(`CREATE TYPE "customers"."indicator_level" AS ENUM('GOOD', 'MEDIUM', 'POOR')`);
    await queryRunner.query(
      `CREATE TABLE "credit_assessment" ("id" uuid NOT NULL, "retailer_id" uuid NOT NULL, "assessed_by_id" uuid NOT NULL, "assessed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "local_residence" "customers"."indicator_level" NOT NULL, "years_in_business" "customers"."indicator_level" NOT NULL, "sales_growth" "customers"."indicator_level" NOT NULL, "arrears" "customers"."indicator_level" NOT NULL, "supplier_concentration" "customers"."indicator_level" NOT NULL, "bad_habits" "customers"."indicator_level" NOT NULL, "cross_region_selling" "customers"."indicator_level" NOT NULL, "score" smallint NOT NULL, "grade" "customers"."credit_grade" NOT NULL, "note" text, CONSTRAINT "PK_03f2521f19cd78da964b3b3ca97" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a6f9b039d3b5d15aad44097fbe" ON "credit_assessment"  ("retailer_id", "assessed_at") `);
    await queryRunner.query(
      `ALTER TABLE "staff_member" ADD CONSTRAINT "FK_d326e5afd6ddabf24c83250bfab" FOREIGN KEY ("supervisor_id") REFERENCES "staff_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "territory" ADD CONSTRAINT "FK_fcbdc1c8e8a9a238a117e59d566" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "territory" ADD CONSTRAINT "FK_42fc5b7b3e8fa40d894d5137141" FOREIGN KEY ("account_manager_id") REFERENCES "staff_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "retailer" ADD CONSTRAINT "FK_834491e245e4af508c1ff08981c" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contribution_assessment" ADD CONSTRAINT "FK_784cb3eb145d03c0fc11da0afc3" FOREIGN KEY ("retailer_id") REFERENCES "retailer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contribution_assessment" ADD CONSTRAINT "FK_fefc15c9e091a0c52023fec3b4c" FOREIGN KEY ("assessed_by_id") REFERENCES "staff_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "credit_assessment" ADD CONSTRAINT "FK_ec036dfe02dcf9ffa2442358a6e" FOREIGN KEY ("retailer_id") REFERENCES "retailer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "credit_assessment" ADD CONSTRAINT "FK_d3e2c5069da846509f53e3f41c0" FOREIGN KEY ("assessed_by_id") REFERENCES "staff_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "credit_assessment" DROP CONSTRAINT "FK_d3e2c5069da846509f53e3f41c0"`);
    await queryRunner.query(`ALTER TABLE "credit_assessment" DROP CONSTRAINT "FK_ec036dfe02dcf9ffa2442358a6e"`);
    await queryRunner.query(`ALTER TABLE "contribution_assessment" DROP CONSTRAINT "FK_fefc15c9e091a0c52023fec3b4c"`);
    await queryRunner.query(`ALTER TABLE "contribution_assessment" DROP CONSTRAINT "FK_784cb3eb145d03c0fc11da0afc3"`);
    await queryRunner.query(`ALTER TABLE "retailer" DROP CONSTRAINT "FK_834491e245e4af508c1ff08981c"`);
    await queryRunner.query(`ALTER TABLE "territory" DROP CONSTRAINT "FK_42fc5b7b3e8fa40d894d5137141"`);
    await queryRunner.query(`ALTER TABLE "territory" DROP CONSTRAINT "FK_fcbdc1c8e8a9a238a117e59d566"`);
    await queryRunner.query(`ALTER TABLE "staff_member" DROP CONSTRAINT "FK_d326e5afd6ddabf24c83250bfab"`);
    await queryRunner.query(`DROP INDEX "customers"."IDX_a6f9b039d3b5d15aad44097fbe"`);
    await queryRunner.query(`DROP TABLE "credit_assessment"`);
    await queryRunner.query(`DROP TYPE "customers"."indicator_level"`);
    await queryRunner.query(`DROP INDEX "customers"."IDX_4b5d0418327925fad124adc010"`);
    await queryRunner.query(`DROP TABLE "contribution_assessment"`);
    await queryRunner.query(`DROP INDEX "customers"."IDX_2cf7f93fd21aec0694dc7459b2"`);
    await queryRunner.query(`DROP INDEX "customers"."IDX_7de47c3d087dafc97fe177ca77"`);
    await queryRunner.query(`DROP INDEX "customers"."IDX_7714348a920f3cc24f84918040"`);
    await queryRunner.query(`DROP TABLE "retailer"`);
    await queryRunner.query(`DROP TYPE "customers"."credit_grade"`);
    await queryRunner.query(`DROP TYPE "customers"."personality_type"`);
    await queryRunner.query(`DROP TYPE "customers"."turnover_band"`);
    await queryRunner.query(`DROP TYPE "customers"."retailer_status"`);
    await queryRunner.query(`DROP TYPE "customers"."business_type"`);
    await queryRunner.query(`DROP INDEX "customers"."IDX_42fc5b7b3e8fa40d894d513714"`);
    await queryRunner.query(`DROP INDEX "customers"."IDX_fcbdc1c8e8a9a238a117e59d56"`);
    await queryRunner.query(`DROP TABLE "territory"`);
    await queryRunner.query(`DROP TABLE "region"`);
    await queryRunner.query(`DROP INDEX "customers"."IDX_d326e5afd6ddabf24c83250bfa"`);
    await queryRunner.query(`DROP INDEX "customers"."IDX_f275db1a952891e0ea15022fb3"`);
    await queryRunner.query(`DROP TABLE "staff_member"`);
    await queryRunner.query(`DROP TYPE "customers"."staff_role"`);
  }
}
