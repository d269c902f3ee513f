-- SPDX-FileCopyrightText: 2026 The Grapevine developers
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 3: running a referral program so that an auditor can follow every number.
--   * rewards gain the statuses voided, reversed and withheld (withheld: a cap or the budget
--     stopped it, with the reason kept), a payout reference and, for milestone rewards, the
--     threshold that earned them (so a ladder step is paid once).
--   * reward_entries is the append-only ledger behind every reward: earn, approve, issue,
--     void, reverse, adjust. Entries are never updated, and never deleted while their reward
--     exists; rewards.value/cost_minor are the face value, the entries net to it (or to 0 once
--     voided or reversed).
--   * referrals gain what attribution and fraud review need: the friend's phone and address,
--     the referral a duplicate repeats (with the reason) and a review state; referral_flags
--     keeps each reason a referral was flagged.
--   * advocates gain an address (the household rule) and their lifetime points.
--   * referral_status_history gets the CHECKs referrals.status has.
-- Tables are rebuilt (create, copy, drop, rename) where SQLite cannot alter a CHECK.

CREATE TABLE rewards_v3 (
    id                  INTEGER PRIMARY KEY,
    campaign_id         INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE RESTRICT,
    referral_id         INTEGER REFERENCES referrals (id) ON DELETE CASCADE,
    advocate_id         INTEGER REFERENCES advocates (id) ON DELETE CASCADE,
    side                TEXT NOT NULL CHECK (side IN ('advocate', 'friend')),
    kind                TEXT NOT NULL CHECK (kind IN ('points', 'store_credit', 'percent_discount',
                            'fixed_discount', 'cash', 'gift')),
    value               INTEGER NOT NULL DEFAULT 0 CHECK (value >= 0),
    cost_minor          INTEGER NOT NULL DEFAULT 0 CHECK (cost_minor >= 0),
    status              TEXT NOT NULL DEFAULT 'pending'
                        CHECK (status IN ('pending', 'approved', 'issued', 'voided', 'reversed', 'withheld')),
    description         TEXT NOT NULL DEFAULT '',
    withheld_reason     TEXT NOT NULL DEFAULT '',
    payout_reference    TEXT NOT NULL DEFAULT '',
    milestone_threshold INTEGER CHECK (milestone_threshold >= 1),
    created_at          INTEGER NOT NULL,
    due_at              INTEGER,
    approved_at         INTEGER,
    issued_at           INTEGER,
    voided_at           INTEGER,
    reversed_at         INTEGER,
    updated_at          INTEGER NOT NULL,
    CHECK (referral_id IS NOT NULL OR advocate_id IS NOT NULL),
    CHECK (status <> 'withheld' OR length(withheld_reason) > 0)
);

INSERT INTO rewards_v3 (id, campaign_id, referral_id, advocate_id, side, kind, value, cost_minor, status,
    description, created_at, due_at, approved_at, issued_at, voided_at, updated_at)
SELECT id, campaign_id, referral_id, advocate_id, side, kind, value, cost_minor,
    CASE status WHEN 'cancelled' THEN 'voided' ELSE status END,
    description, created_at, due_at, approved_at, issued_at, cancelled_at, updated_at
FROM rewards;

DROP TABLE rewards;
ALTER TABLE rewards_v3 RENAME TO rewards;

CREATE INDEX rewards_referral ON rewards (referral_id) WHERE referral_id IS NOT NULL;
CREATE INDEX rewards_advocate ON rewards (advocate_id, status) WHERE advocate_id IS NOT NULL;
CREATE INDEX rewards_campaign ON rewards (campaign_id, status);
CREATE INDEX rewards_status ON rewards (status, created_at);
CREATE INDEX rewards_created ON rewards (created_at, id);
CREATE UNIQUE INDEX rewards_milestone ON rewards (campaign_id, advocate_id, milestone_threshold)
    WHERE milestone_threshold IS NOT NULL AND status NOT IN ('voided', 'reversed', 'withheld');

