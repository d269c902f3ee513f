-- SPDX-FileCopyrightText: 2026 The Grapevine developers
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 1: the whole data model of DESIGN.md.
-- Conventions, so that every later migration and query agrees:
--   * *_at columns are instants: INTEGER seconds since 1970-01-01 UTC.
--   * *_on columns are calendar dates of the business: TEXT 'YYYY-MM-DD'.
--   * *_minor columns are money in minor units (cents) of the database currency (settings).
--   * Enumerations are lower-case TEXT keys guarded by CHECK, so a bad value cannot get in
--     even through a future bug, and the file stays readable with the sqlite3 shell.
--   * email_norm is the identity of a person (trimmed, lower-cased, invisible characters
--     removed); email keeps the spelling the user typed or imported.
-- The migrator runs this file inside one transaction together with PRAGMA user_version.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO settings (key, value) VALUES
    ('business_name', ''),
    ('currency', 'USD'),
    ('point_value_minor', '1'),
    ('baseline_cac_minor', '0'),
    ('response_target_hours', '24');

CREATE TABLE import_batches (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('advocates', 'referrals', 'orders', 'mentions')),
    file_name     TEXT NOT NULL DEFAULT '',
    encoding      TEXT NOT NULL DEFAULT '',
    delimiter     TEXT NOT NULL DEFAULT '',
    mapping_json  TEXT NOT NULL DEFAULT '{}',
    status        TEXT NOT NULL DEFAULT 'running'
                  CHECK (status IN ('running', 'completed', 'cancelled', 'failed', 'undone')),
    rows_total    INTEGER NOT NULL DEFAULT 0 CHECK (rows_total >= 0),
    rows_inserted INTEGER NOT NULL DEFAULT 0 CHECK (rows_inserted >= 0),
    rows_updated  INTEGER NOT NULL DEFAULT 0 CHECK (rows_updated >= 0),
    rows_skipped  INTEGER NOT NULL DEFAULT 0 CHECK (rows_skipped >= 0),
    rows_failed   INTEGER NOT NULL DEFAULT 0 CHECK (rows_failed >= 0),
    started_at    INTEGER NOT NULL,
    finished_at   INTEGER,
    undone_at     INTEGER
);

CREATE TABLE import_row_errors (
    id          INTEGER PRIMARY KEY,
    batch_id    INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
    row_number  INTEGER NOT NULL CHECK (row_number >= 0),
    column_name TEXT NOT NULL DEFAULT '',
    message     TEXT NOT NULL,
    raw_line    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX import_row_errors_batch ON import_row_errors (batch_id, row_number);

CREATE TABLE advocates (
    id                INTEGER PRIMARY KEY,
    first_name        TEXT NOT NULL DEFAULT '',
    last_name         TEXT NOT NULL DEFAULT '',
    email             TEXT NOT NULL DEFAULT '',
    email_norm        TEXT UNIQUE,
    phone             TEXT NOT NULL DEFAULT '',
    company           TEXT NOT NULL DEFAULT '',
    kind              TEXT NOT NULL DEFAULT 'customer'
                      CHECK (kind IN ('customer', 'partner', 'employee', 'influencer', 'other')),
    status            TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'erased')),
    referral_code     TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(referral_code) BETWEEN 3 AND 32),
    referred_by_id    INTEGER REFERENCES advocates (id) ON DELETE SET NULL,
    consent           INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),
    consent_at        INTEGER,
    consent_source    TEXT NOT NULL DEFAULT '',
    nps_score         INTEGER CHECK (nps_score BETWEEN 0 AND 10),
    nps_at            INTEGER,
    total_spent_minor INTEGER NOT NULL DEFAULT 0 CHECK (total_spent_minor >= 0),
    order_count       INTEGER NOT NULL DEFAULT 0 CHECK (order_count >= 0),
    notes             TEXT NOT NULL DEFAULT '',
    import_batch_id   INTEGER REFERENCES import_batches (id) ON DELETE SET NULL,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    CHECK (referred_by_id IS NULL OR referred_by_id <> id)
);
CREATE INDEX advocates_referred_by ON advocates (referred_by_id) WHERE referred_by_id IS NOT NULL;
CREATE INDEX advocates_name ON advocates (last_name COLLATE NOCASE, first_name COLLATE NOCASE, id);
CREATE INDEX advocates_kind ON advocates (kind, id);
CREATE INDEX advocates_created ON advocates (created_at, id);
CREATE INDEX advocates_batch ON advocates (import_batch_id) WHERE import_batch_id IS NOT NULL;

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0)
);

