CREATE TABLE "training_attendance" (
	"registration_id" uuid NOT NULL,
	"date" text NOT NULL,
	"present" boolean NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "training_attendance_pk" PRIMARY KEY("registration_id","date")
);
--> statement-breakpoint
CREATE TABLE "training_certificate" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"registration_id" uuid NOT NULL,
	"name_as_printed" text NOT NULL,
	"programme_title" text NOT NULL,
	"provider_name" text NOT NULL,
	"session_label" text NOT NULL,
	"start_date" text NOT NULL,
	"end_date" text NOT NULL,
	"hours" integer NOT NULL,
	"issued_on" text NOT NULL,
	"revoked_on" text,
	"revocation_reason" text,
	"revocation_note" text,
	"issued_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "training_certificate_code_unique" UNIQUE("code"),
	CONSTRAINT "training_certificate_registration_id_unique" UNIQUE("registration_id")
);
--> statement-breakpoint
CREATE TABLE "training_follow_up" (
	"id" uuid PRIMARY KEY NOT NULL,
	"registration_id" uuid NOT NULL,
	"recorded_on" text NOT NULL,
	"method" text NOT NULL,
	"reached" boolean NOT NULL,
	"indicators" jsonb NOT NULL,
	"note" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_participant" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_key" text NOT NULL,
	"name" text NOT NULL,
	"gender" text NOT NULL,
	"birth_year" smallint NOT NULL,
	"desa_code" text COLLATE "C" NOT NULL,
	"role" text NOT NULL,
	"enterprise_id" uuid,
	"facilitator_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "training_participant_person_key_unique" UNIQUE("person_key")
);
--> statement-breakpoint
CREATE TABLE "training_programme" (
	"id" uuid PRIMARY KEY NOT NULL,
	"provider_id" uuid NOT NULL,
	"title" text NOT NULL,
	"topic_id" text NOT NULL,
	"description" text NOT NULL,
	"target_aspects" text[] NOT NULL,
	"competencies" jsonb NOT NULL,
	"target_groups" text[] NOT NULL,
	"curriculum_hours" integer NOT NULL,
	"tested_aspects" text[] NOT NULL,
	"requires_post_test" boolean NOT NULL,
	"min_attendance_percent" smallint NOT NULL,
	"follow_up_months" smallint NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_provider" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"seat_region_code" text COLLATE "C" NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"phone" text,
	"email" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_reaction" (
	"registration_id" uuid PRIMARY KEY NOT NULL,
	"answers" jsonb NOT NULL,
	"comment" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_registration" (
	"id" uuid PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"status" text NOT NULL,
	"seq" integer NOT NULL,
	"registered_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "training_score" (
	"registration_id" uuid NOT NULL,
	"aspect" text NOT NULL,
	"pre" numeric(5, 2),
	"post" numeric(5, 2),
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "training_score_pk" PRIMARY KEY("registration_id","aspect")
);
--> statement-breakpoint
CREATE TABLE "training_session" (
	"id" uuid PRIMARY KEY NOT NULL,
	"programme_id" uuid NOT NULL,
	"label" text NOT NULL,
	"start_date" text NOT NULL,
	"end_date" text NOT NULL,
	"schedule" jsonb NOT NULL,
	"place_mode" text NOT NULL,
	"place_name" text NOT NULL,
	"place_region_code" text COLLATE "C",
	"trainers" jsonb NOT NULL,
	"capacity" integer NOT NULL,
	"desa_codes" text[] NOT NULL,
	"kawasan_ids" uuid[] NOT NULL,
	"state" text NOT NULL,
	"cancel_reason" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_registration_id_training_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."training_registration"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_certificate" ADD CONSTRAINT "training_certificate_registration_id_training_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."training_registration"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_certificate" ADD CONSTRAINT "training_certificate_issued_by_app_user_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_follow_up" ADD CONSTRAINT "training_follow_up_registration_id_training_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."training_registration"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_follow_up" ADD CONSTRAINT "training_follow_up_recorded_by_app_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_participant" ADD CONSTRAINT "training_participant_facilitator_id_facilitator_id_fk" FOREIGN KEY ("facilitator_id") REFERENCES "public"."facilitator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_programme" ADD CONSTRAINT "training_programme_provider_id_training_provider_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."training_provider"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_reaction" ADD CONSTRAINT "training_reaction_registration_id_training_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."training_registration"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_registration" ADD CONSTRAINT "training_registration_session_id_training_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_session"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_registration" ADD CONSTRAINT "training_registration_participant_id_training_participant_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."training_participant"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_score" ADD CONSTRAINT "training_score_registration_id_training_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."training_registration"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_session" ADD CONSTRAINT "training_session_programme_id_training_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."training_programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_follow_up_registration_idx" ON "training_follow_up" USING btree ("registration_id","recorded_on");--> statement-breakpoint
CREATE INDEX "training_participant_desa_idx" ON "training_participant" USING btree ("desa_code");--> statement-breakpoint
CREATE INDEX "training_programme_provider_idx" ON "training_programme" USING btree ("provider_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_provider_name_idx" ON "training_provider" USING btree ("seat_region_code","name");--> statement-breakpoint
CREATE UNIQUE INDEX "training_registration_person_idx" ON "training_registration" USING btree ("session_id","participant_id");--> statement-breakpoint
CREATE INDEX "training_registration_participant_idx" ON "training_registration" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "training_session_programme_idx" ON "training_session" USING btree ("programme_id","start_date");--> statement-breakpoint
CREATE INDEX "training_session_dates_idx" ON "training_session" USING btree ("start_date");