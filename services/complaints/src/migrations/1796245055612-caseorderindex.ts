import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseOrderIndex1796245055612 implements MigrationInterface {
  name = 'CaseOrderIndex1796245055612';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_9337cf588dee5a3ad19c78b3b7" ON "loop_case"  ("order_id", "created_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "complaints"."IDX_9337cf588dee5a3ad19c78b3b7"`);
  }
}
