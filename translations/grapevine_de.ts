<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Advocate</name>
    <message>
        <source>Give the advocate a name or an email address.</source>
        <translation>Geben Sie für den Markenbotschafter einen Namen oder eine E-Mail-Adresse an.</translation>
    </message>
    <message>
        <source>The NPS score must be a whole number from 0 to 10.</source>
        <translation>Der NPS-Wert muss eine ganze Zahl von 0 bis 10 sein.</translation>
    </message>
    <message>
        <source>The total spent cannot be negative.</source>
        <translation>Die Gesamtausgaben dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>The number of orders cannot be negative.</source>
        <translation>Die Anzahl der Bestellungen darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>An advocate cannot have referred themselves.</source>
        <translation>Ein Markenbotschafter kann sich nicht selbst empfohlen haben.</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>Ein Schlagwort darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influencer</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Anonymisiert</translation>
    </message>
</context>
<context>
    <name>AdvocateActivity</name>
    <message>
        <source>Computing the advocate&apos;s referrals</source>
        <translation>Berechnen der Empfehlungen des Markenbotschafters</translation>
    </message>
</context>
<context>
    <name>AdvocateBulkEditor</name>
    <message>
        <source>Type the name of the tag.</source>
        <translation>Geben Sie den Namen des Schlagworts ein.</translation>
    </message>
    <message>
        <source>Adding the tag &quot;%1&quot;</source>
        <translation>Hinzufügen des Schlagworts „%1“</translation>
    </message>
    <message>
        <source>Removing the tag &quot;%1&quot;</source>
        <translation>Entfernen des Schlagworts „%1“</translation>
    </message>
    <message>
        <source>Changing the kind of the advocates</source>
        <translation>Ändern des Typs der Markenbotschafter</translation>
    </message>
    <message>
        <source>Reading the kind of the advocates</source>
        <translation>Laden des Typs der Markenbotschafter</translation>
    </message>
    <message>
        <source>Reading the tags of the advocates</source>
        <translation>Laden der Schlagwörter der Markenbotschafter</translation>
    </message>
</context>
<context>
    <name>AdvocateCommands</name>
    <message>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Putting the advocates back…</source>
        <translation>Markenbotschafter werden wiederhergestellt…</translation>
    </message>
    <message>
        <source>Deleting the advocates again…</source>
        <translation>Markenbotschafter werden erneut gelöscht…</translation>
    </message>
</context>
<context>
    <name>AdvocateLookup</name>
    <message>
        <source>Looking up advocates</source>
        <translation>Suchen von Markenbotschaftern</translation>
    </message>
</context>
<context>
    <name>AdvocateSnapshot</name>
    <message>
        <source>The advocates changed since they were selected (an import or another window may have added referrals or rewards). Nothing was deleted; select them again and retry.</source>
        <translation>Die Markenbotschafter haben sich seit der Auswahl geändert (ein Import oder ein anderes Fenster hat eventuell Empfehlungen oder Prämien hinzugefügt). Es wurde nichts gelöscht. Wählen Sie sie erneut aus und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Restoring the deleted advocates</source>
        <translation>Wiederherstellen der gelöschten Markenbotschafter</translation>
    </message>
    <message>
        <source>Reading the advocates to delete</source>
        <translation>Laden der zu löschenden Markenbotschafter</translation>
    </message>
    <message>
        <source>The advocates no longer exist.</source>
        <translation>Die Markenbotschafter existieren nicht mehr.</translation>
    </message>
    <message>
        <source>Deleting the advocates</source>
        <translation>Löschen der Markenbotschafter</translation>
    </message>
</context>
<context>
    <name>AdvocateStamps</name>
    <message>
        <source>Remembering the advocates before the change</source>
        <translation>Sichern der Markenbotschafter vor der Änderung</translation>
    </message>
    <message>
        <source>Undoing the change</source>
        <translation>Rückgängigmachen der Änderung</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these advocates were changed elsewhere (in another Grapevine window or by an import) after this step, so undoing or redoing it now would throw those changes away. Nothing was changed.</source>
        <translation>
            <numerusform>%Ln dieser Markenbotschafter wurde nach diesem Schritt an anderer Stelle geändert (in einem anderen Grapevine-Fenster oder durch einen Import). Diesen Schritt jetzt rückgängig zu machen oder zu wiederholen, würde diese Änderung verwerfen. Es wurde nichts geändert.</numerusform>
            <numerusform>%Ln dieser Markenbotschafter wurden nach diesem Schritt an anderer Stelle geändert (in einem anderen Grapevine-Fenster oder durch einen Import). Diesen Schritt jetzt rückgängig zu machen oder zu wiederholen, würde diese Änderungen verwerfen. Es wurde nichts geändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdvocateStore</name>
    <message>
        <source>Another advocate already has the email address %1.</source>
        <translation>Ein anderer Markenbotschafter hat bereits die E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <source>The referral code %1 already belongs to another advocate.</source>
        <translation>Der Empfehlungscode %1 gehört bereits einem anderen Markenbotschafter.</translation>
    </message>
    <message>
        <source>Checking who referred the advocate</source>
        <translation>Prüfen des Empfehlungsgebers</translation>
    </message>
    <message>
        <source>The advocate chosen as referrer no longer exists.</source>
        <translation>Der als Empfehlungsgeber gewählte Markenbotschafter existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This would make a loop: the chosen referrer was (directly or indirectly) referred by this advocate.</source>
        <translation>Das ergäbe einen Kreislauf: Der gewählte Empfehlungsgeber wurde (direkt oder indirekt) von diesem Markenbotschafter empfohlen.</translation>
    </message>
    <message>
        <source>Saving the advocate</source>
        <translation>Speichern des Markenbotschafters</translation>
    </message>
    <message>
        <source>Reading the advocate</source>
        <translation>Laden des Markenbotschafters</translation>
    </message>
    <message>
        <source>The advocate no longer exists.</source>
        <translation>Der Markenbotschafter existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Reading the advocate&apos;s tags</source>
        <translation>Laden der Schlagwörter des Markenbotschafters</translation>
    </message>
    <message>
        <source>The advocate has not been saved yet.</source>
        <translation>Der Markenbotschafter wurde noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Restoring the advocate</source>
        <translation>Wiederherstellen des Markenbotschafters</translation>
    </message>
    <message>
        <source>Deleting the advocate</source>
        <translation>Löschen des Markenbotschafters</translation>
    </message>
    <message>
        <source>Saving the tags</source>
        <translation>Speichern der Schlagwörter</translation>
    </message>
    <message>
        <source>Saving the tag &quot;%1&quot;</source>
        <translation>Speichern des Schlagworts „%1“</translation>
    </message>
    <message>
        <source>Looking up the email address</source>
        <translation>Suchen der E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Looking up the referral code</source>
        <translation>Suchen des Empfehlungscodes</translation>
    </message>
    <message>
        <source>Counting advocates</source>
        <translation>Zählen der Markenbotschafter</translation>
    </message>
    <message>
        <source>Counting what goes with the advocates</source>
        <translation>Zählen der zugehörigen Daten der Markenbotschafter</translation>
    </message>
    <message>
        <source>No free referral code could be found. Type one by hand.</source>
        <translation>Es wurde kein freier Empfehlungscode gefunden. Geben Sie einen von Hand ein.</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere (in another Grapevine window or by an import) after you opened it. Your changes were not saved, so that neither is lost: note what you typed, choose Revert to see the other changes, and edit again.</source>
        <translation>„%1“ wurde an anderer Stelle geändert (in einem anderen Grapevine-Fenster oder durch einen Import), nachdem Sie den Datensatz geöffnet haben. Ihre Änderungen wurden nicht gespeichert, damit keine verloren geht: Notieren Sie, was Sie eingegeben haben, wählen Sie „Zurücksetzen“, um die anderen Änderungen zu sehen, und bearbeiten Sie erneut.</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere (in another Grapevine window or by an import) after this step, so undoing or redoing it now would throw that change away. Nothing was changed; edit the advocate by hand if needed.</source>
        <translation>„%1“ wurde nach diesem Schritt an anderer Stelle geändert (in einem anderen Grapevine-Fenster oder durch einen Import). Diesen Schritt jetzt rückgängig zu machen oder zu wiederholen, würde diese Änderung verwerfen. Es wurde nichts geändert; bearbeiten Sie den Markenbotschafter bei Bedarf von Hand.</translation>
    </message>
</context>
<context>
    <name>AdvocateTableModel</name>
    <message>
        <source>The advocates could not be read: %1</source>
        <translation>Die Markenbotschafter konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The advocates could not be counted: %1</source>
        <translation>Die Markenbotschafter konnten nicht gezählt werden: %1</translation>
    </message>
</context>
<context>
    <name>BusinessSettings</name>
    <message>
        <source>The currency must be a three-letter ISO code such as EUR or USD.</source>
        <translation>Die Währung muss ein dreistelliger ISO-Code wie EUR oder USD sein.</translation>
    </message>
    <message>
        <source>The value of a point cannot be negative.</source>
        <translation>Der Wert eines Punkts darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The baseline cost per customer cannot be negative.</source>
        <translation>Die Vergleichskosten pro Kunde dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>The response target must be between 1 hour and 90 days.</source>
        <translation>Die Antwortfrist muss zwischen 1 Stunde und 90 Tagen liegen.</translation>
    </message>
</context>
<context>
    <name>Campaign</name>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Geben Sie der Kampagne einen Namen.</translation>
    </message>
    <message>
        <source>The campaign must end on or after the day it starts.</source>
        <translation>Die Kampagne muss am Starttag oder danach enden.</translation>
    </message>
    <message>
        <source>A reward value cannot be negative.</source>
        <translation>Ein Prämienwert darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>A percentage discount can be at most 100%.</source>
        <translation>Ein Prozentrabatt darf höchstens 100 % betragen.</translation>
    </message>
    <message>
        <source>The minimum order value cannot be negative.</source>
        <translation>Der Mindestbestellwert darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The cap on rewards cannot be negative.</source>
        <translation>Die Obergrenze für Prämien darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>Das Budget darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The hold period cannot be negative.</source>
        <translation>Die Wartezeit darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The attribution window cannot be negative.</source>
        <translation>Der Zuordnungszeitraum darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>A milestone needs at least 1 converted referral.</source>
        <translation>Ein Meilenstein erfordert mindestens 1 konvertierte Empfehlung.</translation>
    </message>
    <message>
        <source>A milestone needs a reward.</source>
        <translation>Ein Meilenstein braucht eine Prämie.</translation>
    </message>
    <message>
        <source>A milestone reward value is out of range.</source>
        <translation>Ein Prämienwert eines Meilensteins liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message numerus="yes">
        <source>Two milestones are set at %Ln converted referral(s).</source>
        <translation>
            <numerusform>Zwei Meilensteine liegen bei %Ln konvertierten Empfehlung.</numerusform>
            <numerusform>Zwei Meilensteine liegen bei %Ln konvertierten Empfehlungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This campaign offers a reward, so it needs a disclosure text before it can be activated.</source>
        <translation>Diese Kampagne bietet eine Prämie und braucht daher einen Transparenzhinweis, bevor sie aktiviert werden kann.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>No reward</source>
        <translation>Keine Prämie</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Percentage discount</source>
        <translation>Prozentrabatt</translation>
    </message>
    <message>
        <source>Fixed discount</source>
        <translation>Festbetragsrabatt</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Geldprämie</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
</context>
<context>
    <name>CampaignCommands</name>
    <message>
        <source>Create “%1”</source>
        <translation>„%1“ anlegen</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Add Cost “%1”</source>
        <translation>Kosten „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove Cost “%1”</source>
        <translation>Kosten „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>CampaignCost</name>
    <message>
        <source>A cost must belong to a campaign.</source>
        <translation>Ein Kostenposten muss zu einer Kampagne gehören.</translation>
    </message>
    <message>
        <source>Say on which day the cost was incurred.</source>
        <translation>Geben Sie an, an welchem Tag die Kosten angefallen sind.</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>Kosten dürfen nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>CampaignCostStore</name>
    <message>
        <source>Checking the cost&apos;s campaign</source>
        <translation>Prüfen der Kampagne des Kostenpostens</translation>
    </message>
    <message>
        <source>The campaign of this cost no longer exists.</source>
        <translation>Die Kampagne dieses Kostenpostens existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Saving the cost</source>
        <translation>Speichern des Kostenpostens</translation>
    </message>
    <message>
        <source>Reading the cost</source>
        <translation>Laden des Kostenpostens</translation>
    </message>
    <message>
        <source>The cost no longer exists.</source>
        <translation>Der Kostenposten existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The cost has not been saved yet.</source>
        <translation>Der Kostenposten wurde noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Deleting the cost</source>
        <translation>Löschen des Kostenpostens</translation>
    </message>
    <message>
        <source>Reading the campaign&apos;s costs</source>
        <translation>Laden der Kosten der Kampagne</translation>
    </message>
</context>
<context>
    <name>CampaignSnapshot</name>
    <message>
        <source>Reading the campaign</source>
        <translation>Laden der Kampagne</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>Die Kampagne existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Putting the campaign back</source>
        <translation>Wiederherstellen der Kampagne</translation>
    </message>
    <message>
        <source>Saving the campaign</source>
        <translation>Speichern der Kampagne</translation>
    </message>
    <message>
        <source>The campaign “%1” was changed elsewhere (in another Grapevine window) after this step, so undoing or redoing it now would throw that change away. Nothing was changed; edit the campaign by hand if needed.</source>
        <translation>Die Kampagne „%1“ wurde nach diesem Schritt an anderer Stelle geändert (in einem anderen Grapevine-Fenster). Diesen Schritt jetzt rückgängig zu machen oder zu wiederholen, würde diese Änderung verwerfen. Es wurde nichts geändert; bearbeiten Sie die Kampagne bei Bedarf von Hand.</translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>Saving the campaign</source>
        <translation>Speichern der Kampagne</translation>
    </message>
    <message>
        <source>Reading the campaign</source>
        <translation>Laden der Kampagne</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>Die Kampagne existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Reading the campaign&apos;s milestones</source>
        <translation>Laden der Meilensteine der Kampagne</translation>
    </message>
    <message>
        <source>The campaign has not been saved yet.</source>
        <translation>Die Kampagne wurde noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Deleting the campaign</source>
        <translation>Löschen der Kampagne</translation>
    </message>
    <message numerus="yes">
        <source>The campaign has %Ln referral(s); end it instead of deleting it.</source>
        <translation>
            <numerusform>Die Kampagne hat %Ln Empfehlung; beenden Sie sie, statt sie zu löschen.</numerusform>
            <numerusform>Die Kampagne hat %Ln Empfehlungen; beenden Sie sie, statt sie zu löschen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The campaign has %Ln reward(s); end it instead of deleting it.</source>
        <translation>
            <numerusform>Die Kampagne hat %Ln Prämie; beenden Sie sie, statt sie zu löschen.</numerusform>
            <numerusform>Die Kampagne hat %Ln Prämien; beenden Sie sie, statt sie zu löschen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the campaigns&apos; milestones</source>
        <translation>Laden der Meilensteine der Kampagnen</translation>
    </message>
    <message>
        <source>Reading the campaigns</source>
        <translation>Laden der Kampagnen</translation>
    </message>
    <message>
        <source>Saving the milestones</source>
        <translation>Speichern der Meilensteine</translation>
    </message>
    <message numerus="yes">
        <source>Saving the milestone at %Ln converted referral(s)</source>
        <translation>
            <numerusform>Speichern des Meilensteins bei %Ln konvertierten Empfehlung</numerusform>
            <numerusform>Speichern des Meilensteins bei %Ln konvertierten Empfehlungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign “%1” was changed elsewhere (in another Grapevine window) after you opened it. Your changes were not saved, so that neither is lost: note what you typed, choose Revert to see the other changes, and edit again.</source>
        <translation>Die Kampagne „%1“ wurde an anderer Stelle geändert (in einem anderen Grapevine-Fenster), nachdem Sie sie geöffnet haben. Ihre Änderungen wurden nicht gespeichert, damit keine verloren geht: Notieren Sie, was Sie eingegeben haben, wählen Sie „Zurücksetzen“, um die anderen Änderungen zu sehen, und bearbeiten Sie erneut.</translation>
    </message>
</context>
<context>
    <name>CampaignSummary</name>
    <message>
        <source>Adding up the campaigns&apos; results</source>
        <translation>Summieren der Kampagnenergebnisse</translation>
    </message>
</context>
<context>
    <name>CampaignTemplates</name>
    <message>
        <source>Blank Campaign</source>
        <translation>Leere Kampagne</translation>
    </message>
    <message>
        <source>Refer a Friend</source>
        <translation>Freunde werben Freunde</translation>
    </message>
    <message>
        <source>Milestone Ladder</source>
        <translation>Prämienstaffel</translation>
    </message>
    <message>
        <source>Staff Advocacy</source>
        <translation>Mitarbeiter empfehlen</translation>
    </message>
    <message>
        <source>Start from an empty campaign and set every rule yourself.</source>
        <translation>Beginnen Sie mit einer leeren Kampagne und legen Sie alle Regeln selbst fest.</translation>
    </message>
    <message>
        <source>Both sides win: store credit for the advocate, a discount on the friend&apos;s first order.</source>
        <translation>Beide Seiten profitieren: Guthaben für den Markenbotschafter, ein Rabatt auf die erste Bestellung des Freundes.</translation>
    </message>
    <message>
        <source>Growing rewards for advocates at 1, 3 and 5 friends who became customers.</source>
        <translation>Wachsende Prämien für Markenbotschafter bei 1, 3 und 5 Freunden, die Kunden geworden sind.</translation>
    </message>
    <message>
        <source>Your employees share a friends-and-family discount and earn points for each sign-up.</source>
        <translation>Ihre Mitarbeiter geben einen Rabatt für Freunde und Familie weiter und sammeln Punkte für jede Registrierung.</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>Refer a friend</source>
        <translation>Freunde werben Freunde</translation>
    </message>
    <message>
        <source>Advocates share their personal link; when a friend places a first order, the friend saves on it and the advocate earns store credit.</source>
        <translation>Markenbotschafter teilen ihren persönlichen Link. Bestellt ein Freund zum ersten Mal, spart er dabei, und der Markenbotschafter erhält Guthaben.</translation>
    </message>
    <message>
        <source>Store credit for each friend who buys</source>
        <translation>Guthaben für jeden Freund, der kauft</translation>
    </message>
    <message>
        <source>Off the first order</source>
        <translation>Rabatt auf die erste Bestellung</translation>
    </message>
    <message>
        <source>Milestone ladder</source>
        <translation>Prämienstaffel</translation>
    </message>
    <message>
        <source>The more friends an advocate brings, the bigger the thank-you: rewards at 1, 3 and 5 friends who became customers.</source>
        <translation>Je mehr Freunde ein Markenbotschafter mitbringt, desto größer das Dankeschön: Prämien bei 1, 3 und 5 Freunden, die Kunden geworden sind.</translation>
    </message>
    <message>
        <source>Thank-you credit for the first friend</source>
        <translation>Dankeschön-Guthaben für den ersten Freund</translation>
    </message>
    <message>
        <source>Credit for three friends</source>
        <translation>Guthaben für drei Freunde</translation>
    </message>
    <message>
        <source>A gift box for five friends</source>
        <translation>Eine Geschenkbox für fünf Freunde</translation>
    </message>
    <message>
        <source>Staff advocacy</source>
        <translation>Mitarbeiter empfehlen</translation>
    </message>
    <message>
        <source>Employees share a friends-and-family discount with the people they know and earn points for each friend who signs up.</source>
        <translation>Mitarbeiter geben einen Rabatt für Freunde und Familie an ihre Bekannten weiter und sammeln Punkte für jeden Freund, der sich registriert.</translation>
    </message>
    <message>
        <source>Points for each friend who signs up</source>
        <translation>Punkte für jeden Freund, der sich registriert</translation>
    </message>
    <message>
        <source>Friends-and-family discount</source>
        <translation>Rabatt für Freunde und Familie</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln Punkt</numerusform>
            <numerusform>%Ln Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in store credit</source>
        <translation>%1 Guthaben</translation>
    </message>
    <message>
        <source>%1% off</source>
        <extracomment>%1 is a number, e.g. &quot;15&quot; or &quot;12.5&quot;</extracomment>
        <translation>%1 % Rabatt</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 Rabatt</translation>
    </message>
    <message>
        <source>%1 in cash</source>
        <translation>%1 in bar</translation>
    </message>
    <message>
        <source>a gift worth %1</source>
        <translation>ein Geschenk im Wert von %1</translation>
    </message>
    <message>
        <source>a gift (%1)</source>
        <translation>ein Geschenk (%1)</translation>
    </message>
    <message>
        <source>a gift</source>
        <translation>ein Geschenk</translation>
    </message>
    <message>
        <source>I get %1 when you sign up through my link.</source>
        <translation>Ich erhalte %1, wenn du dich über meinen Link registrierst.</translation>
    </message>
    <message>
        <source>I get %1 when you make your first purchase through my link.</source>
        <translation>Ich erhalte %1, wenn du über meinen Link zum ersten Mal einkaufst.</translation>
    </message>
    <message numerus="yes">
        <source>%1 after %Ln friend(s)</source>
        <extracomment>One step of a reward ladder: &quot;$5.00 in store credit after 1 friend&quot;</extracomment>
        <translation>
            <numerusform>%1 ab %Ln Freund</numerusform>
            <numerusform>%1 ab %Ln Freunden</numerusform>
        </translation>
    </message>
    <message>
        <source>I earn rewards when friends I refer become customers: %1.</source>
        <extracomment>%1 lists the steps, e.g. &quot;$5.00 in store credit after 1 friend, and a gift after 5 friends&quot;</extracomment>
        <translation>Ich erhalte Prämien, wenn von mir geworbene Freunde Kunden werden: %1.</translation>
    </message>
    <message>
        <source>You get %1 when you sign up.</source>
        <translation>Du erhältst %1, wenn du dich registrierst.</translation>
    </message>
    <message>
        <source>You get %1 on your first purchase.</source>
        <translation>Du erhältst %1 bei deinem ersten Einkauf.</translation>
    </message>
    <message>
        <source>I recommend this because I like it; I get nothing for it.</source>
        <translation>Ich empfehle das, weil es mir gefällt; ich bekomme nichts dafür.</translation>
    </message>
    <message>
        <source>This is my referral link. %1</source>
        <translation>Das ist mein Empfehlungslink. %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Created: a new, empty database</source>
        <translation>Angelegt: eine neue, leere Datenbank</translation>
    </message>
    <message>
        <source>Updated: from schema version %1; copy of the old file at %2</source>
        <translation>Aktualisiert: von Schemaversion %1; Kopie der alten Datei unter %2</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversion: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integrität: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>PROBLEMS FOUND</source>
        <translation>PROBLEME GEFUNDEN</translation>
    </message>
    <message>
        <source>Foreign keys: %1</source>
        <translation>Fremdschlüssel: %1</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>The database has problems (see above). Restore it from a backup copy.</source>
        <translation>Die Datenbank hat Probleme (siehe oben). Stellen Sie sie aus einer Sicherungskopie wieder her.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation>--%1 braucht eine ganze Zahl ab 0, nicht „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. The demo only creates new files; choose another name.</source>
        <translation>„%1“ existiert bereits. Die Demo legt nur neue Dateien an; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Generating: %1%</source>
        <translation>Erzeugen: %1 %</translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation>Markenbotschafter</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Prämien</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Created the demo database %1</source>
        <translation>Demo-Datenbank %1 angelegt</translation>
    </message>
    <message>
        <source>Seconds: %1</source>
        <translation>Sekunden: %1</translation>
    </message>
    <message>
        <source>The database file (default: the app&apos;s default database).</source>
        <translation>Die Datenbankdatei (Standard: die Standarddatenbank der App).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>demo: how many advocates (default 1000).</source>
        <translation>demo: wie viele Markenbotschafter (Standard 1000).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>demo: how many referrals (default 1500).</source>
        <translation>demo: wie viele Empfehlungen (Standard 1500).</translation>
    </message>
    <message>
        <source>demo: how many mentions (default 300).</source>
        <translation>demo: wie viele Erwähnungen (Standard 300).</translation>
    </message>
    <message>
        <source>demo: the random seed; the same seed gives the same data (default 1).</source>
        <translation>demo: der Startwert für den Zufall; derselbe Wert ergibt dieselben Daten (Standard 1).</translation>
    </message>
    <message>
        <source>import: the file&apos;s encoding (UTF-8, UTF-16LE, windows-1252, ISO-8859-15, macintosh…); detected when not given.</source>
        <translation>import: die Zeichenkodierung der Datei (UTF-8, UTF-16LE, windows-1252, ISO-8859-15, macintosh…); wird erkannt, wenn nicht angegeben.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>import: the delimiter, one of , ; tab | (detected when not given).</source>
        <translation>import: das Trennzeichen, eines von , ; tab | (wird erkannt, wenn nicht angegeben).</translation>
    </message>
    <message>
        <source>char</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>import: how dates are written: dmy (31/12/2026), mdy (12/31/2026) or ymd (2026-12-31). Needed when the file&apos;s dates could be read either way.</source>
        <translation>import: wie Datumsangaben geschrieben sind: dmy (31/12/2026), mdy (12/31/2026) oder ymd (2026-12-31). Nötig, wenn die Datumsangaben der Datei auf beide Arten gelesen werden könnten.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>import: a saved column mapping&apos;s name, or the mapping itself: &quot;email=E-Mail, first_name=Vorname&quot;.</source>
        <translation>import: der Name einer gespeicherten Spaltenzuordnung oder die Zuordnung selbst: &quot;email=E-Mail, first_name=Vorname&quot;.</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>import: for people already in the database: update (default), skip, or fill (only empty fields).</source>
        <translation>import: für Personen, die schon in der Datenbank sind: update (Standard), skip oder fill (nur leere Felder füllen).</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>import: do everything, report it, and keep nothing.</source>
        <translation>import: alles durchführen, das Ergebnis melden und nichts behalten.</translation>
    </message>
    <message>
        <source>import: write the rejected rows, with the reason first, to this CSV (fix it and import it again).</source>
        <translation>import: die abgelehnten Zeilen mit dem Grund vorneweg in diese CSV-Datei schreiben (korrigieren und erneut importieren).</translation>
    </message>
    <message>
        <source>export: leave out the byte order mark (for programs that do not expect one).</source>
        <translation>export: die Byte Order Mark weglassen (für Programme, die keine erwarten).</translation>
    </message>
    <message>
        <source>import: print the result as one JSON object.</source>
        <translation>import: das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>report: one campaign, by its number or name (default: all).</source>
        <translation>report: eine Kampagne, nach Nummer oder Name (Standard: alle).</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>report: the first day, YYYY-MM-DD.</source>
        <translation>report: der erste Tag, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>report: the last day, YYYY-MM-DD (included).</source>
        <translation>report: der letzte Tag, YYYY-MM-DD (einschließlich).</translation>
    </message>
    <message>
        <source>report: pdf, html, csv or json.</source>
        <translation>report: pdf, html, csv oder json.</translation>
    </message>
    <message>
        <source>Run grapevine-cli --help for the commands and options.</source>
        <translation>Mit grapevine-cli --help erhalten Sie die Befehle und Optionen.</translation>
    </message>
    <message>
        <source>Say what to do, for example: grapevine-cli --db business.sqlite check</source>
        <translation>Geben Sie an, was zu tun ist, zum Beispiel: grapevine-cli --db business.sqlite check</translation>
    </message>
    <message>
        <source>report takes --format, --out, --campaign, --from and --to.</source>
        <translation>report akzeptiert --format, --out, --campaign, --from und --to.</translation>
    </message>
    <message>
        <source>--campaign, --from, --to and --format belong to the report command.</source>
        <translation>--campaign, --from, --to und --format gehören zum Befehl report.</translation>
    </message>
    <message>
        <source>Say what to export, for example: grapevine-cli export advocates --out advocates.csv</source>
        <translation>Geben Sie an, was exportiert werden soll, zum Beispiel: grapevine-cli export advocates --out advocates.csv</translation>
    </message>
    <message>
        <source>export takes --out, --delimiter and --no-bom.</source>
        <translation>export akzeptiert --out, --delimiter und --no-bom.</translation>
    </message>
    <message>
        <source>--no-bom belongs to the export command.</source>
        <translation>--no-bom gehört zum Befehl export.</translation>
    </message>
    <message>
        <source>--encoding, --delimiter, --date-format, --mapping, --on-duplicate, --dry-run, --rejected-out and --json belong to the import command.</source>
        <translation>--encoding, --delimiter, --date-format, --mapping, --on-duplicate, --dry-run, --rejected-out und --json gehören zum Befehl import.</translation>
    </message>
    <message>
        <source>--out, --advocates, --referrals, --mentions and --seed belong to the demo command.</source>
        <translation>--out, --advocates, --referrals, --mentions und --seed gehören zum Befehl demo.</translation>
    </message>
    <message>
        <source>The demo writes a new file given with --out, never the --db database.</source>
        <translation>Die Demo schreibt eine neue, mit --out angegebene Datei, niemals die Datenbank von --db.</translation>
    </message>
    <message>
        <source>Say which new file to create, for example: grapevine-cli demo --out demo.sqlite</source>
        <translation>Geben Sie an, welche neue Datei angelegt werden soll, zum Beispiel: grapevine-cli demo --out demo.sqlite</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295, not &quot;%1&quot;.</source>
        <translation>--seed braucht eine ganze Zahl von 0 bis 4294967295, nicht „%1“.</translation>
    </message>
    <message>
        <source>Say what to import and from which file, for example: grapevine-cli --db business.sqlite import customers customers.csv</source>
        <translation>Geben Sie an, was aus welcher Datei importiert werden soll, zum Beispiel: grapevine-cli --db business.sqlite import customers customers.csv</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run grapevine-cli --help for the list of commands.</source>
        <translation>Unbekannter Befehl „%1“. Mit grapevine-cli --help erhalten Sie die Liste der Befehle.</translation>
    </message>
    <message>
        <source>The database is read-only (%1); nothing can be imported or undone.</source>
        <translation>Die Datenbank ist schreibgeschützt (%1); es kann nichts importiert oder rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>  row %1: %2</source>
        <translation>  Zeile %1: %2</translation>
    </message>
    <message>
        <source>  row %1, %2: %3</source>
        <translation>  Zeile %1, %2: %3</translation>
    </message>
    <message>
        <source>Importing: %1 rows (%2 rows a second)</source>
        <translation>Importieren: %1 Zeilen (%2 Zeilen pro Sekunde)</translation>
    </message>
    <message>
        <source>Importing: %1% — %2 rows, %3 rows a second, about %4 s left</source>
        <translation>Importieren: %1 % – %2 Zeilen, %3 Zeilen pro Sekunde, noch etwa %4 s</translation>
    </message>
    <message>
        <source>--delimiter takes , ; tab or | (or the words comma, semicolon, pipe), not &quot;%1&quot;.</source>
        <translation>--delimiter akzeptiert , ; tab oder | (oder die Wörter comma, semicolon, pipe), nicht „%1“.</translation>
    </message>
    <message>
        <source>--date-format takes dmy (DD/MM/YYYY), mdy (MM/DD/YYYY) or ymd (YYYY-MM-DD), not &quot;%1&quot;.</source>
        <translation>--date-format akzeptiert dmy (DD/MM/YYYY), mdy (MM/DD/YYYY) oder ymd (YYYY-MM-DD), nicht „%1“.</translation>
    </message>
    <message>
        <source>--on-duplicate takes update, skip or fill, not &quot;%1&quot;.</source>
        <translation>--on-duplicate akzeptiert update, skip oder fill, nicht „%1“.</translation>
    </message>
    <message>
        <source>Say what the file holds: customers, referrals (or orders) or mentions, not &quot;%1&quot;.</source>
        <translation>Geben Sie an, was die Datei enthält: customers, referrals (oder orders) oder mentions, nicht „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no saved column mapping called &quot;%1&quot;. Saved mappings: %2.</source>
        <translation>Es gibt keine gespeicherte Spaltenzuordnung namens „%1“. Gespeicherte Zuordnungen: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The file has no column called: %1.</source>
        <translation>Die Datei hat keine Spalte namens: %1.</translation>
    </message>
    <message>
        <source>For example: --date-format dmy</source>
        <translation>Zum Beispiel: --date-format dmy</translation>
    </message>
    <message>
        <source>Dry run of %1 (%2, delimiter %3): nothing was changed.</source>
        <translation>Probelauf von %1 (%2, Trennzeichen %3): Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Imported %1 (%2, delimiter %3) as import %4.</source>
        <translation>%1 importiert (%2, Trennzeichen %3) als Import %4.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Abgelehnte Zeilen:</translation>
    </message>
    <message>
        <source>  … and more; --rejected-out FILE writes every rejected row with its reason.</source>
        <translation>  … und weitere; --rejected-out DATEI schreibt jede abgelehnte Zeile mit ihrem Grund.</translation>
    </message>
    <message>
        <source>Imported with a remark:</source>
        <translation>Mit einem Hinweis importiert:</translation>
    </message>
    <message>
        <source>To take this import back: grapevine-cli --db &quot;%1&quot; undo-import %2</source>
        <translation>So machen Sie diesen Import rückgängig: grapevine-cli --db &quot;%1&quot; undo-import %2</translation>
    </message>
    <message>
        <source>undo-import needs the number of an import (see grapevine-cli imports), not &quot;%1&quot;.</source>
        <translation>undo-import braucht die Nummer eines Imports (siehe grapevine-cli imports), nicht „%1“.</translation>
    </message>
    <message>
        <source>Import %1 undone: %2 records deleted, %3 put back as they were.</source>
        <translation>Import %1 rückgängig gemacht: %2 Datensätze gelöscht, %3 wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 values edited after the import were kept.</source>
        <translation>%1 nach dem Import bearbeitete Werte wurden beibehalten.</translation>
    </message>
    <message>
        <source>The import history cannot be read.</source>
        <translation>Der Importverlauf kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>  #  started (local time)  kind       status      rows  created  updated  skipped  rejected  file</source>
        <translation>  #  Beginn (Ortszeit)     Art        Status     Zeilen angelegt geändert  übersp. abgelehnt  Datei</translation>
    </message>
    <message>
        <source>Say what to export: advocates, referrals, rewards or mentions, not &quot;%1&quot;.</source>
        <translation>Geben Sie an, was exportiert werden soll: advocates, referrals, rewards oder mentions, nicht „%1“.</translation>
    </message>
    <message>
        <source>Say which file to write, for example: grapevine-cli export advocates --out advocates.csv</source>
        <translation>Geben Sie an, welche Datei geschrieben werden soll, zum Beispiel: grapevine-cli export advocates --out advocates.csv</translation>
    </message>
    <message>
        <source>Exporting: %1 of %2 rows</source>
        <translation>Exportieren: %1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>Wrote %1 %2 to %3.</source>
        <translation>%1 Datensätze (%2) in %3 geschrieben.</translation>
    </message>
    <message>
        <source>There is no campaign &quot;%1&quot;. Campaigns: %2.</source>
        <translation>Es gibt keine Kampagne „%1“. Kampagnen: %2.</translation>
    </message>
    <message>
        <source>Say which format: --format pdf, html, csv or json.</source>
        <translation>Geben Sie das Format an: --format pdf, html, csv oder json.</translation>
    </message>
    <message>
        <source>--format takes pdf, html, csv or json, not &quot;%1&quot;.</source>
        <translation>--format akzeptiert pdf, html, csv oder json, nicht „%1“.</translation>
    </message>
    <message>
        <source>Say where to write the report: --out FILE.</source>
        <translation>Geben Sie an, wohin der Bericht geschrieben werden soll: --out DATEI.</translation>
    </message>
    <message>
        <source>--from takes a date written 2026-04-01, not &quot;%1&quot;.</source>
        <translation>--from akzeptiert ein Datum in der Form 2026-04-01, nicht „%1“.</translation>
    </message>
    <message>
        <source>--to takes a date written 2026-04-30, not &quot;%1&quot;.</source>
        <translation>--to akzeptiert ein Datum in der Form 2026-04-30, nicht „%1“.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it begins (%2).</source>
        <translation>Der Zeitraum endet (%1), bevor er beginnt (%2).</translation>
    </message>
    <message>
        <source>Wrote the report to %1</source>
        <translation>Bericht in %1 geschrieben</translation>
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
  bulk-edit add-tag NAME|remove-tag NAME|set-kind KIND
           Give every advocate (all but erased ones) the tag, take it from them,
           or make them all customers, partners, employees, influencers or other.
  backup [--out FILE]
           Today&apos;s backup copy in the app&apos;s backup folder (what the app makes once a
           day), or a copy at FILE. A consistent copy even while the app is open.
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
        <translation>Grapevine auf der Kommandozeile.

