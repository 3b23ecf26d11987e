-- Migration 0002 (PostgreSQL): the Orleans ADO.NET grain storage's and reminders' queries are not used (the state is
-- in AfterSalesGrainState, and no grain has a reminder: the deadline watch reads the read model). The clustering's
-- queries stay. OrleansGrainState stays: LegacyMigration reads the state of earlier versions from it.
DELETE FROM OrleansQuery
 WHERE QueryKey IN ('ReadFromStorageKey', 'WriteToStorageKey', 'ClearStorageKey', 'DeleteStorageKey',
                    'ReadReminderRowsKey', 'ReadReminderRowKey', 'ReadRangeRows1Key', 'ReadRangeRows2Key',
                    'UpsertReminderRowKey', 'DeleteReminderRowKey', 'DeleteReminderRowsKey');
DROP TABLE IF EXISTS OrleansRemindersTable;
