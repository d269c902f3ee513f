#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Grapevine developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes v<N>.sqlite for the schema version N of the given grapevine-cli, when that file does
# not exist yet: the vN.sqlite files must stay exactly as version N wrote them, so a new schema
# version ADDS a file. With --derived it also rebuilds the damaged, foreign and newer-version
# fixtures from the new file.
#   usage: tests/data/db/make-fixtures.sh path/to/grapevine-cli [--derived]
set -euo pipefail
cli=${1:?path to grapevine-cli}
derived=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# v1: made by the app itself, then given a few rows of every kind.
version=$("$cli" --db "$work/v.sqlite" check | sed -n 's/^Schema version: //p')
mv "$work/v.sqlite" "$work/v1.sqlite"
sqlite3 "$work/v1.sqlite" <<'SQL'
PRAGMA foreign_keys = ON;
INSERT INTO advocates (id, first_name, last_name, email, email_norm, kind, referral_code, consent, consent_at,
                       consent_source, nps_score, total_spent_minor, order_count, created_at, updated_at)
VALUES (1, 'Anna', 'Berg', 'Anna.Berg@example.com', 'anna.berg@example.com', 'customer', 'ANNA-7KQ', 1, 1767225600,
        'Shop checkout', 10, 45900, 3, 1767225600, 1767225600);
INSERT INTO advocates (id, first_name, last_name, email, email_norm, kind, referral_code, referred_by_id, created_at, updated_at)
VALUES (2, '芳', '王', 'wang.fang@example.cn', 'wang.fang@example.cn', 'partner', 'FRIEND-3MX', 1, 1767312000, 1767312000);
INSERT INTO advocates (id, first_name, last_name, email, email_norm, kind, referral_code, referred_by_id, created_at, updated_at)
VALUES (3, 'Robert''); DROP TABLE advocates;--', 'Tables', '', NULL, 'employee', 'ROBERT-9PT', 2, 1767398400, 1767398400);
INSERT INTO tags (id, name) VALUES (1, 'VIP'), (2, 'fair-2026');
INSERT INTO advocate_tags (advocate_id, tag_id) VALUES (1, 1), (1, 2), (2, 2);
INSERT INTO campaigns (id, name, status, starts_on, ends_on, advocate_reward_kind, advocate_reward_value,
                       friend_reward_kind, friend_reward_value, disclosure_text, created_at, updated_at)
VALUES (1, 'Spring refer-a-friend', 'active', '2026-03-01', '2026-05-31', 'store_credit', 1000,
        'percent_discount', 1500, 'Anna earns $10 store credit when you buy; you get 15% off.', 1767225600, 1767225600);
INSERT INTO campaign_costs (campaign_id, incurred_on, description, amount_minor, created_at)
VALUES (1, '2026-03-01', 'Printed referral cards', 4500, 1767225600);
INSERT INTO referrals (id, campaign_id, referrer_id, friend_id, code, channel, status, created_at, signed_up_at,
                       converted_at, order_value_minor, updated_at)
VALUES (1, 1, 1, 2, 'ANNA-7KQ', 'in_person', 'converted', 1772409600, 1772496000, 1772582400, 8900, 1772582400);
INSERT INTO referrals (id, campaign_id, referrer_id, friend_name, friend_email, friend_email_norm, code, channel,
                       status, created_at, updated_at)
VALUES (2, 1, 2, 'Ola Nordmann', 'ola@example.no', 'ola@example.no', 'FRIEND-3MX', 'email', 'pending', 1772668800, 1772668800);
INSERT INTO referral_status_history (referral_id, from_status, to_status, changed_at)
VALUES (1, NULL, 'pending', 1772409600), (1, 'pending', 'signed_up', 1772496000), (1, 'signed_up', 'converted', 1772582400),
       (2, NULL, 'pending', 1772668800);
INSERT INTO rewards (campaign_id, referral_id, advocate_id, side, kind, value, cost_minor, status, created_at, updated_at)
VALUES (1, 1, 1, 'advocate', 'store_credit', 1000, 1000, 'pending', 1772582400, 1772582400);
INSERT INTO mentions (occurred_at, channel, author, advocate_id, sentiment, reach, body, response_status,
                      response_due_at, created_at, updated_at)
VALUES (1772755200, 'google_review', 'Anna B.', 1, 'negative', 120, 'Delivery was late.', 'needs_response',
        1772841600, 1772755200, 1772755200);
SQL
# What schema version 3 added: an address, the rewards ledger, a referral flagged for review.
if [ "$version" -ge 3 ]; then
    sqlite3 "$work/v1.sqlite" <<'SQL'
PRAGMA foreign_keys = ON;
UPDATE advocates SET address = '12 Mill Lane, York' WHERE id = 1;
INSERT INTO reward_entries (reward_id, kind, value, cost_minor, at, note)
SELECT id, 'earn', value, cost_minor, created_at, '' FROM rewards;
UPDATE referrals SET review_state = 'flagged' WHERE id = 2;
INSERT INTO referral_flags (referral_id, kind, reason, flagged_at)
VALUES (2, 'velocity', 'Wang made 6 referrals within 24 hours.', 1772668800);
SQL
fi
if [ -e "$here/v$version.sqlite" ]; then
    echo "v$version.sqlite exists: kept as it is"
else
    cp "$work/v1.sqlite" "$here/v$version.sqlite"
    echo "wrote v$version.sqlite"
fi
[ "$derived" = --derived ] || exit 0

# A file from a future Grapevine.
cp "$work/v1.sqlite" "$work/newer.sqlite"
sqlite3 "$work/newer.sqlite" 'PRAGMA user_version = 999;'
cp "$work/newer.sqlite" "$here/newer-version.sqlite"

# Another program's SQLite database.
rm -f "$work/other.sqlite"
sqlite3 "$work/other.sqlite" "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hello');"
cp "$work/other.sqlite" "$here/other-app.sqlite"

# Cut off half-way (a failed copy or download).
size=$(stat -c %s "$work/v1.sqlite")
head -c $((size / 2)) "$work/v1.sqlite" > "$here/truncated.sqlite"
# Cut off inside the 100-byte header.
head -c 50 "$work/v1.sqlite" > "$here/tiny.sqlite"

# Whole length, valid header, but b-tree pages overwritten (a bad disk sector).
cp "$work/v1.sqlite" "$work/corrupt.sqlite"
pagesize=$(sqlite3 "$work/v1.sqlite" 'PRAGMA page_size;')
for page in 2 4 6; do
    printf '\xde\xad\xbe\xef%.0s' $(seq 1 256) | dd of="$work/corrupt.sqlite" bs=1 seek=$((pagesize * (page - 1) + 8)) conv=notrunc status=none
done
cp "$work/corrupt.sqlite" "$here/corrupt.sqlite"

# Not a database at all: a CSV someone renamed.
printf 'first_name,last_name,email\nAnna,Berg,anna@example.com\n' > "$here/not-sqlite.sqlite"
echo "fixtures written to $here"
