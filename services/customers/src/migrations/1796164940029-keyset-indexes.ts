import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KeysetIndexes1796164940029 implements MigrationInterface {
  name = 'KeysetIndexes1796164940029';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "customers"."IDX_7714348a920f3cc24f84918040"`);
    await queryRunner.query(`CREATE INDEX "IDX_cdceb1004cd627e2238aa3788d" ON "staff_member"  ("employee_number", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_0d43f6ad03061a703ce33917d9" ON "territory"  ("code", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_dcadf969301e5b0f00d15bdf20" ON "retailer"  ("updated_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_52d917ab8efbc4ecebabdc8953" ON "retailer"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_b5baaffef0afb0e6088e96cd71" ON "retailer"  ("opened_on", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_3b783995768ab87b4f1ed1d320" ON "retailer"  ("route_sequence", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_220b5e79b4f8370477f74b4b4d" ON "retailer"  ("tier", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_3ec74ef834da82f23d73c9ff11" ON "retailer"  ("licence_number", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_bfa7a6475c139a5e20b62df775" ON "retailer"  ("shop_name", "id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "customers"."IDX_bfa7a6475c139a5e20b62df775"`);
    await queryRunner.query(`DROP INDEX "customers"."IDX_3ec74ef834da82f23d73c9ff11"`);
    await queryRunner.query(`DROP INDEX "customers"."IDX_220b5e79b4f8370477f74b4b4d"`);
    await queryRunner.query(`DROP INDEX "customers"."IDX_3b783995768ab87b4f1ed1d320"`);
    await queryRunner.query(`DROP INDEX "customers"."IDX_b5baaffef0afb0e6088e96cd71"`);
    await queryRunner.query(`DROP INDEX "customers"."IDX_52d917ab8efbc4ecebabdc8953"`);
    await queryRunner.query(`DROP INDEX "customers"."IDX_dcadf969301e5b0f00d15bdf20"`);
    await queryRunner.query(`DROP INDEX "customers"."IDX_0d43f6ad03061a703ce33917d9"`);
    await queryRunner.query(`DROP INDEX "customers"."IDX_cdceb1004cd627e2238aa3788d"`);
    await queryRunner.query(`CREATE INDEX "IDX_7714348a920f3cc24f84918040" ON "retailer" USING btree ("tier") `);
  }
}
