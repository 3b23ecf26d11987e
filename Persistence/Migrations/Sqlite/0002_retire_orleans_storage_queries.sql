-- Migration 0002 (SQLite): the Orleans ADO.NET grain storage's queries are not used since the service keeps its
-- state in AfterSalesGrainState; a single SQLite silo has no clustering queries either. OrleansGrainState stays:
-- LegacyMigration reads the state of versions before that from it.
DROP TABLE IF EXISTS OrleansQuery;
