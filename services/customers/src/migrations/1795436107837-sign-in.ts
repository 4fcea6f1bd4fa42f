import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SignIn1795436107837 implements MigrationInterface {
  name = 'SignIn1795436107837';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "refresh_token" ("id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "staff_member_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f0812282fad2e352cdaf83ef0a" ON "refresh_token"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_79a918cd81da00985e2f2e3f3b" ON "refresh_token"  ("staff_member_id") `);
    await queryRunner.query(`ALTER TABLE "staff_member" ADD "password_hash" text`);
    await queryRunner.query(
      `ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_79a918cd81da00985e2f2e3f3b9" FOREIGN KEY ("staff_member_id") REFERENCES "staff_member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_79a918cd81da00985e2f2e3f3b9"`);
    await queryRunner.query(`ALTER TABLE "staff_member" DROP COLUMN "password_hash"`);
    await queryRunner.query(`DROP INDEX "customers"."IDX_79a918cd81da00985e2f2e3f3b"`);
    await queryRunner.query(`DROP INDEX "customers"."IDX_f0812282fad2e352cdaf83ef0a"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
  }
}
