#pragma once

#include "cache/types.h"

#include <QSqlDatabase>
#include <QStringList>

// The client cache's schema and its migrations by PRAGMA user_version.
namespace confab::cache::schema {

// The version a fresh database gets; migrate() brings any older one up to it.
int currentVersion();

// The statements that take a database from version `version - 1` to `version` (1-based).
// Version 1 is the complete initial schema. Exposed for the migration test.
QStringList migrationStatements(int version);

// Sets the connection pragmas (WAL, foreign keys, synchronous FULL, busy timeout) and migrates
// to currentVersion() in one transaction per step. Refuses a file newer than this build knows.
Status open(QSqlDatabase &db);
// Applies migrations from the file's user_version up to `targetVersion` (for tests).
Status migrate(QSqlDatabase &db, int targetVersion);
int userVersion(QSqlDatabase &db);

// The unique index on messages.id. The writer drops it while loading an initial snapshot into
// an empty cache (random ids would otherwise rewrite most of its pages in every transaction)
// and creates it again with this statement when the snapshot is complete or on the next open.
QString messageIdIndexStatement();

// Every schema object's normalised SQL (from sqlite_master, sorted) — compared by the migration test.
QStringList describe(QSqlDatabase &db);

} // namespace confab::cache::schema
