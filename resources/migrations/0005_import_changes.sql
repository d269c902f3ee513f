-- SPDX-FileCopyrightText: 2026 The Grapevine developers
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 5: what an import changed in records that were there before it, so that
-- undoing the import can put them back. Records an import created carry its id in
-- import_batch_id and are deleted by the undo instead.
--   before_json  the changed columns' values before the import, {"column": value, ...}
--   after_json   the values the import wrote; undo restores a column only while it still holds
--                this value, so an edit made after the import is never overwritten
-- Both hold personal data: erasing a person deletes their rows here (PersonalData::erase).

CREATE TABLE import_changes (
    batch_id    INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
    table_name  TEXT NOT NULL CHECK (table_name IN ('advocates', 'referrals', 'mentions')),
    record_id   INTEGER NOT NULL,
    before_json TEXT NOT NULL,
    after_json  TEXT NOT NULL,
    PRIMARY KEY (batch_id, table_name, record_id)
) WITHOUT ROWID;
CREATE INDEX import_changes_record ON import_changes (table_name, record_id);

-- A mention import skips posts it already has, found by their link.
CREATE INDEX mentions_url ON mentions (url) WHERE url <> '';
