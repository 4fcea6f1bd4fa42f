import type { MigrationInterface, QueryRunner } from 'typeorm';

export class VisitCases1795434784031 implements MigrationInterface {
  name = 'VisitCases1795434784031';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "visit" ADD "cases" jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "visit" DROP COLUMN "cases"`);
  }
}
