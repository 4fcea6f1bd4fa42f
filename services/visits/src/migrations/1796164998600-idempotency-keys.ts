import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyKeys1796164998600 implements MigrationInterface {
  name = 'IdempotencyKeys1796164998600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_key" ("subject" text NOT NULL, "key" character varying(128) NOT NULL, "operation" character varying(100) NOT NULL, "fingerprint" character varying(64) NOT NULL, "result_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_15bbc5298ddd8af57469af2fb58" PRIMARY KEY ("subject", "key"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_72d9c713a563e6e92176fe0e44" ON "idempotency_key"  ("created_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "visits"."IDX_72d9c713a563e6e92176fe0e44"`);
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
  }
}
