CREATE TABLE "business_unit" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"name" text NOT NULL,
	"commodity" text NOT NULL,
	"stage" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"desa_code" text COLLATE "C",
	"workers" integer DEFAULT 0 NOT NULL,
	"women_workers" integer DEFAULT 0 NOT NULL,
	"started_on" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "business_unit_link" (
	"id" uuid PRIMARY KEY NOT NULL,
	"supplier_unit_id" uuid NOT NULL,
	"buyer_unit_id" uuid NOT NULL,
	"product" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "capital_injection" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"unit_id" uuid,
	"source" text NOT NULL,
	"form" text NOT NULL,
	"partner_id" uuid,
	"desa_code" text COLLATE "C",
	"amount" bigint NOT NULL,
	"received_on" text NOT NULL,
	"document_number" text NOT NULL,
	"document_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"region_code" text COLLATE "C" NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"phone" text,
	"email" text,
	"business_fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"founded_on" text,
	"activity" text DEFAULT 'aktif' NOT NULL,
	"legal_status" text NOT NULL,
	"name_registration_number" text,
	"name_submitted_on" text,
	"name_approved_on" text,
	"legal_certificate_number" text,
	"legal_certificate_date" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_document" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"number" text,
	"issued_on" text,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	"uploaded_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_founder" (
	"enterprise_id" uuid NOT NULL,
	"desa_code" text COLLATE "C" NOT NULL,
	CONSTRAINT "enterprise_founder_pk" PRIMARY KEY("enterprise_id","desa_code")
);
--> statement-breakpoint
CREATE TABLE "enterprise_kawasan" (
	"enterprise_id" uuid NOT NULL,
	"kawasan_id" uuid NOT NULL,
	CONSTRAINT "enterprise_kawasan_pk" PRIMARY KEY("enterprise_id","kawasan_id")
);
--> statement-breakpoint
CREATE TABLE "enterprise_organ_member" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"organ" text NOT NULL,
	"name" text NOT NULL,
	"position" text NOT NULL,
	"gender" text,
	"start_date" text,
	"end_date" text,
	"seq" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_report" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"period" text NOT NULL,
	"revenue" bigint NOT NULL,
	"costs" bigint NOT NULL,
	"net_result" bigint NOT NULL,
	"assets" bigint NOT NULL,
	"workers" integer NOT NULL,
	"women_workers" integer,
	"split_pades" bigint NOT NULL,
	"split_capital" bigint NOT NULL,
	"split_other" bigint NOT NULL,
	"split_other_note" text DEFAULT '' NOT NULL,
	"decided_on" text,
	"source" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "funding_partner" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"seat_region_code" text COLLATE "C",
	"contact" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "funding_partner_name_key_unique" UNIQUE("name_key")
);
--> statement-breakpoint
ALTER TABLE "business_unit" ADD CONSTRAINT "business_unit_enterprise_id_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprise"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_unit_link" ADD CONSTRAINT "business_unit_link_supplier_unit_id_business_unit_id_fk" FOREIGN KEY ("supplier_unit_id") REFERENCES "public"."business_unit"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_unit_link" ADD CONSTRAINT "business_unit_link_buyer_unit_id_business_unit_id_fk" FOREIGN KEY ("buyer_unit_id") REFERENCES "public"."business_unit"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capital_injection" ADD CONSTRAINT "capital_injection_enterprise_id_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprise"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capital_injection" ADD CONSTRAINT "capital_injection_unit_id_business_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."business_unit"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capital_injection" ADD CONSTRAINT "capital_injection_partner_id_funding_partner_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."funding_partner"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capital_injection" ADD CONSTRAINT "capital_injection_document_id_enterprise_document_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."enterprise_document"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_document" ADD CONSTRAINT "enterprise_document_enterprise_id_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprise"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_founder" ADD CONSTRAINT "enterprise_founder_enterprise_id_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprise"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_kawasan" ADD CONSTRAINT "enterprise_kawasan_enterprise_id_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprise"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_kawasan" ADD CONSTRAINT "enterprise_kawasan_kawasan_id_kawasan_id_fk" FOREIGN KEY ("kawasan_id") REFERENCES "public"."kawasan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_organ_member" ADD CONSTRAINT "enterprise_organ_member_enterprise_id_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprise"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_report" ADD CONSTRAINT "enterprise_report_enterprise_id_enterprise_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprise"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "business_unit_enterprise_idx" ON "business_unit" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "business_unit_commodity_idx" ON "business_unit" USING btree ("commodity","stage");--> statement-breakpoint
CREATE UNIQUE INDEX "business_unit_link_pair_idx" ON "business_unit_link" USING btree ("supplier_unit_id","buyer_unit_id","product");--> statement-breakpoint
CREATE INDEX "business_unit_link_buyer_idx" ON "business_unit_link" USING btree ("buyer_unit_id");--> statement-breakpoint
CREATE INDEX "capital_injection_enterprise_idx" ON "capital_injection" USING btree ("enterprise_id","received_on");--> statement-breakpoint
CREATE INDEX "capital_injection_partner_idx" ON "capital_injection" USING btree ("partner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprise_name_key_idx" ON "enterprise" USING btree ("name_key");--> statement-breakpoint
CREATE INDEX "enterprise_region_idx" ON "enterprise" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "enterprise_document_enterprise_idx" ON "enterprise_document" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "enterprise_document_sha_idx" ON "enterprise_document" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "enterprise_founder_desa_idx" ON "enterprise_founder" USING btree ("desa_code");--> statement-breakpoint
CREATE INDEX "enterprise_kawasan_kawasan_idx" ON "enterprise_kawasan" USING btree ("kawasan_id");--> statement-breakpoint
CREATE INDEX "enterprise_organ_member_enterprise_idx" ON "enterprise_organ_member" USING btree ("enterprise_id","organ","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprise_report_period_idx" ON "enterprise_report" USING btree ("enterprise_id","period");--> statement-breakpoint
CREATE INDEX "funding_partner_seat_idx" ON "funding_partner" USING btree ("seat_region_code");