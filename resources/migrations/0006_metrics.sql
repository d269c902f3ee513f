-- SPDX-FileCopyrightText: 2026 The Grapevine developers
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 6: what the metrics of DESIGN.md ("Metrics", models/metrics/ProgramMetrics)
-- need to answer for a whole file of a million referrals in well under 200 ms (bench/README.md).
--
-- Daily totals, kept by triggers like the advocate counters of version 2. Adding up a million
-- referrals row by row takes SQLite about 180 ms before any other metric; a period's totals
-- are instead the sum of its whole days here (a few thousand rows) plus the rows of the two
-- part days at its ends, read from the referrals themselves.
--   referral_days  per UTC day of creation (created_at / 86400), campaign and status: how many
--                  referrals, and the sum of their order values.
--   reward_days    per day and campaign, the rewards that count as cost (approved or issued)
--                  and those still owed (approved). A reward belongs to the day its referral was
--                  created (DESIGN.md: rewards belong to the period of their referral), or to
--                  its own creation day when it is for no referral (a milestone). Points are
--                  kept in points, so that they are valued at the value per point when read.
-- Rows are never deleted: a total that went back to zero stays as a zero row.
--
-- Indexes, each for a query of the metrics that would otherwise read the table rows:
--   referrals_created_metrics  the part days at a period's ends, and the advocates taking part
--                              in a short period
--   referrals_referrer_created now also covers campaign, status and order value: the advocates
--                              taking part in a long period, and the top advocates
--   rewards_unattached         rewards for no referral (milestones) at the part days
--   advocates_status_created   active advocates who had joined by a date
--   advocates_nps              the NPS of the scores recorded in a period
--   mentions_by_channel        word of mouth by channel and sentiment, in group order
--   mentions_negative          the response target of negative mentions

CREATE TABLE referral_days (
    day               INTEGER NOT NULL,
    campaign_id       INTEGER NOT NULL,
    status            TEXT NOT NULL,
    referrals         INTEGER NOT NULL DEFAULT 0,
    order_value_minor INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (campaign_id, status, day)
) WITHOUT ROWID;

CREATE TABLE reward_days (
    day           INTEGER NOT NULL,
    campaign_id   INTEGER NOT NULL,
    earned_minor  INTEGER NOT NULL DEFAULT 0, -- approved or issued, other kinds than points, at cost
    earned_points INTEGER NOT NULL DEFAULT 0, -- approved or issued points rewards, in points
    owed_minor    INTEGER NOT NULL DEFAULT 0, -- approved, not issued yet, other kinds than points
    owed_points   INTEGER NOT NULL DEFAULT 0, -- approved points rewards, in points
    PRIMARY KEY (campaign_id, day)
) WITHOUT ROWID;

INSERT INTO referral_days (day, campaign_id, status, referrals, order_value_minor)
SELECT created_at / 86400, campaign_id, status, count(*), coalesce(sum(order_value_minor), 0)
FROM referrals GROUP BY 1, 2, 3;

INSERT INTO reward_days (day, campaign_id, earned_minor, earned_points, owed_minor, owed_points)
SELECT coalesce(r.created_at, w.created_at) / 86400, w.campaign_id,
    sum(CASE WHEN w.kind <> 'points' THEN w.cost_minor ELSE 0 END),
    sum(CASE WHEN w.kind = 'points' THEN w.value ELSE 0 END),
    sum(CASE WHEN w.kind <> 'points' AND w.status = 'approved' THEN w.cost_minor ELSE 0 END),
    sum(CASE WHEN w.kind = 'points' AND w.status = 'approved' THEN w.value ELSE 0 END)
FROM rewards w LEFT JOIN referrals r ON r.id = w.referral_id
WHERE w.status IN ('approved', 'issued')
GROUP BY 1, 2;

CREATE TRIGGER referral_days_insert AFTER INSERT ON referrals BEGIN
    INSERT INTO referral_days (day, campaign_id, status, referrals, order_value_minor)
    VALUES (new.created_at / 86400, new.campaign_id, new.status, 1, coalesce(new.order_value_minor, 0))
    ON CONFLICT (campaign_id, status, day) DO UPDATE SET referrals = referrals + excluded.referrals,
        order_value_minor = order_value_minor + excluded.order_value_minor;
END;

CREATE TRIGGER referral_days_delete AFTER DELETE ON referrals BEGIN
    INSERT INTO referral_days (day, campaign_id, status, referrals, order_value_minor)
    VALUES (old.created_at / 86400, old.campaign_id, old.status, -1, -coalesce(old.order_value_minor, 0))
    ON CONFLICT (campaign_id, status, day) DO UPDATE SET referrals = referrals + excluded.referrals,
        order_value_minor = order_value_minor + excluded.order_value_minor;
END;

CREATE TRIGGER referral_days_update AFTER UPDATE OF campaign_id, status, created_at, order_value_minor ON referrals
WHEN old.campaign_id IS NOT new.campaign_id OR old.status IS NOT new.status
    OR old.created_at / 86400 IS NOT new.created_at / 86400 OR old.order_value_minor IS NOT new.order_value_minor
