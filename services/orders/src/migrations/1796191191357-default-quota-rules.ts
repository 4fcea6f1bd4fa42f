import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A starting tier → monthly quota table (月核定量, cartons), so a new company can take orders
 * before its clerks set their own; setQuotaRules replaces it.
 */
export class DefaultQuotaRules1796191191357 implements MigrationInterface {
  name = 'DefaultQuotaRules1796191191357';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO "quota_rule" ("min_tier", "max_tier", "monthly_cartons") VALUES (1, 5, 10), (6, 10, 20), (11, 15, 40), (16, 20, 60), (21, 25, 100), (26, 30, 150)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "quota_rule"`);
  }
}
