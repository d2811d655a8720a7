CREATE TABLE "data_import" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"source" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone NOT NULL,
	"summary" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "region" (
	"code" text COLLATE "C" PRIMARY KEY NOT NULL,
	"parent_code" text COLLATE "C",
	"level" smallint NOT NULL,
	"name" text NOT NULL,
	"search_name" text COLLATE "C" NOT NULL,
	"regency_count" integer DEFAULT 0 NOT NULL,
	"district_count" integer DEFAULT 0 NOT NULL,
	"desa_count" integer DEFAULT 0 NOT NULL,
	"kelurahan_count" integer DEFAULT 0 NOT NULL,
	"desa_adat_count" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "region_parent_code_idx" ON "region" USING btree ("parent_code","code");--> statement-breakpoint
CREATE INDEX "region_village_search_name_idx" ON "region" USING btree ("search_name") WHERE "region"."level" = 4;