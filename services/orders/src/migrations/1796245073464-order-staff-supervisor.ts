import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrderStaffSupervisor1796245073464 implements MigrationInterface {
  name = 'OrderStaffSupervisor1796245073464';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "order_staff" ADD "supervisor_id" uuid`);
    await queryRunner.query(`CREATE INDEX "IDX_be6e1f4e6fa4a2764d8dcac82d" ON "order_staff"  ("supervisor_id") `);
    // The copy had no supervisors yet: customers' log is read again from its start to fill them (a replay converges on the same rows).
    await queryRunner.query(`UPDATE consumer_cursor SET position = 0 WHERE consumer = 'customers-projection'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "orders"."IDX_be6e1f4e6fa4a2764d8dcac82d"`);
    await queryRunner.query(`ALTER TABLE "order_staff" DROP COLUMN "supervisor_id"`);
  }
}
