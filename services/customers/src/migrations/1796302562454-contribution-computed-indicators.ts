import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ContributionComputedIndicators1796302562454 implements MigrationInterface {
  name = 'ContributionComputedIndicators1796302562454';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "ordered_volume" ("order_id" uuid NOT NULL, "retailer_id" uuid NOT NULL, "month" character(7) NOT NULL, "cartons" integer NOT NULL, "amount_fen" bigint NOT NULL, "cancelled" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_7cec7a32a534664f91f2ba35cb6" PRIMARY KEY ("order_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_8b1d37b12bfebdabe0fec02ab8" ON "ordered_volume"  ("retailer_id", "month") `);
    await queryRunner.query(
      `CREATE TABLE "retailer_quota_change" ("id" uuid NOT NULL, "retailer_id" uuid NOT NULL, "set_at" TIMESTAMP WITH TIME ZONE NOT NULL, "month" character(7) NOT NULL, "monthly_cartons" integer, CONSTRAINT "PK_5d496e59dafee5a1dbdcf2b970c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_24aea6a15cfcf4725722192d00" ON "retailer_quota_change"  ("retailer_id", "set_at") `);
    await queryRunner.query(`ALTER TABLE "contribution_assessment" ADD "source_month" character(7)`);
    await queryRunner.query(`ALTER TABLE "contribution_assessment" ADD "ordered_cartons" integer`);
    await queryRunner.query(`ALTER TABLE "contribution_assessment" ADD "ordered_fen" bigint`);
    await queryRunner.query(`ALTER TABLE "contribution_assessment" ADD "year_earlier_cartons" integer`);
    await queryRunner.query(`ALTER TABLE "contribution_assessment" ADD "quota_cartons" integer`);
    await queryRunner.query(`ALTER TABLE "contribution_assessment" ALTER COLUMN "target_attainment" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "contribution_assessment" ALTER COLUMN "monthly_volume" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "contribution_assessment" ALTER COLUMN "growth_rate" DROP NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contribution_assessment" ALTER COLUMN "growth_rate" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "contribution_assessment" ALTER COLUMN "monthly_volume" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "contribution_assessment" ALTER COLUMN "target_attainment" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "contribution_assessment" DROP COLUMN "quota_cartons"`);
    await queryRunner.query(`ALTER TABLE "contribution_assessment" DROP COLUMN "year_earlier_cartons"`);
    await queryRunner.query(`ALTER TABLE "contribution_assessment" DROP COLUMN "ordered_fen"`);
    await queryRunner.query(`ALTER TABLE "contribution_assessment" DROP COLUMN "ordered_cartons"`);
    await queryRunner.query(`ALTER TABLE "contribution_assessment" DROP COLUMN "source_month"`);
    await queryRunner.query(`DROP INDEX "customers"."IDX_24aea6a15cfcf4725722192d00"`);
    await queryRunner.query(`DROP TABLE "retailer_quota_change"`);
    await queryRunner.query(`DROP INDEX "customers"."IDX_8b1d37b12bfebdabe0fec02ab8"`);
    await queryRunner.query(`DROP TABLE "ordered_volume"`);
  }
}