Befehle:
  check    Öffnet die Datenbank genau wie die App (legt sie an oder aktualisiert sie),
           führt die Integritäts- und Fremdschlüsselprüfung von SQLite aus und gibt
           die Schemaversion und die Zeilenzahl jeder Tabelle aus.
  demo     Legt eine neue Datenbank --out DATEI an, gefüllt mit einem erfundenen
           Betrieb (Demo Bakery): Markenbotschafter, Kampagnen, Empfehlungen, Prämien
           und Erwähnungen, bei gleichem --seed immer dieselben. Größen: --advocates
           (1000), --referrals (1500), --mentions (300). Eine vorhandene DATEI wird nie
           angetastet.
  import customers|referrals|mentions DATEI.csv
           customers: ein Kundenexport (Shopify, WooCommerce, HubSpot, Mailchimp, eine
           Tabelle…) als Markenbotschafter. Eine Person ist ihre E-Mail-Adresse: Wer
           schon vorhanden ist, wird aktualisiert, nie doppelt angelegt.
           referrals (oder orders): die Bestellungen eines Shops; die Bestellung eines
           Freundes konvertiert seine Empfehlung, der Code eines Markenbotschafters
           oder eine Spalte „Referred By“ erfasst eine neue.
           mentions: ein Export aus einem Social-Listening-Tool oder von Bewertungen.
           Spalten werden an ihren Namen erkannt. Abgelehnte Zeilen werden mit ihrem
           Grund aufgelistet; der Rest wird importiert. Dieselbe Datei ein zweites Mal
           ändert nichts.
  undo-import N
           Macht Import Nummer N rückgängig: Was er angelegt hat, wird gelöscht, was
           er geändert hat, wird wiederhergestellt (seitdem bearbeitete Werte bleiben).
  imports  Listet die Importe auf: wann, welche Datei, was jeder bewirkt hat.
  bulk-edit add-tag NAME|remove-tag NAME|set-kind KIND
           Gibt allen Markenbotschaftern (außer anonymisierten) das Schlagwort, nimmt es
           ihnen oder macht sie alle zu customer, partner, employee, influencer oder other.
  backup [--out DATEI]
           Die heutige Sicherungskopie im Sicherungsordner der App (die die App einmal am
           Tag anlegt) oder eine Kopie in DATEI. Eine stimmige Kopie, auch bei offener App.
  export advocates|referrals|rewards|mentions --out DATEI.csv
           Schreibt alle Datensätze dieser Art in eine CSV-Datei (UTF-8 mit Byte Order
           Mark, damit Excel Umlaute richtig anzeigt; --no-bom lässt sie weg;
           --delimiter ; für Excel in weiten Teilen Europas). Datumsangaben sind im
           Format ISO 8601, Beträge einfache Dezimalzahlen, und Zellen, die eine
           Tabellenkalkulation als Formel ausführen würde, werden entschärft.
  report --format pdf|html|csv|json --out DATEI [--campaign ID|NAME] [--from DATUM] [--to DATUM]
           Die Kennzahlen aller Kampagnen oder einer einzelnen, für die Tage von --from
           bis --to (YYYY-MM-DD, beide einschließlich; Standard: alles bis heute).
           pdf und html: der ganze Bericht mit Diagrammen, wie ihn die Seite „Berichte“
           erstellt. csv und json: nur die Zahlen, Geldbeträge in der kleinsten Einheit
           (Cent); ein nicht definiertes Verhältnis ist null (JSON) oder leer.</translation>
    </message>
    <message>
        <source>demo: the new database file to create; export, report, backup: the file to write.</source>
        <translation>demo: die neue Datenbankdatei, die angelegt wird; export, report, backup: die Datei, die geschrieben wird.</translation>
    </message>
    <message>
        <source>What to do: check, demo, import, undo-import, imports, bulk-edit, backup, export or report.</source>
        <translation>Was zu tun ist: check, demo, import, undo-import, imports, bulk-edit, backup, export oder report.</translation>
    </message>
    <message>
        <source>backup takes --out.</source>
        <translation>backup akzeptiert --out.</translation>
    </message>
    <message>
        <source>bulk-edit does add-tag NAME, remove-tag NAME or set-kind KIND, not &quot;%1&quot;.</source>
        <translation>bulk-edit kann add-tag NAME, remove-tag NAME oder set-kind TYP, nicht „%1“.</translation>
    </message>
    <message>
        <source>set-kind takes customer, partner, employee, influencer or other, not &quot;%1&quot;.</source>
        <translation>set-kind akzeptiert customer, partner, employee, influencer oder other, nicht „%1“.</translation>
    </message>
    <message>
        <source>The database is read-only (%1); nothing can be changed.</source>
        <translation>Die Datenbank ist schreibgeschützt (%1); es kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>The advocates cannot be read.</source>
        <translation>Die Markenbotschafter können nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n advocate(s).</source>
        <translation>
            <numerusform>%n Markenbotschafter geändert.</numerusform>
            <numerusform>%n Markenbotschafter geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no database &quot;%1&quot; to back up.</source>
        <translation>Es gibt keine Datenbank „%1“, die gesichert werden könnte.</translation>
    </message>
    <message>
        <source>The copy must be another file than the database itself.</source>
        <translation>Die Kopie muss eine andere Datei als die Datenbank selbst sein.</translation>
    </message>
    <message>
        <source>Copied to %1</source>
        <translation>Kopiert nach %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert in %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup was already there: %1</source>
        <translation>Die heutige Sicherung war schon vorhanden: %1</translation>
    </message>
</context>
<context>
    <name>ColumnMatcher</name>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Marketing-Einwilligung</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Gesamtausgaben</translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation>Anzahl der Bestellungen</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>Empfehlungscode</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>NPS score</source>
        <translation>NPS-Wert</translation>
    </message>
</context>
<context>
    <name>CsvEncoding</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16, little-endian)</source>
        <translation>Unicode (UTF-16, Little Endian)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16, big-endian)</source>
        <translation>Unicode (UTF-16, Big Endian)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Westeuropäisch (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation>Westeuropäisch (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Western European with € (ISO-8859-15)</source>
        <translation>Westeuropäisch mit € (ISO-8859-15)</translation>
    </message>
    <message>
        <source>Western European (Mac Roman)</source>
        <translation>Westeuropäisch (Mac Roman)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>“%1” is not an encoding Grapevine reads. Choose one of: %2.</source>
        <translation>„%1“ ist keine Zeichenkodierung, die Grapevine lesen kann. Wählen Sie eine der folgenden: %2.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>The file could not be read to its end: %1</source>
        <translation>Die Datei konnte nicht bis zum Ende gelesen werden: %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Some characters cannot be read as %1; they show as “�”. If the text looks wrong, choose another encoding.</source>
        <translation>Einige Zeichen können nicht als %1 gelesen werden; sie erscheinen als „�“. Wenn der Text falsch aussieht, wählen Sie eine andere Zeichenkodierung.</translation>
    </message>
    <message>
        <source>This row has %1 of the %2 columns: a value or a delimiter is missing.</source>
        <translation>Diese Zeile hat %1 der %2 Spalten: Ein Wert oder ein Trennzeichen fehlt.</translation>
    </message>
    <message>
        <source>This row has %1 values for %2 columns: a delimiter too many, or a value with the delimiter in it that is not in quotes.</source>
        <translation>Diese Zeile hat %1 Werte für %2 Spalten: ein Trennzeichen zu viel oder ein Wert, der das Trennzeichen enthält und nicht in Anführungszeichen steht.</translation>
    </message>
</context>
<context>
    <name>CsvRecordParser</name>
    <message>
        <source>A NUL character was left out of the field.</source>
        <translation>Ein NUL-Zeichen wurde aus dem Feld entfernt.</translation>
    </message>
    <message>
        <source>Text follows the closing quote of the field; it was kept as part of the field.</source>
        <translation>Nach dem schließenden Anführungszeichen des Felds folgt noch Text; er wurde als Teil des Felds übernommen.</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed: everything after its opening quote, to the end of the file, was read into it.</source>
        <translation>Das in Zeile %1 beginnende Feld in Anführungszeichen wird nie geschlossen: Alles nach dem öffnenden Anführungszeichen bis zum Dateiende wurde in dieses Feld gelesen.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write &quot;%1&quot;: %2. Check that the folder exists and can be written to, and that the disk is not full, or choose another place.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner existiert und beschreibbar ist und ob auf dem Datenträger genug Platz ist, oder wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>the file was not opened</source>
        <translation>die Datei wurde nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>email spelling</source>
        <translation>Schreibweise der E-Mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>total spent</source>
        <translation>Gesamtausgaben</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>referred by</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>NPS score</source>
        <translation>NPS-Wert</translation>
    </message>
    <message>
        <source>Preparing the import</source>
        <translation>Vorbereiten des Imports</translation>
    </message>
    <message>
        <source>Looking up the advocate</source>
        <translation>Suchen des Markenbotschafters</translation>
    </message>
    <message>
        <source>Saving the tags</source>
        <translation>Speichern der Schlagwörter</translation>
    </message>
    <message>
        <source>Checking the referral code</source>
        <translation>Prüfen des Empfehlungscodes</translation>
    </message>
    <message>
        <source>The referral code %1 already belongs to another advocate.</source>
        <translation>Der Empfehlungscode %1 gehört bereits einem anderen Markenbotschafter.</translation>
    </message>
    <message>
        <source>Saving the advocate of row %1</source>
        <translation>Speichern des Markenbotschafters aus Zeile %1</translation>
    </message>
    <message>
        <source>Already an advocate; left as it was</source>
        <translation>Bereits Markenbotschafter; unverändert gelassen</translation>
    </message>
    <message>
        <source>Already up to date</source>
        <translation>Bereits aktuell</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Aktualisieren des Suchindex</translation>
    </message>
    <message>
        <source>Updating the advocate</source>
        <translation>Aktualisieren des Markenbotschafters</translation>
    </message>
    <message>
        <source>Updating the advocate of row %1</source>
        <translation>Aktualisieren des Markenbotschafters aus Zeile %1</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <source>Reading the row</source>
        <translation>Lesen der Zeile</translation>
    </message>
    <message>
        <source>Linking advocates to their referrers</source>
        <translation>Verknüpfen der Markenbotschafter mit ihren Empfehlungsgebern</translation>
    </message>
    <message>
        <source>The referrer “%1” is neither in the file nor among the advocates; imported without a referrer.</source>
        <translation>Der Empfehlungsgeber „%1“ ist weder in der Datei noch unter den Markenbotschaftern; ohne Empfehlungsgeber importiert.</translation>
    </message>
    <message>
        <source>An advocate cannot be their own referrer; imported without one.</source>
        <translation>Ein Markenbotschafter kann nicht sein eigener Empfehlungsgeber sein; ohne Empfehlungsgeber importiert.</translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation>Aufbauen des Suchindex</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Import von %1</translation>
    </message>
</context>
<context>
    <name>CustomerRowParser</name>
    <message>
        <source>No email address: Grapevine tells people apart by their email. Add it and import the row again.</source>
        <translation>Keine E-Mail-Adresse: Grapevine unterscheidet Personen anhand ihrer E-Mail-Adresse. Ergänzen Sie sie und importieren Sie die Zeile erneut.</translation>
    </message>
    <message>
        <source>“%1” is not a yes or no. Write yes or no (or leave it empty to keep what is stored).</source>
        <translation>„%1“ ist kein Ja oder Nein. Schreiben Sie „ja“ oder „nein“ (oder lassen Sie das Feld leer, um den gespeicherten Wert zu behalten).</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money (or has more decimals than the currency).</source>
        <translation>„%1“ ist kein Geldbetrag (oder hat mehr Nachkommastellen als die Währung).</translation>
    </message>
    <message>
        <source>“%1” is negative; total spent cannot be.</source>
        <translation>„%1“ ist negativ; Gesamtausgaben können nicht negativ sein.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of orders.</source>
        <translation>„%1“ ist keine ganze Zahl von Bestellungen.</translation>
    </message>
    <message>
        <source>“%1” is not a date in the chosen format.</source>
        <translation>„%1“ ist kein Datum im gewählten Format.</translation>
    </message>
    <message>
        <source>“%1” is not a score from 0 to 10.</source>
        <translation>„%1“ ist kein Wert von 0 bis 10.</translation>
    </message>
</context>
<context>
    <name>DailyBackups</name>
    <message>
        <source>Cannot write the backup &quot;%1&quot;: %2</source>
        <translation>Die Sicherungskopie „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot back up &quot;%1&quot; to &quot;%2&quot;: %3</source>
        <translation>„%1“ kann nicht nach „%2“ gesichert werden: %3</translation>
    </message>
    <message>
        <source>the backup was cancelled</source>
        <translation>Die Sicherung wurde abgebrochen</translation>
    </message>
    <message>
        <source>Cannot create the backup folder &quot;%1&quot;.</source>
        <translation>Der Ordner für Sicherungskopien „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot delete the old backup &quot;%1&quot;.</source>
        <translation>Die alte Sicherungskopie „%1“ kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Cannot read the backup &quot;%1&quot;: %2</source>
        <translation>Die Sicherungskopie „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database Grapevine can read.</source>
        <translation>„%1“ ist keine Datenbank, die Grapevine lesen kann.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; is damaged and was not restored. Choose another one.</source>
        <translation>Die Sicherungskopie „%1“ ist beschädigt und wurde nicht wiederhergestellt. Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Grapevine database and was not restored.</source>
        <translation>„%1“ ist keine Grapevine-Datenbank und wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; was made by a newer version of Grapevine and was not restored. Install the newer Grapevine to use it.</source>
        <translation>Die Sicherungskopie „%1“ wurde mit einer neueren Version von Grapevine erstellt und nicht wiederhergestellt. Installieren Sie die neuere Version von Grapevine, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>Cannot restore &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>another program is using the file. Close it and try again.</source>
        <translation>Ein anderes Programm verwendet die Datei. Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Die Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created. Choose another place for the database.</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden. Wählen Sie einen anderen Speicherort für die Datenbank.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; could not be created: %2.</source>
        <translation>Die Datenbank „%1“ konnte nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read: %2.</source>
        <translation>Die Datei „%1“ konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Grapevine database (it is not an SQLite file at all). Choose a file that Grapevine created.</source>
        <translation>„%1“ ist keine Grapevine-Datenbank (es ist überhaupt keine SQLite-Datei). Wählen Sie eine Datei, die Grapevine angelegt hat.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Grapevine database (it is not an SQLite file).</source>
        <translation>„%1“ ist keine Grapevine-Datenbank (es ist keine SQLite-Datei).</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is damaged: it ends after %n byte(s), inside its header. Restore it from a backup copy.</source>
        <translation>
            <numerusform>„%1“ ist beschädigt: Die Datei endet nach %n Byte, mitten im Dateikopf. Stellen Sie sie aus einer Sicherungskopie wieder her.</numerusform>
            <numerusform>„%1“ ist beschädigt: Die Datei endet nach %n Byte, mitten im Dateikopf. Stellen Sie sie aus einer Sicherungskopie wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: it is cut off (%2 bytes of the expected %3). Restore it from a backup copy.</source>
        <translation>„%1“ ist beschädigt: Die Datei ist abgeschnitten (%2 von erwarteten %3 Byte). Stellen Sie sie aus einer Sicherungskopie wieder her.</translation>
    </message>
    <message>
        <source>The database was opened read-only.</source>
        <translation>Die Datenbank wurde schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>The file is read-only, so changes cannot be saved.</source>
        <translation>Die Datei ist schreibgeschützt, daher können Änderungen nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The folder holding the file cannot be written to, so changes cannot be saved.</source>
        <translation>Der Ordner mit der Datei ist nicht beschreibbar, daher können Änderungen nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Grapevine database, or it is encrypted or badly damaged (%2).</source>
        <translation>„%1“ ist keine Grapevine-Datenbank oder ist verschlüsselt oder schwer beschädigt (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is locked by another program. Close the other program and try again.</source>
        <translation>„%1“ ist von einem anderen Programm gesperrt. Schließen Sie das andere Programm und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged and cannot be opened (%2). Restore it from a backup copy.</source>
        <translation>„%1“ ist beschädigt und kann nicht geöffnet werden (%2). Stellen Sie die Datei aus einer Sicherungskopie wieder her.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database, but not one made by Grapevine. It was not changed.</source>
        <translation>„%1“ ist eine SQLite-Datenbank, aber keine von Grapevine. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved by a newer version of Grapevine (database version %2; this version understands up to %3). Install the newer Grapevine to open it. The file was not changed.</source>
        <translation>„%1“ wurde von einer neueren Version von Grapevine gespeichert (Datenbankversion %2; diese Version unterstützt bis %3). Installieren Sie die neuere Version von Grapevine, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged and cannot be opened safely. It was not changed; restore it from a backup copy. (SQLite reports: %2)</source>
        <translation>„%1“ ist beschädigt und kann nicht sicher geöffnet werden. Die Datei wurde nicht verändert; stellen Sie sie aus einer Sicherungskopie wieder her. (Meldung von SQLite: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs to be updated for this version of Grapevine, but it cannot be written. Copy it to a folder you can write to, then open the copy.</source>
        <translation>„%1“ muss für diese Version von Grapevine aktualisiert werden, ist aber nicht beschreibbar. Kopieren Sie die Datei in einen beschreibbaren Ordner und öffnen Sie dann die Kopie.</translation>
    </message>
    <message>
        <source>Before updating &quot;%1&quot;, Grapevine makes a safety copy, and that failed (%2). The file was not changed. Free some disk space or check the folder&apos;s permissions.</source>
        <translation>Vor dem Aktualisieren von „%1“ legt Grapevine eine Sicherungskopie an, und das ist fehlgeschlagen (%2). Die Datei wurde nicht verändert. Schaffen Sie Platz auf dem Datenträger oder prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty and cannot be written, so no database can be created in it.</source>
        <translation>„%1“ ist leer und nicht beschreibbar, daher kann darin keine Datenbank angelegt werden.</translation>
    </message>
    <message>
        <source>A copy made before the update is at &quot;%1&quot;.</source>
        <translation>Eine vor der Aktualisierung angelegte Kopie liegt unter „%1“.</translation>
    </message>
    <message>
        <source>Choose a different file than the open database for the copy.</source>
        <translation>Wählen Sie für die Kopie eine andere Datei als die geöffnete Datenbank.</translation>
    </message>
    <message>
        <source>The copy could not be written to &quot;%1&quot;: %2.</source>
        <translation>Die Kopie konnte nicht nach „%1“ geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The copy could not be saved as &quot;%1&quot;: %2.</source>
        <translation>Die Kopie konnte nicht als „%1“ gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>The schema version could not be read: %1</source>
        <translation>Die Schemaversion konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>Die Integritätsprüfung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>The foreign-key check could not run: %1</source>
        <translation>Die Fremdschlüsselprüfung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing row in %3</source>
        <translation>%1 Zeile %2 verweist auf eine fehlende Zeile in %3</translation>
    </message>
    <message>
        <source>The tables could not be listed: %1</source>
        <translation>Die Tabellen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The rows of %1 could not be counted: %2</source>
        <translation>Die Zeilen von %1 konnten nicht gezählt werden: %2</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Creating the demo data was cancelled; nothing was written.</source>
        <translation>Das Erzeugen der Demodaten wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Checking that the database is empty</source>
        <translation>Leerprüfung der Datenbank</translation>
    </message>
    <message>
        <source>Demo data can only be written into an empty database, and this one already holds advocates, campaigns, referrals or mentions. Create a new database for it.</source>
        <translation>Demodaten können nur in eine leere Datenbank geschrieben werden, und diese enthält bereits Markenbotschafter, Kampagnen, Empfehlungen oder Erwähnungen. Legen Sie dafür eine neue Datenbank an.</translation>
    </message>
    <message>
        <source>Writing the demo tags</source>
        <translation>Schreiben der Demo-Schlagwörter</translation>
    </message>
    <message>
        <source>Writing the demo campaign costs</source>
        <translation>Schreiben der Demo-Kampagnenkosten</translation>
    </message>
    <message>
        <source>Preparing the search index</source>
        <translation>Vorbereiten des Suchindex</translation>
    </message>
    <message>
        <source>Writing the demo advocates</source>
        <translation>Schreiben der Demo-Markenbotschafter</translation>
    </message>
    <message>
        <source>Writing the demo advocates&apos; tags</source>
        <translation>Schreiben der Schlagwörter der Demo-Markenbotschafter</translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation>Aufbauen des Suchindex</translation>
    </message>
    <message>
        <source>Writing the demo referrals</source>
        <translation>Schreiben der Demo-Empfehlungen</translation>
    </message>
    <message>
        <source>Writing the demo referral history</source>
        <translation>Schreiben des Demo-Empfehlungsverlaufs</translation>
    </message>
    <message>
        <source>Writing the demo rewards</source>
        <translation>Schreiben der Demo-Prämien</translation>
    </message>
    <message>
        <source>Writing the demo milestone rewards</source>
        <translation>Schreiben der Demo-Meilensteinprämien</translation>
    </message>
    <message>
        <source>Writing the demo review queue</source>
        <translation>Schreiben der Demo-Prüfliste</translation>
    </message>
    <message>
        <source>Writing the demo mentions</source>
        <translation>Schreiben der Demo-Erwähnungen</translation>
    </message>
    <message>
        <source>The numbers of advocates, referrals and mentions cannot be negative.</source>
        <translation>Die Anzahl der Markenbotschafter, Empfehlungen und Erwähnungen darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The demo can have at most %1 advocates, %1 referrals and %1 mentions.</source>
        <translation>Die Demo kann höchstens %1 Markenbotschafter, %1 Empfehlungen und %1 Erwähnungen enthalten.</translation>
    </message>
    <message>
        <source>Referrals need advocates who make them: ask for at least one advocate.</source>
        <translation>Empfehlungen brauchen Markenbotschafter, die sie abgeben: Geben Sie mindestens einen Markenbotschafter an.</translation>
    </message>
    <message>
        <source>The demo needs a valid date for &quot;today&quot;.</source>
        <translation>Die Demo braucht ein gültiges Datum für „heute“.</translation>
    </message>
</context>
<context>
    <name>Email</name>
    <message>
        <source>The email address is empty.</source>
        <translation>Die E-Mail-Adresse ist leer.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has no @ sign.</source>
        <translation>Die E-Mail-Adresse „%1“ enthält kein @-Zeichen.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has more than one @ sign.</source>
        <translation>Die E-Mail-Adresse „%1“ enthält mehr als ein @-Zeichen.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has nothing before the @ sign.</source>
        <translation>Die E-Mail-Adresse „%1“ hat nichts vor dem @-Zeichen.</translation>
    </message>
    <message>
        <source>The part before the @ sign of &quot;%1&quot; is longer than 64 characters.</source>
        <translation>Der Teil vor dem @-Zeichen von „%1“ ist länger als 64 Zeichen.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has a misplaced dot before the @ sign.</source>
        <translation>Die E-Mail-Adresse „%1“ hat einen falsch platzierten Punkt vor dem @-Zeichen.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has nothing after the @ sign.</source>
        <translation>Die E-Mail-Adresse „%1“ hat nichts nach dem @-Zeichen.</translation>
    </message>
    <message>
        <source>The domain of &quot;%1&quot; needs a dot, as in example.com.</source>
        <translation>Die Domain von „%1“ braucht einen Punkt, wie in example.com.</translation>
    </message>
    <message>
        <source>The domain of &quot;%1&quot; is not a valid domain name.</source>
        <translation>Die Domain von „%1“ ist kein gültiger Domainname.</translation>
    </message>
    <message>
        <source>The domain of &quot;%1&quot; contains the character &quot;%2&quot;, which domains cannot have.</source>
        <translation>Die Domain von „%1“ enthält das Zeichen „%2“, das in Domains nicht vorkommen darf.</translation>
    </message>
    <message>
        <source>The email address is longer than 254 characters.</source>
        <translation>Die E-Mail-Adresse ist länger als 254 Zeichen.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; contains the character &quot;%2&quot; before the @ sign.</source>
        <translation>Die E-Mail-Adresse „%1“ enthält vor dem @-Zeichen das Zeichen „%2“.</translation>
    </message>
</context>
<context>
    <name>FraudCheck</name>
    <message>
        <source>Checking the referral for review</source>
        <translation>Prüfen der Empfehlung auf Auffälligkeiten</translation>
    </message>
    <message>
        <source>The referrer no longer exists.</source>
        <translation>Der Empfehlungsgeber existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The friend&apos;s e-mail address %1 is the referrer&apos;s own.</source>
        <translation>Die E-Mail-Adresse %1 des Freundes ist die des Empfehlungsgebers.</translation>
    </message>
    <message>
        <source>The friend&apos;s phone number is the referrer&apos;s own.</source>
        <translation>Die Telefonnummer des Freundes ist die des Empfehlungsgebers.</translation>
    </message>
    <message>
        <source>The friend has the referrer&apos;s name and address: possibly the referrer themselves.</source>
        <translation>Der Freund hat Namen und Adresse des Empfehlungsgebers: möglicherweise der Empfehlungsgeber selbst.</translation>
    </message>
    <message>
        <source>%1 lives at the referrer&apos;s address and shares their last name: the same household.</source>
        <translation>%1 wohnt an der Adresse des Empfehlungsgebers und hat denselben Nachnamen: derselbe Haushalt.</translation>
    </message>
    <message>
        <source>%1 was already a customer before this referral.</source>
        <translation>%1 war schon vor dieser Empfehlung Kunde.</translation>
    </message>
    <message numerus="yes">
        <source>%1 made %Ln referrals within %2 hours.</source>
        <translation>
            <numerusform>%1 hat innerhalb von %2 Stunden %Ln Empfehlung abgegeben.</numerusform>
            <numerusform>%1 hat innerhalb von %2 Stunden %Ln Empfehlungen abgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The referrer</source>
        <translation>Der Empfehlungsgeber</translation>
    </message>
    <message>
        <source>%1 is an address of a throw-away e-mail service.</source>
        <translation>%1 ist eine Adresse eines Wegwerf-E-Mail-Dienstes.</translation>
    </message>
    <message>
        <source>Checking whether the friend was already a customer</source>
        <translation>Prüfen des Kundenstatus des Freundes</translation>
    </message>
</context>
<context>
    <name>FraudFlag</name>
    <message>
        <source>Self-referral (same e-mail)</source>
        <translation>Selbstempfehlung (gleiche E-Mail)</translation>
    </message>
    <message>
        <source>Self-referral (same phone)</source>
        <translation>Selbstempfehlung (gleiches Telefon)</translation>
    </message>
    <message>
        <source>Same household</source>
        <translation>Gleicher Haushalt</translation>
    </message>
    <message>
        <source>Already a customer</source>
        <translation>Bereits Kunde</translation>
    </message>
    <message>
        <source>Many referrals in a short time</source>
        <translation>Viele Empfehlungen in kurzer Zeit</translation>
    </message>
    <message>
        <source>Disposable e-mail address</source>
        <translation>Wegwerf-E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>ImportBatchActions</name>
    <message>
        <source>Undo Import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>The database is read-only (%1), so the import cannot be undone.</source>
        <translation>Die Datenbank ist schreibgeschützt (%1), daher kann der Import nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The Import Cannot Be Undone</source>
        <translation>Der Import kann nicht rückgängig gemacht werden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln advocate(s) from the import of “%1” made referrals or earned rewards since. Undoing the import would delete those referrals and rewards too, so Grapevine does not undo it. Delete or edit those advocates one by one instead.</source>
        <translation>
            <numerusform>%Ln Markenbotschafter aus dem Import von „%1“ hat seitdem Empfehlungen abgegeben oder Prämien erhalten. Ein Rückgängigmachen des Imports würde diese Empfehlungen und Prämien mitlöschen, daher macht Grapevine ihn nicht rückgängig. Löschen oder bearbeiten Sie diese Markenbotschafter stattdessen einzeln.</numerusform>
            <numerusform>%Ln Markenbotschafter aus dem Import von „%1“ haben seitdem Empfehlungen abgegeben oder Prämien erhalten. Ein Rückgängigmachen des Imports würde diese Empfehlungen und Prämien mitlöschen, daher macht Grapevine ihn nicht rückgängig. Löschen oder bearbeiten Sie diese Markenbotschafter stattdessen einzeln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s) from the import of “%1” have been paid out since. A paid reward cannot be taken back, so Grapevine does not undo the import.</source>
        <translation>
            <numerusform>%Ln Prämie aus dem Import von „%1“ wurde seitdem ausgezahlt. Eine ausgezahlte Prämie kann nicht zurückgenommen werden, daher macht Grapevine den Import nicht rückgängig.</numerusform>
            <numerusform>%Ln Prämien aus dem Import von „%1“ wurden seitdem ausgezahlt. Eine ausgezahlte Prämie kann nicht zurückgenommen werden, daher macht Grapevine den Import nicht rückgängig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln advocate(s) created by this import will be deleted;</source>
        <translation>
            <numerusform>%Ln durch diesen Import angelegter Markenbotschafter wird gelöscht;</numerusform>
            <numerusform>%Ln durch diesen Import angelegte Markenbotschafter werden gelöscht;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s) added by this import will be deleted;</source>
        <translation>
            <numerusform>%Ln durch diesen Import hinzugefügte Erwähnung wird gelöscht;</numerusform>
            <numerusform>%Ln durch diesen Import hinzugefügte Erwähnungen werden gelöscht;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s) recorded by this import will be deleted;</source>
        <translation>
            <numerusform>%Ln durch diesen Import erfasste Empfehlung wird gelöscht;</numerusform>
            <numerusform>%Ln durch diesen Import erfasste Empfehlungen werden gelöscht;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed advocate(s) get their old values back.</source>
        <translation>
            <numerusform>%Ln geänderter Markenbotschafter erhält seine alten Werte zurück.</numerusform>
            <numerusform>%Ln geänderte Markenbotschafter erhalten ihre alten Werte zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln converted referral(s) go back to how they were, and the rewards of those conversions are deleted.</source>
        <translation>
            <numerusform>%Ln konvertierte Empfehlung wird auf ihren vorherigen Stand zurückgesetzt, und die Prämien dieser Conversion werden gelöscht.</numerusform>
            <numerusform>%Ln konvertierte Empfehlungen werden auf ihren vorherigen Stand zurückgesetzt, und die Prämien dieser Conversions werden gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>The two halves of &quot;N advocates created by this import will be deleted; M changed advocates get their old values back.&quot;
----------
The two halves of &quot;The import was undone: N advocates deleted, M put back as they were.&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the created record(s) were edited after the import; they are deleted all the same.</source>
        <translation>
            <numerusform>%Ln der angelegten Datensätze wurde nach dem Import bearbeitet; er wird trotzdem gelöscht.</numerusform>
            <numerusform>%Ln der angelegten Datensätze wurden nach dem Import bearbeitet; sie werden trotzdem gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Values changed by hand since the import are kept.</source>
        <translation>Werte, die seit dem Import von Hand geändert wurden, bleiben erhalten.</translation>
    </message>
    <message>
        <source>Undo the Import of “%1”?</source>
        <translation>Import von „%1“ rückgängig machen?</translation>
    </message>
    <message>
        <source>Undoing the import of “%1”…</source>
        <translation>Import von „%1“ wird rückgängig gemacht…</translation>
    </message>
    <message numerus="yes">
        <source>The import was undone: %Ln advocate(s) deleted,</source>
        <translation>
            <numerusform>Der Import wurde rückgängig gemacht: %Ln Markenbotschafter gelöscht,</numerusform>
            <numerusform>Der Import wurde rückgängig gemacht: %Ln Markenbotschafter gelöscht,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was undone: %Ln mention(s) deleted,</source>
        <translation>
            <numerusform>Der Import wurde rückgängig gemacht: %Ln Erwähnung gelöscht,</numerusform>
            <numerusform>Der Import wurde rückgängig gemacht: %Ln Erwähnungen gelöscht,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was undone: %Ln referral(s) deleted,</source>
        <translation>
            <numerusform>Der Import wurde rückgängig gemacht: %Ln Empfehlung gelöscht,</numerusform>
            <numerusform>Der Import wurde rückgängig gemacht: %Ln Empfehlungen gelöscht,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln put back as they were.</source>
        <translation>
            <numerusform>%Ln auf den vorherigen Stand zurückgesetzt.</numerusform>
            <numerusform>%Ln auf den vorherigen Stand zurückgesetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) edited after the import were kept.</source>
        <translation>
            <numerusform>%Ln nach dem Import bearbeiteter Wert wurde beibehalten.</numerusform>
            <numerusform>%Ln nach dem Import bearbeitete Werte wurden beibehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 - rejected rows.csv</source>
        <extracomment>The suggested name of the file of rejected rows; %1 is the imported file&apos;s name without its extension</extracomment>
        <translation>%1 - abgelehnte Zeilen.csv</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saving the rejected rows…</source>
        <translation>Abgelehnte Zeilen werden gespeichert…</translation>
    </message>
    <message>
        <source>Cannot Save the Rejected Rows</source>
        <translation>Abgelehnte Zeilen können nicht gespeichert werden</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln rejected row(s) to %1. Fix them there and import that file again: the first column, with the reason, is not imported.</source>
        <translation>
            <numerusform>%Ln abgelehnte Zeile in %1 gespeichert. Korrigieren Sie sie dort und importieren Sie die Datei erneut: Die erste Spalte mit dem Grund wird nicht importiert.</numerusform>
            <numerusform>%Ln abgelehnte Zeilen in %1 gespeichert. Korrigieren Sie sie dort und importieren Sie die Datei erneut: Die erste Spalte mit dem Grund wird nicht importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportBatchStore</name>
    <message>
        <source>A row count of an import cannot be negative.</source>
        <translation>Eine Zeilenzahl eines Imports darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The column mapping of an import is not a valid JSON object.</source>
        <translation>Die Spaltenzuordnung eines Imports ist kein gültiges JSON-Objekt.</translation>
    </message>
    <message>
        <source>Saving the import</source>
        <translation>Speichern des Imports</translation>
    </message>
    <message>
        <source>Reading the import</source>
        <translation>Laden des Imports</translation>
    </message>
    <message>
        <source>The import no longer exists.</source>
        <translation>Der Import existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The import has not been saved yet.</source>
        <translation>Der Import wurde noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Deleting the import</source>
        <translation>Löschen des Imports</translation>
    </message>
    <message>
        <source>A row number cannot be negative.</source>
        <translation>Eine Zeilennummer darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Say what is wrong with the row.</source>
        <translation>Geben Sie an, was mit der Zeile nicht stimmt.</translation>
    </message>
    <message>
        <source>Checking the import</source>
        <translation>Prüfen des Imports</translation>
    </message>
    <message>
        <source>The import this row belongs to no longer exists.</source>
        <translation>Der Import, zu dem diese Zeile gehört, existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Recording the problem in row %1</source>
        <translation>Erfassen des Problems in Zeile %1</translation>
    </message>
    <message>
        <source>Reading the import&apos;s row errors</source>
        <translation>Laden der Zeilenfehler des Imports</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Listing the rejected rows</source>
        <translation>Auflisten der abgelehnten Zeilen</translation>
    </message>
    <message>
        <source>Recording the change for undo</source>
        <translation>Festhalten der Änderung zum Rückgängigmachen</translation>
    </message>
    <message>
        <source>The file cannot be read again from its start.</source>
        <translation>Die Datei kann nicht erneut von Anfang an gelesen werden.</translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation>Importproblem</translation>
    </message>
    <message>
        <source>Preparing the import</source>
        <translation>Vorbereiten des Imports</translation>
    </message>
    <message>
        <source>Saving the import of &quot;%1&quot;</source>
        <translation>Speichern des Imports von „%1“</translation>
    </message>
