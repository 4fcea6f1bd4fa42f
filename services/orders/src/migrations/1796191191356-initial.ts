import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1796191191356 implements MigrationInterface {
  name = 'Initial1796191191356';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "outbox" ("id" uuid NOT NULL, "sequence" BIGSERIAL NOT NULL, "type" character varying NOT NULL, "version" integer NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor" text, "refs" jsonb NOT NULL, "payload" jsonb NOT NULL, CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c2e6d231ef9d59cd2e1cb40316" ON "outbox"  ("sequence") `);
    await queryRunner.query(
      `CREATE TABLE "consumer_cursor" ("consumer" character varying NOT NULL, "position" bigint NOT NULL, CONSTRAINT "PK_44df6843720bc4227737bf3025d" PRIMARY KEY ("consumer"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "idempotency_key" ("subject" text NOT NULL, "key" character varying(128) NOT NULL, "operation" character varying(100) NOT NULL, "fingerprint" character varying(64) NOT NULL, "result_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_15bbc5298ddd8af57469af2fb58" PRIMARY KEY ("subject", "key"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_72d9c713a563e6e92176fe0e44" ON "idempotency_key"  ("created_at") `);
    await queryRunner.query(
      `CREATE TABLE "quota_rule" ("min_tier" smallint NOT NULL, "max_tier" smallint NOT NULL, "monthly_cartons" integer NOT NULL, CONSTRAINT "CHK_6d88441a8f30d8d70115377841" CHECK (min_tier BETWEEN 1 AND 30 AND max_tier BETWEEN min_tier AND 30 AND monthly_cartons >= 0), CONSTRAINT "PK_946d0e87fb3027cc33aafa03855" PRIMARY KEY ("min_tier"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "retailer_quota" ("retailer_id" uuid NOT NULL, "monthly_cartons" integer NOT NULL, "reason" text NOT NULL, CONSTRAINT "CHK_87a3591a56aaaae29e1eee8b7c" CHECK (monthly_cartons >= 0), CONSTRAINT "PK_b1fa0f8d31356f4318bcba7c189" PRIMARY KEY ("retailer_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "product_limit" ("product_id" uuid NOT NULL, "cartons_per_cycle" integer NOT NULL, CONSTRAINT "CHK_002d8f71f5be19ba68d47a60a9" CHECK (cartons_per_cycle >= 0), CONSTRAINT "PK_73a6eb3c0364001dfe98097b381" PRIMARY KEY ("product_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "allocation_change" ("id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "subject_id" uuid, "previous" text, "value" text NOT NULL, "reason" text, "changed_by" text, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b064709a58977daaabaa0445b91" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1377277f7a1e9647c2e203ce54" ON "allocation_change"  ("subject_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_95a16db19d6a974f6cc02cc108" ON "allocation_change"  ("changed_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "month_allowance" ("retailer_id" uuid NOT NULL, "month" character varying(7) NOT NULL, "quota" integer NOT NULL, "used" integer NOT NULL DEFAULT '0', CONSTRAINT "CHK_e39ff717a9e88a6911911224b9" CHECK (used >= 0), CONSTRAINT "PK_95dde1fecca2f04f4a2c63ab036" PRIMARY KEY ("retailer_id", "month")); COMMENT ON COLUMN "month_allowance"."month" IS 'YYYY-MM'`,
    );
    await queryRunner.query(
      `CREATE TABLE "cycle_allowance" ("retailer_id" uuid NOT NULL, "product_id" uuid NOT NULL, "cycle" character varying(8) NOT NULL, "cap" integer NOT NULL, "used" integer NOT NULL DEFAULT '0', CONSTRAINT "CHK_774dfdf0bbb55de11dcd348789" CHECK (used >= 0), CONSTRAINT "PK_0c8f85c5f4f29355d295c182749" PRIMARY KEY ("retailer_id", "product_id", "cycle")); COMMENT ON COLUMN "cycle_allowance"."cycle" IS 'ISO week, YYYY-Www'`,
    );
    await queryRunner.query(
      `CREATE TABLE "order_retailer" ("id" uuid NOT NULL, "territory_id" uuid NOT NULL, "shop_name" character varying NOT NULL, "status" character varying NOT NULL, "tier" smallint NOT NULL, "position" bigint NOT NULL, CONSTRAINT "PK_ef653d2d772fb9cd46c540ea862" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4e9f0b5165ab9930e560cc0a0c" ON "order_retailer"  ("territory_id") `);
    await queryRunner.query(`CREATE TYPE "orders"."product_strategy" AS ENUM('PROMOTE', 'MAINTAIN', 'PHASE_OUT')`);
    await queryRunner.query(`CREATE TYPE "orders"."supply_status" AS ENUM('AMPLE', 'TIGHT', 'SCARCE')`);
    await queryRunner.query(
      `CREATE TABLE "product" ("id" uuid NOT NULL, "code" character varying(20) NOT NULL, "barcode" character varying(13) NOT NULL, "brand" character varying(40) NOT NULL, "full_name" character varying(80) NOT NULL, "short_name" character varying(40) NOT NULL, "price_class" smallint NOT NULL, "wholesale_price_fen" bigint NOT NULL, "retail_price_fen" bigint NOT NULL, "key_brand" boolean NOT NULL DEFAULT false, "strategy" "orders"."product_strategy" NOT NULL DEFAULT 'MAINTAIN', "supply_status" "orders"."supply_status" NOT NULL DEFAULT 'AMPLE', "new_brand_since" date, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "CHK_7d90d35dfeb73be4a820dd1ac3" CHECK (retail_price_fen >= wholesale_price_fen), CONSTRAINT "CHK_c2c497d1e02d0f542f1c2461ce" CHECK (price_class BETWEEN 1 AND 5), CONSTRAINT "PK_bebc9158e480b949565b4dc7a82" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_99c39b067cfa73c783f0fc49a6" ON "product"  ("code") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7ac18742b02b8af41afdaa3b9a" ON "product"  ("barcode") `);
    await queryRunner.query(`CREATE INDEX "IDX_730b1714ac572fdcc90016ec44" ON "product"  ("brand") `);
    await queryRunner.query(
      `CREATE TABLE "delivery_record" ("id" uuid NOT NULL, "order_id" uuid NOT NULL, "attempt" smallint NOT NULL, "driver_id" uuid NOT NULL, "lines" jsonb NOT NULL, "has_difference" boolean NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9a1d359a44f20d8679563490e65" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_df338edf059cd6e8c2dff3dfce" ON "delivery_record"  ("order_id", "attempt") `);
    await queryRunner.query(`CREATE TYPE "orders"."order_channel" AS ENUM('PHONE', 'ONLINE', 'VISIT')`);
    await queryRunner.query(
      `CREATE TYPE "orders"."order_status" AS ENUM('PLACED', 'CONFIRMED', 'OUT_FOR_DELIVERY', 'DELIVERED', 'PARTIALLY_DELIVERED', 'CANCELLED', 'REJECTED')`,
    );
    await queryRunner.query(`CREATE TYPE "orders"."confirmation_method" AS ENUM('PHONE_CALL', 'SMS', 'IN_PERSON', 'ONLINE')`);
    await queryRunner.query(
      `CREATE TABLE "retail_order" ("id" uuid NOT NULL, "retailer_id" uuid NOT NULL, "territory_id" uuid NOT NULL, "account_manager_id" uuid, "channel" "orders"."order_channel" NOT NULL, "status" "orders"."order_status" NOT NULL DEFAULT 'PLACED', "taken_by_id" uuid, "month" character varying(7) NOT NULL, "cycle" character varying(8) NOT NULL, "placed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "total_fen" bigint NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "confirmed_by_id" uuid, "confirmation_method" "orders"."confirmation_method", "feedback_missing_at" TIMESTAMP WITH TIME ZONE, "driver_id" uuid, "out_for_delivery_at" TIMESTAMP WITH TIME ZONE, "delivered_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" text, "draft_id" uuid, "version" integer NOT NULL, CONSTRAINT "PK_80e0c7b3b7000941ce59269ca6d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_138e5e8b8513cd42ce864f7869" ON "retail_order"  ("driver_id", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_efdbd1ce62d6db334d0bc98c93" ON "retail_order"  ("status", "placed_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_cf200ec8c32a07511eb0c4e58e" ON "retail_order"  ("territory_id", "placed_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_80bd14841745fed90e1422e0a6" ON "retail_order"  ("retailer_id", "placed_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_0385a3bf2fc1d41a4c079adab8" ON "retail_order"  ("placed_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "order_territory" ("id" uuid NOT NULL, "name" character varying NOT NULL, "region_id" uuid NOT NULL, "account_manager_id" uuid, "position" bigint NOT NULL, CONSTRAINT "PK_f9bd349a7c7cf035652f34d8e13" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_fb2f934af031bc768afa5d38b4" ON "order_territory"  ("account_manager_id") `);
    await queryRunner.query(`CREATE TYPE "orders"."draft_status" AS ENUM('OPEN', 'PLACED', 'DISMISSED')`);
    await queryRunner.query(
      `CREATE TABLE "order_draft" ("id" uuid NOT NULL, "visit_id" uuid NOT NULL, "retailer_id" uuid NOT NULL, "territory_id" uuid NOT NULL, "account_manager_id" uuid, "lines" jsonb NOT NULL, "status" "orders"."draft_status" NOT NULL DEFAULT 'OPEN', "order_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d8c984ecbdcf9063e192819e925" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7b8a7714b42368c82c2555dc2d" ON "order_draft"  ("visit_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_1fd6f33d30b1b8b666243fc167" ON "order_draft"  ("territory_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_66b4101519ed439a714a609c5b" ON "order_draft"  ("status", "created_at") `);
    await queryRunner.query(
      `CREATE TYPE "orders"."difference_reason" AS ENUM('REFUSED', 'DAMAGED', 'WRONG_PRODUCT', 'OVER_DELIVERED', 'SHORT')`,
    );
    await queryRunner.query(
      `CREATE TABLE "order_line" ("id" uuid NOT NULL, "order_id" uuid NOT NULL, "line_no" smallint NOT NULL, "product_id" uuid NOT NULL, "product_name" character varying(80) NOT NULL, "requested" integer NOT NULL, "ordered" integer NOT NULL, "confirmed" integer, "delivered" integer, "accepted" integer, "difference_reason" "orders"."difference_reason", "unit_price_fen" bigint NOT NULL, "unit_retail_price_fen" bigint NOT NULL, "key_brand" boolean NOT NULL, "new_brand" boolean NOT NULL, CONSTRAINT "CHK_783a5d18ed6210054d05dd5e19" CHECK (ordered > 0 AND requested >= ordered), CONSTRAINT "PK_01a7c973d9f30479647e44f9892" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4526de8c78faf508b2ef1e8436" ON "order_line"  ("product_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c9e1b8f4e7af7f1a79de9ade3a" ON "order_line"  ("order_id", "line_no") `);
    await queryRunner.query(
      `CREATE TABLE "sales_fact" ("month" character varying(7) NOT NULL, "retailer_id" uuid NOT NULL, "product_id" uuid NOT NULL, "territory_id" uuid NOT NULL, "account_manager_id" uuid, "key_brand" boolean NOT NULL, "new_brand" boolean NOT NULL, "confirmed_cartons" integer NOT NULL DEFAULT '0', "accepted_cartons" integer NOT NULL DEFAULT '0', "fulfilled_cartons" integer NOT NULL DEFAULT '0', "amount_fen" bigint NOT NULL DEFAULT '0', "margin_fen" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_a4eba6422880efca34dc607c115" PRIMARY KEY ("month", "retailer_id", "product_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7deff027c74ac6a2a7d4995cbc" ON "sales_fact"  ("retailer_id", "month") `);
    await queryRunner.query(`CREATE INDEX "IDX_056402b9f88a737a1667fa5132" ON "sales_fact"  ("territory_id", "month") `);
    await queryRunner.query(`CREATE INDEX "IDX_25658e8c2a42a0868e0e8b6dcf" ON "sales_fact"  ("account_manager_id", "month") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "orders"."IDX_25658e8c2a42a0868e0e8b6dcf"`);
    await queryRunner.query(`DROP INDEX "orders"."IDX_056402b9f88a737a1667fa5132"`);
    await queryRunner.query(`DROP INDEX "orders"."IDX_7deff027c74ac6a2a7d4995cbc"`);
    await queryRunner.query(`DROP TABLE "sales_fact"`);
    await queryRunner.query(`DROP INDEX "orders"."IDX_c9e1b8f4e7af7f1a79de9ade3a"`);
    await queryRunner.query(`DROP INDEX "orders"."IDX_4526de8c78faf508b2ef1e8436"`);
    await queryRunner.query(`DROP TABLE "order_line"`);
    await queryRunner.query(`DROP TYPE "orders"."difference_reason"`);
    await queryRunner.query(`DROP INDEX "orders"."IDX_66b4101519ed439a714a609c5b"`);
    await queryRunner.query(`DROP INDEX "orders"."IDX_1fd6f33d30b1b8b666243fc167"`);
    await queryRunner.query(`DROP INDEX "orders"."IDX_7b8a7714b42368c82c2555dc2d"`);
    await queryRunner.query(`DROP TABLE "order_draft"`);
    await queryRunner.query(`DROP TYPE "orders"."draft_status"`);
    await queryRunner.query(`DROP INDEX "orders"."IDX_fb2f934af031bc768afa5d38b4"`);
    await queryRunner.query(`DROP TABLE "order_territory"`);
    await queryRunner.query(`DROP INDEX "orders"."IDX_0385a3bf2fc1d41a4c079adab8"`);
    await queryRunner.query(`DROP INDEX "orders"."IDX_80bd14841745fed90e1422e0a6"`);
    await queryRunner.query(`DROP INDEX "orders"."IDX_cf200ec8c32a07511eb0c4e58e"`);
    await queryRunner.query(`DROP INDEX "orders"."IDX_efdbd1ce62d6db334d0bc98c93"`);
    await queryRunner.query(`DROP INDEX "orders"."IDX_138e5e8b8513cd42ce864f7869"`);
    await queryRunner.query(`DROP TABLE "retail_order"`);
    await queryRunner.query(`DROP TYPE "orders"."confirmation_method"`);
    await queryRunner.query(`DROP TYPE "orders"."order_status"`);
    await queryRunner.query(`DROP TYPE "orders"."order_channel"`);
    await queryRunner.query(`DROP INDEX "orders"."IDX_df338edf059cd6e8c2dff3dfce"`);
    await queryRunner.query(`DROP TABLE "delivery_record"`);
    await queryRunner.query(`DROP INDEX "orders"."IDX_730b1714ac572fdcc90016ec44"`);
    await queryRunner.query(`DROP INDEX "orders"."IDX_7ac18742b02b8af41afdaa3b9a"`);
    await queryRunner.query(`DROP INDEX "orders"."IDX_99c39b067cfa73c783f0fc49a6"`);
    await queryRunner.query(`DROP TABLE "product"`);
    await queryRunner.query(`DROP TYPE "orders"."supply_status"`);
    await queryRunner.query(`DROP TYPE "orders"."product_strategy"`);
    await queryRunner.query(`DROP INDEX "orders"."IDX_4e9f0b5165ab9930e560cc0a0c"`);
    await queryRunner.query(`DROP TABLE "order_retailer"`);
    await queryRunner.query(`DROP TABLE "cycle_allowance"`);
    await queryRunner.query(`DROP TABLE "month_allowance"`);
    await queryRunner.query(`DROP INDEX "orders"."IDX_95a16db19d6a974f6cc02cc108"`);
    await queryRunner.query(`DROP INDEX "orders"."IDX_1377277f7a1e9647c2e203ce54"`);
    await queryRunner.query(`DROP TABLE "allocation_change"`);
    await queryRunner.query(`DROP TABLE "product_limit"`);
    await queryRunner.query(`DROP TABLE "retailer_quota"`);
    await queryRunner.query(`DROP TABLE "quota_rule"`);
    await queryRunner.query(`DROP INDEX "orders"."IDX_72d9c713a563e6e92176fe0e44"`);
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
    await queryRunner.query(`DROP TABLE "consumer_cursor"`);
    await queryRunner.query(`DROP INDEX "orders"."IDX_c2e6d231ef9d59cd2e1cb40316"`);
    await queryRunner.query(`DROP TABLE "outbox"`);
  }
}
