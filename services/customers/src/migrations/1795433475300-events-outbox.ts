import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EventsOutbox1795433475300 implements MigrationInterface {
  name = 'EventsOutbox1795433475300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "outbox" ("id" uuid NOT NULL, "sequence" BIGSERIAL NOT NULL, "type" character varying NOT NULL, "version" integer NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor" text, "refs" jsonb NOT NULL, "payload" jsonb NOT NULL, CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c2e6d231ef9d59cd2e1cb40316" ON "outbox"  ("sequence") `);
    await queryRunner.query(
      `CREATE TABLE "consumer_cursor" ("consumer" character varying NOT NULL, "position" bigint NOT NULL, CONSTRAINT "PK_44df6843720bc4227737bf3025d" PRIMARY KEY ("consumer"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "consumer_cursor"`);
    await queryRunner.query(`DROP INDEX "customers"."IDX_c2e6d231ef9d59cd2e1cb40316"`);
    await queryRunner.query(`DROP TABLE "outbox"`);
  }
}
