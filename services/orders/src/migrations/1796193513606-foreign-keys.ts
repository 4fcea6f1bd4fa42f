import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ForeignKeys1796193513606 implements MigrationInterface {
  name = 'ForeignKeys1796193513606';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "product_limit" ADD CONSTRAINT "FK_73a6eb3c0364001dfe98097b381" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "delivery_record" ADD CONSTRAINT "FK_063067c1eea77bbbc52ec8c8cbe" FOREIGN KEY ("order_id") REFERENCES "retail_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "order_line" ADD CONSTRAINT "FK_ed8fae6d7239e9d730219215af7" FOREIGN KEY ("order_id") REFERENCES "retail_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "order_line" ADD CONSTRAINT "FK_4526de8c78faf508b2ef1e84366" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "order_line" DROP CONSTRAINT "FK_4526de8c78faf508b2ef1e84366"`);
    await queryRunner.query(`ALTER TABLE "order_line" DROP CONSTRAINT "FK_ed8fae6d7239e9d730219215af7"`);
    await queryRunner.query(`ALTER TABLE "delivery_record" DROP CONSTRAINT "FK_063067c1eea77bbbc52ec8c8cbe"`);
    await queryRunner.query(`ALTER TABLE "product_limit" DROP CONSTRAINT "FK_73a6eb3c0364001dfe98097b381"`);
  }
}
