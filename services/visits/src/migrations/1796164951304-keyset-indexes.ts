import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KeysetIndexes1796164951304 implements MigrationInterface {
  name = 'KeysetIndexes1796164951304';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_7d46dc53e8b4df7aa32f4b1b01" ON "visit_plan"  ("plan_date", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6858691cd46a45c7e9bd94413b" ON "visit"  ("retailer_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5295a3b91c44c9bbf680de4e56" ON "visit"  ("account_manager_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_454fdf35ca22dc7b9f28ba6359" ON "visit"  ("created_at", "id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "visits"."IDX_454fdf35ca22dc7b9f28ba6359"`);
    await queryRunner.query(`DROP INDEX "visits"."IDX_5295a3b91c44c9bbf680de4e56"`);
    await queryRunner.query(`DROP INDEX "visits"."IDX_6858691cd46a45c7e9bd94413b"`);
    await queryRunner.query(`DROP INDEX "visits"."IDX_7d46dc53e8b4df7aa32f4b1b01"`);
  }
}
