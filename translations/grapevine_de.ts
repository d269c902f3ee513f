<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Advocate</name>
    <message>
        <source>Give the advocate a name or an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NPS score must be a whole number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total spent cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of orders cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An advocate cannot have referred themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvocateActivity</name>
    <message>
        <source>Computing the advocate&apos;s referrals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvocateBulkEditor</name>
    <message>
        <source>Type the name of the tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the kind of the advocates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the kind of the advocates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the tags of the advocates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvocateCommands</name>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the advocates back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the advocates again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvocateLookup</name>
    <message>
        <source>Looking up advocates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvocateSnapshot</name>
    <message>
        <source>The advocates changed since they were selected (an import or another window may have added referrals or rewards). Nothing was deleted; select them again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the deleted advocates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the advocates to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advocates no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the advocates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvocateStamps</name>
    <message>
        <source>Remembering the advocates before the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvocateStore</name>
    <message>
        <source>Another advocate already has the email address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral code %1 already belongs to another advocate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking who referred the advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advocate chosen as referrer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This would make a loop: the chosen referrer was (directly or indirectly) referred by this advocate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advocate no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the advocate&apos;s tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advocate has not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the referral code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting advocates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting what goes with the advocates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free referral code could be found. Type one by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvocateTableModel</name>
    <message>
        <source>The advocates could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advocates could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessSettings</name>
    <message>
        <source>The currency must be a three-letter ISO code such as EUR or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of a point cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline cost per customer cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response target must be between 1 hour and 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Campaign</name>
    <message>
        <source>Give the campaign a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign must end on or after the day it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reward value cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage discount can be at most 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum order value cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cap on rewards cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold period cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribution window cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A milestone needs at least 1 converted referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A milestone needs a reward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A milestone reward value is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Two milestones are set at %Ln converted referral(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This campaign offers a reward, so it needs a disclosure text before it can be activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignCommands</name>
    <message>
        <source>Create “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Cost “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Cost “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignCost</name>
    <message>
        <source>A cost must belong to a campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say on which day the cost was incurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignCostStore</name>
    <message>
        <source>Checking the cost&apos;s campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign of this cost no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost has not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the campaign&apos;s costs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignSnapshot</name>
    <message>
        <source>Reading the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the campaign back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the campaign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>Saving the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the campaign&apos;s milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign has not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The campaign has %Ln referral(s); end it instead of deleting it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The campaign has %Ln reward(s); end it instead of deleting it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the campaigns&apos; milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saving the milestone at %Ln converted referral(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignSummary</name>
    <message>
        <source>Adding up the campaigns&apos; results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignTemplates</name>
    <message>
        <source>Blank Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer a Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone Ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff Advocacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from an empty campaign and set every rule yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides win: store credit for the advocate, a discount on the friend&apos;s first order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growing rewards for advocates at 1, 3 and 5 friends who became customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your employees share a friends-and-family discount and earn points for each sign-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer a friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocates share their personal link; when a friend places a first order, the friend saves on it and the advocate earns store credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit for each friend who buys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off the first order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The more friends an advocate brings, the bigger the thank-you: rewards at 1, 3 and 5 friends who became customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you credit for the first friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit for three friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gift box for five friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff advocacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees share a friends-and-family discount with the people they know and earn points for each friend who signs up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points for each friend who signs up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friends-and-family discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% off</source>
        <extracomment>%1 is a number, e.g. &quot;15&quot; or &quot;12.5&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gift worth %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gift (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I get %1 when you sign up through my link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I get %1 when you make your first purchase through my link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 after %Ln friend(s)</source>
        <extracomment>One step of a reward ladder: &quot;$5.00 in store credit after 1 friend&quot;</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>I earn rewards when friends I refer become customers: %1.</source>
        <extracomment>%1 lists the steps, e.g. &quot;$5.00 in store credit after 1 friend, and a gift after 5 friends&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You get %1 when you sign up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You get %1 on your first purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I recommend this because I like it; I get nothing for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is my referral link. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: a new, empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: from schema version %1; copy of the old file at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBLEMS FOUND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has problems (see above). Restore it from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. The demo only creates new files; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demo database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grapevine on the command line.

Commands:
  check    Open the database exactly as the app does (creating or updating it),
           run SQLite&apos;s integrity and foreign-key checks, and print the schema
           version and the number of rows in each table.
  demo     Create a new database --out FILE filled with a made-up business (Demo
           Bakery): advocates, campaigns, referrals, rewards and mentions, the same
           for the same --seed. Sizes: --advocates (1000), --referrals (1500),
           --mentions (300). An existing FILE is never touched.
  import customers|referrals|mentions FILE.csv
           customers: a customer export (Shopify, WooCommerce, HubSpot, Mailchimp, a
           spreadsheet…) as advocates. A person is their email: someone already there
           is updated, never doubled.
           referrals (or orders): a shop&apos;s orders; a friend&apos;s order converts their
           referral, an advocate&apos;s code or a Referred By column records a new one.
           mentions: a social-listening or review export.
           Columns are recognised by their names. Rejected rows are listed with their
           reason; the rest is imported. The same file twice changes nothing.
  undo-import N
           Take import number N back: what it created is deleted, what it changed
           is put back (values edited since are kept).
  imports  List the imports: when, which file, what each did.
  export advocates|referrals|rewards|mentions --out FILE.csv
           Write every record of that kind to a CSV file (UTF-8 with a byte order
           mark so that Excel shows accents; --no-bom to leave it out; --delimiter ;
           for Excel in much of Europe). Dates are ISO 8601, amounts plain decimals,
           and cells a spreadsheet would run as a formula are neutralised.
  report --format pdf|html|csv|json --out FILE [--campaign ID|NAME] [--from DATE] [--to DATE]
           The metrics of all campaigns or one, for the days from --from to --to
           (YYYY-MM-DD, both included; default: everything up to today). pdf and
           html: the whole report with its charts, as the Reports page makes it.
           csv and json: the numbers, money in minor units (cents); a ratio that
           is undefined is null (JSON) or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default: the app&apos;s default database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: the new database file to create; export, report: the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: how many advocates (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: how many referrals (default 1500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: how many mentions (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: the random seed; the same seed gives the same data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the file&apos;s encoding (UTF-8, UTF-16LE, windows-1252, ISO-8859-15, macintosh…); detected when not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the delimiter, one of , ; tab | (detected when not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>char</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: how dates are written: dmy (31/12/2026), mdy (12/31/2026) or ymd (2026-12-31). Needed when the file&apos;s dates could be read either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: a saved column mapping&apos;s name, or the mapping itself: &quot;email=E-Mail, first_name=Vorname&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: for people already in the database: update (default), skip, or fill (only empty fields).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: do everything, report it, and keep nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: write the rejected rows, with the reason first, to this CSV (fix it and import it again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: leave out the byte order mark (for programs that do not expect one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: print the result as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: one campaign, by its number or name (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: the first day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: the last day, YYYY-MM-DD (included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: pdf, html, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: check, demo, import, undo-import, imports, export or report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run grapevine-cli --help for the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do, for example: grapevine-cli --db business.sqlite check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report takes --format, --out, --campaign, --from and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--campaign, --from, --to and --format belong to the report command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to export, for example: grapevine-cli export advocates --out advocates.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes --out, --delimiter and --no-bom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--no-bom belongs to the export command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding, --delimiter, --date-format, --mapping, --on-duplicate, --dry-run, --rejected-out and --json belong to the import command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out, --advocates, --referrals, --mentions and --seed belong to the demo command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo writes a new file given with --out, never the --db database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which new file to create, for example: grapevine-cli demo --out demo.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to import and from which file, for example: grapevine-cli --db business.sqlite import customers customers.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run grapevine-cli --help for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only (%1); nothing can be imported or undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing: %1 rows (%2 rows a second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing: %1% — %2 rows, %3 rows a second, about %4 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter takes , ; tab or | (or the words comma, semicolon, pipe), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date-format takes dmy (DD/MM/YYYY), mdy (MM/DD/YYYY) or ymd (YYYY-MM-DD), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-duplicate takes update, skip or fill, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the file holds: customers, referrals (or orders) or mentions, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved column mapping called &quot;%1&quot;. Saved mappings: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column called: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: --date-format dmy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run of %1 (%2, delimiter %3): nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (%2, delimiter %3) as import %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  … and more; --rejected-out FILE writes every rejected row with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported with a remark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To take this import back: grapevine-cli --db &quot;%1&quot; undo-import %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo-import needs the number of an import (see grapevine-cli imports), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 undone: %2 records deleted, %3 put back as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values edited after the import were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import history cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  #  started (local time)  kind       status      rows  created  updated  skipped  rejected  file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to export: advocates, referrals, rewards or mentions, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which file to write, for example: grapevine-cli export advocates --out advocates.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting: %1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign &quot;%1&quot;. Campaigns: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which format: --format pdf, html, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes pdf, html, csv or json, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the report: --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from takes a date written 2026-04-01, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to takes a date written 2026-04-30, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends (%1) before it begins (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the report to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMatcher</name>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvEncoding</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-16, little-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-16, big-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western European with € (ISO-8859-15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western European (Mac Roman)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an encoding Grapevine reads. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read to its end: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some characters cannot be read as %1; they show as “�”. If the text looks wrong, choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has %1 of the %2 columns: a value or a delimiter is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has %1 values for %2 columns: a delimiter too many, or a value with the delimiter in it that is not in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvRecordParser</name>
    <message>
        <source>A NUL character was left out of the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text follows the closing quote of the field; it was kept as part of the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed: everything after its opening quote, to the end of the file, was read into it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write &quot;%1&quot;: %2. Check that the folder exists and can be written to, and that the disk is not full, or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was not opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the referral code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral code %1 already belongs to another advocate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the advocate of row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already an advocate; left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the advocate of row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking advocates to their referrers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referrer “%1” is neither in the file nor among the advocates; imported without a referrer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An advocate cannot be their own referrer; imported without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerRowParser</name>
    <message>
        <source>No email address: Grapevine tells people apart by their email. Add it and import the row again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a yes or no. Write yes or no (or leave it empty to keep what is stored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount of money (or has more decimals than the currency).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is negative; total spent cannot be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number of orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date in the chosen format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a score from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created. Choose another place for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; could not be created: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Grapevine database (it is not an SQLite file at all). Choose a file that Grapevine created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Grapevine database (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is damaged: it ends after %n byte(s), inside its header. Restore it from a backup copy.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: it is cut off (%2 bytes of the expected %3). Restore it from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read-only, so changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holding the file cannot be written to, so changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Grapevine database, or it is encrypted or badly damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is locked by another program. Close the other program and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged and cannot be opened (%2). Restore it from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database, but not one made by Grapevine. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved by a newer version of Grapevine (database version %2; this version understands up to %3). Install the newer Grapevine to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged and cannot be opened safely. It was not changed; restore it from a backup copy. (SQLite reports: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs to be updated for this version of Grapevine, but it cannot be written. Copy it to a folder you can write to, then open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before updating &quot;%1&quot;, Grapevine makes a safety copy, and that failed (%2). The file was not changed. Free some disk space or check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty and cannot be written, so no database can be created in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy made before the update is at &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a different file than the open database for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written to &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be saved as &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>The schema version could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The foreign-key check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing row in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tables could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows of %1 could not be counted: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Creating the demo data was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that the database is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data can only be written into an empty database, and this one already holds advocates, campaigns, referrals or mentions. Create a new database for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo campaign costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo advocates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo advocates&apos; tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo referral history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo milestone rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers of advocates, referrals and mentions cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo can have at most %1 advocates, %1 referrals and %1 mentions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals need advocates who make them: ask for at least one advocate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo needs a valid date for &quot;today&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Email</name>
    <message>
        <source>The email address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has no @ sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has more than one @ sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has nothing before the @ sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ sign of &quot;%1&quot; is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has a misplaced dot before the @ sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has nothing after the @ sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain of &quot;%1&quot; needs a dot, as in example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain of &quot;%1&quot; is not a valid domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain of &quot;%1&quot; contains the character &quot;%2&quot;, which domains cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address is longer than 254 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; contains the character &quot;%2&quot; before the @ sign.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FraudCheck</name>
    <message>
        <source>Checking the referral for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referrer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The friend&apos;s e-mail address %1 is the referrer&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The friend&apos;s phone number is the referrer&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The friend has the referrer&apos;s name and address: possibly the referrer themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lives at the referrer&apos;s address and shares their last name: the same household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already a customer before this referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 made %Ln referrals within %2 hours.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an address of a throw-away e-mail service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether the friend was already a customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FraudFlag</name>
    <message>
        <source>Self-referral (same e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-referral (same phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many referrals in a short time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposable e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportBatchActions</name>
    <message>
        <source>Undo Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only (%1), so the import cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Import Cannot Be Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln advocate(s) from the import of “%1” made referrals or earned rewards since. Undoing the import would delete those referrals and rewards too, so Grapevine does not undo it. Delete or edit those advocates one by one instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s) from the import of “%1” have been paid out since. A paid reward cannot be taken back, so Grapevine does not undo the import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln advocate(s) created by this import will be deleted;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s) added by this import will be deleted;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s) recorded by this import will be deleted;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed advocate(s) get their old values back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln converted referral(s) go back to how they were, and the rewards of those conversions are deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>The two halves of &quot;N advocates created by this import will be deleted; M changed advocates get their old values back.&quot;
----------
The two halves of &quot;The import was undone: N advocates deleted, M put back as they were.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the created record(s) were edited after the import; they are deleted all the same.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Values changed by hand since the import are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the Import of “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the import of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The import was undone: %Ln advocate(s) deleted,</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was undone: %Ln mention(s) deleted,</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was undone: %Ln referral(s) deleted,</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln put back as they were.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) edited after the import were kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 - rejected rows.csv</source>
        <extracomment>The suggested name of the file of rejected rows; %1 is the imported file&apos;s name without its extension</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save the Rejected Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln rejected row(s) to %1. Fix them there and import that file again: the first column, with the reason, is not imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportBatchStore</name>
    <message>
        <source>A row count of an import cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping of an import is not a valid JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import has not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row number cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is wrong with the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import this row belongs to no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the problem in row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the import&apos;s row errors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Listing the rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the change for undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read again from its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportKinds</name>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral or discount code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source or channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating (stars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order is matched to a referral by the buyer&apos;s email or the referral code used; this file has no column Grapevine recognises for either. Name the columns in the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mention needs the date it was posted and its text or link; this file has no column Grapevine recognises for %1. Name the columns in the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grapevine tells people apart by their email, and this file has no column Grapevine recognises as email addresses. Name the email column in the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>The dates in “%1” could be day/month or month/day (like 03/04/2026). Choose the date format so that no date is read the wrong way round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates in “%1” are not all in one format. Choose the date format; rows whose date does not follow it are listed as rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>There is no import number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was already undone on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 did not finish; it left nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what the undo would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Records from this import have been built on since (%n in all): advocates who made referrals or earned rewards, or rewards already paid out. Undoing the import would take those too, so it is not undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndexSuspension</name>
    <message>
        <source>Preparing the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding the indexes after the import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationRecipients</name>
    <message>
        <source>Counting the advocates who can be invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding an advocate for the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up advocates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the advocates to invite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationTemplate</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate&apos;s reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend&apos;s reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi {first_name},

thank you for recommending {business_name}! When a friend uses your personal link or your code {referral_code}, they get {friend_reward} and you get {advocate_reward}.

Your link: {link}

{disclosure}

Best wishes,
{business_name}</source>
        <extracomment>Keep the {names} in braces as they are: they are replaced by each advocate&apos;s details.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerEntry</name>
    <message>
        <source>Earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPresets</name>
    <message>
        <source>Reading the saved column mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the column mapping a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” should be written field=Column heading, for example email=E-Mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a field Grapevine imports. The fields are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mention</name>
    <message>
        <source>Say when the mention happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the channel where the mention appeared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reach cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A testimonial needs the date on which the author allowed it to be reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a positive mention can be a testimonial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentionChannels</name>
    <message>
        <source>Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yelp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trustpilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum or blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at least one channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every channel needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel “%1” has a character that cannot be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel “%1” is in the list twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentionImport</name>
    <message>
        <source>Preparing the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of your mention channels; its mentions are filed under Other. Add the channel in the settings to keep them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date in the chosen format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mention has neither text nor link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not positive, neutral or negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a rating from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already among the mentions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentionStore</name>
    <message>
        <source>Checking the mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advocate linked to this mention no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign linked to this mention no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import this mention came from no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mention no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mention has not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mention to put back was never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the mention back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mention is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the advocate&apos;s mentions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The update step %1 is missing from this program (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed, and it was left as it was. %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not stamp the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderImport</name>
    <message>
        <source>Preparing the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount of money (or has more decimals than the currency).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date in the chosen format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded or cancelled: not a conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is already recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral is open, but the row has no order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No advocate has the email or referral code “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral: an ordinary order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no advocate&apos;s referral code (a discount code?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active campaign was running on %1; activate one (or add a Campaign column) and import the row again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral by %1, converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayoutExport</name>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the rewards to pay out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodTotals</name>
    <message>
        <source>Adding up the referrals, rewards and costs of a period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Exporting the personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advocate no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything Grapevine stores about this person: their advocate record, tags, the referrals they made and those where they are the friend (with each status change), the rewards they receive, mentions linked to them and import errors that quote their email address. Times are UTC (ISO 8601); amounts ending in _minor are in hundredths (cents) of the currency %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing the personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased</source>
        <extracomment>Stored as the first name of an advocate whose personal data was erased.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(erased)</source>
        <extracomment>Replaces the text of mentions and import errors of a person whose data was erased.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data was erased, but old copies may remain in unused parts of the file until it is compacted, which failed: %1. Free some disk space, close other windows on this file and erase the person again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data was erased, but another program or window is still reading the file, so old copies remain in its log file. Close it and erase the person again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalLink</name>
    <message>
        <source>The campaign has no landing page, so there is no personal link. Add the web address friends should visit in the campaign&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The landing page &quot;%1&quot; is not a web address, so there is no personal link. Correct it in the campaign&apos;s settings (for example https://shop.example.com/friends).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramCharts</name>
    <message>
        <source>d/M</source>
        <comment>week label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM</source>
        <comment>month label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d/M/yy</source>
        <comment>week label with the year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM yy</source>
        <comment>month label with the year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals and conversions over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return on investment by campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue and cost by campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions by channel and sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net sentiment over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top advocates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A ratio shown as a percentage; &quot;—&quot; when it is undefined</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 referrals, %3 converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 converted of %3 referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funnel shows how far referrals get, once there are some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 of all referrals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1 · Reversed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each campaign&apos;s return shows here once it has referrals or costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign has had a cost yet, so there is no return to measure: rewards count once they are approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: undefined, the campaign has no cost yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each campaign&apos;s revenue and cost show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: revenue %2, cost %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentions in this period. Log what people say on the Mentions page, or import the export of your listening tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 positive, %3 neutral, %4 negative; reach %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net sentiment %1 · reach %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the tone of what people say changes shows here once there are mentions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: net sentiment %2 (%3 positive, %4 neutral, %5 negative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advocates who bring the most customers show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 converted of %3 referrals, revenue %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramMetrics</name>
    <message>
        <source>Computing the program&apos;s metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to follow the referral chains.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Please Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes). Use a shorter link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordExport</name>
    <message>
        <source>Reading the referrals to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the rewards to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the mentions to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the advocates to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the referrals to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the rewards to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the mentions to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the advocates to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Advocates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals with their campaign, referrer, friend, channel, status, the date of each step and the order value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards with their campaign, recipient, value, cost to the business, status and dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions with when and where they were made, author, sentiment, reach, link, text, response and testimonial permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocates with their contact details, tags, consent, spending, referral code and referrer; the file can be imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordExportFlow</name>
    <message>
        <source>referrals-%1</source>
        <extracomment>A file name; %1 is today&apos;s date (2026-11-22)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rewards-%1</source>
        <extracomment>A file name; %1 is today&apos;s date (2026-11-22)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentions-%1</source>
        <extracomment>A file name; %1 is today&apos;s date (2026-11-22)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advocates-%1</source>
        <extracomment>A file name; %1 is today&apos;s date (2026-11-22)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the referrals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the rewards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the mentions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the advocates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the referrals to “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the rewards to “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the mentions to “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the advocates to “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln referral(s) to “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln reward(s) to “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln mention(s) to “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln advocate(s) to “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tab-separated files (*.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <source>Choose the campaign this referral belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the advocate who made this referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An advocate cannot refer themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the friend&apos;s name or email address, or pick an existing advocate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order value cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the referral is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralCardsWriter</name>
    <message>
        <source>Your friend gets %1, and you get %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your friend gets %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You get %1 for each friend you refer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your referral code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2. Check that the folder exists and can be written to, and that the disk is not full, or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral cards: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralCode</name>
    <message>
        <source>A referral code needs at least 3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral code can have at most 32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral code can only use the letters A–Z, digits and dashes; &quot;%1&quot; is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral code cannot start or end with a dash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralStore</name>
    <message>
        <source>Checking the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign chosen for this referral no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advocate chosen as referrer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advocate chosen as the friend no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import this referral came from no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral has not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the referral&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading why the referral was flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagging the referral for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the referral&apos;s status change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralTransitions</name>
    <message>
        <source>The referral is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral was reversed after a refund; a reversed referral cannot change again. Record a new referral if the friend comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral that is %1 cannot be rejected: its rewards were approved. Reverse it instead if the order was refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a converted referral can be reversed (a refund); this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a rejected referral can be reopened; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral that is %1 cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralTree</name>
    <message>
        <source>Reading who referred the advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain of referrers is longer than %1 people, or loops back on itself. Check the &quot;Referred by&quot; field of the advocates in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading whom the advocate referred</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralWorkflow</name>
    <message>
        <source>Looking up the referral code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the campaign this referral belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No advocate has the referral code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 belongs to another advocate, so the referral is credited to them: the code decides who referred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who made the referral, or enter the code the friend used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged for review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking who the friend is credited to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate: %1 was already referred by the same advocate on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate: %1 is already credited to %2 (referred on %3); a friend counts for one referrer per campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Duplicate: %1 was first referred by %2 on %3, within the %Ln-day attribution window; the first referral gets the credit.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The order value cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral is waiting for review: let it through in the review queue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the referral is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s) reversed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s) voided.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No rewards: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order of %1 is below the campaign&apos;s minimum of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The friend was already a customer, and the campaign rewards new customers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The friend %1 %Ln day(s) after the referral, outside the campaign&apos;s %2-day attribution window.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>signed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the campaign&apos;s budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reward (%1) would take the campaign over its budget of %2; %3 is already committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward withheld: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the advocate&apos;s rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The advocate already has %Ln reward(s) from this campaign, the most it gives one advocate.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the advocate&apos;s conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the milestone rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Milestone: %Ln converted referral(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Let through after review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the referrals are rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected after review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the referral&apos;s rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reward was approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every reward was issued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectedRowsFile</name>
    <message>
        <source>Reading the rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Grapevine on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted (new customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (rewards and recorded costs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return on investment (ROI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per new customer (CAC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline CAC of paid channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving per new customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K-factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generations of referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards owed (approved, not yet given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach of the mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative mentions answered in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals, and the revenue and rewards that come from them, count in the period the referral was made; recorded costs on the day they were incurred. A figure that cannot be worked out (a division by zero) shows as “—”. The previous period is the one of the same length just before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals were made in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each stage counts the referrals that reached it, so a rewarded referral counts in every stage before it. Rejected and reversed referrals are counted apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign had referrals or costs in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top advocates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody made a referral in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards paid and owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given (issued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed (approved, not yet given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reward is waiting to be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to give:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 longest waiting of %2; the Rewards page lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards (given and owed, at cost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded campaign costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 recorded costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testimonials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No testimonial was recorded in this period. Mark a positive mention as a testimonial once its author allows you to reuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notable mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mention with a known reach in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentions that reached most people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incentive disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign is part of this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no disclosure text. Rewarded recommendations must say that they are rewarded: add the text on the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral report: all campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>period from – to</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExtras</name>
    <message>
        <source>Reading the rewards, costs and mentions of the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportInput</name>
    <message>
        <source>Reading the campaign of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign of the report no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPages</name>
    <message>
        <source>The page is too small for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report cannot be drawn on this printer or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseWorkflow</name>
    <message>
        <source>Write the response you gave, so it is kept with the mention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mention is resolved. Reopen it to respond again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mention is already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the response first; a mention is resolved after it was answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mention is already waiting for a response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when the author allowed the mention to be reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permission cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the author gave permission (by email, on the review form…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the mentions that need a response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the response queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reward</name>
    <message>
        <source>A reward must belong to a campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reward needs a referral or an advocate who receives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what kind of reward this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reward value cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage discount can be at most 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost of a reward cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A withheld reward needs the reason it was withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A milestone is reached after at least one converted referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RewardLedger</name>
    <message>
        <source>Reading the reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reward no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the rewards ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its referral is waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is held until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not approved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already issued; reverse it instead if it has to be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the reward is adjusted; the note stays in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be adjusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adjustment cannot make a reward&apos;s value or cost negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the points balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rewards ledger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RewardStore</name>
    <message>
        <source>Checking the reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign of this reward no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral this reward is for no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advocate who receives this reward no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reward for a referral must belong to the referral&apos;s campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reward no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the reward&apos;s ledger entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the rewards ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the rewards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RewardValueText</name>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number of points, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 100 with at most two decimals, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount of money, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RewardWording</name>
    <message>
        <source>no reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 store credit</source>
        <extracomment>%1 is an amount of money, e.g. &quot;€10.00 store credit&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% off</source>
        <extracomment>%1 is a number, e.g. &quot;15% off&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 off</source>
        <extracomment>%1 is an amount of money, e.g. &quot;€5.00 off&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cash</source>
        <extracomment>%1 is an amount of money, e.g. &quot;€25.00 cash&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gift worth %1</source>
        <extracomment>%1 is an amount of money</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Reading the business settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO code such as EUR or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the business settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordOfMouth</name>
    <message>
        <source>Computing the word-of-mouth figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>Starting the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::itemmodels::AdvocateTableModel</name>
    <message>
        <source>The selected advocates could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No marketing consent: left out of anything that contacts people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals this advocate made, in any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals now converted, approved or rewarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the advocate&apos;s approved and issued rewards cost the business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points from issued points rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net Promoter Score answer, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing consent: only advocates with consent are contacted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::itemmodels::CampaignListModel</name>
    <message>
        <source>No start date: it runs as soon as it is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end date: it runs until you end it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the referrals converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals yet, so no conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards %1 + other costs %2</source>
        <extracomment>%1 rewards cost, %2 other recorded costs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return on investment: (revenue − cost) ÷ cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No costs recorded yet, so the return on investment is undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals made in this campaign, whatever their status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals now converted, approved or rewarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order value of the converted referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved and issued rewards at cost, plus the campaign&apos;s recorded costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return on investment: (revenue − cost) ÷ cost; “—” while there is no cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::itemmodels::LeaderboardModel</name>
    <message>
        <source>Reading the leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the campaign&apos;s leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals now converted, approved or rewarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order values of the converted referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the advocate&apos;s approved and issued rewards cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points issued and not reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::itemmodels::MentionListModel</name>
    <message>
        <source>Reading the mentions failed: the database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <extracomment>A mention still needing a response; %1 is when the response is due.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>The author was given something for the mention; the cell is empty otherwise.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <extracomment>%1 is &quot;Needs response&quot;, %2 when the response is due.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people could have seen the mention, when known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the author was given something for the mention (a disclosure rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incentivised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::itemmodels::ReferralListModel</name>
    <message>
        <source>Reading the referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::itemmodels::RewardListModel</name>
    <message>
        <source>Reading the rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding up the rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the reward costs the business (points at the value per point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the hold period: the reward can be approved from this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payout reference of an issued reward, or why a reward was withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the reward goes to the advocate who referred, or to the friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference or reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::store</name>
    <message>
        <source>%1 is not possible: the database is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: another program is using the database. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the disk is full. Free some space and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: a value is not allowed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::AboutDialog</name>
    <message>
        <source>About Grapevine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (schema version %2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grapevine %1
Database: %2
Qt %3, SQLite %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Grapevine %1&lt;/h2&gt;&lt;p&gt;Peer-to-peer marketing for small businesses: keep your advocates, run refer-a-friend campaigns, follow word of mouth and see what it returns.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qt:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;SQLite:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;Grapevine is free software, licensed under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;. It comes with no warranty.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the version information, e.g. for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::AdvocateEditor</name>
    <message>
        <source>New Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. VIP, spring fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags group advocates for filtering and campaigns; separate them with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal code this advocate shares. Letters A–Z, digits and dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new code from the first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral code or email of the referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who brought this advocate: type their referral code or email. Leave empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where consent was given, e.g. shop checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely they are to recommend you, 0 to 10 (— for no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person agreed to receive marketing messages. Without consent they are left out of anything that contacts people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this customer has spent in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the changes not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address. Referrals between people at the same address are flagged for review (the household rule), never blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent s&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NPS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total &amp;spent (%1):</source>
        <extracomment>%1 is the currency code, e.g. EUR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No advocate selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show that advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total spent is not an amount of money, e.g. 125.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New advocate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased person (their referrals and rewards are kept for the totals)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::AdvocateWordOfMouthView</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a mention to open it on the Mentions page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an advocate to see their referrals and what they said about you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Referrals:&lt;/b&gt; %Ln made</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln converted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Word of mouth:&lt;/b&gt; %Ln mention(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 positive, %2 neutral, %3 negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %Ln mentions are shown; the Mentions page has them all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No mention is linked to this advocate yet. Link one when you log it on the Mentions page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::AdvocatesPage</name>
    <message>
        <source>Advocates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new advocate by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the advocate in the detail panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected advocates with their referrals and rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, email, company, phone or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selected advocates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a tag from the selected advocates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport This Person&apos;s Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything stored about this person as a JSON file (for a data access request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the advocates the table shows, or all of them, as a CSV file for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase This Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this person&apos;s personal data for good; their referrals and rewards stay in the totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, email, company, phone, notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one kind of advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show advocates with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show active, inactive or erased advocates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show advocates with or without marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No advocate matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches the search and filters. Try fewer letters, or clear them to see everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Search and Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who referred this advocate, and whom they referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word of Mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their referrals beside what they said about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No advocates yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocates are the customers, partners and staff who recommend you. Import the customer list your shop, CRM or mailing tool exports, or add the first one by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in a CSV export of your customers (File → Import Customers…, Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting… at least %1 advocates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln advocate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 advocates</source>
        <extracomment>N of M advocates, where N are shown by the filters</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No advocate has the referral code or email “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln advocate(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Their %1 referrals and %2 rewards will be deleted with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Advocates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln advocate(s) with their referrals and rewards…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag to add to the selected advocates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln advocate(s) “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag to remove from the selected advocates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Untag %Ln advocate(s) “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Make %Ln advocate(s) “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export This Person&apos;s Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stored about this person was saved to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the personal data of “%1”? Their name, email, phone, company, notes, tags and consent are replaced by an anonymous placeholder, everywhere in this file. Their referrals and rewards stay, so your totals remain right. This cannot be undone, and the undo history is cleared. Copies made before now (backups, saved copies) still contain the data until they are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase This Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase for Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing the personal data of “%1” and rewriting the file so that no copy of it remains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::CampaignCostsView</name>
    <message>
        <source>&amp;Add Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the campaign cost besides its rewards: printing, ads for the program, a launch event. They count in its cost, ROI and cost per new customer on the day they were spent. Each cost is saved as soon as it is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the money was spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it was, e.g. Flyers for the shop window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this cost (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected costs (Delete); Undo puts them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No costs recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cost(s), %1 in all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save the campaign first; its costs are recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount. Type what was spent, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Cost(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::CampaignEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the changes not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link &amp;&amp; Disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, description, status and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the advocate and the friend earn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When rewards are earned, caps, budget and waiting periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The landing page, tracking parameters and the incentive disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra rewards for advocates who bring several friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Spring refer-a-friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the campaign is about, for you and your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft while you prepare it; Active while it runs; Paused to stop it for a while; Ended when it is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tarts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick for a campaign that runs as soon as it is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick for an open-ended campaign that runs until you end it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without dates a campaign runs for as long as it is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advocate gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The friend gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reward for the person who recommends you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The welcome offer for the friend they bring (double-sided rewards convert best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values: points as a whole number, a percentage discount from 0 to 100, every other kind as money. When rewards are earned is set on the Rules tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The friend signs up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The friend makes a first purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;new customers count as referred friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A friend who already bought from you earns nobody a reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first order must be at least this much to earn the rewards; 0 for any order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limit rewards per advocate to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No advocate earns more rewards than this in this campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop rewarding once approved and issued rewards reach this amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards wait this long before they can be approved, so that returned orders and cancellations earn nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A friend who signs up or buys within this many days of following the link counts as referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards are earned &amp;when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold rewards for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attribution window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a friend lands after following an advocate&apos;s link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the link so your web analytics can tell these visits apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. I get store credit when you buy through my link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown with every advocate&apos;s link, so friends know the advocate is rewarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Su&amp;ggested Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a disclosure from this campaign&apos;s rewards, to edit as you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required before a campaign with rewards can be activated: undisclosed incentives mislead friends and are unlawful in many places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Landing page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTM s&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTM &amp;medium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTM &amp;campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link with tracking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incentive disclosure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A milestone ladder gives an advocate an extra reward once that many of their referrals have converted, e.g. at 1, 3 and 5 friends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum &amp;order (%1):</source>
        <extracomment>%1 is the currency code, e.g. EUR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign &amp;budget (%1):</source>
        <extracomment>%1 is the currency code, e.g. EUR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum order is not an amount of money; enter e.g. %1, or leave it empty for any order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget is not an amount of money; enter e.g. %1, or untick the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The landing page is not a web address; enter one starting with https://, e.g. https://example.com/welcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a landing page to see the link advocates share.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::CampaignsPage</name>
    <message>
        <source>&amp;New Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the campaign in the designer below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the campaign: advocates&apos; referrals earn the rewards from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the campaign for a while; referrals made meanwhile earn nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the campaign for good; its results stay in your numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invitations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the personal invitations advocates send for this campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a campaign without referrals or rewards (end it otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a campaign from a template or from scratch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaigns yet — start from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign says what advocates and their friends earn for a recommendation, and when. Pick a starting point below; you can change every detail before you activate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” rewards people for recommending you, so friends must be told before it can be activated.

Suggested disclosure:
“%2”

Use it? You can edit it, then activate the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Suggested Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This campaign offers a reward, so it needs a disclosure text before it can be activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make “%1” a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? Its milestones and recorded costs are deleted with it. You can undo this with Edit → Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

End “%2” now? Its referrals and rewards stay in your results.</source>
        <extracomment>%1 says why (e.g. &quot;The campaign has 3 referrals; end it instead of deleting it.&quot;), %2 is its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign In Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ChartCard</name>
    <message>
        <source>Point at a bar or point for its exact value; click it to see the records behind it. Right-click to copy or save the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save the Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::DashboardLoader</name>
    <message>
        <source>The database cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::DashboardPage</name>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 % vs the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 points vs the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period the figures and charts cover; the tiles compare it with the period of the same length before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All campaigns, or one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the charts over time are grouped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals made in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals now converted, approved or rewarded ÷ referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order values of the converted referrals made in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards approved or issued to both sides, at cost (points at their value), plus the campaign costs recorded in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Revenue − cost) ÷ cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per new customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost ÷ converted referrals, beside what a customer costs through paid channels (set in the settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K-factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals per advocate who referred × conversion rate: above 1, each customer brings more than one new customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints awaiting a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative mentions that still need a response, and how many of them are past their due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures cannot be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to measure yet.&lt;/b&gt; Create a refer-a-friend campaign on the Campaigns page, record the referrals your advocates bring, or &lt;a href=&quot;import&quot;&gt;import your customers&lt;/a&gt; to begin. The figures and charts fill in as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral was made in this period. Choose a longer period, or another campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period has no period before it to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 referrals converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards %1, other costs %2; rewards approved but not yet issued: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undefined while there is no cost to return on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 less than paid channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more than paid channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the paid-channel cost in the settings to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid channels: %1 per customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paid-channel cost is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 advocates referred someone; %2 of %3 active advocates took part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered within the response target in this period: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ExportOptionsDialog</name>
    <message>
        <source>The referrals shown by the current filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rewards shown by the current filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentions shown by the current filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advocates shown by the current filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %Ln referral(s) shown by the current filter</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln reward(s) shown by the current filter</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln mention(s) shown by the current filter</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln advocate(s) shown by the current filter</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All advocates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %Ln referral(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln reward(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln mention(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln advocate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon (Excel in most of Europe)</source>
        <extracomment>Excel expects semicolons where the decimal sign is a comma</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the file as UTF-8, so that Excel shows accents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the file with a byte order mark. Leave it off for programs that do not expect one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportCheckPage</name>
    <message>
        <source>Check &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grapevine tries the whole import and then takes it back, so these numbers are exact and nothing has changed yet. Press Import to do it for real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the rows with this outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import would do with each row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked all %Ln row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing would change: everyone in the file is in Grapevine already with these details. You can still import, to have the file in the import history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing would change: everything in the file is in Grapevine already, or is not a referral. You can still import, to have the file in the import history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) would be rejected; the table says why. You can import the rest now and save the rejected rows afterwards, to fix them and import them again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every row can be imported. Nothing has changed yet: press Import to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 rows are listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportCountsView</name>
    <message>
        <source>Rows that cannot be imported as they are, each with the reason; they can be saved, fixed and imported again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders with an advocate&apos;s referral code, or a referrer named, and no referral yet: recorded as new referrals (converted when the order has a value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open referrals whose friend ordered: marked converted with the order&apos;s value, rewards as the campaign says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary orders without a referral, refunds and cancellations, and orders already recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mentions; negative ones join the response queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions are never changed by an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions already in Grapevine: the same link, or the same time, channel, author and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New advocates: people not yet in Grapevine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocates already in Grapevine (same email) whose details change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows left as they are: the advocate exists and nothing changes, or duplicates are skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>Shown instead of a number that is not known yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportFilePage</name>
    <message>
        <source>Export the orders from your shop (Shopify, WooCommerce, Square, Stripe…) or keep a list of referrals in a spreadsheet. An order by a referred friend, or with an advocate&apos;s referral code, marks the referral converted with the order&apos;s value; rewards follow the campaign&apos;s rules. Orders already recorded are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the mentions from your social-listening tool (Brand24, Mention, Talkwalker…) or your reviews from Google or Trustpilot. Complaints join the response queue. Mentions already in Grapevine are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grapevine knows the exports of Shopify, WooCommerce, HubSpot, Mailchimp, Square, Stripe, Klaviyo, and Google and Outlook contacts, and reads any other file with a column of email addresses. People already in Grapevine are recognised by their email, so importing this week&apos;s export again only brings in what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders or referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentions or reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers or contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list from your shop, CRM or tool as a CSV file, or save a spreadsheet as CSV. Nothing changes in Grapevine until the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomers or contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orders or referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentions or reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People to keep as advocates: customers, partners, staff, subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shop&apos;s orders, to find the referrals that converted and their order values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts, comments and reviews that mention the business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a CSV or text file here, or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the exported file (CSV or tab-separated text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised: %1 export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised: %1 contacts export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised: %1 customers export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its columns say it holds %1, so that is how it is imported; choose another kind above if not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its columns look like %1 rather than %2. If so, choose “%3” above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the columns are matched already.</source>
        <extracomment>%1 is &quot;Recognised: Shopify customers export&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not one of the exports Grapevine knows by name, but its columns were matched by their headings. You can check the matches in two steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grapevine did not find a column of email addresses by its heading. You will choose it in the column mapping, two steps from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grapevine did not find the columns it needs by their headings. You will choose them in the column mapping, two steps from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose Another File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <extracomment>File size — rows — columns, e.g. &quot;1.2 MB — about 5,000 rows — 19 columns&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file is empty: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportHistoryDialog</name>
    <message>
        <source>The import history cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every import, newest first. An import can be undone as a whole: what it added is deleted and what it changed is put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been imported yet. File → Import brings in your shop&apos;s or CRM&apos;s customer list, its orders, or your mentions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete what the selected import added and put back what it changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows the selected import rejected, with the reason, as a CSV file to fix and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, values separated by “%3”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import was undone already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportMappingPage</name>
    <message>
        <source>&amp;Save as Preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what each column of the file holds. Columns set to “Don&apos;t import” are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a column mapping saved for an earlier file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these matches under a name, to apply them to next week&apos;s file in one go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values in the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the column “%1” holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1.&lt;/b&gt; Every column Grapevine knows is matched already; nothing needs changing. Check the matches below if you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grapevine matched the columns by their headings. Check each match below, and choose what any column it did not recognise holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched automatically (%1)</source>
        <comment>the export&apos;s tool</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by hand. Save as a preset to use these matches again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” now comes from “%2” instead of “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Apply the Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved mapping “%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved for another kind of file; nothing of it applies here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied “%1”, but this file has no column called %2: those details are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied your saved mapping “%1”: this file has all its columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Column Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for these matches, such as “Weekly Shopify export”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the Saved Mapping?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping called “%1” is saved already. Replace it with these matches?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save the Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as “%1”. Choose it here next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln column(s) will be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportOptionsPage</name>
    <message>
        <source>DD/MM/YYYY (day first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM/DD/YYYY (month first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD (year first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fill in empty details only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order of day, month and year in the file&apos;s dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character before the cents in amounts of money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point: 1,234.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma: 1.234,50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal &amp;separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When someone is an advocate already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s values replace the stored ones. Empty cells never erase anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People already in Grapevine are left exactly as they are; only new people are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only details that are empty in Grapevine are taken from the file; nothing stored is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates, amounts and people you have already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the file writes dates and amounts, and what to do when someone in the file is an advocate already (the same email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the file writes dates and amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the file writes dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is imported as “%1”, so no dates are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates in “%1”, such as %2. Detected: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates in “%1”, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is imported as “%1”, so no amounts are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in “%1” are read with the separator chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected in “%1”: a comma before the cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected in “%1”: a point before the cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each amount in “%1” decides for itself: a separator followed by one or two digits at the end is taken as the cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Currency symbols and codes ($, €, EUR) and thousands separators are recognised and left out.</source>
        <extracomment>Follows what was detected about the decimal separator</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportPreviewLoader</name>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>column: problem</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportPreviewModel</name>
    <message>
        <source>Line %1 has a problem:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(extra value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line of the file where the row starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some rows have more values than the file has columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is imported as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportPreviewPage</name>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row holds the column &amp;names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check how the file is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grapevine detected how the file is written. If names with accents look wrong or all values sit in one column, change the settings below: the preview follows at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file&apos;s characters are stored. Change it when accents or other letters look wrong in the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character between two values of a row. Change it when the preview shows everything in one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear this when the first row is already data, not headings: the columns are then called “Column 1”, “Column 2”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values separated &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: the file starts with a mark that names its encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumed: the file is not Unicode, and Windows-1252 is what Excel on Windows saves. If accents look wrong below, try another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected from the file&apos;s characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — detected</source>
        <comment>encoding or delimiter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Detected: most rows have %Ln value(s) this way.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 of about %2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %Ln row(s) of the file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with a problem are highlighted: point at one to see why. The import leaves such rows out and lists them, so they can be fixed and imported again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found in these rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Two sentences: how many rows are shown, and whether they have problems</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportProgressView</name>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln row(s) read. Taking the trial back so that nothing changes…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln row(s) read. Saving the advocates and building the search index; with a large file this last step takes a moment…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) checked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Import progress: &quot;12,000 rows imported — 40,000 rows a second — about 20 seconds left&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportReportModel</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportRunPage</name>
    <message>
        <source>Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is saved at once at the end. Cancel stops the import and leaves everything exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import; nothing of it is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large file takes a while: about a minute for a hundred thousand rows on a typical laptop. Cancel stays possible until the very end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: taking back what was imported so far…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportRunner</name>
    <message>
        <source>The database cannot be opened for the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportSummaryPage</name>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo This Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rejected rows as a CSV file: the original columns plus the reason, to fix and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete what this import added and put back what it changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel stopped the import before anything was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong before the import could be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was cancelled. Nothing was imported: Grapevine is exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 failed: %2 Nothing was imported: Grapevine is exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is number %1 in File → Import History, where it can be reviewed and undone later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln row(s) read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected row(s), with the reason:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln more problem(s) are not listed here; the saved file has every rejected row.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save them, fix them in the saved file, and import that file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were imported with a remark, such as line %1: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything this import did was taken back. File → Import History keeps its record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportWizard</name>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Orders or Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::InvitationsDialog</name>
    <message>
        <source>%1 &lt;%2&gt; · %3</source>
        <extracomment>A suggestion while choosing whom to preview: name, email and referral code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1	%2</source>
        <extracomment>A menu entry: a merge field&apos;s name and how it is written in the message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Default Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landing page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, email or referral code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Mail-Merge CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet with each advocate&apos;s email, personal link and finished message, for a mail-merge in your email or newsletter program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose cards to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Referral Cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF of cards to hand out: name, code and a QR code of the personal link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal invitations for “%1”</source>
        <extracomment>%1 is the campaign&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each advocate&apos;s link adds ref=&lt;their code&gt;. Change the landing page and tracking in the campaign&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln advocate(s) agreed to receive invitations and have an email address.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No advocate has agreed to receive invitations yet. Record their consent on the Advocates page; until then the preview shows an example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has changes that are not saved. Close without saving them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Without Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a merge field, so it would be sent exactly as typed: %1. Use Insert Field to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message contains %1, which is not a merge field and would be sent exactly as typed. Save it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the message for %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No advocate can be previewed yet, so this shows an example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No personal link (see Personal Link).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %Ln advocate(s) who agreed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invitations</source>
        <extracomment>A file name: %1 is the campaign&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 referral cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No One to Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No advocate has agreed to receive invitations yet, so there is nothing to export. Record an advocate&apos;s consent (and email address) on the Advocates page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Mail-Merge CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the invitations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No advocate has agreed to receive invitations, so the file only has the column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln invitation(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Print Referral Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the referral cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This advocate no longer agrees to receive invitations, so no card was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln referral card(s) to %1. Print it at 100% (actual size) so the QR codes scan well.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grapevine::ui::LeaderboardView</name>
    <message>
        <source>Rank advocates over all campaigns, or within one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %Ln advocate(s) who brought the most customers, by conversions, then referrals made.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No referrals yet. The leaderboard fills as advocates refer friends who buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::MainWindow</name>
    <message>
        <source>Grapevine databases (*.sqlite *.grapevine *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grapevine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database or create a new one to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>The Mentions entry of the navigation, %2 the number of complaints overdue for an answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln negative mention(s) overdue for a response</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals, revenue, ROI and mentions at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who recommend your business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral programs and their rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who referred whom, and how far each referral got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards to approve and pay, and the leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews, posts and conversations about your business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports to print, save as PDF or share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty database for a business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing Grapevine database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a complete copy of the open database to another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the customer list your shop, CRM or mailing tool exports as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Orders or Referrals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import your shop&apos;s orders to mark referred friends&apos; purchases as conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Mentions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the mentions and reviews your social-listening tool exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review earlier imports and undo one as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Grapevine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Grapevine never replaces an existing file with an empty database: choose a new file name, or open the file with File → Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Grapevine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file that is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1 You can look at everything, but nothing can be changed. Use File → Save a Copy to make an editable copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a new database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated the database to version %1. A copy of the old version is at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged (SQLite reports: %1), so it was opened read-only to keep it from getting worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged. %2 Restore it from a backup copy, or save a copy to rescue what can still be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <extracomment>%1 is a number used as keyboard accelerator, %2 a file path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists; it was moved or deleted. It is removed from the recent files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only (%1), so nothing can be imported into it. Use File → Save a Copy to make an editable copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::MentionDetailsPanel</name>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you answered, or will answer (Ctrl+Enter keeps it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is kept with the mention: what was said, and when. Choose Respond once you have answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a mention to see it whole and answer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incentivised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author was rewarded: any reuse carries the disclosure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testimonial</source>
        <extracomment>%1 the day the author allowed the reuse, %2 how (&quot;By e-mail&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse allowed on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No text was logged.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a response: %1 (%2).</source>
        <extracomment>%1 is &quot;overdue by 3 h&quot; or &quot;due in 5 h&quot;, %2 the due date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened; first answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded %1. Resolve it when nothing more is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved %1; responded %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response needed. If you answered anyway, write what you said and choose Respond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>The date under a copied testimonial; reorder as your language writes dates</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”
— %2</source>
        <extracomment>A copied testimonial: %1 the words, %2 who said it, where and when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author received a reward from us.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::MentionLogForm</name>
    <message>
        <source>&amp;Incentivised: the author was rewarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the link to the review or post (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the mention can be read. A link to Facebook, Instagram, X, LinkedIn, TikTok, YouTube, Google Maps, Yelp or Trustpilot chooses the channel for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the mention appeared. The list is kept in the business settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was said or posted (not when you log it): a complaint&apos;s response is due from then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who said it (name or handle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: name, e-mail or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the mention to one of your advocates: type a few letters of their name or e-mail, or their referral code, and pick them from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign the mention came from, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. 1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About how many people could have seen it: followers, views, or the people in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when the author was given something for it: a reused testimonial must then say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said, or a summary (Ctrl+Enter logs it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the mention (Enter, or Ctrl+Enter in the text); the form is then ready for the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;utral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A negative mention goes into the response queue, due within the response target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;vocate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;each:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: %1, from the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem with what was typed: %1 names the field (&quot;Channel&quot;), %2 says what is wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when the mention happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot have happened in the future; it is %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the mention appeared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address. Paste the whole link, e.g. https://www.yelp.com/biz/your-shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number of people. Type about how many could see it, e.g. 1200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single advocate matches “%1”. Pick one from the list, or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was said (a summary will do), or paste the link to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged: a mention on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged: %1 on %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is in the response queue, %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::MentionSettingsDialog</name>
    <message>
        <source>Mention Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a channel to rename it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions already logged on it keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the usual channels: Facebook, Instagram, Google review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A negative mention is due for a response this long after it was posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels offered when you log a mention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::MentionsPage</name>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the form above to log what someone said about you (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the response written in the details as the answer to this mention (Ctrl+Enter in the response)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the answered mention: the author is satisfied, or nothing more can be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back into the response queue, due a full response target from now (the author wrote again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Testimonial…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The author allowed you to reuse these words: record when and how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Testimonial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop offering these words as a testimonial (the permission was withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Testimonial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the words with the author and date, and the disclosure when the author was rewarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the mention (Edit → Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels &amp;&amp; Target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the channels offered when you log a mention, and the response target for negative ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mentions the list shows, or all of them, as a CSV file for a spreadsheet (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every mention, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative mentions waiting for an answer, the one due first on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testimonials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive mentions whose authors allowed their reuse, ready to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentions yet — log the first one above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search author, text or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the mentions of one channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show positive, neutral or negative mentions only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the mentions whose answer is at one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the mentions linked to one campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <extracomment>The date filters at their lowest value: no limit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions from this day on (down to the lowest date: any date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions up to and including this day (down to the lowest date: any date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filters and the search: show every mention of this view again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reviews, posts, comments and what customers tell you in person all count: paste the link or write what was said, choose the channel and press Enter. A negative mention goes into the response queue, to be answered within %n hour(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a mention to see it whole and answer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database to see its mentions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response queue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln negative mention(s) waiting for an answer, the one due first on top.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %Ln day(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>net sentiment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered in time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median response %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Net sentiment: (positive − negative) ÷ all mentions. Answered in time: the negative mentions answered within the response target of %n hour(s), of those that had their chance.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No mention matches the filters and the search. Clear shows them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing waits for an answer. A negative mention you log lands here, due within %n hour(s) of when it was posted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No testimonials yet. Once an author allows you to reuse their words, select their positive mention and choose Mark as Testimonial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log mention by “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response kept; the mention left the queue. Resolve it when nothing more is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve mention by “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen mention by “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Testimonial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On which day did %1 allow you to reuse these words? (e.g. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date. Type the day as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permission cannot be dated in the future; today is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did %1 give permission?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a direct message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the review site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” as a testimonial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take “%1” out of the testimonials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the testimonial by %1, with the disclosure that they were rewarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the testimonial by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the mention by “%1”, with its response? Edit → Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete mention by “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::MilestoneTable</name>
    <message>
        <source>&amp;Add Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advocate earns this step once this many of their referrals have converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points as a whole number, a discount in percent, everything else as money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step to the ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone %1: %2</source>
        <extracomment>%1 is the row number, %2 says what to type</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::QuickEntryForm</name>
    <message>
        <source>&amp;Record referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who told them? Name, e-mail or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few letters of the advocate&apos;s name or e-mail, or their referral code. When a code is given, the code decides who gets the credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend&apos;s e-mail (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Friend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a campaign first: every referral belongs to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who referred them? Type the advocate&apos;s name, e-mail or code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single advocate matches &quot;%1&quot;: pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1, referred by code %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ReferralTreeView</name>
    <message>
        <source>Advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people they referred directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a person to open them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ReferralsPage</name>
    <message>
        <source>Signed &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The friend signed up (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Converted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The friend made their first purchase: enter the order value (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the conversion and approve its rewards once their hold is over (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject with a reason; rewards not yet issued are voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was refunded: reverse the referral and its rewards, once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a rejected referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Let through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flagged referrals are fine: their rewards can be approved (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the referrals the pipeline shows, or all of them, as a CSV file for a spreadsheet (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a referral someone told you about (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one campaign&apos;s referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search friend, e-mail, code or referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Rewards&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the referrals of every day again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the referrals made on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the referrals made up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the referrals made since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the referrals made from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database to see its referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review. Referrals that look like self-referrals, repeat customers, bursts or throw-away addresses land here with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals yet. Record the first one above: who told whom (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged referrals waiting for a person to look at them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a referral to see its history and rewards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln referrals selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Code &lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s) changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of the friend&apos;s first order (%1), optionally followed by the order number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money. Type the order value, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Why are %Ln referral(s) rejected? The reason is kept with each.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate of another referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The order of %Ln referral(s) was refunded. Their rewards are reversed in the ledger; this cannot be undone. Note:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Order refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let through</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ReportsPage</name>
    <message>
        <source>A report of all campaigns, or of one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days the report covers; the key figures are compared with the same number of days just before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the report (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report with its charts, page by page, to send or keep (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Web Page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One HTML file with the charts inside, to open in any browser or attach to an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures alone, for a spreadsheet (CSV) or a script (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As CSV for a Spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report ends before it begins: choose a last day after the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report cannot be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a database to make reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved (cancelled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report Not Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grapevine::ui::RewardDetailsPanel</name>
    <message>
        <source>%1%2 points</source>
        <extracomment>a change of a reward in points, e.g. &quot;+500 points&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The append-only ledger of this reward: every change is a new line, none is edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a reward to see its ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward %1: %2</source>
        <extracomment>%1 is the reward&apos;s number, %2 what it is (&quot;€10.00 store credit&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held until: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Milestone: %Ln conversion(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Payout reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A withheld reward never entered the ledger: it was stopped before it was earned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::RewardOfferBox</name>
    <message>
        <source>What is given: points, store credit, a discount, cash or a gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much: points as a whole number, a discount in percent, everything else as money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your words, e.g. “for your next visit”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown to people next to the reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grapevine::ui::RewardsPage</name>
    <message>
        <source>Rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every reward, its status and its ledger; approve, issue and pay out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advocates who bring the most customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected pending rewards whose hold period is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Issued…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the selected approved rewards were paid out, under a payout reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the selected rewards that were not issued yet, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Payout CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected approved or issued rewards as a payout list for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rewards the list shows, or all of them, as a CSV file for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the rewards again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search recipient, email, campaign or payout reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show rewards in one status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rewards of one campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reward matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs to the business, for the campaign chosen above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rewards yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards appear here when a referral converts: the advocate&apos;s and the friend&apos;s, pending until their hold period is over. Then you approve them, pay them out and mark them issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, not yet issued: %1 · Pending: %2 · Issued: %3</source>
        <extracomment>The money still owed and already paid, under the rewards table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve Rewards</source>
        <extracomment>%1: &quot;2 rewards approved.&quot;, %2: &quot;1 left as it was:&quot;, %3 the reasons, one a line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s) approved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left as it was:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Payout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Rewards Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout reference (kept in the ledger with each reward):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln reward(s) as issued under &quot;%1&quot;? The ledger keeps this for good; it cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s) marked issued.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Payout List</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Save the payout list of the %Ln reward(s) just issued as a CSV file?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void Rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are they taken back? The reason stays in the ledger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral was not genuine</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Void %Ln reward(s)? The ledger keeps this for good; it cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s) voided.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be voided:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Payout CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select approved or issued rewards first: the payout list holds what is to be paid or was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payout-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln reward(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Grapevine: peer-to-peer marketing for small businesses — advocates, referral campaigns, word of mouth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file to open (default: the last one used).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
