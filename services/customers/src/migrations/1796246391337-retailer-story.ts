import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RetailerStory1796246391337 implements MigrationInterface {
  name = 'RetailerStory1796246391337';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "customers"."story_kind" AS ENUM('VISIT', 'FINDING', 'ORDER', 'DELIVERY', 'CASE', 'FILE_CHANGE', 'ASSESSMENT', 'QUOTA')`,
    );
    await queryRunner.query(
      `CREATE TABLE "retailer_story" ("id" uuid NOT NULL, "retailer_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "type" text NOT NULL, "kind" "customers"."story_kind" NOT NULL, "summary_code" text NOT NULL, "summary_params" jsonb NOT NULL, "actor_id" uuid, "visit_id" uuid, "order_id" uuid, "case_id" uuid, CONSTRAINT "PK_d0cf9d97e90ec05645f8e999ef0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9e1c2b50ab0376590b8ff89b99" ON "retailer_story"  ("retailer_id", "occurred_at", "id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "customers"."IDX_9e1c2b50ab0376590b8ff89b99"`);
    await queryRunner.query(`DROP TABLE "retailer_story"`);
    await queryRunner.query(`DROP TYPE "customers"."story_kind"`);
  }
}
