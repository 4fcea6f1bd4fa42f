import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrderStaff1796211051037 implements MigrationInterface {
  name = 'OrderStaff1796211051037';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "order_staff" ("id" uuid NOT NULL, "role" character varying NOT NULL, "active" boolean NOT NULL, "position" bigint NOT NULL, CONSTRAINT "PK_5c126f83b53f2c6c4caafdb914d" PRIMARY KEY ("id"))`,
    );
    // The copy of staff is new: customers' log is read again from its start to fill it (a replay converges on the same rows).
    await queryRunner.query(`DELETE FROM "consumer_cursor" WHERE "consumer" = 'customers-projection'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "order_staff"`);
  }
}
