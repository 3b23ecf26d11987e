-- People's accounts (docs/api.md "Accounts and sign-in"): the list of users, fed by the outbox of the account grains,
-- and each account's history of sign-ins and changes, one line each, kept once by its number.
CREATE TABLE IF NOT EXISTS RmUser
(
    UserName        text    NOT NULL PRIMARY KEY,
    Role            text    NOT NULL,
    SearchKey       text    NOT NULL,
    Email           text    NULL,
    ExternalSubject text    NULL,
    Summary         text    NOT NULL
);
CREATE INDEX IF NOT EXISTS IX_RmUser_Email ON RmUser (Email);
CREATE INDEX IF NOT EXISTS IX_RmUser_ExternalSubject ON RmUser (ExternalSubject);

CREATE TABLE IF NOT EXISTS RmAccountHistory
(
    UserName text    NOT NULL,
    Seq      bigint  NOT NULL,
    At       bigint  NOT NULL,
    Entry    text    NOT NULL,
    PRIMARY KEY (UserName, Seq)
);
