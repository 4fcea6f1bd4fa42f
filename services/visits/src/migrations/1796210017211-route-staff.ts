import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RouteStaff1796210017211 implements MigrationInterface {
  name = 'RouteStaff1796210017211';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "route_staff" ("id" uuid NOT NULL, "name" character varying NOT NULL, "role" character varying NOT NULL, "supervisor_id" uuid, "active" boolean NOT NULL, "position" bigint NOT NULL, CONSTRAINT "PK_514fb4fdcfe30a54c1b9230b0b3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_830b7e309a2c2472d43c0921b4" ON "route_staff"  ("supervisor_id") `);
    // The staff copy is new to a consumer that has read the log already: reading it again from the
    // start fills route_staff; the other copies, upserted again event by event, converge on the same rows.
    await queryRunner.query(`UPDATE consumer_cursor SET position = 0 WHERE consumer = 'customers-projection'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "visits"."IDX_830b7e309a2c2472d43c0921b4"`);
    await queryRunner.query(`DROP TABLE "route_staff"`);
  }
}
