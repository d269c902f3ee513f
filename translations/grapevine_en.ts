<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Campaign</name>
        <message numerus="yes">
            <source>Two milestones are set at %n converted referral(s).</source>
            <translation>
                <numerusform>Two milestones are set at %n converted referral.</numerusform>
                <numerusform>Two milestones are set at %n converted referrals.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CampaignStore</name>
        <message numerus="yes">
            <source>The campaign has %n referral(s); end it instead of deleting it.</source>
            <translation>
                <numerusform>The campaign has %n referral; end it instead of deleting it.</numerusform>
                <numerusform>The campaign has %n referrals; end it instead of deleting it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The campaign has %n reward(s); end it instead of deleting it.</source>
            <translation>
                <numerusform>The campaign has %n reward; end it instead of deleting it.</numerusform>
                <numerusform>The campaign has %n rewards; end it instead of deleting it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saving the milestone at %n converted referral(s)</source>
            <translation>
                <numerusform>Saving the milestone at %n converted referral</numerusform>
                <numerusform>Saving the milestone at %n converted referrals</numerusform>
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
</TS>