</context>
<context>
    <name>ImportKinds</name>
    <message>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Buyer&apos;s e-mail</source>
        <translation>E-Mail des Käufers</translation>
    </message>
    <message>
        <source>Buyer&apos;s name</source>
        <translation>Name des Käufers</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Bestellsumme</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Bestelldatum</translation>
    </message>
    <message>
        <source>Referral or discount code</source>
        <translation>Empfehlungs- oder Rabattcode</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Zahlungsstatus</translation>
    </message>
    <message>
        <source>Date posted</source>
        <translation>Veröffentlicht am</translation>
    </message>
    <message>
        <source>Source or channel</source>
        <translation>Quelle oder Kanal</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Author&apos;s e-mail</source>
        <translation>E-Mail des Autors</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>Rating (stars)</source>
        <translation>Bewertung (Sterne)</translation>
    </message>
    <message>
        <source>An order is matched to a referral by the buyer&apos;s email or the referral code used; this file has no column Grapevine recognises for either. Name the columns in the mapping.</source>
        <translation>Eine Bestellung wird einer Empfehlung über die E-Mail-Adresse des Käufers oder den verwendeten Empfehlungscode zugeordnet; diese Datei hat für beides keine Spalte, die Grapevine erkennt. Legen Sie die Spalten in der Zuordnung fest.</translation>
    </message>
    <message>
        <source>A mention needs the date it was posted and its text or link; this file has no column Grapevine recognises for %1. Name the columns in the mapping.</source>
        <translation>Eine Erwähnung braucht ihr Veröffentlichungsdatum und ihren Text oder Link; diese Datei hat keine Spalte, die Grapevine für %1 erkennt. Legen Sie die Spalten in der Zuordnung fest.</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>das Datum</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>den Text</translation>
    </message>
    <message>
        <source>Grapevine tells people apart by their email, and this file has no column Grapevine recognises as email addresses. Name the email column in the mapping.</source>
        <translation>Grapevine unterscheidet Personen anhand ihrer E-Mail-Adresse, und diese Datei hat keine Spalte, die Grapevine als E-Mail-Adressen erkennt. Legen Sie die E-Mail-Spalte in der Zuordnung fest.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>The dates in “%1” could be day/month or month/day (like 03/04/2026). Choose the date format so that no date is read the wrong way round.</source>
        <translation>Die Datumsangaben in „%1“ könnten Tag/Monat oder Monat/Tag sein (wie 03/04/2026). Wählen Sie das Datumsformat, damit kein Datum vertauscht gelesen wird.</translation>
    </message>
    <message>
        <source>The dates in “%1” are not all in one format. Choose the date format; rows whose date does not follow it are listed as rejected.</source>
        <translation>Die Datumsangaben in „%1“ haben nicht alle dasselbe Format. Wählen Sie das Datumsformat; Zeilen, deren Datum davon abweicht, werden als abgelehnt aufgeführt.</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>There is no import number %1.</source>
        <translation>Es gibt keinen Import mit der Nummer %1.</translation>
    </message>
    <message>
        <source>The import of %1 was already undone on %2.</source>
        <translation>Der Import von %1 wurde bereits am %2 rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The import of %1 did not finish; it left nothing to undo.</source>
        <translation>Der Import von %1 wurde nicht abgeschlossen; es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Checking what the undo would do</source>
        <translation>Prüfen, was das Rückgängigmachen bewirken würde</translation>
    </message>
    <message numerus="yes">
        <source>Records from this import have been built on since (%n in all): advocates who made referrals or earned rewards, or rewards already paid out. Undoing the import would take those too, so it is not undone.</source>
        <translation>
            <numerusform>Auf Datensätzen aus diesem Import wurde seitdem aufgebaut (%n insgesamt): Markenbotschafter, die Empfehlungen abgegeben oder Prämien erhalten haben, oder bereits ausgezahlte Prämien. Ein Rückgängigmachen würde diese mitnehmen, daher wird der Import nicht rückgängig gemacht.</numerusform>
            <numerusform>Auf Datensätzen aus diesem Import wurde seitdem aufgebaut (%n insgesamt): Markenbotschafter, die Empfehlungen abgegeben oder Prämien erhalten haben, oder bereits ausgezahlte Prämien. Ein Rückgängigmachen würde diese mitnehmen, daher wird der Import nicht rückgängig gemacht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the import</source>
        <translation>Rückgängigmachen des Imports</translation>
    </message>
</context>
<context>
    <name>IndexSuspension</name>
    <message>
        <source>Preparing the import</source>
        <translation>Vorbereiten des Imports</translation>
    </message>
    <message>
        <source>Rebuilding the indexes after the import</source>
        <translation>Neuaufbau der Indizes nach dem Import</translation>
    </message>
</context>
<context>
    <name>InvitationRecipients</name>
    <message>
        <source>Counting the advocates who can be invited</source>
        <translation>Zählen der Markenbotschafter, die eingeladen werden können</translation>
    </message>
    <message>
        <source>Finding an advocate for the preview</source>
        <translation>Suchen eines Markenbotschafters für die Vorschau</translation>
    </message>
    <message>
        <source>Looking up advocates</source>
        <translation>Suchen von Markenbotschaftern</translation>
    </message>
    <message>
        <source>Reading the advocates to invite</source>
        <translation>Laden der einzuladenden Markenbotschafter</translation>
    </message>
</context>
<context>
    <name>InvitationTemplate</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>Empfehlungscode</translation>
    </message>
    <message>
        <source>Personal link</source>
        <translation>Persönlicher Link</translation>
    </message>
    <message>
        <source>Advocate&apos;s reward</source>
        <translation>Prämie des Markenbotschafters</translation>
    </message>
    <message>
        <source>Friend&apos;s reward</source>
        <translation>Prämie des Freundes</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Transparenzhinweis</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Name des Unternehmens</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Name der Kampagne</translation>
    </message>
    <message>
        <source>Hi {first_name},

thank you for recommending {business_name}! When a friend uses your personal link or your code {referral_code}, they get {friend_reward} and you get {advocate_reward}.

Your link: {link}

{disclosure}

Best wishes,
{business_name}</source>
        <extracomment>Keep the {names} in braces as they are: they are replaced by each advocate&apos;s details.</extracomment>
        <translation>Hallo {first_name},

vielen Dank, dass Sie {business_name} weiterempfehlen! Wer Ihren persönlichen Link oder Ihren Code {referral_code} nutzt, erhält {friend_reward} – und Sie bekommen {advocate_reward}.

Ihr Link: {link}

{disclosure}

Viele Grüße
{business_name}</translation>
    </message>
</context>
<context>
    <name>LedgerEntry</name>
    <message>
        <source>Earned</source>
        <translation>Verdient</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Rückgebucht</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Korrigiert</translation>
    </message>
</context>
<context>
    <name>MappingPresets</name>
    <message>
        <source>Reading the saved column mappings</source>
        <translation>Laden der gespeicherten Spaltenzuordnungen</translation>
    </message>
    <message>
        <source>Saving the column mapping</source>
        <translation>Speichern der Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Give the column mapping a name.</source>
        <translation>Geben Sie der Spaltenzuordnung einen Namen.</translation>
    </message>
    <message>
        <source>“%1” should be written field=Column heading, for example email=E-Mail.</source>
        <translation>„%1“ sollte in der Form Feld=Spaltenüberschrift geschrieben werden, zum Beispiel email=E-Mail.</translation>
    </message>
    <message>
        <source>“%1” is not a field Grapevine imports. The fields are: %2.</source>
        <translation>„%1“ ist kein Feld, das Grapevine importiert. Die Felder sind: %2.</translation>
    </message>
    <message>
        <source>The mapping is empty.</source>
        <translation>Die Zuordnung ist leer.</translation>
    </message>
</context>
<context>
    <name>Mention</name>
    <message>
        <source>Say when the mention happened.</source>
        <translation>Geben Sie an, wann die Erwähnung erfolgt ist.</translation>
    </message>
    <message>
        <source>Choose the channel where the mention appeared.</source>
        <translation>Wählen Sie den Kanal, auf dem die Erwähnung erschienen ist.</translation>
    </message>
    <message>
        <source>The reach cannot be negative.</source>
        <translation>Die Reichweite darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>A testimonial needs the date on which the author allowed it to be reused.</source>
        <translation>Eine Kundenstimme braucht das Datum, an dem der Autor ihrer Weiterverwendung zugestimmt hat.</translation>
    </message>
    <message>
        <source>Only a positive mention can be a testimonial.</source>
        <translation>Nur eine positive Erwähnung kann eine Kundenstimme sein.</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>No response needed</source>
        <translation>Keine Antwort nötig</translation>
    </message>
    <message>
        <source>Needs response</source>
        <translation>Antwort nötig</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>MentionChannels</name>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation>X (Twitter)</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Google review</source>
        <translation>Google-Bewertung</translation>
    </message>
    <message>
        <source>Yelp</source>
        <translation>Yelp</translation>
    </message>
    <message>
        <source>Trustpilot</source>
        <translation>Trustpilot</translation>
    </message>
    <message>
        <source>Forum or blog</source>
        <translation>Forum oder Blog</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Keep at least one channel.</source>
        <translation>Behalten Sie mindestens einen Kanal.</translation>
    </message>
    <message>
        <source>Every channel needs a name.</source>
        <translation>Jeder Kanal braucht einen Namen.</translation>
    </message>
    <message>
        <source>The channel “%1” has a character that cannot be kept.</source>
        <translation>Der Kanal „%1“ enthält ein Zeichen, das nicht gespeichert werden kann.</translation>
    </message>
    <message>
        <source>The channel “%1” is in the list twice.</source>
        <translation>Der Kanal „%1“ steht zweimal in der Liste.</translation>
    </message>
</context>
<context>
    <name>MentionCommands</name>
    <message>
        <source>This mention was changed elsewhere (in another Grapevine window or by an import) after this step, so undoing or redoing it now would throw that change away. Nothing was changed.</source>
        <translation>Diese Erwähnung wurde nach diesem Schritt an anderer Stelle geändert (in einem anderen Grapevine-Fenster oder durch einen Import). Diesen Schritt jetzt rückgängig zu machen oder zu wiederholen, würde diese Änderung verwerfen. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>MentionImport</name>
    <message>
        <source>Preparing the import</source>
        <translation>Vorbereiten des Imports</translation>
    </message>
    <message>
        <source>“%1” is not one of your mention channels; its mentions are filed under Other. Add the channel in the settings to keep them apart.</source>
        <translation>„%1“ ist keiner Ihrer Erwähnungskanäle; seine Erwähnungen werden unter „Sonstige“ abgelegt. Fügen Sie den Kanal in den Einstellungen hinzu, um sie getrennt zu halten.</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>Das Datum ist leer.</translation>
    </message>
    <message>
        <source>“%1” is not a date in the chosen format.</source>
        <translation>„%1“ ist kein Datum im gewählten Format.</translation>
    </message>
    <message>
        <source>The mention has neither text nor link.</source>
        <translation>Die Erwähnung hat weder Text noch Link.</translation>
    </message>
    <message>
        <source>“%1” is not positive, neutral or negative.</source>
        <translation>„%1“ ist weder positiv, neutral noch negativ.</translation>
    </message>
    <message>
        <source>“%1” is not a rating from 1 to 5.</source>
        <translation>„%1“ ist keine Bewertung von 1 bis 5.</translation>
    </message>
    <message>
        <source>“%1” is not a number of people.</source>
        <translation>„%1“ ist keine Personenzahl.</translation>
    </message>
    <message>
        <source>Looking for the mention</source>
        <translation>Suchen der Erwähnung</translation>
    </message>
    <message>
        <source>Already among the mentions</source>
        <translation>Bereits unter den Erwähnungen</translation>
    </message>
</context>
<context>
    <name>MentionStore</name>
    <message>
        <source>Checking the mention</source>
        <translation>Prüfen der Erwähnung</translation>
    </message>
    <message>
        <source>The advocate linked to this mention no longer exists.</source>
        <translation>Der mit dieser Erwähnung verknüpfte Markenbotschafter existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The campaign linked to this mention no longer exists.</source>
        <translation>Die mit dieser Erwähnung verknüpfte Kampagne existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The import this mention came from no longer exists.</source>
        <translation>Der Import, aus dem diese Erwähnung stammt, existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Saving the mention</source>
        <translation>Speichern der Erwähnung</translation>
    </message>
    <message>
        <source>Reading the mention</source>
        <translation>Laden der Erwähnung</translation>
    </message>
    <message>
        <source>The mention no longer exists.</source>
        <translation>Die Erwähnung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The mention has not been saved yet.</source>
        <translation>Die Erwähnung wurde noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Deleting the mention</source>
        <translation>Löschen der Erwähnung</translation>
    </message>
    <message>
        <source>The mention to put back was never saved.</source>
        <translation>Die wiederherzustellende Erwähnung wurde nie gespeichert.</translation>
    </message>
    <message>
        <source>Putting the mention back</source>
        <translation>Wiederherstellen der Erwähnung</translation>
    </message>
    <message>
        <source>The mention is already there.</source>
        <translation>Die Erwähnung ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Reading the advocate&apos;s mentions</source>
        <translation>Laden der Erwähnungen des Markenbotschafters</translation>
    </message>
    <message>
        <source>This mention was changed elsewhere (in another Grapevine window or by an import) after it was read. Nothing was saved, so that neither change is lost: look at it again and repeat what you did.</source>
        <translation>Diese Erwähnung wurde an anderer Stelle geändert (in einem anderen Grapevine-Fenster oder durch einen Import), nachdem sie gelesen wurde. Es wurde nichts gespeichert, damit keine der beiden Änderungen verloren geht: Sehen Sie sie sich erneut an und wiederholen Sie, was Sie getan haben.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The update step %1 is missing from this program (%2).</source>
        <translation>Der Aktualisierungsschritt %1 fehlt in diesem Programm (%2).</translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed, and it was left as it was. %2: %3</source>
        <translation>Die Aktualisierung der Datenbank auf Version %1 ist fehlgeschlagen; die Datenbank blieb unverändert. %2: %3</translation>
    </message>
    <message>
        <source>Could not start the update</source>
        <translation>Aktualisierung konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Step failed</source>
        <translation>Schritt fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not check references</source>
        <translation>Verweise konnten nicht geprüft werden</translation>
    </message>
    <message>
        <source>References broken</source>
        <translation>Verweise fehlerhaft</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>Could not stamp the file</source>
        <translation>Datei konnte nicht gekennzeichnet werden</translation>
    </message>
    <message>
        <source>Could not record the version</source>
        <translation>Version konnte nicht festgehalten werden</translation>
    </message>
    <message>
        <source>Could not save the update</source>
        <translation>Aktualisierung konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>OrderImport</name>
    <message>
        <source>Preparing the import</source>
        <translation>Vorbereiten des Imports</translation>
    </message>
    <message>
        <source>Looking for the referral</source>
        <translation>Suchen der Empfehlung</translation>
    </message>
    <message>
        <source>Reading the referral</source>
        <translation>Laden der Empfehlung</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money (or has more decimals than the currency).</source>
        <translation>„%1“ ist kein Geldbetrag (oder hat mehr Nachkommastellen als die Währung).</translation>
    </message>
    <message>
        <source>“%1” is not a date in the chosen format.</source>
        <translation>„%1“ ist kein Datum im gewählten Format.</translation>
    </message>
    <message>
        <source>Refunded or cancelled: not a conversion</source>
        <translation>Erstattet oder storniert: keine Conversion</translation>
    </message>
    <message>
        <source>Order %1 is already recorded</source>
        <translation>Bestellung %1 ist bereits erfasst</translation>
    </message>
    <message>
        <source>A referral is open, but the row has no order value</source>
        <translation>Eine Empfehlung ist offen, aber die Zeile hat keinen Bestellwert</translation>
    </message>
    <message>
        <source>Referral converted</source>
        <translation>Empfehlung konvertiert</translation>
    </message>
    <message>
        <source>No advocate has the email or referral code “%1”.</source>
        <translation>Kein Markenbotschafter hat die E-Mail-Adresse oder den Empfehlungscode „%1“.</translation>
    </message>
    <message>
        <source>No referral: an ordinary order</source>
        <translation>Keine Empfehlung: eine normale Bestellung</translation>
    </message>
    <message>
        <source>%1 is no advocate&apos;s referral code (a discount code?)</source>
        <translation>%1 ist kein Empfehlungscode eines Markenbotschafters (ein Rabattcode?)</translation>
    </message>
    <message>
        <source>No active campaign was running on %1; activate one (or add a Campaign column) and import the row again.</source>
        <translation>Am %1 lief keine aktive Kampagne; aktivieren Sie eine (oder ergänzen Sie eine Spalte „Kampagne“) und importieren Sie die Zeile erneut.</translation>
    </message>
    <message>
        <source>There is no campaign called “%1”.</source>
        <translation>Es gibt keine Kampagne namens „%1“.</translation>
    </message>
    <message>
        <source>Recording the referral</source>
        <translation>Erfassen der Empfehlung</translation>
    </message>
    <message>
        <source>New referral by %1, converted</source>
        <translation>Neue Empfehlung von %1, konvertiert</translation>
    </message>
    <message>
        <source>New referral by %1</source>
        <translation>Neue Empfehlung von %1</translation>
    </message>
</context>
<context>
    <name>PayoutExport</name>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Reward %1</source>
        <translation>Prämie %1</translation>
    </message>
    <message>
        <source>Reading the rewards to pay out</source>
        <translation>Laden der auszuzahlenden Prämien</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Markenbotschafter</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Prämie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>Kosten (%1)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
</context>
<context>
    <name>PeriodTotals</name>
    <message>
        <source>Adding up the referrals, rewards and costs of a period</source>
        <translation>Summieren der Empfehlungen, Prämien und Kosten eines Zeitraums</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Exporting the personal data</source>
        <translation>Exportieren der personenbezogenen Daten</translation>
    </message>
    <message>
        <source>The advocate no longer exists.</source>
        <translation>Der Markenbotschafter existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Everything Grapevine stores about this person: their advocate record, tags, the referrals they made and those where they are the friend (with each status change), the rewards they receive, mentions linked to them and import errors that quote their email address. Times are UTC (ISO 8601); amounts ending in _minor are in hundredths (cents) of the currency %1.</source>
        <translation>Alles, was Grapevine über diese Person speichert: ihr Markenbotschafter-Datensatz, Schlagwörter, die Empfehlungen, die sie abgegeben hat, und jene, in denen sie der Freund ist (mit jedem Statuswechsel), die Prämien, die sie erhält, mit ihr verknüpfte Erwähnungen und Importfehler, die ihre E-Mail-Adresse enthalten. Zeiten sind in UTC (ISO 8601); Beträge, deren Name auf _minor endet, sind in Hundertsteln (Cent) der Währung %1 angegeben.</translation>
    </message>
    <message>
        <source>Erasing the personal data</source>
        <translation>Anonymisieren der personenbezogenen Daten</translation>
    </message>
    <message>
        <source>Erased</source>
        <extracomment>Stored as the first name of an advocate whose personal data was erased.</extracomment>
        <translation>Anonymisiert</translation>
    </message>
    <message>
        <source>(erased)</source>
        <extracomment>Replaces the text of mentions and import errors of a person whose data was erased.</extracomment>
        <translation>(anonymisiert)</translation>
    </message>
    <message>
        <source>The personal data was erased, but old copies may remain in unused parts of the file until it is compacted, which failed: %1. Free some disk space, close other windows on this file and erase the person again.</source>
        <translation>Die personenbezogenen Daten wurden anonymisiert, aber alte Kopien können in ungenutzten Bereichen der Datei verbleiben, bis sie komprimiert wird, und das ist fehlgeschlagen: %1. Schaffen Sie Platz auf dem Datenträger, schließen Sie andere Fenster mit dieser Datei und anonymisieren Sie die Person erneut.</translation>
    </message>
    <message>
        <source>The personal data was erased, but another program or window is still reading the file, so old copies remain in its log file. Close it and erase the person again.</source>
        <translation>Die personenbezogenen Daten wurden anonymisiert, aber ein anderes Programm oder Fenster liest die Datei noch, daher verbleiben alte Kopien in ihrer Protokolldatei. Schließen Sie es und anonymisieren Sie die Person erneut.</translation>
    </message>
</context>
<context>
    <name>PersonalLink</name>
    <message>
        <source>The campaign has no landing page, so there is no personal link. Add the web address friends should visit in the campaign&apos;s settings.</source>
        <translation>Die Kampagne hat keine Landingpage, daher gibt es keinen persönlichen Link. Tragen Sie in den Einstellungen der Kampagne die Webadresse ein, die Freunde besuchen sollen.</translation>
    </message>
    <message>
        <source>The landing page &quot;%1&quot; is not a web address, so there is no personal link. Correct it in the campaign&apos;s settings (for example https://shop.example.com/friends).</source>
        <translation>Die Landingpage „%1“ ist keine Webadresse, daher gibt es keinen persönlichen Link. Korrigieren Sie sie in den Einstellungen der Kampagne (zum Beispiel https://shop.example.com/freunde).</translation>
    </message>
</context>
<context>
    <name>ProgramCharts</name>
    <message>
        <source>d/M</source>
        <comment>week label</comment>
        <translation>d.M.</translation>
    </message>
    <message>
        <source>MMM</source>
        <comment>month label</comment>
        <translation>MMM</translation>
    </message>
    <message>
        <source>d/M/yy</source>
        <comment>week label with the year</comment>
        <translation>d.M.yy</translation>
    </message>
    <message>
        <source>MMM yy</source>
        <comment>month label with the year</comment>
        <translation>MMM yy</translation>
    </message>
    <message>
        <source>Referrals and conversions over time</source>
        <translation>Empfehlungen und Conversions im Zeitverlauf</translation>
    </message>
    <message>
        <source>Referral funnel</source>
        <translation>Empfehlungs-Funnel</translation>
    </message>
    <message>
        <source>Return on investment by campaign</source>
        <translation>Return on Investment nach Kampagne</translation>
    </message>
    <message>
        <source>Revenue and cost by campaign</source>
        <translation>Umsatz und Kosten nach Kampagne</translation>
    </message>
    <message>
        <source>Mentions by channel and sentiment</source>
        <translation>Erwähnungen nach Kanal und Stimmung</translation>
    </message>
    <message>
        <source>Net sentiment over time</source>
        <translation>Netto-Stimmung im Zeitverlauf</translation>
    </message>
    <message>
        <source>Top advocates</source>
        <translation>Top-Markenbotschafter</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A ratio shown as a percentage; &quot;—&quot; when it is undefined</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No referrals in this period yet.</source>
        <translation>In diesem Zeitraum gibt es noch keine Empfehlungen.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konvertiert</translation>
    </message>
    <message>
        <source>%1: %2 referrals, %3 converted</source>
        <translation>%1: %2 Empfehlungen, %3 konvertiert</translation>
    </message>
    <message>
        <source>%1: %2 converted of %3 referrals</source>
        <translation>%1: %2 von %3 Empfehlungen konvertiert</translation>
    </message>
    <message>
        <source>The funnel shows how far referrals get, once there are some.</source>
        <translation>Der Funnel zeigt, wie weit Empfehlungen kommen, sobald es welche gibt.</translation>
    </message>
    <message>
        <source>Rewarded</source>
        <translation>Prämiert</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of all referrals)</source>
        <translation>%1: %2 (%3 aller Empfehlungen)</translation>
    </message>
    <message>
        <source>Rejected: %1 · Reversed: %2</source>
        <translation>Abgelehnt: %1 · Rückgebucht: %2</translation>
    </message>
    <message>
        <source>Each campaign&apos;s return shows here once it has referrals or costs.</source>
        <translation>Hier erscheint der Ertrag jeder Kampagne, sobald sie Empfehlungen oder Kosten hat.</translation>
    </message>
    <message>
        <source>No campaign has had a cost yet, so there is no return to measure: rewards count once they are approved.</source>
        <translation>Bisher hatte keine Kampagne Kosten, daher gibt es keinen Ertrag zu messen: Prämien zählen, sobald sie freigegeben sind.</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Return on Investment</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: undefined, the campaign has no cost yet</source>
        <translation>%1: nicht definiert, die Kampagne hat noch keine Kosten</translation>
    </message>
    <message>
        <source>Each campaign&apos;s revenue and cost show here.</source>
        <translation>Hier erscheinen Umsatz und Kosten jeder Kampagne.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>%1: revenue %2, cost %3</source>
        <translation>%1: Umsatz %2, Kosten %3</translation>
    </message>
    <message>
        <source>No mentions in this period. Log what people say on the Mentions page, or import the export of your listening tool.</source>
        <translation>Keine Erwähnungen in diesem Zeitraum. Erfassen Sie auf der Seite „Erwähnungen“, was über Sie gesagt wird, oder importieren Sie den Export Ihres Social-Listening-Tools.</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Other channels</source>
        <translation>Andere Kanäle</translation>
    </message>
    <message>
        <source>%1: %2 positive, %3 neutral, %4 negative; reach %5</source>
        <translation>%1: %2 positiv, %3 neutral, %4 negativ; Reichweite %5</translation>
    </message>
    <message>
        <source>Net sentiment %1 · reach %2</source>
        <translation>Netto-Stimmung %1 · Reichweite %2</translation>
    </message>
    <message>
        <source>How the tone of what people say changes shows here once there are mentions.</source>
        <translation>Hier sehen Sie, wie sich der Ton der Äußerungen über Sie entwickelt, sobald es Erwähnungen gibt.</translation>
    </message>
    <message>
        <source>Net sentiment</source>
        <translation>Netto-Stimmung</translation>
    </message>
    <message>
        <source>%1: net sentiment %2 (%3 positive, %4 neutral, %5 negative)</source>
        <translation>%1: Netto-Stimmung %2 (%3 positiv, %4 neutral, %5 negativ)</translation>
    </message>
    <message>
        <source>The advocates who bring the most customers show here.</source>
        <translation>Hier erscheinen die Markenbotschafter, die die meisten Kunden bringen.</translation>
    </message>
    <message>
        <source>Converted referrals</source>
        <translation>Konvertierte Empfehlungen</translation>
    </message>
    <message>
        <source>%1: %2 converted of %3 referrals, revenue %4</source>
        <translation>%1: %2 von %3 Empfehlungen konvertiert, Umsatz %4</translation>
    </message>
</context>
<context>
    <name>ProgramMetrics</name>
    <message>
        <source>Computing the program&apos;s metrics</source>
        <translation>Berechnen der Kennzahlen des Programms</translation>
    </message>
    <message>
        <source>There is not enough memory to follow the referral chains.</source>
        <translation>Es ist nicht genug Arbeitsspeicher vorhanden, um den Empfehlungsketten zu folgen.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Please Wait</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation>Es gibt nichts, was in den QR-Code aufgenommen werden könnte.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes). Use a shorter link.</source>
        <translation>Der Text ist zu lang für einen QR-Code (%1 Byte). Verwenden Sie einen kürzeren Link.</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>Der QR-Code konnte nicht erzeugt werden.</translation>
    </message>
</context>
<context>
    <name>RecordExport</name>
    <message>
        <source>Reading the referrals to export</source>
        <translation>Laden der zu exportierenden Empfehlungen</translation>
    </message>
    <message>
        <source>Reading the rewards to export</source>
        <translation>Laden der zu exportierenden Prämien</translation>
    </message>
    <message>
        <source>Reading the mentions to export</source>
        <translation>Laden der zu exportierenden Erwähnungen</translation>
    </message>
    <message>
        <source>Reading the advocates to export</source>
        <translation>Laden der zu exportierenden Markenbotschafter</translation>
    </message>
    <message>
        <source>Counting the referrals to export</source>
        <translation>Zählen der zu exportierenden Empfehlungen</translation>
    </message>
    <message>
        <source>Counting the rewards to export</source>
        <translation>Zählen der zu exportierenden Prämien</translation>
    </message>
    <message>
        <source>Counting the mentions to export</source>
        <translation>Zählen der zu exportierenden Erwähnungen</translation>
    </message>
    <message>
        <source>Counting the advocates to export</source>
        <translation>Zählen der zu exportierenden Markenbotschafter</translation>
    </message>
    <message>
        <source>Export Referrals</source>
        <translation>Empfehlungen exportieren</translation>
    </message>
    <message>
        <source>Export Rewards</source>
        <translation>Prämien exportieren</translation>
    </message>
    <message>
        <source>Export Mentions</source>
        <translation>Erwähnungen exportieren</translation>
    </message>
    <message>
        <source>Export Advocates</source>
        <translation>Markenbotschafter exportieren</translation>
    </message>
    <message>
        <source>Referrals with their campaign, referrer, friend, channel, status, the date of each step and the order value.</source>
        <translation>Empfehlungen mit Kampagne, Empfehlungsgeber, Freund, Kanal, Status, dem Datum jedes Schritts und dem Bestellwert.</translation>
    </message>
    <message>
        <source>Rewards with their campaign, recipient, value, cost to the business, status and dates.</source>
        <translation>Prämien mit Kampagne, Empfänger, Wert, Kosten für das Unternehmen, Status und Datumsangaben.</translation>
    </message>
    <message>
        <source>Mentions with when and where they were made, author, sentiment, reach, link, text, response and testimonial permission.</source>
        <translation>Erwähnungen mit Zeitpunkt und Ort, Autor, Stimmung, Reichweite, Link, Text, Antwort und Zustimmung zur Verwendung als Kundenstimme.</translation>
    </message>
    <message>
        <source>Advocates with their contact details, tags, consent, spending, referral code and referrer; the file can be imported again.</source>
        <translation>Markenbotschafter mit Kontaktdaten, Schlagwörtern, Einwilligung, Ausgaben, Empfehlungscode und Empfehlungsgeber; die Datei kann wieder importiert werden.</translation>
    </message>
    <message>
        <source>%1 failed: the database is not open.</source>
        <translation>%1 fehlgeschlagen: Die Datenbank ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>RecordExportFlow</name>
    <message>
        <source>referrals-%1</source>
        <extracomment>A file name; %1 is today&apos;s date (2026-11-22)</extracomment>
        <translation>empfehlungen-%1</translation>
    </message>
    <message>
        <source>rewards-%1</source>
        <extracomment>A file name; %1 is today&apos;s date (2026-11-22)</extracomment>
        <translation>prämien-%1</translation>
    </message>
    <message>
        <source>mentions-%1</source>
        <extracomment>A file name; %1 is today&apos;s date (2026-11-22)</extracomment>
        <translation>erwähnungen-%1</translation>
    </message>
    <message>
        <source>advocates-%1</source>
        <extracomment>A file name; %1 is today&apos;s date (2026-11-22)</extracomment>
        <translation>markenbotschafter-%1</translation>
    </message>
    <message>
        <source>Counting the referrals…</source>
        <translation>Empfehlungen werden gezählt…</translation>
    </message>
    <message>
        <source>Counting the rewards…</source>
        <translation>Prämien werden gezählt…</translation>
    </message>
    <message>
        <source>Counting the mentions…</source>
        <translation>Erwähnungen werden gezählt…</translation>
    </message>
    <message>
        <source>Counting the advocates…</source>
        <translation>Markenbotschafter werden gezählt…</translation>
    </message>
    <message>
        <source>Exporting the referrals to “%1”…</source>
        <translation>Empfehlungen werden nach „%1“ exportiert…</translation>
    </message>
    <message>
        <source>Exporting the rewards to “%1”…</source>
        <translation>Prämien werden nach „%1“ exportiert…</translation>
    </message>
    <message>
        <source>Exporting the mentions to “%1”…</source>
        <translation>Erwähnungen werden nach „%1“ exportiert…</translation>
    </message>
    <message>
        <source>Exporting the advocates to “%1”…</source>
        <translation>Markenbotschafter werden nach „%1“ exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln referral(s) to “%1”.</source>
        <translation>
            <numerusform>%Ln Empfehlung in „%1“ gespeichert.</numerusform>
            <numerusform>%Ln Empfehlungen in „%1“ gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln reward(s) to “%1”.</source>
        <translation>
            <numerusform>%Ln Prämie in „%1“ gespeichert.</numerusform>
            <numerusform>%Ln Prämien in „%1“ gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln mention(s) to “%1”.</source>
        <translation>
            <numerusform>%Ln Erwähnung in „%1“ gespeichert.</numerusform>
            <numerusform>%Ln Erwähnungen in „%1“ gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln advocate(s) to “%1”.</source>
        <translation>
            <numerusform>%Ln Markenbotschafter in „%1“ gespeichert.</numerusform>
            <numerusform>%Ln Markenbotschafter in „%1“ gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tab-separated files (*.tsv *.txt);;All files (*)</source>
        <translation>Tabulatorgetrennte Dateien (*.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <source>Choose the campaign this referral belongs to.</source>
        <translation>Wählen Sie die Kampagne, zu der diese Empfehlung gehört.</translation>
    </message>
    <message>
        <source>Choose the advocate who made this referral.</source>
        <translation>Wählen Sie den Markenbotschafter, der diese Empfehlung abgegeben hat.</translation>
    </message>
    <message>
        <source>An advocate cannot refer themselves.</source>
        <translation>Ein Markenbotschafter kann sich nicht selbst empfehlen.</translation>
    </message>
    <message>
        <source>Give the friend&apos;s name or email address, or pick an existing advocate.</source>
        <translation>Geben Sie Namen oder E-Mail-Adresse des Freundes an oder wählen Sie einen vorhandenen Markenbotschafter.</translation>
    </message>
    <message>
        <source>The order value cannot be negative.</source>
        <translation>Der Bestellwert darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Say why the referral is rejected.</source>
        <translation>Geben Sie an, warum die Empfehlung abgelehnt wird.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konvertiert</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rewarded</source>
        <translation>Prämiert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Rückgebucht</translation>
    </message>
</context>
<context>
    <name>ReferralCardsWriter</name>
    <message>
        <source>Your friend gets %1, and you get %2.</source>
        <translation>Ihr Freund erhält %1, und Sie erhalten %2.</translation>
    </message>
    <message>
        <source>Your friend gets %1.</source>
        <translation>Ihr Freund erhält %1.</translation>
    </message>
    <message>
        <source>You get %1 for each friend you refer.</source>
        <translation>Sie erhalten %1 für jeden Freund, den Sie werben.</translation>
    </message>
    <message>
        <source>Your referral code</source>
        <translation>Ihr Empfehlungscode</translation>
    </message>
    <message>
        <source>Scan to visit</source>
        <translation>Zum Öffnen scannen</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2. Check that the folder exists and can be written to, and that the disk is not full, or choose another place.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner existiert und beschreibbar ist und ob auf dem Datenträger genug Platz ist, oder wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <source>Referral cards: %1</source>
        <translation>Empfehlungskarten: %1</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>die PDF-Datei konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ReferralCode</name>
    <message>
        <source>A referral code needs at least 3 characters.</source>
        <translation>Ein Empfehlungscode braucht mindestens 3 Zeichen.</translation>
    </message>
    <message>
        <source>A referral code can have at most 32 characters.</source>
        <translation>Ein Empfehlungscode darf höchstens 32 Zeichen haben.</translation>
    </message>
    <message>
        <source>A referral code can only use the letters A–Z, digits and dashes; &quot;%1&quot; is not allowed.</source>
        <translation>Ein Empfehlungscode darf nur die Buchstaben A–Z, Ziffern und Bindestriche enthalten; „%1“ ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>A referral code cannot start or end with a dash.</source>
        <translation>Ein Empfehlungscode darf nicht mit einem Bindestrich beginnen oder enden.</translation>
    </message>
</context>
<context>
    <name>ReferralStore</name>
    <message>
        <source>Checking the referral</source>
        <translation>Prüfen der Empfehlung</translation>
    </message>
    <message>
        <source>The campaign chosen for this referral no longer exists.</source>
        <translation>Die für diese Empfehlung gewählte Kampagne existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The advocate chosen as referrer no longer exists.</source>
        <translation>Der als Empfehlungsgeber gewählte Markenbotschafter existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The advocate chosen as the friend no longer exists.</source>
        <translation>Der als Freund gewählte Markenbotschafter existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The import this referral came from no longer exists.</source>
        <translation>Der Import, aus dem diese Empfehlung stammt, existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Saving the referral</source>
        <translation>Speichern der Empfehlung</translation>
    </message>
    <message>
        <source>Reading the referral</source>
        <translation>Laden der Empfehlung</translation>
    </message>
    <message>
        <source>The referral no longer exists.</source>
        <translation>Die Empfehlung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The referral has not been saved yet.</source>
        <translation>Die Empfehlung wurde noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Deleting the referral</source>
        <translation>Löschen der Empfehlung</translation>
    </message>
    <message>
        <source>Reading the referral&apos;s history</source>
        <translation>Laden des Verlaufs der Empfehlung</translation>
    </message>
    <message>
        <source>Reading why the referral was flagged</source>
        <translation>Laden des Grunds für die Markierung der Empfehlung</translation>
    </message>
    <message>
        <source>Flagging the referral for review</source>
        <translation>Markieren der Empfehlung zur Prüfung</translation>
    </message>
    <message>
        <source>Recording the referral&apos;s status change</source>
        <translation>Erfassen des Statuswechsels der Empfehlung</translation>
    </message>
    <message>
        <source>The referral of “%1” was changed elsewhere (in another Grapevine window or by an import) after it was read. Nothing was saved, so that neither change is lost: look at it again and repeat what you did.</source>
        <translation>Die Empfehlung von „%1“ wurde an anderer Stelle geändert (in einem anderen Grapevine-Fenster oder durch einen Import), nachdem sie gelesen wurde. Es wurde nichts gespeichert, damit keine der beiden Änderungen verloren geht: Sehen Sie sie sich erneut an und wiederholen Sie, was Sie getan haben.</translation>
    </message>
</context>
<context>
    <name>ReferralTransitions</name>
    <message>
        <source>The referral is already %1.</source>
        <translation>Die Empfehlung ist bereits %1.</translation>
    </message>
    <message>
        <source>The referral was reversed after a refund; a reversed referral cannot change again. Record a new referral if the friend comes back.</source>
        <translation>Die Empfehlung wurde nach einer Erstattung rückgebucht; eine rückgebuchte Empfehlung kann sich nicht mehr ändern. Erfassen Sie eine neue Empfehlung, wenn der Freund wiederkommt.</translation>
    </message>
    <message>
        <source>A referral that is %1 cannot be rejected: its rewards were approved. Reverse it instead if the order was refunded.</source>
        <translation>Eine Empfehlung, die %1 ist, kann nicht abgelehnt werden: Ihre Prämien wurden freigegeben. Buchen Sie sie stattdessen zurück, wenn die Bestellung erstattet wurde.</translation>
    </message>
    <message>
        <source>Only a converted referral can be reversed (a refund); this one is %1.</source>
        <translation>Nur eine konvertierte Empfehlung kann rückgebucht werden (bei einer Erstattung); diese ist %1.</translation>
    </message>
    <message>
        <source>Only a rejected referral can be reopened; this one is %1.</source>
        <translation>Nur eine abgelehnte Empfehlung kann wieder geöffnet werden; diese ist %1.</translation>
    </message>
    <message>
        <source>A referral that is %1 cannot become %2.</source>
        <translation>Eine Empfehlung, die %1 ist, kann nicht %2 werden.</translation>
    </message>
</context>
<context>
    <name>ReferralTree</name>
    <message>
        <source>Reading who referred the advocate</source>
        <translation>Laden der Empfehlungsgeber des Markenbotschafters</translation>
    </message>
    <message>
        <source>The chain of referrers is longer than %1 people, or loops back on itself. Check the &quot;Referred by&quot; field of the advocates in it.</source>
        <translation>Die Kette der Empfehlungsgeber ist länger als %1 Personen oder führt im Kreis. Prüfen Sie das Feld „Empfohlen von“ der beteiligten Markenbotschafter.</translation>
    </message>
    <message>
        <source>Reading whom the advocate referred</source>
        <translation>Laden der vom Markenbotschafter Geworbenen</translation>
    </message>
</context>
<context>
    <name>ReferralWorkflow</name>
    <message>
        <source>Looking up the referral code</source>
        <translation>Suchen des Empfehlungscodes</translation>
    </message>
    <message>
        <source>Choose the campaign this referral belongs to.</source>
        <translation>Wählen Sie die Kampagne, zu der diese Empfehlung gehört.</translation>
    </message>
    <message>
        <source>No advocate has the referral code %1.</source>
        <translation>Kein Markenbotschafter hat den Empfehlungscode %1.</translation>
    </message>
    <message>
        <source>The code %1 belongs to another advocate, so the referral is credited to them: the code decides who referred.</source>
        <translation>Der Code %1 gehört einem anderen Markenbotschafter, daher wird ihm die Empfehlung gutgeschrieben: Der Code entscheidet, wer empfohlen hat.</translation>
    </message>
    <message>
        <source>Choose who made the referral, or enter the code the friend used.</source>
        <translation>Wählen Sie, wer die Empfehlung abgegeben hat, oder geben Sie den Code ein, den der Freund verwendet hat.</translation>
    </message>
    <message>
        <source>Flagged for review: %1</source>
        <translation>Zur Prüfung markiert: %1</translation>
    </message>
    <message>
        <source>Checking who the friend is credited to</source>
        <translation>Prüfen, wem der Freund zugerechnet wird</translation>
    </message>
    <message>
        <source>Duplicate: %1 was already referred by the same advocate on %2.</source>
        <translation>Duplikat: %1 wurde bereits am %2 vom selben Markenbotschafter empfohlen.</translation>
    </message>
    <message>
        <source>Duplicate: %1 is already credited to %2 (referred on %3); a friend counts for one referrer per campaign.</source>
        <translation>Duplikat: %1 ist bereits %2 zugerechnet (empfohlen am %3); ein Freund zählt pro Kampagne für nur einen Empfehlungsgeber.</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate: %1 was first referred by %2 on %3, within the %Ln-day attribution window; the first referral gets the credit.</source>
        <translation>
            <numerusform>Duplikat: %1 wurde zuerst am %3 von %2 empfohlen, innerhalb des Zuordnungszeitraums von %Ln Tag; die erste Empfehlung wird gutgeschrieben.</numerusform>
            <numerusform>Duplikat: %1 wurde zuerst am %3 von %2 empfohlen, innerhalb des Zuordnungszeitraums von %Ln Tagen; die erste Empfehlung wird gutgeschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order value cannot be negative.</source>
        <translation>Der Bestellwert darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>This referral is waiting for review: let it through in the review queue first.</source>
        <translation>Diese Empfehlung wartet auf Prüfung: Lassen Sie sie zuerst in der Prüfliste zu.</translation>
    </message>
    <message>
        <source>Say why the referral is rejected.</source>
        <translation>Geben Sie an, warum die Empfehlung abgelehnt wird.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s) reversed.</source>
        <translation>
            <numerusform>%Ln Prämie rückgebucht.</numerusform>
            <numerusform>%Ln Prämien rückgebucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s) voided.</source>
        <translation>
            <numerusform>%Ln Prämie storniert.</numerusform>
            <numerusform>%Ln Prämien storniert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No rewards: %1</source>
        <translation>Keine Prämien: %1</translation>
    </message>
    <message>
        <source>The order of %1 is below the campaign&apos;s minimum of %2.</source>
        <translation>Die Bestellung über %1 liegt unter dem Mindestbestellwert der Kampagne von %2.</translation>
    </message>
    <message>
        <source>The friend was already a customer, and the campaign rewards new customers only.</source>
        <translation>Der Freund war bereits Kunde, und die Kampagne belohnt nur Neukunden.</translation>
    </message>
    <message numerus="yes">
        <source>The friend %1 %Ln day(s) after the referral, outside the campaign&apos;s %2-day attribution window.</source>
        <translation>
            <numerusform>%1 des Freundes erfolgte %Ln Tag nach der Empfehlung, außerhalb des Zuordnungszeitraums der Kampagne von %2 Tagen.</numerusform>
            <numerusform>%1 des Freundes erfolgte %Ln Tage nach der Empfehlung, außerhalb des Zuordnungszeitraums der Kampagne von %2 Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>signed up</source>
        <translation>Die Registrierung</translation>
    </message>
    <message>
        <source>bought</source>
        <translation>Der Kauf</translation>
    </message>
    <message>
        <source>Reading the campaign&apos;s budget</source>
        <translation>Laden des Kampagnenbudgets</translation>
    </message>
    <message>
        <source>This reward (%1) would take the campaign over its budget of %2; %3 is already committed.</source>
        <translation>Diese Prämie (%1) würde das Budget der Kampagne von %2 überschreiten; %3 sind bereits gebunden.</translation>
    </message>
    <message>
        <source>Reward withheld: %1</source>
        <translation>Prämie einbehalten: %1</translation>
    </message>
    <message>
        <source>Counting the advocate&apos;s rewards</source>
        <translation>Zählen der Prämien des Markenbotschafters</translation>
    </message>
    <message numerus="yes">
        <source>The advocate already has %Ln reward(s) from this campaign, the most it gives one advocate.</source>
        <translation>
            <numerusform>Der Markenbotschafter hat bereits %Ln Prämie aus dieser Kampagne – das Maximum, das sie einem Markenbotschafter gewährt.</numerusform>
            <numerusform>Der Markenbotschafter hat bereits %Ln Prämien aus dieser Kampagne – das Maximum, das sie einem Markenbotschafter gewährt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the advocate&apos;s conversions</source>
        <translation>Zählen der Conversions des Markenbotschafters</translation>
    </message>
    <message>
        <source>Reading the milestone rewards</source>
        <translation>Laden der Meilensteinprämien</translation>
    </message>
    <message numerus="yes">
        <source>Milestone: %Ln converted referral(s)</source>
        <translation>
            <numerusform>Meilenstein: %Ln konvertierte Empfehlung</numerusform>
            <numerusform>Meilenstein: %Ln konvertierte Empfehlungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Let through after review</source>
        <translation>Nach Prüfung zugelassen</translation>
    </message>
    <message>
        <source>Recording the review</source>
        <translation>Erfassen der Prüfung</translation>
    </message>
    <message>
        <source>Say why the referrals are rejected.</source>
        <translation>Geben Sie an, warum die Empfehlungen abgelehnt werden.</translation>
    </message>
    <message>
        <source>Rejected after review: %1</source>
        <translation>Nach Prüfung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Reading the referral&apos;s rewards</source>
        <translation>Laden der Prämien der Empfehlung</translation>
    </message>
    <message>
        <source>A reward was approved</source>
        <translation>Eine Prämie wurde freigegeben</translation>
    </message>
    <message>
        <source>Every reward was issued</source>
        <translation>Alle Prämien wurden ausgegeben</translation>
    </message>
