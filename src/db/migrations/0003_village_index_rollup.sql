CREATE TABLE "village_index_rollup" (
	"scheme" text NOT NULL,
	"year" smallint NOT NULL,
	"region_code" text COLLATE "C" NOT NULL,
	"villages" integer NOT NULL,
	"scored" integer NOT NULL,
	"mean_value" double precision,
	"mean_iks" double precision,
	"mean_ike" double precision,
	"mean_ikl" double precision,
	"sangat_tertinggal" integer NOT NULL,
	"tertinggal" integer NOT NULL,
	"berkembang" integer NOT NULL,
	"maju" integer NOT NULL,
	"mandiri" integer NOT NULL,
	CONSTRAINT "village_index_rollup_scheme_year_region_code_pk" PRIMARY KEY("scheme","year","region_code")
);
