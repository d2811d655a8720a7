-- Trigram matching for village-name search. pg_trgm is a trusted extension (PostgreSQL 13+),
-- so a database owner can create it; PGlite loads it from its contrib bundle.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