</context>
<context>
    <name>RejectedRowsFile</name>
    <message>
        <source>Reading the rejected rows</source>
        <translation>Laden der abgelehnten Zeilen</translation>
    </message>
    <message>
        <source>There is no import number %1.</source>
        <translation>Es gibt keinen Import mit der Nummer %1.</translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation>Importproblem</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Veränderung</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>%1 %2 points</source>
        <translation>%1 %2 Prozentpunkte</translation>
    </message>
    <message>
        <source>Made with Grapevine on %1.</source>
        <translation>Erstellt mit Grapevine am %1.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Converted (new customers)</source>
        <translation>Konvertiert (Neukunden)</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Conversion-Rate</translation>
    </message>
    <message>
        <source>Participation rate</source>
        <translation>Beteiligungsquote</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Cost (rewards and recorded costs)</source>
        <translation>Kosten (Prämien und erfasste Kosten)</translation>
    </message>
    <message>
        <source>Return on investment (ROI)</source>
        <translation>Return on Investment (ROI)</translation>
    </message>
    <message>
        <source>Cost per new customer (CAC)</source>
        <translation>Kosten pro Neukunde (CAC)</translation>
    </message>
    <message>
        <source>Baseline CAC of paid channels</source>
        <translation>Vergleichs-CAC bezahlter Kanäle</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Saving per new customer</source>
        <translation>Ersparnis pro Neukunde</translation>
    </message>
    <message>
        <source>K-factor</source>
        <translation>K-Faktor</translation>
    </message>
    <message>
        <source>Generations of referrals</source>
        <translation>Empfehlungsgenerationen</translation>
    </message>
    <message>
        <source>Rewards owed (approved, not yet given)</source>
        <translation>Offene Prämien (freigegeben, noch nicht ausgegeben)</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Reach of the mentions</source>
        <translation>Reichweite der Erwähnungen</translation>
    </message>
    <message>
        <source>Net sentiment</source>
        <translation>Netto-Stimmung</translation>
    </message>
    <message>
        <source>Negative mentions answered in time</source>
        <translation>Rechtzeitig beantwortete negative Erwähnungen</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>%1 (%2 answers)</source>
        <translation>%1 (%2 Antworten)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorzeitraum</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Referrals, and the revenue and rewards that come from them, count in the period the referral was made; recorded costs on the day they were incurred. A figure that cannot be worked out (a division by zero) shows as “—”. The previous period is the one of the same length just before.</source>
        <translation>Empfehlungen sowie der Umsatz und die Prämien, die daraus entstehen, zählen in dem Zeitraum, in dem die Empfehlung abgegeben wurde; erfasste Kosten an dem Tag, an dem sie angefallen sind. Eine Kennzahl, die sich nicht berechnen lässt (Division durch null), erscheint als „—“. Der Vorzeitraum ist der gleich lange Zeitraum direkt davor.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>No referrals were made in this period.</source>
        <translation>In diesem Zeitraum wurden keine Empfehlungen abgegeben.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Each stage counts the referrals that reached it, so a rewarded referral counts in every stage before it. Rejected and reversed referrals are counted apart.</source>
        <translation>Jede Stufe zählt die Empfehlungen, die sie erreicht haben; eine prämierte Empfehlung zählt also in jeder Stufe davor mit. Abgelehnte und rückgebuchte Empfehlungen werden gesondert gezählt.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>No campaign had referrals or costs in this period.</source>
        <translation>Keine Kampagne hatte in diesem Zeitraum Empfehlungen oder Kosten.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konvertiert</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Top advocates</source>
        <translation>Top-Markenbotschafter</translation>
    </message>
    <message>
        <source>Nobody made a referral in this period.</source>
        <translation>In diesem Zeitraum hat niemand eine Empfehlung abgegeben.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Markenbotschafter</translation>
    </message>
    <message>
        <source>Rewards paid and owed</source>
        <translation>Ausgegebene und offene Prämien</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Prämien</translation>
    </message>
    <message>
        <source>At cost</source>
        <translation>Kostenwert</translation>
    </message>
    <message>
        <source>Given (issued)</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Owed (approved, not yet given)</source>
        <translation>Offen (freigegeben, noch nicht ausgegeben)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>No reward is waiting to be given.</source>
        <translation>Keine Prämie wartet auf Ausgabe.</translation>
    </message>
    <message>
        <source>Still to give:</source>
        <translation>Noch auszugeben:</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Prämie</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>The %1 longest waiting of %2; the Rewards page lists them all.</source>
        <translation>Die %1 am längsten wartenden von %2; die Seite „Prämien“ listet alle auf.</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Rewards (given and owed, at cost)</source>
        <translation>Prämien (ausgegeben und offen, zum Kostenwert)</translation>
    </message>
    <message>
        <source>Recorded campaign costs</source>
        <translation>Erfasste Kampagnenkosten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>The first %1 of %2 recorded costs.</source>
        <translation>Die ersten %1 von %2 erfassten Kostenposten.</translation>
    </message>
    <message>
        <source>reach %1</source>
        <translation>Reichweite %1</translation>
    </message>
    <message>
        <source>permission: %1</source>
        <translation>Zustimmung: %1</translation>
    </message>
    <message>
        <source>Testimonials</source>
        <translation>Kundenstimmen</translation>
    </message>
    <message>
        <source>No testimonial was recorded in this period. Mark a positive mention as a testimonial once its author allows you to reuse it.</source>
        <translation>In diesem Zeitraum wurde keine Kundenstimme erfasst. Markieren Sie eine positive Erwähnung als Kundenstimme, sobald der Autor der Weiterverwendung zustimmt.</translation>
    </message>
    <message>
        <source>Notable mentions</source>
        <translation>Bemerkenswerte Erwähnungen</translation>
    </message>
    <message>
        <source>No mention with a known reach in this period.</source>
        <translation>Keine Erwähnung mit bekannter Reichweite in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>The mentions that reached most people.</source>
        <translation>Die Erwähnungen mit der größten Reichweite.</translation>
    </message>
    <message>
        <source>Incentive disclosure</source>
        <translation>Transparenzhinweis</translation>
    </message>
    <message>
        <source>No campaign is part of this report.</source>
        <translation>Keine Kampagne ist Teil dieses Berichts.</translation>
    </message>
    <message>
        <source>no disclosure text. Rewarded recommendations must say that they are rewarded: add the text on the campaign.</source>
        <translation>kein Transparenzhinweis. Empfehlungen gegen Prämie müssen als solche gekennzeichnet sein: Fügen Sie den Text in der Kampagne hinzu.</translation>
    </message>
    <message>
        <source>Referral report: %1</source>
        <translation>Empfehlungsbericht: %1</translation>
    </message>
    <message>
        <source>Referral report: all campaigns</source>
        <translation>Empfehlungsbericht: alle Kampagnen</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>period from – to</comment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>ReportExtras</name>
    <message>
        <source>Reading the rewards, costs and mentions of the report</source>
        <translation>Laden der Prämien, Kosten und Erwähnungen des Berichts</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ReportInput</name>
    <message>
        <source>Reading the campaign of the report</source>
        <translation>Laden der Kampagne des Berichts</translation>
    </message>
    <message>
        <source>The campaign of the report no longer exists.</source>
        <translation>Die Kampagne des Berichts existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ReportPages</name>
    <message>
        <source>The page is too small for the report.</source>
        <translation>Die Seite ist zu klein für den Bericht.</translation>
    </message>
    <message>
        <source>The report cannot be drawn on this printer or file.</source>
        <translation>Der Bericht kann auf diesem Drucker oder in dieser Datei nicht ausgegeben werden.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The report could not be finished.</source>
        <translation>Der Bericht konnte nicht fertiggestellt werden.</translation>
    </message>
</context>
<context>
    <name>ResponseWorkflow</name>
    <message>
        <source>Write the response you gave, so it is kept with the mention.</source>
        <translation>Schreiben Sie die Antwort auf, die Sie gegeben haben, damit sie bei der Erwähnung gespeichert wird.</translation>
    </message>
    <message>
        <source>This mention is resolved. Reopen it to respond again.</source>
        <translation>Diese Erwähnung ist erledigt. Öffnen Sie sie wieder, um erneut zu antworten.</translation>
    </message>
    <message>
        <source>This mention is already resolved.</source>
        <translation>Diese Erwähnung ist bereits erledigt.</translation>
    </message>
    <message>
        <source>Record the response first; a mention is resolved after it was answered.</source>
        <translation>Erfassen Sie zuerst die Antwort; eine Erwähnung wird erst erledigt, nachdem sie beantwortet wurde.</translation>
    </message>
    <message>
        <source>This mention is already waiting for a response.</source>
        <translation>Diese Erwähnung wartet bereits auf eine Antwort.</translation>
    </message>
    <message>
        <source>Say when the author allowed the mention to be reused.</source>
        <translation>Geben Sie an, wann der Autor der Weiterverwendung der Erwähnung zugestimmt hat.</translation>
    </message>
    <message>
        <source>The permission cannot be dated in the future.</source>
        <translation>Die Zustimmung kann nicht in der Zukunft datiert sein.</translation>
    </message>
    <message>
        <source>Say how the author gave permission (by email, on the review form…).</source>
        <translation>Geben Sie an, wie der Autor zugestimmt hat (per E-Mail, im Bewertungsformular …).</translation>
    </message>
    <message>
        <source>Counting the mentions that need a response</source>
        <translation>Zählen der Erwähnungen, die eine Antwort brauchen</translation>
    </message>
    <message>
        <source>Reading the response queue</source>
        <translation>Laden der Antwortliste</translation>
    </message>
</context>
<context>
    <name>Reward</name>
    <message>
        <source>A reward must belong to a campaign.</source>
        <translation>Eine Prämie muss zu einer Kampagne gehören.</translation>
    </message>
    <message>
        <source>A reward needs a referral or an advocate who receives it.</source>
        <translation>Eine Prämie braucht eine Empfehlung oder einen Markenbotschafter, der sie erhält.</translation>
    </message>
    <message>
        <source>Choose what kind of reward this is.</source>
        <translation>Wählen Sie die Art der Prämie.</translation>
    </message>
    <message>
        <source>A reward value cannot be negative.</source>
        <translation>Ein Prämienwert darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>A percentage discount can be at most 100%.</source>
        <translation>Ein Prozentrabatt darf höchstens 100 % betragen.</translation>
    </message>
    <message>
        <source>The cost of a reward cannot be negative.</source>
        <translation>Die Kosten einer Prämie dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>A withheld reward needs the reason it was withheld.</source>
        <translation>Eine einbehaltene Prämie braucht den Grund, warum sie einbehalten wurde.</translation>
    </message>
    <message>
        <source>A milestone is reached after at least one converted referral.</source>
        <translation>Ein Meilenstein wird nach mindestens einer konvertierten Empfehlung erreicht.</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Markenbotschafter</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Freund</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Rückgebucht</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Einbehalten</translation>
    </message>
</context>
<context>
    <name>RewardLedger</name>
    <message>
        <source>Reading the reward</source>
        <translation>Laden der Prämie</translation>
    </message>
    <message>
        <source>The reward no longer exists.</source>
        <translation>Die Prämie existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Reward %1</source>
        <translation>Prämie %1</translation>
    </message>
    <message>
        <source>Reward %1 (%2)</source>
        <translation>Prämie %1 (%2)</translation>
    </message>
    <message>
        <source>Writing the rewards ledger</source>
        <translation>Schreiben des Prämienjournals</translation>
    </message>
    <message>
        <source>Reward %1 no longer exists.</source>
        <translation>Prämie %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 is %2, not pending.</source>
        <translation>%1 ist %2, nicht offen.</translation>
    </message>
    <message>
        <source>%1: its referral is waiting for review.</source>
        <translation>%1: Die zugehörige Empfehlung wartet auf Prüfung.</translation>
    </message>
    <message>
        <source>%1 is held until %2.</source>
        <translation>%1 wird bis %2 zurückgehalten.</translation>
    </message>
    <message>
        <source>%1 is not approved yet.</source>
        <translation>%1 ist noch nicht freigegeben.</translation>
    </message>
    <message>
        <source>%1 is %2, not approved.</source>
        <translation>%1 ist %2, nicht freigegeben.</translation>
    </message>
    <message>
        <source>%1 was already issued; reverse it instead if it has to be taken back.</source>
        <translation>%1 wurde bereits ausgegeben; buchen Sie sie stattdessen zurück, wenn sie zurückgenommen werden muss.</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be voided.</source>
        <translation>%1 ist %2 und kann nicht storniert werden.</translation>
    </message>
    <message>
        <source>%1 was already reversed.</source>
        <translation>%1 wurde bereits rückgebucht.</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be reversed.</source>
        <translation>%1 ist %2 und kann nicht rückgebucht werden.</translation>
    </message>
    <message>
        <source>Say why the reward is adjusted; the note stays in the ledger.</source>
        <translation>Geben Sie an, warum die Prämie korrigiert wird; die Notiz bleibt im Journal.</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be adjusted.</source>
        <translation>%1 ist %2 und kann nicht korrigiert werden.</translation>
    </message>
    <message>
        <source>An adjustment cannot make a reward&apos;s value or cost negative.</source>
        <translation>Eine Korrektur darf Wert oder Kosten einer Prämie nicht negativ machen.</translation>
    </message>
    <message>
        <source>Reading the points balance</source>
        <translation>Laden des Punktestands</translation>
    </message>
    <message>
        <source>Checking the rewards ledger</source>
        <translation>Prüfen des Prämienjournals</translation>
    </message>
</context>
<context>
    <name>RewardStore</name>
    <message>
        <source>Checking the reward</source>
        <translation>Prüfen der Prämie</translation>
    </message>
    <message>
        <source>The campaign of this reward no longer exists.</source>
        <translation>Die Kampagne dieser Prämie existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The referral this reward is for no longer exists.</source>
        <translation>Die Empfehlung, für die diese Prämie gilt, existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The advocate who receives this reward no longer exists.</source>
        <translation>Der Markenbotschafter, der diese Prämie erhält, existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A reward for a referral must belong to the referral&apos;s campaign.</source>
        <translation>Eine Prämie für eine Empfehlung muss zur Kampagne der Empfehlung gehören.</translation>
    </message>
    <message>
        <source>Saving the reward</source>
        <translation>Speichern der Prämie</translation>
    </message>
    <message>
        <source>Reading the reward</source>
        <translation>Laden der Prämie</translation>
    </message>
    <message>
        <source>The reward no longer exists.</source>
        <translation>Die Prämie existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Reading the reward&apos;s ledger entries</source>
        <translation>Laden der Journaleinträge der Prämie</translation>
    </message>
    <message>
        <source>Writing the rewards ledger</source>
        <translation>Schreiben des Prämienjournals</translation>
    </message>
    <message>
        <source>Reading the rewards</source>
        <translation>Laden der Prämien</translation>
    </message>
</context>
<context>
    <name>RewardValueText</name>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Enter a whole number of points, e.g. %1.</source>
        <translation>Geben Sie eine ganze Zahl an Punkten ein, z. B. %1.</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 100 with at most two decimals, e.g. %1.</source>
        <translation>Geben Sie einen Prozentsatz von 0 bis 100 mit höchstens zwei Nachkommastellen ein, z. B. %1.</translation>
    </message>
    <message>
        <source>Enter an amount of money, e.g. %1.</source>
        <translation>Geben Sie einen Geldbetrag ein, z. B. %1.</translation>
    </message>
</context>
<context>
    <name>RewardWording</name>
    <message>
        <source>no reward</source>
        <translation>keine Prämie</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln Punkt</numerusform>
            <numerusform>%Ln Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 store credit</source>
        <extracomment>%1 is an amount of money, e.g. &quot;€10.00 store credit&quot;</extracomment>
        <translation>%1 Guthaben</translation>
    </message>
    <message>
        <source>%1% off</source>
        <extracomment>%1 is a number, e.g. &quot;15% off&quot;</extracomment>
        <translation>%1 % Rabatt</translation>
    </message>
    <message>
        <source>%1 off</source>
        <extracomment>%1 is an amount of money, e.g. &quot;€5.00 off&quot;</extracomment>
        <translation>%1 Rabatt</translation>
    </message>
    <message>
        <source>%1 cash</source>
        <extracomment>%1 is an amount of money, e.g. &quot;€25.00 cash&quot;</extracomment>
        <translation>%1 in bar</translation>
    </message>
    <message>
        <source>a gift worth %1</source>
        <extracomment>%1 is an amount of money</extracomment>
        <translation>ein Geschenk im Wert von %1</translation>
    </message>
    <message>
        <source>a gift</source>
        <translation>ein Geschenk</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Reading the business settings</source>
        <translation>Laden der Unternehmenseinstellungen</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO code such as EUR or USD.</source>
        <translation>Die Währung muss ein dreistelliger ISO-Code wie EUR oder USD sein.</translation>
    </message>
    <message>
        <source>Saving the business settings</source>
        <translation>Speichern der Unternehmenseinstellungen</translation>
    </message>
</context>
<context>
    <name>WordOfMouth</name>
    <message>
        <source>Computing the word-of-mouth figures</source>
        <translation>Berechnen der Mundpropaganda-Kennzahlen</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>Starting the change</source>
        <translation>Starten der Änderung</translation>
    </message>
    <message>
        <source>Saving the change</source>
        <translation>Speichern der Änderung</translation>
    </message>
</context>
<context>
    <name>grapevine::itemmodels::AdvocateTableModel</name>
    <message>
        <source>The selected advocates could not be read: %1</source>
        <translation>Die ausgewählten Markenbotschafter konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No marketing consent: left out of anything that contacts people.</source>
        <translation>Keine Marketing-Einwilligung: wird bei jeder Kontaktaufnahme ausgelassen.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>Empfehlungscode</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Rewards earned</source>
        <translation>Verdiente Prämien</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Dabei seit</translation>
    </message>
    <message>
        <source>Referrals this advocate made, in any status</source>
        <translation>Empfehlungen dieses Markenbotschafters, in jedem Status</translation>
    </message>
    <message>
        <source>Referrals now converted, approved or rewarded</source>
        <translation>Empfehlungen, die jetzt konvertiert, freigegeben oder prämiert sind</translation>
    </message>
    <message>
        <source>What the advocate&apos;s approved and issued rewards cost the business</source>
        <translation>Was die freigegebenen und ausgegebenen Prämien des Markenbotschafters das Unternehmen kosten</translation>
    </message>
    <message>
        <source>Points from issued points rewards</source>
        <translation>Punkte aus ausgegebenen Punkteprämien</translation>
    </message>
    <message>
        <source>Net Promoter Score answer, 0 to 10</source>
        <translation>Antwort zum Net Promoter Score, 0 bis 10</translation>
    </message>
    <message>
        <source>Marketing consent: only advocates with consent are contacted</source>
        <translation>Marketing-Einwilligung: Nur Markenbotschafter mit Einwilligung werden kontaktiert</translation>
    </message>
</context>
<context>
    <name>grapevine::itemmodels::CampaignListModel</name>
    <message>
        <source>No start date: it runs as soon as it is active</source>
        <translation>Kein Startdatum: läuft, sobald sie aktiv ist</translation>
    </message>
    <message>
        <source>No end date: it runs until you end it</source>
        <translation>Kein Enddatum: läuft, bis Sie sie beenden</translation>
    </message>
    <message>
        <source>%1 of the referrals converted</source>
        <translation>%1 der Empfehlungen konvertiert</translation>
    </message>
    <message>
        <source>No referrals yet, so no conversion rate</source>
        <translation>Noch keine Empfehlungen, daher keine Conversion-Rate</translation>
    </message>
    <message>
        <source>Rewards %1 + other costs %2</source>
        <extracomment>%1 rewards cost, %2 other recorded costs</extracomment>
        <translation>Prämien %1 + sonstige Kosten %2</translation>
    </message>
    <message>
        <source>Return on investment: (revenue − cost) ÷ cost</source>
        <translation>Return on Investment: (Umsatz − Kosten) ÷ Kosten</translation>
    </message>
    <message>
        <source>No costs recorded yet, so the return on investment is undefined</source>
        <translation>Noch keine Kosten erfasst, daher ist der Return on Investment nicht definiert</translation>
    </message>
    <message>
        <source>Referrals made in this campaign, whatever their status</source>
        <translation>In dieser Kampagne abgegebene Empfehlungen, unabhängig vom Status</translation>
    </message>
    <message>
        <source>Referrals now converted, approved or rewarded</source>
        <translation>Empfehlungen, die jetzt konvertiert, freigegeben oder prämiert sind</translation>
    </message>
    <message>
        <source>Order value of the converted referrals</source>
        <translation>Bestellwert der konvertierten Empfehlungen</translation>
    </message>
    <message>
        <source>Approved and issued rewards at cost, plus the campaign&apos;s recorded costs</source>
        <translation>Freigegebene und ausgegebene Prämien zum Kostenwert plus die erfassten Kosten der Kampagne</translation>
    </message>
    <message>
        <source>Return on investment: (revenue − cost) ÷ cost; “—” while there is no cost</source>
        <translation>Return on Investment: (Umsatz − Kosten) ÷ Kosten; „—“, solange es keine Kosten gibt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
</context>
<context>
    <name>grapevine::itemmodels::LeaderboardModel</name>
    <message>
        <source>Reading the leaderboard</source>
        <translation>Laden der Rangliste</translation>
    </message>
    <message>
        <source>Reading the campaign&apos;s leaderboard</source>
        <translation>Laden der Rangliste der Kampagne</translation>
    </message>
    <message>
        <source>Referrals now converted, approved or rewarded</source>
        <translation>Empfehlungen, die jetzt konvertiert, freigegeben oder prämiert sind</translation>
    </message>
    <message>
        <source>Order values of the converted referrals</source>
        <translation>Bestellwerte der konvertierten Empfehlungen</translation>
    </message>
    <message>
        <source>What the advocate&apos;s approved and issued rewards cost</source>
        <translation>Was die freigegebenen und ausgegebenen Prämien des Markenbotschafters kosten</translation>
    </message>
    <message>
        <source>Points issued and not reversed</source>
        <translation>Ausgegebene und nicht rückgebuchte Punkte</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Markenbotschafter</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konvertiert</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Prämien</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
</context>
<context>
    <name>grapevine::itemmodels::MentionListModel</name>
    <message>
        <source>Reading the mentions failed: the database is not open.</source>
        <translation>Laden der Erwähnungen fehlgeschlagen: Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Reading the mentions</source>
        <translation>Laden der Erwähnungen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due %1</source>
        <extracomment>A mention still needing a response; %1 is when the response is due.</extracomment>
        <translation>Fällig am %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>The author was given something for the mention; the cell is empty otherwise.</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <extracomment>%1 is &quot;Needs response&quot;, %2 when the response is due.</extracomment>
        <translation>%1, fällig am %2</translation>
    </message>
    <message>
        <source>How many people could have seen the mention, when known</source>
        <translation>Wie viele Personen die Erwähnung gesehen haben könnten, sofern bekannt</translation>
    </message>
    <message>
        <source>Whether the author was given something for the mention (a disclosure rule)</source>
        <translation>Ob der Autor etwas für die Erwähnung erhalten hat (Kennzeichnungspflicht)</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Incentivised</source>
        <translation>Belohnt</translation>
    </message>
</context>
<context>
    <name>grapevine::itemmodels::ReferralListModel</name>
    <message>
        <source>Reading the referrals</source>
        <translation>Laden der Empfehlungen</translation>
    </message>
    <message>
        <source>Counting the referrals</source>
        <translation>Zählen der Empfehlungen</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <source>Needs review: %1</source>
        <translation>Prüfung nötig: %1</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Empfehlungsgeber</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Freund</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>Bestellwert</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>grapevine::itemmodels::RewardListModel</name>
    <message>
        <source>Reading the rewards</source>
        <translation>Laden der Prämien</translation>
    </message>
    <message>
        <source>Adding up the rewards</source>
        <translation>Summieren der Prämien</translation>
    </message>
    <message>
        <source>What the reward costs the business (points at the value per point)</source>
        <translation>Was die Prämie das Unternehmen kostet (Punkte zum Wert pro Punkt)</translation>
    </message>
    <message>
        <source>End of the hold period: the reward can be approved from this day</source>
        <translation>Ende der Wartezeit: Ab diesem Tag kann die Prämie freigegeben werden</translation>
    </message>
    <message>
        <source>The payout reference of an issued reward, or why a reward was withheld</source>
        <translation>Die Auszahlungsreferenz einer ausgegebenen Prämie oder der Grund, warum eine Prämie einbehalten wurde</translation>
    </message>
    <message>
        <source>Whether the reward goes to the advocate who referred, or to the friend</source>
        <translation>Ob die Prämie an den Markenbotschafter geht, der empfohlen hat, oder an den Freund</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Prämie</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Reference or reason</source>
        <translation>Referenz oder Grund</translation>
    </message>
</context>
<context>
    <name>grapevine::store</name>
    <message>
        <source>%1 is not possible: the database is read-only.</source>
        <translation>%1 ist nicht möglich: Die Datenbank ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1 failed: another program is using the database. Try again in a moment.</source>
        <translation>%1 fehlgeschlagen: Ein anderes Programm verwendet die Datenbank. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 failed: the disk is full. Free some space and try again; nothing was changed.</source>
        <translation>%1 fehlgeschlagen: Der Datenträger ist voll. Schaffen Sie Platz und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 failed: a value is not allowed (%2).</source>
        <translation>%1 fehlgeschlagen: Ein Wert ist nicht zulässig (%2).</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>%1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>%1 failed: the database file could not be written (the disk may be full, removed or failing). Nothing of it was saved; check the disk and try again.</source>
        <translation>%1 fehlgeschlagen: Die Datenbankdatei konnte nicht geschrieben werden (der Datenträger ist eventuell voll, entfernt oder defekt). Davon wurde nichts gespeichert. Prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::AboutDialog</name>
    <message>
        <source>About Grapevine</source>
        <translation>Über Grapevine</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>%1 (schema version %2%3)</source>
        <translation>%1 (Schemaversion %2%3)</translation>
    </message>
    <message>
        <source>, read-only</source>
        <translation>, schreibgeschützt</translation>
    </message>
    <message>
        <source>Grapevine %1
Database: %2
Qt %3, SQLite %4</source>
        <translation>Grapevine %1
