CREATE TABLE "deliberation_proposal" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kawasan_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"desa_code" text COLLATE "C",
	"description" text,
	"proposer" text,
	"requested_budget" bigint,
	"status" text DEFAULT 'diajukan' NOT NULL,
	"decided_by" uuid,
	"history" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "musyawarah" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kawasan_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"desa_code" text COLLATE "C",
	"organiser" text NOT NULL,
	"held_on" text NOT NULL,
	"place" text NOT NULL,
	"agenda" text[] DEFAULT '{}'::text[] NOT NULL,
	"chair" text,
	"secretary" text,
	"postponed_then_continued" boolean DEFAULT false NOT NULL,
	"decisions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text,
	"state" text DEFAULT 'draf' NOT NULL,
	"fixed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "musyawarah_participant" (
	"id" uuid PRIMARY KEY NOT NULL,
	"musyawarah_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"gender" text NOT NULL,
	"youth" boolean DEFAULT false NOT NULL,
	"poor_or_marginal" boolean DEFAULT false NOT NULL,
	"disability" boolean DEFAULT false NOT NULL,
	"element" text NOT NULL,
	"desa_code" text COLLATE "C",
	"affiliation" text,
	"invited" boolean NOT NULL,
	"attended" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "musyawarah_result" (
	"id" uuid PRIMARY KEY NOT NULL,
	"musyawarah_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"title" text NOT NULL,
	"method" text NOT NULL,
	"cycle_year" smallint NOT NULL,
	"result" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rpkp_progress" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kawasan_id" uuid NOT NULL,
	"activity_id" text NOT NULL,
	"reported_on" text NOT NULL,
	"status" text NOT NULL,
	"progress_bp" integer NOT NULL,
	"quantity" text,
	"spent" bigint,
	"note" text,
	"document_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"reported_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rpkp_version" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kawasan_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"based_on" integer,
	"state" text NOT NULL,
	"submission" integer DEFAULT 0 NOT NULL,
	"title" text NOT NULL,
	"plan" jsonb NOT NULL,
	"regulation" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "deliberation_proposal" ADD CONSTRAINT "deliberation_proposal_kawasan_id_kawasan_id_fk" FOREIGN KEY ("kawasan_id") REFERENCES "public"."kawasan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "musyawarah" ADD CONSTRAINT "musyawarah_kawasan_id_kawasan_id_fk" FOREIGN KEY ("kawasan_id") REFERENCES "public"."kawasan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "musyawarah_participant" ADD CONSTRAINT "musyawarah_participant_musyawarah_id_musyawarah_id_fk" FOREIGN KEY ("musyawarah_id") REFERENCES "public"."musyawarah"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "musyawarah_result" ADD CONSTRAINT "musyawarah_result_musyawarah_id_musyawarah_id_fk" FOREIGN KEY ("musyawarah_id") REFERENCES "public"."musyawarah"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rpkp_progress" ADD CONSTRAINT "rpkp_progress_kawasan_id_kawasan_id_fk" FOREIGN KEY ("kawasan_id") REFERENCES "public"."kawasan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rpkp_version" ADD CONSTRAINT "rpkp_version_kawasan_id_kawasan_id_fk" FOREIGN KEY ("kawasan_id") REFERENCES "public"."kawasan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deliberation_proposal_kawasan_idx" ON "deliberation_proposal" USING btree ("kawasan_id","kind","status");--> statement-breakpoint
CREATE INDEX "musyawarah_kawasan_idx" ON "musyawarah" USING btree ("kawasan_id","held_on");--> statement-breakpoint
CREATE INDEX "musyawarah_participant_meeting_idx" ON "musyawarah_participant" USING btree ("musyawarah_id","position");--> statement-breakpoint
CREATE INDEX "musyawarah_result_meeting_idx" ON "musyawarah_result" USING btree ("musyawarah_id");--> statement-breakpoint
CREATE INDEX "rpkp_progress_activity_idx" ON "rpkp_progress" USING btree ("kawasan_id","activity_id","reported_on");--> statement-breakpoint
CREATE UNIQUE INDEX "rpkp_version_number_idx" ON "rpkp_version" USING btree ("kawasan_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "rpkp_version_one_open_idx" ON "rpkp_version" USING btree ("kawasan_id") WHERE "rpkp_version"."state" in ('draf', 'diajukan', 'ditinjau', 'perlu_klarifikasi', 'tinjauan_selesai');