-- SPDX-FileCopyrightText: 2026 The Grapevine developers
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 2: per-advocate totals the Advocates table shows and sorts by, kept by
-- triggers. Counting them per row at read time would make "sort by referrals made" a full
-- aggregation over a million referrals; stored and indexed, it is an index scan.
--   referrals_made        referrals the advocate made (any status)
--   conversions           of those, now converted, approved or rewarded (DESIGN.md "Converted")
--   rewards_earned_minor  cost of the advocate's rewards that are approved or issued
--   points_balance        points of the advocate's issued points rewards
--   tags_text             the advocate's tags, sorted and comma-separated, for showing and sorting

ALTER TABLE advocates ADD COLUMN referrals_made INTEGER NOT NULL DEFAULT 0 CHECK (referrals_made >= 0);
ALTER TABLE advocates ADD COLUMN conversions INTEGER NOT NULL DEFAULT 0 CHECK (conversions >= 0);
ALTER TABLE advocates ADD COLUMN rewards_earned_minor INTEGER NOT NULL DEFAULT 0 CHECK (rewards_earned_minor >= 0);
ALTER TABLE advocates ADD COLUMN points_balance INTEGER NOT NULL DEFAULT 0 CHECK (points_balance >= 0);
ALTER TABLE advocates ADD COLUMN tags_text TEXT NOT NULL DEFAULT '';

UPDATE advocates SET
    referrals_made = (SELECT count(*) FROM referrals r WHERE r.referrer_id = advocates.id),
    conversions = (SELECT count(*) FROM referrals r WHERE r.referrer_id = advocates.id
                   AND r.status IN ('converted', 'approved', 'rewarded')),
    rewards_earned_minor = (SELECT coalesce(sum(w.cost_minor), 0) FROM rewards w WHERE w.advocate_id = advocates.id
                            AND w.status IN ('approved', 'issued')),
    points_balance = (SELECT coalesce(sum(w.value), 0) FROM rewards w WHERE w.advocate_id = advocates.id
                      AND w.kind = 'points' AND w.status = 'issued');

UPDATE advocates SET tags_text = coalesce((SELECT group_concat(name, ', ') FROM (
    SELECT t.name FROM advocate_tags x JOIN tags t ON t.id = x.tag_id WHERE x.advocate_id = advocates.id
    ORDER BY t.name COLLATE NOCASE)), '');

CREATE TRIGGER advocate_tags_text_insert AFTER INSERT ON advocate_tags BEGIN
    UPDATE advocates SET tags_text = coalesce((SELECT group_concat(name, ', ') FROM (
        SELECT t.name FROM advocate_tags x JOIN tags t ON t.id = x.tag_id WHERE x.advocate_id = new.advocate_id
        ORDER BY t.name COLLATE NOCASE)), '')
    WHERE id = new.advocate_id;
END;

CREATE TRIGGER advocate_tags_text_delete AFTER DELETE ON advocate_tags BEGIN
    UPDATE advocates SET tags_text = coalesce((SELECT group_concat(name, ', ') FROM (
        SELECT t.name FROM advocate_tags x JOIN tags t ON t.id = x.tag_id WHERE x.advocate_id = old.advocate_id
        ORDER BY t.name COLLATE NOCASE)), '')
    WHERE id = old.advocate_id;
END;

CREATE TRIGGER tags_text_rename AFTER UPDATE OF name ON tags BEGIN
    UPDATE advocates SET tags_text = coalesce((SELECT group_concat(name, ', ') FROM (
        SELECT t.name FROM advocate_tags x JOIN tags t ON t.id = x.tag_id WHERE x.advocate_id = advocates.id
        ORDER BY t.name COLLATE NOCASE)), '')
    WHERE id IN (SELECT advocate_id FROM advocate_tags WHERE tag_id = new.id);
END;

CREATE TRIGGER referrals_count_insert AFTER INSERT ON referrals BEGIN
    UPDATE advocates SET referrals_made = referrals_made + 1,
        conversions = conversions + (new.status IN ('converted', 'approved', 'rewarded'))
    WHERE id = new.referrer_id;
END;

