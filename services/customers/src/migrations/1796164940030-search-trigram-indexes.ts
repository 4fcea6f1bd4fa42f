import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Written by hand: TypeORM cannot name an operator class, so these indexes are declared on
 * the entities with `synchronize: false` and made here. pg_trgm's GIN index answers
 * ILIKE '%…%' (and LIKE) for the retailer and staff searches; it splits Chinese names into
 * trigrams only when the database's LC_CTYPE is a UTF-8 locale (under LC_CTYPE=C it finds none
 * and the search falls back to reading every row).
 *
 * pg_trgm is a trusted extension, but creating it needs CREATE on the database, which a
 * service role lacks: infra/postgres/init creates it (in public) for production, and here
 * IF NOT EXISTS only creates it where the migration runs as an owner (dev, tests).
 */
export class SearchTrigramIndexes1796164940030 implements MigrationInterface {
  name = 'SearchTrigramIndexes1796164940030';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
    await queryRunner.query(`CREATE INDEX "retailer_shop_name_trgm" ON "retailer" USING gin ("shop_name" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "retailer_owner_name_trgm" ON "retailer" USING gin ("owner_name" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "retailer_licence_number_trgm" ON "retailer" USING gin ("licence_number" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "staff_member_name_trgm" ON "staff_member" USING gin ("name" gin_trgm_ops)`);
    await queryRunner.query(
      `CREATE INDEX "staff_member_employee_number_trgm" ON "staff_member" USING gin ("employee_number" gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE INDEX "staff_member_username_trgm" ON "staff_member" USING gin ("username" gin_trgm_ops)`);
  }

  // The extension stays: it belongs to the database, and other services may use it.
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "customers"."staff_member_username_trgm"`);
    await queryRunner.query(`DROP INDEX "customers"."staff_member_employee_number_trgm"`);
    await queryRunner.query(`DROP INDEX "customers"."staff_member_name_trgm"`);
    await queryRunner.query(`DROP INDEX "customers"."retailer_licence_number_trgm"`);
    await queryRunner.query(`DROP INDEX "customers"."retailer_owner_name_trgm"`);
    await queryRunner.query(`DROP INDEX "customers"."retailer_shop_name_trgm"`);
  }
}
