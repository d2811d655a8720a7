CREATE TABLE "activity_entry" (
	"id" uuid PRIMARY KEY NOT NULL,
	"facilitator_id" uuid NOT NULL,
	"idempotency_key" uuid NOT NULL,
	"request_hash" text NOT NULL,
	"date" text NOT NULL,
	"place_kind" text NOT NULL,
	"desa_code" text COLLATE "C",
	"kawasan_id" uuid,
	"region_code" text COLLATE "C" NOT NULL,
	"category" text NOT NULL,
	"topic" text NOT NULL,
	"women" integer NOT NULL,
	"men" integer NOT NULL,
	"groups" text[] NOT NULL,
	"activities" text NOT NULL,
	"outputs" text NOT NULL,
	"follow_up" text NOT NULL,
	"gps_lat" double precision,
	"gps_lon" double precision,
	"state" text NOT NULL,
	"submission" integer DEFAULT 0 NOT NULL,
	"return_reason" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"approved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "activity_entry_evidence" (
	"entry_id" uuid NOT NULL,
	"evidence_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "activity_entry_evidence_pk" PRIMARY KEY("entry_id","evidence_id")
);
--> statement-breakpoint
CREATE TABLE "activity_evidence" (
	"id" uuid PRIMARY KEY NOT NULL,
	"facilitator_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"width" integer,
	"height" integer,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "facilitator" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"gender" text NOT NULL,
	"phone" text,
	"email" text,
	"nik_hash" text,
	"nik_last4" text,
	"home_region_code" text COLLATE "C" NOT NULL,
	"active_from" text NOT NULL,
	"active_to" text,
	"supervisor_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "facilitator_user_id_unique" UNIQUE("user_id"),
	CONSTRAINT "facilitator_nik_hash_unique" UNIQUE("nik_hash")
);
--> statement-breakpoint
CREATE TABLE "facilitator_assignment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"facilitator_id" uuid NOT NULL,
	"place_kind" text NOT NULL,
	"desa_code" text COLLATE "C",
	"kawasan_id" uuid,
	"from_date" text NOT NULL,
	"to_date" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activity_entry" ADD CONSTRAINT "activity_entry_facilitator_id_facilitator_id_fk" FOREIGN KEY ("facilitator_id") REFERENCES "public"."facilitator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_entry" ADD CONSTRAINT "activity_entry_kawasan_id_kawasan_id_fk" FOREIGN KEY ("kawasan_id") REFERENCES "public"."kawasan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_entry_evidence" ADD CONSTRAINT "activity_entry_evidence_entry_id_activity_entry_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."activity_entry"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_entry_evidence" ADD CONSTRAINT "activity_entry_evidence_evidence_id_activity_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."activity_evidence"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_evidence" ADD CONSTRAINT "activity_evidence_facilitator_id_facilitator_id_fk" FOREIGN KEY ("facilitator_id") REFERENCES "public"."facilitator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilitator" ADD CONSTRAINT "facilitator_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilitator" ADD CONSTRAINT "facilitator_supervisor_fk" FOREIGN KEY ("supervisor_id") REFERENCES "public"."facilitator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilitator_assignment" ADD CONSTRAINT "facilitator_assignment_facilitator_id_facilitator_id_fk" FOREIGN KEY ("facilitator_id") REFERENCES "public"."facilitator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilitator_assignment" ADD CONSTRAINT "facilitator_assignment_kawasan_id_kawasan_id_fk" FOREIGN KEY ("kawasan_id") REFERENCES "public"."kawasan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "activity_entry_idempotency_idx" ON "activity_entry" USING btree ("facilitator_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "activity_entry_facilitator_idx" ON "activity_entry" USING btree ("facilitator_id","date","state","place_kind","desa_code","kawasan_id");--> statement-breakpoint
CREATE INDEX "activity_entry_region_idx" ON "activity_entry" USING btree ("region_code","date");--> statement-breakpoint
CREATE INDEX "activity_entry_approved_desa_idx" ON "activity_entry" USING btree ("desa_code","date","category") WHERE "activity_entry"."state" = 'disetujui' and "activity_entry"."place_kind" = 'desa';--> statement-breakpoint
CREATE INDEX "activity_entry_kawasan_idx" ON "activity_entry" USING btree ("kawasan_id","date","state","place_kind","category");--> statement-breakpoint
CREATE INDEX "activity_entry_evidence_evidence_idx" ON "activity_entry_evidence" USING btree ("evidence_id");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_evidence_content_idx" ON "activity_evidence" USING btree ("facilitator_id","sha256");--> statement-breakpoint
CREATE INDEX "facilitator_home_region_idx" ON "facilitator" USING btree ("home_region_code");--> statement-breakpoint
CREATE INDEX "facilitator_supervisor_idx" ON "facilitator" USING btree ("supervisor_id");--> statement-breakpoint
CREATE INDEX "facilitator_assignment_facilitator_idx" ON "facilitator_assignment" USING btree ("facilitator_id","from_date");--> statement-breakpoint
CREATE INDEX "facilitator_assignment_desa_idx" ON "facilitator_assignment" USING btree ("desa_code");--> statement-breakpoint
CREATE INDEX "facilitator_assignment_kawasan_idx" ON "facilitator_assignment" USING btree ("kawasan_id");