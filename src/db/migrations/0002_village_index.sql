CREATE TABLE "index_import" (
	"id" serial PRIMARY KEY NOT NULL,
	"scheme" text NOT NULL,
	"year" smallint NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"actor_label" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"summary" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "village_index" (
	"scheme" text NOT NULL,
	"year" smallint NOT NULL,
	"region_code" text COLLATE "C" NOT NULL,
	"name" text NOT NULL,
	"iks" double precision,
	"ike" double precision,
	"ikl" double precision,
	"value" double precision,
	"official_status" text,
	"computed_status" text,
	"placed" boolean NOT NULL,
	"import_id" integer NOT NULL,
	"source_line" integer NOT NULL,
	CONSTRAINT "village_index_scheme_year_region_code_pk" PRIMARY KEY("scheme","year","region_code")
);
--> statement-breakpoint
ALTER TABLE "village_index" ADD CONSTRAINT "village_index_import_id_index_import_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."index_import"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "village_index_region_idx" ON "village_index" USING btree ("region_code");