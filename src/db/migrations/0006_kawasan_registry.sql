CREATE TABLE "kawasan" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"region_code" text COLLATE "C" NOT NULL,
	"kabupaten_codes" text[] NOT NULL,
	"theme_code" text,
	"commodities" text[] DEFAULT '{}'::text[] NOT NULL,
	"delineation_notes" text,
	"state" text NOT NULL,
	"sk_number" text,
	"sk_date" text,
	"sk_document_id" uuid,
	"recommendation_id" uuid,
	"proposal_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kawasan_document" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kawasan_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"public" boolean DEFAULT false NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	"uploaded_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kawasan_institution" (
	"kawasan_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"decree_number" text,
	"decree_date" text,
	"decree_document_id" uuid,
	"notes" text,
	"members" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "kawasan_institution_pk" PRIMARY KEY("kawasan_id","kind")
);
--> statement-breakpoint
CREATE TABLE "kawasan_member" (
	"kawasan_id" uuid NOT NULL,
	"desa_code" text COLLATE "C" NOT NULL,
	"active" boolean DEFAULT false NOT NULL,
	CONSTRAINT "kawasan_member_pk" PRIMARY KEY("kawasan_id","desa_code")
);
--> statement-breakpoint
CREATE TABLE "kawasan_recommendation" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kabupaten_code" text COLLATE "C" NOT NULL,
	"recommender" text NOT NULL,
	"seed" bigint NOT NULL,
	"min_size" smallint NOT NULL,
	"max_size" smallint NOT NULL,
	"index_year" smallint,
	"graph_source" text NOT NULL,
	"desa_count" integer NOT NULL,
	"result" jsonb NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kawasan_theme" (
	"code" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "kawasan" ADD CONSTRAINT "kawasan_theme_code_kawasan_theme_code_fk" FOREIGN KEY ("theme_code") REFERENCES "public"."kawasan_theme"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kawasan_document" ADD CONSTRAINT "kawasan_document_kawasan_id_kawasan_id_fk" FOREIGN KEY ("kawasan_id") REFERENCES "public"."kawasan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kawasan_institution" ADD CONSTRAINT "kawasan_institution_kawasan_id_kawasan_id_fk" FOREIGN KEY ("kawasan_id") REFERENCES "public"."kawasan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kawasan_member" ADD CONSTRAINT "kawasan_member_kawasan_id_kawasan_id_fk" FOREIGN KEY ("kawasan_id") REFERENCES "public"."kawasan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kawasan_region_idx" ON "kawasan" USING btree ("region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "kawasan_recommendation_proposal_idx" ON "kawasan" USING btree ("recommendation_id","proposal_id");--> statement-breakpoint
CREATE INDEX "kawasan_document_kawasan_idx" ON "kawasan_document" USING btree ("kawasan_id");--> statement-breakpoint
CREATE INDEX "kawasan_document_sha_idx" ON "kawasan_document" USING btree ("sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "kawasan_member_one_active_idx" ON "kawasan_member" USING btree ("desa_code") WHERE "kawasan_member"."active";--> statement-breakpoint
CREATE INDEX "kawasan_recommendation_kabupaten_idx" ON "kawasan_recommendation" USING btree ("kabupaten_code","at");--> statement-breakpoint
INSERT INTO "kawasan_theme" ("code", "label", "description") VALUES
  ('agropolitan', 'Agropolitan', 'Pertanian tanaman pangan, hortikultura, perkebunan'),
  ('minapolitan', 'Minapolitan', 'Perikanan tangkap dan budi daya'),
  ('wisata', 'Wisata perdesaan', 'Desa wisata, ekowisata, budaya'),
  ('industri', 'Industri perdesaan', 'Pengolahan hasil dan kerajinan'),
  ('peternakan', 'Peternakan', 'Ternak besar, kecil dan unggas');
