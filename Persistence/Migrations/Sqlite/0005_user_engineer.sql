-- The account that is an engineer (issue 23, item 7: the customer sees its engineer's name and phone): by the engineer's id.
ALTER TABLE RmUser ADD COLUMN EngineerId TEXT NULL;
UPDATE RmUser SET EngineerId = json_extract(Summary, '$.engineerId');
CREATE INDEX IF NOT EXISTS IX_RmUser_EngineerId ON RmUser (EngineerId);
