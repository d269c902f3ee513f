<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AdvocateStamps</name>
        <message numerus="yes">
            <source>%Ln of these advocates were changed elsewhere (in another Grapevine window or by an import) after this step, so undoing or redoing it now would throw those changes away. Nothing was changed.</source>
            <translation>
                <numerusform>%Ln of these advocates were changed elsewhere (in another Grapevine window or by an import) after this step, so undoing or redoing it now would throw those changes away. Nothing was changed.</numerusform>
                <numerusform>%Ln of these advocates were changed elsewhere (in another Grapevine window or by an import) after this step, so undoing or redoing it now would throw those changes away. Nothing was changed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Campaign</name>
        <message numerus="yes">
            <source>Two milestones are set at %Ln converted referral(s).</source>
            <translation>
                <numerusform>Two milestones are set at %Ln converted referral.</numerusform>
                <numerusform>Two milestones are set at %Ln converted referrals.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CampaignStore</name>
        <message numerus="yes">
            <source>The campaign has %Ln referral(s); end it instead of deleting it.</source>
            <translation>
                <numerusform>The campaign has %Ln referral; end it instead of deleting it.</numerusform>
                <numerusform>The campaign has %Ln referrals; end it instead of deleting it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The campaign has %Ln reward(s); end it instead of deleting it.</source>
            <translation>
                <numerusform>The campaign has %Ln reward; end it instead of deleting it.</numerusform>
                <numerusform>The campaign has %Ln rewards; end it instead of deleting it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saving the milestone at %Ln converted referral(s)</source>
            <translation>
                <numerusform>Saving the milestone at %Ln converted referral</numerusform>
                <numerusform>Saving the milestone at %Ln converted referrals</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CampaignTemplates</name>
        <message numerus="yes">
            <source>%Ln point(s)</source>
            <translation>
                <numerusform>%Ln point</numerusform>
                <numerusform>%Ln points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 after %Ln friend(s)</source>
            <extracomment>One step of a reward ladder: "$5.00 in store credit after 1 friend"</extracomment>
            <translation>
                <numerusform>%1 after %Ln friend</numerusform>
                <numerusform>%1 after %Ln friends</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message numerus="yes">
            <source>Changed %n advocate(s).</source>
            <translation>
                <numerusform>Changed %n advocate.</numerusform>
                <numerusform>Changed %n advocates.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message numerus="yes">
            <source>"%1" is damaged: it ends after %n byte(s), inside its header. Restore it from a backup copy.</source>
            <translation>
                <numerusform>"%1" is damaged: it ends after %n byte, inside its header. Restore it from a backup copy.</numerusform>
                <numerusform>"%1" is damaged: it ends after %n bytes, inside its header. Restore it from a backup copy.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FraudCheck</name>
        <message numerus="yes">
            <source>%1 made %Ln referrals within %2 hours.</source>
            <translation>
                <numerusform>%1 made %Ln referrals within %2 hours.</numerusform>
                <numerusform>%1 made %Ln referrals within %2 hours.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportBatchActions</name>
        <message numerus="yes">
            <source>%Ln advocate(s) from the import of “%1” made referrals or earned rewards since. Undoing the import would delete those referrals and rewards too, so Grapevine does not undo it. Delete or edit those advocates one by one instead.</source>
            <translation>
                <numerusform>%Ln advocate from the import of “%1” made referrals or earned rewards since. Undoing the import would delete those referrals and rewards too, so Grapevine does not undo it. Delete or edit those advocates one by one instead.</numerusform>
                <numerusform>%Ln advocates from the import of “%1” made referrals or earned rewards since. Undoing the import would delete those referrals and rewards too, so Grapevine does not undo it. Delete or edit those advocates one by one instead.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln advocate(s) created by this import will be deleted;</source>
            <translation>
                <numerusform>%Ln advocate created by this import will be deleted;</numerusform>
                <numerusform>%Ln advocates created by this import will be deleted;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln changed advocate(s) get their old values back.</source>
            <translation>
                <numerusform>%Ln changed advocate get their old values back.</numerusform>
                <numerusform>%Ln changed advocates get their old values back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The import was undone: %Ln advocate(s) deleted,</source>
            <translation>
                <numerusform>The import was undone: %Ln advocate deleted,</numerusform>
                <numerusform>The import was undone: %Ln advocates deleted,</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln put back as they were.</source>
            <translation>
                <numerusform>%Ln put back as they were.</numerusform>
                <numerusform>%Ln put back as they were.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln value(s) edited after the import were kept.</source>
            <translation>
                <numerusform>%Ln value edited after the import were kept.</numerusform>
                <numerusform>%Ln values edited after the import were kept.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln rejected row(s) to %1. Fix them there and import that file again: the first column, with the reason, is not imported.</source>
            <translation>
                <numerusform>Saved %Ln rejected row to %1. Fix them there and import that file again: the first column, with the reason, is not imported.</numerusform>
                <numerusform>Saved %Ln rejected rows to %1. Fix them there and import that file again: the first column, with the reason, is not imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln reward(s) from the import of “%1” have been paid out since. A paid reward cannot be taken back, so Grapevine does not undo the import.</source>
            <translation>
                <numerusform>%Ln reward from the import of “%1” have been paid out since. A paid reward cannot be taken back, so Grapevine does not undo the import.</numerusform>
                <numerusform>%Ln rewards from the import of “%1” have been paid out since. A paid reward cannot be taken back, so Grapevine does not undo the import.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln mention(s) added by this import will be deleted;</source>
            <translation>
                <numerusform>%Ln mention added by this import will be deleted;</numerusform>
                <numerusform>%Ln mentions added by this import will be deleted;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln referral(s) recorded by this import will be deleted;</source>
            <translation>
                <numerusform>%Ln referral recorded by this import will be deleted;</numerusform>
                <numerusform>%Ln referrals recorded by this import will be deleted;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln converted referral(s) go back to how they were, and the rewards of those conversions are deleted.</source>
            <translation>
                <numerusform>%Ln converted referral go back to how they were, and the rewards of those conversions are deleted.</numerusform>
                <numerusform>%Ln converted referrals go back to how they were, and the rewards of those conversions are deleted.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln of the created record(s) were edited after the import; they are deleted all the same.</source>
            <translation>
                <numerusform>%Ln of the created record were edited after the import; they are deleted all the same.</numerusform>
                <numerusform>%Ln of the created records were edited after the import; they are deleted all the same.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The import was undone: %Ln mention(s) deleted,</source>
            <translation>
                <numerusform>The import was undone: %Ln mention deleted,</numerusform>
                <numerusform>The import was undone: %Ln mentions deleted,</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The import was undone: %Ln referral(s) deleted,</source>
            <translation>
                <numerusform>The import was undone: %Ln referral deleted,</numerusform>
                <numerusform>The import was undone: %Ln referrals deleted,</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportUndo</name>
        <message numerus="yes">
            <source>Records from this import have been built on since (%n in all): advocates who made referrals or earned rewards, or rewards already paid out. Undoing the import would take those too, so it is not undone.</source>
            <translation>
                <numerusform>Records from this import have been built on since (%n in all): advocates who made referrals or earned rewards, or rewards already paid out. Undoing the import would take those too, so it is not undone.</numerusform>
                <numerusform>Records from this import have been built on since (%n in all): advocates who made referrals or earned rewards, or rewards already paid out. Undoing the import would take those too, so it is not undone.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordExportFlow</name>
        <message numerus="yes">
            <source>Saved %Ln referral(s) to “%1”.</source>
            <translation>
                <numerusform>Saved %Ln referral to “%1”.</numerusform>
                <numerusform>Saved %Ln referrals to “%1”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln reward(s) to “%1”.</source>
            <translation>
                <numerusform>Saved %Ln reward to “%1”.</numerusform>
                <numerusform>Saved %Ln rewards to “%1”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln mention(s) to “%1”.</source>
            <translation>
                <numerusform>Saved %Ln mention to “%1”.</numerusform>
                <numerusform>Saved %Ln mentions to “%1”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln advocate(s) to “%1”.</source>
            <translation>
                <numerusform>Saved %Ln advocate to “%1”.</numerusform>
                <numerusform>Saved %Ln advocates to “%1”.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReferralWorkflow</name>
        <message numerus="yes">
            <source>Duplicate: %1 was first referred by %2 on %3, within the %Ln-day attribution window; the first referral gets the credit.</source>
            <translation>
                <numerusform>Duplicate: %1 was first referred by %2 on %3, within the %Ln-day attribution window; the first referral gets the credit.</numerusform>
                <numerusform>Duplicate: %1 was first referred by %2 on %3, within the %Ln-day attribution window; the first referral gets the credit.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln reward(s) reversed.</source>
            <translation>
                <numerusform>%Ln reward reversed.</numerusform>
                <numerusform>%Ln rewards reversed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln reward(s) voided.</source>
            <translation>
                <numerusform>%Ln reward voided.</numerusform>
                <numerusform>%Ln rewards voided.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The friend %1 %Ln day(s) after the referral, outside the campaign's %2-day attribution window.</source>
            <translation>
                <numerusform>The friend %1 %Ln day after the referral, outside the campaign's %2-day attribution window.</numerusform>
                <numerusform>The friend %1 %Ln days after the referral, outside the campaign's %2-day attribution window.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The advocate already has %Ln reward(s) from this campaign, the most it gives one advocate.</source>
            <translation>
                <numerusform>The advocate already has %Ln reward from this campaign, the most it gives one advocate.</numerusform>
                <numerusform>The advocate already has %Ln rewards from this campaign, the most it gives one advocate.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Milestone: %Ln converted referral(s)</source>
            <translation>
                <numerusform>Milestone: %Ln converted referral</numerusform>
                <numerusform>Milestone: %Ln converted referrals</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RewardWording</name>
        <message numerus="yes">
            <source>%Ln point(s)</source>
            <translation>
                <numerusform>%Ln point</numerusform>
                <numerusform>%Ln points</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>grapevine::ui::AdvocateWordOfMouthView</name>
        <message numerus="yes">
            <source>&lt;b&gt;Referrals:&lt;/b&gt; %Ln made</source>
            <translation>
                <numerusform>&lt;b&gt;Referrals:&lt;/b&gt; %Ln made</numerusform>
                <numerusform>&lt;b&gt;Referrals:&lt;/b&gt; %Ln made</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln converted</source>
            <translation>
                <numerusform>%Ln converted</numerusform>
                <numerusform>%Ln converted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Word of mouth:&lt;/b&gt; %Ln mention(s)</source>
            <translation>
                <numerusform>&lt;b&gt;Word of mouth:&lt;/b&gt; %Ln mention</numerusform>
                <numerusform>&lt;b&gt;Word of mouth:&lt;/b&gt; %Ln mentions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The newest %1 of %Ln mentions are shown; the Mentions page has them all.</source>
            <translation>
                <numerusform>The newest %1 of %Ln mentions are shown; the Mentions page has them all.</numerusform>
                <numerusform>The newest %1 of %Ln mentions are shown; the Mentions page has them all.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>grapevine::ui::AdvocatesPage</name>
        <message numerus="yes">
            <source>%Ln advocate(s)</source>
            <translation>
                <numerusform>%Ln advocate</numerusform>
                <numerusform>%Ln advocates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln advocate(s)?</source>
            <translation>
                <numerusform>Delete %Ln advocate?</numerusform>
                <numerusform>Delete %Ln advocates?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tag %Ln advocate(s) “%1”</source>
            <translation>
                <numerusform>Tag %Ln advocate “%1”</numerusform>
                <numerusform>Tag %Ln advocates “%1”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Untag %Ln advocate(s) “%1”</source>
            <translation>
                <numerusform>Untag %Ln advocate “%1”</numerusform>
                <numerusform>Untag %Ln advocates “%1”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Make %Ln advocate(s) “%1”</source>
            <translation>
                <numerusform>Make %Ln advocate “%1”</numerusform>
                <numerusform>Make %Ln advocates “%1”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleting %Ln advocate(s) with their referrals and rewards…</source>
            <translation>
                <numerusform>Deleting %Ln advocate with their referrals and rewards…</numerusform>
                <numerusform>Deleting %Ln advocates with their referrals and rewards…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only the daily backups made before now still hold the data: each is deleted %n day(s) after it was made (Settings → Backups). Copies you saved yourself hold it until you delete them.</source>
            <translation>
                <numerusform>Only the daily backups made before now still hold the data: each is deleted %n day after it was made (Settings → Backups). Copies you saved yourself hold it until you delete them.</numerusform>
                <numerusform>Only the daily backups made before now still hold the data: each is deleted %n days after it was made (Settings → Backups). Copies you saved yourself hold it until you delete them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>grapevine::ui::CampaignCostsView</name>
        <message numerus="yes">
            <source>%n cost(s), %1 in all</source>
            <translation>
                <numerusform>%n cost, %1 in all</numerusform>
                <numerusform>%n costs, %1 in all</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %n Cost(s)</source>
            <translation>
                <numerusform>Remove %n Cost</numerusform>
                <numerusform>Remove %n Costs</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>grapevine::ui::ExportOptionsDialog</name>
        <message numerus="yes">
            <source>The %Ln referral(s) shown by the current filter</source>
            <translation>
                <numerusform>The %Ln referral shown by the current filter</numerusform>
                <numerusform>The %Ln referrals shown by the current filter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %Ln reward(s) shown by the current filter</source>
            <translation>
                <numerusform>The %Ln reward shown by the current filter</numerusform>
                <numerusform>The %Ln rewards shown by the current filter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %Ln mention(s) shown by the current filter</source>
            <translation>
                <numerusform>The %Ln mention shown by the current filter</numerusform>
                <numerusform>The %Ln mentions shown by the current filter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %Ln advocate(s) shown by the current filter</source>
            <translation>
                <numerusform>The %Ln advocate shown by the current filter</numerusform>
                <numerusform>The %Ln advocates shown by the current filter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %Ln referral(s)</source>
            <translation>
                <numerusform>All %Ln referral</numerusform>
                <numerusform>All %Ln referrals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %Ln reward(s)</source>
            <translation>
                <numerusform>All %Ln reward</numerusform>
                <numerusform>All %Ln rewards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %Ln mention(s)</source>
            <translation>
                <numerusform>All %Ln mention</numerusform>
                <numerusform>All %Ln mentions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %Ln advocate(s)</source>
            <translation>
                <numerusform>All %Ln advocate</numerusform>
                <numerusform>All %Ln advocates</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>grapevine::ui::ImportCheckPage</name>
        <message numerus="yes">
            <source>Checked all %Ln row(s).</source>
            <translation>
                <numerusform>Checked all %Ln row.</numerusform>
                <numerusform>Checked all %Ln rows.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) would be rejected; the table says why. You can import the rest now and save the rejected rows afterwards, to fix them and import them again.</source>
            <translation>
                <numerusform>%Ln row would be rejected; the table says why. You can import the rest now and save the rejected rows afterwards, to fix them and import them again.</numerusform>
                <numerusform>%Ln rows would be rejected; the table says why. You can import the rest now and save the rejected rows afterwards, to fix them and import them again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>grapevine::ui::ImportFilePage</name>
        <message numerus="yes">
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln row</numerusform>
                <numerusform>%Ln rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln column(s)</source>
            <translation>
                <numerusform>%Ln column</numerusform>
                <numerusform>%Ln columns</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>grapevine::ui::ImportMappingPage</name>
        <message numerus="yes">
            <source>%1 of %Ln column(s) will be imported.</source>
            <translation>
                <numerusform>%1 of %Ln column will be imported.</numerusform>
                <numerusform>%1 of %Ln columns will be imported.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>grapevine::ui::ImportPreviewPage</name>
        <message numerus="yes">
            <source>Detected: most rows have %Ln value(s) this way.</source>
            <translation>
                <numerusform>Detected: most rows have %Ln value this way.</numerusform>
                <numerusform>Detected: most rows have %Ln values this way.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %Ln row(s) of the file.</source>
            <translation>
                <numerusform>All %Ln row of the file.</numerusform>
                <numerusform>All %Ln rows of the file.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) with a problem are highlighted: point at one to see why. The import leaves such rows out and lists them, so they can be fixed and imported again.</source>
            <translation>
                <numerusform>%Ln row with a problem are highlighted: point at one to see why. The import leaves such rows out and lists them, so they can be fixed and imported again.</numerusform>
                <numerusform>%Ln rows with a problem are highlighted: point at one to see why. The import leaves such rows out and lists them, so they can be fixed and imported again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>grapevine::ui::ImportProgressView</name>
        <message numerus="yes">
            <source>about %n second(s) left</source>
            <translation>
                <numerusform>about %n second left</numerusform>
                <numerusform>about %n seconds left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %n minute(s) left</source>
            <translation>
                <numerusform>about %n minute left</numerusform>
                <numerusform>about %n minutes left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %n hour(s) left</source>
            <translation>
                <numerusform>about %n hour left</numerusform>
                <numerusform>about %n hours left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %Ln row(s) read. Saving the advocates and building the search index; with a large file this last step takes a moment…</source>
            <translation>
                <numerusform>All %Ln row read. Saving the advocates and building the search index; with a large file this last step takes a moment…</numerusform>
                <numerusform>All %Ln rows read. Saving the advocates and building the search index; with a large file this last step takes a moment…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) checked</source>
            <translation>
                <numerusform>%Ln row checked</numerusform>
                <numerusform>%Ln rows checked</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) imported</source>
            <translation>
                <numerusform>%Ln row imported</numerusform>
                <numerusform>%Ln rows imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %Ln row(s) read. Taking the trial back so that nothing changes…</source>
            <translation>
                <numerusform>All %Ln row read. Taking the trial back so that nothing changes…</numerusform>
                <numerusform>All %Ln rows read. Taking the trial back so that nothing changes…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>grapevine::ui::ImportSummaryPage</name>
        <message numerus="yes">
            <source>Imported %1: %Ln row(s) read.</source>
            <translation>
                <numerusform>Imported %1: %Ln row read.</numerusform>
                <numerusform>Imported %1: %Ln rows read.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln rejected row(s), with the reason:</source>
            <translation>
                <numerusform>%Ln rejected row, with the reason:</numerusform>
                <numerusform>%Ln rejected rows, with the reason:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln more problem(s) are not listed here; the saved file has every rejected row.</source>
            <translation>
                <numerusform>%Ln more problem are not listed here; the saved file has every rejected row.</numerusform>
                <numerusform>%Ln more problems are not listed here; the saved file has every rejected row.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) were imported with a remark, such as line %1: %2</source>
            <translation>
                <numerusform>%Ln row were imported with a remark, such as line %1: %2</numerusform>
                <numerusform>%Ln rows were imported with a remark, such as line %1: %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>grapevine::ui::InvitationsDialog</name>
        <message numerus="yes">
            <source>%Ln advocate(s) agreed to receive invitations and have an email address.</source>
            <translation>
                <numerusform>%Ln advocate agreed to receive invitations and have an email address.</numerusform>
                <numerusform>%Ln advocates agreed to receive invitations and have an email address.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %Ln advocate(s) who agreed</source>
            <translation>
                <numerusform>All %Ln advocate who agreed</numerusform>
                <numerusform>All %Ln advocates who agreed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln invitation(s) to %1.</source>
            <translation>
                <numerusform>Wrote %Ln invitation to %1.</numerusform>
                <numerusform>Wrote %Ln invitations to %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln referral card(s) to %1. Print it at 100% (actual size) so the QR codes scan well.</source>
            <translation>
                <numerusform>Wrote %Ln referral card to %1. Print it at 100% (actual size) so the QR codes scan well.</numerusform>
                <numerusform>Wrote %Ln referral cards to %1. Print it at 100% (actual size) so the QR codes scan well.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>grapevine::ui::LeaderboardView</name>
        <message numerus="yes">
            <source>The %Ln advocate(s) who brought the most customers, by conversions, then referrals made.</source>
            <translation>
                <numerusform>The %Ln advocate who brought the most customers, by conversions, then referrals made.</numerusform>
                <numerusform>The %Ln advocates who brought the most customers, by conversions, then referrals made.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>grapevine::ui::MainWindow</name>
        <message numerus="yes">
            <source>%Ln negative mention(s) overdue for a response</source>
            <translation>
                <numerusform>%Ln negative mention overdue for a response</numerusform>
                <numerusform>%Ln negative mentions overdue for a response</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>grapevine::ui::MentionDetailsPanel</name>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%n h</numerusform>
                <numerusform>%n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>grapevine::ui::MentionsPage</name>
        <message numerus="yes">
            <source>Reviews, posts, comments and what customers tell you in person all count: paste the link or write what was said, choose the channel and press Enter. A negative mention goes into the response queue, to be answered within %n hour(s).</source>
            <translation>
                <numerusform>Reviews, posts, comments and what customers tell you in person all count: paste the link or write what was said, choose the channel and press Enter. A negative mention goes into the response queue, to be answered within %n hour.</numerusform>
                <numerusform>Reviews, posts, comments and what customers tell you in person all count: paste the link or write what was said, choose the channel and press Enter. A negative mention goes into the response queue, to be answered within %n hours.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln negative mention(s) waiting for an answer, the one due first on top.</source>
            <translation>
                <numerusform>%Ln negative mention waiting for an answer, the one due first on top.</numerusform>
                <numerusform>%Ln negative mentions waiting for an answer, the one due first on top.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln overdue.</source>
            <translation>
                <numerusform>%Ln overdue.</numerusform>
                <numerusform>%Ln overdue.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last %Ln day(s): </source>
            <translation>
                <numerusform>Last %Ln day: </numerusform>
                <numerusform>Last %Ln days: </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln mention(s)</source>
            <translation>
                <numerusform>%Ln mention</numerusform>
                <numerusform>%Ln mentions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Net sentiment: (positive − negative) ÷ all mentions. Answered in time: the negative mentions answered within the response target of %n hour(s), of those that had their chance.</source>
            <translation>
                <numerusform>Net sentiment: (positive − negative) ÷ all mentions. Answered in time: the negative mentions answered within the response target of %n hour, of those that had their chance.</numerusform>
                <numerusform>Net sentiment: (positive − negative) ÷ all mentions. Answered in time: the negative mentions answered within the response target of %n hours, of those that had their chance.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing waits for an answer. A negative mention you log lands here, due within %n hour(s) of when it was posted.</source>
            <translation>
                <numerusform>Nothing waits for an answer. A negative mention you log lands here, due within %n hour of when it was posted.</numerusform>
                <numerusform>Nothing waits for an answer. A negative mention you log lands here, due within %n hours of when it was posted.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>grapevine::ui::ReferralsPage</name>
        <message numerus="yes">
            <source>%Ln referrals selected.</source>
            <translation>
                <numerusform>%Ln referrals selected.</numerusform>
                <numerusform>%Ln referrals selected.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln referral(s) changed.</source>
            <translation>
                <numerusform>%Ln referral changed.</numerusform>
                <numerusform>%Ln referrals changed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Why are %Ln referral(s) rejected? The reason is kept with each.</source>
            <translation>
                <numerusform>Why are %Ln referral rejected? The reason is kept with each.</numerusform>
                <numerusform>Why are %Ln referrals rejected? The reason is kept with each.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The order of %Ln referral(s) was refunded. Their rewards are reversed in the ledger; this cannot be undone. Note:</source>
            <translation>
                <numerusform>The order of %Ln referral was refunded. Their rewards are reversed in the ledger; this cannot be undone. Note:</numerusform>
                <numerusform>The order of %Ln referrals was refunded. Their rewards are reversed in the ledger; this cannot be undone. Note:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>grapevine::ui::ReportsPage</name>
        <message numerus="yes">
            <source>Printed %n page(s)</source>
            <translation>
                <numerusform>Printed %n page</numerusform>
                <numerusform>Printed %n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>grapevine::ui::RewardDetailsPanel</name>
        <message numerus="yes">
            <source>Milestone: %Ln conversion(s)</source>
            <translation>
                <numerusform>Milestone: %Ln conversion</numerusform>
                <numerusform>Milestone: %Ln conversions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>grapevine::ui::RewardsPage</name>
        <message numerus="yes">
            <source>%Ln reward(s) approved.</source>
            <translation>
                <numerusform>%Ln reward approved.</numerusform>
                <numerusform>%Ln rewards approved.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln left as it was:</source>
            <translation>
                <numerusform>%Ln left as it was:</numerusform>
                <numerusform>%Ln left as it was:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %Ln reward(s) as issued under "%1"? The ledger keeps this for good; it cannot be undone.</source>
            <translation>
                <numerusform>Mark %Ln reward as issued under "%1"? The ledger keeps this for good; it cannot be undone.</numerusform>
                <numerusform>Mark %Ln rewards as issued under "%1"? The ledger keeps this for good; it cannot be undone.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln reward(s) marked issued.</source>
            <translation>
                <numerusform>%Ln reward marked issued.</numerusform>
                <numerusform>%Ln rewards marked issued.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Save the payout list of the %Ln reward(s) just issued as a CSV file?</source>
            <translation>
                <numerusform>Save the payout list of the %Ln reward just issued as a CSV file?</numerusform>
                <numerusform>Save the payout list of the %Ln rewards just issued as a CSV file?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Void %Ln reward(s)? The ledger keeps this for good; it cannot be undone.</source>
            <translation>
                <numerusform>Void %Ln reward? The ledger keeps this for good; it cannot be undone.</numerusform>
                <numerusform>Void %Ln rewards? The ledger keeps this for good; it cannot be undone.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln reward(s) voided.</source>
            <translation>
                <numerusform>%Ln reward voided.</numerusform>
                <numerusform>%Ln rewards voided.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln could not be voided:</source>
            <translation>
                <numerusform>%Ln could not be voided:</numerusform>
                <numerusform>%Ln could not be voided:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln reward(s) to %1.</source>
            <translation>
                <numerusform>Saved %Ln reward to %1.</numerusform>
                <numerusform>Saved %Ln rewards to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>grapevine::ui::SettingsDialog</name>
        <message numerus="yes">
            <source>%n channel(s); negative mentions answered within %1 hours</source>
            <translation>
                <numerusform>%n channel; negative mentions answered within %1 hours</numerusform>
                <numerusform>%n channels; negative mentions answered within %1 hours</numerusform>
            </translation>
        </message>
    </context>
</TS>
