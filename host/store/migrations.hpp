#pragma once
// Numbered schema migrations, recorded in schema_migrations. Each is applied once, in its
// own transaction, in order; a released migration is never edited, a change is a new one.
#include <vector>

namespace host::store {

class Database;

// Applies every migration not yet recorded. Safe when two processes open a fresh folder
// at once: each migration checks its record inside BEGIN IMMEDIATE. Throws on failure,
// and refuses a database written by a newer host (a migration this build does not know).
void apply_migrations(Database& db);

// The versions recorded in schema_migrations, ascending.
std::vector<int> applied_migrations(Database& db);

// The highest version this build knows.
int latest_migration();

}  // namespace host::store
