CREATE TABLE "boundary_import" (
	"id" serial PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"actor_label" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"summary" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "boundary_layer" (
	"region_code" text COLLATE "C" NOT NULL,
	"child_level" smallint NOT NULL,
	"features" integer NOT NULL,
	"bytes" integer NOT NULL,
	"etag" text NOT NULL,
	"body" "bytea" NOT NULL,
	"import_id" integer NOT NULL,
	CONSTRAINT "boundary_layer_region_code_child_level_pk" PRIMARY KEY("region_code","child_level")
);
--> statement-breakpoint
CREATE TABLE "region_boundary" (
	"region_code" text COLLATE "C" PRIMARY KEY NOT NULL,
	"level" smallint NOT NULL,
	"name" text NOT NULL,
	"placed" boolean NOT NULL,
	"bbox" double precision[] NOT NULL,
	"geometry" text NOT NULL,
	"import_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "village_index_indicator" (
	"scheme" text NOT NULL,
	"year" smallint NOT NULL,
	"region_code" text COLLATE "C" NOT NULL,
	"indicator_code" text NOT NULL,
	"score" smallint NOT NULL,
	"condition" text,
	"activity" text,
	"actors" jsonb NOT NULL,
	"recovered" boolean DEFAULT false NOT NULL,
	CONSTRAINT "village_index_indicator_pk" PRIMARY KEY("scheme","year","region_code","indicator_code")
);
--> statement-breakpoint
CREATE TABLE "village_index_movement" (
	"scheme" text NOT NULL,
	"from_year" smallint NOT NULL,
	"to_year" smallint NOT NULL,
	"region_code" text COLLATE "C" NOT NULL,
	"compared" integer NOT NULL,
	"up" integer NOT NULL,
	"down" integer NOT NULL,
	"same" integer NOT NULL,
	"transitions" jsonb NOT NULL,
	CONSTRAINT "village_index_movement_pk" PRIMARY KEY("scheme","from_year","to_year","region_code")
);
--> statement-breakpoint
ALTER TABLE "village_index" ADD COLUMN "source_file" text;--> statement-breakpoint
ALTER TABLE "village_index" ADD COLUMN "computed_value" double precision;--> statement-breakpoint
ALTER TABLE "village_index" ADD COLUMN "notes" jsonb;--> statement-breakpoint
ALTER TABLE "village_index_rollup" ADD COLUMN "histogram" integer[] DEFAULT '{}'::integer[] NOT NULL;--> statement-breakpoint
ALTER TABLE "boundary_layer" ADD CONSTRAINT "boundary_layer_import_id_boundary_import_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."boundary_import"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_boundary" ADD CONSTRAINT "region_boundary_import_id_boundary_import_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."boundary_import"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "village_index_indicator" ADD CONSTRAINT "village_index_indicator_result_fk" FOREIGN KEY ("scheme","year","region_code") REFERENCES "public"."village_index"("scheme","year","region_code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "region_boundary_level_idx" ON "region_boundary" USING btree ("level","region_code");