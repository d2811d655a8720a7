CREATE TABLE "region_adjacency" (
	"region_code" text COLLATE "C" NOT NULL,
	"neighbour_code" text COLLATE "C" NOT NULL,
	"distance_m" real NOT NULL,
	"import_id" integer NOT NULL,
	CONSTRAINT "region_adjacency_pk" PRIMARY KEY("region_code","neighbour_code")
);
--> statement-breakpoint
ALTER TABLE "region_adjacency" ADD CONSTRAINT "region_adjacency_import_fk" FOREIGN KEY ("import_id") REFERENCES "public"."boundary_import"("id") ON DELETE no action ON UPDATE no action;