BEGIN
    INSERT INTO referral_days (day, campaign_id, status, referrals, order_value_minor)
    VALUES (old.created_at / 86400, old.campaign_id, old.status, -1, -coalesce(old.order_value_minor, 0))
    ON CONFLICT (campaign_id, status, day) DO UPDATE SET referrals = referrals + excluded.referrals,
        order_value_minor = order_value_minor + excluded.order_value_minor;
    INSERT INTO referral_days (day, campaign_id, status, referrals, order_value_minor)
    VALUES (new.created_at / 86400, new.campaign_id, new.status, 1, coalesce(new.order_value_minor, 0))
    ON CONFLICT (campaign_id, status, day) DO UPDATE SET referrals = referrals + excluded.referrals,
        order_value_minor = order_value_minor + excluded.order_value_minor;
END;

CREATE TRIGGER reward_days_insert AFTER INSERT ON rewards WHEN new.status IN ('approved', 'issued') BEGIN
    INSERT INTO reward_days (day, campaign_id, earned_minor, earned_points, owed_minor, owed_points)
    VALUES (coalesce((SELECT created_at FROM referrals WHERE id = new.referral_id), new.created_at) / 86400,
        new.campaign_id,
        CASE WHEN new.kind <> 'points' THEN new.cost_minor ELSE 0 END,
        CASE WHEN new.kind = 'points' THEN new.value ELSE 0 END,
        CASE WHEN new.kind <> 'points' AND new.status = 'approved' THEN new.cost_minor ELSE 0 END,
        CASE WHEN new.kind = 'points' AND new.status = 'approved' THEN new.value ELSE 0 END)
    ON CONFLICT (campaign_id, day) DO UPDATE SET earned_minor = earned_minor + excluded.earned_minor,
        earned_points = earned_points + excluded.earned_points, owed_minor = owed_minor + excluded.owed_minor,
        owed_points = owed_points + excluded.owed_points;
END;

-- A reward deleted along with its referral (ON DELETE CASCADE) is deleted after the referral
-- row, so its day can no longer be looked up: reward_days_referral_delete has taken it out.
CREATE TRIGGER reward_days_delete AFTER DELETE ON rewards
WHEN old.status IN ('approved', 'issued')
    AND (old.referral_id IS NULL OR EXISTS (SELECT 1 FROM referrals WHERE id = old.referral_id))
BEGIN
    INSERT INTO reward_days (day, campaign_id, earned_minor, earned_points, owed_minor, owed_points)
    VALUES (coalesce((SELECT created_at FROM referrals WHERE id = old.referral_id), old.created_at) / 86400,
        old.campaign_id,
        CASE WHEN old.kind <> 'points' THEN -old.cost_minor ELSE 0 END,
        CASE WHEN old.kind = 'points' THEN -old.value ELSE 0 END,
        CASE WHEN old.kind <> 'points' AND old.status = 'approved' THEN -old.cost_minor ELSE 0 END,
        CASE WHEN old.kind = 'points' AND old.status = 'approved' THEN -old.value ELSE 0 END)
    ON CONFLICT (campaign_id, day) DO UPDATE SET earned_minor = earned_minor + excluded.earned_minor,
        earned_points = earned_points + excluded.earned_points, owed_minor = owed_minor + excluded.owed_minor,
        owed_points = owed_points + excluded.owed_points;
END;

CREATE TRIGGER reward_days_update AFTER UPDATE OF campaign_id, referral_id, kind, value, cost_minor, status, created_at
ON rewards WHEN old.status IN ('approved', 'issued') OR new.status IN ('approved', 'issued')
BEGIN
    INSERT INTO reward_days (day, campaign_id, earned_minor, earned_points, owed_minor, owed_points)
    VALUES (coalesce((SELECT created_at FROM referrals WHERE id = old.referral_id), old.created_at) / 86400,
        old.campaign_id,
        CASE WHEN old.status IN ('approved', 'issued') AND old.kind <> 'points' THEN -old.cost_minor ELSE 0 END,
        CASE WHEN old.status IN ('approved', 'issued') AND old.kind = 'points' THEN -old.value ELSE 0 END,
        CASE WHEN old.kind <> 'points' AND old.status = 'approved' THEN -old.cost_minor ELSE 0 END,
        CASE WHEN old.kind = 'points' AND old.status = 'approved' THEN -old.value ELSE 0 END)
    ON CONFLICT (campaign_id, day) DO UPDATE SET earned_minor = earned_minor + excluded.earned_minor,
        earned_points = earned_points + excluded.earned_points, owed_minor = owed_minor + excluded.owed_minor,
        owed_points = owed_points + excluded.owed_points;
    INSERT INTO reward_days (day, campaign_id, earned_minor, earned_points, owed_minor, owed_points)
    VALUES (coalesce((SELECT created_at FROM referrals WHERE id = new.referral_id), new.created_at) / 86400,
        new.campaign_id,
        CASE WHEN new.status IN ('approved', 'issued') AND new.kind <> 'points' THEN new.cost_minor ELSE 0 END,
        CASE WHEN new.status IN ('approved', 'issued') AND new.kind = 'points' THEN new.value ELSE 0 END,
        CASE WHEN new.kind <> 'points' AND new.status = 'approved' THEN new.cost_minor ELSE 0 END,
        CASE WHEN new.kind = 'points' AND new.status = 'approved' THEN new.value ELSE 0 END)
    ON CONFLICT (campaign_id, day) DO UPDATE SET earned_minor = earned_minor + excluded.earned_minor,
        earned_points = earned_points + excluded.earned_points, owed_minor = owed_minor + excluded.owed_minor,
        owed_points = owed_points + excluded.owed_points;