CREATE TRIGGER referrals_count_delete AFTER DELETE ON referrals BEGIN
    UPDATE advocates SET referrals_made = referrals_made - 1,
        conversions = conversions - (old.status IN ('converted', 'approved', 'rewarded'))
    WHERE id = old.referrer_id;
END;

CREATE TRIGGER referrals_count_update AFTER UPDATE OF referrer_id, status ON referrals BEGIN
    UPDATE advocates SET referrals_made = referrals_made - 1,
        conversions = conversions - (old.status IN ('converted', 'approved', 'rewarded'))
    WHERE id = old.referrer_id;
    UPDATE advocates SET referrals_made = referrals_made + 1,
        conversions = conversions + (new.status IN ('converted', 'approved', 'rewarded'))
    WHERE id = new.referrer_id;
END;

CREATE TRIGGER rewards_total_insert AFTER INSERT ON rewards WHEN new.advocate_id IS NOT NULL BEGIN
    UPDATE advocates SET
        rewards_earned_minor = rewards_earned_minor + (CASE WHEN new.status IN ('approved', 'issued') THEN new.cost_minor ELSE 0 END),
        points_balance = points_balance + (CASE WHEN new.kind = 'points' AND new.status = 'issued' THEN new.value ELSE 0 END)
    WHERE id = new.advocate_id;
END;

CREATE TRIGGER rewards_total_delete AFTER DELETE ON rewards WHEN old.advocate_id IS NOT NULL BEGIN
    UPDATE advocates SET
        rewards_earned_minor = rewards_earned_minor - (CASE WHEN old.status IN ('approved', 'issued') THEN old.cost_minor ELSE 0 END),
        points_balance = points_balance - (CASE WHEN old.kind = 'points' AND old.status = 'issued' THEN old.value ELSE 0 END)
    WHERE id = old.advocate_id;
END;

CREATE TRIGGER rewards_total_update AFTER UPDATE OF advocate_id, status, kind, value, cost_minor ON rewards BEGIN
    UPDATE advocates SET
        rewards_earned_minor = rewards_earned_minor - (CASE WHEN old.status IN ('approved', 'issued') THEN old.cost_minor ELSE 0 END),
        points_balance = points_balance - (CASE WHEN old.kind = 'points' AND old.status = 'issued' THEN old.value ELSE 0 END)
    WHERE id = old.advocate_id;
    UPDATE advocates SET
        rewards_earned_minor = rewards_earned_minor + (CASE WHEN new.status IN ('approved', 'issued') THEN new.cost_minor ELSE 0 END),
        points_balance = points_balance + (CASE WHEN new.kind = 'points' AND new.status = 'issued' THEN new.value ELSE 0 END)
    WHERE id = new.advocate_id;
END;

-- One index per sortable column of the Advocates table, with id as the tie-breaker, so that a
-- page is a keyset seek and never a sort of the whole table. Nullable columns are indexed as
-- coalesce(...) because a NULL in a row-value comparison (key, id) > (?, ?) is unknown, which
-- would stop a keyset walk; queries must use the same expressions to get these indexes.
CREATE INDEX advocates_sort_first_name ON advocates (first_name COLLATE NOCASE, last_name COLLATE NOCASE, id);
CREATE INDEX advocates_sort_email ON advocates (email COLLATE NOCASE, id);
CREATE INDEX advocates_sort_code ON advocates (referral_code COLLATE NOCASE, id);
CREATE INDEX advocates_sort_referred_by ON advocates (coalesce(referred_by_id, 0), id);
CREATE INDEX advocates_sort_referrals ON advocates (referrals_made, id);
CREATE INDEX advocates_sort_conversions ON advocates (conversions, id);
CREATE INDEX advocates_sort_rewards ON advocates (rewards_earned_minor, id);
CREATE INDEX advocates_sort_points ON advocates (points_balance, id);
CREATE INDEX advocates_sort_nps ON advocates (coalesce(nps_score, -1), id);
CREATE INDEX advocates_sort_consent ON advocates (consent, id);
CREATE INDEX advocates_sort_status ON advocates (status, id);
CREATE INDEX advocates_sort_tags ON advocates (tags_text COLLATE NOCASE, id);