Datenbank: %2
Qt %3, SQLite %4</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Grapevine %1&lt;/h2&gt;&lt;p&gt;Peer-to-peer marketing for small businesses: keep your advocates, run refer-a-friend campaigns, follow word of mouth and see what it returns.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qt:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;SQLite:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;Grapevine is free software, licensed under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Grapevine %1&lt;/h2&gt;&lt;p&gt;Empfehlungsmarketing für kleine Unternehmen: Markenbotschafter pflegen, Freunde-werben-Freunde-Kampagnen durchführen, Mundpropaganda verfolgen und sehen, was sie einbringt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Datenbank:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qt:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;SQLite:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;Grapevine ist freie Software, lizenziert unter der &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, Version 3 oder später&lt;/a&gt;. Sie wird ohne jegliche Gewährleistung bereitgestellt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Copy the version information, e.g. for a bug report</source>
        <translation>Die Versionsinformationen kopieren, z. B. für einen Fehlerbericht</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::AdvocateEditor</name>
    <message>
        <source>New Code</source>
        <translation>Neuer Code</translation>
    </message>
    <message>
        <source>Marketing consent given</source>
        <translation>Marketing-Einwilligung erteilt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. VIP, spring fair</source>
        <translation>Durch Kommas getrennt, z. B. VIP, Frühjahrsmarkt</translation>
    </message>
    <message>
        <source>Tags group advocates for filtering and campaigns; separate them with commas.</source>
        <translation>Schlagwörter gruppieren Markenbotschafter für Filter und Kampagnen; trennen Sie sie durch Kommas.</translation>
    </message>
    <message>
        <source>The personal code this advocate shares. Letters A–Z, digits and dashes.</source>
        <translation>Der persönliche Code, den dieser Markenbotschafter weitergibt. Buchstaben A–Z, Ziffern und Bindestriche.</translation>
    </message>
    <message>
        <source>Make a new code from the first name</source>
        <translation>Einen neuen Code aus dem Vornamen erzeugen</translation>
    </message>
    <message>
        <source>Referral code or email of the referrer</source>
        <translation>Empfehlungscode oder E-Mail des Empfehlungsgebers</translation>
    </message>
    <message>
        <source>Who brought this advocate: type their referral code or email. Leave empty for none.</source>
        <translation>Wer diesen Markenbotschafter geworben hat: Geben Sie dessen Empfehlungscode oder E-Mail-Adresse ein. Leer lassen, wenn niemand.</translation>
    </message>
    <message>
        <source>Where consent was given, e.g. shop checkout</source>
        <translation>Wo die Einwilligung erteilt wurde, z. B. an der Shop-Kasse</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>How likely they are to recommend you, 0 to 10 (— for no answer)</source>
        <translation>Wie wahrscheinlich die Person Sie weiterempfiehlt, 0 bis 10 (— für keine Antwort)</translation>
    </message>
    <message>
        <source>The person agreed to receive marketing messages. Without consent they are left out of anything that contacts people.</source>
        <translation>Die Person hat zugestimmt, Marketingnachrichten zu erhalten. Ohne Einwilligung wird sie bei jeder Kontaktaufnahme ausgelassen.</translation>
    </message>
    <message>
        <source>What this customer has spent in total</source>
        <translation>Was dieser Kunde insgesamt ausgegeben hat</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>Änderungen speichern (%1)</translation>
    </message>
    <message>
        <source>Throw away the changes not saved yet</source>
        <translation>Noch nicht gespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Postal address. Referrals between people at the same address are flagged for review (the household rule), never blocked.</source>
        <translation>Postanschrift. Empfehlungen zwischen Personen an derselben Adresse werden zur Prüfung markiert (Haushaltsregel), nie blockiert.</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>Referral &amp;code:</source>
        <translation>Empfehlungs&amp;code:</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>E&amp;mpfohlen von:</translation>
    </message>
    <message>
        <source>Consent &amp;date:</source>
        <translation>Einwilligungs&amp;datum:</translation>
    </message>
    <message>
        <source>Consent s&amp;ource:</source>
        <translation>Einwilligungs&amp;quelle:</translation>
    </message>
    <message>
        <source>&amp;NPS:</source>
        <translation>N&amp;PS:</translation>
    </message>
    <message>
        <source>&amp;Orders:</source>
        <translation>&amp;Bestellungen:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Total &amp;spent (%1):</source>
        <extracomment>%1 is the currency code, e.g. EUR</extracomment>
        <translation>&amp;Gesamtausgaben (%1):</translation>
    </message>
    <message>
        <source>No advocate selected</source>
        <translation>Kein Markenbotschafter ausgewählt</translation>
    </message>
    <message>
        <source>Show that advocate</source>
        <translation>Diesen Markenbotschafter anzeigen</translation>
    </message>
    <message>
        <source>The total spent is not an amount of money, e.g. 125.50.</source>
        <translation>Die Gesamtausgaben sind kein Geldbetrag, z. B. 125,50.</translation>
    </message>
    <message>
        <source>New advocate</source>
        <translation>Neuer Markenbotschafter</translation>
    </message>
    <message>
        <source>New advocate: %1</source>
        <translation>Neuer Markenbotschafter: %1</translation>
    </message>
    <message>
        <source>Erased person (their referrals and rewards are kept for the totals)</source>
        <translation>Anonymisierte Person (ihre Empfehlungen und Prämien bleiben für die Summen erhalten)</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::AdvocateWordOfMouthView</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Was gesagt wurde</translation>
    </message>
    <message>
        <source>Double-click a mention to open it on the Mentions page</source>
        <translation>Doppelklicken Sie auf eine Erwähnung, um sie auf der Seite „Erwähnungen“ zu öffnen</translation>
    </message>
    <message>
        <source>Select an advocate to see their referrals and what they said about you.</source>
        <translation>Wählen Sie einen Markenbotschafter aus, um seine Empfehlungen und seine Äußerungen über Sie zu sehen.</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Die Kennzahlen konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Referrals:&lt;/b&gt; %Ln made</source>
        <translation>
            <numerusform>&lt;b&gt;Empfehlungen:&lt;/b&gt; %Ln abgegeben</numerusform>
            <numerusform>&lt;b&gt;Empfehlungen:&lt;/b&gt; %Ln abgegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln converted</source>
        <translation>
            <numerusform>%Ln konvertiert</numerusform>
            <numerusform>%Ln konvertiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 revenue</source>
        <translation>%1 Umsatz</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Word of mouth:&lt;/b&gt; %Ln mention(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Mundpropaganda:&lt;/b&gt; %Ln Erwähnung</numerusform>
            <numerusform>&lt;b&gt;Mundpropaganda:&lt;/b&gt; %Ln Erwähnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 positive, %2 neutral, %3 negative</source>
        <translation>%1 positiv, %2 neutral, %3 negativ</translation>
    </message>
    <message>
        <source>reach %1</source>
        <translation>Reichweite %1</translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %Ln mentions are shown; the Mentions page has them all.</source>
        <translation>
            <numerusform>Die neuesten %1 von %Ln Erwähnung werden angezeigt; die Seite „Erwähnungen“ enthält alle.</numerusform>
            <numerusform>Die neuesten %1 von %Ln Erwähnungen werden angezeigt; die Seite „Erwähnungen“ enthält alle.</numerusform>
        </translation>
    </message>
    <message>
        <source>No mention is linked to this advocate yet. Link one when you log it on the Mentions page.</source>
        <translation>Mit diesem Markenbotschafter ist noch keine Erwähnung verknüpft. Verknüpfen Sie eine, wenn Sie sie auf der Seite „Erwähnungen“ erfassen.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::AdvocatesPage</name>
    <message>
        <source>Advocates</source>
        <translation>Markenbotschafter</translation>
    </message>
    <message>
        <source>&amp;Add Advocate</source>
        <translation>Markenbotschafter &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a new advocate by hand</source>
        <translation>Einen neuen Markenbotschafter von Hand hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show the advocate in the detail panel</source>
        <translation>Den Markenbotschafter im Detailbereich anzeigen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected advocates with their referrals and rewards</source>
        <translation>Die ausgewählten Markenbotschafter mit ihren Empfehlungen und Prämien löschen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search by name, email, company, phone or notes</source>
        <translation>Nach Name, E-Mail, Firma, Telefon oder Notizen suchen</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>Schlagwort hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Tag the selected advocates</source>
        <translation>Den ausgewählten Markenbotschaftern ein Schlagwort zuweisen</translation>
    </message>
    <message>
        <source>&amp;Remove Tag…</source>
        <translation>Schlagwort &amp;entfernen…</translation>
    </message>
    <message>
        <source>Remove a tag from the selected advocates</source>
        <translation>Ein Schlagwort von den ausgewählten Markenbotschaftern entfernen</translation>
    </message>
    <message>
        <source>E&amp;xport This Person&apos;s Data…</source>
        <translation>Daten dieser Person e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save everything stored about this person as a JSON file (for a data access request)</source>
        <translation>Alles, was über diese Person gespeichert ist, als JSON-Datei speichern (für ein Auskunftsersuchen)</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the advocates the table shows, or all of them, as a CSV file for a spreadsheet</source>
        <translation>Die Markenbotschafter aus der Tabelle oder alle als CSV-Datei für eine Tabellenkalkulation speichern</translation>
    </message>
    <message>
        <source>&amp;Erase This Person…</source>
        <translation>Person &amp;anonymisieren…</translation>
    </message>
    <message>
        <source>Remove this person&apos;s personal data for good; their referrals and rewards stay in the totals</source>
        <translation>Die personenbezogenen Daten dieser Person endgültig entfernen; ihre Empfehlungen und Prämien bleiben in den Summen</translation>
    </message>
    <message>
        <source>Change &amp;Kind</source>
        <translation>&amp;Typ ändern</translation>
    </message>
    <message>
        <source>Search name, email, company, phone, notes (Ctrl+F)</source>
        <translation>Name, E-Mail, Firma, Telefon, Notizen durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Consent: any</source>
        <translation>Einwilligung: beliebig</translation>
    </message>
    <message>
        <source>With consent</source>
        <translation>Mit Einwilligung</translation>
    </message>
    <message>
        <source>Without consent</source>
        <translation>Ohne Einwilligung</translation>
    </message>
    <message>
        <source>Show one kind of advocate</source>
        <translation>Nur einen Typ von Markenbotschaftern anzeigen</translation>
    </message>
    <message>
        <source>Show advocates with this tag</source>
        <translation>Markenbotschafter mit diesem Schlagwort anzeigen</translation>
    </message>
    <message>
        <source>Show active, inactive or erased advocates</source>
        <translation>Aktive, inaktive oder anonymisierte Markenbotschafter anzeigen</translation>
    </message>
    <message>
        <source>Show advocates with or without marketing consent</source>
        <translation>Markenbotschafter mit oder ohne Marketing-Einwilligung anzeigen</translation>
    </message>
    <message>
        <source>No advocate matches</source>
        <translation>Kein Markenbotschafter gefunden</translation>
    </message>
    <message>
        <source>Nobody matches the search and filters. Try fewer letters, or clear them to see everyone.</source>
        <translation>Niemand entspricht der Suche und den Filtern. Versuchen Sie es mit weniger Buchstaben oder setzen Sie Suche und Filter zurück, um alle zu sehen.</translation>
    </message>
    <message>
        <source>Clear Search and Filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Referral Tree</source>
        <translation>Empfehlungsbaum</translation>
    </message>
    <message>
        <source>Who referred this advocate, and whom they referred</source>
        <translation>Wer diesen Markenbotschafter geworben hat und wen er geworben hat</translation>
    </message>
    <message>
        <source>Word of Mouth</source>
        <translation>Mundpropaganda</translation>
    </message>
    <message>
        <source>Their referrals beside what they said about you</source>
        <translation>Die Empfehlungen der Person neben ihren Äußerungen über Sie</translation>
    </message>
    <message>
        <source>No advocates yet</source>
        <translation>Noch keine Markenbotschafter</translation>
    </message>
    <message>
        <source>Advocates are the customers, partners and staff who recommend you. Import the customer list your shop, CRM or mailing tool exports, or add the first one by hand.</source>
        <translation>Markenbotschafter sind die Kunden, Partner und Mitarbeiter, die Sie weiterempfehlen. Importieren Sie die Kundenliste, die Ihr Shop, CRM oder Newsletter-Tool exportiert, oder legen Sie den ersten von Hand an.</translation>
    </message>
    <message>
        <source>Import Customers…</source>
        <translation>Kunden importieren…</translation>
    </message>
    <message>
        <source>Bring in a CSV export of your customers (File → Import Customers…, Ctrl+I)</source>
        <translation>Einen CSV-Export Ihrer Kunden einlesen (Datei → Kunden importieren…, Ctrl+I)</translation>
    </message>
    <message>
        <source>Add Advocate</source>
        <translation>Markenbotschafter hinzufügen</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Counting… at least %1 advocates</source>
        <translation>Zählen… mindestens %1 Markenbotschafter</translation>
    </message>
    <message numerus="yes">
        <source>%Ln advocate(s)</source>
        <translation>
            <numerusform>%Ln Markenbotschafter</numerusform>
            <numerusform>%Ln Markenbotschafter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 advocates</source>
        <extracomment>N of M advocates, where N are shown by the filters</extracomment>
        <translation>%1 von %2 Markenbotschaftern</translation>
    </message>
    <message>
        <source>No advocate has the referral code or email “%1”.</source>
        <translation>Kein Markenbotschafter hat den Empfehlungscode oder die E-Mail-Adresse „%1“.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln advocate(s)?</source>
        <translation>
            <numerusform>%Ln Markenbotschafter löschen?</numerusform>
            <numerusform>%Ln Markenbotschafter löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their %1 referrals and %2 rewards will be deleted with them.</source>
        <translation>Die zugehörigen %1 Empfehlungen und %2 Prämien werden mitgelöscht.</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>Sie können dies mit Bearbeiten → Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>Delete Advocates</source>
        <translation>Markenbotschafter löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln advocate(s) with their referrals and rewards…</source>
        <translation>
            <numerusform>%Ln Markenbotschafter wird mit Empfehlungen und Prämien gelöscht…</numerusform>
            <numerusform>%Ln Markenbotschafter werden mit ihren Empfehlungen und Prämien gelöscht…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>Tag to add to the selected advocates:</source>
        <translation>Schlagwort, das den ausgewählten Markenbotschaftern hinzugefügt wird:</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln advocate(s) “%1”</source>
        <translation>
            <numerusform>Schlagwort „%1“ zu %Ln Markenbotschafter hinzufügen</numerusform>
            <numerusform>Schlagwort „%1“ zu %Ln Markenbotschaftern hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <source>Tag to remove from the selected advocates:</source>
        <translation>Schlagwort, das von den ausgewählten Markenbotschaftern entfernt wird:</translation>
    </message>
    <message numerus="yes">
        <source>Untag %Ln advocate(s) “%1”</source>
        <translation>
            <numerusform>Schlagwort „%1“ von %Ln Markenbotschafter entfernen</numerusform>
            <numerusform>Schlagwort „%1“ von %Ln Markenbotschaftern entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Kind</source>
        <translation>Typ ändern</translation>
    </message>
    <message numerus="yes">
        <source>Make %Ln advocate(s) “%1”</source>
        <translation>
            <numerusform>Typ von %Ln Markenbotschafter auf „%1“ setzen</numerusform>
            <numerusform>Typ von %Ln Markenbotschaftern auf „%1“ setzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export This Person&apos;s Data</source>
        <translation>Daten dieser Person exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file “%1” could not be written: %2.</source>
        <translation>Die Datei „%1“ konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Everything stored about this person was saved to “%1”.</source>
        <translation>Alles, was über diese Person gespeichert ist, wurde in „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Erase This Person</source>
        <translation>Person anonymisieren</translation>
    </message>
    <message>
        <source>Erase for Good</source>
        <translation>Endgültig anonymisieren</translation>
    </message>
    <message>
        <source>Erasing the personal data of “%1” and rewriting the file so that no copy of it remains…</source>
        <translation>Personenbezogene Daten von „%1“ werden anonymisiert und die Datei wird neu geschrieben, damit keine Kopie davon bleibt…</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>Only the daily backups made before now still hold the data: each is deleted %n day(s) after it was made (Settings → Backups). Copies you saved yourself hold it until you delete them.</source>
        <translation>
            <numerusform>Nur die bisherigen täglichen Sicherungskopien enthalten die Daten noch: Jede wird %n Tag nach ihrer Erstellung gelöscht (Einstellungen → Sicherungskopien). Selbst gespeicherte Kopien enthalten sie, bis Sie sie löschen.</numerusform>
            <numerusform>Nur die bisherigen täglichen Sicherungskopien enthalten die Daten noch: Jede wird %n Tage nach ihrer Erstellung gelöscht (Einstellungen → Sicherungskopien). Selbst gespeicherte Kopien enthalten sie, bis Sie sie löschen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the daily backups made before now still hold the data, and Grapevine keeps every backup (Settings → Backups): delete the older ones to remove it. Copies you saved yourself hold it until you delete them.</source>
        <translation>Nur die bisherigen täglichen Sicherungskopien enthalten die Daten noch, und Grapevine behält jede Sicherungskopie (Einstellungen → Sicherungskopien): Löschen Sie die älteren, um die Daten zu entfernen. Selbst gespeicherte Kopien enthalten sie, bis Sie sie löschen.</translation>
    </message>
    <message>
        <source>Erase the personal data of “%1”? Their name, email, phone, company, notes, tags and consent are replaced by an anonymous placeholder everywhere in this file: in mentions they wrote, in referrals where they were the friend, and in the import history. Their referrals and rewards stay, so your totals remain right. This cannot be undone, and the undo history is cleared.</source>
        <translation>Personenbezogene Daten von „%1“ anonymisieren? Name, E-Mail-Adresse, Telefon, Firma, Notizen, Schlagwörter und Einwilligung werden überall in dieser Datei durch einen anonymen Platzhalter ersetzt: in Erwähnungen der Person, in Empfehlungen, bei denen sie der geworbene Freund war, und im Importverlauf. Empfehlungen und Prämien der Person bleiben erhalten, damit Ihre Summen stimmen. Dies kann nicht rückgängig gemacht werden, und der Rückgängig-Verlauf wird geleert.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::CampaignCostsView</name>
    <message>
        <source>&amp;Add Cost</source>
        <translation>Kosten &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>What the campaign cost besides its rewards: printing, ads for the program, a launch event. They count in its cost, ROI and cost per new customer on the day they were spent. Each cost is saved as soon as it is added.</source>
        <translation>Was die Kampagne neben ihren Prämien gekostet hat: Druck, Werbung für das Programm, eine Auftaktveranstaltung. Diese Kosten zählen am Tag der Ausgabe zu Kosten, ROI und Kosten pro Neukunde der Kampagne. Jeder Kostenposten wird gespeichert, sobald er hinzugefügt ist.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>The day the money was spent</source>
        <translation>Der Tag, an dem das Geld ausgegeben wurde</translation>
    </message>
    <message>
        <source>What it was, e.g. Flyers for the shop window</source>
        <translation>Wofür, z. B. Flyer fürs Schaufenster</translation>
    </message>
    <message>
        <source>Record this cost (Enter)</source>
        <translation>Diesen Kostenposten erfassen (Enter)</translation>
    </message>
    <message>
        <source>Remove the selected costs (Delete); Undo puts them back</source>
        <translation>Die ausgewählten Kostenposten entfernen (Delete); Rückgängig stellt sie wieder her</translation>
    </message>
    <message>
        <source>No costs recorded.</source>
        <translation>Keine Kosten erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n cost(s), %1 in all</source>
        <translation>
            <numerusform>%n Kostenposten, insgesamt %1</numerusform>
            <numerusform>%n Kostenposten, insgesamt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the campaign first; its costs are recorded here.</source>
        <translation>Speichern Sie zuerst die Kampagne; ihre Kosten werden hier erfasst.</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Type what was spent, e.g. %2.</source>
        <translation>„%1“ ist kein Betrag. Geben Sie ein, was ausgegeben wurde, z. B. %2.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Cost(s)</source>
        <translation>
            <numerusform>%n Kostenposten entfernen</numerusform>
            <numerusform>%n Kostenposten entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::CampaignEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>Änderungen speichern (%1)</translation>
    </message>
    <message>
        <source>Throw away the changes not saved yet</source>
        <translation>Noch nicht gespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>Grunddaten</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Prämien</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Link &amp;&amp; Disclosure</source>
        <translation>Link &amp;&amp; Transparenzhinweis</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Name, description, status and dates</source>
        <translation>Name, Beschreibung, Status und Zeitraum</translation>
    </message>
    <message>
        <source>What the advocate and the friend earn</source>
        <translation>Was der Markenbotschafter und der Freund erhalten</translation>
    </message>
    <message>
        <source>When rewards are earned, caps, budget and waiting periods</source>
        <translation>Wann Prämien verdient werden, Obergrenzen, Budget und Wartezeiten</translation>
    </message>
    <message>
        <source>The landing page, tracking parameters and the incentive disclosure</source>
        <translation>Die Landingpage, Tracking-Parameter und der Transparenzhinweis</translation>
    </message>
    <message>
        <source>Extra rewards for advocates who bring several friends</source>
        <translation>Zusätzliche Prämien für Markenbotschafter, die mehrere Freunde werben</translation>
    </message>
    <message>
        <source>e.g. Spring refer-a-friend</source>
        <translation>z. B. Frühjahrsaktion Freunde werben Freunde</translation>
    </message>
    <message>
        <source>What the campaign is about, for you and your team</source>
        <translation>Worum es in der Kampagne geht, für Sie und Ihr Team</translation>
    </message>
    <message>
        <source>Draft while you prepare it; Active while it runs; Paused to stop it for a while; Ended when it is over</source>
        <translation>Entwurf während der Vorbereitung; Aktiv, solange sie läuft; Pausiert, um sie vorübergehend anzuhalten; Beendet, wenn sie vorbei ist</translation>
    </message>
    <message>
        <source>S&amp;tarts on:</source>
        <translation>Be&amp;ginnt am:</translation>
    </message>
    <message>
        <source>Untick for a campaign that runs as soon as it is active</source>
        <translation>Haken entfernen für eine Kampagne, die läuft, sobald sie aktiv ist</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Endet am:</translation>
    </message>
    <message>
        <source>Untick for an open-ended campaign that runs until you end it</source>
        <translation>Haken entfernen für eine unbefristete Kampagne, die läuft, bis Sie sie beenden</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Without dates a campaign runs for as long as it is active.</source>
        <translation>Ohne Datum läuft eine Kampagne, solange sie aktiv ist.</translation>
    </message>
    <message>
        <source>The advocate gets</source>
        <translation>Der Markenbotschafter erhält</translation>
    </message>
    <message>
        <source>The friend gets</source>
        <translation>Der Freund erhält</translation>
    </message>
    <message>
        <source>The reward for the person who recommends you</source>
        <translation>Die Prämie für die Person, die Sie empfiehlt</translation>
    </message>
    <message>
        <source>The welcome offer for the friend they bring (double-sided rewards convert best)</source>
        <translation>Das Willkommensangebot für den geworbenen Freund (beidseitige Prämien konvertieren am besten)</translation>
    </message>
    <message>
        <source>Values: points as a whole number, a percentage discount from 0 to 100, every other kind as money. When rewards are earned is set on the Rules tab.</source>
        <translation>Werte: Punkte als ganze Zahl, ein Prozentrabatt von 0 bis 100, alle anderen Arten als Geldbetrag. Wann Prämien verdient werden, legen Sie auf der Registerkarte „Regeln“ fest.</translation>
    </message>
    <message>
        <source>The friend signs up</source>
        <translation>Der Freund registriert sich</translation>
    </message>
    <message>
        <source>The friend makes a first purchase</source>
        <translation>Der Freund tätigt den ersten Kauf</translation>
    </message>
    <message>
        <source>Only &amp;new customers count as referred friends</source>
        <translation>Nur &amp;Neukunden zählen als geworbene Freunde</translation>
    </message>
    <message>
        <source>A friend who already bought from you earns nobody a reward</source>
        <translation>Ein Freund, der schon bei Ihnen gekauft hat, bringt niemandem eine Prämie</translation>
    </message>
    <message>
        <source>The first order must be at least this much to earn the rewards; 0 for any order</source>
        <translation>Die erste Bestellung muss mindestens diesen Wert haben, damit Prämien verdient werden; 0 für jede Bestellung</translation>
    </message>
    <message>
        <source>&amp;Limit rewards per advocate to:</source>
        <translation>Prämien pro Markenbotschafter be&amp;grenzen auf:</translation>
    </message>
    <message>
        <source>No advocate earns more rewards than this in this campaign</source>
        <translation>Kein Markenbotschafter erhält in dieser Kampagne mehr Prämien als diese Anzahl</translation>
    </message>
    <message>
        <source>Stop rewarding once approved and issued rewards reach this amount</source>
        <translation>Keine Prämien mehr vergeben, sobald freigegebene und ausgegebene Prämien diesen Betrag erreichen</translation>
    </message>
    <message>
        <source>Rewards wait this long before they can be approved, so that returned orders and cancellations earn nothing</source>
        <translation>So lange warten Prämien, bevor sie freigegeben werden können, damit Retouren und Stornierungen nichts einbringen</translation>
    </message>
    <message>
        <source>A friend who signs up or buys within this many days of following the link counts as referred</source>
        <translation>Ein Freund, der sich innerhalb so vieler Tage nach dem Aufruf des Links registriert oder kauft, gilt als geworben</translation>
    </message>
    <message>
        <source>Rewards are earned &amp;when:</source>
        <translation>Prämien werden verdient, &amp;wenn:</translation>
    </message>
    <message>
        <source>&amp;Hold rewards for:</source>
        <translation>Prämien zu&amp;rückhalten für:</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>&amp;Attribution window:</source>
        <translation>Zu&amp;ordnungszeitraum:</translation>
    </message>
    <message>
        <source>https://example.com/welcome</source>
        <translation>https://example.com/welcome</translation>
    </message>
    <message>
        <source>Where a friend lands after following an advocate&apos;s link</source>
        <translation>Wohin ein Freund gelangt, nachdem er dem Link eines Markenbotschafters gefolgt ist</translation>
    </message>
    <message>
        <source>Added to the link so your web analytics can tell these visits apart</source>
        <translation>Wird an den Link angehängt, damit Ihre Webanalyse diese Besuche unterscheiden kann</translation>
    </message>
    <message>
        <source>e.g. I get store credit when you buy through my link.</source>
        <translation>z. B. Ich erhalte Guthaben, wenn du über meinen Link kaufst.</translation>
    </message>
    <message>
        <source>Shown with every advocate&apos;s link, so friends know the advocate is rewarded</source>
        <translation>Wird mit dem Link jedes Markenbotschafters angezeigt, damit Freunde wissen, dass der Markenbotschafter eine Prämie erhält</translation>
    </message>
    <message>
        <source>Use Su&amp;ggested Text</source>
        <translation>&amp;Vorschlag verwenden</translation>
    </message>
    <message>
        <source>Write a disclosure from this campaign&apos;s rewards, to edit as you like</source>
        <translation>Einen Transparenzhinweis aus den Prämien dieser Kampagne erstellen, den Sie nach Belieben bearbeiten können</translation>
    </message>
    <message>
        <source>Required before a campaign with rewards can be activated: undisclosed incentives mislead friends and are unlawful in many places.</source>
        <translation>Erforderlich, bevor eine Kampagne mit Prämien aktiviert werden kann: Nicht offengelegte Anreize täuschen Freunde und sind vielerorts rechtswidrig.</translation>
    </message>
    <message>
        <source>&amp;Landing page:</source>
        <translation>&amp;Landingpage:</translation>
    </message>
    <message>
        <source>UTM s&amp;ource:</source>
        <translation>UTM-Sou&amp;rce:</translation>
    </message>
    <message>
        <source>UTM &amp;medium:</source>
        <translation>UTM-&amp;Medium:</translation>
    </message>
    <message>
        <source>UTM &amp;campaign:</source>
        <translation>UTM-C&amp;ampaign:</translation>
    </message>
    <message>
        <source>Link with tracking:</source>
        <translation>Link mit Tracking:</translation>
    </message>
    <message>
        <source>&amp;Incentive disclosure:</source>
        <translation>&amp;Transparenzhinweis:</translation>
    </message>
    <message>
        <source>A milestone ladder gives an advocate an extra reward once that many of their referrals have converted, e.g. at 1, 3 and 5 friends.</source>
        <translation>Eine Prämienstaffel gibt einem Markenbotschafter eine zusätzliche Prämie, sobald so viele seiner Empfehlungen konvertiert sind, z. B. bei 1, 3 und 5 Freunden.</translation>
    </message>
    <message>
        <source>Minimum &amp;order (%1):</source>
        <extracomment>%1 is the currency code, e.g. EUR</extracomment>
        <translation>&amp;Mindestbestellwert (%1):</translation>
    </message>
    <message>
        <source>Campaign &amp;budget (%1):</source>
        <extracomment>%1 is the currency code, e.g. EUR</extracomment>
        <translation>Kampagnen&amp;budget (%1):</translation>
    </message>
    <message>
        <source>No campaign selected</source>
        <translation>Keine Kampagne ausgewählt</translation>
    </message>
    <message>
        <source>The minimum order is not an amount of money; enter e.g. %1, or leave it empty for any order.</source>
        <translation>Der Mindestbestellwert ist kein Geldbetrag; geben Sie z. B. %1 ein oder lassen Sie das Feld für jede Bestellung leer.</translation>
    </message>
    <message>
        <source>The budget is not an amount of money; enter e.g. %1, or untick the budget.</source>
        <translation>Das Budget ist kein Geldbetrag; geben Sie z. B. %1 ein oder entfernen Sie den Haken beim Budget.</translation>
    </message>
    <message>
        <source>The landing page is not a web address; enter one starting with https://, e.g. https://example.com/welcome.</source>
        <translation>Die Landingpage ist keine Webadresse; geben Sie eine Adresse ein, die mit https:// beginnt, z. B. https://example.com/welcome.</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>New campaign: %1</source>
        <translation>Neue Kampagne: %1</translation>
    </message>
    <message>
        <source>Enter a landing page to see the link advocates share.</source>
        <translation>Geben Sie eine Landingpage ein, um den Link zu sehen, den Markenbotschafter teilen.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::CampaignsPage</name>
    <message>
        <source>&amp;New Campaign</source>
        <translation>&amp;Neue Kampagne</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the campaign in the designer below</source>
        <translation>Die Kampagne im Editor unten bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Start the campaign: advocates&apos; referrals earn the rewards from now on</source>
        <translation>Die Kampagne starten: Empfehlungen der Markenbotschafter bringen ab jetzt die Prämien ein</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Stop the campaign for a while; referrals made meanwhile earn nothing</source>
        <translation>Die Kampagne vorübergehend anhalten; in der Zwischenzeit abgegebene Empfehlungen bringen nichts ein</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>Close the campaign for good; its results stay in your numbers</source>
        <translation>Die Kampagne endgültig schließen; ihre Ergebnisse bleiben in Ihren Zahlen</translation>
    </message>
    <message>
        <source>&amp;Invitations…</source>
        <translation>E&amp;inladungen…</translation>
    </message>
    <message>
        <source>Write the personal invitations advocates send for this campaign</source>
        <translation>Die persönlichen Einladungen schreiben, die Markenbotschafter für diese Kampagne versenden</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete a campaign without referrals or rewards (end it otherwise)</source>
        <translation>Eine Kampagne ohne Empfehlungen oder Prämien löschen (andernfalls beenden Sie sie)</translation>
    </message>
    <message>
        <source>New Campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>Start a campaign from a template or from scratch</source>
        <translation>Eine Kampagne aus einer Vorlage oder ganz neu beginnen</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>No campaigns yet — start from a template</source>
        <translation>Noch keine Kampagnen – beginnen Sie mit einer Vorlage</translation>
    </message>
    <message>
        <source>A campaign says what advocates and their friends earn for a recommendation, and when. Pick a starting point below; you can change every detail before you activate it.</source>
        <translation>Eine Kampagne legt fest, was Markenbotschafter und ihre Freunde für eine Empfehlung erhalten, und wann. Wählen Sie unten einen Ausgangspunkt; Sie können jedes Detail ändern, bevor Sie die Kampagne aktivieren.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>“%1” rewards people for recommending you, so friends must be told before it can be activated.

Suggested disclosure:
“%2”

Use it? You can edit it, then activate the campaign.</source>
        <translation>„%1“ belohnt Empfehlungen, daher müssen Freunde darauf hingewiesen werden, bevor die Kampagne aktiviert werden kann.

Vorgeschlagener Transparenzhinweis:
„%2“

Diesen Text verwenden? Sie können ihn bearbeiten und die Kampagne dann aktivieren.</translation>
    </message>
    <message>
        <source>Disclosure Needed</source>
        <translation>Transparenzhinweis erforderlich</translation>
    </message>
    <message>
        <source>Use Suggested Text</source>
        <translation>Vorschlag verwenden</translation>
    </message>
    <message>
        <source>This campaign offers a reward, so it needs a disclosure text before it can be activated.</source>
        <translation>Diese Kampagne bietet eine Prämie und braucht daher einen Transparenzhinweis, bevor sie aktiviert werden kann.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Activate “%1”</source>
        <translation>„%1“ aktivieren</translation>
    </message>
    <message>
        <source>Pause “%1”</source>
        <translation>„%1“ pausieren</translation>
    </message>
    <message>
        <source>End “%1”</source>
        <translation>„%1“ beenden</translation>
    </message>
    <message>
        <source>Make “%1” a draft</source>
        <translation>„%1“ zum Entwurf machen</translation>
    </message>
    <message>
        <source>Delete Campaign</source>
        <translation>Kampagne löschen</translation>
    </message>
    <message>
        <source>Delete “%1”? Its milestones and recorded costs are deleted with it. You can undo this with Edit → Undo.</source>
        <translation>„%1“ löschen? Die Meilensteine und erfassten Kosten der Kampagne werden mitgelöscht. Sie können dies mit Bearbeiten → Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1

End “%2” now? Its referrals and rewards stay in your results.</source>
        <extracomment>%1 says why (e.g. &quot;The campaign has 3 referrals; end it instead of deleting it.&quot;), %2 is its name</extracomment>
        <translation>%1

„%2“ jetzt beenden? Empfehlungen und Prämien der Kampagne bleiben in Ihren Ergebnissen.</translation>
    </message>
    <message>
        <source>Campaign In Use</source>
        <translation>Kampagne in Verwendung</translation>
    </message>
    <message>
        <source>End Campaign</source>
        <translation>Kampagne beenden</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ChartCard</name>
    <message>
        <source>Point at a bar or point for its exact value; click it to see the records behind it. Right-click to copy or save the chart.</source>
        <translation>Zeigen Sie auf einen Balken oder Punkt, um den genauen Wert zu sehen; klicken Sie darauf, um die zugehörigen Datensätze zu sehen. Mit einem Rechtsklick können Sie das Diagramm kopieren oder speichern.</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>Diagramm &amp;kopieren</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Als &amp;PNG speichern…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>Als &amp;SVG speichern…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Cannot Save the Chart</source>
        <translation>Diagramm kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>“%1” could not be written. Check that the folder exists and that you may write to it.</source>
        <translation>„%1“ konnte nicht geschrieben werden. Prüfen Sie, ob der Ordner existiert und ob Sie darin schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::DashboardLoader</name>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>Die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::DashboardPage</name>
    <message>
        <source>no change</source>
        <translation>keine Veränderung</translation>
    </message>
    <message>
        <source>new in this period</source>
        <translation>neu in diesem Zeitraum</translation>
    </message>
    <message>
        <source>%1 %2 % vs the previous period</source>
        <translation>%1 %2 % gegenüber dem Vorzeitraum</translation>
    </message>
    <message>
        <source>%1 %2 points vs the previous period</source>
        <translation>%1 %2 Prozentpunkte gegenüber dem Vorzeitraum</translation>
    </message>
    <message>
        <source>The period the figures and charts cover; the tiles compare it with the period of the same length before it</source>
        <translation>Der Zeitraum, den Kennzahlen und Diagramme abdecken; die Kacheln vergleichen ihn mit dem gleich langen Zeitraum davor</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>All campaigns, or one</source>
        <translation>Alle Kampagnen oder eine einzelne</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <source>How the charts over time are grouped</source>
        <translation>Wie die Zeitverlaufsdiagramme gruppiert werden</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Nach Woche</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Kampagne:</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Referrals made in the period</source>
        <translation>Im Zeitraum abgegebene Empfehlungen</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Conversion-Rate</translation>
    </message>
    <message>
        <source>Referrals now converted, approved or rewarded ÷ referrals</source>
        <translation>Jetzt konvertierte, freigegebene oder prämierte Empfehlungen ÷ Empfehlungen</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Order values of the converted referrals made in the period</source>
        <translation>Bestellwerte der konvertierten Empfehlungen aus dem Zeitraum</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Rewards approved or issued to both sides, at cost (points at their value), plus the campaign costs recorded in the period</source>
        <translation>An beide Seiten freigegebene oder ausgegebene Prämien zum Kostenwert (Punkte zu ihrem Wert) plus die im Zeitraum erfassten Kampagnenkosten</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Return on Investment</translation>
    </message>
    <message>
        <source>(Revenue − cost) ÷ cost</source>
        <translation>(Umsatz − Kosten) ÷ Kosten</translation>
    </message>
    <message>
        <source>Cost per new customer</source>
        <translation>Kosten pro Neukunde</translation>
    </message>
    <message>
        <source>Cost ÷ converted referrals, beside what a customer costs through paid channels (set in the settings)</source>
        <translation>Kosten ÷ konvertierte Empfehlungen, im Vergleich zu den Kosten eines Kunden über bezahlte Kanäle (in den Einstellungen festgelegt)</translation>
    </message>
    <message>
        <source>K-factor</source>
        <translation>K-Faktor</translation>
    </message>
    <message>
        <source>Referrals per advocate who referred × conversion rate: above 1, each customer brings more than one new customer</source>
        <translation>Empfehlungen pro empfehlendem Markenbotschafter × Conversion-Rate: Über 1 bringt jeder Kunde mehr als einen neuen Kunden</translation>
    </message>
    <message>
        <source>Complaints awaiting a reply</source>
        <translation>Beschwerden ohne Antwort</translation>
    </message>
    <message>
        <source>Negative mentions that still need a response, and how many of them are past their due time</source>
        <translation>Negative Erwähnungen, die noch eine Antwort brauchen, und wie viele davon überfällig sind</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>The figures cannot be computed: %1</source>
        <translation>Die Kennzahlen können nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to measure yet.&lt;/b&gt; Create a refer-a-friend campaign on the Campaigns page, record the referrals your advocates bring, or &lt;a href=&quot;import&quot;&gt;import your customers&lt;/a&gt; to begin. The figures and charts fill in as you go.</source>
        <translation>&lt;b&gt;Noch nichts zu messen.&lt;/b&gt; Legen Sie auf der Seite „Kampagnen“ eine Freunde-werben-Freunde-Kampagne an, erfassen Sie die Empfehlungen Ihrer Markenbotschafter oder &lt;a href=&quot;import&quot;&gt;importieren Sie Ihre Kunden&lt;/a&gt;, um zu beginnen. Kennzahlen und Diagramme füllen sich nach und nach.</translation>
    </message>
    <message>
        <source>No referral was made in this period. Choose a longer period, or another campaign.</source>
        <translation>In diesem Zeitraum wurde keine Empfehlung abgegeben. Wählen Sie einen längeren Zeitraum oder eine andere Kampagne.</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>Vorzeitraum: %1</translation>
    </message>
    <message>
        <source>The period has no period before it to compare with.</source>
        <translation>Vor diesem Zeitraum gibt es keinen Zeitraum zum Vergleichen.</translation>
    </message>
    <message>
        <source>%1 of %2 referrals converted.</source>
        <translation>%1 von %2 Empfehlungen konvertiert.</translation>
    </message>
    <message>
        <source>Rewards %1, other costs %2; rewards approved but not yet issued: %3.</source>
        <translation>Prämien %1, sonstige Kosten %2; freigegebene, noch nicht ausgegebene Prämien: %3.</translation>
    </message>
    <message>
        <source>Undefined while there is no cost to return on.</source>
        <translation>Nicht definiert, solange es keine Kosten gibt.</translation>
    </message>
    <message>
        <source>%1 less than paid channels</source>
        <translation>%1 weniger als bezahlte Kanäle</translation>
    </message>
    <message>
        <source>%1 more than paid channels</source>
        <translation>%1 mehr als bezahlte Kanäle</translation>
    </message>
    <message>
        <source>set the paid-channel cost in the settings to compare</source>
        <translation>zum Vergleich die Kosten bezahlter Kanäle in den Einstellungen festlegen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Paid channels: %1 per customer.</source>
        <translation>Bezahlte Kanäle: %1 pro Kunde.</translation>
    </message>
    <message>
        <source>No paid-channel cost is set.</source>
        <translation>Es sind keine Kosten für bezahlte Kanäle festgelegt.</translation>
    </message>
    <message>
        <source>previous period: %1</source>
        <translation>Vorzeitraum: %1</translation>
    </message>
    <message>
        <source>%1 advocates referred someone; %2 of %3 active advocates took part.</source>
        <translation>%1 Markenbotschafter haben jemanden empfohlen; %2 von %3 aktiven Markenbotschaftern haben teilgenommen.</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>none overdue</source>
        <translation>keine überfällig</translation>
    </message>
    <message>
        <source>Answered within the response target in this period: %1.</source>
        <translation>In diesem Zeitraum innerhalb der Antwortfrist beantwortet: %1.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ExportOptionsDialog</name>
    <message>
        <source>The referrals shown by the current filter</source>
        <translation>Die Empfehlungen, die der aktuelle Filter zeigt</translation>
    </message>
    <message>
        <source>The rewards shown by the current filter</source>
        <translation>Die Prämien, die der aktuelle Filter zeigt</translation>
    </message>
    <message>
        <source>The mentions shown by the current filter</source>
        <translation>Die Erwähnungen, die der aktuelle Filter zeigt</translation>
    </message>
    <message>
        <source>The advocates shown by the current filter</source>
        <translation>Die Markenbotschafter, die der aktuelle Filter zeigt</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln referral(s) shown by the current filter</source>
        <translation>
            <numerusform>Die %Ln Empfehlung, die der aktuelle Filter zeigt</numerusform>
            <numerusform>Die %Ln Empfehlungen, die der aktuelle Filter zeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln reward(s) shown by the current filter</source>
        <translation>
            <numerusform>Die %Ln Prämie, die der aktuelle Filter zeigt</numerusform>
            <numerusform>Die %Ln Prämien, die der aktuelle Filter zeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln mention(s) shown by the current filter</source>
        <translation>
            <numerusform>Die %Ln Erwähnung, die der aktuelle Filter zeigt</numerusform>
            <numerusform>Die %Ln Erwähnungen, die der aktuelle Filter zeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln advocate(s) shown by the current filter</source>
        <translation>
            <numerusform>Der %Ln Markenbotschafter, den der aktuelle Filter zeigt</numerusform>
            <numerusform>Die %Ln Markenbotschafter, die der aktuelle Filter zeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation>Alle Empfehlungen</translation>
    </message>
    <message>
        <source>All rewards</source>
        <translation>Alle Prämien</translation>
    </message>
    <message>
        <source>All mentions</source>
        <translation>Alle Erwähnungen</translation>
    </message>
    <message>
        <source>All advocates</source>
        <translation>Alle Markenbotschafter</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln referral(s)</source>
        <translation>
            <numerusform>Die %Ln Empfehlung</numerusform>
            <numerusform>Alle %Ln Empfehlungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln reward(s)</source>
        <translation>
            <numerusform>Die %Ln Prämie</numerusform>
            <numerusform>Alle %Ln Prämien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln mention(s)</source>
        <translation>
            <numerusform>Die %Ln Erwähnung</numerusform>
            <numerusform>Alle %Ln Erwähnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln advocate(s)</source>
        <translation>
            <numerusform>Der %Ln Markenbotschafter</numerusform>
            <numerusform>Alle %Ln Markenbotschafter</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon (Excel in most of Europe)</source>
        <extracomment>Excel expects semicolons where the decimal sign is a comma</extracomment>
        <translation>Semikolon (Excel in den meisten Ländern Europas)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Mark the file as UTF-8, so that Excel shows accents</source>
        <translation>Datei als UTF-8 kennzeichnen, damit Excel Umlaute richtig anzeigt</translation>
    </message>
    <message>
        <source>Starts the file with a byte order mark. Leave it off for programs that do not expect one.</source>
        <translation>Beginnt die Datei mit einer Byte Order Mark (BOM). Lassen Sie sie weg für Programme, die keine erwarten.</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportCheckPage</name>
    <message>
        <source>Check &amp;Again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <source>Grapevine tries the whole import and then takes it back, so these numbers are exact and nothing has changed yet. Press Import to do it for real.</source>
        <translation>Grapevine führt den ganzen Import probeweise aus und nimmt ihn dann zurück. Diese Zahlen sind also exakt, und es wurde noch nichts geändert. Klicken Sie auf „Importieren“, um den Import tatsächlich durchzuführen.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Show only the rows with this outcome</source>
        <translation>Nur die Zeilen mit diesem Ergebnis anzeigen</translation>
    </message>
    <message>
        <source>What the import would do with each row</source>
        <translation>Was der Import mit jeder Zeile tun würde</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Checking every row of %1…</source>
        <translation>Jede Zeile von %1 wird geprüft…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>The check did not finish.</source>
        <translation>Die Prüfung wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Die Prüfung wurde angehalten.</translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was changed.</source>
        <translation>Die Prüfung wurde angehalten. Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Checked all %Ln row(s).</source>
        <translation>
            <numerusform>Die %Ln Zeile wurde geprüft.</numerusform>
            <numerusform>Alle %Ln Zeilen wurden geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing would change: everyone in the file is in Grapevine already with these details. You can still import, to have the file in the import history.</source>
        <translation>Nichts würde sich ändern: Alle Personen in der Datei sind mit diesen Angaben bereits in Grapevine. Sie können trotzdem importieren, damit die Datei im Importverlauf erscheint.</translation>
    </message>
    <message>
        <source>Nothing would change: everything in the file is in Grapevine already, or is not a referral. You can still import, to have the file in the import history.</source>
        <translation>Nichts würde sich ändern: Alles in der Datei ist bereits in Grapevine oder ist keine Empfehlung. Sie können trotzdem importieren, damit die Datei im Importverlauf erscheint.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) would be rejected; the table says why. You can import the rest now and save the rejected rows afterwards, to fix them and import them again.</source>
        <translation>
            <numerusform>%Ln Zeile würde abgelehnt; die Tabelle zeigt den Grund. Sie können den Rest jetzt importieren und die abgelehnte Zeile danach speichern, um sie zu korrigieren und erneut zu importieren.</numerusform>
            <numerusform>%Ln Zeilen würden abgelehnt; die Tabelle zeigt die Gründe. Sie können den Rest jetzt importieren und die abgelehnten Zeilen danach speichern, um sie zu korrigieren und erneut zu importieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row can be imported. Nothing has changed yet: press Import to do it.</source>
        <translation>Jede Zeile kann importiert werden. Es wurde noch nichts geändert: Klicken Sie auf „Importieren“, um den Import durchzuführen.</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows are listed.</source>
        <translation>Die ersten %1 von %2 Zeilen werden aufgeführt.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportCountsView</name>
    <message>
        <source>Rows that cannot be imported as they are, each with the reason; they can be saved, fixed and imported again</source>
        <translation>Zeilen, die so nicht importiert werden können, jeweils mit Grund; sie können gespeichert, korrigiert und erneut importiert werden</translation>
    </message>
    <message>
        <source>new referrals</source>
        <translation>neue Empfehlungen</translation>
    </message>
    <message>
        <source>Orders with an advocate&apos;s referral code, or a referrer named, and no referral yet: recorded as new referrals (converted when the order has a value)</source>
        <translation>Bestellungen mit dem Empfehlungscode eines Markenbotschafters oder einem genannten Empfehlungsgeber und noch ohne Empfehlung: als neue Empfehlungen erfasst (konvertiert, wenn die Bestellung einen Wert hat)</translation>
    </message>
    <message>
        <source>converted</source>
        <translation>konvertiert</translation>
    </message>
    <message>
        <source>Open referrals whose friend ordered: marked converted with the order&apos;s value, rewards as the campaign says</source>
        <translation>Offene Empfehlungen, deren Freund bestellt hat: mit dem Bestellwert als konvertiert markiert, Prämien gemäß der Kampagne</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Ordinary orders without a referral, refunds and cancellations, and orders already recorded</source>
        <translation>Normale Bestellungen ohne Empfehlung, Erstattungen und Stornierungen sowie bereits erfasste Bestellungen</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>New mentions; negative ones join the response queue</source>
        <translation>Neue Erwähnungen; negative kommen in die Antwortliste</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>Mentions are never changed by an import</source>
        <translation>Erwähnungen werden durch einen Import nie geändert</translation>
    </message>
    <message>
        <source>Mentions already in Grapevine: the same link, or the same time, channel, author and text</source>
        <translation>Erwähnungen, die bereits in Grapevine sind: gleicher Link oder gleiche Zeit, gleicher Kanal, Autor und Text</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>New advocates: people not yet in Grapevine</source>
        <translation>Neue Markenbotschafter: Personen, die noch nicht in Grapevine sind</translation>
    </message>
    <message>
        <source>Advocates already in Grapevine (same email) whose details change</source>
        <translation>Markenbotschafter, die bereits in Grapevine sind (gleiche E-Mail) und deren Angaben sich ändern</translation>
    </message>
    <message>
        <source>Rows left as they are: the advocate exists and nothing changes, or duplicates are skipped</source>
        <translation>Unverändert gelassene Zeilen: Der Markenbotschafter existiert und nichts ändert sich, oder Duplikate werden übersprungen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>Shown instead of a number that is not known yet</extracomment>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportFilePage</name>
    <message>
        <source>Export the orders from your shop (Shopify, WooCommerce, Square, Stripe…) or keep a list of referrals in a spreadsheet. An order by a referred friend, or with an advocate&apos;s referral code, marks the referral converted with the order&apos;s value; rewards follow the campaign&apos;s rules. Orders already recorded are skipped.</source>
        <translation>Exportieren Sie die Bestellungen aus Ihrem Shop (Shopify, WooCommerce, Square, Stripe …) oder führen Sie eine Liste mit Empfehlungen in einer Tabelle. Eine Bestellung eines geworbenen Freundes oder mit dem Empfehlungscode eines Markenbotschafters markiert die Empfehlung mit dem Bestellwert als konvertiert; Prämien folgen den Regeln der Kampagne. Bereits erfasste Bestellungen werden übersprungen.</translation>
    </message>
    <message>
        <source>Export the mentions from your social-listening tool (Brand24, Mention, Talkwalker…) or your reviews from Google or Trustpilot. Complaints join the response queue. Mentions already in Grapevine are skipped.</source>
        <translation>Exportieren Sie die Erwähnungen aus Ihrem Social-Listening-Tool (Brand24, Mention, Talkwalker …) oder Ihre Bewertungen von Google oder Trustpilot. Beschwerden kommen in die Antwortliste. Erwähnungen, die bereits in Grapevine sind, werden übersprungen.</translation>
    </message>
    <message>
        <source>Grapevine knows the exports of Shopify, WooCommerce, HubSpot, Mailchimp, Square, Stripe, Klaviyo, and Google and Outlook contacts, and reads any other file with a column of email addresses. People already in Grapevine are recognised by their email, so importing this week&apos;s export again only brings in what changed.</source>
        <translation>Grapevine kennt die Exporte von Shopify, WooCommerce, HubSpot, Mailchimp, Square, Stripe, Klaviyo sowie Google- und Outlook-Kontakten und liest jede andere Datei mit einer Spalte mit E-Mail-Adressen. Personen, die bereits in Grapevine sind, werden an ihrer E-Mail-Adresse erkannt; ein erneuter Import des Exports dieser Woche bringt also nur die Änderungen.</translation>
    </message>
    <message>
        <source>orders or referrals</source>
        <translation>Bestellungen oder Empfehlungen</translation>
    </message>
    <message>
        <source>mentions or reviews</source>
        <translation>Erwähnungen oder Bewertungen</translation>
    </message>
    <message>
        <source>customers or contacts</source>
        <translation>Kunden oder Kontakte</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Export the list from your shop, CRM or tool as a CSV file, or save a spreadsheet as CSV. Nothing changes in Grapevine until the last step.</source>
        <translation>Exportieren Sie die Liste aus Ihrem Shop, CRM oder Tool als CSV-Datei oder speichern Sie eine Tabelle als CSV. In Grapevine ändert sich nichts vor dem letzten Schritt.</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>Die Datei enthält:</translation>
    </message>
    <message>
        <source>C&amp;ustomers or contacts</source>
        <translation>K&amp;unden oder Kontakte</translation>
    </message>
    <message>
        <source>&amp;Orders or referrals</source>
        <translation>&amp;Bestellungen oder Empfehlungen</translation>
    </message>
    <message>
        <source>&amp;Mentions or reviews</source>
        <translation>&amp;Erwähnungen oder Bewertungen</translation>
    </message>
    <message>
        <source>People to keep as advocates: customers, partners, staff, subscribers</source>
        <translation>Personen, die Sie als Markenbotschafter führen: Kunden, Partner, Mitarbeiter, Abonnenten</translation>
    </message>
    <message>
        <source>A shop&apos;s orders, to find the referrals that converted and their order values</source>
        <translation>Die Bestellungen eines Shops, um konvertierte Empfehlungen und ihre Bestellwerte zu finden</translation>
    </message>
    <message>
        <source>Posts, comments and reviews that mention the business</source>
        <translation>Beiträge, Kommentare und Bewertungen, die das Unternehmen erwähnen</translation>
    </message>
    <message>
        <source>Drop a CSV or text file here, or</source>
        <translation>Ziehen Sie eine CSV- oder Textdatei hierher, oder</translation>
    </message>
    <message>
        <source>Choose the exported file (CSV or tab-separated text)</source>
        <translation>Die exportierte Datei wählen (CSV oder tabulatorgetrennter Text)</translation>
    </message>
    <message>
        <source>Recognised: %1 export</source>
        <translation>Erkannt: %1-Export</translation>
    </message>
    <message>
        <source>Recognised: %1 contacts export</source>
        <translation>Erkannt: %1-Kontaktexport</translation>
    </message>
    <message>
        <source>Recognised: %1 customers export</source>
        <translation>Erkannt: %1-Kundenexport</translation>
    </message>
    <message>
        <source>Its columns say it holds %1, so that is how it is imported; choose another kind above if not.</source>
        <translation>Den Spalten nach enthält die Datei %1, daher wird sie so importiert; wählen Sie sonst oben eine andere Art.</translation>
    </message>
    <message>
        <source>Its columns look like %1 rather than %2. If so, choose “%3” above.</source>
        <translation>Die Spalten sehen eher nach %1 als nach %2 aus. Wählen Sie in diesem Fall oben „%3“.</translation>
    </message>
    <message>
        <source>%1 — the columns are matched already.</source>
        <extracomment>%1 is &quot;Recognised: Shopify customers export&quot;</extracomment>
        <translation>%1 – die Spalten sind bereits zugeordnet.</translation>
    </message>
    <message>
        <source>Not one of the exports Grapevine knows by name, but its columns were matched by their headings. You can check the matches in two steps.</source>
        <translation>Keiner der Exporte, die Grapevine namentlich kennt, aber die Spalten wurden anhand ihrer Überschriften zugeordnet. Sie können die Zuordnung in zwei Schritten prüfen.</translation>
    </message>
    <message>
        <source>Grapevine did not find a column of email addresses by its heading. You will choose it in the column mapping, two steps from here.</source>
        <translation>Grapevine hat anhand der Überschriften keine Spalte mit E-Mail-Adressen gefunden. Sie wählen sie in der Spaltenzuordnung, zwei Schritte weiter.</translation>
    </message>
    <message>
        <source>Grapevine did not find the columns it needs by their headings. You will choose them in the column mapping, two steps from here.</source>
        <translation>Grapevine hat die benötigten Spalten nicht anhand ihrer Überschriften gefunden. Sie wählen sie in der Spaltenzuordnung, zwei Schritte weiter.</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- und Textdateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Choose Another File…</source>
        <translation>&amp;Andere Datei wählen…</translation>
    </message>
    <message>
        <source>%1 — reading…</source>
        <translation>%1 – wird gelesen…</translation>
    </message>
    <message>
        <source>about %1 rows</source>
        <translation>etwa %1 Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <extracomment>File size — rows — columns, e.g. &quot;1.2 MB — about 5,000 rows — 19 columns&quot;</extracomment>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln Spalte</numerusform>
            <numerusform>%Ln Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is empty: there is nothing to import.</source>
        <translation>Die Datei ist leer: Es gibt nichts zu importieren.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportHistoryDialog</name>
    <message>
        <source>The import history cannot be read.</source>
        <translation>Der Importverlauf kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation>Abgelehnte Zeilen &amp;speichern…</translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <source>Every import, newest first. An import can be undone as a whole: what it added is deleted and what it changed is put back.</source>
        <translation>Alle Importe, neueste zuerst. Ein Import kann als Ganzes rückgängig gemacht werden: Was er hinzugefügt hat, wird gelöscht, und was er geändert hat, wird wiederhergestellt.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Nothing has been imported yet. File → Import brings in your shop&apos;s or CRM&apos;s customer list, its orders, or your mentions.</source>
        <translation>Es wurde noch nichts importiert. Über das Menü „Datei“ importieren Sie die Kundenliste Ihres Shops oder CRMs, seine Bestellungen oder Ihre Erwähnungen.</translation>
    </message>
    <message>
        <source>Delete what the selected import added and put back what it changed</source>
        <translation>Löschen, was der ausgewählte Import hinzugefügt hat, und wiederherstellen, was er geändert hat</translation>
    </message>
    <message>
        <source>Save the rows the selected import rejected, with the reason, as a CSV file to fix and import again</source>
        <translation>Die vom ausgewählten Import abgelehnten Zeilen mit Grund als CSV-Datei speichern, um sie zu korrigieren und erneut zu importieren</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Import number %1</source>
        <translation>Import Nummer %1</translation>
    </message>
    <message>
        <source>%1 (%2, values separated by “%3”)</source>
        <translation>%1 (%2, Werte getrennt durch „%3“)</translation>
    </message>
    <message>
        <source>Undone on %1</source>
        <translation>Rückgängig gemacht am %1</translation>
    </message>
    <message>
        <source>This import was undone already</source>
        <translation>Dieser Import wurde bereits rückgängig gemacht</translation>
    </message>
    <message>
        <source>The database is read-only</source>
        <translation>Die Datenbank ist schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportMappingPage</name>
    <message>
        <source>&amp;Save as Preset…</source>
        <translation>Als &amp;Vorlage speichern…</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds. Columns set to “Don&apos;t import” are left out.</source>
        <translation>Wählen Sie, was jede Spalte der Datei enthält. Spalten mit „Nicht importieren“ werden ausgelassen.</translation>
    </message>
    <message>
        <source>Apply a column mapping saved for an earlier file</source>
        <translation>Eine für eine frühere Datei gespeicherte Spaltenzuordnung anwenden</translation>
    </message>
    <message>
        <source>Save these matches under a name, to apply them to next week&apos;s file in one go</source>
        <translation>Diese Zuordnung unter einem Namen speichern, um sie nächste Woche mit einem Klick auf die neue Datei anzuwenden</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>Gespeicherte &amp;Zuordnung:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Values in the first rows</source>
        <translation>Werte in den ersten Zeilen</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>What the column “%1” holds</source>
        <translation>Was die Spalte „%1“ enthält</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>Nicht importieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1.&lt;/b&gt; Every column Grapevine knows is matched already; nothing needs changing. Check the matches below if you like.</source>
        <translation>&lt;b&gt;%1.&lt;/b&gt; Jede Spalte, die Grapevine kennt, ist bereits zugeordnet; Sie müssen nichts ändern. Prüfen Sie die Zuordnung unten, wenn Sie möchten.</translation>
    </message>
    <message>
        <source>Grapevine matched the columns by their headings. Check each match below, and choose what any column it did not recognise holds.</source>
        <translation>Grapevine hat die Spalten anhand ihrer Überschriften zugeordnet. Prüfen Sie unten jede Zuordnung und wählen Sie, was jede nicht erkannte Spalte enthält.</translation>
    </message>
    <message>
        <source>Matched automatically</source>
        <translation>Automatisch zugeordnet</translation>
    </message>
    <message>
        <source>Matched automatically (%1)</source>
        <comment>the export&apos;s tool</comment>
        <translation>Automatisch zugeordnet (%1)</translation>
    </message>
    <message>
        <source>Changed by hand. Save as a preset to use these matches again.</source>
        <translation>Von Hand geändert. Speichern Sie die Zuordnung als Vorlage, um sie wiederzuverwenden.</translation>
    </message>
    <message>
        <source>“%1” now comes from “%2” instead of “%3”.</source>
        <translation>„%1“ kommt jetzt aus „%2“ statt aus „%3“.</translation>
    </message>
    <message>
        <source>Cannot Apply the Mapping</source>
        <translation>Zuordnung kann nicht angewendet werden</translation>
    </message>
    <message>
        <source>The saved mapping “%1” no longer exists.</source>
        <translation>Die gespeicherte Zuordnung „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” was saved for another kind of file; nothing of it applies here.</source>
        <translation>„%1“ wurde für eine andere Art von Datei gespeichert; nichts davon passt hier.</translation>
    </message>
    <message>
        <source>Applied “%1”.</source>
        <translation>„%1“ angewendet.</translation>
    </message>
    <message>
        <source>Applied “%1”, but this file has no column called %2: those details are not imported.</source>
        <translation>„%1“ angewendet, aber diese Datei hat keine Spalte namens %2: Diese Angaben werden nicht importiert.</translation>
    </message>
    <message>
        <source>Applied your saved mapping “%1”: this file has all its columns.</source>
        <translation>Ihre gespeicherte Zuordnung „%1“ wurde angewendet: Diese Datei hat alle zugehörigen Spalten.</translation>
    </message>
    <message>
        <source>Save Column Mapping</source>
        <translation>Spaltenzuordnung speichern</translation>
    </message>
    <message>
        <source>A name for these matches, such as “Weekly Shopify export”:</source>
        <translation>Ein Name für diese Zuordnung, etwa „Wöchentlicher Shopify-Export“:</translation>
    </message>
    <message>
        <source>Replace the Saved Mapping?</source>
        <translation>Gespeicherte Zuordnung ersetzen?</translation>
    </message>
    <message>
        <source>A mapping called “%1” is saved already. Replace it with these matches?</source>
        <translation>Eine Zuordnung namens „%1“ ist bereits gespeichert. Durch diese Zuordnung ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Cannot Save the Mapping</source>
        <translation>Zuordnung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved as “%1”. Choose it here next time.</source>
        <translation>Als „%1“ gespeichert. Wählen Sie sie beim nächsten Mal hier aus.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln column(s) will be imported.</source>
        <translation>
            <numerusform>Importiert werden %1 von %Ln Spalte.</numerusform>
            <numerusform>Importiert werden %1 von %Ln Spalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportOptionsPage</name>
    <message>
        <source>DD/MM/YYYY (day first)</source>
        <translation>DD/MM/YYYY (Tag zuerst)</translation>
    </message>
    <message>
        <source>MM/DD/YYYY (month first)</source>
        <translation>MM/DD/YYYY (Monat zuerst)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (year first)</source>
        <translation>YYYY-MM-DD (Jahr zuerst)</translation>
    </message>
    <message>
        <source>&amp;Update them</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>&amp;Fill in empty details only</source>
        <translation>Nur leere Angaben &amp;ergänzen</translation>
    </message>
    <message>
        <source>The order of day, month and year in the file&apos;s dates</source>
        <translation>Die Reihenfolge von Tag, Monat und Jahr in den Datumsangaben der Datei</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>The character before the cents in amounts of money</source>
        <translation>Das Zeichen vor den Cent in Geldbeträgen</translation>
    </message>
    <message>
        <source>Point: 1,234.50</source>
        <translation>Punkt: 1,234.50</translation>
    </message>
    <message>
        <source>Comma: 1.234,50</source>
        <translation>Komma: 1.234,50</translation>
    </message>
    <message>
        <source>Dates and amounts</source>
        <translation>Datumsangaben und Beträge</translation>
    </message>
    <message>
        <source>&amp;Date format:</source>
        <translation>&amp;Datumsformat:</translation>
    </message>
    <message>
        <source>Decimal &amp;separator:</source>
        <translation>Dezimal&amp;trennzeichen:</translation>
    </message>
    <message>
        <source>When someone is an advocate already</source>
        <translation>Wenn jemand bereits Markenbotschafter ist</translation>
    </message>
    <message>
        <source>The file&apos;s values replace the stored ones. Empty cells never erase anything.</source>
        <translation>Die Werte der Datei ersetzen die gespeicherten. Leere Zellen löschen nie etwas.</translation>
    </message>
    <message>
        <source>People already in Grapevine are left exactly as they are; only new people are added.</source>
        <translation>Personen, die bereits in Grapevine sind, bleiben genau so, wie sie sind; nur neue Personen werden hinzugefügt.</translation>
    </message>
    <message>
        <source>Only details that are empty in Grapevine are taken from the file; nothing stored is changed.</source>
        <translation>Nur Angaben, die in Grapevine leer sind, werden aus der Datei übernommen; nichts Gespeichertes wird geändert.</translation>
    </message>
    <message>
        <source>Dates, amounts and people you have already</source>
        <translation>Datumsangaben, Beträge und vorhandene Personen</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datumsangaben</translation>
    </message>
    <message>
        <source>Say how the file writes dates and amounts, and what to do when someone in the file is an advocate already (the same email).</source>
        <translation>Geben Sie an, wie die Datei Datumsangaben und Beträge schreibt und was geschehen soll, wenn jemand aus der Datei bereits Markenbotschafter ist (gleiche E-Mail).</translation>
    </message>
    <message>
        <source>Say how the file writes dates and amounts.</source>
        <translation>Geben Sie an, wie die Datei Datumsangaben und Beträge schreibt.</translation>
    </message>
    <message>
        <source>Say how the file writes dates.</source>
        <translation>Geben Sie an, wie die Datei Datumsangaben schreibt.</translation>
    </message>
    <message>
        <source>No column is imported as “%1”, so no dates are read.</source>
        <translation>Keine Spalte wird als „%1“ importiert, daher werden keine Datumsangaben gelesen.</translation>
    </message>
    <message>
        <source>(all empty)</source>
        <translation>(alle leer)</translation>
    </message>
    <message>
        <source>Dates in “%1”, such as %2. Detected: %3.</source>
        <translation>Datumsangaben in „%1“, etwa %2. Erkannt: %3.</translation>
    </message>
    <message>
        <source>Dates in “%1”, such as %2.</source>
        <translation>Datumsangaben in „%1“, etwa %2.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>No column is imported as “%1”, so no amounts are read.</source>
        <translation>Keine Spalte wird als „%1“ importiert, daher werden keine Beträge gelesen.</translation>
    </message>
    <message>
        <source>Amounts in “%1” are read with the separator chosen.</source>
        <translation>Beträge in „%1“ werden mit dem gewählten Trennzeichen gelesen.</translation>
    </message>
    <message>
        <source>Detected in “%1”: a comma before the cents.</source>
        <translation>Erkannt in „%1“: ein Komma vor den Cent.</translation>
    </message>
    <message>
        <source>Detected in “%1”: a point before the cents.</source>
        <translation>Erkannt in „%1“: ein Punkt vor den Cent.</translation>
    </message>
    <message>
        <source>Each amount in “%1” decides for itself: a separator followed by one or two digits at the end is taken as the cents.</source>
        <translation>Jeder Betrag in „%1“ wird einzeln entschieden: Ein Trennzeichen, auf das am Ende ein oder zwei Ziffern folgen, gilt als Dezimaltrennzeichen.</translation>
    </message>
    <message>
        <source>%1 Currency symbols and codes ($, €, EUR) and thousands separators are recognised and left out.</source>
        <extracomment>Follows what was detected about the decimal separator</extracomment>
        <translation>%1 Währungssymbole und -codes ($, €, EUR) sowie Tausendertrennzeichen werden erkannt und ignoriert.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportPreviewLoader</name>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>column: problem</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportPreviewModel</name>
    <message>
        <source>Line %1 has a problem:
%2</source>
        <translation>Zeile %1 hat ein Problem:
%2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>(extra value)</source>
        <translation>(zusätzlicher Wert)</translation>
    </message>
    <message>
        <source>The line of the file where the row starts</source>
        <translation>Die Zeile der Datei, in der der Datensatz beginnt</translation>
    </message>
    <message>
        <source>Some rows have more values than the file has columns</source>
        <translation>Einige Zeilen haben mehr Werte, als die Datei Spalten hat</translation>
    </message>
    <message>
        <source>“%1” is not imported</source>
        <translation>„%1“ wird nicht importiert</translation>
    </message>
    <message>
        <source>“%1” is imported as %2</source>
        <translation>„%1“ wird als %2 importiert</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportPreviewPage</name>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>The first row holds the column &amp;names</source>
        <translation>Die erste Zeile enthält die Spalten&amp;namen</translation>
    </message>
    <message>
        <source>Check how the file is read</source>
        <translation>Prüfen, wie die Datei gelesen wird</translation>
    </message>
    <message>
        <source>Grapevine detected how the file is written. If names with accents look wrong or all values sit in one column, change the settings below: the preview follows at once.</source>
        <translation>Grapevine hat erkannt, wie die Datei geschrieben ist. Wenn Namen mit Umlauten falsch aussehen oder alle Werte in einer Spalte stehen, ändern Sie die Einstellungen unten: Die Vorschau passt sich sofort an.</translation>
    </message>
    <message>
        <source>How the file&apos;s characters are stored. Change it when accents or other letters look wrong in the preview.</source>
        <translation>Wie die Zeichen der Datei gespeichert sind. Ändern Sie dies, wenn Umlaute oder andere Buchstaben in der Vorschau falsch aussehen.</translation>
    </message>
    <message>
        <source>The character between two values of a row. Change it when the preview shows everything in one column.</source>
        <translation>Das Zeichen zwischen zwei Werten einer Zeile. Ändern Sie es, wenn die Vorschau alles in einer Spalte zeigt.</translation>
    </message>
    <message>
        <source>Clear this when the first row is already data, not headings: the columns are then called “Column 1”, “Column 2”…</source>
        <translation>Entfernen Sie den Haken, wenn die erste Zeile bereits Daten statt Überschriften enthält: Die Spalten heißen dann „Spalte 1“, „Spalte 2“ …</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Die ersten Zeilen der Datei</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Zeichenkodierung:</translation>
    </message>
    <message>
        <source>Values separated &amp;by:</source>
        <translation>Werte getrennt &amp;durch:</translation>
    </message>
    <message>
        <source>Detected: the file starts with a mark that names its encoding.</source>
        <translation>Erkannt: Die Datei beginnt mit einer Markierung, die ihre Zeichenkodierung angibt.</translation>
    </message>
    <message>
        <source>Assumed: the file is not Unicode, and Windows-1252 is what Excel on Windows saves. If accents look wrong below, try another encoding.</source>
        <translation>Angenommen: Die Datei ist kein Unicode, und Windows-1252 ist das, was Excel unter Windows speichert. Wenn Umlaute unten falsch aussehen, versuchen Sie eine andere Zeichenkodierung.</translation>
    </message>
    <message>
        <source>Detected from the file&apos;s characters.</source>
        <translation>Anhand der Zeichen der Datei erkannt.</translation>
    </message>
    <message>
        <source>%1 — detected</source>
        <comment>encoding or delimiter</comment>
        <translation>%1 – erkannt</translation>
    </message>
    <message numerus="yes">
        <source>Detected: most rows have %Ln value(s) this way.</source>
        <translation>
            <numerusform>Erkannt: Die meisten Zeilen haben so %Ln Wert.</numerusform>
            <numerusform>Erkannt: Die meisten Zeilen haben so %Ln Werte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 of about %2 rows.</source>
        <translation>Die ersten %1 von etwa %2 Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln row(s) of the file.</source>
        <translation>
            <numerusform>Die %Ln Zeile der Datei.</numerusform>
            <numerusform>Alle %Ln Zeilen der Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with a problem are highlighted: point at one to see why. The import leaves such rows out and lists them, so they can be fixed and imported again.</source>
        <translation>
            <numerusform>%Ln Zeile mit einem Problem ist hervorgehoben: Zeigen Sie darauf, um den Grund zu sehen. Der Import lässt solche Zeilen aus und listet sie auf, damit sie korrigiert und erneut importiert werden können.</numerusform>
            <numerusform>%Ln Zeilen mit einem Problem sind hervorgehoben: Zeigen Sie auf eine davon, um den Grund zu sehen. Der Import lässt solche Zeilen aus und listet sie auf, damit sie korrigiert und erneut importiert werden können.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found in these rows.</source>
        <translation>In diesen Zeilen wurden keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Two sentences: how many rows are shown, and whether they have problems</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportProgressView</name>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>noch etwa %n Sekunde</numerusform>
            <numerusform>noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>noch etwa %n Minute</numerusform>
            <numerusform>noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>noch etwa %n Stunde</numerusform>
            <numerusform>noch etwa %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln row(s) read. Taking the trial back so that nothing changes…</source>
        <translation>
            <numerusform>Die %Ln Zeile wurde gelesen. Der Probelauf wird zurückgenommen, damit sich nichts ändert…</numerusform>
            <numerusform>Alle %Ln Zeilen wurden gelesen. Der Probelauf wird zurückgenommen, damit sich nichts ändert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln row(s) read. Saving the advocates and building the search index; with a large file this last step takes a moment…</source>
        <translation>
            <numerusform>Die %Ln Zeile wurde gelesen. Die Markenbotschafter werden gespeichert und der Suchindex wird aufgebaut; bei einer großen Datei dauert dieser letzte Schritt einen Moment…</numerusform>
            <numerusform>Alle %Ln Zeilen wurden gelesen. Die Markenbotschafter werden gespeichert und der Suchindex wird aufgebaut; bei einer großen Datei dauert dieser letzte Schritt einen Moment…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) checked</source>
        <translation>
            <numerusform>%Ln Zeile geprüft</numerusform>
            <numerusform>%Ln Zeilen geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported</source>
        <translation>
            <numerusform>%Ln Zeile importiert</numerusform>
            <numerusform>%Ln Zeilen importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows a second</source>
        <translation>%1 Zeilen pro Sekunde</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Import progress: &quot;12,000 rows imported — 40,000 rows a second — about 20 seconds left&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportReportModel</name>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportRunPage</name>
    <message>
        <source>Cancel Import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Everything is saved at once at the end. Cancel stops the import and leaves everything exactly as it was.</source>
        <translation>Alles wird am Ende auf einmal gespeichert. „Abbrechen“ beendet den Import und lässt alles genau so, wie es war.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortfahren</translation>
    </message>
    <message>
        <source>Stop the import; nothing of it is kept</source>
        <translation>Den Import beenden; nichts davon wird behalten</translation>
    </message>
    <message>
        <source>A large file takes a while: about a minute for a hundred thousand rows on a typical laptop. Cancel stays possible until the very end.</source>
        <translation>Eine große Datei braucht eine Weile: etwa eine Minute für hunderttausend Zeilen auf einem typischen Laptop. Abbrechen ist bis ganz zum Schluss möglich.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancelling: taking back what was imported so far…</source>
        <translation>Wird abgebrochen: Bisher Importiertes wird zurückgenommen…</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportRunner</name>
    <message>
        <source>The database cannot be opened for the import: %1</source>
        <translation>Die Datenbank kann für den Import nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The import stopped unexpectedly.</source>
        <translation>Der Import wurde unerwartet beendet.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportSummaryPage</name>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation>Abgelehnte Zeilen &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Undo This Import…</source>
        <translation>Diesen Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>The rejected rows and why</source>
        <translation>Die abgelehnten Zeilen und der Grund</translation>
    </message>
    <message>
        <source>Save the rejected rows as a CSV file: the original columns plus the reason, to fix and import again</source>
        <translation>Die abgelehnten Zeilen als CSV-Datei speichern: die ursprünglichen Spalten plus den Grund, zum Korrigieren und erneuten Importieren</translation>
    </message>
    <message>
        <source>Delete what this import added and put back what it changed</source>
        <translation>Löschen, was dieser Import hinzugefügt hat, und wiederherstellen, was er geändert hat</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancel stopped the import before anything was saved.</source>
        <translation>„Abbrechen“ hat den Import beendet, bevor etwas gespeichert wurde.</translation>
    </message>
    <message>
        <source>Something went wrong before the import could be saved.</source>
        <translation>Etwas ist schiefgegangen, bevor der Import gespeichert werden konnte.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled. Nothing was imported: Grapevine is exactly as it was.</source>
        <translation>Der Import von %1 wurde abgebrochen. Es wurde nichts importiert: Grapevine ist genau so wie vorher.</translation>
    </message>
    <message>
        <source>The import of %1 failed: %2 Nothing was imported: Grapevine is exactly as it was.</source>
        <translation>Der Import von %1 ist fehlgeschlagen: %2 Es wurde nichts importiert: Grapevine ist genau so wie vorher.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>The import is number %1 in File → Import History, where it can be reviewed and undone later.</source>
        <translation>Der Import hat die Nummer %1 unter Datei → Importverlauf, wo er später geprüft und rückgängig gemacht werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln row(s) read.</source>
        <translation>
            <numerusform>%1 importiert: %Ln Zeile gelesen.</numerusform>
            <numerusform>%1 importiert: %Ln Zeilen gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected row(s), with the reason:</source>
        <translation>
            <numerusform>%Ln abgelehnte Zeile, mit Grund:</numerusform>
            <numerusform>%Ln abgelehnte Zeilen, mit Grund:</numerusform>
        </translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Keine Zeile wurde abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more problem(s) are not listed here; the saved file has every rejected row.</source>
        <translation>
            <numerusform>%Ln weiteres Problem ist hier nicht aufgeführt; die gespeicherte Datei enthält jede abgelehnte Zeile.</numerusform>
            <numerusform>%Ln weitere Probleme sind hier nicht aufgeführt; die gespeicherte Datei enthält jede abgelehnte Zeile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save them, fix them in the saved file, and import that file again.</source>
        <translation>Speichern Sie sie, korrigieren Sie sie in der gespeicherten Datei und importieren Sie diese Datei erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were imported with a remark, such as line %1: %2</source>
        <translation>
            <numerusform>%Ln Zeile wurde mit einem Hinweis importiert, etwa Zeile %1: %2</numerusform>
            <numerusform>%Ln Zeilen wurden mit einem Hinweis importiert, etwa Zeile %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import rückgängig gemacht</translation>
    </message>
    <message>
        <source>Everything this import did was taken back. File → Import History keeps its record.</source>
        <translation>Alles, was dieser Import bewirkt hat, wurde zurückgenommen. Datei → Importverlauf bewahrt den Eintrag auf.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportWizard</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Import Orders or Referrals</source>
        <translation>Bestellungen oder Empfehlungen importieren</translation>
    </message>
    <message>
        <source>Import Mentions</source>
        <translation>Erwähnungen importieren</translation>
    </message>
    <message>
        <source>Import Customers</source>
        <translation>Kunden importieren</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::InvitationsDialog</name>
    <message>
        <source>%1 &lt;%2&gt; · %3</source>
        <extracomment>A suggestion while choosing whom to preview: name, email and referral code</extracomment>
        <translation>%1 &lt;%2&gt; · %3</translation>
    </message>
    <message>
        <source>Alex</source>
        <translation>Alex</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Nachrichtenvorlage</translation>
    </message>
    <message>
        <source>Insert Field</source>
        <translation>Feld einfügen</translation>
    </message>
    <message>
        <source>%1	%2</source>
        <extracomment>A menu entry: a merge field&apos;s name and how it is written in the message</extracomment>
        <translation>%1	%2</translation>
    </message>
    <message>
        <source>Use Default Text</source>
        <translation>Standardtext verwenden</translation>
    </message>
    <message>
        <source>Save Message</source>
        <translation>Nachricht speichern</translation>
    </message>
    <message>
        <source>Personal Link</source>
        <translation>Persönlicher Link</translation>
    </message>
    <message>
        <source>Landing page:</source>
        <translation>Landingpage:</translation>
    </message>
    <message>
        <source>Tracking:</source>
        <translation>Tracking:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Type a name, email or referral code</source>
        <translation>Name, E-Mail oder Empfehlungscode eingeben</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Nachrichtenvorschau</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Vorschau für:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versenden</translation>
    </message>
    <message>
        <source>Export Mail-Merge CSV…</source>
        <translation>CSV für Serien-E-Mail exportieren…</translation>
    </message>
    <message>
        <source>A spreadsheet with each advocate&apos;s email, personal link and finished message, for a mail-merge in your email or newsletter program</source>
        <translation>Eine Tabelle mit E-Mail-Adresse, persönlichem Link und fertiger Nachricht jedes Markenbotschafters, für den Serienversand mit Ihrem E-Mail- oder Newsletter-Programm</translation>
    </message>
    <message>
        <source>Whose cards to print</source>
        <translation>Für wen Karten gedruckt werden</translation>
    </message>
    <message>
        <source>Print Referral Cards…</source>
        <translation>Empfehlungskarten drucken…</translation>
    </message>
    <message>
        <source>A PDF of cards to hand out: name, code and a QR code of the personal link</source>
        <translation>Ein PDF mit Karten zum Verteilen: Name, Code und ein QR-Code des persönlichen Links</translation>
    </message>
    <message>
        <source>Cards for:</source>
        <translation>Karten für:</translation>
    </message>
    <message>
        <source>Invitations – %1</source>
        <translation>Einladungen – %1</translation>
    </message>
    <message>
        <source>Personal invitations for “%1”</source>
        <extracomment>%1 is the campaign&apos;s name</extracomment>
        <translation>Persönliche Einladungen für „%1“</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Each advocate&apos;s link adds ref=&lt;their code&gt;. Change the landing page and tracking in the campaign&apos;s settings.</source>
        <translation>An den Link jedes Markenbotschafters wird ref=&lt;their code&gt; angehängt, also sein persönlicher Code. Landingpage und Tracking ändern Sie in den Einstellungen der Kampagne.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln advocate(s) agreed to receive invitations and have an email address.</source>
        <translation>
            <numerusform>%Ln Markenbotschafter hat dem Erhalt von Einladungen zugestimmt und hat eine E-Mail-Adresse.</numerusform>
            <numerusform>%Ln Markenbotschafter haben dem Erhalt von Einladungen zugestimmt und haben eine E-Mail-Adresse.</numerusform>
        </translation>
    </message>
    <message>
        <source>No advocate has agreed to receive invitations yet. Record their consent on the Advocates page; until then the preview shows an example.</source>
        <translation>Noch kein Markenbotschafter hat dem Erhalt von Einladungen zugestimmt. Erfassen Sie die Einwilligung auf der Seite „Markenbotschafter“; bis dahin zeigt die Vorschau ein Beispiel.</translation>
    </message>
    <message>
        <source>Unsaved Message</source>
        <translation>Nicht gespeicherte Nachricht</translation>
    </message>
    <message>
        <source>The message has changes that are not saved. Close without saving them?</source>
        <translation>Die Nachricht enthält nicht gespeicherte Änderungen. Ohne Speichern schließen?</translation>
    </message>
    <message>
        <source>Close Without Saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
    <message>
        <source>Not a merge field, so it would be sent exactly as typed: %1. Use Insert Field to add one.</source>
        <translation>Kein Seriendruckfeld, daher würde es genau so versendet, wie es geschrieben ist: %1. Verwenden Sie „Feld einfügen“, um eines hinzuzufügen.</translation>
    </message>
    <message>
        <source>The message contains %1, which is not a merge field and would be sent exactly as typed. Save it anyway?</source>
        <translation>Die Nachricht enthält %1; das ist kein Seriendruckfeld und würde genau so versendet, wie es geschrieben ist. Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>Showing the message for %1 (%2).</source>
        <translation>Die Nachricht für %1 (%2) wird angezeigt.</translation>
    </message>
    <message>
        <source>No advocate can be previewed yet, so this shows an example.</source>
        <translation>Noch kann kein Markenbotschafter in der Vorschau gezeigt werden, daher sehen Sie ein Beispiel.</translation>
    </message>
    <message>
        <source>No personal link (see Personal Link).</source>
        <translation>Kein persönlicher Link (siehe „Persönlicher Link“).</translation>
    </message>
    <message>
        <source>Personal link: %1</source>
        <translation>Persönlicher Link: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln advocate(s) who agreed</source>
        <translation>
            <numerusform>Der %Ln Markenbotschafter, der zugestimmt hat</numerusform>
            <numerusform>Alle %Ln Markenbotschafter, die zugestimmt haben</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>%1 invitations</source>
        <extracomment>A file name: %1 is the campaign&apos;s name</extracomment>
        <translation>%1 Einladungen</translation>
    </message>
    <message>
        <source>%1 referral cards</source>
        <translation>%1 Empfehlungskarten</translation>
    </message>
    <message>
        <source>No One to Invite</source>
        <translation>Niemand zum Einladen</translation>
    </message>
    <message>
        <source>No advocate has agreed to receive invitations yet, so there is nothing to export. Record an advocate&apos;s consent (and email address) on the Advocates page first.</source>
        <translation>Noch kein Markenbotschafter hat dem Erhalt von Einladungen zugestimmt, daher gibt es nichts zu exportieren. Erfassen Sie zuerst auf der Seite „Markenbotschafter“ die Einwilligung (und E-Mail-Adresse) eines Markenbotschafters.</translation>
    </message>
    <message>
        <source>Export Mail-Merge CSV</source>
        <translation>CSV für Serien-E-Mail exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Writing the invitations…</source>
        <translation>Einladungen werden geschrieben…</translation>
    </message>
    <message>
        <source>No advocate has agreed to receive invitations, so the file only has the column names.</source>
        <translation>Kein Markenbotschafter hat dem Erhalt von Einladungen zugestimmt, daher enthält die Datei nur die Spaltennamen.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln invitation(s) to %1.</source>
        <translation>
            <numerusform>%Ln Einladung in %1 geschrieben.</numerusform>
            <numerusform>%Ln Einladungen in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Referral Cards</source>
        <translation>Empfehlungskarten drucken</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF-Dateien (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Making the referral cards…</source>
        <translation>Empfehlungskarten werden erstellt…</translation>
    </message>
    <message>
        <source>This advocate no longer agrees to receive invitations, so no card was made.</source>
        <translation>Dieser Markenbotschafter hat seine Zustimmung zum Erhalt von Einladungen zurückgezogen, daher wurde keine Karte erstellt.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln referral card(s) to %1. Print it at 100% (actual size) so the QR codes scan well.</source>
        <translation>
            <numerusform>%Ln Empfehlungskarte in %1 geschrieben. Drucken Sie sie in 100 % (Originalgröße), damit sich die QR-Codes gut scannen lassen.</numerusform>
            <numerusform>%Ln Empfehlungskarten in %1 geschrieben. Drucken Sie sie in 100 % (Originalgröße), damit sich die QR-Codes gut scannen lassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grapevine::ui::LeaderboardView</name>
    <message>
        <source>Rank advocates over all campaigns, or within one</source>
        <translation>Rangliste über alle Kampagnen oder innerhalb einer Kampagne</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln advocate(s) who brought the most customers, by conversions, then referrals made.</source>
        <translation>
            <numerusform>Der %Ln Markenbotschafter, der die meisten Kunden gebracht hat, sortiert nach Conversions, dann nach abgegebenen Empfehlungen.</numerusform>
            <numerusform>Die %Ln Markenbotschafter, die die meisten Kunden gebracht haben, sortiert nach Conversions, dann nach abgegebenen Empfehlungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No referrals yet. The leaderboard fills as advocates refer friends who buy.</source>
        <translation>Noch keine Empfehlungen. Die Rangliste füllt sich, sobald Markenbotschafter Freunde werben, die kaufen.</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::MainWindow</name>
    <message>
        <source>Grapevine databases (*.sqlite *.grapevine *.db);;All files (*)</source>
        <translation>Grapevine-Datenbanken (*.sqlite *.grapevine *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Grapevine</source>
        <translation>Grapevine</translation>
    </message>
    <message>
        <source>Open a database or create a new one to start.</source>
        <translation>Öffnen Sie eine Datenbank oder legen Sie eine neue an, um zu beginnen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>The Mentions entry of the navigation, %2 the number of complaints overdue for an answer</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln negative mention(s) overdue for a response</source>
        <translation>
            <numerusform>%Ln negative Erwähnung mit überfälliger Antwort</numerusform>
            <numerusform>%Ln negative Erwähnungen mit überfälliger Antwort</numerusform>
        </translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Referrals, revenue, ROI and mentions at a glance</source>
        <translation>Empfehlungen, Umsatz, ROI und Erwähnungen auf einen Blick</translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation>Markenbotschafter</translation>
    </message>
    <message>
        <source>The people who recommend your business</source>
        <translation>Die Menschen, die Ihr Unternehmen weiterempfehlen</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Referral programs and their rewards</source>
        <translation>Empfehlungsprogramme und ihre Prämien</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Who referred whom, and how far each referral got</source>
        <translation>Wer wen empfohlen hat und wie weit jede Empfehlung gekommen ist</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Prämien</translation>
    </message>
    <message>
        <source>Rewards to approve and pay, and the leaderboard</source>
        <translation>Prämien zum Freigeben und Auszahlen sowie die Rangliste</translation>
    </message>
    <message>
        <source>Reviews, posts and conversations about your business</source>
        <translation>Bewertungen, Beiträge und Gespräche über Ihr Unternehmen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Reports to print, save as PDF or share</source>
        <translation>Berichte zum Drucken, Speichern als PDF oder Teilen</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Open a Database…</source>
        <translation>Datenbank öffnen…</translation>
    </message>
    <message>
        <source>Create a New Database…</source>
        <translation>Neue Datenbank anlegen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>Create a new, empty database for a business</source>
        <translation>Eine neue, leere Datenbank für ein Unternehmen anlegen</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an existing Grapevine database</source>
        <translation>Eine vorhandene Grapevine-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>Write a complete copy of the open database to another file</source>
        <translation>Eine vollständige Kopie der geöffneten Datenbank in eine andere Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Import Customers…</source>
        <translation>Kunden &amp;importieren…</translation>
    </message>
    <message>
        <source>Import the customer list your shop, CRM or mailing tool exports as CSV</source>
        <translation>Die Kundenliste importieren, die Ihr Shop, CRM oder Newsletter-Tool als CSV exportiert</translation>
    </message>
    <message>
        <source>Import &amp;Orders or Referrals…</source>
        <translation>&amp;Bestellungen oder Empfehlungen importieren…</translation>
    </message>
    <message>
        <source>Import your shop&apos;s orders to mark referred friends&apos; purchases as conversions</source>
        <translation>Die Bestellungen Ihres Shops importieren, um Käufe geworbener Freunde als Conversions zu markieren</translation>
    </message>
    <message>
        <source>Import &amp;Mentions…</source>
        <translation>&amp;Erwähnungen importieren…</translation>
    </message>
    <message>
        <source>Import the mentions and reviews your social-listening tool exports</source>
        <translation>Die Erwähnungen und Bewertungen importieren, die Ihr Social-Listening-Tool exportiert</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>Import&amp;verlauf…</translation>
    </message>
    <message>
        <source>Review earlier imports and undo one as a whole</source>
        <translation>Frühere Importe prüfen und einen davon als Ganzes rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Been&amp;den</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Grapevine</source>
        <translation>Ü&amp;ber Grapevine</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot Create Database</source>
        <translation>Datenbank kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Grapevine never replaces an existing file with an empty database: choose a new file name, or open the file with File → Open.</source>
        <translation>„%1“ existiert bereits. Grapevine ersetzt nie eine vorhandene Datei durch eine leere Datenbank: Wählen Sie einen neuen Dateinamen oder öffnen Sie die Datei mit Datei → Datenbank öffnen.</translation>
    </message>
    <message>
        <source>%1 — Grapevine</source>
        <translation>%1 — Grapevine</translation>
    </message>
    <message>
        <source>The database file that is open</source>
        <translation>Die geöffnete Datenbankdatei</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1 You can look at everything, but nothing can be changed. Use File → Save a Copy to make an editable copy.</source>
        <translation>&lt;b&gt;Schreibgeschützt.&lt;/b&gt; %1 Sie können alles ansehen, aber nichts ändern. Mit Datei → Kopie speichern erstellen Sie eine bearbeitbare Kopie.</translation>
    </message>
    <message>
        <source>Created a new database at %1.</source>
        <translation>Neue Datenbank unter %1 angelegt.</translation>
    </message>
    <message>
        <source>Updated the database to version %1. A copy of the old version is at %2.</source>
        <translation>Datenbank auf Version %1 aktualisiert. Eine Kopie der alten Version liegt unter %2.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>The file is damaged (SQLite reports: %1), so it was opened read-only to keep it from getting worse.</source>
        <translation>Die Datei ist beschädigt (Meldung von SQLite: %1) und wurde daher schreibgeschützt geöffnet, damit sich der Schaden nicht verschlimmert.</translation>
    </message>
    <message>
        <source>Damaged Database</source>
        <translation>Beschädigte Datenbank</translation>
    </message>
    <message>
        <source>“%1” is damaged. %2 Restore it from a backup copy, or save a copy to rescue what can still be read.</source>
        <translation>„%1“ ist beschädigt. %2 Stellen Sie die Datei aus einer Sicherungskopie wieder her oder speichern Sie eine Kopie, um zu retten, was noch lesbar ist.</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Cannot Save a Copy</source>
        <translation>Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved a copy to %1.</source>
        <translation>Kopie unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <extracomment>%1 is a number used as keyboard accelerator, %2 a file path</extracomment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists; it was moved or deleted. It is removed from the recent files.</source>
        <translation>„%1“ existiert nicht mehr; die Datei wurde verschoben oder gelöscht. Sie wird aus der Liste der zuletzt geöffneten Dateien entfernt.</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Keine zuletzt geöffneten Datenbanken</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>The database is read-only (%1), so nothing can be imported into it. Use File → Save a Copy to make an editable copy.</source>
        <translation>Die Datenbank ist schreibgeschützt (%1), daher kann nichts importiert werden. Mit Datei → Kopie speichern erstellen Sie eine bearbeitbare Kopie.</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherungskopie &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Put back one of the daily copies of the open file</source>
        <translation>Eine der täglichen Kopien der geöffneten Datei wiederherstellen</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Eins&amp;tellungen…</translation>
    </message>
    <message>
        <source>The business&apos;s name, currency and targets; language, exports and backups</source>
        <translation>Name, Währung und Vorgaben des Unternehmens; Sprache, Export und Sicherungskopien</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Willkommen</translation>
    </message>
    <message>
        <source>Open the sample business, import customers or start an empty file</source>
        <translation>Das Beispielunternehmen öffnen, Kunden importieren oder mit einer leeren Datei beginnen</translation>
    </message>
    <message>
        <source>Cannot Open the Sample Business</source>
        <translation>Beispielunternehmen kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot Make the Sample Business</source>
        <translation>Beispielunternehmen kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>Die heutige Sicherungskopie konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Cannot Save the Settings</source>
        <translation>Einstellungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherungskopie wiederherstellen</translation>
    </message>
    <message>
        <source>Replace everything in “%1” with the backup “%2”?

What the file holds now is kept as a backup of its own (“before restore”), so you can go back to it the same way.</source>
        <translation>Den gesamten Inhalt von „%1“ durch die Sicherungskopie „%2“ ersetzen?

Der jetzige Inhalt der Datei wird als eigene Sicherungskopie („Vor einer Wiederherstellung“) aufbewahrt, sodass Sie auf demselben Weg zu ihm zurückkehren können.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 aus %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::MentionDetailsPanel</name>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>What you answered, or will answer (Ctrl+Enter keeps it)</source>
        <translation>Was Sie geantwortet haben oder antworten werden (Ctrl+Enter speichert die Antwort)</translation>
    </message>
    <message>
        <source>The response is kept with the mention: what was said, and when. Choose Respond once you have answered.</source>
        <translation>Die Antwort wird bei der Erwähnung gespeichert: was gesagt wurde und wann. Wählen Sie „Antworten“, sobald Sie geantwortet haben.</translation>
    </message>
    <message>
        <source>Select a mention to see it whole and answer it.</source>
        <translation>Wählen Sie eine Erwähnung aus, um sie vollständig zu sehen und zu beantworten.</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Auf %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>reach %1</source>
        <translation>Reichweite %1</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Markenbotschafter</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Incentivised</source>
        <translation>Belohnt</translation>
    </message>
    <message>
        <source>The author was rewarded: any reuse carries the disclosure.</source>
        <translation>Der Autor wurde belohnt: Jede Weiterverwendung trägt den Transparenzhinweis.</translation>
    </message>
    <message>
        <source>Testimonial</source>
        <extracomment>%1 the day the author allowed the reuse, %2 how (&quot;By e-mail&quot;)</extracomment>
        <translation>Kundenstimme</translation>
    </message>
    <message>
        <source>Reuse allowed on %1 (%2)</source>
        <translation>Weiterverwendung erlaubt am %1 (%2)</translation>
    </message>
    <message>
        <source>(No text was logged.)</source>
        <translation>(Es wurde kein Text erfasst.)</translation>
    </message>
    <message>
        <source>Needs a response: %1 (%2).</source>
        <extracomment>%1 is &quot;overdue by 3 h&quot; or &quot;due in 5 h&quot;, %2 the due date and time</extracomment>
        <translation>Antwort nötig: %1 (%2).</translation>
    </message>
    <message>
        <source>Needs a response.</source>
        <translation>Antwort nötig.</translation>
    </message>
    <message>
        <source>Reopened; first answered %1.</source>
        <translation>Wieder geöffnet; erstmals beantwortet am %1.</translation>
    </message>
    <message>
        <source>Responded %1. Resolve it when nothing more is needed.</source>
        <translation>Beantwortet am %1. Erledigen Sie die Erwähnung, wenn nichts mehr nötig ist.</translation>
    </message>
    <message>
        <source>Resolved %1; responded %2.</source>
        <translation>Erledigt am %1; beantwortet am %2.</translation>
    </message>
    <message>
        <source>No response needed. If you answered anyway, write what you said and choose Respond.</source>
        <translation>Keine Antwort nötig. Wenn Sie trotzdem geantwortet haben, schreiben Sie auf, was Sie gesagt haben, und wählen Sie „Antworten“.</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>noch %1 Zeit</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>The date under a copied testimonial; reorder as your language writes dates</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>“%1”
— %2</source>
        <extracomment>A copied testimonial: %1 the words, %2 who said it, where and when</extracomment>
        <translation>„%1“
— %2</translation>
    </message>
    <message>
        <source>The author received a reward from us.</source>
        <translation>Der Autor hat von uns eine Prämie erhalten.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::MentionLogForm</name>
    <message>
        <source>&amp;Incentivised: the author was rewarded</source>
        <translation>&amp;Belohnt: Der Autor hat eine Gegenleistung erhalten</translation>
    </message>
    <message>
        <source>&amp;Log mention</source>
        <translation>Erwähnung &amp;erfassen</translation>
    </message>
    <message>
        <source>Paste the link to the review or post (optional)</source>
        <translation>Link zur Bewertung oder zum Beitrag einfügen (optional)</translation>
    </message>
    <message>
        <source>Where the mention can be read. A link to Facebook, Instagram, X, LinkedIn, TikTok, YouTube, Google Maps, Yelp or Trustpilot chooses the channel for you.</source>
        <translation>Wo die Erwähnung zu lesen ist. Ein Link zu Facebook, Instagram, X, LinkedIn, TikTok, YouTube, Google Maps, Yelp oder Trustpilot wählt den Kanal automatisch.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Where the mention appeared. The list is kept in the business settings.</source>
        <translation>Wo die Erwähnung erschienen ist. Die Liste wird in den Unternehmenseinstellungen gepflegt.</translation>
    </message>
    <message>
        <source>When it was said or posted (not when you log it): a complaint&apos;s response is due from then.</source>
        <translation>Wann es gesagt oder gepostet wurde (nicht, wann Sie es erfassen): Ab dann läuft die Antwortfrist einer Beschwerde.</translation>
    </message>
    <message>
        <source>Who said it (name or handle)</source>
        <translation>Wer es gesagt hat (Name oder Handle)</translation>
    </message>
    <message>
        <source>Optional: name, e-mail or code</source>
        <translation>Optional: Name, E-Mail oder Code</translation>
    </message>
    <message>
        <source>Link the mention to one of your advocates: type a few letters of their name or e-mail, or their referral code, and pick them from the list.</source>
        <translation>Verknüpfen Sie die Erwähnung mit einem Ihrer Markenbotschafter: Geben Sie einige Buchstaben des Namens, der E-Mail-Adresse oder den Empfehlungscode ein und wählen Sie ihn aus der Liste.</translation>
    </message>
    <message>
        <source>The campaign the mention came from, if any</source>
        <translation>Die Kampagne, aus der die Erwähnung stammt, falls zutreffend</translation>
    </message>
    <message>
        <source>Optional, e.g. 1200</source>
        <translation>Optional, z. B. 1200</translation>
    </message>
    <message>
        <source>About how many people could have seen it: followers, views, or the people in the room</source>
        <translation>Wie viele Personen es etwa gesehen haben könnten: Follower, Aufrufe oder die Anwesenden im Raum</translation>
    </message>
    <message>
        <source>Tick when the author was given something for it: a reused testimonial must then say so.</source>
        <translation>Haken setzen, wenn der Autor etwas dafür erhalten hat: Eine weiterverwendete Kundenstimme muss das dann angeben.</translation>
    </message>
    <message>
        <source>What was said, or a summary (Ctrl+Enter logs it)</source>
        <translation>Was gesagt wurde, oder eine Zusammenfassung (Ctrl+Enter erfasst die Erwähnung)</translation>
    </message>
    <message>
        <source>Store the mention (Enter, or Ctrl+Enter in the text); the form is then ready for the next</source>
        <translation>Die Erwähnung speichern (Enter oder Ctrl+Enter im Text); das Formular ist dann bereit für die nächste</translation>
    </message>
    <message>
        <source>&amp;Positive</source>
        <translation>&amp;Positiv</translation>
    </message>
    <message>
        <source>Ne&amp;utral</source>
        <translation>Ne&amp;utral</translation>
    </message>
    <message>
        <source>&amp;Negative</source>
        <translation>&amp;Negativ</translation>
    </message>
    <message>
        <source>A negative mention goes into the response queue, due within the response target</source>
        <translation>Eine negative Erwähnung kommt in die Antwortliste, fällig innerhalb der Antwortfrist</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>Ad&amp;vocate:</source>
        <translation>&amp;Markenbotschafter:</translation>
    </message>
    <message>
        <source>Sentiment:</source>
        <translation>Stimmung:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>Kampa&amp;gne:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>R&amp;each:</source>
        <translation>&amp;Reichweite:</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>Keine Kampagne</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Channel: %1, from the link.</source>
        <translation>Kanal: %1, aus dem Link.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem with what was typed: %1 names the field (&quot;Channel&quot;), %2 says what is wrong</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Say when the mention happened.</source>
        <translation>Geben Sie an, wann die Erwähnung erfolgt ist.</translation>
    </message>
    <message>
        <source>It cannot have happened in the future; it is %1 now.</source>
        <translation>Der Zeitpunkt kann nicht in der Zukunft liegen; jetzt ist es %1.</translation>
    </message>
    <message>
        <source>Choose where the mention appeared.</source>
        <translation>Wählen Sie, wo die Erwähnung erschienen ist.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Paste the whole link, e.g. https://www.yelp.com/biz/your-shop.</source>
        <translation>„%1“ ist keine Webadresse. Fügen Sie den ganzen Link ein, z. B. https://www.yelp.com/biz/your-shop.</translation>
    </message>
    <message>
        <source>“%1” is not a number of people. Type about how many could see it, e.g. 1200.</source>
        <translation>„%1“ ist keine Personenzahl. Geben Sie ein, wie viele es etwa sehen konnten, z. B. 1200.</translation>
    </message>
    <message>
        <source>No single advocate matches “%1”. Pick one from the list, or leave the field empty.</source>
        <translation>Kein einzelner Markenbotschafter passt zu „%1“. Wählen Sie einen aus der Liste oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Write what was said (a summary will do), or paste the link to it.</source>
        <translation>Schreiben Sie, was gesagt wurde (eine Zusammenfassung genügt), oder fügen Sie den Link dazu ein.</translation>
    </message>
    <message>
        <source>Logged: a mention on %1 (%2).</source>
        <translation>Erfasst: eine Erwähnung auf %1 (%2).</translation>
    </message>
    <message>
        <source>Logged: %1 on %2 (%3).</source>
        <translation>Erfasst: %1 auf %2 (%3).</translation>
    </message>
    <message>
        <source>It is in the response queue, %1.</source>
        <translation>Die Erwähnung steht in der Antwortliste (%1).</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::MentionSettingsDialog</name>
    <message>
        <source>Mention Settings</source>
        <translation>Einstellungen für Erwähnungen</translation>
    </message>
    <message>
        <source>Double-click a channel to rename it</source>
        <translation>Doppelklicken Sie auf einen Kanal, um ihn umzubenennen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Mentions already logged on it keep it</source>
        <translation>Bereits erfasste Erwähnungen behalten ihn</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Usual &amp;List</source>
        <translation>&amp;Standardliste</translation>
    </message>
    <message>
        <source>Go back to the usual channels: Facebook, Instagram, Google review…</source>
        <translation>Zu den Standardkanälen zurückkehren: Facebook, Instagram, Google-Bewertung …</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>A negative mention is due for a response this long after it was posted</source>
        <translation>So lange nach der Veröffentlichung ist eine Antwort auf eine negative Erwähnung fällig</translation>
    </message>
    <message>
        <source>Response target:</source>
        <translation>Antwortfrist:</translation>
    </message>
    <message>
        <source>Channels offered when you log a mention:</source>
        <translation>Kanäle, die beim Erfassen einer Erwähnung angeboten werden:</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>Neuer Kanal</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::MentionsPage</name>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Log a Mention</source>
        <translation>Erwähnung erfassen</translation>
    </message>
    <message>
        <source>Go to the form above to log what someone said about you (Ctrl+L)</source>
        <translation>Zum Formular oben springen, um zu erfassen, was jemand über Sie gesagt hat (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Respond</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>Keep the response written in the details as the answer to this mention (Ctrl+Enter in the response)</source>
        <translation>Die in den Details geschriebene Antwort als Antwort auf diese Erwähnung speichern (Ctrl+Enter in der Antwort)</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>&amp;Erledigen</translation>
    </message>
    <message>
        <source>Close the answered mention: the author is satisfied, or nothing more can be done</source>
        <translation>Die beantwortete Erwähnung abschließen: Der Autor ist zufrieden, oder es ist nichts mehr zu tun</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Back into the response queue, due a full response target from now (the author wrote again)</source>
        <translation>Zurück in die Antwortliste, fällig eine volle Antwortfrist ab jetzt (der Autor hat erneut geschrieben)</translation>
    </message>
    <message>
        <source>Mark as &amp;Testimonial…</source>
        <translation>Als Kundenstimme &amp;markieren…</translation>
    </message>
    <message>
        <source>The author allowed you to reuse these words: record when and how</source>
        <translation>Der Autor hat Ihnen erlaubt, diese Worte weiterzuverwenden: Erfassen Sie, wann und wie</translation>
    </message>
    <message>
        <source>Not a Testimonial</source>
        <translation>Keine Kundenstimme</translation>
    </message>
    <message>
        <source>Stop offering these words as a testimonial (the permission was withdrawn)</source>
        <translation>Diese Worte nicht mehr als Kundenstimme anbieten (die Zustimmung wurde zurückgezogen)</translation>
    </message>
    <message>
        <source>&amp;Copy Testimonial</source>
        <translation>Kundenstimme &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the words with the author and date, and the disclosure when the author was rewarded</source>
        <translation>Die Worte mit Autor und Datum kopieren, dazu den Transparenzhinweis, wenn der Autor belohnt wurde</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the mention (Edit → Undo brings it back)</source>
        <translation>Die Erwähnung löschen (Bearbeiten → Rückgängig stellt sie wieder her)</translation>
    </message>
    <message>
        <source>Channels &amp;&amp; Target…</source>
        <translation>Kanäle &amp;&amp; Antwortfrist…</translation>
    </message>
    <message>
        <source>Edit the channels offered when you log a mention, and the response target for negative ones</source>
        <translation>Die beim Erfassen angebotenen Kanäle und die Antwortfrist für negative Erwähnungen bearbeiten</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the mentions the list shows, or all of them, as a CSV file for a spreadsheet (Ctrl+E)</source>
        <translation>Die Erwähnungen aus der Liste oder alle als CSV-Datei für eine Tabellenkalkulation speichern (Ctrl+E)</translation>
    </message>
    <message>
        <source>Mention Settings</source>
        <translation>Einstellungen für Erwähnungen</translation>
    </message>
    <message>
        <source>Log a mention</source>
        <translation>Erwähnung erfassen</translation>
    </message>
    <message>
        <source>All mentions</source>
        <translation>Alle Erwähnungen</translation>
    </message>
    <message>
        <source>Every mention, newest first</source>
        <translation>Alle Erwähnungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Response queue</source>
        <translation>Antwortliste</translation>
    </message>
    <message>
        <source>Negative mentions waiting for an answer, the one due first on top</source>
        <translation>Negative Erwähnungen, die auf eine Antwort warten, die zuerst fällige oben</translation>
    </message>
    <message>
        <source>Testimonials</source>
        <translation>Kundenstimmen</translation>
    </message>
    <message>
        <source>Positive mentions whose authors allowed their reuse, ready to copy</source>
        <translation>Positive Erwähnungen, deren Autoren der Weiterverwendung zugestimmt haben, bereit zum Kopieren</translation>
    </message>
    <message>
        <source>No mentions yet — log the first one above</source>
        <translation>Noch keine Erwähnungen – erfassen Sie oben die erste</translation>
    </message>
    <message>
        <source>Search author, text or link</source>
        <translation>Autor, Text oder Link durchsuchen</translation>
    </message>
    <message>
        <source>Show the mentions of one channel</source>
        <translation>Die Erwähnungen eines Kanals anzeigen</translation>
    </message>
    <message>
        <source>Show positive, neutral or negative mentions only</source>
        <translation>Nur positive, neutrale oder negative Erwähnungen anzeigen</translation>
    </message>
    <message>
        <source>Any sentiment</source>
        <translation>Jede Stimmung</translation>
    </message>
    <message>
        <source>Show the mentions whose answer is at one step</source>
        <translation>Die Erwähnungen anzeigen, deren Antwort einen bestimmten Stand hat</translation>
    </message>
    <message>
        <source>Any response</source>
        <translation>Jeder Antwortstand</translation>
    </message>
    <message>
        <source>Show the mentions linked to one campaign</source>
        <translation>Die Erwähnungen einer Kampagne anzeigen</translation>
    </message>
    <message>
        <source>Any date</source>
        <extracomment>The date filters at their lowest value: no limit</extracomment>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <source>Mentions from this day on (down to the lowest date: any date)</source>
        <translation>Erwähnungen ab diesem Tag (ganz nach unten gestellt: beliebiges Datum)</translation>
    </message>
    <message>
        <source>Mentions up to and including this day (down to the lowest date: any date)</source>
        <translation>Erwähnungen bis einschließlich diesem Tag (ganz nach unten gestellt: beliebiges Datum)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear the filters and the search: show every mention of this view again</source>
        <translation>Filter und Suche zurücksetzen: wieder alle Erwähnungen dieser Ansicht anzeigen</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message numerus="yes">
        <source>Reviews, posts, comments and what customers tell you in person all count: paste the link or write what was said, choose the channel and press Enter. A negative mention goes into the response queue, to be answered within %n hour(s).</source>
        <translation>
            <numerusform>Bewertungen, Beiträge, Kommentare und was Kunden Ihnen persönlich sagen – alles zählt: Fügen Sie den Link ein oder schreiben Sie auf, was gesagt wurde, wählen Sie den Kanal und drücken Sie Enter. Eine negative Erwähnung kommt in die Antwortliste und sollte innerhalb von %n Stunde beantwortet werden.</numerusform>
            <numerusform>Bewertungen, Beiträge, Kommentare und was Kunden Ihnen persönlich sagen – alles zählt: Fügen Sie den Link ein oder schreiben Sie auf, was gesagt wurde, wählen Sie den Kanal und drücken Sie Enter. Eine negative Erwähnung kommt in die Antwortliste und sollte innerhalb von %n Stunden beantwortet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a mention to see it whole and answer it.</source>
        <translation>Wählen Sie eine Erwähnung aus, um sie vollständig zu sehen und zu beantworten.</translation>
    </message>
    <message>
        <source>Open a database to see its mentions.</source>
        <translation>Öffnen Sie eine Datenbank, um ihre Erwähnungen zu sehen.</translation>
    </message>
    <message>
        <source>Response queue (%1)</source>
        <translation>Antwortliste (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln negative mention(s) waiting for an answer, the one due first on top.</source>
        <translation>
            <numerusform>%Ln negative Erwähnung wartet auf eine Antwort, die zuerst fällige oben.</numerusform>
            <numerusform>%Ln negative Erwähnungen warten auf eine Antwort, die zuerst fällige oben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue.</source>
        <translation>
            <numerusform>%Ln überfällig.</numerusform>
            <numerusform>%Ln überfällig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %Ln day(s): </source>
        <translation>
            <numerusform>Letzter Tag: </numerusform>
            <numerusform>Letzte %Ln Tage: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s)</source>
        <translation>
            <numerusform>%Ln Erwähnung</numerusform>
            <numerusform>%Ln Erwähnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>net sentiment %1</source>
        <translation>Netto-Stimmung %1</translation>
    </message>
    <message>
        <source>reach %1</source>
        <translation>Reichweite %1</translation>
    </message>
    <message>
        <source>answered in time %1</source>
        <translation>rechtzeitig beantwortet %1</translation>
    </message>
    <message>
        <source>median response %1</source>
        <translation>Antwortzeit (Median) %1</translation>
    </message>
    <message numerus="yes">
        <source>Net sentiment: (positive − negative) ÷ all mentions. Answered in time: the negative mentions answered within the response target of %n hour(s), of those that had their chance.</source>
        <translation>
            <numerusform>Netto-Stimmung: (positiv − negativ) ÷ alle Erwähnungen. Rechtzeitig beantwortet: die negativen Erwähnungen, die innerhalb der Antwortfrist von %n Stunde beantwortet wurden, bezogen auf alle, bei denen das bereits möglich war.</numerusform>
            <numerusform>Netto-Stimmung: (positiv − negativ) ÷ alle Erwähnungen. Rechtzeitig beantwortet: die negativen Erwähnungen, die innerhalb der Antwortfrist von %n Stunden beantwortet wurden, bezogen auf alle, bei denen das bereits möglich war.</numerusform>
        </translation>
    </message>
    <message>
        <source>No mention matches the filters and the search. Clear shows them all.</source>
        <translation>Keine Erwähnung entspricht den Filtern und der Suche. „Zurücksetzen“ zeigt wieder alle.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing waits for an answer. A negative mention you log lands here, due within %n hour(s) of when it was posted.</source>
        <translation>
            <numerusform>Nichts wartet auf eine Antwort. Eine negative Erwähnung, die Sie erfassen, landet hier, fällig innerhalb von %n Stunde nach ihrer Veröffentlichung.</numerusform>
            <numerusform>Nichts wartet auf eine Antwort. Eine negative Erwähnung, die Sie erfassen, landet hier, fällig innerhalb von %n Stunden nach ihrer Veröffentlichung.</numerusform>
        </translation>
    </message>
    <message>
        <source>No testimonials yet. Once an author allows you to reuse their words, select their positive mention and choose Mark as Testimonial.</source>
        <translation>Noch keine Kundenstimmen. Sobald ein Autor Ihnen erlaubt, seine Worte weiterzuverwenden, wählen Sie seine positive Erwähnung aus und dann „Als Kundenstimme markieren“.</translation>
    </message>
    <message>
        <source>No mentions yet.</source>
        <translation>Noch keine Erwähnungen.</translation>
    </message>
    <message>
        <source>Log mention by “%1”</source>
        <translation>Erwähnung von „%1“ erfassen</translation>
    </message>
    <message>
        <source>Respond</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Respond to “%1”</source>
        <translation>Antwort an „%1“</translation>
    </message>
    <message>
        <source>Response kept; the mention left the queue. Resolve it when nothing more is needed.</source>
        <translation>Antwort gespeichert; die Erwähnung hat die Antwortliste verlassen. Erledigen Sie sie, wenn nichts mehr nötig ist.</translation>
    </message>
    <message>
        <source>Response kept.</source>
        <translation>Antwort gespeichert.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>Resolve mention by “%1”</source>
        <translation>Erwähnung von „%1“ erledigen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Reopen mention by “%1”</source>
        <translation>Erwähnung von „%1“ wieder öffnen</translation>
    </message>
    <message>
        <source>Mark as Testimonial</source>
        <translation>Als Kundenstimme markieren</translation>
    </message>
    <message>
        <source>On which day did %1 allow you to reuse these words? (e.g. %2)</source>
        <translation>An welchem Tag hat %1 Ihnen erlaubt, diese Worte weiterzuverwenden? (z. B. %2)</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type the day as %2.</source>
        <translation>„%1“ ist kein Datum. Geben Sie den Tag als %2 ein.</translation>
    </message>
    <message>
        <source>The permission cannot be dated in the future; today is %1.</source>
        <translation>Die Zustimmung kann nicht in der Zukunft datiert sein; heute ist der %1.</translation>
    </message>
    <message>
        <source>How did %1 give permission?</source>
        <translation>Wie hat %1 zugestimmt?</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>Per E-Mail</translation>
    </message>
    <message>
        <source>In a direct message</source>
        <translation>Per Direktnachricht</translation>
    </message>
    <message>
        <source>On the review site</source>
        <translation>Auf der Bewertungsplattform</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Telefonisch</translation>
    </message>
    <message>
        <source>Mark “%1” as a testimonial</source>
        <translation>„%1“ als Kundenstimme markieren</translation>
    </message>
    <message>
        <source>Take “%1” out of the testimonials</source>
        <translation>„%1“ aus den Kundenstimmen entfernen</translation>
    </message>
    <message>
        <source>Copied the testimonial by %1, with the disclosure that they were rewarded.</source>
        <translation>Kundenstimme von %1 kopiert, mit dem Transparenzhinweis, dass der Autor belohnt wurde.</translation>
    </message>
    <message>
        <source>Copied the testimonial by %1.</source>
        <translation>Kundenstimme von %1 kopiert.</translation>
    </message>
    <message>
        <source>Delete Mention</source>
        <translation>Erwähnung löschen</translation>
    </message>
    <message>
        <source>Delete the mention by “%1”, with its response? Edit → Undo brings it back.</source>
        <translation>Die Erwähnung von „%1“ mit ihrer Antwort löschen? Bearbeiten → Rückgängig stellt sie wieder her.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete mention by “%1”</source>
        <translation>Erwähnung von „%1“ löschen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::MilestoneTable</name>
    <message>
        <source>&amp;Add Milestone</source>
        <translation>Meilenstein &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move Milestone</source>
        <translation>Meilenstein &amp;entfernen</translation>
    </message>
    <message>
        <source>Converted referrals</source>
        <translation>Konvertierte Empfehlungen</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Prämie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>The advocate earns this step once this many of their referrals have converted</source>
        <translation>Der Markenbotschafter erreicht diese Stufe, sobald so viele seiner Empfehlungen konvertiert sind</translation>
    </message>
    <message>
        <source>Points as a whole number, a discount in percent, everything else as money</source>
        <translation>Punkte als ganze Zahl, ein Rabatt in Prozent, alles andere als Geldbetrag</translation>
    </message>
    <message>
        <source>Add a step to the ladder</source>
        <translation>Eine Stufe zur Staffel hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation>Die ausgewählte Stufe entfernen</translation>
    </message>
    <message>
        <source>Milestone %1: %2</source>
        <extracomment>%1 is the row number, %2 says what to type</extracomment>
        <translation>Meilenstein %1: %2</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::QuickEntryForm</name>
    <message>
        <source>&amp;Record referral</source>
        <translation>Empfehlung &amp;erfassen</translation>
    </message>
    <message>
        <source>Who told them? Name, e-mail or code</source>
        <translation>Wer hat davon erzählt? Name, E-Mail oder Code</translation>
    </message>
    <message>
        <source>Type a few letters of the advocate&apos;s name or e-mail, or their referral code. When a code is given, the code decides who gets the credit.</source>
        <translation>Geben Sie einige Buchstaben des Namens oder der E-Mail-Adresse des Markenbotschafters oder seinen Empfehlungscode ein. Wird ein Code angegeben, entscheidet der Code, wem die Empfehlung gutgeschrieben wird.</translation>
    </message>
    <message>
        <source>Friend&apos;s name</source>
        <translation>Name des Freundes</translation>
    </message>
    <message>
        <source>Friend&apos;s e-mail (optional)</source>
        <translation>E-Mail des Freundes (optional)</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telefon (optional)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>Ka&amp;mpagne:</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>Empfohlen &amp;von:</translation>
    </message>
    <message>
        <source>&amp;Friend:</source>
        <translation>Freun&amp;d:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Create a campaign first: every referral belongs to one.</source>
        <translation>Legen Sie zuerst eine Kampagne an: Jede Empfehlung gehört zu einer.</translation>
    </message>
    <message>
        <source>Who referred them? Type the advocate&apos;s name, e-mail or code.</source>
        <translation>Wer hat geworben? Geben Sie Namen, E-Mail oder Code des Markenbotschafters ein.</translation>
    </message>
    <message>
        <source>No single advocate matches &quot;%1&quot;: pick one from the list.</source>
        <translation>Kein einzelner Markenbotschafter passt zu „%1“: Wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <source>Recorded: %1, referred by code %2.</source>
        <translation>Erfasst: %1, empfohlen über Code %2.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ReferralTreeView</name>
    <message>
        <source>Advocate</source>
        <translation>Markenbotschafter</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Geworben</translation>
    </message>
    <message>
        <source>How many people they referred directly</source>
        <translation>Wie viele Personen direkt geworben wurden</translation>
    </message>
    <message>
        <source>Double-click a person to open them</source>
        <translation>Doppelklicken Sie auf eine Person, um sie zu öffnen</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ReferralsPage</name>
    <message>
        <source>Signed &amp;up</source>
        <translation>Re&amp;gistriert</translation>
    </message>
    <message>
        <source>The friend signed up (Ctrl+U)</source>
        <translation>Der Freund hat sich registriert (Ctrl+U)</translation>
    </message>
    <message>
        <source>&amp;Converted…</source>
        <translation>&amp;Konvertiert…</translation>
    </message>
    <message>
        <source>The friend made their first purchase: enter the order value (Ctrl+K)</source>
        <translation>Der Freund hat seinen ersten Kauf getätigt: Bestellwert eingeben (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Confirm the conversion and approve its rewards once their hold is over (Ctrl+P)</source>
        <translation>Die Conversion bestätigen und ihre Prämien freigeben, sobald die Wartezeit vorbei ist (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>Reject with a reason; rewards not yet issued are voided</source>
        <translation>Mit Begründung ablehnen; noch nicht ausgegebene Prämien werden storniert</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>E&amp;rstattung…</translation>
    </message>
    <message>
        <source>The order was refunded: reverse the referral and its rewards, once</source>
        <translation>Die Bestellung wurde erstattet: Empfehlung und Prämien einmalig rückbuchen</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Reopen a rejected referral</source>
        <translation>Eine abgelehnte Empfehlung wieder öffnen</translation>
    </message>
    <message>
        <source>&amp;Let through</source>
        <translation>&amp;Zulassen</translation>
    </message>
    <message>
        <source>The flagged referrals are fine: their rewards can be approved (Ctrl+L)</source>
        <translation>Die markierten Empfehlungen sind in Ordnung: Ihre Prämien können freigegeben werden (Ctrl+L)</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the referrals the pipeline shows, or all of them, as a CSV file for a spreadsheet (Ctrl+E)</source>
        <translation>Die Empfehlungen aus der Pipeline oder alle als CSV-Datei für eine Tabellenkalkulation speichern (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;New referral</source>
        <translation>&amp;Neue Empfehlung</translation>
    </message>
    <message>
        <source>Record a referral someone told you about (Ctrl+R)</source>
        <translation>Eine Empfehlung erfassen, von der Ihnen jemand erzählt hat (Ctrl+R)</translation>
    </message>
    <message>
        <source>Record a referral</source>
        <translation>Eine Empfehlung erfassen</translation>
    </message>
    <message>
        <source>Show one campaign&apos;s referrals</source>
        <translation>Die Empfehlungen einer Kampagne anzeigen</translation>
    </message>
    <message>
        <source>Search friend, e-mail, code or referrer</source>
        <translation>Freund, E-Mail, Code oder Empfehlungsgeber durchsuchen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Prämie</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rewards&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prämien&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show All Days</source>
        <translation>Alle Tage anzeigen</translation>
    </message>
    <message>
        <source>Show the referrals of every day again</source>
        <translation>Wieder die Empfehlungen aller Tage anzeigen</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <source>Only the referrals made on %1.</source>
        <translation>Nur die am %1 abgegebenen Empfehlungen.</translation>
    </message>
    <message>
        <source>Only the referrals made up to %1.</source>
        <translation>Nur die bis %1 abgegebenen Empfehlungen.</translation>
    </message>
    <message>
        <source>Only the referrals made since %1.</source>
        <translation>Nur die seit %1 abgegebenen Empfehlungen.</translation>
    </message>
    <message>
        <source>Only the referrals made from %1 to %2.</source>
        <translation>Nur die vom %1 bis %2 abgegebenen Empfehlungen.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Open a database to see its referrals.</source>
        <translation>Öffnen Sie eine Datenbank, um ihre Empfehlungen zu sehen.</translation>
    </message>
    <message>
        <source>Nothing to review. Referrals that look like self-referrals, repeat customers, bursts or throw-away addresses land here with the reason.</source>
        <translation>Nichts zu prüfen. Empfehlungen, die nach Selbstempfehlung, Bestandskunden, auffälligen Häufungen oder Wegwerf-Adressen aussehen, landen hier mit dem Grund.</translation>
    </message>
    <message>
        <source>No referrals yet. Record the first one above: who told whom (Ctrl+R).</source>
        <translation>Noch keine Empfehlungen. Erfassen Sie oben die erste: wer wem davon erzählt hat (Ctrl+R).</translation>
    </message>
    <message>
        <source>No referrals match.</source>
        <translation>Keine passenden Empfehlungen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <source>Review queue (%1)</source>
        <translation>Prüfliste (%1)</translation>
    </message>
    <message>
        <source>Flagged referrals waiting for a person to look at them</source>
        <translation>Markierte Empfehlungen, die darauf warten, dass jemand sie sich ansieht</translation>
    </message>
    <message>
        <source>Select a referral to see its history and rewards.</source>
        <translation>Wählen Sie eine Empfehlung aus, um ihren Verlauf und ihre Prämien zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referrals selected.</source>
        <translation>
            <numerusform>%Ln Empfehlung ausgewählt.</numerusform>
            <numerusform>%Ln Empfehlungen ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code &lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>Code &lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>Order %1 %2</source>
        <translation>Bestellung %1 %2</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Waiting for review:</source>
        <translation>Wartet auf Prüfung:</translation>
    </message>
    <message>
        <source>Reviewed:</source>
        <translation>Geprüft:</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Recorded as %1</source>
        <translation>Erfasst als „%1“</translation>
    </message>
    <message>
        <source>Held until %1</source>
        <translation>Zurückgehalten bis %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s) changed.</source>
        <translation>
            <numerusform>%Ln Empfehlung geändert.</numerusform>
            <numerusform>%Ln Empfehlungen geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konvertiert</translation>
    </message>
    <message>
        <source>Value of the friend&apos;s first order (%1), optionally followed by the order number:</source>
        <translation>Wert der ersten Bestellung des Freundes (%1), optional gefolgt von der Bestellnummer:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money. Type the order value, e.g. %2.</source>
        <translation>„%1“ ist kein Geldbetrag. Geben Sie den Bestellwert ein, z. B. %2.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message numerus="yes">
        <source>Why are %Ln referral(s) rejected? The reason is kept with each.</source>
        <translation>
            <numerusform>Warum wird %Ln Empfehlung abgelehnt? Der Grund wird bei ihr gespeichert.</numerusform>
            <numerusform>Warum werden %Ln Empfehlungen abgelehnt? Der Grund wird bei jeder gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate of another referral</source>
        <translation>Duplikat einer anderen Empfehlung</translation>
    </message>
    <message>
        <source>Self-referral</source>
        <translation>Selbstempfehlung</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Bestellung storniert</translation>
    </message>
    <message>
        <source>Already a customer</source>
        <translation>Bereits Kunde</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message numerus="yes">
        <source>The order of %Ln referral(s) was refunded. Their rewards are reversed in the ledger; this cannot be undone. Note:</source>
        <translation>
            <numerusform>Die Bestellung zu %Ln Empfehlung wurde erstattet. Ihre Prämien werden im Journal rückgebucht; das kann nicht rückgängig gemacht werden. Notiz:</numerusform>
            <numerusform>Die Bestellungen zu %Ln Empfehlungen wurden erstattet. Ihre Prämien werden im Journal rückgebucht; das kann nicht rückgängig gemacht werden. Notiz:</numerusform>
        </translation>
    </message>
    <message>
        <source>Order refunded</source>
        <translation>Bestellung erstattet</translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation>Rückbuchung (Chargeback)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Let through</source>
        <translation>Zulassen</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ReportsPage</name>
    <message>
        <source>A report of all campaigns, or of one</source>
        <translation>Ein Bericht über alle Kampagnen oder eine einzelne</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <source>The days the report covers; the key figures are compared with the same number of days just before</source>
        <translation>Die Tage, die der Bericht abdeckt; die Kennzahlen werden mit derselben Anzahl Tage direkt davor verglichen</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Letztes Quartal</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>The first day of the report</source>
        <translation>Der erste Tag des Berichts</translation>
    </message>
    <message>
        <source>The last day of the report (included)</source>
        <translation>Der letzte Tag des Berichts (einschließlich)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the report (%1)</source>
        <translation>Den Bericht drucken (%1)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>The report with its charts, page by page, to send or keep (%1)</source>
        <translation>Der Bericht mit seinen Diagrammen, Seite für Seite, zum Versenden oder Aufbewahren (%1)</translation>
    </message>
    <message>
        <source>Save as Web Page…</source>
        <translation>Als Webseite speichern…</translation>
    </message>
    <message>
        <source>One HTML file with the charts inside, to open in any browser or attach to an email</source>
        <translation>Eine HTML-Datei mit eingebetteten Diagrammen, die sich in jedem Browser öffnen oder an eine E-Mail anhängen lässt</translation>
    </message>
    <message>
        <source>Export Numbers</source>
        <translation>Zahlen exportieren</translation>
    </message>
    <message>
        <source>The figures alone, for a spreadsheet (CSV) or a script (JSON)</source>
        <translation>Nur die Kennzahlen, für eine Tabellenkalkulation (CSV) oder ein Skript (JSON)</translation>
    </message>
    <message>
        <source>As CSV for a Spreadsheet…</source>
        <translation>Als CSV für eine Tabellenkalkulation…</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation>Als JSON…</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Kampagne:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>The report ends before it begins: choose a last day after the first.</source>
        <translation>Der Bericht endet, bevor er beginnt: Wählen Sie einen letzten Tag nach dem ersten.</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>Die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The report cannot be made: %1</source>
        <translation>Der Bericht kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Kennzahlen werden geladen…</translation>
    </message>
    <message>
        <source>Open or create a database to make reports.</source>
        <translation>Öffnen oder erstellen Sie eine Datenbank, um Berichte zu erstellen.</translation>
    </message>
    <message>
        <source>Referral report</source>
        <translation>Empfehlungsbericht</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Webseiten (*.html *.htm)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Save the Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Report Not Saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <source>The report was not saved (cancelled).</source>
        <translation>Der Bericht wurde nicht gespeichert (abgebrochen).</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Print the Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Bericht wird gedruckt…</translation>
    </message>
    <message>
        <source>Report Not Printed</source>
        <translation>Bericht nicht gedruckt</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Das Drucken wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>%n Seite gedruckt</numerusform>
            <numerusform>%n Seiten gedruckt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grapevine::ui::RestoreBackupDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherungskopie wiederherstellen</translation>
    </message>
    <message>
        <source>Grapevine keeps a copy of “%1” each day it is opened. Restoring puts the chosen copy back in place of everything in the file now; what it replaces is kept as a backup of its own, so a restore can itself be undone.</source>
        <translation>Grapevine legt an jedem Tag, an dem „%1“ geöffnet wird, eine Kopie davon an. Beim Wiederherstellen tritt die gewählte Kopie an die Stelle des gesamten jetzigen Inhalts der Datei; was dabei ersetzt wird, wird als eigene Sicherungskopie aufbewahrt, sodass sich auch eine Wiederherstellung rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation>Markenbotschafter</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Sicherungskopien werden gelesen…</translation>
    </message>
    <message>
        <source>Open Backup &amp;Folder</source>
        <translation>Sicherungs&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Replace the file&apos;s contents with the chosen backup</source>
        <translation>Den Inhalt der Datei durch die gewählte Sicherungskopie ersetzen</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>There are no backups of this file yet. The first is made when the file is next opened (Settings → Backups).</source>
        <translation>Von dieser Datei gibt es noch keine Sicherungskopien. Die erste wird beim nächsten Öffnen der Datei angelegt (Einstellungen → Sicherungskopien).</translation>
    </message>
    <message>
        <source>Backups are kept in %1.</source>
        <translation>Sicherungskopien werden in %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::RewardDetailsPanel</name>
    <message>
        <source>%1%2 points</source>
        <extracomment>a change of a reward in points, e.g. &quot;+500 points&quot;</extracomment>
        <translation>%1%2 Punkte</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>The append-only ledger of this reward: every change is a new line, none is edited</source>
        <translation>Das fortlaufende Journal dieser Prämie: Jede Änderung ist eine neue Zeile, keine wird nachträglich bearbeitet</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Select a reward to see its ledger.</source>
        <translation>Wählen Sie eine Prämie aus, um ihr Journal zu sehen.</translation>
    </message>
    <message>
        <source>Reward %1: %2</source>
        <extracomment>%1 is the reward&apos;s number, %2 what it is (&quot;€10.00 store credit&quot;)</extracomment>
        <translation>Prämie %1: %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Kosten: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Angelegt: %1</translation>
    </message>
    <message>
        <source>Held until: %1</source>
        <translation>Zurückgehalten bis: %1</translation>
    </message>
    <message numerus="yes">
        <source>Milestone: %Ln conversion(s)</source>
        <translation>
            <numerusform>Meilenstein: %Ln Conversion</numerusform>
            <numerusform>Meilenstein: %Ln Conversions</numerusform>
        </translation>
    </message>
    <message>
        <source>Payout reference: %1</source>
        <translation>Auszahlungsreferenz: %1</translation>
    </message>
    <message>
        <source>Withheld: %1</source>
        <translation>Einbehalten: %1</translation>
    </message>
    <message>
        <source>A withheld reward never entered the ledger: it was stopped before it was earned.</source>
        <translation>Eine einbehaltene Prämie kam nie ins Journal: Sie wurde gestoppt, bevor sie verdient war.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::RewardOfferBox</name>
    <message>
        <source>What is given: points, store credit, a discount, cash or a gift</source>
        <translation>Was vergeben wird: Punkte, Guthaben, ein Rabatt, Geld oder ein Geschenk</translation>
    </message>
    <message>
        <source>How much: points as a whole number, a discount in percent, everything else as money</source>
        <translation>Wie viel: Punkte als ganze Zahl, ein Rabatt in Prozent, alles andere als Geldbetrag</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>In your words, e.g. “for your next visit”</source>
        <translation>In Ihren Worten, z. B. „für Ihren nächsten Besuch“</translation>
    </message>
    <message>
        <source>Shown to people next to the reward</source>
        <translation>Wird neben der Prämie angezeigt</translation>
    </message>
    <message>
        <source>&amp;Reward:</source>
        <translation>&amp;Prämie:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::RewardsPage</name>
    <message>
        <source>Rewards</source>
        <translation>Prämien</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>Every reward, its status and its ledger; approve, issue and pay out</source>
        <translation>Alle Prämien mit Status und Journal; freigeben, ausgeben und auszahlen</translation>
    </message>
    <message>
        <source>The advocates who bring the most customers</source>
        <translation>Die Markenbotschafter, die die meisten Kunden bringen</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Approve the selected pending rewards whose hold period is over</source>
        <translation>Die ausgewählten offenen Prämien freigeben, deren Wartezeit vorbei ist</translation>
    </message>
    <message>
        <source>Mark &amp;Issued…</source>
        <translation>Als &amp;ausgegeben markieren…</translation>
    </message>
    <message>
        <source>Record that the selected approved rewards were paid out, under a payout reference</source>
        <translation>Festhalten, dass die ausgewählten freigegebenen Prämien unter einer Auszahlungsreferenz ausgezahlt wurden</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Stornieren…</translation>
    </message>
    <message>
        <source>Take back the selected rewards that were not issued yet, with the reason</source>
        <translation>Die ausgewählten, noch nicht ausgegebenen Prämien mit Begründung zurücknehmen</translation>
    </message>
    <message>
        <source>E&amp;xport Payout CSV…</source>
        <translation>Auszahlungs-CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the selected approved or issued rewards as a payout list for a spreadsheet</source>
        <translation>Die ausgewählten freigegebenen oder ausgegebenen Prämien als Auszahlungsliste für eine Tabellenkalkulation speichern</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the rewards the list shows, or all of them, as a CSV file for a spreadsheet</source>
        <translation>Die Prämien aus der Liste oder alle als CSV-Datei für eine Tabellenkalkulation speichern</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Read the rewards again</source>
        <translation>Die Prämien neu laden</translation>
    </message>
    <message>
        <source>Search recipient, email, campaign or payout reference</source>
        <translation>Empfänger, E-Mail, Kampagne oder Auszahlungsreferenz durchsuchen</translation>
    </message>
    <message>
        <source>Show rewards in one status</source>
        <translation>Prämien mit einem bestimmten Status anzeigen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Show the rewards of one campaign</source>
        <translation>Die Prämien einer Kampagne anzeigen</translation>
    </message>
    <message>
        <source>No reward matches the search and filters.</source>
        <translation>Keine Prämie entspricht der Suche und den Filtern.</translation>
    </message>
    <message>
        <source>Costs to the business, for the campaign chosen above</source>
        <translation>Kosten für das Unternehmen, für die oben gewählte Kampagne</translation>
    </message>
    <message>
        <source>No rewards yet</source>
        <translation>Noch keine Prämien</translation>
    </message>
    <message>
        <source>Rewards appear here when a referral converts: the advocate&apos;s and the friend&apos;s, pending until their hold period is over. Then you approve them, pay them out and mark them issued.</source>
        <translation>Prämien erscheinen hier, sobald eine Empfehlung konvertiert: die des Markenbotschafters und die des Freundes, offen, bis ihre Wartezeit vorbei ist. Dann geben Sie sie frei, zahlen sie aus und markieren sie als ausgegeben.</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <source>Approved, not yet issued: %1 · Pending: %2 · Issued: %3</source>
        <extracomment>The money still owed and already paid, under the rewards table</extracomment>
        <translation>Freigegeben, noch nicht ausgegeben: %1 · Offen: %2 · Ausgegeben: %3</translation>
    </message>
    <message>
        <source>Approve Rewards</source>
        <extracomment>%1: &quot;2 rewards approved.&quot;, %2: &quot;1 left as it was:&quot;, %3 the reasons, one a line</extracomment>
        <translation>Prämien freigeben</translation>
    </message>
    <message>
        <source>%1 %2

%3</source>
        <translation>%1 %2

%3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s) approved.</source>
        <translation>
            <numerusform>%Ln Prämie freigegeben.</numerusform>
            <numerusform>%Ln Prämien freigegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left as it was:</source>
        <translation>
            <numerusform>%Ln blieb unverändert:</numerusform>
            <numerusform>%Ln blieben unverändert:</numerusform>
        </translation>
    </message>
    <message>
        <source>Payout %1</source>
        <translation>Auszahlung %1</translation>
    </message>
    <message>
        <source>Mark Rewards Issued</source>
        <translation>Prämien als ausgegeben markieren</translation>
    </message>
    <message>
        <source>Payout reference (kept in the ledger with each reward):</source>
        <translation>Auszahlungsreferenz (wird bei jeder Prämie im Journal gespeichert):</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln reward(s) as issued under &quot;%1&quot;? The ledger keeps this for good; it cannot be undone.</source>
        <translation>
            <numerusform>%Ln Prämie unter „%1“ als ausgegeben markieren? Das Journal hält dies dauerhaft fest; es kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%Ln Prämien unter „%1“ als ausgegeben markieren? Das Journal hält dies dauerhaft fest; es kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Issued</source>
        <translation>Als ausgegeben markieren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s) marked issued.</source>
        <translation>
            <numerusform>%Ln Prämie als ausgegeben markiert.</numerusform>
            <numerusform>%Ln Prämien als ausgegeben markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Payout List</source>
        <translation>Auszahlungsliste exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Save the payout list of the %Ln reward(s) just issued as a CSV file?</source>
        <translation>
            <numerusform>Die Auszahlungsliste der soeben ausgegebenen %Ln Prämie als CSV-Datei speichern?</numerusform>
            <numerusform>Die Auszahlungsliste der soeben ausgegebenen %Ln Prämien als CSV-Datei speichern?</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Void Rewards</source>
        <translation>Prämien stornieren</translation>
    </message>
    <message>
        <source>Why are they taken back? The reason stays in the ledger:</source>
        <translation>Warum werden sie zurückgenommen? Der Grund bleibt im Journal:</translation>
    </message>
    <message>
        <source>Entered by mistake</source>
        <translation>Versehentlich erfasst</translation>
    </message>
    <message>
        <source>The order was cancelled</source>
        <translation>Die Bestellung wurde storniert</translation>
    </message>
    <message>
        <source>The referral was not genuine</source>
        <translation>Die Empfehlung war nicht echt</translation>
    </message>
    <message numerus="yes">
        <source>Void %Ln reward(s)? The ledger keeps this for good; it cannot be undone.</source>
        <translation>
            <numerusform>%Ln Prämie stornieren? Das Journal hält dies dauerhaft fest; es kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%Ln Prämien stornieren? Das Journal hält dies dauerhaft fest; es kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Stornieren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s) voided.</source>
        <translation>
            <numerusform>%Ln Prämie storniert.</numerusform>
            <numerusform>%Ln Prämien storniert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be voided:</source>
        <translation>
            <numerusform>%Ln konnte nicht storniert werden:</numerusform>
            <numerusform>%Ln konnten nicht storniert werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Payout CSV</source>
        <translation>Auszahlungs-CSV exportieren</translation>
    </message>
    <message>
        <source>Select approved or issued rewards first: the payout list holds what is to be paid or was paid.</source>
        <translation>Wählen Sie zuerst freigegebene oder ausgegebene Prämien aus: Die Auszahlungsliste enthält, was auszuzahlen ist oder ausgezahlt wurde.</translation>
    </message>
    <message>
        <source>payout-%1.csv</source>
        <translation>auszahlung-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln reward(s) to %1.</source>
        <translation>
            <numerusform>%Ln Prämie in %1 gespeichert.</numerusform>
            <numerusform>%Ln Prämien in %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grapevine::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation>&amp;Unternehmen</translation>
    </message>
    <message>
        <source>&amp;Language and Exports</source>
        <translation>Sprache und &amp;Export</translation>
    </message>
    <message>
        <source>Bac&amp;kups</source>
        <translation>Sicherungs&amp;kopien</translation>
    </message>
    <message>
        <source>Open or create a business&apos;s file to change its settings.</source>
        <translation>Öffnen Sie die Datei eines Unternehmens oder legen Sie eine neue an, um ihre Einstellungen zu ändern.</translation>
    </message>
    <message>
        <source>Shown on reports and invitations</source>
        <translation>Erscheint in Berichten und Einladungen</translation>
    </message>
    <message>
        <source>The three-letter ISO code of the currency the business works in</source>
        <translation>Der dreistellige ISO-Code der Währung, in der das Unternehmen arbeitet</translation>
    </message>
    <message>
        <source>Amounts already recorded are not converted: change the currency only if it was set wrongly.</source>
        <translation>Bereits erfasste Beträge werden nicht umgerechnet: Ändern Sie die Währung nur, wenn sie falsch eingestellt war.</translation>
    </message>
    <message>
        <source>What one loyalty point costs the business, for rewards given in points</source>
        <translation>Was ein Treuepunkt das Unternehmen kostet, für Prämien in Punkten</translation>
    </message>
    <message>
        <source>What winning one customer through paid channels (ads and the like) costs: the dashboard compares the referral program&apos;s cost per customer with it</source>
        <translation>Was die Gewinnung eines Kunden über bezahlte Kanäle (Werbeanzeigen und Ähnliches) kostet: Die Übersicht vergleicht die Kosten pro Kunde des Empfehlungsprogramms mit diesem Wert</translation>
    </message>
    <message>
        <source>Mention Channels and Response Target…</source>
        <translation>Kanäle und Antwortfrist für Erwähnungen…</translation>
    </message>
    <message>
        <source>Business &amp;name:</source>
        <translation>Unternehmens&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Value of a &amp;point:</source>
        <translation>Wert eines &amp;Punkts:</translation>
    </message>
    <message>
        <source>Word of mouth:</source>
        <translation>Mundpropaganda:</translation>
    </message>
    <message>
        <source>These settings are saved in the business&apos;s file and travel with it.</source>
        <translation>Diese Einstellungen werden in der Datei des Unternehmens gespeichert und gelten überall, wo sie geöffnet wird.</translation>
    </message>
    <message>
        <source>The file is open read-only, so these cannot be changed.</source>
        <translation>Die Datei ist schreibgeschützt geöffnet, daher können diese Einstellungen nicht geändert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s); negative mentions answered within %1 hours</source>
        <translation>
            <numerusform>%n Kanal; Antwortfrist für negative Erwähnungen: %1 Stunden</numerusform>
            <numerusform>%n Kanäle; Antwortfrist für negative Erwähnungen: %1 Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The language of Grapevine&apos;s windows; numbers, dates and money follow it too</source>
        <translation>Die Sprache der Grapevine-Fenster; auch Zahlen, Datumsangaben und Geldbeträge richten sich danach</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;), for Excel in much of Europe</source>
        <translation>Semikolon (;), für Excel in weiten Teilen Europas</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Start CSV files with a byte order mark, so that Excel shows accents</source>
        <translation>CSV-Dateien mit einer Byte Order Mark beginnen, damit Excel Umlaute richtig anzeigt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>CSV &amp;delimiter:</source>
        <translation>CSV-&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Make a &amp;copy of the open file each day</source>
        <translation>&amp;Täglich eine Kopie der geöffneten Datei anlegen</translation>
    </message>
    <message>
        <source>Keep every copy</source>
        <translation>Alle Kopien behalten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>The copy is made with SQLite&apos;s own backup when a file is opened, at most once a day, and kept in Grapevine&apos;s data folder on this computer, readable by you alone. File → Restore from Backup puts one back. Data erased from the file remains in older copies until they are deleted.</source>
        <translation>Die Kopie wird beim Öffnen einer Datei höchstens einmal am Tag mit der Sicherungsfunktion von SQLite angelegt und im Datenordner von Grapevine auf diesem Computer aufbewahrt, lesbar nur für Sie. Mit Datei → Aus Sicherungskopie wiederherstellen holen Sie eine Kopie zurück. Aus der Datei anonymisierte Daten bleiben in älteren Kopien erhalten, bis diese gelöscht werden.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2: type the value of a point, for example %3.</source>
        <translation>„%1“ ist kein Betrag in %2: Geben Sie den Wert eines Punkts ein, zum Beispiel %3.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2: type what a customer costs through paid channels, for example %3.</source>
        <translation>„%1“ ist kein Betrag in %2: Geben Sie ein, was ein Kunde über bezahlte Kanäle kostet, zum Beispiel %3.</translation>
    </message>
    <message>
        <source>Cost per customer of pai&amp;d channels:</source>
        <translation>Kosten pro Kunde &amp;bezahlter Kanäle:</translation>
    </message>
    <message>
        <source>Keep copies &amp;for:</source>
        <translation>Kopien &amp;aufbewahren für:</translation>
    </message>
    <message>
        <source>The system&apos;s colours</source>
        <translation>Die Farben des Systems</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light or dark windows, or whichever the system uses</source>
        <translation>Helle oder dunkle Fenster oder die Farben des Systems</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>A new language or new colours show at once; the open file stays open.</source>
        <translation>Eine neue Sprache oder neue Farben erscheinen sofort; die geöffnete Datei bleibt geöffnet.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Lists, tables and forms also answer to the usual keys: arrows, Tab, Enter to open, Delete to remove, Ctrl+F to search where there is a search field.</source>
        <translation>Listen, Tabellen und Formulare reagieren außerdem auf die üblichen Tasten: Pfeiltasten, Tab, Enter zum Öffnen, Delete zum Entfernen, Ctrl+F zum Suchen, wo es ein Suchfeld gibt.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::WelcomePage</name>
    <message>
        <source>Open a File…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <source>Welcome to Grapevine</source>
        <translation>Willkommen bei Grapevine</translation>
    </message>
    <message>
        <source>Keep your advocates, run refer-a-friend campaigns, log what people say about you and see what it all brings in. Everything stays in one file on this computer.</source>
        <translation>Verwalten Sie Ihre Markenbotschafter, führen Sie Freunde-werben-Freunde-Kampagnen durch, halten Sie fest, was über Sie gesagt wird, und sehen Sie, was all das einbringt. Alles bleibt in einer Datei auf diesem Computer.</translation>
    </message>
    <message>
        <source>Explore a Sample Business</source>
        <translation>Beispielunternehmen erkunden</translation>
    </message>
    <message>
        <source>A made-up bakery with advocates, campaigns, referrals and mentions, so that every page and chart has something to show. It is a file of its own: your data stays apart.</source>
        <translation>Eine erfundene Bäckerei mit Markenbotschaftern, Kampagnen, Empfehlungen und Erwähnungen, damit jede Seite und jedes Diagramm etwas zu zeigen hat. Sie ist eine eigene Datei: Ihre Daten bleiben davon getrennt.</translation>
    </message>
    <message>
        <source>Import Your Customers</source>
        <translation>Ihre Kunden importieren</translation>
    </message>
    <message>
        <source>Start your business&apos;s file from a CSV export of your shop, CRM, email tool or spreadsheet.</source>
        <translation>Legen Sie die Datei Ihres Unternehmens aus einem CSV-Export Ihres Shops, CRM, E-Mail-Tools oder Ihrer Tabellenkalkulation an.</translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <source>Start your business&apos;s file and add advocates and campaigns by hand.</source>
        <translation>Legen Sie die Datei Ihres Unternehmens an und fügen Sie Markenbotschafter und Kampagnen von Hand hinzu.</translation>
    </message>
    <message>
        <source>Open a Grapevine file you already have</source>
        <translation>Eine vorhandene Grapevine-Datei öffnen</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Zurück zu %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Grapevine: peer-to-peer marketing for small businesses — advocates, referral campaigns, word of mouth.</source>
        <translation>Grapevine: Empfehlungsmarketing für kleine Unternehmen – Markenbotschafter, Empfehlungskampagnen, Mundpropaganda.</translation>
    </message>
    <message>
        <source>The database file to open (default: the last one used).</source>
        <translation>Die zu öffnende Datenbankdatei (Standard: die zuletzt verwendete).</translation>
    </message>
</context>
</TS>