CREATE TABLE reward_entries (
    id          INTEGER PRIMARY KEY,
    reward_id   INTEGER NOT NULL REFERENCES rewards (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('earn', 'approve', 'issue', 'void', 'reverse', 'adjust')),
    value       INTEGER NOT NULL DEFAULT 0, -- signed change, in the reward's unit
    cost_minor  INTEGER NOT NULL DEFAULT 0, -- signed change of the cost to the business
    at          INTEGER NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reward_entries_reward ON reward_entries (reward_id, id);
CREATE INDEX reward_entries_at ON reward_entries (at);

-- The ledger of rewards that existed before: what their status implies, dated as recorded.
INSERT INTO reward_entries (reward_id, kind, value, cost_minor, at, note)
SELECT id, 'earn', value, cost_minor, created_at, 'Recorded before the ledger' FROM rewards WHERE status <> 'withheld';
INSERT INTO reward_entries (reward_id, kind, value, cost_minor, at, note)
SELECT id, 'approve', 0, 0, coalesce(approved_at, issued_at, updated_at), '' FROM rewards
WHERE status IN ('approved', 'issued') OR (status = 'voided' AND approved_at IS NOT NULL);
INSERT INTO reward_entries (reward_id, kind, value, cost_minor, at, note)
SELECT id, 'issue', 0, 0, coalesce(issued_at, updated_at), '' FROM rewards WHERE status = 'issued';
INSERT INTO reward_entries (reward_id, kind, value, cost_minor, at, note)
SELECT id, 'void', -value, -cost_minor, coalesce(voided_at, updated_at), '' FROM rewards WHERE status = 'voided';

CREATE TRIGGER reward_entries_no_update BEFORE UPDATE ON reward_entries BEGIN
    SELECT RAISE(ABORT, 'The rewards ledger is append-only: correct an entry with a new one.');
END;

-- Deleting a whole referral or advocate (undoing its creation, say) takes its rewards and
-- their entries along; a single entry of a reward that stays cannot go.
CREATE TRIGGER reward_entries_no_delete BEFORE DELETE ON reward_entries
WHEN EXISTS (SELECT 1 FROM rewards WHERE id = old.reward_id) BEGIN
    SELECT RAISE(ABORT, 'The rewards ledger is append-only: void or reverse a reward instead of deleting it.');
END;

ALTER TABLE advocates ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE advocates ADD COLUMN points_lifetime INTEGER NOT NULL DEFAULT 0 CHECK (points_lifetime >= 0);
CREATE INDEX advocates_household ON advocates (lower(trim(address)), lower(trim(last_name))) WHERE address <> '';
CREATE INDEX advocates_phone ON advocates (phone) WHERE phone <> '';

UPDATE advocates SET points_lifetime = (SELECT coalesce(sum(w.value), 0) FROM rewards w
    WHERE w.advocate_id = advocates.id AND w.kind = 'points' AND w.status = 'issued');

-- The v2 counters, again on the rebuilt table, plus lifetime points: what was ever issued
-- (a later reversal lowers the balance, not the lifetime total).
CREATE TRIGGER rewards_total_insert AFTER INSERT ON rewards WHEN new.advocate_id IS NOT NULL BEGIN
    UPDATE advocates SET
        rewards_earned_minor = rewards_earned_minor + (CASE WHEN new.status IN ('approved', 'issued') THEN new.cost_minor ELSE 0 END),
        points_balance = points_balance + (CASE WHEN new.kind = 'points' AND new.status = 'issued' THEN new.value ELSE 0 END),
        points_lifetime = points_lifetime + (CASE WHEN new.kind = 'points' AND new.issued_at IS NOT NULL
            AND new.status IN ('issued', 'reversed') THEN new.value ELSE 0 END)
    WHERE id = new.advocate_id;
END;

CREATE TRIGGER rewards_total_delete AFTER DELETE ON rewards WHEN old.advocate_id IS NOT NULL BEGIN
    UPDATE advocates SET
        rewards_earned_minor = rewards_earned_minor - (CASE WHEN old.status IN ('approved', 'issued') THEN old.cost_minor ELSE 0 END),
        points_balance = points_balance - (CASE WHEN old.kind = 'points' AND old.status = 'issued' THEN old.value ELSE 0 END),
        points_lifetime = max(0, points_lifetime - (CASE WHEN old.kind = 'points' AND old.issued_at IS NOT NULL
            AND old.status IN ('issued', 'reversed') THEN old.value ELSE 0 END))
    WHERE id = old.advocate_id;
END;

CREATE TRIGGER rewards_total_update AFTER UPDATE OF advocate_id, status, kind, value, cost_minor ON rewards BEGIN
    UPDATE advocates SET
        rewards_earned_minor = rewards_earned_minor - (CASE WHEN old.status IN ('approved', 'issued') THEN old.cost_minor ELSE 0 END),
        points_balance = points_balance - (CASE WHEN old.kind = 'points' AND old.status = 'issued' THEN old.value ELSE 0 END),
        points_lifetime = points_lifetime - (CASE WHEN old.kind = 'points' AND old.status = 'issued' THEN old.value ELSE 0 END)
    WHERE id = old.advocate_id;
    UPDATE advocates SET
        rewards_earned_minor = rewards_earned_minor + (CASE WHEN new.status IN ('approved', 'issued') THEN new.cost_minor ELSE 0 END),
        points_balance = points_balance + (CASE WHEN new.kind = 'points' AND new.status = 'issued' THEN new.value ELSE 0 END),
        points_lifetime = points_lifetime + (CASE WHEN new.kind = 'points' AND new.status = 'issued' THEN new.value ELSE 0 END)
            + (CASE WHEN new.kind = 'points' AND old.status = 'issued' AND new.status = 'reversed' THEN old.value ELSE 0 END)
    WHERE id = new.advocate_id;
END;

CREATE TABLE referral_status_history_v3 (
    id          INTEGER PRIMARY KEY,
    referral_id INTEGER NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    from_status TEXT CHECK (from_status IN ('pending', 'signed_up', 'converted', 'approved', 'rewarded',
                    'rejected', 'reversed')),
    to_status   TEXT NOT NULL CHECK (to_status IN ('pending', 'signed_up', 'converted', 'approved', 'rewarded',
                    'rejected', 'reversed')),
    changed_at  INTEGER NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
);
INSERT INTO referral_status_history_v3 (id, referral_id, from_status, to_status, changed_at, note)
SELECT id, referral_id, from_status, to_status, changed_at, note FROM referral_status_history;
DROP TABLE referral_status_history;
ALTER TABLE referral_status_history_v3 RENAME TO referral_status_history;
CREATE INDEX referral_status_history_referral ON referral_status_history (referral_id, changed_at);

ALTER TABLE referrals ADD COLUMN friend_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE referrals ADD COLUMN friend_address TEXT NOT NULL DEFAULT '';
ALTER TABLE referrals ADD COLUMN duplicate_of_id INTEGER REFERENCES referrals (id) ON DELETE SET NULL;
ALTER TABLE referrals ADD COLUMN duplicate_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE referrals ADD COLUMN review_state TEXT NOT NULL DEFAULT 'none'
    CHECK (review_state IN ('none', 'flagged', 'reviewed'));
ALTER TABLE referrals ADD COLUMN reviewed_at INTEGER;
ALTER TABLE referrals ADD COLUMN review_note TEXT NOT NULL DEFAULT '';
CREATE INDEX referrals_review ON referrals (review_state, created_at) WHERE review_state = 'flagged';
CREATE INDEX referrals_duplicate ON referrals (duplicate_of_id) WHERE duplicate_of_id IS NOT NULL;
CREATE INDEX referrals_campaign_friend ON referrals (campaign_id, friend_email_norm) WHERE friend_email_norm IS NOT NULL;
CREATE INDEX referrals_referrer_created ON referrals (referrer_id, created_at);

CREATE TABLE referral_flags (
    id          INTEGER PRIMARY KEY,
    referral_id INTEGER NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('self_email', 'self_phone', 'household', 'existing_customer',
                    'velocity', 'disposable_email')),
    reason      TEXT NOT NULL CHECK (length(reason) > 0),
    flagged_at  INTEGER NOT NULL,
    UNIQUE (referral_id, kind)
);
