CREATE TABLE "dana_desa_check" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"basis" text NOT NULL,
	"rule_set_version" text NOT NULL,
	"passed" integer NOT NULL,
	"failed" integer NOT NULL,
	"result" jsonb NOT NULL,
	"checked_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dana_desa_plan" (
	"id" uuid PRIMARY KEY NOT NULL,
	"desa_code" text COLLATE "C" NOT NULL,
	"fiscal_year" smallint NOT NULL,
	"pagu" bigint NOT NULL,
	"facts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dana_desa_plan_line" (
	"plan_id" uuid NOT NULL,
	"line_id" text NOT NULL,
	"seq" integer NOT NULL,
	"category" text NOT NULL,
	"activity" text NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"amount" bigint NOT NULL,
	"wages" bigint,
	"kawasan_id" uuid,
	"enterprise_id" uuid,
	CONSTRAINT "dana_desa_plan_line_pk" PRIMARY KEY("plan_id","line_id")
);
--> statement-breakpoint
CREATE TABLE "dana_desa_realisation" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"stage" smallint,
	"category" text,
	"line_id" text,
	"amount" bigint NOT NULL,
	"wages" bigint,
	"date" text NOT NULL,
	"document_number" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dana_desa_check" ADD CONSTRAINT "dana_desa_check_plan_id_dana_desa_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."dana_desa_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dana_desa_plan_line" ADD CONSTRAINT "dana_desa_plan_line_plan_id_dana_desa_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."dana_desa_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dana_desa_plan_line" ADD CONSTRAINT "dana_desa_plan_line_kawasan_id_kawasan_id_fk" FOREIGN KEY ("kawasan_id") REFERENCES "public"."kawasan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dana_desa_plan_line" ADD CONSTRAINT "dana_desa_plan_line_enterprise_id_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprise"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dana_desa_realisation" ADD CONSTRAINT "dana_desa_realisation_plan_id_dana_desa_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."dana_desa_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dana_desa_check_plan_idx" ON "dana_desa_check" USING btree ("plan_id","basis","checked_at");--> statement-breakpoint
CREATE UNIQUE INDEX "dana_desa_plan_desa_year_idx" ON "dana_desa_plan" USING btree ("desa_code","fiscal_year");--> statement-breakpoint
CREATE INDEX "dana_desa_plan_year_idx" ON "dana_desa_plan" USING btree ("fiscal_year","desa_code");--> statement-breakpoint
CREATE INDEX "dana_desa_plan_line_kawasan_idx" ON "dana_desa_plan_line" USING btree ("kawasan_id");--> statement-breakpoint
CREATE INDEX "dana_desa_plan_line_enterprise_idx" ON "dana_desa_plan_line" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "dana_desa_realisation_plan_idx" ON "dana_desa_realisation" USING btree ("plan_id","kind","date");