CREATE TABLE advocate_tags (
    advocate_id INTEGER NOT NULL REFERENCES advocates (id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (advocate_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX advocate_tags_tag ON advocate_tags (tag_id, advocate_id);

-- Full-text search over the fields users type into the search box. External content keeps
-- one copy of the text; the triggers keep the index in step with every write.
CREATE VIRTUAL TABLE advocates_fts USING fts5 (
    first_name, last_name, email, company, phone, notes,
    content = 'advocates', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);

CREATE TRIGGER advocates_fts_insert AFTER INSERT ON advocates BEGIN
    INSERT INTO advocates_fts (rowid, first_name, last_name, email, company, phone, notes)
    VALUES (new.id, new.first_name, new.last_name, new.email, new.company, new.phone, new.notes);
END;

CREATE TRIGGER advocates_fts_delete AFTER DELETE ON advocates BEGIN
    INSERT INTO advocates_fts (advocates_fts, rowid, first_name, last_name, email, company, phone, notes)
    VALUES ('delete', old.id, old.first_name, old.last_name, old.email, old.company, old.phone, old.notes);
END;

CREATE TRIGGER advocates_fts_update AFTER UPDATE OF first_name, last_name, email, company, phone, notes
ON advocates BEGIN
    INSERT INTO advocates_fts (advocates_fts, rowid, first_name, last_name, email, company, phone, notes)
    VALUES ('delete', old.id, old.first_name, old.last_name, old.email, old.company, old.phone, old.notes);
    INSERT INTO advocates_fts (rowid, first_name, last_name, email, company, phone, notes)
    VALUES (new.id, new.first_name, new.last_name, new.email, new.company, new.phone, new.notes);
END;

CREATE TABLE campaigns (
    id                          INTEGER PRIMARY KEY,
    name                        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description                 TEXT NOT NULL DEFAULT '',
    status                      TEXT NOT NULL DEFAULT 'draft'
                                CHECK (status IN ('draft', 'active', 'paused', 'ended')),
    starts_on                   TEXT,
    ends_on                     TEXT,
    -- Reward values: points for 'points', basis points (1/100 %) for 'percent_discount',
    -- minor units for every money kind and for a gift's value.
    advocate_reward_kind        TEXT NOT NULL DEFAULT 'none'
                                CHECK (advocate_reward_kind IN ('none', 'points', 'store_credit',
                                    'percent_discount', 'fixed_discount', 'cash', 'gift')),
    advocate_reward_value       INTEGER NOT NULL DEFAULT 0 CHECK (advocate_reward_value >= 0),
    advocate_reward_description TEXT NOT NULL DEFAULT '',
    friend_reward_kind          TEXT NOT NULL DEFAULT 'none'
                                CHECK (friend_reward_kind IN ('none', 'points', 'store_credit',
                                    'percent_discount', 'fixed_discount', 'cash', 'gift')),
    friend_reward_value         INTEGER NOT NULL DEFAULT 0 CHECK (friend_reward_value >= 0),
    friend_reward_description   TEXT NOT NULL DEFAULT '',
    reward_trigger              TEXT NOT NULL DEFAULT 'first_purchase'
                                CHECK (reward_trigger IN ('signup', 'first_purchase')),
    new_customers_only          INTEGER NOT NULL DEFAULT 1 CHECK (new_customers_only IN (0, 1)),
    min_order_minor             INTEGER NOT NULL DEFAULT 0 CHECK (min_order_minor >= 0),
    max_rewards_per_advocate    INTEGER CHECK (max_rewards_per_advocate >= 0),
    budget_minor                INTEGER CHECK (budget_minor >= 0),
    hold_days                   INTEGER NOT NULL DEFAULT 0 CHECK (hold_days >= 0),
    attribution_days            INTEGER NOT NULL DEFAULT 30 CHECK (attribution_days >= 0),
    landing_url                 TEXT NOT NULL DEFAULT '',
    utm_source                  TEXT NOT NULL DEFAULT '',
    utm_medium                  TEXT NOT NULL DEFAULT '',
    utm_campaign                TEXT NOT NULL DEFAULT '',
    disclosure_text             TEXT NOT NULL DEFAULT '',
    message_template            TEXT NOT NULL DEFAULT '',
    created_at                  INTEGER NOT NULL,
    updated_at                  INTEGER NOT NULL,
    CHECK (advocate_reward_kind <> 'percent_discount' OR advocate_reward_value <= 10000),
    CHECK (friend_reward_kind <> 'percent_discount' OR friend_reward_value <= 10000),
    CHECK (starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX campaigns_status ON campaigns (status, starts_on);

-- Milestone ladders: an extra advocate reward once N of their referrals have converted.
CREATE TABLE campaign_milestones (
    id            INTEGER PRIMARY KEY,
    campaign_id   INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    threshold     INTEGER NOT NULL CHECK (threshold >= 1),
    reward_kind   TEXT NOT NULL CHECK (reward_kind IN ('points', 'store_credit', 'percent_discount',
                      'fixed_discount', 'cash', 'gift')),
    reward_value  INTEGER NOT NULL DEFAULT 0 CHECK (reward_value >= 0),
    description   TEXT NOT NULL DEFAULT '',
    UNIQUE (campaign_id, threshold)
);

CREATE TABLE campaign_costs (
    id           INTEGER PRIMARY KEY,
    campaign_id  INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    incurred_on  TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    created_at   INTEGER NOT NULL
);
CREATE INDEX campaign_costs_campaign ON campaign_costs (campaign_id, incurred_on);
CREATE INDEX campaign_costs_incurred ON campaign_costs (incurred_on);

CREATE TABLE referrals (
    id                INTEGER PRIMARY KEY,
    campaign_id       INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE RESTRICT,
    referrer_id       INTEGER NOT NULL REFERENCES advocates (id) ON DELETE CASCADE,
    friend_id         INTEGER REFERENCES advocates (id) ON DELETE SET NULL,
    friend_name       TEXT NOT NULL DEFAULT '',
    friend_email      TEXT NOT NULL DEFAULT '',
    friend_email_norm TEXT,
    code              TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    channel           TEXT NOT NULL DEFAULT 'other'
                      CHECK (channel IN ('email', 'social', 'in_person', 'phone', 'other')),
    status            TEXT NOT NULL DEFAULT 'pending'
                      CHECK (status IN ('pending', 'signed_up', 'converted', 'approved', 'rewarded',
                          'rejected', 'reversed')),
    created_at        INTEGER NOT NULL,
    signed_up_at      INTEGER,
    converted_at      INTEGER,
    approved_at       INTEGER,
    rewarded_at       INTEGER,
    rejected_at       INTEGER,
    reversed_at       INTEGER,
    order_value_minor INTEGER CHECK (order_value_minor >= 0),
    order_reference   TEXT NOT NULL DEFAULT '',
    rejection_reason  TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    import_batch_id   INTEGER REFERENCES import_batches (id) ON DELETE SET NULL,
    updated_at        INTEGER NOT NULL,
    CHECK (friend_id IS NULL OR friend_id <> referrer_id)
);
CREATE INDEX referrals_campaign_created ON referrals (campaign_id, created_at);
CREATE INDEX referrals_created ON referrals (created_at);
CREATE INDEX referrals_referrer ON referrals (referrer_id, status);
CREATE INDEX referrals_friend ON referrals (friend_id) WHERE friend_id IS NOT NULL;
CREATE INDEX referrals_friend_email ON referrals (friend_email_norm) WHERE friend_email_norm IS NOT NULL;
CREATE INDEX referrals_code ON referrals (code);
CREATE INDEX referrals_status ON referrals (status, created_at);
CREATE INDEX referrals_batch ON referrals (import_batch_id) WHERE import_batch_id IS NOT NULL;

-- Every status change of a referral, dated, so the user (and an auditor) can follow it.
CREATE TABLE referral_status_history (
    id          INTEGER PRIMARY KEY,
    referral_id INTEGER NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    from_status TEXT,
    to_status   TEXT NOT NULL,
    changed_at  INTEGER NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX referral_status_history_referral ON referral_status_history (referral_id, changed_at);

-- The rewards ledger: one row per reward promised to one side of a referral (or a milestone).
CREATE TABLE rewards (
    id           INTEGER PRIMARY KEY,
    campaign_id  INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE RESTRICT,
    referral_id  INTEGER REFERENCES referrals (id) ON DELETE CASCADE,
    advocate_id  INTEGER REFERENCES advocates (id) ON DELETE CASCADE,
    side         TEXT NOT NULL CHECK (side IN ('advocate', 'friend')),
    kind         TEXT NOT NULL CHECK (kind IN ('points', 'store_credit', 'percent_discount',
                     'fixed_discount', 'cash', 'gift')),
    value        INTEGER NOT NULL DEFAULT 0 CHECK (value >= 0),
    cost_minor   INTEGER NOT NULL DEFAULT 0 CHECK (cost_minor >= 0),
    status       TEXT NOT NULL DEFAULT 'pending'
                 CHECK (status IN ('pending', 'approved', 'issued', 'cancelled')),
    description  TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    due_at       INTEGER,
    approved_at  INTEGER,
    issued_at    INTEGER,
    cancelled_at INTEGER,
    updated_at   INTEGER NOT NULL,
    CHECK (referral_id IS NOT NULL OR advocate_id IS NOT NULL)
);
CREATE INDEX rewards_referral ON rewards (referral_id) WHERE referral_id IS NOT NULL;
CREATE INDEX rewards_advocate ON rewards (advocate_id, status) WHERE advocate_id IS NOT NULL;
CREATE INDEX rewards_campaign ON rewards (campaign_id, status);

CREATE TABLE mentions (
    id                         INTEGER PRIMARY KEY,
    occurred_at                INTEGER NOT NULL,
    -- Channels are a list the user can edit in settings, so no CHECK on the key.
    channel                    TEXT NOT NULL CHECK (length(channel) > 0),
    author                     TEXT NOT NULL DEFAULT '',
    advocate_id                INTEGER REFERENCES advocates (id) ON DELETE SET NULL,
    campaign_id                INTEGER REFERENCES campaigns (id) ON DELETE SET NULL,
    sentiment                  TEXT NOT NULL CHECK (sentiment IN ('positive', 'neutral', 'negative')),
    reach                      INTEGER CHECK (reach >= 0),
    url                        TEXT NOT NULL DEFAULT '',
    body                       TEXT NOT NULL DEFAULT '',
    incentivised               INTEGER NOT NULL DEFAULT 0 CHECK (incentivised IN (0, 1)),
    response_status            TEXT NOT NULL DEFAULT 'none'
                               CHECK (response_status IN ('none', 'needs_response', 'responded', 'resolved')),
    response_due_at            INTEGER,
    response_text              TEXT NOT NULL DEFAULT '',
    responded_at               INTEGER,
    resolved_at                INTEGER,
    is_testimonial             INTEGER NOT NULL DEFAULT 0 CHECK (is_testimonial IN (0, 1)),
    testimonial_permission_at  INTEGER,
    testimonial_permission_how TEXT NOT NULL DEFAULT '',
    import_batch_id            INTEGER REFERENCES import_batches (id) ON DELETE SET NULL,
    created_at                 INTEGER NOT NULL,
    updated_at                 INTEGER NOT NULL,
    CHECK (is_testimonial = 0 OR testimonial_permission_at IS NOT NULL)
);
CREATE INDEX mentions_occurred ON mentions (occurred_at);
CREATE INDEX mentions_queue ON mentions (response_status, response_due_at);
CREATE INDEX mentions_advocate ON mentions (advocate_id) WHERE advocate_id IS NOT NULL;
CREATE INDEX mentions_campaign ON mentions (campaign_id) WHERE campaign_id IS NOT NULL;
CREATE INDEX mentions_channel ON mentions (channel, sentiment);
CREATE INDEX mentions_batch ON mentions (import_batch_id) WHERE import_batch_id IS NOT NULL;
