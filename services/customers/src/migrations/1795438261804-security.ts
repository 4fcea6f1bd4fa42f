import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Security1795438261804 implements MigrationInterface {
  name = 'Security1795438261804';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "api_key" ("id" uuid NOT NULL, "name" character varying NOT NULL, "prefix" character varying(16) NOT NULL, "secret_hash" character varying(64) NOT NULL, "scopes" text array NOT NULL, "territory_ids" uuid array, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b227edd98d489363d65e908e60" ON "api_key"  ("secret_hash") `);
    await queryRunner.query(`ALTER TABLE "staff_member" ADD "region_id" uuid`);
    // Tokens issued before sessions existed each become a session of their own.
    await queryRunner.query(`ALTER TABLE "refresh_token" ADD "session_id" uuid`);
    await queryRunner.query(`UPDATE "refresh_token" SET "session_id" = "id"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" ALTER COLUMN "session_id" SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_debe3f2d4359ada57f90b89178" ON "staff_member"  ("region_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_7643a722ca45fb721be1c63dc0" ON "refresh_token"  ("session_id") `);
    await queryRunner.query(
      `ALTER TABLE "staff_member" ADD CONSTRAINT "FK_debe3f2d4359ada57f90b891785" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "staff_member" DROP CONSTRAINT "FK_debe3f2d4359ada57f90b891785"`);
    await queryRunner.query(`DROP INDEX "customers"."IDX_7643a722ca45fb721be1c63dc0"`);
    await queryRunner.query(`DROP INDEX "customers"."IDX_debe3f2d4359ada57f90b89178"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP COLUMN "session_id"`);
    await queryRunner.query(`ALTER TABLE "staff_member" DROP COLUMN "region_id"`);
    await queryRunner.query(`DROP INDEX "customers"."IDX_b227edd98d489363d65e908e60"`);
    await queryRunner.query(`DROP TABLE "api_key"`);
  }
}
