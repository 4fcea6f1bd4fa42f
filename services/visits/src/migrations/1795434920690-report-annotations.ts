import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportAnnotations1795434920690 implements MigrationInterface {
  name = 'ReportAnnotations1795434920690';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "visits"."report_kind" AS ENUM('DAY', 'MONTH')`);
    await queryRunner.query(
      `CREATE TABLE "report_annotation" ("id" uuid NOT NULL, "account_manager_id" uuid NOT NULL, "kind" "visits"."report_kind" NOT NULL, "period" character varying NOT NULL, "text" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e9ad92c11457d7af71039fceb14" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_30877efe8515975f2eb8a3d34c" ON "report_annotation"  ("account_manager_id", "kind", "period") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "visits"."IDX_30877efe8515975f2eb8a3d34c"`);
    await queryRunner.query(`DROP TABLE "report_annotation"`);
    await queryRunner.query(`DROP TYPE "visits"."report_kind"`);
  }
}
