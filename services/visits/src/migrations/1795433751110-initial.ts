import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795433751110 implements MigrationInterface {
  name = 'Initial1795433751110';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "outbox" ("id" uuid NOT NULL, "sequence" BIGSERIAL NOT NULL, "type" character varying NOT NULL, "version" integer NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor" text, "refs" jsonb NOT NULL, "payload" jsonb NOT NULL, CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c2e6d231ef9d59cd2e1cb40316" ON "outbox"  ("sequence") `);
    await queryRunner.query(
      `CREATE TABLE "consumer_cursor" ("consumer" character varying NOT NULL, "position" bigint NOT NULL, CONSTRAINT "PK_44df6843720bc4227737bf3025d" PRIMARY KEY ("consumer"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "route_retailer" ("id" uuid NOT NULL, "territory_id" uuid NOT NULL, "shop_name" character varying NOT NULL, "licence_number" character varying(12) NOT NULL, "route_sequence" integer NOT NULL, "latitude" double precision NOT NULL, "longitude" double precision NOT NULL, "status" character varying NOT NULL, "position" bigint NOT NULL, CONSTRAINT "PK_a7ae4a4fcda9fe8b85513077ffe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b417bec5ae92e19307573b4c84" ON "route_retailer"  ("territory_id", "route_sequence") `);
    await queryRunner.query(
      `CREATE TABLE "route_territory" ("id" uuid NOT NULL, "name" character varying NOT NULL, "region_id" uuid NOT NULL, "account_manager_id" uuid, "visit_frequency_per_week" smallint NOT NULL, "position" bigint NOT NULL, CONSTRAINT "PK_738acff47f6fed8ca5a1ee37480" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_fbca36006a9879e928d93a8031" ON "route_territory"  ("account_manager_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "visits"."IDX_fbca36006a9879e928d93a8031"`);
    await queryRunner.query(`DROP TABLE "route_territory"`);
    await queryRunner.query(`DROP INDEX "visits"."IDX_b417bec5ae92e19307573b4c84"`);
    await queryRunner.query(`DROP TABLE "route_retailer"`);
    await queryRunner.query(`DROP TABLE "consumer_cursor"`);
    await queryRunner.query(`DROP INDEX "visits"."IDX_c2e6d231ef9d59cd2e1cb40316"`);
    await queryRunner.query(`DROP TABLE "outbox"`);
  }
}
