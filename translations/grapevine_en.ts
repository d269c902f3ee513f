<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    </context>
</TS>
