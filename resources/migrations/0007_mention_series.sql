-- SPDX-FileCopyrightText: 2026 The Grapevine developers
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 7: net sentiment over time counts the mentions of each week or month by
-- sentiment. With the sentiment (and the campaign filter) in the index by date, that count
-- never reads the mentions themselves: 55 ms on 100,000 mentions became a few. The index by
-- date alone is a prefix of the new one and goes.

CREATE INDEX mentions_occurred_sentiment ON mentions (occurred_at, sentiment, campaign_id);
DROP INDEX mentions_occurred;