END;

-- BEFORE, while the referral's rewards are still there to be added up.
CREATE TRIGGER reward_days_referral_delete BEFORE DELETE ON referrals BEGIN
    INSERT INTO reward_days (day, campaign_id, earned_minor, earned_points, owed_minor, owed_points)
    SELECT old.created_at / 86400, w.campaign_id,
        -sum(CASE WHEN w.kind <> 'points' THEN w.cost_minor ELSE 0 END),
        -sum(CASE WHEN w.kind = 'points' THEN w.value ELSE 0 END),
        -sum(CASE WHEN w.kind <> 'points' AND w.status = 'approved' THEN w.cost_minor ELSE 0 END),
        -sum(CASE WHEN w.kind = 'points' AND w.status = 'approved' THEN w.value ELSE 0 END)
    FROM rewards w WHERE w.referral_id = old.id AND w.status IN ('approved', 'issued')
    GROUP BY w.campaign_id
    ON CONFLICT (campaign_id, day) DO UPDATE SET earned_minor = earned_minor + excluded.earned_minor,
        earned_points = earned_points + excluded.earned_points, owed_minor = owed_minor + excluded.owed_minor,
        owed_points = owed_points + excluded.owed_points;
END;

-- A referral moved to another day takes its rewards along.
CREATE TRIGGER reward_days_referral_moved AFTER UPDATE OF created_at ON referrals
WHEN old.created_at / 86400 IS NOT new.created_at / 86400
BEGIN
    INSERT INTO reward_days (day, campaign_id, earned_minor, earned_points, owed_minor, owed_points)
    SELECT old.created_at / 86400, w.campaign_id,
        -sum(CASE WHEN w.kind <> 'points' THEN w.cost_minor ELSE 0 END),
        -sum(CASE WHEN w.kind = 'points' THEN w.value ELSE 0 END),
        -sum(CASE WHEN w.kind <> 'points' AND w.status = 'approved' THEN w.cost_minor ELSE 0 END),
        -sum(CASE WHEN w.kind = 'points' AND w.status = 'approved' THEN w.value ELSE 0 END)
    FROM rewards w WHERE w.referral_id = new.id AND w.status IN ('approved', 'issued')
    GROUP BY w.campaign_id
    ON CONFLICT (campaign_id, day) DO UPDATE SET earned_minor = earned_minor + excluded.earned_minor,
        earned_points = earned_points + excluded.earned_points, owed_minor = owed_minor + excluded.owed_minor,
        owed_points = owed_points + excluded.owed_points;
    INSERT INTO reward_days (day, campaign_id, earned_minor, earned_points, owed_minor, owed_points)
    SELECT new.created_at / 86400, w.campaign_id,
        sum(CASE WHEN w.kind <> 'points' THEN w.cost_minor ELSE 0 END),
        sum(CASE WHEN w.kind = 'points' THEN w.value ELSE 0 END),
        sum(CASE WHEN w.kind <> 'points' AND w.status = 'approved' THEN w.cost_minor ELSE 0 END),
        sum(CASE WHEN w.kind = 'points' AND w.status = 'approved' THEN w.value ELSE 0 END)
    FROM rewards w WHERE w.referral_id = new.id AND w.status IN ('approved', 'issued')
    GROUP BY w.campaign_id
    ON CONFLICT (campaign_id, day) DO UPDATE SET earned_minor = earned_minor + excluded.earned_minor,
        earned_points = earned_points + excluded.earned_points, owed_minor = owed_minor + excluded.owed_minor,
        owed_points = owed_points + excluded.owed_points;
END;

CREATE INDEX referrals_created_metrics ON referrals (created_at, campaign_id, status, order_value_minor, referrer_id);
DROP INDEX referrals_referrer_created;
CREATE INDEX referrals_referrer_created ON referrals (referrer_id, created_at, campaign_id, status, order_value_minor);
CREATE INDEX rewards_unattached ON rewards (created_at, campaign_id, status, kind, value, cost_minor)
    WHERE referral_id IS NULL;
CREATE INDEX advocates_status_created ON advocates (status, created_at);
CREATE INDEX advocates_nps ON advocates (nps_score, coalesce(nps_at, created_at)) WHERE nps_score IS NOT NULL;
CREATE INDEX mentions_by_channel ON mentions (channel, sentiment, occurred_at, reach, campaign_id);
CREATE INDEX mentions_negative ON mentions (occurred_at, responded_at, response_due_at, response_status, campaign_id)
    WHERE sentiment = 'negative';
