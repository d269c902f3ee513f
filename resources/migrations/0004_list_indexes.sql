-- SPDX-FileCopyrightText: 2026 The Grapevine developers
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema version 4: indexes for the lists, counts and totals of the Referrals and Rewards
-- pages, measured on a file with a million referrals and 1.1 million rewards (bench/README.md):
--   * rewards_campaign_created: the Rewards list of one campaign, newest first, a page at a
--     time. Without it each page sorted all of the campaign's rewards (900,000: 3.6 s a page).
--   * rewards_status_cost, and cost_minor added to rewards_campaign: the totals under the
--     Rewards list (owed, pending, issued) from the indexes alone: 1.6 s to 0.2 s.
--   * referrals_campaign_status: the pipeline's stage counts for one campaign from the index
--     alone, instead of reading every referral of the campaign (1 s).

CREATE INDEX rewards_campaign_created ON rewards (campaign_id, created_at);
CREATE INDEX rewards_status_cost ON rewards (status, cost_minor);
DROP INDEX rewards_campaign;
CREATE INDEX rewards_campaign ON rewards (campaign_id, status, cost_minor);
CREATE INDEX referrals_campaign_status ON referrals (campaign_id, status);
