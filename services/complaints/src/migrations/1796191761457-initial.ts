import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1796191761457 implements MigrationInterface {
  name = 'Initial1796191761457';

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
      `CREATE TABLE "working_calendar" ("id" uuid NOT NULL, "region_id" uuid, "name" character varying NOT NULL, "weekly" jsonb NOT NULL, "published_years" integer array NOT NULL DEFAULT '{}', CONSTRAINT "PK_7162f8e345cfe89883291b5952f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f65196425adc27e0f5a1ac0591" ON "working_calendar"  ("region_id") WHERE region_id IS NOT NULL`,
    );
    await queryRunner.query(`CREATE TYPE "complaints"."calendar_day_kind" AS ENUM('HOLIDAY', 'WORKDAY')`);
    await queryRunner.query(
      `CREATE TABLE "calendar_day" ("calendar_id" uuid NOT NULL, "day" date NOT NULL, "kind" "complaints"."calendar_day_kind" NOT NULL, "name" character varying NOT NULL, CONSTRAINT "PK_f0125c61488e809cf1065e418c5" PRIMARY KEY ("calendar_id", "day"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "complaints"."timeline_entry_kind" AS ENUM('RAISED', 'MESSAGE', 'TRANSITION', 'HAND_OFF', 'ESCALATION', 'WARNING')`,
    );
    await queryRunner.query(
      `CREATE TYPE "complaints"."case_entry_owner_role" AS ENUM('ACCOUNT_MANAGER', 'ORDER_CLERK', 'DELIVERY_DRIVER', 'MARKET_INSPECTOR', 'SUPERVISOR', 'ADMIN')`,
    );
    await queryRunner.query(
      `CREATE TYPE "complaints"."case_action" AS ENUM('ACKNOWLEDGE', 'START', 'WAIT_ON_RETAILER', 'RESUME', 'RESPOND', 'REOPEN', 'CONFIRM_CLOSE', 'OVERRIDE_CLOSE', 'HAND_OFF')`,
    );
    await queryRunner.query(
      `CREATE TYPE "complaints"."case_entry_from_status" AS ENUM('OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_ON_RETAILER', 'RESPONDED', 'REOPENED', 'CLOSED')`,
    );
    await queryRunner.query(
      `CREATE TYPE "complaints"."case_entry_to_status" AS ENUM('OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_ON_RETAILER', 'RESPONDED', 'REOPENED', 'CLOSED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "case_entry" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "kind" "complaints"."timeline_entry_kind" NOT NULL, "author_id" uuid, "to_id" uuid, "to_role" "complaints"."case_entry_owner_role", "action" "complaints"."case_action", "from_status" "complaints"."case_entry_from_status", "to_status" "complaints"."case_entry_to_status", "body" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2264e07583fc659a744ccf84cdb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e540a42374e094e96ad215bb14" ON "case_entry"  ("case_id", "at") `);
    await queryRunner.query(
      `CREATE TYPE "complaints"."case_kind" AS ENUM('COMPLAINT', 'SUGGESTION', 'MARKET_LEAD', 'ORDER_EXCEPTION', 'DELIVERY_ISSUE', 'INFO_FEEDBACK')`,
    );
    await queryRunner.query(
      `CREATE TYPE "complaints"."case_category" AS ENUM('PRODUCT_QUALITY', 'DELIVERY', 'ORDER_ERROR', 'SERVICE_ATTITUDE', 'POLICY', 'PRICE', 'MARKET', 'OTHER')`,
    );
    await queryRunner.query(`CREATE TYPE "complaints"."case_severity" AS ENUM('LOW', 'NORMAL', 'HIGH', 'CRITICAL')`);
    await queryRunner.query(`CREATE TYPE "complaints"."case_source" AS ENUM('RETAILER', 'CONSUMER', 'STAFF', 'VISIT', 'ORDERS')`);
    await queryRunner.query(`CREATE TYPE "complaints"."case_channel" AS ENUM('VISIT', 'PHONE', 'ONLINE', 'IN_PERSON', 'SYSTEM')`);
    await queryRunner.query(
      `CREATE TYPE "complaints"."owner_role" AS ENUM('ACCOUNT_MANAGER', 'ORDER_CLERK', 'DELIVERY_DRIVER', 'MARKET_INSPECTOR', 'SUPERVISOR', 'ADMIN')`,
    );
    await queryRunner.query(
      `CREATE TYPE "complaints"."case_status" AS ENUM('OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS', 'WAITING_ON_RETAILER', 'RESPONDED', 'REOPENED', 'CLOSED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "loop_case" ("id" uuid NOT NULL, "kind" "complaints"."case_kind" NOT NULL, "category" "complaints"."case_category" NOT NULL, "severity" "complaints"."case_severity" NOT NULL DEFAULT 'NORMAL', "source" "complaints"."case_source" NOT NULL, "channel" "complaints"."case_channel" NOT NULL, "title" character varying NOT NULL, "description" text NOT NULL, "retailer_id" uuid, "territory_id" uuid, "region_id" uuid, "order_id" uuid, "visit_id" uuid, "reporter_id" uuid, "owner_role" "complaints"."owner_role" NOT NULL, "assignee_id" uuid, "copied_ids" uuid array NOT NULL DEFAULT '{}', "status" "complaints"."case_status" NOT NULL DEFAULT 'OPEN', "respond_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "resolve_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "respond_budget_minutes" integer NOT NULL, "resolve_budget_minutes" integer NOT NULL, "resolve_paused_minutes_left" double precision, "answered_at" TIMESTAMP WITH TIME ZONE, "first_answered_at" TIMESTAMP WITH TIME ZONE, "respond_breached_at" TIMESTAMP WITH TIME ZONE, "resolve_breached_at" TIMESTAMP WITH TIME ZONE, "deadline_warnings" text array NOT NULL DEFAULT '{}', "escalation_level" smallint NOT NULL DEFAULT '0', "round" smallint NOT NULL DEFAULT '0', "satisfaction" smallint, "override_reason" text, "closed_at" TIMESTAMP WITH TIME ZONE, "source_event_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1aba7cd30f13e252e8be423e91d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_03edbb9e838c95f3706a175156" ON "loop_case"  ("source_event_id") WHERE source_event_id IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_826648aff3b88450c82a68766e" ON "loop_case"  ("retailer_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_5544833bd301fe2a70f3fe202c" ON "loop_case"  ("assignee_id", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_671c01a961190c609df2eee141" ON "loop_case"  ("territory_id", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_7c94d7d3aa07b23afcf35d2786" ON "loop_case"  ("status", "respond_due_at") `);
    await queryRunner.query(
      `CREATE TABLE "case_retailer" ("id" uuid NOT NULL, "territory_id" uuid NOT NULL, "shop_name" character varying NOT NULL, "position" bigint NOT NULL, CONSTRAINT "PK_97241f477ce9e86a728245d7814" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6e1fc3ec49322498bbdadb6f3f" ON "case_retailer"  ("territory_id") `);
    await queryRunner.query(
      `CREATE TABLE "case_territory" ("id" uuid NOT NULL, "name" character varying NOT NULL, "region_id" uuid NOT NULL, "account_manager_id" uuid, "position" bigint NOT NULL, CONSTRAINT "PK_11ab3fc4b15bcee144788c131ae" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_873f762630edcfd423412bc7b8" ON "case_territory"  ("account_manager_id") `);
    await queryRunner.query(
      `CREATE TABLE "case_region" ("id" uuid NOT NULL, "name" character varying NOT NULL, "in_company_area" boolean NOT NULL, "position" bigint NOT NULL, CONSTRAINT "PK_84f38f61faf1e438cab204eb6d4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "case_staff" ("id" uuid NOT NULL, "name" character varying NOT NULL, "role" character varying NOT NULL, "supervisor_id" uuid, "active" boolean NOT NULL, "position" bigint NOT NULL, CONSTRAINT "PK_186a57cb7a76277ac30eeb77264" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4177bbd50f8e24b66d3c1e0c8e" ON "case_staff"  ("supervisor_id") `);
    await queryRunner.query(
      `CREATE TYPE "complaints"."routing_rule_kind" AS ENUM('COMPLAINT', 'SUGGESTION', 'MARKET_LEAD', 'ORDER_EXCEPTION', 'DELIVERY_ISSUE', 'INFO_FEEDBACK')`,
    );
    await queryRunner.query(
      `CREATE TYPE "complaints"."routing_rule_owner_role" AS ENUM('ACCOUNT_MANAGER', 'ORDER_CLERK', 'DELIVERY_DRIVER', 'MARKET_INSPECTOR', 'SUPERVISOR', 'ADMIN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "routing_rule" ("id" uuid NOT NULL, "kind" "complaints"."routing_rule_kind" NOT NULL, "region_id" uuid, "owner_role" "complaints"."routing_rule_owner_role" NOT NULL, "assignee_id" uuid, CONSTRAINT "PK_b402e9e6a4d11fbd58e076daa2f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_94b173b0ce3136eef55fe3f70b" ON "routing_rule"  ("kind") WHERE region_id IS NULL`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_34c14c1e6a14e506bacf7a7663" ON "routing_rule"  ("kind", "region_id") WHERE region_id IS NOT NULL`,
    );
    await queryRunner.query(`CREATE TYPE "complaints"."deadline_clock" AS ENUM('RESPOND', 'RESOLVE')`);
    await queryRunner.query(
      `CREATE TABLE "escalation" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "round" smallint NOT NULL, "clock" "complaints"."deadline_clock" NOT NULL, "level" smallint NOT NULL, "escalated_to_id" uuid, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "fired_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2c9a4d9277ed8620a8a72813864" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d18af14d4416cd260dc11f88f5" ON "escalation"  ("case_id", "round", "clock", "level") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "complaints"."IDX_d18af14d4416cd260dc11f88f5"`);
    await queryRunner.query(`DROP TABLE "escalation"`);
    await queryRunner.query(`DROP TYPE "complaints"."deadline_clock"`);
    await queryRunner.query(`DROP INDEX "complaints"."IDX_34c14c1e6a14e506bacf7a7663"`);
    await queryRunner.query(`DROP INDEX "complaints"."IDX_94b173b0ce3136eef55fe3f70b"`);
    await queryRunner.query(`DROP TABLE "routing_rule"`);
    await queryRunner.query(`DROP TYPE "complaints"."routing_rule_owner_role"`);
    await queryRunner.query(`DROP TYPE "complaints"."routing_rule_kind"`);
    await queryRunner.query(`DROP INDEX "complaints"."IDX_4177bbd50f8e24b66d3c1e0c8e"`);
    await queryRunner.query(`DROP TABLE "case_staff"`);
    await queryRunner.query(`DROP TABLE "case_region"`);
    await queryRunner.query(`DROP INDEX "complaints"."IDX_873f762630edcfd423412bc7b8"`);
    await queryRunner.query(`DROP TABLE "case_territory"`);
    await queryRunner.query(`DROP INDEX "complaints"."IDX_6e1fc3ec49322498bbdadb6f3f"`);
    await queryRunner.query(`DROP TABLE "case_retailer"`);
    await queryRunner.query(`DROP INDEX "complaints"."IDX_7c94d7d3aa07b23afcf35d2786"`);
    await queryRunner.query(`DROP INDEX "complaints"."IDX_671c01a961190c609df2eee141"`);
    await queryRunner.query(`DROP INDEX "complaints"."IDX_5544833bd301fe2a70f3fe202c"`);
    await queryRunner.query(`DROP INDEX "complaints"."IDX_826648aff3b88450c82a68766e"`);
    await queryRunner.query(`DROP INDEX "complaints"."IDX_03edbb9e838c95f3706a175156"`);
    await queryRunner.query(`DROP TABLE "loop_case"`);
    await queryRunner.query(`DROP TYPE "complaints"."case_status"`);
    await queryRunner.query(`DROP TYPE "complaints"."owner_role"`);
    await queryRunner.query(`DROP TYPE "complaints"."case_channel"`);
    await queryRunner.query(`DROP TYPE "complaints"."case_source"`);
    await queryRunner.query(`DROP TYPE "complaints"."case_severity"`);
    await queryRunner.query(`DROP TYPE "complaints"."case_category"`);
    await queryRunner.query(`DROP TYPE "complaints"."case_kind"`);
    await queryRunner.query(`DROP INDEX "complaints"."IDX_e540a42374e094e96ad215bb14"`);
    await queryRunner.query(`DROP TABLE "case_entry"`);
    await queryRunner.query(`DROP TYPE "complaints"."case_entry_to_status"`);
    await queryRunner.query(`DROP TYPE "complaints"."case_entry_from_status"`);
    await queryRunner.query(`DROP TYPE "complaints"."case_action"`);
    await queryRunner.query(`DROP TYPE "complaints"."case_entry_owner_role"`);
    await queryRunner.query(`DROP TYPE "complaints"."timeline_entry_kind"`);
    await queryRunner.query(`DROP TABLE "calendar_day"`);
    await queryRunner.query(`DROP TYPE "complaints"."calendar_day_kind"`);
    await queryRunner.query(`DROP INDEX "complaints"."IDX_f65196425adc27e0f5a1ac0591"`);
    await queryRunner.query(`DROP TABLE "working_calendar"`);
    await queryRunner.query(`DROP INDEX "complaints"."IDX_72d9c713a563e6e92176fe0e44"`);
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
    await queryRunner.query(`DROP TABLE "consumer_cursor"`);
    await queryRunner.query(`DROP INDEX "complaints"."IDX_c2e6d231ef9d59cd2e1cb40316"`);
    await queryRunner.query(`DROP TABLE "outbox"`);
  }
}
