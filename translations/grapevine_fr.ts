<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Advocate</name>
    <message>
        <source>Give the advocate a name or an email address.</source>
        <translation>Indiquez un nom ou une adresse e-mail pour l’ambassadeur.</translation>
    </message>
    <message>
        <source>The NPS score must be a whole number from 0 to 10.</source>
        <translation>La note NPS doit être un nombre entier de 0 à 10.</translation>
    </message>
    <message>
        <source>The total spent cannot be negative.</source>
        <translation>Le total dépensé ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The number of orders cannot be negative.</source>
        <translation>Le nombre de commandes ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>An advocate cannot have referred themselves.</source>
        <translation>Un ambassadeur ne peut pas s’être parrainé lui-même.</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>Une étiquette ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influenceur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Effacé</translation>
    </message>
</context>
<context>
    <name>AdvocateActivity</name>
    <message>
        <source>Computing the advocate&apos;s referrals</source>
        <translation>Calcul des parrainages de l’ambassadeur</translation>
    </message>
</context>
<context>
    <name>AdvocateBulkEditor</name>
    <message>
        <source>Type the name of the tag.</source>
        <translation>Saisissez le nom de l’étiquette.</translation>
    </message>
    <message>
        <source>Adding the tag &quot;%1&quot;</source>
        <translation>Ajout de l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Removing the tag &quot;%1&quot;</source>
        <translation>Retrait de l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Changing the kind of the advocates</source>
        <translation>Modification du type des ambassadeurs</translation>
    </message>
    <message>
        <source>Reading the kind of the advocates</source>
        <translation>Lecture du type des ambassadeurs</translation>
    </message>
    <message>
        <source>Reading the tags of the advocates</source>
        <translation>Lecture des étiquettes des ambassadeurs</translation>
    </message>
</context>
<context>
    <name>AdvocateCommands</name>
    <message>
        <source>Add “%1”</source>
        <translation>Ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Putting the advocates back…</source>
        <translation>Restauration des ambassadeurs…</translation>
    </message>
    <message>
        <source>Deleting the advocates again…</source>
        <translation>Nouvelle suppression des ambassadeurs…</translation>
    </message>
</context>
<context>
    <name>AdvocateLookup</name>
    <message>
        <source>Looking up advocates</source>
        <translation>Recherche d’ambassadeurs</translation>
    </message>
</context>
<context>
    <name>AdvocateSnapshot</name>
    <message>
        <source>The advocates changed since they were selected (an import or another window may have added referrals or rewards). Nothing was deleted; select them again and retry.</source>
        <translation>Les ambassadeurs ont changé depuis leur sélection (un import ou une autre fenêtre a pu ajouter des parrainages ou des récompenses). Rien n’a été supprimé&#xa0;; sélectionnez-les à nouveau et réessayez.</translation>
    </message>
    <message>
        <source>Restoring the deleted advocates</source>
        <translation>Restauration des ambassadeurs supprimés</translation>
    </message>
    <message>
        <source>Reading the advocates to delete</source>
        <translation>Lecture des ambassadeurs à supprimer</translation>
    </message>
    <message>
        <source>The advocates no longer exist.</source>
        <translation>Les ambassadeurs n’existent plus.</translation>
    </message>
    <message>
        <source>Deleting the advocates</source>
        <translation>Suppression des ambassadeurs</translation>
    </message>
</context>
<context>
    <name>AdvocateStamps</name>
    <message>
        <source>Remembering the advocates before the change</source>
        <translation>Mémorisation des ambassadeurs avant la modification</translation>
    </message>
    <message>
        <source>Undoing the change</source>
        <translation>Annulation de la modification</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these advocates were changed elsewhere (in another Grapevine window or by an import) after this step, so undoing or redoing it now would throw those changes away. Nothing was changed.</source>
        <translation>
            <numerusform>%Ln de ces ambassadeurs a été modifié ailleurs (dans une autre fenêtre de Grapevine ou par un import) après cette étape&#xa0;: l’annuler ou la rétablir maintenant effacerait cette modification. Rien n’a été modifié.</numerusform>
            <numerusform>%Ln de ces ambassadeurs ont été modifiés ailleurs (dans une autre fenêtre de Grapevine ou par un import) après cette étape&#xa0;: l’annuler ou la rétablir maintenant effacerait ces modifications. Rien n’a été modifié.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdvocateStore</name>
    <message>
        <source>Another advocate already has the email address %1.</source>
        <translation>Un autre ambassadeur a déjà l’adresse e-mail %1.</translation>
    </message>
    <message>
        <source>The referral code %1 already belongs to another advocate.</source>
        <translation>Le code de parrainage %1 appartient déjà à un autre ambassadeur.</translation>
    </message>
    <message>
        <source>Checking who referred the advocate</source>
        <translation>Vérification du parrain de l’ambassadeur</translation>
    </message>
    <message>
        <source>The advocate chosen as referrer no longer exists.</source>
        <translation>L’ambassadeur choisi comme parrain n’existe plus.</translation>
    </message>
    <message>
        <source>This would make a loop: the chosen referrer was (directly or indirectly) referred by this advocate.</source>
        <translation>Cela créerait une boucle&#xa0;: le parrain choisi a été parrainé (directement ou indirectement) par cet ambassadeur.</translation>
    </message>
    <message>
        <source>Saving the advocate</source>
        <translation>Enregistrement de l’ambassadeur</translation>
    </message>
    <message>
        <source>Reading the advocate</source>
        <translation>Lecture de l’ambassadeur</translation>
    </message>
    <message>
        <source>The advocate no longer exists.</source>
        <translation>L’ambassadeur n’existe plus.</translation>
    </message>
    <message>
        <source>Reading the advocate&apos;s tags</source>
        <translation>Lecture des étiquettes de l’ambassadeur</translation>
    </message>
    <message>
        <source>The advocate has not been saved yet.</source>
        <translation>L’ambassadeur n’a pas encore été enregistré.</translation>
    </message>
    <message>
        <source>Restoring the advocate</source>
        <translation>Restauration de l’ambassadeur</translation>
    </message>
    <message>
        <source>Deleting the advocate</source>
        <translation>Suppression de l’ambassadeur</translation>
    </message>
    <message>
        <source>Saving the tags</source>
        <translation>Enregistrement des étiquettes</translation>
    </message>
    <message>
        <source>Saving the tag &quot;%1&quot;</source>
        <translation>Enregistrement de l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Looking up the email address</source>
        <translation>Recherche de l’adresse e-mail</translation>
    </message>
    <message>
        <source>Looking up the referral code</source>
        <translation>Recherche du code de parrainage</translation>
    </message>
    <message>
        <source>Counting advocates</source>
        <translation>Comptage des ambassadeurs</translation>
    </message>
    <message>
        <source>Counting what goes with the advocates</source>
        <translation>Comptage des éléments liés aux ambassadeurs</translation>
    </message>
    <message>
        <source>No free referral code could be found. Type one by hand.</source>
        <translation>Aucun code de parrainage libre n’a été trouvé. Saisissez-en un à la main.</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere (in another Grapevine window or by an import) after you opened it. Your changes were not saved, so that neither is lost: note what you typed, choose Revert to see the other changes, and edit again.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié ailleurs (dans une autre fenêtre de Grapevine ou par un import) après que vous l’avez ouvert. Vos modifications n’ont pas été enregistrées, pour qu’aucune ne soit perdue&#xa0;: notez ce que vous avez saisi, choisissez Restaurer pour voir les autres modifications, puis modifiez à nouveau.</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere (in another Grapevine window or by an import) after this step, so undoing or redoing it now would throw that change away. Nothing was changed; edit the advocate by hand if needed.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié ailleurs (dans une autre fenêtre de Grapevine ou par un import) après cette étape&#xa0;: l’annuler ou la rétablir maintenant effacerait cette modification. Rien n’a été modifié&#xa0;; modifiez l’ambassadeur à la main si nécessaire.</translation>
    </message>
</context>
<context>
    <name>AdvocateTableModel</name>
    <message>
        <source>The advocates could not be read: %1</source>
        <translation>Impossible de lire les ambassadeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>The advocates could not be counted: %1</source>
        <translation>Impossible de compter les ambassadeurs&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BusinessSettings</name>
    <message>
        <source>The currency must be a three-letter ISO code such as EUR or USD.</source>
        <translation>La devise doit être un code ISO à trois lettres, comme EUR ou USD.</translation>
    </message>
    <message>
        <source>The value of a point cannot be negative.</source>
        <translation>La valeur d’un point ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The baseline cost per customer cannot be negative.</source>
        <translation>Le coût de référence par client ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The response target must be between 1 hour and 90 days.</source>
        <translation>Le délai de réponse visé doit être compris entre 1 heure et 90 jours.</translation>
    </message>
</context>
<context>
    <name>Campaign</name>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Donnez un nom à la campagne.</translation>
    </message>
    <message>
        <source>The campaign must end on or after the day it starts.</source>
        <translation>La campagne doit se terminer le jour où elle commence ou après.</translation>
    </message>
    <message>
        <source>A reward value cannot be negative.</source>
        <translation>La valeur d’une récompense ne peut pas être négative.</translation>
    </message>
    <message>
        <source>A percentage discount can be at most 100%.</source>
        <translation>Une remise en pourcentage ne peut pas dépasser 100&#xa0;%.</translation>
    </message>
    <message>
        <source>The minimum order value cannot be negative.</source>
        <translation>Le montant minimum de commande ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The cap on rewards cannot be negative.</source>
        <translation>Le plafond de récompenses ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>Le budget ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The hold period cannot be negative.</source>
        <translation>Le délai de blocage ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The attribution window cannot be negative.</source>
        <translation>La fenêtre d’attribution ne peut pas être négative.</translation>
    </message>
    <message>
        <source>A milestone needs at least 1 converted referral.</source>
        <translation>Un palier exige au moins 1 parrainage converti.</translation>
    </message>
    <message>
        <source>A milestone needs a reward.</source>
        <translation>Un palier exige une récompense.</translation>
    </message>
    <message>
        <source>A milestone reward value is out of range.</source>
        <translation>La valeur de récompense d’un palier est hors limites.</translation>
    </message>
    <message numerus="yes">
        <source>Two milestones are set at %Ln converted referral(s).</source>
        <translation>
            <numerusform>Deux paliers sont définis à %Ln parrainage converti.</numerusform>
            <numerusform>Deux paliers sont définis à %Ln parrainages convertis.</numerusform>
        </translation>
    </message>
    <message>
        <source>This campaign offers a reward, so it needs a disclosure text before it can be activated.</source>
        <translation>Cette campagne offre une récompense&#xa0;: elle doit avoir un texte de transparence avant de pouvoir être activée.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>No reward</source>
        <translation>Aucune récompense</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Percentage discount</source>
        <translation>Remise en pourcentage</translation>
    </message>
    <message>
        <source>Fixed discount</source>
        <translation>Remise fixe</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Cadeau</translation>
    </message>
</context>
<context>
    <name>CampaignCommands</name>
    <message>
        <source>Create “%1”</source>
        <translation>Créer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add Cost “%1”</source>
        <translation>Ajouter le coût «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove Cost “%1”</source>
        <translation>Retirer le coût «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CampaignCost</name>
    <message>
        <source>A cost must belong to a campaign.</source>
        <translation>Un coût doit appartenir à une campagne.</translation>
    </message>
    <message>
        <source>Say on which day the cost was incurred.</source>
        <translation>Indiquez le jour où le coût a été engagé.</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>Un coût ne peut pas être négatif.</translation>
    </message>
</context>
<context>
    <name>CampaignCostStore</name>
    <message>
        <source>Checking the cost&apos;s campaign</source>
        <translation>Vérification de la campagne du coût</translation>
    </message>
    <message>
        <source>The campaign of this cost no longer exists.</source>
        <translation>La campagne de ce coût n’existe plus.</translation>
    </message>
    <message>
        <source>Saving the cost</source>
        <translation>Enregistrement du coût</translation>
    </message>
    <message>
        <source>Reading the cost</source>
        <translation>Lecture du coût</translation>
    </message>
    <message>
        <source>The cost no longer exists.</source>
        <translation>Le coût n’existe plus.</translation>
    </message>
    <message>
        <source>The cost has not been saved yet.</source>
        <translation>Le coût n’a pas encore été enregistré.</translation>
    </message>
    <message>
        <source>Deleting the cost</source>
        <translation>Suppression du coût</translation>
    </message>
    <message>
        <source>Reading the campaign&apos;s costs</source>
        <translation>Lecture des coûts de la campagne</translation>
    </message>
</context>
<context>
    <name>CampaignSnapshot</name>
    <message>
        <source>Reading the campaign</source>
        <translation>Lecture de la campagne</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>La campagne n’existe plus.</translation>
    </message>
    <message>
        <source>Putting the campaign back</source>
        <translation>Restauration de la campagne</translation>
    </message>
    <message>
        <source>Saving the campaign</source>
        <translation>Enregistrement de la campagne</translation>
    </message>
    <message>
        <source>The campaign “%1” was changed elsewhere (in another Grapevine window) after this step, so undoing or redoing it now would throw that change away. Nothing was changed; edit the campaign by hand if needed.</source>
        <translation>La campagne «&#xa0;%1&#xa0;» a été modifiée ailleurs (dans une autre fenêtre de Grapevine) après cette étape&#xa0;: l’annuler ou la rétablir maintenant effacerait cette modification. Rien n’a été modifié&#xa0;; modifiez la campagne à la main si nécessaire.</translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>Saving the campaign</source>
        <translation>Enregistrement de la campagne</translation>
    </message>
    <message>
        <source>Reading the campaign</source>
        <translation>Lecture de la campagne</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>La campagne n’existe plus.</translation>
    </message>
    <message>
        <source>Reading the campaign&apos;s milestones</source>
        <translation>Lecture des paliers de la campagne</translation>
    </message>
    <message>
        <source>The campaign has not been saved yet.</source>
        <translation>La campagne n’a pas encore été enregistrée.</translation>
    </message>
    <message>
        <source>Deleting the campaign</source>
        <translation>Suppression de la campagne</translation>
    </message>
    <message numerus="yes">
        <source>The campaign has %Ln referral(s); end it instead of deleting it.</source>
        <translation>
            <numerusform>La campagne a %Ln parrainage&#xa0;; terminez-la au lieu de la supprimer.</numerusform>
            <numerusform>La campagne a %Ln parrainages&#xa0;; terminez-la au lieu de la supprimer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The campaign has %Ln reward(s); end it instead of deleting it.</source>
        <translation>
            <numerusform>La campagne a %Ln récompense&#xa0;; terminez-la au lieu de la supprimer.</numerusform>
            <numerusform>La campagne a %Ln récompenses&#xa0;; terminez-la au lieu de la supprimer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the campaigns&apos; milestones</source>
        <translation>Lecture des paliers des campagnes</translation>
    </message>
    <message>
        <source>Reading the campaigns</source>
        <translation>Lecture des campagnes</translation>
    </message>
    <message>
        <source>Saving the milestones</source>
        <translation>Enregistrement des paliers</translation>
    </message>
    <message numerus="yes">
        <source>Saving the milestone at %Ln converted referral(s)</source>
        <translation>
            <numerusform>Enregistrement du palier à %Ln parrainage converti</numerusform>
            <numerusform>Enregistrement du palier à %Ln parrainages convertis</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign “%1” was changed elsewhere (in another Grapevine window) after you opened it. Your changes were not saved, so that neither is lost: note what you typed, choose Revert to see the other changes, and edit again.</source>
        <translation>La campagne «&#xa0;%1&#xa0;» a été modifiée ailleurs (dans une autre fenêtre de Grapevine) après que vous l’avez ouverte. Vos modifications n’ont pas été enregistrées, pour qu’aucune ne soit perdue&#xa0;: notez ce que vous avez saisi, choisissez Restaurer pour voir les autres modifications, puis modifiez à nouveau.</translation>
    </message>
</context>
<context>
    <name>CampaignSummary</name>
    <message>
        <source>Adding up the campaigns&apos; results</source>
        <translation>Calcul des résultats des campagnes</translation>
    </message>
</context>
<context>
    <name>CampaignTemplates</name>
    <message>
        <source>Blank Campaign</source>
        <translation>Campagne vierge</translation>
    </message>
    <message>
        <source>Refer a Friend</source>
        <translation>Parrainez un ami</translation>
    </message>
    <message>
        <source>Milestone Ladder</source>
        <translation>Paliers de récompenses</translation>
    </message>
    <message>
        <source>Staff Advocacy</source>
        <translation>Salariés ambassadeurs</translation>
    </message>
    <message>
        <source>Start from an empty campaign and set every rule yourself.</source>
        <translation>Partez d’une campagne vide et définissez vous-même chaque règle.</translation>
    </message>
    <message>
        <source>Both sides win: store credit for the advocate, a discount on the friend&apos;s first order.</source>
        <translation>Gagnant-gagnant&#xa0;: un avoir pour l’ambassadeur, une remise sur la première commande du filleul.</translation>
    </message>
    <message>
        <source>Growing rewards for advocates at 1, 3 and 5 friends who became customers.</source>
        <translation>Des récompenses croissantes pour les ambassadeurs à 1, 3 et 5 filleuls devenus clients.</translation>
    </message>
    <message>
        <source>Your employees share a friends-and-family discount and earn points for each sign-up.</source>
        <translation>Vos salariés partagent une remise «&#xa0;amis et famille&#xa0;» et gagnent des points à chaque inscription.</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>Refer a friend</source>
        <translation>Parrainez un ami</translation>
    </message>
    <message>
        <source>Advocates share their personal link; when a friend places a first order, the friend saves on it and the advocate earns store credit.</source>
        <translation>Les ambassadeurs partagent leur lien personnel&#xa0;; quand un filleul passe sa première commande, il bénéficie d’une remise et l’ambassadeur reçoit un avoir.</translation>
    </message>
    <message>
        <source>Store credit for each friend who buys</source>
        <translation>Un avoir pour chaque ami qui achète</translation>
    </message>
    <message>
        <source>Off the first order</source>
        <translation>Sur la première commande</translation>
    </message>
    <message>
        <source>Milestone ladder</source>
        <translation>Paliers de récompenses</translation>
    </message>
    <message>
        <source>The more friends an advocate brings, the bigger the thank-you: rewards at 1, 3 and 5 friends who became customers.</source>
        <translation>Plus un ambassadeur amène d’amis, plus le remerciement est généreux&#xa0;: des récompenses à 1, 3 et 5 filleuls devenus clients.</translation>
    </message>
    <message>
        <source>Thank-you credit for the first friend</source>
        <translation>Un avoir de remerciement pour le premier ami</translation>
    </message>
    <message>
        <source>Credit for three friends</source>
        <translation>Un avoir pour trois amis</translation>
    </message>
    <message>
        <source>A gift box for five friends</source>
        <translation>Un coffret cadeau pour cinq amis</translation>
    </message>
    <message>
        <source>Staff advocacy</source>
        <translation>Salariés ambassadeurs</translation>
    </message>
    <message>
        <source>Employees share a friends-and-family discount with the people they know and earn points for each friend who signs up.</source>
        <translation>Les salariés partagent une remise «&#xa0;amis et famille&#xa0;» avec leurs proches et gagnent des points pour chaque ami qui s’inscrit.</translation>
    </message>
    <message>
        <source>Points for each friend who signs up</source>
        <translation>Des points pour chaque ami qui s’inscrit</translation>
    </message>
    <message>
        <source>Friends-and-family discount</source>
        <translation>Remise amis et famille</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in store credit</source>
        <translation>%1 d’avoir</translation>
    </message>
    <message>
        <source>%1% off</source>
        <extracomment>%1 is a number, e.g. &quot;15&quot; or &quot;12.5&quot;</extracomment>
        <translation>%1&#xa0;% de remise</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 de remise</translation>
    </message>
    <message>
        <source>%1 in cash</source>
        <translation>%1 en espèces</translation>
    </message>
    <message>
        <source>a gift worth %1</source>
        <translation>un cadeau d’une valeur de %1</translation>
    </message>
    <message>
        <source>a gift (%1)</source>
        <translation>un cadeau (%1)</translation>
    </message>
    <message>
        <source>a gift</source>
        <translation>un cadeau</translation>
    </message>
    <message>
        <source>I get %1 when you sign up through my link.</source>
        <translation>Je reçois %1 lorsque vous vous inscrivez via mon lien.</translation>
    </message>
    <message>
        <source>I get %1 when you make your first purchase through my link.</source>
        <translation>Je reçois %1 lorsque vous effectuez votre premier achat via mon lien.</translation>
    </message>
    <message numerus="yes">
        <source>%1 after %Ln friend(s)</source>
        <extracomment>One step of a reward ladder: &quot;$5.00 in store credit after 1 friend&quot;</extracomment>
        <translation>
            <numerusform>%1 pour %Ln ami devenu client</numerusform>
            <numerusform>%1 pour %Ln amis devenus clients</numerusform>
        </translation>
    </message>
    <message>
        <source>I earn rewards when friends I refer become customers: %1.</source>
        <extracomment>%1 lists the steps, e.g. &quot;$5.00 in store credit after 1 friend, and a gift after 5 friends&quot;</extracomment>
        <translation>Je reçois des récompenses quand des amis que je parraine deviennent clients&#xa0;: %1.</translation>
    </message>
    <message>
        <source>You get %1 when you sign up.</source>
        <translation>Vous recevez %1 à votre inscription.</translation>
    </message>
    <message>
        <source>You get %1 on your first purchase.</source>
        <translation>Vous recevez %1 lors de votre premier achat.</translation>
    </message>
    <message>
        <source>I recommend this because I like it; I get nothing for it.</source>
        <translation>Je vous le recommande parce que je l’apprécie&#xa0;; je ne reçois rien en échange.</translation>
    </message>
    <message>
        <source>This is my referral link. %1</source>
        <translation>Voici mon lien de parrainage. %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created: a new, empty database</source>
        <translation>Créée&#xa0;: une nouvelle base de données vide</translation>
    </message>
    <message>
        <source>Updated: from schema version %1; copy of the old file at %2</source>
        <translation>Mise à jour&#xa0;: depuis la version de schéma %1&#xa0;; copie de l’ancien fichier dans %2</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Version du schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Intégrité&#xa0;: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>PROBLEMS FOUND</source>
        <translation>PROBLÈMES DÉTECTÉS</translation>
    </message>
    <message>
        <source>Foreign keys: %1</source>
        <translation>Clés étrangères&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Lignes&#xa0;:</translation>
    </message>
    <message>
        <source>The database has problems (see above). Restore it from a backup copy.</source>
        <translation>La base de données présente des problèmes (voir ci-dessus). Restaurez-la à partir d’une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation>--%1 attend un nombre entier supérieur ou égal à 0, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. The demo only creates new files; choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. La démo ne crée que de nouveaux fichiers&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Generating: %1%</source>
        <translation>Génération&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation>Ambassadeurs</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Parrainages</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Récompenses</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Created the demo database %1</source>
        <translation>Base de démonstration créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Seconds: %1</source>
        <translation>Secondes&#xa0;: %1</translation>
    </message>
    <message>
        <source>The database file (default: the app&apos;s default database).</source>
        <translation>Le fichier de base de données (par défaut&#xa0;: celui de l’application).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>demo: how many advocates (default 1000).</source>
        <translation>demo&#xa0;: nombre d’ambassadeurs (1000 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>demo: how many referrals (default 1500).</source>
        <translation>demo&#xa0;: nombre de parrainages (1500 par défaut).</translation>
    </message>
    <message>
        <source>demo: how many mentions (default 300).</source>
        <translation>demo&#xa0;: nombre de mentions (300 par défaut).</translation>
    </message>
    <message>
        <source>demo: the random seed; the same seed gives the same data (default 1).</source>
        <translation>demo&#xa0;: la graine aléatoire&#xa0;; une même graine donne les mêmes données (1 par défaut).</translation>
    </message>
    <message>
        <source>import: the file&apos;s encoding (UTF-8, UTF-16LE, windows-1252, ISO-8859-15, macintosh…); detected when not given.</source>
        <translation>import&#xa0;: l’encodage du fichier (UTF-8, UTF-16LE, windows-1252, ISO-8859-15, macintosh…)&#xa0;; détecté s’il n’est pas indiqué.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>import: the delimiter, one of , ; tab | (detected when not given).</source>
        <translation>import&#xa0;: le séparateur, parmi , ; tab | (détecté s’il n’est pas indiqué).</translation>
    </message>
    <message>
        <source>char</source>
        <translation>caractère</translation>
    </message>
    <message>
        <source>import: how dates are written: dmy (31/12/2026), mdy (12/31/2026) or ymd (2026-12-31). Needed when the file&apos;s dates could be read either way.</source>
        <translation>import&#xa0;: l’écriture des dates&#xa0;: dmy (31/12/2026), mdy (12/31/2026) ou ymd (2026-12-31). Nécessaire quand les dates du fichier peuvent se lire dans les deux sens.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>import: a saved column mapping&apos;s name, or the mapping itself: &quot;email=E-Mail, first_name=Vorname&quot;.</source>
        <translation>import&#xa0;: le nom d’une correspondance de colonnes enregistrée, ou la correspondance elle-même&#xa0;: «&#xa0;email=Courriel, first_name=Prénom&#xa0;».</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>correspondance</translation>
    </message>
    <message>
        <source>import: for people already in the database: update (default), skip, or fill (only empty fields).</source>
        <translation>import&#xa0;: pour les personnes déjà présentes dans la base&#xa0;: update (mettre à jour, par défaut), skip (ignorer) ou fill (compléter uniquement les champs vides).</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>règle</translation>
    </message>
    <message>
        <source>import: do everything, report it, and keep nothing.</source>
        <translation>import&#xa0;: tout effectuer, en rendre compte, et ne rien conserver.</translation>
    </message>
    <message>
        <source>import: write the rejected rows, with the reason first, to this CSV (fix it and import it again).</source>
        <translation>import&#xa0;: écrire les lignes rejetées, précédées du motif, dans ce fichier CSV (corrigez-le puis importez-le à nouveau).</translation>
    </message>
    <message>
        <source>export: leave out the byte order mark (for programs that do not expect one).</source>
        <translation>export&#xa0;: omettre la marque d’ordre des octets (BOM), pour les programmes qui ne l’attendent pas.</translation>
    </message>
    <message>
        <source>import: print the result as one JSON object.</source>
        <translation>import&#xa0;: afficher le résultat sous la forme d’un seul objet JSON.</translation>
    </message>
    <message>
        <source>report: one campaign, by its number or name (default: all).</source>
        <translation>report&#xa0;: une seule campagne, par son numéro ou son nom (par défaut&#xa0;: toutes).</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campagne</translation>
    </message>
    <message>
        <source>report: the first day, YYYY-MM-DD.</source>
        <translation>report&#xa0;: le premier jour, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>report: the last day, YYYY-MM-DD (included).</source>
        <translation>report&#xa0;: le dernier jour, YYYY-MM-DD (inclus).</translation>
    </message>
    <message>
        <source>report: pdf, html, csv or json.</source>
        <translation>report&#xa0;: pdf, html, csv ou json.</translation>
    </message>
    <message>
        <source>Run grapevine-cli --help for the commands and options.</source>
        <translation>Lancez grapevine-cli --help pour la liste des commandes et des options.</translation>
    </message>
    <message>
        <source>Say what to do, for example: grapevine-cli --db business.sqlite check</source>
        <translation>Indiquez l’action à effectuer, par exemple&#xa0;: grapevine-cli --db business.sqlite check</translation>
    </message>
    <message>
        <source>report takes --format, --out, --campaign, --from and --to.</source>
        <translation>report accepte --format, --out, --campaign, --from et --to.</translation>
    </message>
    <message>
        <source>--campaign, --from, --to and --format belong to the report command.</source>
        <translation>--campaign, --from, --to et --format sont réservées à la commande report.</translation>
    </message>
    <message>
        <source>Say what to export, for example: grapevine-cli export advocates --out advocates.csv</source>
        <translation>Indiquez ce qu’il faut exporter, par exemple&#xa0;: grapevine-cli export advocates --out ambassadeurs.csv</translation>
    </message>
    <message>
        <source>export takes --out, --delimiter and --no-bom.</source>
        <translation>export accepte --out, --delimiter et --no-bom.</translation>
    </message>
    <message>
        <source>--no-bom belongs to the export command.</source>
        <translation>--no-bom est réservée à la commande export.</translation>
    </message>
    <message>
        <source>--encoding, --delimiter, --date-format, --mapping, --on-duplicate, --dry-run, --rejected-out and --json belong to the import command.</source>
        <translation>--encoding, --delimiter, --date-format, --mapping, --on-duplicate, --dry-run, --rejected-out et --json sont réservées à la commande import.</translation>
    </message>
    <message>
        <source>--out, --advocates, --referrals, --mentions and --seed belong to the demo command.</source>
        <translation>--out, --advocates, --referrals, --mentions et --seed sont réservées à la commande demo.</translation>
    </message>
    <message>
        <source>The demo writes a new file given with --out, never the --db database.</source>
        <translation>La démo écrit dans un nouveau fichier indiqué par --out, jamais dans la base --db.</translation>
    </message>
    <message>
        <source>Say which new file to create, for example: grapevine-cli demo --out demo.sqlite</source>
        <translation>Indiquez le nouveau fichier à créer, par exemple&#xa0;: grapevine-cli demo --out demo.sqlite</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295, not &quot;%1&quot;.</source>
        <translation>--seed attend un nombre entier de 0 à 4294967295, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Say what to import and from which file, for example: grapevine-cli --db business.sqlite import customers customers.csv</source>
        <translation>Indiquez ce qu’il faut importer et depuis quel fichier, par exemple&#xa0;: grapevine-cli --db business.sqlite import customers clients.csv</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run grapevine-cli --help for the list of commands.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;». Lancez grapevine-cli --help pour la liste des commandes.</translation>
    </message>
    <message>
        <source>The database is read-only (%1); nothing can be imported or undone.</source>
        <translation>La base de données est en lecture seule (%1)&#xa0;: rien ne peut être importé ni annulé.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>  row %1: %2</source>
        <translation>  ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>  row %1, %2: %3</source>
        <translation>  ligne %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Importing: %1 rows (%2 rows a second)</source>
        <translation>Import&#xa0;: %1 lignes (%2 lignes par seconde)</translation>
    </message>
    <message>
        <source>Importing: %1% — %2 rows, %3 rows a second, about %4 s left</source>
        <translation>Import&#xa0;: %1&#xa0;% — %2 lignes, %3 lignes par seconde, environ %4 s restantes</translation>
    </message>
    <message>
        <source>--delimiter takes , ; tab or | (or the words comma, semicolon, pipe), not &quot;%1&quot;.</source>
        <translation>--delimiter accepte , ; tab ou | (ou les mots comma, semicolon, pipe), et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--date-format takes dmy (DD/MM/YYYY), mdy (MM/DD/YYYY) or ymd (YYYY-MM-DD), not &quot;%1&quot;.</source>
        <translation>--date-format accepte dmy (DD/MM/YYYY), mdy (MM/DD/YYYY) ou ymd (YYYY-MM-DD), et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--on-duplicate takes update, skip or fill, not &quot;%1&quot;.</source>
        <translation>--on-duplicate accepte update, skip ou fill, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Say what the file holds: customers, referrals (or orders) or mentions, not &quot;%1&quot;.</source>
        <translation>Indiquez le contenu du fichier&#xa0;: customers, referrals (ou orders) ou mentions, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no saved column mapping called &quot;%1&quot;. Saved mappings: %2.</source>
        <translation>Aucune correspondance de colonnes enregistrée ne s’appelle «&#xa0;%1&#xa0;». Correspondances enregistrées&#xa0;: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The file has no column called: %1.</source>
        <translation>Le fichier n’a aucune colonne nommée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>For example: --date-format dmy</source>
        <translation>Par exemple&#xa0;: --date-format dmy</translation>
    </message>
    <message>
        <source>Dry run of %1 (%2, delimiter %3): nothing was changed.</source>
        <translation>Simulation de l’import de %1 (%2, séparateur %3)&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Imported %1 (%2, delimiter %3) as import %4.</source>
        <translation>%1 importé (%2, séparateur %3) sous le numéro d’import %4.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Lignes rejetées&#xa0;:</translation>
    </message>
    <message>
        <source>  … and more; --rejected-out FILE writes every rejected row with its reason.</source>
        <translation>  … et d’autres&#xa0;; --rejected-out FICHIER écrit chaque ligne rejetée avec son motif.</translation>
    </message>
    <message>
        <source>Imported with a remark:</source>
        <translation>Importé avec une remarque&#xa0;:</translation>
    </message>
    <message>
        <source>To take this import back: grapevine-cli --db &quot;%1&quot; undo-import %2</source>
        <translation>Pour annuler cet import&#xa0;: grapevine-cli --db &quot;%1&quot; undo-import %2</translation>
    </message>
    <message>
        <source>undo-import needs the number of an import (see grapevine-cli imports), not &quot;%1&quot;.</source>
        <translation>undo-import attend le numéro d’un import (voir grapevine-cli imports), et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Import %1 undone: %2 records deleted, %3 put back as they were.</source>
        <translation>Import %1 annulé&#xa0;: %2 enregistrements supprimés, %3 remis dans leur état antérieur.</translation>
    </message>
    <message>
        <source>%1 values edited after the import were kept.</source>
        <translation>%1 valeurs modifiées après l’import ont été conservées.</translation>
    </message>
    <message>
        <source>The import history cannot be read.</source>
        <translation>L’historique des imports ne peut pas être lu.</translation>
    </message>
    <message>
        <source>  #  started (local time)  kind       status      rows  created  updated  skipped  rejected  file</source>
        <translation>  #  début (heure locale)  type       statut     lignes    créés modifiés  ignorés   rejetés  fichier</translation>
    </message>
    <message>
        <source>Say what to export: advocates, referrals, rewards or mentions, not &quot;%1&quot;.</source>
        <translation>Indiquez ce qu’il faut exporter&#xa0;: advocates, referrals, rewards ou mentions, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Say which file to write, for example: grapevine-cli export advocates --out advocates.csv</source>
        <translation>Indiquez le fichier à écrire, par exemple&#xa0;: grapevine-cli export advocates --out ambassadeurs.csv</translation>
    </message>
    <message>
        <source>Exporting: %1 of %2 rows</source>
        <translation>Export&#xa0;: %1 lignes sur %2</translation>
    </message>
    <message>
        <source>Wrote %1 %2 to %3.</source>
        <translation>%1 enregistrements (%2) écrits dans %3.</translation>
    </message>
    <message>
        <source>There is no campaign &quot;%1&quot;. Campaigns: %2.</source>
        <translation>Aucune campagne ne s’appelle «&#xa0;%1&#xa0;». Campagnes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Say which format: --format pdf, html, csv or json.</source>
        <translation>Indiquez le format&#xa0;: --format pdf, html, csv ou json.</translation>
    </message>
    <message>
        <source>--format takes pdf, html, csv or json, not &quot;%1&quot;.</source>
        <translation>--format accepte pdf, html, csv ou json, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Say where to write the report: --out FILE.</source>
        <translation>Indiquez où écrire le rapport&#xa0;: --out FICHIER.</translation>
    </message>
    <message>
        <source>--from takes a date written 2026-04-01, not &quot;%1&quot;.</source>
        <translation>--from attend une date écrite 2026-04-01, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--to takes a date written 2026-04-30, not &quot;%1&quot;.</source>
        <translation>--to attend une date écrite 2026-04-30, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The period ends (%1) before it begins (%2).</source>
        <translation>La période se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>Wrote the report to %1</source>
        <translation>Rapport écrit dans %1</translation>
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
        <translation>Grapevine en ligne de commande.

Commandes&#xa0;:
  check    Ouvre la base de données exactement comme l’application (en la créant ou
           en la mettant à jour), lance les contrôles d’intégrité et de clés
           étrangères de SQLite, puis affiche la version du schéma et le nombre de
           lignes de chaque table.
  demo     Crée une nouvelle base --out FICHIER remplie avec une entreprise fictive
           (Demo Bakery)&#xa0;: ambassadeurs, campagnes, parrainages, récompenses et
           mentions, identiques pour une même --seed. Tailles&#xa0;: --advocates (1000),
           --referrals (1500), --mentions (300). Un FICHIER existant n’est jamais
           modifié.
  import customers|referrals|mentions FICHIER.csv
           customers&#xa0;: un export de clients (Shopify, WooCommerce, HubSpot, Mailchimp,
           un tableur…) importé comme ambassadeurs. Une personne est identifiée par
           son e-mail&#xa0;: si elle est déjà présente, elle est mise à jour, jamais
           dupliquée.
           referrals (ou orders)&#xa0;: les commandes d’une boutique&#xa0;; la commande d’un
           filleul convertit son parrainage, le code d’un ambassadeur ou une colonne
           Referred By en enregistre un nouveau.
           mentions&#xa0;: un export d’outil de veille sociale ou d’avis clients.
           Les colonnes sont reconnues par leur nom. Les lignes rejetées sont listées
           avec leur motif&#xa0;; le reste est importé. Importer deux fois le même fichier
           ne change rien.
  undo-import N
           Annule l’import numéro N&#xa0;: ce qu’il a créé est supprimé, ce qu’il a
           modifié est rétabli (les valeurs modifiées depuis sont conservées).
  imports  Liste les imports&#xa0;: quand, quel fichier, ce que chacun a fait.
  bulk-edit add-tag NOM|remove-tag NOM|set-kind TYPE
           Donne l’étiquette à tous les ambassadeurs (sauf les effacés), la leur retire,
           ou en fait tous des customer, partner, employee, influencer ou other.
  backup [--out FICHIER]
           La sauvegarde du jour dans le dossier de sauvegarde de l’application (celle
           qu’elle fait une fois par jour), ou une copie dans FICHIER. Une copie cohérente,
           même pendant que l’application est ouverte.
  export advocates|referrals|rewards|mentions --out FICHIER.csv
           Écrit tous les enregistrements de ce type dans un fichier CSV (UTF-8 avec
           une marque d’ordre des octets pour qu’Excel affiche les accents&#xa0;; --no-bom
           pour l’omettre&#xa0;; --delimiter ; pour Excel dans une grande partie de
           l’Europe). Les dates sont au format ISO 8601, les montants en décimales
           simples, et les cellules qu’un tableur exécuterait comme une formule sont
           neutralisées.
  report --format pdf|html|csv|json --out FICHIER [--campaign ID|NOM] [--from DATE] [--to DATE]
           Les indicateurs de toutes les campagnes ou d’une seule, pour les jours de
           --from à --to (YYYY-MM-DD, bornes incluses&#xa0;; par défaut&#xa0;: tout jusqu’à
           aujourd’hui). pdf et html&#xa0;: le rapport complet avec ses graphiques, tel
           que la page Rapports le produit. csv et json&#xa0;: les chiffres, les montants
           en unités mineures (centimes)&#xa0;; un ratio non défini vaut null (JSON) ou
           reste vide.</translation>
    </message>
    <message>
        <source>demo: the new database file to create; export, report, backup: the file to write.</source>
        <translation>demo&#xa0;: le nouveau fichier de base de données à créer&#xa0;; export, report, backup&#xa0;: le fichier à écrire.</translation>
    </message>
    <message>
        <source>What to do: check, demo, import, undo-import, imports, bulk-edit, backup, export or report.</source>
        <translation>L’action à effectuer&#xa0;: check, demo, import, undo-import, imports, bulk-edit, backup, export ou report.</translation>
    </message>
    <message>
        <source>backup takes --out.</source>
        <translation>backup accepte --out.</translation>
    </message>
    <message>
        <source>bulk-edit does add-tag NAME, remove-tag NAME or set-kind KIND, not &quot;%1&quot;.</source>
        <translation>bulk-edit fait add-tag NOM, remove-tag NOM ou set-kind TYPE, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>set-kind takes customer, partner, employee, influencer or other, not &quot;%1&quot;.</source>
        <translation>set-kind accepte customer, partner, employee, influencer ou other, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The database is read-only (%1); nothing can be changed.</source>
        <translation>La base de données est en lecture seule (%1)&#xa0;; rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>The advocates cannot be read.</source>
        <translation>Les ambassadeurs ne peuvent pas être lus.</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n advocate(s).</source>
        <translation>
            <numerusform>%n ambassadeur modifié.</numerusform>
            <numerusform>%n ambassadeurs modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no database &quot;%1&quot; to back up.</source>
        <translation>Il n’y a pas de base de données «&#xa0;%1&#xa0;» à sauvegarder.</translation>
    </message>
    <message>
        <source>The copy must be another file than the database itself.</source>
        <translation>La copie doit être un autre fichier que la base de données elle-même.</translation>
    </message>
    <message>
        <source>Copied to %1</source>
        <translation>Copié dans %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup was already there: %1</source>
        <translation>La sauvegarde du jour existait déjà&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ColumnMatcher</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Consentement marketing</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Total dépensé</translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation>Nombre de commandes</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>Code de parrainage</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Parrainé par</translation>
    </message>
    <message>
        <source>NPS score</source>
        <translation>Note NPS</translation>
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
        <translation>Unicode (UTF-16, petit-boutiste)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16, big-endian)</source>
        <translation>Unicode (UTF-16, gros-boutiste)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Europe occidentale (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation>Europe occidentale (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Western European with € (ISO-8859-15)</source>
        <translation>Europe occidentale avec € (ISO-8859-15)</translation>
    </message>
    <message>
        <source>Western European (Mac Roman)</source>
        <translation>Europe occidentale (Mac Roman)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is not an encoding Grapevine reads. Choose one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un encodage que Grapevine sait lire. Choisissez parmi&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>The file could not be read to its end: %1</source>
        <translation>Le fichier n’a pas pu être lu jusqu’au bout&#xa0;: %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>Some characters cannot be read as %1; they show as “�”. If the text looks wrong, choose another encoding.</source>
        <translation>Certains caractères ne peuvent pas être lus en %1&#xa0;; ils s’affichent sous la forme «&#xa0;�&#xa0;». Si le texte semble incorrect, choisissez un autre encodage.</translation>
    </message>
    <message>
        <source>This row has %1 of the %2 columns: a value or a delimiter is missing.</source>
        <translation>Cette ligne a %1 des %2 colonnes&#xa0;: il manque une valeur ou un séparateur.</translation>
    </message>
    <message>
        <source>This row has %1 values for %2 columns: a delimiter too many, or a value with the delimiter in it that is not in quotes.</source>
        <translation>Cette ligne a %1 valeurs pour %2 colonnes&#xa0;: un séparateur en trop, ou une valeur contenant le séparateur sans être entre guillemets.</translation>
    </message>
</context>
<context>
    <name>CsvRecordParser</name>
    <message>
        <source>A NUL character was left out of the field.</source>
        <translation>Un caractère NUL a été retiré du champ.</translation>
    </message>
    <message>
        <source>Text follows the closing quote of the field; it was kept as part of the field.</source>
        <translation>Du texte suit le guillemet fermant du champ&#xa0;; il a été conservé dans le champ.</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed: everything after its opening quote, to the end of the file, was read into it.</source>
        <translation>Le champ entre guillemets qui commence à la ligne %1 n’est jamais fermé&#xa0;: tout ce qui suit son guillemet ouvrant, jusqu’à la fin du fichier, y a été lu.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write &quot;%1&quot;: %2. Check that the folder exists and can be written to, and that the disk is not full, or choose another place.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2. Vérifiez que le dossier existe, qu’il est accessible en écriture et que le disque n’est pas plein, ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>the file was not opened</source>
        <translation>le fichier n’a pas été ouvert</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>email spelling</source>
        <translation>écriture de l’e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>company</source>
        <translation>société</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentement</translation>
    </message>
    <message>
        <source>total spent</source>
        <translation>total dépensé</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>commandes</translation>
    </message>
    <message>
        <source>customer since</source>
        <translation>client depuis</translation>
    </message>
    <message>
        <source>referred by</source>
        <translation>parrainé par</translation>
    </message>
    <message>
        <source>NPS score</source>
        <translation>note NPS</translation>
    </message>
    <message>
        <source>Preparing the import</source>
        <translation>Préparation de l’import</translation>
    </message>
    <message>
        <source>Looking up the advocate</source>
        <translation>Recherche de l’ambassadeur</translation>
    </message>
    <message>
        <source>Saving the tags</source>
        <translation>Enregistrement des étiquettes</translation>
    </message>
    <message>
        <source>Checking the referral code</source>
        <translation>Vérification du code de parrainage</translation>
    </message>
    <message>
        <source>The referral code %1 already belongs to another advocate.</source>
        <translation>Le code de parrainage %1 appartient déjà à un autre ambassadeur.</translation>
    </message>
    <message>
        <source>Saving the advocate of row %1</source>
        <translation>Enregistrement de l’ambassadeur de la ligne %1</translation>
    </message>
    <message>
        <source>Already an advocate; left as it was</source>
        <translation>Déjà ambassadeur&#xa0;; laissé tel quel</translation>
    </message>
    <message>
        <source>Already up to date</source>
        <translation>Déjà à jour</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Mise à jour de l’index de recherche</translation>
    </message>
    <message>
        <source>Updating the advocate</source>
        <translation>Mise à jour de l’ambassadeur</translation>
    </message>
    <message>
        <source>Updating the advocate of row %1</source>
        <translation>Mise à jour de l’ambassadeur de la ligne %1</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the row</source>
        <translation>Lecture de la ligne</translation>
    </message>
    <message>
        <source>Linking advocates to their referrers</source>
        <translation>Rattachement des ambassadeurs à leurs parrains</translation>
    </message>
    <message>
        <source>The referrer “%1” is neither in the file nor among the advocates; imported without a referrer.</source>
        <translation>Le parrain «&#xa0;%1&#xa0;» ne figure ni dans le fichier ni parmi les ambassadeurs&#xa0;; importé sans parrain.</translation>
    </message>
    <message>
        <source>An advocate cannot be their own referrer; imported without one.</source>
        <translation>Un ambassadeur ne peut pas être son propre parrain&#xa0;; importé sans parrain.</translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation>Construction de l’index de recherche</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Import de %1</translation>
    </message>
</context>
<context>
    <name>CustomerRowParser</name>
    <message>
        <source>No email address: Grapevine tells people apart by their email. Add it and import the row again.</source>
        <translation>Pas d’adresse e-mail&#xa0;: Grapevine distingue les personnes par leur e-mail. Ajoutez-la et importez à nouveau la ligne.</translation>
    </message>
    <message>
        <source>“%1” is not a yes or no. Write yes or no (or leave it empty to keep what is stored).</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni oui ni non. Écrivez oui ou non (ou laissez vide pour garder la valeur enregistrée).</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money (or has more decimals than the currency).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant (ou a plus de décimales que la devise).</translation>
    </message>
    <message>
        <source>“%1” is negative; total spent cannot be.</source>
        <translation>«&#xa0;%1&#xa0;» est négatif&#xa0;; le total dépensé ne peut pas l’être.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of orders.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier de commandes.</translation>
    </message>
    <message>
        <source>“%1” is not a date in the chosen format.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date au format choisi.</translation>
    </message>
    <message>
        <source>“%1” is not a score from 0 to 10.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une note de 0 à 10.</translation>
    </message>
</context>
<context>
    <name>DailyBackups</name>
    <message>
        <source>Cannot write the backup &quot;%1&quot;: %2</source>
        <translation>Impossible d’écrire la sauvegarde «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot back up &quot;%1&quot; to &quot;%2&quot;: %3</source>
        <translation>Impossible de sauvegarder «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>the backup was cancelled</source>
        <translation>la sauvegarde a été annulée</translation>
    </message>
    <message>
        <source>Cannot create the backup folder &quot;%1&quot;.</source>
        <translation>Impossible de créer le dossier des sauvegardes «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot delete the old backup &quot;%1&quot;.</source>
        <translation>Impossible de supprimer l’ancienne sauvegarde «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read the backup &quot;%1&quot;: %2</source>
        <translation>Impossible de lire la sauvegarde «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database Grapevine can read.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une base de données que Grapevine peut lire.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; is damaged and was not restored. Choose another one.</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» est endommagée et n’a pas été restaurée. Choisissez-en une autre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Grapevine database and was not restored.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une base de données Grapevine et n’a pas été restauré.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; was made by a newer version of Grapevine and was not restored. Install the newer Grapevine to use it.</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» a été créée par une version plus récente de Grapevine et n’a pas été restaurée. Installez cette version plus récente de Grapevine pour l’utiliser.</translation>
    </message>
    <message>
        <source>Cannot restore &quot;%1&quot;: %2</source>
        <translation>Impossible de restaurer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>another program is using the file. Close it and try again.</source>
        <translation>un autre programme utilise le fichier. Fermez-le et réessayez.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created. Choose another place for the database.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’a pas pu être créé. Choisissez un autre emplacement pour la base de données.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; could not be created: %2.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» n’a pas pu être créée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read: %2.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’a pas pu être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Grapevine database (it is not an SQLite file at all). Choose a file that Grapevine created.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une base de données Grapevine (ce n’est pas du tout un fichier SQLite). Choisissez un fichier créé par Grapevine.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Grapevine database (it is not an SQLite file).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une base de données Grapevine (ce n’est pas un fichier SQLite).</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is damaged: it ends after %n byte(s), inside its header. Restore it from a backup copy.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est endommagé&#xa0;: il s’arrête après %n octet, au milieu de son en-tête. Restaurez-le à partir d’une copie de sauvegarde.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est endommagé&#xa0;: il s’arrête après %n octets, au milieu de son en-tête. Restaurez-le à partir d’une copie de sauvegarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: it is cut off (%2 bytes of the expected %3). Restore it from a backup copy.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: il est tronqué (%2 octets sur les %3 attendus). Restaurez-le à partir d’une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>The database was opened read-only.</source>
        <translation>La base de données a été ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>The file is read-only, so changes cannot be saved.</source>
        <translation>Le fichier est en lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>The folder holding the file cannot be written to, so changes cannot be saved.</source>
        <translation>Le dossier qui contient le fichier n’est pas accessible en écriture&#xa0;: les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Grapevine database, or it is encrypted or badly damaged (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une base de données Grapevine, ou elle est chiffrée ou gravement endommagée (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is locked by another program. Close the other program and try again.</source>
        <translation>«&#xa0;%1&#xa0;» est verrouillé par un autre programme. Fermez cet autre programme et réessayez.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged and cannot be opened (%2). Restore it from a backup copy.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé et ne peut pas être ouvert (%2). Restaurez-le à partir d’une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database, but not one made by Grapevine. It was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données SQLite, mais elle n’a pas été créée par Grapevine. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved by a newer version of Grapevine (database version %2; this version understands up to %3). Install the newer Grapevine to open it. The file was not changed.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré par une version plus récente de Grapevine (version de base de données %2&#xa0;; cette version comprend jusqu’à la %3). Installez la version récente de Grapevine pour l’ouvrir. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged and cannot be opened safely. It was not changed; restore it from a backup copy. (SQLite reports: %2)</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé et ne peut pas être ouvert sans risque. Il n’a pas été modifié&#xa0;; restaurez-le à partir d’une copie de sauvegarde. (Message de SQLite&#xa0;: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs to be updated for this version of Grapevine, but it cannot be written. Copy it to a folder you can write to, then open the copy.</source>
        <translation>«&#xa0;%1&#xa0;» doit être mis à jour pour cette version de Grapevine, mais il n’est pas accessible en écriture. Copiez-le dans un dossier où vous pouvez écrire, puis ouvrez la copie.</translation>
    </message>
    <message>
        <source>Before updating &quot;%1&quot;, Grapevine makes a safety copy, and that failed (%2). The file was not changed. Free some disk space or check the folder&apos;s permissions.</source>
        <translation>Avant de mettre à jour «&#xa0;%1&#xa0;», Grapevine fait une copie de sécurité, et celle-ci a échoué (%2). Le fichier n’a pas été modifié. Libérez de l’espace disque ou vérifiez les autorisations du dossier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty and cannot be written, so no database can be created in it.</source>
        <translation>«&#xa0;%1&#xa0;» est vide et n’est pas accessible en écriture&#xa0;: aucune base de données ne peut y être créée.</translation>
    </message>
    <message>
        <source>A copy made before the update is at &quot;%1&quot;.</source>
        <translation>Une copie faite avant la mise à jour se trouve dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Choose a different file than the open database for the copy.</source>
        <translation>Choisissez pour la copie un fichier différent de la base de données ouverte.</translation>
    </message>
    <message>
        <source>The copy could not be written to &quot;%1&quot;: %2.</source>
        <translation>La copie n’a pas pu être écrite dans «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The copy could not be saved as &quot;%1&quot;: %2.</source>
        <translation>La copie n’a pas pu être enregistrée sous «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>The schema version could not be read: %1</source>
        <translation>La version du schéma n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>Le contrôle d’intégrité n’a pas pu s’exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <source>The foreign-key check could not run: %1</source>
        <translation>Le contrôle des clés étrangères n’a pas pu s’exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing row in %3</source>
        <translation>%1, ligne %2, fait référence à une ligne manquante dans %3</translation>
    </message>
    <message>
        <source>The tables could not be listed: %1</source>
        <translation>Les tables n’ont pas pu être listées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The rows of %1 could not be counted: %2</source>
        <translation>Les lignes de %1 n’ont pas pu être comptées&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Creating the demo data was cancelled; nothing was written.</source>
        <translation>La création des données de démonstration a été annulée&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Checking that the database is empty</source>
        <translation>Vérification que la base de données est vide</translation>
    </message>
    <message>
        <source>Demo data can only be written into an empty database, and this one already holds advocates, campaigns, referrals or mentions. Create a new database for it.</source>
        <translation>Les données de démonstration ne peuvent être écrites que dans une base de données vide, et celle-ci contient déjà des ambassadeurs, des campagnes, des parrainages ou des mentions. Créez une nouvelle base de données pour la démo.</translation>
    </message>
    <message>
        <source>Writing the demo tags</source>
        <translation>Écriture des étiquettes de démonstration</translation>
    </message>
    <message>
        <source>Writing the demo campaign costs</source>
        <translation>Écriture des coûts de campagne de démonstration</translation>
    </message>
    <message>
        <source>Preparing the search index</source>
        <translation>Préparation de l’index de recherche</translation>
    </message>
    <message>
        <source>Writing the demo advocates</source>
        <translation>Écriture des ambassadeurs de démonstration</translation>
    </message>
    <message>
        <source>Writing the demo advocates&apos; tags</source>
        <translation>Écriture des étiquettes des ambassadeurs de démonstration</translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation>Construction de l’index de recherche</translation>
    </message>
    <message>
        <source>Writing the demo referrals</source>
        <translation>Écriture des parrainages de démonstration</translation>
    </message>
    <message>
        <source>Writing the demo referral history</source>
        <translation>Écriture de l’historique des parrainages de démonstration</translation>
    </message>
    <message>
        <source>Writing the demo rewards</source>
        <translation>Écriture des récompenses de démonstration</translation>
    </message>
    <message>
        <source>Writing the demo milestone rewards</source>
        <translation>Écriture des récompenses de palier de démonstration</translation>
    </message>
    <message>
        <source>Writing the demo review queue</source>
        <translation>Écriture de la file de vérification de démonstration</translation>
    </message>
    <message>
        <source>Writing the demo mentions</source>
        <translation>Écriture des mentions de démonstration</translation>
    </message>
    <message>
        <source>The numbers of advocates, referrals and mentions cannot be negative.</source>
        <translation>Les nombres d’ambassadeurs, de parrainages et de mentions ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>The demo can have at most %1 advocates, %1 referrals and %1 mentions.</source>
        <translation>La démo peut compter au plus %1 ambassadeurs, %1 parrainages et %1 mentions.</translation>
    </message>
    <message>
        <source>Referrals need advocates who make them: ask for at least one advocate.</source>
        <translation>Les parrainages ont besoin d’ambassadeurs qui les font&#xa0;: demandez au moins un ambassadeur.</translation>
    </message>
    <message>
        <source>The demo needs a valid date for &quot;today&quot;.</source>
        <translation>La démo a besoin d’une date valide pour «&#xa0;aujourd’hui&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Email</name>
    <message>
        <source>The email address is empty.</source>
        <translation>L’adresse e-mail est vide.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has no @ sign.</source>
        <translation>L’adresse e-mail «&#xa0;%1&#xa0;» n’a pas de signe @.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has more than one @ sign.</source>
        <translation>L’adresse e-mail «&#xa0;%1&#xa0;» a plus d’un signe @.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has nothing before the @ sign.</source>
        <translation>L’adresse e-mail «&#xa0;%1&#xa0;» n’a rien avant le signe @.</translation>
    </message>
    <message>
        <source>The part before the @ sign of &quot;%1&quot; is longer than 64 characters.</source>
        <translation>La partie avant le signe @ de «&#xa0;%1&#xa0;» dépasse 64 caractères.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has a misplaced dot before the @ sign.</source>
        <translation>L’adresse e-mail «&#xa0;%1&#xa0;» a un point mal placé avant le signe @.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has nothing after the @ sign.</source>
        <translation>L’adresse e-mail «&#xa0;%1&#xa0;» n’a rien après le signe @.</translation>
    </message>
    <message>
        <source>The domain of &quot;%1&quot; needs a dot, as in example.com.</source>
        <translation>Le domaine de «&#xa0;%1&#xa0;» doit contenir un point, comme dans example.com.</translation>
    </message>
    <message>
        <source>The domain of &quot;%1&quot; is not a valid domain name.</source>
        <translation>Le domaine de «&#xa0;%1&#xa0;» n’est pas un nom de domaine valide.</translation>
    </message>
    <message>
        <source>The domain of &quot;%1&quot; contains the character &quot;%2&quot;, which domains cannot have.</source>
        <translation>Le domaine de «&#xa0;%1&#xa0;» contient le caractère «&#xa0;%2&#xa0;», interdit dans les noms de domaine.</translation>
    </message>
    <message>
        <source>The email address is longer than 254 characters.</source>
        <translation>L’adresse e-mail dépasse 254 caractères.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; contains the character &quot;%2&quot; before the @ sign.</source>
        <translation>L’adresse e-mail «&#xa0;%1&#xa0;» contient le caractère «&#xa0;%2&#xa0;» avant le signe @.</translation>
    </message>
</context>
<context>
    <name>FraudCheck</name>
    <message>
        <source>Checking the referral for review</source>
        <translation>Contrôle du parrainage avant vérification</translation>
    </message>
    <message>
        <source>The referrer no longer exists.</source>
        <translation>Le parrain n’existe plus.</translation>
    </message>
    <message>
        <source>The friend&apos;s e-mail address %1 is the referrer&apos;s own.</source>
        <translation>L’adresse e-mail du filleul, %1, est celle du parrain.</translation>
    </message>
    <message>
        <source>The friend&apos;s phone number is the referrer&apos;s own.</source>
        <translation>Le numéro de téléphone du filleul est celui du parrain.</translation>
    </message>
    <message>
        <source>The friend has the referrer&apos;s name and address: possibly the referrer themselves.</source>
        <translation>Le filleul a le nom et l’adresse du parrain&#xa0;: il s’agit peut-être du parrain lui-même.</translation>
    </message>
    <message>
        <source>%1 lives at the referrer&apos;s address and shares their last name: the same household.</source>
        <translation>%1 habite à l’adresse du parrain et porte le même nom de famille&#xa0;: même foyer.</translation>
    </message>
    <message>
        <source>%1 was already a customer before this referral.</source>
        <translation>%1 était déjà client avant ce parrainage.</translation>
    </message>
    <message numerus="yes">
        <source>%1 made %Ln referrals within %2 hours.</source>
        <translation>
            <numerusform>%1 a fait %Ln parrainage en %2 heures.</numerusform>
            <numerusform>%1 a fait %Ln parrainages en %2 heures.</numerusform>
        </translation>
    </message>
    <message>
        <source>The referrer</source>
        <translation>Le parrain</translation>
    </message>
    <message>
        <source>%1 is an address of a throw-away e-mail service.</source>
        <translation>%1 est une adresse d’un service d’e-mail jetable.</translation>
    </message>
    <message>
        <source>Checking whether the friend was already a customer</source>
        <translation>Vérification que le filleul n’était pas déjà client</translation>
    </message>
</context>
<context>
    <name>FraudFlag</name>
    <message>
        <source>Self-referral (same e-mail)</source>
        <translation>Auto-parrainage (même e-mail)</translation>
    </message>
    <message>
        <source>Self-referral (same phone)</source>
        <translation>Auto-parrainage (même téléphone)</translation>
    </message>
    <message>
        <source>Same household</source>
        <translation>Même foyer</translation>
    </message>
    <message>
        <source>Already a customer</source>
        <translation>Déjà client</translation>
    </message>
    <message>
        <source>Many referrals in a short time</source>
        <translation>Nombreux parrainages en peu de temps</translation>
    </message>
    <message>
        <source>Disposable e-mail address</source>
        <translation>Adresse e-mail jetable</translation>
    </message>
</context>
<context>
    <name>ImportBatchActions</name>
    <message>
        <source>Undo Import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <source>The database is read-only (%1), so the import cannot be undone.</source>
        <translation>La base de données est en lecture seule (%1)&#xa0;: l’import ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>The Import Cannot Be Undone</source>
        <translation>Impossible d’annuler l’import</translation>
    </message>
    <message numerus="yes">
        <source>%Ln advocate(s) from the import of “%1” made referrals or earned rewards since. Undoing the import would delete those referrals and rewards too, so Grapevine does not undo it. Delete or edit those advocates one by one instead.</source>
        <translation>
            <numerusform>%Ln ambassadeur issu de l’import de «&#xa0;%1&#xa0;» a depuis fait des parrainages ou gagné des récompenses. Annuler l’import supprimerait aussi ces parrainages et ces récompenses&#xa0;: Grapevine ne l’annule donc pas. Supprimez ou modifiez plutôt cet ambassadeur individuellement.</numerusform>
            <numerusform>%Ln ambassadeurs issus de l’import de «&#xa0;%1&#xa0;» ont depuis fait des parrainages ou gagné des récompenses. Annuler l’import supprimerait aussi ces parrainages et ces récompenses&#xa0;: Grapevine ne l’annule donc pas. Supprimez ou modifiez plutôt ces ambassadeurs un par un.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s) from the import of “%1” have been paid out since. A paid reward cannot be taken back, so Grapevine does not undo the import.</source>
        <translation>
            <numerusform>%Ln récompense issue de l’import de «&#xa0;%1&#xa0;» a été versée depuis. Une récompense versée ne peut pas être reprise&#xa0;: Grapevine n’annule donc pas l’import.</numerusform>
            <numerusform>%Ln récompenses issues de l’import de «&#xa0;%1&#xa0;» ont été versées depuis. Une récompense versée ne peut pas être reprise&#xa0;: Grapevine n’annule donc pas l’import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln advocate(s) created by this import will be deleted;</source>
        <translation>
            <numerusform>%Ln ambassadeur créé par cet import sera supprimé&#xa0;;</numerusform>
            <numerusform>%Ln ambassadeurs créés par cet import seront supprimés&#xa0;;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s) added by this import will be deleted;</source>
        <translation>
            <numerusform>%Ln mention ajoutée par cet import sera supprimée;</numerusform>
            <numerusform>%Ln mentions ajoutées par cet import seront supprimées;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s) recorded by this import will be deleted;</source>
        <translation>
            <numerusform>%Ln parrainage enregistré par cet import sera supprimé&#xa0;;</numerusform>
            <numerusform>%Ln parrainages enregistrés par cet import seront supprimés&#xa0;;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed advocate(s) get their old values back.</source>
        <translation>
            <numerusform>%Ln ambassadeur modifié retrouvera ses anciennes valeurs.</numerusform>
            <numerusform>%Ln ambassadeurs modifiés retrouveront leurs anciennes valeurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln converted referral(s) go back to how they were, and the rewards of those conversions are deleted.</source>
        <translation>
            <numerusform>%Ln parrainage converti revient à son état antérieur, et les récompenses de cette conversion sont supprimées.</numerusform>
            <numerusform>%Ln parrainages convertis reviennent à leur état antérieur, et les récompenses de ces conversions sont supprimées.</numerusform>
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
            <numerusform>%Ln des enregistrements créés a été modifié après l’import&#xa0;; il est supprimé malgré tout.</numerusform>
            <numerusform>%Ln des enregistrements créés ont été modifiés après l’import&#xa0;; ils sont supprimés malgré tout.</numerusform>
        </translation>
    </message>
    <message>
        <source>Values changed by hand since the import are kept.</source>
        <translation>Les valeurs modifiées à la main depuis l’import sont conservées.</translation>
    </message>
    <message>
        <source>Undo the Import of “%1”?</source>
        <translation>Annuler l’import de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Undoing the import of “%1”…</source>
        <translation>Annulation de l’import de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message numerus="yes">
        <source>The import was undone: %Ln advocate(s) deleted,</source>
        <translation>
            <numerusform>L’import a été annulé&#xa0;: %Ln ambassadeur supprimé,</numerusform>
            <numerusform>L’import a été annulé&#xa0;: %Ln ambassadeurs supprimés,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was undone: %Ln mention(s) deleted,</source>
        <translation>
            <numerusform>L’import a été annulé&#xa0;: %Ln mention supprimée,</numerusform>
            <numerusform>L’import a été annulé&#xa0;: %Ln mentions supprimées,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was undone: %Ln referral(s) deleted,</source>
        <translation>
            <numerusform>L’import a été annulé&#xa0;: %Ln parrainage supprimé,</numerusform>
            <numerusform>L’import a été annulé&#xa0;: %Ln parrainages supprimés,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln put back as they were.</source>
        <translation>
            <numerusform>%Ln remis dans son état antérieur.</numerusform>
            <numerusform>%Ln remis dans leur état antérieur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) edited after the import were kept.</source>
        <translation>
            <numerusform>%Ln valeur modifiée après l’import a été conservée.</numerusform>
            <numerusform>%Ln valeurs modifiées après l’import ont été conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 - rejected rows.csv</source>
        <extracomment>The suggested name of the file of rejected rows; %1 is the imported file&apos;s name without its extension</extracomment>
        <translation>%1 - lignes rejetées.csv</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saving the rejected rows…</source>
        <translation>Enregistrement des lignes rejetées…</translation>
    </message>
    <message>
        <source>Cannot Save the Rejected Rows</source>
        <translation>Impossible d’enregistrer les lignes rejetées</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln rejected row(s) to %1. Fix them there and import that file again: the first column, with the reason, is not imported.</source>
        <translation>
            <numerusform>%Ln ligne rejetée enregistrée dans %1. Corrigez-la dans ce fichier et importez-le à nouveau&#xa0;: la première colonne, celle du motif, n’est pas importée.</numerusform>
            <numerusform>%Ln lignes rejetées enregistrées dans %1. Corrigez-les dans ce fichier et importez-le à nouveau&#xa0;: la première colonne, celle du motif, n’est pas importée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportBatchStore</name>
    <message>
        <source>A row count of an import cannot be negative.</source>
        <translation>Un nombre de lignes d’import ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The column mapping of an import is not a valid JSON object.</source>
        <translation>La correspondance des colonnes d’un import n’est pas un objet JSON valide.</translation>
    </message>
    <message>
        <source>Saving the import</source>
        <translation>Enregistrement de l’import</translation>
    </message>
    <message>
        <source>Reading the import</source>
        <translation>Lecture de l’import</translation>
    </message>
    <message>
        <source>The import no longer exists.</source>
        <translation>L’import n’existe plus.</translation>
    </message>
    <message>
        <source>The import has not been saved yet.</source>
        <translation>L’import n’a pas encore été enregistré.</translation>
    </message>
    <message>
        <source>Deleting the import</source>
        <translation>Suppression de l’import</translation>
    </message>
    <message>
        <source>A row number cannot be negative.</source>
        <translation>Un numéro de ligne ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Say what is wrong with the row.</source>
        <translation>Indiquez ce qui ne va pas dans la ligne.</translation>
    </message>
    <message>
        <source>Checking the import</source>
        <translation>Vérification de l’import</translation>
    </message>
    <message>
        <source>The import this row belongs to no longer exists.</source>
        <translation>L’import auquel appartient cette ligne n’existe plus.</translation>
    </message>
    <message>
        <source>Recording the problem in row %1</source>
        <translation>Enregistrement du problème de la ligne %1</translation>
    </message>
    <message>
        <source>Reading the import&apos;s row errors</source>
        <translation>Lecture des erreurs de lignes de l’import</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Listing the rejected rows</source>
        <translation>Liste des lignes rejetées</translation>
    </message>
    <message>
        <source>Recording the change for undo</source>
        <translation>Enregistrement de la modification pour l’annulation</translation>
    </message>
    <message>
        <source>The file cannot be read again from its start.</source>
        <translation>Le fichier ne peut pas être relu depuis le début.</translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation>Problème d’import</translation>
    </message>
    <message>
        <source>Preparing the import</source>
        <translation>Préparation de l’import</translation>
    </message>
    <message>
        <source>Saving the import of &quot;%1&quot;</source>
        <translation>Enregistrement de l’import de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ImportKinds</name>
    <message>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <source>Buyer&apos;s e-mail</source>
        <translation>E-mail de l’acheteur</translation>
    </message>
    <message>
        <source>Buyer&apos;s name</source>
        <translation>Nom de l’acheteur</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Total de la commande</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Date de la commande</translation>
    </message>
    <message>
        <source>Referral or discount code</source>
        <translation>Code de parrainage ou de réduction</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Parrainé par</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Statut du paiement</translation>
    </message>
    <message>
        <source>Date posted</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>Source or channel</source>
        <translation>Source ou canal</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Author&apos;s e-mail</source>
        <translation>E-mail de l’auteur</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Rating (stars)</source>
        <translation>Note (étoiles)</translation>
    </message>
    <message>
        <source>An order is matched to a referral by the buyer&apos;s email or the referral code used; this file has no column Grapevine recognises for either. Name the columns in the mapping.</source>
        <translation>Une commande est rattachée à un parrainage par l’e-mail de l’acheteur ou par le code de parrainage utilisé&#xa0;; ce fichier n’a aucune colonne que Grapevine reconnaît pour l’un ou l’autre. Indiquez les colonnes dans la correspondance.</translation>
    </message>
    <message>
        <source>A mention needs the date it was posted and its text or link; this file has no column Grapevine recognises for %1. Name the columns in the mapping.</source>
        <translation>Une mention a besoin de sa date de publication et de son texte ou de son lien&#xa0;; ce fichier n’a aucune colonne que Grapevine reconnaît pour %1. Indiquez les colonnes dans la correspondance.</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>la date</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>le texte</translation>
    </message>
    <message>
        <source>Grapevine tells people apart by their email, and this file has no column Grapevine recognises as email addresses. Name the email column in the mapping.</source>
        <translation>Grapevine distingue les personnes par leur e-mail, et ce fichier n’a aucune colonne que Grapevine reconnaît comme des adresses e-mail. Indiquez la colonne des e-mails dans la correspondance.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>The dates in “%1” could be day/month or month/day (like 03/04/2026). Choose the date format so that no date is read the wrong way round.</source>
        <translation>Les dates de «&#xa0;%1&#xa0;» peuvent se lire jour/mois ou mois/jour (comme 03/04/2026). Choisissez le format de date pour qu’aucune date ne soit lue à l’envers.</translation>
    </message>
    <message>
        <source>The dates in “%1” are not all in one format. Choose the date format; rows whose date does not follow it are listed as rejected.</source>
        <translation>Les dates de «&#xa0;%1&#xa0;» ne sont pas toutes au même format. Choisissez le format de date&#xa0;; les lignes dont la date ne le suit pas seront listées comme rejetées.</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>There is no import number %1.</source>
        <translation>Il n’y a pas d’import numéro %1.</translation>
    </message>
    <message>
        <source>The import of %1 was already undone on %2.</source>
        <translation>L’import de %1 a déjà été annulé le %2.</translation>
    </message>
    <message>
        <source>The import of %1 did not finish; it left nothing to undo.</source>
        <translation>L’import de %1 ne s’est pas terminé&#xa0;; il n’a rien laissé à annuler.</translation>
    </message>
    <message>
        <source>Checking what the undo would do</source>
        <translation>Vérification des effets de l’annulation</translation>
    </message>
    <message numerus="yes">
        <source>Records from this import have been built on since (%n in all): advocates who made referrals or earned rewards, or rewards already paid out. Undoing the import would take those too, so it is not undone.</source>
        <translation>
            <numerusform>Des enregistrements de cet import ont servi depuis (%n au total)&#xa0;: ambassadeurs ayant fait des parrainages ou gagné des récompenses, ou récompenses déjà versées. Annuler l’import les supprimerait aussi&#xa0;: il n’est donc pas annulé.</numerusform>
            <numerusform>Des enregistrements de cet import ont servi depuis (%n au total)&#xa0;: ambassadeurs ayant fait des parrainages ou gagné des récompenses, ou récompenses déjà versées. Annuler l’import les supprimerait aussi&#xa0;: il n’est donc pas annulé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the import</source>
        <translation>Annulation de l’import</translation>
    </message>
</context>
<context>
    <name>IndexSuspension</name>
    <message>
        <source>Preparing the import</source>
        <translation>Préparation de l’import</translation>
    </message>
    <message>
        <source>Rebuilding the indexes after the import</source>
        <translation>Reconstruction des index après l’import</translation>
    </message>
</context>
<context>
    <name>InvitationRecipients</name>
    <message>
        <source>Counting the advocates who can be invited</source>
        <translation>Comptage des ambassadeurs pouvant être invités</translation>
    </message>
    <message>
        <source>Finding an advocate for the preview</source>
        <translation>Recherche d’un ambassadeur pour l’aperçu</translation>
    </message>
    <message>
        <source>Looking up advocates</source>
        <translation>Recherche d’ambassadeurs</translation>
    </message>
    <message>
        <source>Reading the advocates to invite</source>
        <translation>Lecture des ambassadeurs à inviter</translation>
    </message>
</context>
<context>
    <name>InvitationTemplate</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>Code de parrainage</translation>
    </message>
    <message>
        <source>Personal link</source>
        <translation>Lien personnel</translation>
    </message>
    <message>
        <source>Advocate&apos;s reward</source>
        <translation>Récompense de l’ambassadeur</translation>
    </message>
    <message>
        <source>Friend&apos;s reward</source>
        <translation>Récompense de l’ami</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Texte de transparence</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Nom de la campagne</translation>
    </message>
    <message>
        <source>Hi {first_name},

thank you for recommending {business_name}! When a friend uses your personal link or your code {referral_code}, they get {friend_reward} and you get {advocate_reward}.

Your link: {link}

{disclosure}

Best wishes,
{business_name}</source>
        <extracomment>Keep the {names} in braces as they are: they are replaced by each advocate&apos;s details.</extracomment>
        <translation>Bonjour {first_name},

Merci de recommander {business_name}&#xa0;! Quand un ami utilise votre lien personnel ou votre code {referral_code}, il reçoit {friend_reward} et vous recevez {advocate_reward}.

Votre lien&#xa0;: {link}

{disclosure}

Bien cordialement,
{business_name}</translation>
    </message>
</context>
<context>
    <name>LedgerEntry</name>
    <message>
        <source>Earned</source>
        <translation>Acquise</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Versée</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Ajustée</translation>
    </message>
</context>
<context>
    <name>MappingPresets</name>
    <message>
        <source>Reading the saved column mappings</source>
        <translation>Lecture des correspondances de colonnes enregistrées</translation>
    </message>
    <message>
        <source>Saving the column mapping</source>
        <translation>Enregistrement de la correspondance de colonnes</translation>
    </message>
    <message>
        <source>Give the column mapping a name.</source>
        <translation>Donnez un nom à la correspondance de colonnes.</translation>
    </message>
    <message>
        <source>“%1” should be written field=Column heading, for example email=E-Mail.</source>
        <translation>«&#xa0;%1&#xa0;» doit s’écrire champ=En-tête de colonne, par exemple email=E-Mail.</translation>
    </message>
    <message>
        <source>“%1” is not a field Grapevine imports. The fields are: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un champ importé par Grapevine. Les champs sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The mapping is empty.</source>
        <translation>La correspondance est vide.</translation>
    </message>
</context>
<context>
    <name>Mention</name>
    <message>
        <source>Say when the mention happened.</source>
        <translation>Indiquez quand la mention a eu lieu.</translation>
    </message>
    <message>
        <source>Choose the channel where the mention appeared.</source>
        <translation>Choisissez le canal sur lequel la mention est parue.</translation>
    </message>
    <message>
        <source>The reach cannot be negative.</source>
        <translation>La portée ne peut pas être négative.</translation>
    </message>
    <message>
        <source>A testimonial needs the date on which the author allowed it to be reused.</source>
        <translation>Un témoignage a besoin de la date à laquelle l’auteur a autorisé sa réutilisation.</translation>
    </message>
    <message>
        <source>Only a positive mention can be a testimonial.</source>
        <translation>Seule une mention positive peut devenir un témoignage.</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <source>No response needed</source>
        <translation>Aucune réponse requise</translation>
    </message>
    <message>
        <source>Needs response</source>
        <translation>Réponse requise</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
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
        <translation>Avis Google</translation>
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
        <translation>Forum ou blog</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Keep at least one channel.</source>
        <translation>Gardez au moins un canal.</translation>
    </message>
    <message>
        <source>Every channel needs a name.</source>
        <translation>Chaque canal doit avoir un nom.</translation>
    </message>
    <message>
        <source>The channel “%1” has a character that cannot be kept.</source>
        <translation>Le canal «&#xa0;%1&#xa0;» contient un caractère qui ne peut pas être conservé.</translation>
    </message>
    <message>
        <source>The channel “%1” is in the list twice.</source>
        <translation>Le canal «&#xa0;%1&#xa0;» figure deux fois dans la liste.</translation>
    </message>
</context>
<context>
    <name>MentionCommands</name>
    <message>
        <source>This mention was changed elsewhere (in another Grapevine window or by an import) after this step, so undoing or redoing it now would throw that change away. Nothing was changed.</source>
        <translation>Cette mention a été modifiée ailleurs (dans une autre fenêtre de Grapevine ou par un import) après cette étape&#xa0;: l’annuler ou la rétablir maintenant effacerait cette modification. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>MentionImport</name>
    <message>
        <source>Preparing the import</source>
        <translation>Préparation de l’import</translation>
    </message>
    <message>
        <source>“%1” is not one of your mention channels; its mentions are filed under Other. Add the channel in the settings to keep them apart.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de vos canaux de mentions&#xa0;; ses mentions sont classées dans Autre. Ajoutez le canal dans les paramètres pour les distinguer.</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>La date est vide.</translation>
    </message>
    <message>
        <source>“%1” is not a date in the chosen format.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date au format choisi.</translation>
    </message>
    <message>
        <source>The mention has neither text nor link.</source>
        <translation>La mention n’a ni texte ni lien.</translation>
    </message>
    <message>
        <source>“%1” is not positive, neutral or negative.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni positif, ni neutre, ni négatif.</translation>
    </message>
    <message>
        <source>“%1” is not a rating from 1 to 5.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une note de 1 à 5.</translation>
    </message>
    <message>
        <source>“%1” is not a number of people.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre de personnes.</translation>
    </message>
    <message>
        <source>Looking for the mention</source>
        <translation>Recherche de la mention</translation>
    </message>
    <message>
        <source>Already among the mentions</source>
        <translation>Déjà parmi les mentions</translation>
    </message>
</context>
<context>
    <name>MentionStore</name>
    <message>
        <source>Checking the mention</source>
        <translation>Vérification de la mention</translation>
    </message>
    <message>
        <source>The advocate linked to this mention no longer exists.</source>
        <translation>L’ambassadeur lié à cette mention n’existe plus.</translation>
    </message>
    <message>
        <source>The campaign linked to this mention no longer exists.</source>
        <translation>La campagne liée à cette mention n’existe plus.</translation>
    </message>
    <message>
        <source>The import this mention came from no longer exists.</source>
        <translation>L’import dont provient cette mention n’existe plus.</translation>
    </message>
    <message>
        <source>Saving the mention</source>
        <translation>Enregistrement de la mention</translation>
    </message>
    <message>
        <source>Reading the mention</source>
        <translation>Lecture de la mention</translation>
    </message>
    <message>
        <source>The mention no longer exists.</source>
        <translation>La mention n’existe plus.</translation>
    </message>
    <message>
        <source>The mention has not been saved yet.</source>
        <translation>La mention n’a pas encore été enregistrée.</translation>
    </message>
    <message>
        <source>Deleting the mention</source>
        <translation>Suppression de la mention</translation>
    </message>
    <message>
        <source>The mention to put back was never saved.</source>
        <translation>La mention à restaurer n’a jamais été enregistrée.</translation>
    </message>
    <message>
        <source>Putting the mention back</source>
        <translation>Restauration de la mention</translation>
    </message>
    <message>
        <source>The mention is already there.</source>
        <translation>La mention est déjà présente.</translation>
    </message>
    <message>
        <source>Reading the advocate&apos;s mentions</source>
        <translation>Lecture des mentions de l’ambassadeur</translation>
    </message>
    <message>
        <source>This mention was changed elsewhere (in another Grapevine window or by an import) after it was read. Nothing was saved, so that neither change is lost: look at it again and repeat what you did.</source>
        <translation>Cette mention a été modifiée ailleurs (dans une autre fenêtre de Grapevine ou par un import) après avoir été lue. Rien n’a été enregistré, pour qu’aucune des deux modifications ne soit perdue&#xa0;: regardez-la à nouveau et refaites ce que vous avez fait.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The update step %1 is missing from this program (%2).</source>
        <translation>L’étape de mise à jour %1 manque dans ce programme (%2).</translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed, and it was left as it was. %2: %3</source>
        <translation>La mise à jour de la base de données vers la version %1 a échoué&#xa0;; elle a été laissée telle quelle. %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Could not start the update</source>
        <translation>Impossible de démarrer la mise à jour</translation>
    </message>
    <message>
        <source>Step failed</source>
        <translation>Échec de l’étape</translation>
    </message>
    <message>
        <source>Could not check references</source>
        <translation>Impossible de vérifier les références</translation>
    </message>
    <message>
        <source>References broken</source>
        <translation>Références rompues</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>table %1</translation>
    </message>
    <message>
        <source>Could not stamp the file</source>
        <translation>Impossible de marquer le fichier</translation>
    </message>
    <message>
        <source>Could not record the version</source>
        <translation>Impossible d’enregistrer la version</translation>
    </message>
    <message>
        <source>Could not save the update</source>
        <translation>Impossible d’enregistrer la mise à jour</translation>
    </message>
</context>
<context>
    <name>OrderImport</name>
    <message>
        <source>Preparing the import</source>
        <translation>Préparation de l’import</translation>
    </message>
    <message>
        <source>Looking for the referral</source>
        <translation>Recherche du parrainage</translation>
    </message>
    <message>
        <source>Reading the referral</source>
        <translation>Lecture du parrainage</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money (or has more decimals than the currency).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant (ou a plus de décimales que la devise).</translation>
    </message>
    <message>
        <source>“%1” is not a date in the chosen format.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date au format choisi.</translation>
    </message>
    <message>
        <source>Refunded or cancelled: not a conversion</source>
        <translation>Remboursée ou annulée&#xa0;: pas une conversion</translation>
    </message>
    <message>
        <source>Order %1 is already recorded</source>
        <translation>La commande %1 est déjà enregistrée</translation>
    </message>
    <message>
        <source>A referral is open, but the row has no order value</source>
        <translation>Un parrainage est ouvert, mais la ligne n’a pas de montant de commande</translation>
    </message>
    <message>
        <source>Referral converted</source>
        <translation>Parrainage converti</translation>
    </message>
    <message>
        <source>No advocate has the email or referral code “%1”.</source>
        <translation>Aucun ambassadeur n’a l’e-mail ou le code de parrainage «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No referral: an ordinary order</source>
        <translation>Pas de parrainage&#xa0;: une commande ordinaire</translation>
    </message>
    <message>
        <source>%1 is no advocate&apos;s referral code (a discount code?)</source>
        <translation>%1 n’est le code de parrainage d’aucun ambassadeur (un code de réduction&#xa0;?)</translation>
    </message>
    <message>
        <source>No active campaign was running on %1; activate one (or add a Campaign column) and import the row again.</source>
        <translation>Aucune campagne active ne tournait le %1&#xa0;; activez-en une (ou ajoutez une colonne Campagne) et importez à nouveau la ligne.</translation>
    </message>
    <message>
        <source>There is no campaign called “%1”.</source>
        <translation>Aucune campagne ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Recording the referral</source>
        <translation>Enregistrement du parrainage</translation>
    </message>
    <message>
        <source>New referral by %1, converted</source>
        <translation>Nouveau parrainage par %1, converti</translation>
    </message>
    <message>
        <source>New referral by %1</source>
        <translation>Nouveau parrainage par %1</translation>
    </message>
</context>
<context>
    <name>PayoutExport</name>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>Reward %1</source>
        <translation>Récompense %1</translation>
    </message>
    <message>
        <source>Reading the rewards to pay out</source>
        <translation>Lecture des récompenses à verser</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Récompense</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>Coût (%1)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
</context>
<context>
    <name>PeriodTotals</name>
    <message>
        <source>Adding up the referrals, rewards and costs of a period</source>
        <translation>Calcul des parrainages, récompenses et coûts d’une période</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Exporting the personal data</source>
        <translation>Export des données personnelles</translation>
    </message>
    <message>
        <source>The advocate no longer exists.</source>
        <translation>L’ambassadeur n’existe plus.</translation>
    </message>
    <message>
        <source>Everything Grapevine stores about this person: their advocate record, tags, the referrals they made and those where they are the friend (with each status change), the rewards they receive, mentions linked to them and import errors that quote their email address. Times are UTC (ISO 8601); amounts ending in _minor are in hundredths (cents) of the currency %1.</source>
        <translation>Tout ce que Grapevine conserve sur cette personne&#xa0;: sa fiche d’ambassadeur, ses étiquettes, les parrainages qu’elle a faits et ceux où elle est filleule (avec chaque changement de statut), les récompenses qu’elle reçoit, les mentions qui lui sont liées et les erreurs d’import qui citent son adresse e-mail. Les heures sont en UTC (ISO 8601)&#xa0;; les montants se terminant par _minor sont en centièmes (centimes) de la devise %1.</translation>
    </message>
    <message>
        <source>Erasing the personal data</source>
        <translation>Effacement des données personnelles</translation>
    </message>
    <message>
        <source>Erased</source>
        <extracomment>Stored as the first name of an advocate whose personal data was erased.</extracomment>
        <translation>Effacé</translation>
    </message>
    <message>
        <source>(erased)</source>
        <extracomment>Replaces the text of mentions and import errors of a person whose data was erased.</extracomment>
        <translation>(effacé)</translation>
    </message>
    <message>
        <source>The personal data was erased, but old copies may remain in unused parts of the file until it is compacted, which failed: %1. Free some disk space, close other windows on this file and erase the person again.</source>
        <translation>Les données personnelles ont été effacées, mais d’anciennes copies peuvent subsister dans des zones inutilisées du fichier tant qu’il n’est pas compacté, ce qui a échoué&#xa0;: %1. Libérez de l’espace disque, fermez les autres fenêtres ouvertes sur ce fichier et effacez de nouveau la personne.</translation>
    </message>
    <message>
        <source>The personal data was erased, but another program or window is still reading the file, so old copies remain in its log file. Close it and erase the person again.</source>
        <translation>Les données personnelles ont été effacées, mais un autre programme ou une autre fenêtre lit encore le fichier&#xa0;: d’anciennes copies restent dans son fichier journal. Fermez-le et effacez de nouveau la personne.</translation>
    </message>
</context>
<context>
    <name>PersonalLink</name>
    <message>
        <source>The campaign has no landing page, so there is no personal link. Add the web address friends should visit in the campaign&apos;s settings.</source>
        <translation>La campagne n’a pas de page de destination&#xa0;: il n’y a donc pas de lien personnel. Ajoutez l’adresse web que les amis doivent visiter dans les paramètres de la campagne.</translation>
    </message>
    <message>
        <source>The landing page &quot;%1&quot; is not a web address, so there is no personal link. Correct it in the campaign&apos;s settings (for example https://shop.example.com/friends).</source>
        <translation>La page de destination «&#xa0;%1&#xa0;» n’est pas une adresse web&#xa0;: il n’y a donc pas de lien personnel. Corrigez-la dans les paramètres de la campagne (par exemple https://boutique.example.com/amis).</translation>
    </message>
</context>
<context>
    <name>ProgramCharts</name>
    <message>
        <source>d/M</source>
        <comment>week label</comment>
        <translation>d/M</translation>
    </message>
    <message>
        <source>MMM</source>
        <comment>month label</comment>
        <translation>MMM</translation>
    </message>
    <message>
        <source>d/M/yy</source>
        <comment>week label with the year</comment>
        <translation>d/M/yy</translation>
    </message>
    <message>
        <source>MMM yy</source>
        <comment>month label with the year</comment>
        <translation>MMM yy</translation>
    </message>
    <message>
        <source>Referrals and conversions over time</source>
        <translation>Parrainages et conversions dans le temps</translation>
    </message>
    <message>
        <source>Referral funnel</source>
        <translation>Entonnoir de parrainage</translation>
    </message>
    <message>
        <source>Return on investment by campaign</source>
        <translation>Retour sur investissement par campagne</translation>
    </message>
    <message>
        <source>Revenue and cost by campaign</source>
        <translation>Chiffre d’affaires et coût par campagne</translation>
    </message>
    <message>
        <source>Mentions by channel and sentiment</source>
        <translation>Mentions par canal et par sentiment</translation>
    </message>
    <message>
        <source>Net sentiment over time</source>
        <translation>Sentiment net dans le temps</translation>
    </message>
    <message>
        <source>Top advocates</source>
        <translation>Meilleurs ambassadeurs</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A ratio shown as a percentage; &quot;—&quot; when it is undefined</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No referrals in this period yet.</source>
        <translation>Aucun parrainage sur cette période pour l’instant.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Parrainages</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertis</translation>
    </message>
    <message>
        <source>%1: %2 referrals, %3 converted</source>
        <translation>%1&#xa0;: %2 parrainages, %3 convertis</translation>
    </message>
    <message>
        <source>%1: %2 converted of %3 referrals</source>
        <translation>%1&#xa0;: %2 convertis sur %3 parrainages</translation>
    </message>
    <message>
        <source>The funnel shows how far referrals get, once there are some.</source>
        <translation>L’entonnoir montre jusqu’où vont les parrainages, dès qu’il y en a.</translation>
    </message>
    <message>
        <source>Rewarded</source>
        <translation>Récompensés</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvés</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of all referrals)</source>
        <translation>%1&#xa0;: %2 (%3 de tous les parrainages)</translation>
    </message>
    <message>
        <source>Rejected: %1 · Reversed: %2</source>
        <translation>Rejetés&#xa0;: %1 · Remboursés&#xa0;: %2</translation>
    </message>
    <message>
        <source>Each campaign&apos;s return shows here once it has referrals or costs.</source>
        <translation>Le retour de chaque campagne s’affiche ici dès qu’elle a des parrainages ou des coûts.</translation>
    </message>
    <message>
        <source>No campaign has had a cost yet, so there is no return to measure: rewards count once they are approved.</source>
        <translation>Aucune campagne n’a encore eu de coût&#xa0;: il n’y a donc pas de retour à mesurer. Les récompenses comptent dès qu’elles sont approuvées.</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Retour sur investissement</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: undefined, the campaign has no cost yet</source>
        <translation>%1&#xa0;: non défini, la campagne n’a pas encore de coût</translation>
    </message>
    <message>
        <source>Each campaign&apos;s revenue and cost show here.</source>
        <translation>Le chiffre d’affaires et le coût de chaque campagne s’affichent ici.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>%1: revenue %2, cost %3</source>
        <translation>%1&#xa0;: chiffre d’affaires %2, coût %3</translation>
    </message>
    <message>
        <source>No mentions in this period. Log what people say on the Mentions page, or import the export of your listening tool.</source>
        <translation>Aucune mention sur cette période. Notez ce que les gens disent sur la page Mentions, ou importez l’export de votre outil de veille.</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <source>Other channels</source>
        <translation>Autres canaux</translation>
    </message>
    <message>
        <source>%1: %2 positive, %3 neutral, %4 negative; reach %5</source>
        <translation>%1&#xa0;: %2 positives, %3 neutres, %4 négatives&#xa0;; portée %5</translation>
    </message>
    <message>
        <source>Net sentiment %1 · reach %2</source>
        <translation>Sentiment net %1 · portée %2</translation>
    </message>
    <message>
        <source>How the tone of what people say changes shows here once there are mentions.</source>
        <translation>L’évolution du ton de ce que disent les gens s’affiche ici dès qu’il y a des mentions.</translation>
    </message>
    <message>
        <source>Net sentiment</source>
        <translation>Sentiment net</translation>
    </message>
    <message>
        <source>%1: net sentiment %2 (%3 positive, %4 neutral, %5 negative)</source>
        <translation>%1&#xa0;: sentiment net %2 (%3 positives, %4 neutres, %5 négatives)</translation>
    </message>
    <message>
        <source>The advocates who bring the most customers show here.</source>
        <translation>Les ambassadeurs qui amènent le plus de clients s’affichent ici.</translation>
    </message>
    <message>
        <source>Converted referrals</source>
        <translation>Parrainages convertis</translation>
    </message>
    <message>
        <source>%1: %2 converted of %3 referrals, revenue %4</source>
        <translation>%1&#xa0;: %2 convertis sur %3 parrainages, chiffre d’affaires %4</translation>
    </message>
</context>
<context>
    <name>ProgramMetrics</name>
    <message>
        <source>Computing the program&apos;s metrics</source>
        <translation>Calcul des indicateurs du programme</translation>
    </message>
    <message>
        <source>There is not enough memory to follow the referral chains.</source>
        <translation>Mémoire insuffisante pour suivre les chaînes de parrainage.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Please Wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation>Il n’y a rien à mettre dans le QR code.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes). Use a shorter link.</source>
        <translation>Le texte est trop long pour un QR code (%1 octets). Utilisez un lien plus court.</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>Le QR code n’a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>RecordExport</name>
    <message>
        <source>Reading the referrals to export</source>
        <translation>Lecture des parrainages à exporter</translation>
    </message>
    <message>
        <source>Reading the rewards to export</source>
        <translation>Lecture des récompenses à exporter</translation>
    </message>
    <message>
        <source>Reading the mentions to export</source>
        <translation>Lecture des mentions à exporter</translation>
    </message>
    <message>
        <source>Reading the advocates to export</source>
        <translation>Lecture des ambassadeurs à exporter</translation>
    </message>
    <message>
        <source>Counting the referrals to export</source>
        <translation>Comptage des parrainages à exporter</translation>
    </message>
    <message>
        <source>Counting the rewards to export</source>
        <translation>Comptage des récompenses à exporter</translation>
    </message>
    <message>
        <source>Counting the mentions to export</source>
        <translation>Comptage des mentions à exporter</translation>
    </message>
    <message>
        <source>Counting the advocates to export</source>
        <translation>Comptage des ambassadeurs à exporter</translation>
    </message>
    <message>
        <source>Export Referrals</source>
        <translation>Exporter les parrainages</translation>
    </message>
    <message>
        <source>Export Rewards</source>
        <translation>Exporter les récompenses</translation>
    </message>
    <message>
        <source>Export Mentions</source>
        <translation>Exporter les mentions</translation>
    </message>
    <message>
        <source>Export Advocates</source>
        <translation>Exporter les ambassadeurs</translation>
    </message>
    <message>
        <source>Referrals with their campaign, referrer, friend, channel, status, the date of each step and the order value.</source>
        <translation>Les parrainages avec leur campagne, leur parrain, leur filleul, leur canal, leur statut, la date de chaque étape et le montant de la commande.</translation>
    </message>
    <message>
        <source>Rewards with their campaign, recipient, value, cost to the business, status and dates.</source>
        <translation>Les récompenses avec leur campagne, leur bénéficiaire, leur valeur, leur coût pour l’entreprise, leur statut et leurs dates.</translation>
    </message>
    <message>
        <source>Mentions with when and where they were made, author, sentiment, reach, link, text, response and testimonial permission.</source>
        <translation>Les mentions avec leur date et leur lieu de publication, leur auteur, leur sentiment, leur portée, leur lien, leur texte, leur réponse et l’autorisation de témoignage.</translation>
    </message>
    <message>
        <source>Advocates with their contact details, tags, consent, spending, referral code and referrer; the file can be imported again.</source>
        <translation>Les ambassadeurs avec leurs coordonnées, leurs étiquettes, leur consentement, leurs dépenses, leur code de parrainage et leur parrain&#xa0;; le fichier peut être réimporté.</translation>
    </message>
    <message>
        <source>%1 failed: the database is not open.</source>
        <translation>%1&#xa0;: échec, la base de données n’est pas ouverte.</translation>
    </message>
</context>
<context>
    <name>RecordExportFlow</name>
    <message>
        <source>referrals-%1</source>
        <extracomment>A file name; %1 is today&apos;s date (2026-11-22)</extracomment>
        <translation>parrainages-%1</translation>
    </message>
    <message>
        <source>rewards-%1</source>
        <extracomment>A file name; %1 is today&apos;s date (2026-11-22)</extracomment>
        <translation>récompenses-%1</translation>
    </message>
    <message>
        <source>mentions-%1</source>
        <extracomment>A file name; %1 is today&apos;s date (2026-11-22)</extracomment>
        <translation>mentions-%1</translation>
    </message>
    <message>
        <source>advocates-%1</source>
        <extracomment>A file name; %1 is today&apos;s date (2026-11-22)</extracomment>
        <translation>ambassadeurs-%1</translation>
    </message>
    <message>
        <source>Counting the referrals…</source>
        <translation>Comptage des parrainages…</translation>
    </message>
    <message>
        <source>Counting the rewards…</source>
        <translation>Comptage des récompenses…</translation>
    </message>
    <message>
        <source>Counting the mentions…</source>
        <translation>Comptage des mentions…</translation>
    </message>
    <message>
        <source>Counting the advocates…</source>
        <translation>Comptage des ambassadeurs…</translation>
    </message>
    <message>
        <source>Exporting the referrals to “%1”…</source>
        <translation>Export des parrainages vers «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Exporting the rewards to “%1”…</source>
        <translation>Export des récompenses vers «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Exporting the mentions to “%1”…</source>
        <translation>Export des mentions vers «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Exporting the advocates to “%1”…</source>
        <translation>Export des ambassadeurs vers «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln referral(s) to “%1”.</source>
        <translation>
            <numerusform>%Ln parrainage enregistré dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%Ln parrainages enregistrés dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln reward(s) to “%1”.</source>
        <translation>
            <numerusform>%Ln récompense enregistrée dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%Ln récompenses enregistrées dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln mention(s) to “%1”.</source>
        <translation>
            <numerusform>%Ln mention enregistrée dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%Ln mentions enregistrées dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln advocate(s) to “%1”.</source>
        <translation>
            <numerusform>%Ln ambassadeur enregistré dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%Ln ambassadeurs enregistrés dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Tab-separated files (*.tsv *.txt);;All files (*)</source>
        <translation>Fichiers séparés par des tabulations (*.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <source>Choose the campaign this referral belongs to.</source>
        <translation>Choisissez la campagne de ce parrainage.</translation>
    </message>
    <message>
        <source>Choose the advocate who made this referral.</source>
        <translation>Choisissez l’ambassadeur qui a fait ce parrainage.</translation>
    </message>
    <message>
        <source>An advocate cannot refer themselves.</source>
        <translation>Un ambassadeur ne peut pas se parrainer lui-même.</translation>
    </message>
    <message>
        <source>Give the friend&apos;s name or email address, or pick an existing advocate.</source>
        <translation>Indiquez le nom ou l’adresse e-mail du filleul, ou choisissez un ambassadeur existant.</translation>
    </message>
    <message>
        <source>The order value cannot be negative.</source>
        <translation>Le montant de la commande ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Say why the referral is rejected.</source>
        <translation>Indiquez pourquoi le parrainage est rejeté.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converti</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rewarded</source>
        <translation>Récompensé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Remboursé</translation>
    </message>
</context>
<context>
    <name>ReferralCardsWriter</name>
    <message>
        <source>Your friend gets %1, and you get %2.</source>
        <translation>Votre ami reçoit %1, et vous recevez %2.</translation>
    </message>
    <message>
        <source>Your friend gets %1.</source>
        <translation>Votre ami reçoit %1.</translation>
    </message>
    <message>
        <source>You get %1 for each friend you refer.</source>
        <translation>Vous recevez %1 pour chaque ami que vous parrainez.</translation>
    </message>
    <message>
        <source>Your referral code</source>
        <translation>Votre code de parrainage</translation>
    </message>
    <message>
        <source>Scan to visit</source>
        <translation>Scannez pour visiter</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2. Check that the folder exists and can be written to, and that the disk is not full, or choose another place.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2. Vérifiez que le dossier existe, qu’il est accessible en écriture et que le disque n’est pas plein, ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Referral cards: %1</source>
        <translation>Cartes de parrainage&#xa0;: %1</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>la création du PDF n’a pas pu démarrer</translation>
    </message>
</context>
<context>
    <name>ReferralCode</name>
    <message>
        <source>A referral code needs at least 3 characters.</source>
        <translation>Un code de parrainage doit comporter au moins 3 caractères.</translation>
    </message>
    <message>
        <source>A referral code can have at most 32 characters.</source>
        <translation>Un code de parrainage peut comporter au plus 32 caractères.</translation>
    </message>
    <message>
        <source>A referral code can only use the letters A–Z, digits and dashes; &quot;%1&quot; is not allowed.</source>
        <translation>Un code de parrainage ne peut contenir que les lettres A à Z, des chiffres et des tirets&#xa0;; «&#xa0;%1&#xa0;» n’est pas autorisé.</translation>
    </message>
    <message>
        <source>A referral code cannot start or end with a dash.</source>
        <translation>Un code de parrainage ne peut ni commencer ni se terminer par un tiret.</translation>
    </message>
</context>
<context>
    <name>ReferralStore</name>
    <message>
        <source>Checking the referral</source>
        <translation>Vérification du parrainage</translation>
    </message>
    <message>
        <source>The campaign chosen for this referral no longer exists.</source>
        <translation>La campagne choisie pour ce parrainage n’existe plus.</translation>
    </message>
    <message>
        <source>The advocate chosen as referrer no longer exists.</source>
        <translation>L’ambassadeur choisi comme parrain n’existe plus.</translation>
    </message>
    <message>
        <source>The advocate chosen as the friend no longer exists.</source>
        <translation>L’ambassadeur choisi comme filleul n’existe plus.</translation>
    </message>
    <message>
        <source>The import this referral came from no longer exists.</source>
        <translation>L’import dont provient ce parrainage n’existe plus.</translation>
    </message>
    <message>
        <source>Saving the referral</source>
        <translation>Enregistrement du parrainage</translation>
    </message>
    <message>
        <source>Reading the referral</source>
        <translation>Lecture du parrainage</translation>
    </message>
    <message>
        <source>The referral no longer exists.</source>
        <translation>Le parrainage n’existe plus.</translation>
    </message>
    <message>
        <source>The referral has not been saved yet.</source>
        <translation>Le parrainage n’a pas encore été enregistré.</translation>
    </message>
    <message>
        <source>Deleting the referral</source>
        <translation>Suppression du parrainage</translation>
    </message>
    <message>
        <source>Reading the referral&apos;s history</source>
        <translation>Lecture de l’historique du parrainage</translation>
    </message>
    <message>
        <source>Reading why the referral was flagged</source>
        <translation>Lecture du motif de signalement du parrainage</translation>
    </message>
    <message>
        <source>Flagging the referral for review</source>
        <translation>Signalement du parrainage pour vérification</translation>
    </message>
    <message>
        <source>Recording the referral&apos;s status change</source>
        <translation>Enregistrement du changement de statut du parrainage</translation>
    </message>
    <message>
        <source>The referral of “%1” was changed elsewhere (in another Grapevine window or by an import) after it was read. Nothing was saved, so that neither change is lost: look at it again and repeat what you did.</source>
        <translation>Le parrainage de «&#xa0;%1&#xa0;» a été modifié ailleurs (dans une autre fenêtre de Grapevine ou par un import) après avoir été lu. Rien n’a été enregistré, pour qu’aucune des deux modifications ne soit perdue&#xa0;: regardez-le à nouveau et refaites ce que vous avez fait.</translation>
    </message>
</context>
<context>
    <name>ReferralTransitions</name>
    <message>
        <source>The referral is already %1.</source>
        <translation>Le parrainage est déjà %1.</translation>
    </message>
    <message>
        <source>The referral was reversed after a refund; a reversed referral cannot change again. Record a new referral if the friend comes back.</source>
        <translation>Le parrainage a été marqué remboursé&#xa0;; un parrainage remboursé ne peut plus changer de statut. Enregistrez un nouveau parrainage si le filleul revient.</translation>
    </message>
    <message>
        <source>A referral that is %1 cannot be rejected: its rewards were approved. Reverse it instead if the order was refunded.</source>
        <translation>Un parrainage %1 ne peut pas être rejeté&#xa0;: ses récompenses ont été approuvées. Marquez-le plutôt comme remboursé si la commande a été remboursée.</translation>
    </message>
    <message>
        <source>Only a converted referral can be reversed (a refund); this one is %1.</source>
        <translation>Seul un parrainage converti peut être marqué remboursé&#xa0;; celui-ci est %1.</translation>
    </message>
    <message>
        <source>Only a rejected referral can be reopened; this one is %1.</source>
        <translation>Seul un parrainage rejeté peut être rouvert&#xa0;; celui-ci est %1.</translation>
    </message>
    <message>
        <source>A referral that is %1 cannot become %2.</source>
        <translation>Un parrainage %1 ne peut pas devenir %2.</translation>
    </message>
</context>
<context>
    <name>ReferralTree</name>
    <message>
        <source>Reading who referred the advocate</source>
        <translation>Lecture du parrain de l’ambassadeur</translation>
    </message>
    <message>
        <source>The chain of referrers is longer than %1 people, or loops back on itself. Check the &quot;Referred by&quot; field of the advocates in it.</source>
        <translation>La chaîne de parrains dépasse %1 personnes, ou revient sur elle-même. Vérifiez le champ «&#xa0;Parrainé par&#xa0;» des ambassadeurs concernés.</translation>
    </message>
    <message>
        <source>Reading whom the advocate referred</source>
        <translation>Lecture des filleuls de l’ambassadeur</translation>
    </message>
</context>
<context>
    <name>ReferralWorkflow</name>
    <message>
        <source>Looking up the referral code</source>
        <translation>Recherche du code de parrainage</translation>
    </message>
    <message>
        <source>Choose the campaign this referral belongs to.</source>
        <translation>Choisissez la campagne de ce parrainage.</translation>
    </message>
    <message>
        <source>No advocate has the referral code %1.</source>
        <translation>Aucun ambassadeur n’a le code de parrainage %1.</translation>
    </message>
    <message>
        <source>The code %1 belongs to another advocate, so the referral is credited to them: the code decides who referred.</source>
        <translation>Le code %1 appartient à un autre ambassadeur&#xa0;: le parrainage lui est donc attribué, car c’est le code qui détermine le parrain.</translation>
    </message>
    <message>
        <source>Choose who made the referral, or enter the code the friend used.</source>
        <translation>Choisissez qui a fait le parrainage, ou saisissez le code utilisé par le filleul.</translation>
    </message>
    <message>
        <source>Flagged for review: %1</source>
        <translation>Signalé pour vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checking who the friend is credited to</source>
        <translation>Vérification du parrain auquel le filleul est attribué</translation>
    </message>
    <message>
        <source>Duplicate: %1 was already referred by the same advocate on %2.</source>
        <translation>Doublon&#xa0;: %1 a déjà été parrainé par le même ambassadeur le %2.</translation>
    </message>
    <message>
        <source>Duplicate: %1 is already credited to %2 (referred on %3); a friend counts for one referrer per campaign.</source>
        <translation>Doublon&#xa0;: %1 est déjà attribué à %2 (parrainé le %3)&#xa0;; un filleul ne compte que pour un seul parrain par campagne.</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate: %1 was first referred by %2 on %3, within the %Ln-day attribution window; the first referral gets the credit.</source>
        <translation>
            <numerusform>Doublon&#xa0;: %1 a d’abord été parrainé par %2 le %3, dans la fenêtre d’attribution de %Ln jour&#xa0;; c’est le premier parrainage qui compte.</numerusform>
            <numerusform>Doublon&#xa0;: %1 a d’abord été parrainé par %2 le %3, dans la fenêtre d’attribution de %Ln jours&#xa0;; c’est le premier parrainage qui compte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order value cannot be negative.</source>
        <translation>Le montant de la commande ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>This referral is waiting for review: let it through in the review queue first.</source>
        <translation>Ce parrainage attend une vérification&#xa0;: validez-le d’abord dans la file de vérification.</translation>
    </message>
    <message>
        <source>Say why the referral is rejected.</source>
        <translation>Indiquez pourquoi le parrainage est rejeté.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s) reversed.</source>
        <translation>
            <numerusform>%Ln récompense reprise.</numerusform>
            <numerusform>%Ln récompenses reprises.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s) voided.</source>
        <translation>
            <numerusform>%Ln récompense annulée.</numerusform>
            <numerusform>%Ln récompenses annulées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No rewards: %1</source>
        <translation>Aucune récompense&#xa0;: %1</translation>
    </message>
    <message>
        <source>The order of %1 is below the campaign&apos;s minimum of %2.</source>
        <translation>La commande de %1 est inférieure au minimum de %2 fixé par la campagne.</translation>
    </message>
    <message>
        <source>The friend was already a customer, and the campaign rewards new customers only.</source>
        <translation>Le filleul était déjà client, et la campagne ne récompense que les nouveaux clients.</translation>
    </message>
    <message numerus="yes">
        <source>The friend %1 %Ln day(s) after the referral, outside the campaign&apos;s %2-day attribution window.</source>
        <translation>
            <numerusform>Le filleul %1 %Ln jour après le parrainage, en dehors de la fenêtre d’attribution de %2 jours de la campagne.</numerusform>
            <numerusform>Le filleul %1 %Ln jours après le parrainage, en dehors de la fenêtre d’attribution de %2 jours de la campagne.</numerusform>
        </translation>
    </message>
    <message>
        <source>signed up</source>
        <translation>s’est inscrit</translation>
    </message>
    <message>
        <source>bought</source>
        <translation>a acheté</translation>
    </message>
    <message>
        <source>Reading the campaign&apos;s budget</source>
        <translation>Lecture du budget de la campagne</translation>
    </message>
    <message>
        <source>This reward (%1) would take the campaign over its budget of %2; %3 is already committed.</source>
        <translation>Cette récompense (%1) ferait dépasser à la campagne son budget de %2&#xa0;; %3 sont déjà engagés.</translation>
    </message>
    <message>
        <source>Reward withheld: %1</source>
        <translation>Récompense retenue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Counting the advocate&apos;s rewards</source>
        <translation>Comptage des récompenses de l’ambassadeur</translation>
    </message>
    <message numerus="yes">
        <source>The advocate already has %Ln reward(s) from this campaign, the most it gives one advocate.</source>
        <translation>
            <numerusform>L’ambassadeur a déjà %Ln récompense de cette campagne, le maximum qu’elle accorde à un ambassadeur.</numerusform>
            <numerusform>L’ambassadeur a déjà %Ln récompenses de cette campagne, le maximum qu’elle accorde à un ambassadeur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the advocate&apos;s conversions</source>
        <translation>Comptage des conversions de l’ambassadeur</translation>
    </message>
    <message>
        <source>Reading the milestone rewards</source>
        <translation>Lecture des récompenses de palier</translation>
    </message>
    <message numerus="yes">
        <source>Milestone: %Ln converted referral(s)</source>
        <translation>
            <numerusform>Palier&#xa0;: %Ln parrainage converti</numerusform>
            <numerusform>Palier&#xa0;: %Ln parrainages convertis</numerusform>
        </translation>
    </message>
    <message>
        <source>Let through after review</source>
        <translation>Validé après vérification</translation>
    </message>
    <message>
        <source>Recording the review</source>
        <translation>Enregistrement de la vérification</translation>
    </message>
    <message>
        <source>Say why the referrals are rejected.</source>
        <translation>Indiquez pourquoi les parrainages sont rejetés.</translation>
    </message>
    <message>
        <source>Rejected after review: %1</source>
        <translation>Rejeté après vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the referral&apos;s rewards</source>
        <translation>Lecture des récompenses du parrainage</translation>
    </message>
    <message>
        <source>A reward was approved</source>
        <translation>Une récompense a été approuvée</translation>
    </message>
    <message>
        <source>Every reward was issued</source>
        <translation>Toutes les récompenses ont été versées</translation>
    </message>
</context>
<context>
    <name>RejectedRowsFile</name>
    <message>
        <source>Reading the rejected rows</source>
        <translation>Lecture des lignes rejetées</translation>
    </message>
    <message>
        <source>There is no import number %1.</source>
        <translation>Il n’y a pas d’import numéro %1.</translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation>Problème d’import</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2&#xa0;%</translation>
    </message>
    <message>
        <source>%1 %2 points</source>
        <translation>%1 %2 points</translation>
    </message>
    <message>
        <source>Made with Grapevine on %1.</source>
        <translation>Réalisé avec Grapevine le %1.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Parrainages</translation>
    </message>
    <message>
        <source>Converted (new customers)</source>
        <translation>Convertis (nouveaux clients)</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <source>Participation rate</source>
        <translation>Taux de participation</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Cost (rewards and recorded costs)</source>
        <translation>Coût (récompenses et coûts enregistrés)</translation>
    </message>
    <message>
        <source>Return on investment (ROI)</source>
        <translation>Retour sur investissement (ROI)</translation>
    </message>
    <message>
        <source>Cost per new customer (CAC)</source>
        <translation>Coût par nouveau client (CAC)</translation>
    </message>
    <message>
        <source>Baseline CAC of paid channels</source>
        <translation>CAC de référence des canaux payants</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Saving per new customer</source>
        <translation>Économie par nouveau client</translation>
    </message>
    <message>
        <source>K-factor</source>
        <translation>Facteur K</translation>
    </message>
    <message>
        <source>Generations of referrals</source>
        <translation>Générations de parrainages</translation>
    </message>
    <message>
        <source>Rewards owed (approved, not yet given)</source>
        <translation>Récompenses dues (approuvées, pas encore remises)</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Reach of the mentions</source>
        <translation>Portée des mentions</translation>
    </message>
    <message>
        <source>Net sentiment</source>
        <translation>Sentiment net</translation>
    </message>
    <message>
        <source>Negative mentions answered in time</source>
        <translation>Mentions négatives avec réponse dans les délais</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>%1 (%2 answers)</source>
        <translation>%1 (%2 réponses)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Referrals, and the revenue and rewards that come from them, count in the period the referral was made; recorded costs on the day they were incurred. A figure that cannot be worked out (a division by zero) shows as “—”. The previous period is the one of the same length just before.</source>
        <translation>Les parrainages, ainsi que le chiffre d’affaires et les récompenses qui en découlent, comptent dans la période où le parrainage a été fait&#xa0;; les coûts enregistrés, au jour où ils ont été engagés. Un chiffre qui ne peut pas être calculé (division par zéro) s’affiche «&#xa0;—&#xa0;». La période précédente est celle de même durée qui la précède immédiatement.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <source>No referrals were made in this period.</source>
        <translation>Aucun parrainage n’a été fait sur cette période.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Each stage counts the referrals that reached it, so a rewarded referral counts in every stage before it. Rejected and reversed referrals are counted apart.</source>
        <translation>Chaque étape compte les parrainages qui l’ont atteinte&#xa0;: un parrainage récompensé compte donc dans toutes les étapes précédentes. Les parrainages rejetés et remboursés sont comptés à part.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>No campaign had referrals or costs in this period.</source>
        <translation>Aucune campagne n’a eu de parrainages ni de coûts sur cette période.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertis</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Top advocates</source>
        <translation>Meilleurs ambassadeurs</translation>
    </message>
    <message>
        <source>Nobody made a referral in this period.</source>
        <translation>Personne n’a fait de parrainage sur cette période.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Rewards paid and owed</source>
        <translation>Récompenses remises et dues</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Récompenses</translation>
    </message>
    <message>
        <source>At cost</source>
        <translation>Au prix coûtant</translation>
    </message>
    <message>
        <source>Given (issued)</source>
        <translation>Remises (versées)</translation>
    </message>
    <message>
        <source>Owed (approved, not yet given)</source>
        <translation>Dues (approuvées, pas encore remises)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No reward is waiting to be given.</source>
        <translation>Aucune récompense n’attend d’être remise.</translation>
    </message>
    <message>
        <source>Still to give:</source>
        <translation>Reste à remettre&#xa0;:</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Récompense</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>The %1 longest waiting of %2; the Rewards page lists them all.</source>
        <translation>Les %1 qui attendent depuis le plus longtemps, sur %2&#xa0;; la page Récompenses les liste toutes.</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Rewards (given and owed, at cost)</source>
        <translation>Récompenses (remises et dues, au prix coûtant)</translation>
    </message>
    <message>
        <source>Recorded campaign costs</source>
        <translation>Coûts de campagne enregistrés</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>The first %1 of %2 recorded costs.</source>
        <translation>Les %1 premiers des %2 coûts enregistrés.</translation>
    </message>
    <message>
        <source>reach %1</source>
        <translation>portée %1</translation>
    </message>
    <message>
        <source>permission: %1</source>
        <translation>autorisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Testimonials</source>
        <translation>Témoignages</translation>
    </message>
    <message>
        <source>No testimonial was recorded in this period. Mark a positive mention as a testimonial once its author allows you to reuse it.</source>
        <translation>Aucun témoignage n’a été enregistré sur cette période. Marquez une mention positive comme témoignage dès que son auteur vous autorise à la réutiliser.</translation>
    </message>
    <message>
        <source>Notable mentions</source>
        <translation>Mentions marquantes</translation>
    </message>
    <message>
        <source>No mention with a known reach in this period.</source>
        <translation>Aucune mention à la portée connue sur cette période.</translation>
    </message>
    <message>
        <source>The mentions that reached most people.</source>
        <translation>Les mentions qui ont touché le plus de personnes.</translation>
    </message>
    <message>
        <source>Incentive disclosure</source>
        <translation>Transparence sur les récompenses</translation>
    </message>
    <message>
        <source>No campaign is part of this report.</source>
        <translation>Aucune campagne ne fait partie de ce rapport.</translation>
    </message>
    <message>
        <source>no disclosure text. Rewarded recommendations must say that they are rewarded: add the text on the campaign.</source>
        <translation>aucun texte de transparence. Les recommandations récompensées doivent indiquer qu’elles le sont&#xa0;: ajoutez ce texte dans la campagne.</translation>
    </message>
    <message>
        <source>Referral report: %1</source>
        <translation>Rapport de parrainage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Referral report: all campaigns</source>
        <translation>Rapport de parrainage&#xa0;: toutes les campagnes</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>Jusqu’au %1</translation>
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
        <translation>Lecture des récompenses, des coûts et des mentions du rapport</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReportInput</name>
    <message>
        <source>Reading the campaign of the report</source>
        <translation>Lecture de la campagne du rapport</translation>
    </message>
    <message>
        <source>The campaign of the report no longer exists.</source>
        <translation>La campagne du rapport n’existe plus.</translation>
    </message>
</context>
<context>
    <name>ReportPages</name>
    <message>
        <source>The page is too small for the report.</source>
        <translation>La page est trop petite pour le rapport.</translation>
    </message>
    <message>
        <source>The report cannot be drawn on this printer or file.</source>
        <translation>Le rapport ne peut pas être dessiné sur cette imprimante ou dans ce fichier.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The report could not be finished.</source>
        <translation>Le rapport n’a pas pu être terminé.</translation>
    </message>
</context>
<context>
    <name>ResponseWorkflow</name>
    <message>
        <source>Write the response you gave, so it is kept with the mention.</source>
        <translation>Écrivez la réponse que vous avez donnée, pour qu’elle soit conservée avec la mention.</translation>
    </message>
    <message>
        <source>This mention is resolved. Reopen it to respond again.</source>
        <translation>Cette mention est résolue. Rouvrez-la pour répondre à nouveau.</translation>
    </message>
    <message>
        <source>This mention is already resolved.</source>
        <translation>Cette mention est déjà résolue.</translation>
    </message>
    <message>
        <source>Record the response first; a mention is resolved after it was answered.</source>
        <translation>Enregistrez d’abord la réponse&#xa0;; une mention n’est résolue qu’après avoir reçu une réponse.</translation>
    </message>
    <message>
        <source>This mention is already waiting for a response.</source>
        <translation>Cette mention attend déjà une réponse.</translation>
    </message>
    <message>
        <source>Say when the author allowed the mention to be reused.</source>
        <translation>Indiquez quand l’auteur a autorisé la réutilisation de la mention.</translation>
    </message>
    <message>
        <source>The permission cannot be dated in the future.</source>
        <translation>L’autorisation ne peut pas être datée dans le futur.</translation>
    </message>
    <message>
        <source>Say how the author gave permission (by email, on the review form…).</source>
        <translation>Indiquez comment l’auteur a donné son autorisation (par e-mail, sur le formulaire d’avis…).</translation>
    </message>
    <message>
        <source>Counting the mentions that need a response</source>
        <translation>Comptage des mentions qui attendent une réponse</translation>
    </message>
    <message>
        <source>Reading the response queue</source>
        <translation>Lecture de la file des réponses</translation>
    </message>
</context>
<context>
    <name>Reward</name>
    <message>
        <source>A reward must belong to a campaign.</source>
        <translation>Une récompense doit appartenir à une campagne.</translation>
    </message>
    <message>
        <source>A reward needs a referral or an advocate who receives it.</source>
        <translation>Une récompense doit être liée à un parrainage ou à un ambassadeur qui la reçoit.</translation>
    </message>
    <message>
        <source>Choose what kind of reward this is.</source>
        <translation>Choisissez le type de récompense.</translation>
    </message>
    <message>
        <source>A reward value cannot be negative.</source>
        <translation>La valeur d’une récompense ne peut pas être négative.</translation>
    </message>
    <message>
        <source>A percentage discount can be at most 100%.</source>
        <translation>Une remise en pourcentage ne peut pas dépasser 100&#xa0;%.</translation>
    </message>
    <message>
        <source>The cost of a reward cannot be negative.</source>
        <translation>Le coût d’une récompense ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A withheld reward needs the reason it was withheld.</source>
        <translation>Une récompense retenue doit indiquer le motif de la retenue.</translation>
    </message>
    <message>
        <source>A milestone is reached after at least one converted referral.</source>
        <translation>Un palier est atteint après au moins un parrainage converti.</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Filleul</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Versée</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Retenue</translation>
    </message>
</context>
<context>
    <name>RewardLedger</name>
    <message>
        <source>Reading the reward</source>
        <translation>Lecture de la récompense</translation>
    </message>
    <message>
        <source>The reward no longer exists.</source>
        <translation>La récompense n’existe plus.</translation>
    </message>
    <message>
        <source>Reward %1</source>
        <translation>Récompense %1</translation>
    </message>
    <message>
        <source>Reward %1 (%2)</source>
        <translation>Récompense %1 (%2)</translation>
    </message>
    <message>
        <source>Writing the rewards ledger</source>
        <translation>Écriture dans le registre des récompenses</translation>
    </message>
    <message>
        <source>Reward %1 no longer exists.</source>
        <translation>La récompense %1 n’existe plus.</translation>
    </message>
    <message>
        <source>%1 is %2, not pending.</source>
        <translation>%1 est %2, et non en attente.</translation>
    </message>
    <message>
        <source>%1: its referral is waiting for review.</source>
        <translation>%1&#xa0;: son parrainage attend une vérification.</translation>
    </message>
    <message>
        <source>%1 is held until %2.</source>
        <translation>%1 est bloquée jusqu’au %2.</translation>
    </message>
    <message>
        <source>%1 is not approved yet.</source>
        <translation>%1 n’est pas encore approuvée.</translation>
    </message>
    <message>
        <source>%1 is %2, not approved.</source>
        <translation>%1 est %2, et non approuvée.</translation>
    </message>
    <message>
        <source>%1 was already issued; reverse it instead if it has to be taken back.</source>
        <translation>%1 a déjà été versée&#xa0;; reprenez-la plutôt si elle doit être récupérée.</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be voided.</source>
        <translation>%1 est %2 et ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>%1 was already reversed.</source>
        <translation>%1 a déjà été reprise.</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be reversed.</source>
        <translation>%1 est %2 et ne peut pas être reprise.</translation>
    </message>
    <message>
        <source>Say why the reward is adjusted; the note stays in the ledger.</source>
        <translation>Indiquez pourquoi la récompense est ajustée&#xa0;; la note reste dans le registre.</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be adjusted.</source>
        <translation>%1 est %2 et ne peut pas être ajustée.</translation>
    </message>
    <message>
        <source>An adjustment cannot make a reward&apos;s value or cost negative.</source>
        <translation>Un ajustement ne peut pas rendre négatifs la valeur ou le coût d’une récompense.</translation>
    </message>
    <message>
        <source>Reading the points balance</source>
        <translation>Lecture du solde de points</translation>
    </message>
    <message>
        <source>Checking the rewards ledger</source>
        <translation>Vérification du registre des récompenses</translation>
    </message>
</context>
<context>
    <name>RewardStore</name>
    <message>
        <source>Checking the reward</source>
        <translation>Vérification de la récompense</translation>
    </message>
    <message>
        <source>The campaign of this reward no longer exists.</source>
        <translation>La campagne de cette récompense n’existe plus.</translation>
    </message>
    <message>
        <source>The referral this reward is for no longer exists.</source>
        <translation>Le parrainage lié à cette récompense n’existe plus.</translation>
    </message>
    <message>
        <source>The advocate who receives this reward no longer exists.</source>
        <translation>L’ambassadeur qui reçoit cette récompense n’existe plus.</translation>
    </message>
    <message>
        <source>A reward for a referral must belong to the referral&apos;s campaign.</source>
        <translation>Une récompense liée à un parrainage doit appartenir à la campagne de ce parrainage.</translation>
    </message>
    <message>
        <source>Saving the reward</source>
        <translation>Enregistrement de la récompense</translation>
    </message>
    <message>
        <source>Reading the reward</source>
        <translation>Lecture de la récompense</translation>
    </message>
    <message>
        <source>The reward no longer exists.</source>
        <translation>La récompense n’existe plus.</translation>
    </message>
    <message>
        <source>Reading the reward&apos;s ledger entries</source>
        <translation>Lecture des écritures du registre de la récompense</translation>
    </message>
    <message>
        <source>Writing the rewards ledger</source>
        <translation>Écriture dans le registre des récompenses</translation>
    </message>
    <message>
        <source>Reading the rewards</source>
        <translation>Lecture des récompenses</translation>
    </message>
</context>
<context>
    <name>RewardValueText</name>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>Enter a whole number of points, e.g. %1.</source>
        <translation>Saisissez un nombre entier de points, par ex. %1.</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 100 with at most two decimals, e.g. %1.</source>
        <translation>Saisissez un pourcentage de 0 à 100 avec au plus deux décimales, par ex. %1.</translation>
    </message>
    <message>
        <source>Enter an amount of money, e.g. %1.</source>
        <translation>Saisissez un montant, par ex. %1.</translation>
    </message>
</context>
<context>
    <name>RewardWording</name>
    <message>
        <source>no reward</source>
        <translation>aucune récompense</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 store credit</source>
        <extracomment>%1 is an amount of money, e.g. &quot;€10.00 store credit&quot;</extracomment>
        <translation>%1 d’avoir</translation>
    </message>
    <message>
        <source>%1% off</source>
        <extracomment>%1 is a number, e.g. &quot;15% off&quot;</extracomment>
        <translation>%1&#xa0;% de remise</translation>
    </message>
    <message>
        <source>%1 off</source>
        <extracomment>%1 is an amount of money, e.g. &quot;€5.00 off&quot;</extracomment>
        <translation>%1 de remise</translation>
    </message>
    <message>
        <source>%1 cash</source>
        <extracomment>%1 is an amount of money, e.g. &quot;€25.00 cash&quot;</extracomment>
        <translation>%1 en espèces</translation>
    </message>
    <message>
        <source>a gift worth %1</source>
        <extracomment>%1 is an amount of money</extracomment>
        <translation>un cadeau d’une valeur de %1</translation>
    </message>
    <message>
        <source>a gift</source>
        <translation>un cadeau</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Reading the business settings</source>
        <translation>Lecture des paramètres de l’entreprise</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO code such as EUR or USD.</source>
        <translation>La devise doit être un code ISO à trois lettres, comme EUR ou USD.</translation>
    </message>
    <message>
        <source>Saving the business settings</source>
        <translation>Enregistrement des paramètres de l’entreprise</translation>
    </message>
</context>
<context>
    <name>WordOfMouth</name>
    <message>
        <source>Computing the word-of-mouth figures</source>
        <translation>Calcul des indicateurs de bouche-à-oreille</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>Starting the change</source>
        <translation>Début de la modification</translation>
    </message>
    <message>
        <source>Saving the change</source>
        <translation>Enregistrement de la modification</translation>
    </message>
</context>
<context>
    <name>grapevine::itemmodels::AdvocateTableModel</name>
    <message>
        <source>The selected advocates could not be read: %1</source>
        <translation>Impossible de lire les ambassadeurs sélectionnés&#xa0;: %1</translation>
    </message>
    <message>
        <source>No marketing consent: left out of anything that contacts people.</source>
        <translation>Pas de consentement marketing&#xa0;: exclu de tout envoi aux personnes.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>Code de parrainage</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Parrainé par</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Parrainages</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Rewards earned</source>
        <translation>Récompenses gagnées</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Referrals this advocate made, in any status</source>
        <translation>Parrainages faits par cet ambassadeur, quel que soit leur statut</translation>
    </message>
    <message>
        <source>Referrals now converted, approved or rewarded</source>
        <translation>Parrainages désormais convertis, approuvés ou récompensés</translation>
    </message>
    <message>
        <source>What the advocate&apos;s approved and issued rewards cost the business</source>
        <translation>Ce que coûtent à l’entreprise les récompenses approuvées et versées de l’ambassadeur</translation>
    </message>
    <message>
        <source>Points from issued points rewards</source>
        <translation>Points issus des récompenses en points versées</translation>
    </message>
    <message>
        <source>Net Promoter Score answer, 0 to 10</source>
        <translation>Réponse au Net Promoter Score, de 0 à 10</translation>
    </message>
    <message>
        <source>Marketing consent: only advocates with consent are contacted</source>
        <translation>Consentement marketing&#xa0;: seuls les ambassadeurs ayant donné leur consentement sont contactés</translation>
    </message>
</context>
<context>
    <name>grapevine::itemmodels::CampaignListModel</name>
    <message>
        <source>No start date: it runs as soon as it is active</source>
        <translation>Pas de date de début&#xa0;: elle s’applique dès qu’elle est active</translation>
    </message>
    <message>
        <source>No end date: it runs until you end it</source>
        <translation>Pas de date de fin&#xa0;: elle s’applique jusqu’à ce que vous y mettiez fin</translation>
    </message>
    <message>
        <source>%1 of the referrals converted</source>
        <translation>%1 des parrainages convertis</translation>
    </message>
    <message>
        <source>No referrals yet, so no conversion rate</source>
        <translation>Pas encore de parrainages, donc pas de taux de conversion</translation>
    </message>
    <message>
        <source>Rewards %1 + other costs %2</source>
        <extracomment>%1 rewards cost, %2 other recorded costs</extracomment>
        <translation>Récompenses %1 + autres coûts %2</translation>
    </message>
    <message>
        <source>Return on investment: (revenue − cost) ÷ cost</source>
        <translation>Retour sur investissement&#xa0;: (chiffre d’affaires − coût) ÷ coût</translation>
    </message>
    <message>
        <source>No costs recorded yet, so the return on investment is undefined</source>
        <translation>Aucun coût enregistré pour l’instant&#xa0;: le retour sur investissement n’est pas défini</translation>
    </message>
    <message>
        <source>Referrals made in this campaign, whatever their status</source>
        <translation>Parrainages faits dans cette campagne, quel que soit leur statut</translation>
    </message>
    <message>
        <source>Referrals now converted, approved or rewarded</source>
        <translation>Parrainages désormais convertis, approuvés ou récompensés</translation>
    </message>
    <message>
        <source>Order value of the converted referrals</source>
        <translation>Montant des commandes des parrainages convertis</translation>
    </message>
    <message>
        <source>Approved and issued rewards at cost, plus the campaign&apos;s recorded costs</source>
        <translation>Récompenses approuvées et versées au prix coûtant, plus les coûts enregistrés de la campagne</translation>
    </message>
    <message>
        <source>Return on investment: (revenue − cost) ÷ cost; “—” while there is no cost</source>
        <translation>Retour sur investissement&#xa0;: (chiffre d’affaires − coût) ÷ coût&#xa0;; «&#xa0;—&#xa0;» tant qu’il n’y a pas de coût</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Parrainages</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
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
        <translation>Lecture du classement</translation>
    </message>
    <message>
        <source>Reading the campaign&apos;s leaderboard</source>
        <translation>Lecture du classement de la campagne</translation>
    </message>
    <message>
        <source>Referrals now converted, approved or rewarded</source>
        <translation>Parrainages désormais convertis, approuvés ou récompensés</translation>
    </message>
    <message>
        <source>Order values of the converted referrals</source>
        <translation>Montant des commandes des parrainages convertis</translation>
    </message>
    <message>
        <source>What the advocate&apos;s approved and issued rewards cost</source>
        <translation>Ce que coûtent les récompenses approuvées et versées de l’ambassadeur</translation>
    </message>
    <message>
        <source>Points issued and not reversed</source>
        <translation>Points versés et non repris</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Parrainages</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertis</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Récompenses</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
</context>
<context>
    <name>grapevine::itemmodels::MentionListModel</name>
    <message>
        <source>Reading the mentions failed: the database is not open.</source>
        <translation>Échec de la lecture des mentions&#xa0;: la base de données n’est pas ouverte.</translation>
    </message>
    <message>
        <source>Reading the mentions</source>
        <translation>Lecture des mentions</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due %1</source>
        <extracomment>A mention still needing a response; %1 is when the response is due.</extracomment>
        <translation>Échéance %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>The author was given something for the mention; the cell is empty otherwise.</extracomment>
        <translation>Oui</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <extracomment>%1 is &quot;Needs response&quot;, %2 when the response is due.</extracomment>
        <translation>%1, échéance %2</translation>
    </message>
    <message>
        <source>How many people could have seen the mention, when known</source>
        <translation>Nombre de personnes qui ont pu voir la mention, s’il est connu</translation>
    </message>
    <message>
        <source>Whether the author was given something for the mention (a disclosure rule)</source>
        <translation>Indique si l’auteur a reçu quelque chose pour la mention (règle de transparence)</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Incentivised</source>
        <translation>Récompensé</translation>
    </message>
</context>
<context>
    <name>grapevine::itemmodels::ReferralListModel</name>
    <message>
        <source>Reading the referrals</source>
        <translation>Lecture des parrainages</translation>
    </message>
    <message>
        <source>Counting the referrals</source>
        <translation>Comptage des parrainages</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Needs review: %1</source>
        <translation>À vérifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Parrain</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Filleul</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>Montant de la commande</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
</context>
<context>
    <name>grapevine::itemmodels::RewardListModel</name>
    <message>
        <source>Reading the rewards</source>
        <translation>Lecture des récompenses</translation>
    </message>
    <message>
        <source>Adding up the rewards</source>
        <translation>Calcul du total des récompenses</translation>
    </message>
    <message>
        <source>What the reward costs the business (points at the value per point)</source>
        <translation>Ce que la récompense coûte à l’entreprise (points comptés à la valeur du point)</translation>
    </message>
    <message>
        <source>End of the hold period: the reward can be approved from this day</source>
        <translation>Fin du délai de blocage&#xa0;: la récompense peut être approuvée à partir de ce jour</translation>
    </message>
    <message>
        <source>The payout reference of an issued reward, or why a reward was withheld</source>
        <translation>La référence de versement d’une récompense versée, ou le motif de retenue d’une récompense</translation>
    </message>
    <message>
        <source>Whether the reward goes to the advocate who referred, or to the friend</source>
        <translation>Indique si la récompense va à l’ambassadeur qui a parrainé, ou au filleul</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Récompense</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Reference or reason</source>
        <translation>Référence ou motif</translation>
    </message>
</context>
<context>
    <name>grapevine::store</name>
    <message>
        <source>%1 is not possible: the database is read-only.</source>
        <translation>%1&#xa0;: impossible, la base de données est en lecture seule.</translation>
    </message>
    <message>
        <source>%1 failed: another program is using the database. Try again in a moment.</source>
        <translation>%1&#xa0;: échec, un autre programme utilise la base de données. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>%1 failed: the disk is full. Free some space and try again; nothing was changed.</source>
        <translation>%1&#xa0;: échec, le disque est plein. Libérez de l’espace et réessayez&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 failed: a value is not allowed (%2).</source>
        <translation>%1&#xa0;: échec, une valeur n’est pas autorisée (%2).</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>%1&#xa0;: échec (%2).</translation>
    </message>
    <message>
        <source>%1 failed: the database file could not be written (the disk may be full, removed or failing). Nothing of it was saved; check the disk and try again.</source>
        <translation>%1&#xa0;: échec, le fichier de la base de données n’a pas pu être écrit (le disque est peut-être plein, retiré ou défaillant). Rien n’a été enregistré&#xa0;; vérifiez le disque et réessayez.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::AboutDialog</name>
    <message>
        <source>About Grapevine</source>
        <translation>À propos de Grapevine</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n’est ouverte.</translation>
    </message>
    <message>
        <source>%1 (schema version %2%3)</source>
        <translation>%1 (version de schéma %2%3)</translation>
    </message>
    <message>
        <source>, read-only</source>
        <translation>, lecture seule</translation>
    </message>
    <message>
        <source>Grapevine %1
Database: %2
Qt %3, SQLite %4</source>
        <translation>Grapevine %1
Base de données&#xa0;: %2
Qt %3, SQLite %4</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Grapevine %1&lt;/h2&gt;&lt;p&gt;Peer-to-peer marketing for small businesses: keep your advocates, run refer-a-friend campaigns, follow word of mouth and see what it returns.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qt:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;SQLite:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;Grapevine is free software, licensed under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Grapevine %1&lt;/h2&gt;&lt;p&gt;Le marketing de recommandation pour les petites entreprises&#xa0;: gérez vos ambassadeurs, lancez des campagnes de parrainage, suivez le bouche-à-oreille et mesurez ce qu’il vous rapporte.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Base de données&#xa0;:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qt&#xa0;:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;SQLite&#xa0;:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;Grapevine est un logiciel libre, distribué sous la &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;licence publique générale GNU, version 3 ou ultérieure&lt;/a&gt;. Il est fourni sans aucune garantie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Copy the version information, e.g. for a bug report</source>
        <translation>Copier les informations de version, par exemple pour signaler un bogue</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::AdvocateEditor</name>
    <message>
        <source>New Code</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <source>Marketing consent given</source>
        <translation>Consentement marketing donné</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. VIP, spring fair</source>
        <translation>Séparées par des virgules, par ex. VIP, salon de printemps</translation>
    </message>
    <message>
        <source>Tags group advocates for filtering and campaigns; separate them with commas.</source>
        <translation>Les étiquettes regroupent les ambassadeurs pour le filtrage et les campagnes&#xa0;; séparez-les par des virgules.</translation>
    </message>
    <message>
        <source>The personal code this advocate shares. Letters A–Z, digits and dashes.</source>
        <translation>Le code personnel que cet ambassadeur partage. Lettres A à Z, chiffres et tirets.</translation>
    </message>
    <message>
        <source>Make a new code from the first name</source>
        <translation>Créer un nouveau code à partir du prénom</translation>
    </message>
    <message>
        <source>Referral code or email of the referrer</source>
        <translation>Code de parrainage ou e-mail du parrain</translation>
    </message>
    <message>
        <source>Who brought this advocate: type their referral code or email. Leave empty for none.</source>
        <translation>Qui a amené cet ambassadeur&#xa0;: saisissez son code de parrainage ou son e-mail. Laissez vide s’il n’y en a pas.</translation>
    </message>
    <message>
        <source>Where consent was given, e.g. shop checkout</source>
        <translation>Où le consentement a été donné, par ex. passage en caisse</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>How likely they are to recommend you, 0 to 10 (— for no answer)</source>
        <translation>Probabilité qu’il vous recommande, de 0 à 10 (— si pas de réponse)</translation>
    </message>
    <message>
        <source>The person agreed to receive marketing messages. Without consent they are left out of anything that contacts people.</source>
        <translation>La personne a accepté de recevoir des messages marketing. Sans consentement, elle est exclue de tout envoi aux personnes.</translation>
    </message>
    <message>
        <source>What this customer has spent in total</source>
        <translation>Ce que ce client a dépensé au total</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>Enregistrer les modifications (%1)</translation>
    </message>
    <message>
        <source>Throw away the changes not saved yet</source>
        <translation>Abandonner les modifications pas encore enregistrées</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-mai&amp;l&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Télép&amp;hone&#xa0;:</translation>
    </message>
    <message>
        <source>Postal address. Referrals between people at the same address are flagged for review (the household rule), never blocked.</source>
        <translation>Adresse postale. Les parrainages entre personnes à la même adresse sont signalés pour vérification (règle du foyer), jamais bloqués.</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Société&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>Referral &amp;code:</source>
        <translation>Code de parraina&amp;ge&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>Parra&amp;iné par&#xa0;:</translation>
    </message>
    <message>
        <source>Consent &amp;date:</source>
        <translation>&amp;Date du consentement&#xa0;:</translation>
    </message>
    <message>
        <source>Consent s&amp;ource:</source>
        <translation>S&amp;ource du consentement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;NPS:</source>
        <translation>&amp;NPS&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Orders:</source>
        <translation>&amp;Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes&#xa0;:</translation>
    </message>
    <message>
        <source>Total &amp;spent (%1):</source>
        <extracomment>%1 is the currency code, e.g. EUR</extracomment>
        <translation>&amp;Total dépensé (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>No advocate selected</source>
        <translation>Aucun ambassadeur sélectionné</translation>
    </message>
    <message>
        <source>Show that advocate</source>
        <translation>Afficher cet ambassadeur</translation>
    </message>
    <message>
        <source>The total spent is not an amount of money, e.g. 125.50.</source>
        <translation>Le total dépensé n’est pas un montant, par ex. 125,50.</translation>
    </message>
    <message>
        <source>New advocate</source>
        <translation>Nouvel ambassadeur</translation>
    </message>
    <message>
        <source>New advocate: %1</source>
        <translation>Nouvel ambassadeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Erased person (their referrals and rewards are kept for the totals)</source>
        <translation>Personne effacée (ses parrainages et récompenses sont conservés pour les totaux)</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::AdvocateWordOfMouthView</name>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Ce qui a été dit</translation>
    </message>
    <message>
        <source>Double-click a mention to open it on the Mentions page</source>
        <translation>Double-cliquez sur une mention pour l’ouvrir dans la page Mentions</translation>
    </message>
    <message>
        <source>Select an advocate to see their referrals and what they said about you.</source>
        <translation>Sélectionnez un ambassadeur pour voir ses parrainages et ce qu’il a dit de vous.</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Impossible de lire les chiffres&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Referrals:&lt;/b&gt; %Ln made</source>
        <translation>
            <numerusform>&lt;b&gt;Parrainages&#xa0;:&lt;/b&gt; %Ln fait</numerusform>
            <numerusform>&lt;b&gt;Parrainages&#xa0;:&lt;/b&gt; %Ln faits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln converted</source>
        <translation>
            <numerusform>%Ln converti</numerusform>
            <numerusform>%Ln convertis</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 revenue</source>
        <translation>%1 de chiffre d’affaires</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Word of mouth:&lt;/b&gt; %Ln mention(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Bouche-à-oreille&#xa0;:&lt;/b&gt; %Ln mention</numerusform>
            <numerusform>&lt;b&gt;Bouche-à-oreille&#xa0;:&lt;/b&gt; %Ln mentions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 positive, %2 neutral, %3 negative</source>
        <translation>%1 positives, %2 neutres, %3 négatives</translation>
    </message>
    <message>
        <source>reach %1</source>
        <translation>portée %1</translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %Ln mentions are shown; the Mentions page has them all.</source>
        <translation>
            <numerusform>Les %1 mentions les plus récentes sur %Ln sont affichées&#xa0;; la page Mentions les contient toutes.</numerusform>
            <numerusform>Les %1 mentions les plus récentes sur %Ln sont affichées&#xa0;; la page Mentions les contient toutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No mention is linked to this advocate yet. Link one when you log it on the Mentions page.</source>
        <translation>Aucune mention n’est encore liée à cet ambassadeur. Liez-en une quand vous la notez dans la page Mentions.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::AdvocatesPage</name>
    <message>
        <source>Advocates</source>
        <translation>Ambassadeurs</translation>
    </message>
    <message>
        <source>&amp;Add Advocate</source>
        <translation>A&amp;jouter un ambassadeur</translation>
    </message>
    <message>
        <source>Add a new advocate by hand</source>
        <translation>Ajouter un nouvel ambassadeur à la main</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show the advocate in the detail panel</source>
        <translation>Afficher l’ambassadeur dans le panneau de détails</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected advocates with their referrals and rewards</source>
        <translation>Supprimer les ambassadeurs sélectionnés avec leurs parrainages et leurs récompenses</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Search by name, email, company, phone or notes</source>
        <translation>Rechercher par nom, e-mail, société, téléphone ou notes</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>Ajouter une é&amp;tiquette…</translation>
    </message>
    <message>
        <source>Tag the selected advocates</source>
        <translation>Étiqueter les ambassadeurs sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Remove Tag…</source>
        <translation>Retirer une étiq&amp;uette…</translation>
    </message>
    <message>
        <source>Remove a tag from the selected advocates</source>
        <translation>Retirer une étiquette des ambassadeurs sélectionnés</translation>
    </message>
    <message>
        <source>E&amp;xport This Person&apos;s Data…</source>
        <translation>E&amp;xporter les données de cette personne…</translation>
    </message>
    <message>
        <source>Save everything stored about this person as a JSON file (for a data access request)</source>
        <translation>Enregistrer tout ce qui est conservé sur cette personne dans un fichier JSON (pour une demande d’accès aux données)</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the advocates the table shows, or all of them, as a CSV file for a spreadsheet</source>
        <translation>Enregistrer les ambassadeurs affichés dans le tableau, ou tous, dans un fichier CSV pour un tableur</translation>
    </message>
    <message>
        <source>&amp;Erase This Person…</source>
        <translation>&amp;Effacer cette personne…</translation>
    </message>
    <message>
        <source>Remove this person&apos;s personal data for good; their referrals and rewards stay in the totals</source>
        <translation>Supprimer définitivement les données personnelles de cette personne&#xa0;; ses parrainages et récompenses restent dans les totaux</translation>
    </message>
    <message>
        <source>Change &amp;Kind</source>
        <translation>Changer le t&amp;ype</translation>
    </message>
    <message>
        <source>Search name, email, company, phone, notes (Ctrl+F)</source>
        <translation>Rechercher nom, e-mail, société, téléphone, notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Consent: any</source>
        <translation>Consentement&#xa0;: indifférent</translation>
    </message>
    <message>
        <source>With consent</source>
        <translation>Avec consentement</translation>
    </message>
    <message>
        <source>Without consent</source>
        <translation>Sans consentement</translation>
    </message>
    <message>
        <source>Show one kind of advocate</source>
        <translation>Afficher un seul type d’ambassadeur</translation>
    </message>
    <message>
        <source>Show advocates with this tag</source>
        <translation>Afficher les ambassadeurs ayant cette étiquette</translation>
    </message>
    <message>
        <source>Show active, inactive or erased advocates</source>
        <translation>Afficher les ambassadeurs actifs, inactifs ou effacés</translation>
    </message>
    <message>
        <source>Show advocates with or without marketing consent</source>
        <translation>Afficher les ambassadeurs avec ou sans consentement marketing</translation>
    </message>
    <message>
        <source>No advocate matches</source>
        <translation>Aucun ambassadeur ne correspond</translation>
    </message>
    <message>
        <source>Nobody matches the search and filters. Try fewer letters, or clear them to see everyone.</source>
        <translation>Personne ne correspond à la recherche et aux filtres. Saisissez moins de lettres, ou effacez-les pour voir tout le monde.</translation>
    </message>
    <message>
        <source>Clear Search and Filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Referral Tree</source>
        <translation>Arbre de parrainage</translation>
    </message>
    <message>
        <source>Who referred this advocate, and whom they referred</source>
        <translation>Qui a parrainé cet ambassadeur, et qui il a parrainé</translation>
    </message>
    <message>
        <source>Word of Mouth</source>
        <translation>Bouche-à-oreille</translation>
    </message>
    <message>
        <source>Their referrals beside what they said about you</source>
        <translation>Ses parrainages à côté de ce qu’il a dit de vous</translation>
    </message>
    <message>
        <source>No advocates yet</source>
        <translation>Pas encore d’ambassadeurs</translation>
    </message>
    <message>
        <source>Advocates are the customers, partners and staff who recommend you. Import the customer list your shop, CRM or mailing tool exports, or add the first one by hand.</source>
        <translation>Les ambassadeurs sont les clients, partenaires et salariés qui vous recommandent. Importez la liste de clients exportée par votre boutique, votre CRM ou votre outil d’e-mailing, ou ajoutez le premier à la main.</translation>
    </message>
    <message>
        <source>Import Customers…</source>
        <translation>Importer des clients…</translation>
    </message>
    <message>
        <source>Bring in a CSV export of your customers (File → Import Customers…, Ctrl+I)</source>
        <translation>Importer un export CSV de vos clients (Fichier → Importer des clients…, Ctrl+I)</translation>
    </message>
    <message>
        <source>Add Advocate</source>
        <translation>Ajouter un ambassadeur</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Counting… at least %1 advocates</source>
        <translation>Comptage… au moins %1 ambassadeurs</translation>
    </message>
    <message numerus="yes">
        <source>%Ln advocate(s)</source>
        <translation>
            <numerusform>%Ln ambassadeur</numerusform>
            <numerusform>%Ln ambassadeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 advocates</source>
        <extracomment>N of M advocates, where N are shown by the filters</extracomment>
        <translation>%1 ambassadeurs sur %2</translation>
    </message>
    <message>
        <source>No advocate has the referral code or email “%1”.</source>
        <translation>Aucun ambassadeur n’a le code de parrainage ou l’e-mail «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln advocate(s)?</source>
        <translation>
            <numerusform>Supprimer %Ln ambassadeur&#xa0;?</numerusform>
            <numerusform>Supprimer %Ln ambassadeurs&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their %1 referrals and %2 rewards will be deleted with them.</source>
        <translation>Leurs %1 parrainages et %2 récompenses seront supprimés avec eux.</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>Vous pouvez annuler cette action avec Édition → Annuler.</translation>
    </message>
    <message>
        <source>Delete Advocates</source>
        <translation>Supprimer des ambassadeurs</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln advocate(s) with their referrals and rewards…</source>
        <translation>
            <numerusform>Suppression de %Ln ambassadeur avec ses parrainages et ses récompenses…</numerusform>
            <numerusform>Suppression de %Ln ambassadeurs avec leurs parrainages et leurs récompenses…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Tag to add to the selected advocates:</source>
        <translation>Étiquette à ajouter aux ambassadeurs sélectionnés&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln advocate(s) “%1”</source>
        <translation>
            <numerusform>Ajouter l’étiquette «&#xa0;%1&#xa0;» à %Ln ambassadeur</numerusform>
            <numerusform>Ajouter l’étiquette «&#xa0;%1&#xa0;» à %Ln ambassadeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Retirer une étiquette</translation>
    </message>
    <message>
        <source>Tag to remove from the selected advocates:</source>
        <translation>Étiquette à retirer des ambassadeurs sélectionnés&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Untag %Ln advocate(s) “%1”</source>
        <translation>
            <numerusform>Retirer l’étiquette «&#xa0;%1&#xa0;» de %Ln ambassadeur</numerusform>
            <numerusform>Retirer l’étiquette «&#xa0;%1&#xa0;» de %Ln ambassadeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Kind</source>
        <translation>Changer le type</translation>
    </message>
    <message numerus="yes">
        <source>Make %Ln advocate(s) “%1”</source>
        <translation>
            <numerusform>Passer %Ln ambassadeur au type «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Passer %Ln ambassadeurs au type «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Export This Person&apos;s Data</source>
        <translation>Exporter les données de cette personne</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file “%1” could not be written: %2.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’a pas pu être écrit&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Everything stored about this person was saved to “%1”.</source>
        <translation>Tout ce qui est conservé sur cette personne a été enregistré dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Erase This Person</source>
        <translation>Effacer cette personne</translation>
    </message>
    <message>
        <source>Erase for Good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <source>Erasing the personal data of “%1” and rewriting the file so that no copy of it remains…</source>
        <translation>Effacement des données personnelles de «&#xa0;%1&#xa0;» et réécriture du fichier pour qu’il n’en reste aucune copie…</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
    <message numerus="yes">
        <source>Only the daily backups made before now still hold the data: each is deleted %n day(s) after it was made (Settings → Backups). Copies you saved yourself hold it until you delete them.</source>
        <translation>
            <numerusform>Seules les sauvegardes quotidiennes faites avant ce moment contiennent encore ces données&#xa0;: chacune est supprimée %n jour après sa création (Paramètres → Sauvegardes). Les copies que vous avez enregistrées vous-même les contiennent jusqu’à ce que vous les supprimiez.</numerusform>
            <numerusform>Seules les sauvegardes quotidiennes faites avant ce moment contiennent encore ces données&#xa0;: chacune est supprimée %n jours après sa création (Paramètres → Sauvegardes). Les copies que vous avez enregistrées vous-même les contiennent jusqu’à ce que vous les supprimiez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the daily backups made before now still hold the data, and Grapevine keeps every backup (Settings → Backups): delete the older ones to remove it. Copies you saved yourself hold it until you delete them.</source>
        <translation>Seules les sauvegardes quotidiennes faites avant ce moment contiennent encore ces données, et Grapevine conserve toutes les sauvegardes (Paramètres → Sauvegardes)&#xa0;: supprimez les plus anciennes pour les effacer. Les copies que vous avez enregistrées vous-même les contiennent jusqu’à ce que vous les supprimiez.</translation>
    </message>
    <message>
        <source>Erase the personal data of “%1”? Their name, email, phone, company, notes, tags and consent are replaced by an anonymous placeholder everywhere in this file: in mentions they wrote, in referrals where they were the friend, and in the import history. Their referrals and rewards stay, so your totals remain right. This cannot be undone, and the undo history is cleared.</source>
        <translation>Effacer les données personnelles de «&#xa0;%1&#xa0;»&#xa0;? Son nom, son e-mail, son téléphone, sa société, ses notes, ses étiquettes et son consentement sont remplacés par une mention anonyme partout dans ce fichier&#xa0;: dans les mentions qu’il a écrites, dans les parrainages où il était le filleul et dans l’historique des imports. Ses parrainages et ses récompenses restent, pour que vos totaux demeurent justes. Cette action est irréversible, et l’historique d’annulation est vidé.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::CampaignCostsView</name>
    <message>
        <source>&amp;Add Cost</source>
        <translation>&amp;Ajouter un coût</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>What the campaign cost besides its rewards: printing, ads for the program, a launch event. They count in its cost, ROI and cost per new customer on the day they were spent. Each cost is saved as soon as it is added.</source>
        <translation>Ce que la campagne a coûté en plus de ses récompenses&#xa0;: impression, publicités pour le programme, événement de lancement. Ces coûts comptent dans son coût, son ROI et son coût par nouveau client, au jour où ils ont été dépensés. Chaque coût est enregistré dès qu’il est ajouté.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>The day the money was spent</source>
        <translation>Le jour où l’argent a été dépensé</translation>
    </message>
    <message>
        <source>What it was, e.g. Flyers for the shop window</source>
        <translation>De quoi il s’agit, par ex. Flyers pour la vitrine</translation>
    </message>
    <message>
        <source>Record this cost (Enter)</source>
        <translation>Enregistrer ce coût (Entrée)</translation>
    </message>
    <message>
        <source>Remove the selected costs (Delete); Undo puts them back</source>
        <translation>Retirer les coûts sélectionnés (Suppr)&#xa0;; Annuler les rétablit</translation>
    </message>
    <message>
        <source>No costs recorded.</source>
        <translation>Aucun coût enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n cost(s), %1 in all</source>
        <translation>
            <numerusform>%n coût, %1 au total</numerusform>
            <numerusform>%n coûts, %1 au total</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the campaign first; its costs are recorded here.</source>
        <translation>Enregistrez d’abord la campagne&#xa0;; ses coûts s’enregistrent ici.</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Type what was spent, e.g. %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant. Saisissez ce qui a été dépensé, par ex. %2.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Cost(s)</source>
        <translation>
            <numerusform>Retirer %n coût</numerusform>
            <numerusform>Retirer %n coûts</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::CampaignEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>Enregistrer les modifications (%1)</translation>
    </message>
    <message>
        <source>Throw away the changes not saved yet</source>
        <translation>Abandonner les modifications pas encore enregistrées</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Récompenses</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Link &amp;&amp; Disclosure</source>
        <translation>Lien &amp;&amp; transparence</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Paliers</translation>
    </message>
    <message>
        <source>Name, description, status and dates</source>
        <translation>Nom, description, statut et dates</translation>
    </message>
    <message>
        <source>What the advocate and the friend earn</source>
        <translation>Ce que gagnent l’ambassadeur et le filleul</translation>
    </message>
    <message>
        <source>When rewards are earned, caps, budget and waiting periods</source>
        <translation>Quand les récompenses sont acquises, plafonds, budget et délais</translation>
    </message>
    <message>
        <source>The landing page, tracking parameters and the incentive disclosure</source>
        <translation>La page de destination, les paramètres de suivi et le texte de transparence</translation>
    </message>
    <message>
        <source>Extra rewards for advocates who bring several friends</source>
        <translation>Des récompenses supplémentaires pour les ambassadeurs qui amènent plusieurs amis</translation>
    </message>
    <message>
        <source>e.g. Spring refer-a-friend</source>
        <translation>par ex. Parrainage de printemps</translation>
    </message>
    <message>
        <source>What the campaign is about, for you and your team</source>
        <translation>L’objet de la campagne, pour vous et votre équipe</translation>
    </message>
    <message>
        <source>Draft while you prepare it; Active while it runs; Paused to stop it for a while; Ended when it is over</source>
        <translation>Brouillon pendant la préparation&#xa0;; Active pendant son déroulement&#xa0;; En pause pour l’arrêter un temps&#xa0;; Terminée quand elle est finie</translation>
    </message>
    <message>
        <source>S&amp;tarts on:</source>
        <translation>Dé&amp;but le&#xa0;:</translation>
    </message>
    <message>
        <source>Untick for a campaign that runs as soon as it is active</source>
        <translation>Décochez pour une campagne qui démarre dès qu’elle est active</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Fin le&#xa0;:</translation>
    </message>
    <message>
        <source>Untick for an open-ended campaign that runs until you end it</source>
        <translation>Décochez pour une campagne sans fin prévue, qui dure jusqu’à ce que vous y mettiez fin</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ut&#xa0;:</translation>
    </message>
    <message>
        <source>Without dates a campaign runs for as long as it is active.</source>
        <translation>Sans dates, une campagne dure tant qu’elle est active.</translation>
    </message>
    <message>
        <source>The advocate gets</source>
        <translation>L’ambassadeur reçoit</translation>
    </message>
    <message>
        <source>The friend gets</source>
        <translation>Le filleul reçoit</translation>
    </message>
    <message>
        <source>The reward for the person who recommends you</source>
        <translation>La récompense de la personne qui vous recommande</translation>
    </message>
    <message>
        <source>The welcome offer for the friend they bring (double-sided rewards convert best)</source>
        <translation>L’offre de bienvenue pour l’ami qu’elle amène (les récompenses des deux côtés convertissent le mieux)</translation>
    </message>
    <message>
        <source>Values: points as a whole number, a percentage discount from 0 to 100, every other kind as money. When rewards are earned is set on the Rules tab.</source>
        <translation>Valeurs&#xa0;: les points en nombre entier, une remise en pourcentage de 0 à 100, tous les autres types en montant. Le moment où les récompenses sont acquises se règle dans l’onglet Règles.</translation>
    </message>
    <message>
        <source>The friend signs up</source>
        <translation>Le filleul s’inscrit</translation>
    </message>
    <message>
        <source>The friend makes a first purchase</source>
        <translation>Le filleul fait un premier achat</translation>
    </message>
    <message>
        <source>Only &amp;new customers count as referred friends</source>
        <translation>Seuls les &amp;nouveaux clients comptent comme filleuls</translation>
    </message>
    <message>
        <source>A friend who already bought from you earns nobody a reward</source>
        <translation>Un filleul qui a déjà acheté chez vous ne rapporte de récompense à personne</translation>
    </message>
    <message>
        <source>The first order must be at least this much to earn the rewards; 0 for any order</source>
        <translation>La première commande doit atteindre au moins ce montant pour donner droit aux récompenses&#xa0;; 0 pour toute commande</translation>
    </message>
    <message>
        <source>&amp;Limit rewards per advocate to:</source>
        <translation>&amp;Limiter les récompenses par ambassadeur à&#xa0;:</translation>
    </message>
    <message>
        <source>No advocate earns more rewards than this in this campaign</source>
        <translation>Aucun ambassadeur ne gagne plus de récompenses que cela dans cette campagne</translation>
    </message>
    <message>
        <source>Stop rewarding once approved and issued rewards reach this amount</source>
        <translation>Cesser de récompenser dès que les récompenses approuvées et versées atteignent ce montant</translation>
    </message>
    <message>
        <source>Rewards wait this long before they can be approved, so that returned orders and cancellations earn nothing</source>
        <translation>Les récompenses attendent ce délai avant de pouvoir être approuvées, pour que les retours de commande et les annulations ne rapportent rien</translation>
    </message>
    <message>
        <source>A friend who signs up or buys within this many days of following the link counts as referred</source>
        <translation>Un ami qui s’inscrit ou achète dans ce nombre de jours après avoir suivi le lien compte comme filleul</translation>
    </message>
    <message>
        <source>Rewards are earned &amp;when:</source>
        <translation>Récompense acquise &amp;quand&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Hold rewards for:</source>
        <translation>Bloquer les récompenses &amp;pendant&#xa0;:</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>&amp;Attribution window:</source>
        <translation>Fenêtre d’&amp;attribution&#xa0;:</translation>
    </message>
    <message>
        <source>https://example.com/welcome</source>
        <translation>https://example.com/bienvenue</translation>
    </message>
    <message>
        <source>Where a friend lands after following an advocate&apos;s link</source>
        <translation>Où arrive un ami après avoir suivi le lien d’un ambassadeur</translation>
    </message>
    <message>
        <source>Added to the link so your web analytics can tell these visits apart</source>
        <translation>Ajouté au lien pour que votre outil d’analyse web distingue ces visites</translation>
    </message>
    <message>
        <source>e.g. I get store credit when you buy through my link.</source>
        <translation>par ex. Je reçois un avoir quand vous achetez via mon lien.</translation>
    </message>
    <message>
        <source>Shown with every advocate&apos;s link, so friends know the advocate is rewarded</source>
        <translation>Affiché avec le lien de chaque ambassadeur, pour que les amis sachent que l’ambassadeur est récompensé</translation>
    </message>
    <message>
        <source>Use Su&amp;ggested Text</source>
        <translation>Utiliser le te&amp;xte suggéré</translation>
    </message>
    <message>
        <source>Write a disclosure from this campaign&apos;s rewards, to edit as you like</source>
        <translation>Rédiger un texte de transparence à partir des récompenses de cette campagne, à modifier à votre guise</translation>
    </message>
    <message>
        <source>Required before a campaign with rewards can be activated: undisclosed incentives mislead friends and are unlawful in many places.</source>
        <translation>Obligatoire avant d’activer une campagne avec récompenses&#xa0;: des avantages non déclarés trompent les amis et sont illégaux dans de nombreux pays.</translation>
    </message>
    <message>
        <source>&amp;Landing page:</source>
        <translation>Page de &amp;destination&#xa0;:</translation>
    </message>
    <message>
        <source>UTM s&amp;ource:</source>
        <translation>UTM s&amp;ource&#xa0;:</translation>
    </message>
    <message>
        <source>UTM &amp;medium:</source>
        <translation>UTM &amp;medium&#xa0;:</translation>
    </message>
    <message>
        <source>UTM &amp;campaign:</source>
        <translation>UTM &amp;campaign&#xa0;:</translation>
    </message>
    <message>
        <source>Link with tracking:</source>
        <translation>Lien avec suivi&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Incentive disclosure:</source>
        <translation>Texte de &amp;transparence&#xa0;:</translation>
    </message>
    <message>
        <source>A milestone ladder gives an advocate an extra reward once that many of their referrals have converted, e.g. at 1, 3 and 5 friends.</source>
        <translation>Des paliers de récompenses donnent à un ambassadeur une récompense supplémentaire dès que ce nombre de ses parrainages ont été convertis, par ex. à 1, 3 et 5 amis.</translation>
    </message>
    <message>
        <source>Minimum &amp;order (%1):</source>
        <extracomment>%1 is the currency code, e.g. EUR</extracomment>
        <translation>C&amp;ommande minimum (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Campaign &amp;budget (%1):</source>
        <extracomment>%1 is the currency code, e.g. EUR</extracomment>
        <translation>&amp;Budget de la campagne (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>No campaign selected</source>
        <translation>Aucune campagne sélectionnée</translation>
    </message>
    <message>
        <source>The minimum order is not an amount of money; enter e.g. %1, or leave it empty for any order.</source>
        <translation>La commande minimum n’est pas un montant&#xa0;; saisissez par ex. %1, ou laissez vide pour toute commande.</translation>
    </message>
    <message>
        <source>The budget is not an amount of money; enter e.g. %1, or untick the budget.</source>
        <translation>Le budget n’est pas un montant&#xa0;; saisissez par ex. %1, ou décochez le budget.</translation>
    </message>
    <message>
        <source>The landing page is not a web address; enter one starting with https://, e.g. https://example.com/welcome.</source>
        <translation>La page de destination n’est pas une adresse web&#xa0;; saisissez-en une qui commence par https://, par ex. https://example.com/bienvenue.</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>New campaign: %1</source>
        <translation>Nouvelle campagne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter a landing page to see the link advocates share.</source>
        <translation>Saisissez une page de destination pour voir le lien que partagent les ambassadeurs.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::CampaignsPage</name>
    <message>
        <source>&amp;New Campaign</source>
        <translation>&amp;Nouvelle campagne</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Edit the campaign in the designer below</source>
        <translation>Modifier la campagne dans l’éditeur ci-dessous</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Start the campaign: advocates&apos; referrals earn the rewards from now on</source>
        <translation>Lancer la campagne&#xa0;: les parrainages des ambassadeurs donnent droit aux récompenses à partir de maintenant</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <source>Stop the campaign for a while; referrals made meanwhile earn nothing</source>
        <translation>Arrêter la campagne un temps&#xa0;; les parrainages faits entre-temps ne rapportent rien</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Close the campaign for good; its results stay in your numbers</source>
        <translation>Clore définitivement la campagne&#xa0;; ses résultats restent dans vos chiffres</translation>
    </message>
    <message>
        <source>&amp;Invitations…</source>
        <translation>&amp;Invitations…</translation>
    </message>
    <message>
        <source>Write the personal invitations advocates send for this campaign</source>
        <translation>Rédiger les invitations personnelles que les ambassadeurs envoient pour cette campagne</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete a campaign without referrals or rewards (end it otherwise)</source>
        <translation>Supprimer une campagne sans parrainages ni récompenses (sinon, terminez-la)</translation>
    </message>
    <message>
        <source>New Campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>Start a campaign from a template or from scratch</source>
        <translation>Démarrer une campagne à partir d’un modèle ou de zéro</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>No campaigns yet — start from a template</source>
        <translation>Pas encore de campagnes — partez d’un modèle</translation>
    </message>
    <message>
        <source>A campaign says what advocates and their friends earn for a recommendation, and when. Pick a starting point below; you can change every detail before you activate it.</source>
        <translation>Une campagne définit ce que les ambassadeurs et leurs amis gagnent pour une recommandation, et quand. Choisissez un point de départ ci-dessous&#xa0;; vous pourrez modifier chaque détail avant de l’activer.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>“%1” rewards people for recommending you, so friends must be told before it can be activated.

Suggested disclosure:
“%2”

Use it? You can edit it, then activate the campaign.</source>
        <translation>«&#xa0;%1&#xa0;» récompense les personnes qui vous recommandent&#xa0;: les amis doivent en être informés avant qu’elle puisse être activée.

Texte de transparence suggéré&#xa0;:
«&#xa0;%2&#xa0;»

L’utiliser&#xa0;? Vous pourrez le modifier, puis activer la campagne.</translation>
    </message>
    <message>
        <source>Disclosure Needed</source>
        <translation>Texte de transparence requis</translation>
    </message>
    <message>
        <source>Use Suggested Text</source>
        <translation>Utiliser le texte suggéré</translation>
    </message>
    <message>
        <source>This campaign offers a reward, so it needs a disclosure text before it can be activated.</source>
        <translation>Cette campagne offre une récompense&#xa0;: elle doit avoir un texte de transparence avant de pouvoir être activée.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Activate “%1”</source>
        <translation>Activer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Pause “%1”</source>
        <translation>Mettre en pause «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>End “%1”</source>
        <translation>Terminer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Make “%1” a draft</source>
        <translation>Repasser «&#xa0;%1&#xa0;» en brouillon</translation>
    </message>
    <message>
        <source>Delete Campaign</source>
        <translation>Supprimer la campagne</translation>
    </message>
    <message>
        <source>Delete “%1”? Its milestones and recorded costs are deleted with it. You can undo this with Edit → Undo.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Ses paliers et ses coûts enregistrés sont supprimés avec elle. Vous pouvez annuler cette action avec Édition → Annuler.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>%1

End “%2” now? Its referrals and rewards stay in your results.</source>
        <extracomment>%1 says why (e.g. &quot;The campaign has 3 referrals; end it instead of deleting it.&quot;), %2 is its name</extracomment>
        <translation>%1

Terminer «&#xa0;%2&#xa0;» maintenant&#xa0;? Ses parrainages et ses récompenses restent dans vos résultats.</translation>
    </message>
    <message>
        <source>Campaign In Use</source>
        <translation>Campagne utilisée</translation>
    </message>
    <message>
        <source>End Campaign</source>
        <translation>Terminer la campagne</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ChartCard</name>
    <message>
        <source>Point at a bar or point for its exact value; click it to see the records behind it. Right-click to copy or save the chart.</source>
        <translation>Pointez une barre ou un point pour voir sa valeur exacte&#xa0;; cliquez dessus pour voir les enregistrements correspondants. Clic droit pour copier ou enregistrer le graphique.</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>&amp;Copier le graphique</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Enregistrer en &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>Enregistrer en &amp;SVG…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot Save the Chart</source>
        <translation>Impossible d’enregistrer le graphique</translation>
    </message>
    <message>
        <source>“%1” could not be written. Check that the folder exists and that you may write to it.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit. Vérifiez que le dossier existe et que vous avez le droit d’y écrire.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::DashboardLoader</name>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>Impossible de lire la base de données&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::DashboardPage</name>
    <message>
        <source>no change</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>new in this period</source>
        <translation>nouveau sur cette période</translation>
    </message>
    <message>
        <source>%1 %2 % vs the previous period</source>
        <translation>%1 %2&#xa0;% par rapport à la période précédente</translation>
    </message>
    <message>
        <source>%1 %2 points vs the previous period</source>
        <translation>%1 %2 points par rapport à la période précédente</translation>
    </message>
    <message>
        <source>The period the figures and charts cover; the tiles compare it with the period of the same length before it</source>
        <translation>La période couverte par les chiffres et les graphiques&#xa0;; les tuiles la comparent à la période de même durée qui la précède</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>All campaigns, or one</source>
        <translation>Toutes les campagnes, ou une seule</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Toutes les campagnes</translation>
    </message>
    <message>
        <source>How the charts over time are grouped</source>
        <translation>Regroupement des graphiques dans le temps</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campagne&#xa0;:</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Parrainages</translation>
    </message>
    <message>
        <source>Referrals made in the period</source>
        <translation>Parrainages faits sur la période</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <source>Referrals now converted, approved or rewarded ÷ referrals</source>
        <translation>Parrainages désormais convertis, approuvés ou récompensés ÷ parrainages</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Order values of the converted referrals made in the period</source>
        <translation>Montant des commandes des parrainages convertis faits sur la période</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Rewards approved or issued to both sides, at cost (points at their value), plus the campaign costs recorded in the period</source>
        <translation>Récompenses approuvées ou versées aux deux parties, au prix coûtant (points à leur valeur), plus les coûts de campagne enregistrés sur la période</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Retour sur investissement</translation>
    </message>
    <message>
        <source>(Revenue − cost) ÷ cost</source>
        <translation>(Chiffre d’affaires − coût) ÷ coût</translation>
    </message>
    <message>
        <source>Cost per new customer</source>
        <translation>Coût par nouveau client</translation>
    </message>
    <message>
        <source>Cost ÷ converted referrals, beside what a customer costs through paid channels (set in the settings)</source>
        <translation>Coût ÷ parrainages convertis, comparé à ce que coûte un client via les canaux payants (défini dans les paramètres)</translation>
    </message>
    <message>
        <source>K-factor</source>
        <translation>Facteur K</translation>
    </message>
    <message>
        <source>Referrals per advocate who referred × conversion rate: above 1, each customer brings more than one new customer</source>
        <translation>Parrainages par ambassadeur ayant parrainé × taux de conversion&#xa0;: au-dessus de 1, chaque client en amène plus d’un nouveau</translation>
    </message>
    <message>
        <source>Complaints awaiting a reply</source>
        <translation>Réclamations en attente de réponse</translation>
    </message>
    <message>
        <source>Negative mentions that still need a response, and how many of them are past their due time</source>
        <translation>Mentions négatives qui attendent encore une réponse, et combien ont dépassé leur échéance</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>The figures cannot be computed: %1</source>
        <translation>Les chiffres ne peuvent pas être calculés&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to measure yet.&lt;/b&gt; Create a refer-a-friend campaign on the Campaigns page, record the referrals your advocates bring, or &lt;a href=&quot;import&quot;&gt;import your customers&lt;/a&gt; to begin. The figures and charts fill in as you go.</source>
        <translation>&lt;b&gt;Rien à mesurer pour l’instant.&lt;/b&gt; Créez une campagne de parrainage dans la page Campagnes, enregistrez les parrainages que vous apportent vos ambassadeurs, ou &lt;a href=&quot;import&quot;&gt;importez vos clients&lt;/a&gt; pour commencer. Les chiffres et les graphiques se remplissent au fur et à mesure.</translation>
    </message>
    <message>
        <source>No referral was made in this period. Choose a longer period, or another campaign.</source>
        <translation>Aucun parrainage n’a été fait sur cette période. Choisissez une période plus longue, ou une autre campagne.</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>Période précédente&#xa0;: %1</translation>
    </message>
    <message>
        <source>The period has no period before it to compare with.</source>
        <translation>Cette période n’a pas de période précédente à laquelle se comparer.</translation>
    </message>
    <message>
        <source>%1 of %2 referrals converted.</source>
        <translation>%1 parrainages convertis sur %2.</translation>
    </message>
    <message>
        <source>Rewards %1, other costs %2; rewards approved but not yet issued: %3.</source>
        <translation>Récompenses %1, autres coûts %2&#xa0;; récompenses approuvées mais pas encore versées&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Undefined while there is no cost to return on.</source>
        <translation>Non défini tant qu’il n’y a pas de coût à rentabiliser.</translation>
    </message>
    <message>
        <source>%1 less than paid channels</source>
        <translation>%1 de moins que les canaux payants</translation>
    </message>
    <message>
        <source>%1 more than paid channels</source>
        <translation>%1 de plus que les canaux payants</translation>
    </message>
    <message>
        <source>set the paid-channel cost in the settings to compare</source>
        <translation>définissez le coût des canaux payants dans les paramètres pour comparer</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Paid channels: %1 per customer.</source>
        <translation>Canaux payants&#xa0;: %1 par client.</translation>
    </message>
    <message>
        <source>No paid-channel cost is set.</source>
        <translation>Aucun coût des canaux payants n’est défini.</translation>
    </message>
    <message>
        <source>previous period: %1</source>
        <translation>période précédente&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 advocates referred someone; %2 of %3 active advocates took part.</source>
        <translation>%1 ambassadeurs ont parrainé quelqu’un&#xa0;; %2 des %3 ambassadeurs actifs ont participé.</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 en retard</translation>
    </message>
    <message>
        <source>none overdue</source>
        <translation>aucune en retard</translation>
    </message>
    <message>
        <source>Answered within the response target in this period: %1.</source>
        <translation>Réponses dans le délai visé sur cette période&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ExportOptionsDialog</name>
    <message>
        <source>The referrals shown by the current filter</source>
        <translation>Les parrainages affichés par le filtre actuel</translation>
    </message>
    <message>
        <source>The rewards shown by the current filter</source>
        <translation>Les récompenses affichées par le filtre actuel</translation>
    </message>
    <message>
        <source>The mentions shown by the current filter</source>
        <translation>Les mentions affichées par le filtre actuel</translation>
    </message>
    <message>
        <source>The advocates shown by the current filter</source>
        <translation>Les ambassadeurs affichés par le filtre actuel</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln referral(s) shown by the current filter</source>
        <translation>
            <numerusform>%Ln parrainage affiché par le filtre actuel</numerusform>
            <numerusform>%Ln parrainages affichés par le filtre actuel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln reward(s) shown by the current filter</source>
        <translation>
            <numerusform>%Ln récompense affichée par le filtre actuel</numerusform>
            <numerusform>%Ln récompenses affichées par le filtre actuel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln mention(s) shown by the current filter</source>
        <translation>
            <numerusform>%Ln mention affichée par le filtre actuel</numerusform>
            <numerusform>%Ln mentions affichées par le filtre actuel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln advocate(s) shown by the current filter</source>
        <translation>
            <numerusform>%Ln ambassadeur affiché par le filtre actuel</numerusform>
            <numerusform>%Ln ambassadeurs affichés par le filtre actuel</numerusform>
        </translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation>Tous les parrainages</translation>
    </message>
    <message>
        <source>All rewards</source>
        <translation>Toutes les récompenses</translation>
    </message>
    <message>
        <source>All mentions</source>
        <translation>Toutes les mentions</translation>
    </message>
    <message>
        <source>All advocates</source>
        <translation>Tous les ambassadeurs</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln referral(s)</source>
        <translation>
            <numerusform>Tous les parrainages (%Ln)</numerusform>
            <numerusform>Tous les parrainages (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln reward(s)</source>
        <translation>
            <numerusform>Toutes les récompenses (%Ln)</numerusform>
            <numerusform>Toutes les récompenses (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln mention(s)</source>
        <translation>
            <numerusform>Toutes les mentions (%Ln)</numerusform>
            <numerusform>Toutes les mentions (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln advocate(s)</source>
        <translation>
            <numerusform>Tous les ambassadeurs (%Ln)</numerusform>
            <numerusform>Tous les ambassadeurs (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <source>Semicolon (Excel in most of Europe)</source>
        <extracomment>Excel expects semicolons where the decimal sign is a comma</extracomment>
        <translation>Point-virgule (Excel dans la plupart des pays d’Europe)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Mark the file as UTF-8, so that Excel shows accents</source>
        <translation>Marquer le fichier comme UTF-8, pour qu’Excel affiche les accents</translation>
    </message>
    <message>
        <source>Starts the file with a byte order mark. Leave it off for programs that do not expect one.</source>
        <translation>Ajoute une marque d’ordre des octets (BOM) au début du fichier. Désactivez-la pour les programmes qui ne l’attendent pas.</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportCheckPage</name>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Vérifier avant d’importer</translation>
    </message>
    <message>
        <source>Grapevine tries the whole import and then takes it back, so these numbers are exact and nothing has changed yet. Press Import to do it for real.</source>
        <translation>Grapevine effectue l’import complet puis l’annule&#xa0;: ces chiffres sont donc exacts et rien n’a encore changé. Cliquez sur Importer pour l’effectuer pour de bon.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Show only the rows with this outcome</source>
        <translation>Afficher uniquement les lignes ayant ce résultat</translation>
    </message>
    <message>
        <source>What the import would do with each row</source>
        <translation>Ce que l’import ferait de chaque ligne</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affi&amp;cher&#xa0;:</translation>
    </message>
    <message>
        <source>Checking every row of %1…</source>
        <translation>Vérification de chaque ligne de %1…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>The check did not finish.</source>
        <translation>La vérification ne s’est pas terminée.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>La vérification a été arrêtée.</translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was changed.</source>
        <translation>La vérification a été arrêtée. Rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Checked all %Ln row(s).</source>
        <translation>
            <numerusform>Toutes les lignes ont été vérifiées (%Ln).</numerusform>
            <numerusform>Toutes les lignes ont été vérifiées (%Ln).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing would change: everyone in the file is in Grapevine already with these details. You can still import, to have the file in the import history.</source>
        <translation>Rien ne changerait&#xa0;: toutes les personnes du fichier sont déjà dans Grapevine avec ces informations. Vous pouvez tout de même importer, pour garder le fichier dans l’historique des imports.</translation>
    </message>
    <message>
        <source>Nothing would change: everything in the file is in Grapevine already, or is not a referral. You can still import, to have the file in the import history.</source>
        <translation>Rien ne changerait&#xa0;: tout ce que contient le fichier est déjà dans Grapevine, ou n’est pas un parrainage. Vous pouvez tout de même importer, pour garder le fichier dans l’historique des imports.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) would be rejected; the table says why. You can import the rest now and save the rejected rows afterwards, to fix them and import them again.</source>
        <translation>
            <numerusform>%Ln ligne serait rejetée&#xa0;; le tableau indique pourquoi. Vous pouvez importer le reste maintenant et enregistrer ensuite les lignes rejetées, pour les corriger et les importer à nouveau.</numerusform>
            <numerusform>%Ln lignes seraient rejetées&#xa0;; le tableau indique pourquoi. Vous pouvez importer le reste maintenant et enregistrer ensuite les lignes rejetées, pour les corriger et les importer à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row can be imported. Nothing has changed yet: press Import to do it.</source>
        <translation>Toutes les lignes peuvent être importées. Rien n’a encore changé&#xa0;: cliquez sur Importer pour lancer l’import.</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows are listed.</source>
        <translation>Les %1 premières lignes sur %2 sont listées.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportCountsView</name>
    <message>
        <source>Rows that cannot be imported as they are, each with the reason; they can be saved, fixed and imported again</source>
        <translation>Lignes qui ne peuvent pas être importées telles quelles, chacune avec son motif&#xa0;; elles peuvent être enregistrées, corrigées et importées à nouveau</translation>
    </message>
    <message>
        <source>new referrals</source>
        <translation>nouveaux parrainages</translation>
    </message>
    <message>
        <source>Orders with an advocate&apos;s referral code, or a referrer named, and no referral yet: recorded as new referrals (converted when the order has a value)</source>
        <translation>Commandes avec le code de parrainage d’un ambassadeur, ou un parrain indiqué, et sans parrainage existant&#xa0;: enregistrées comme nouveaux parrainages (convertis si la commande a un montant)</translation>
    </message>
    <message>
        <source>converted</source>
        <translation>convertis</translation>
    </message>
    <message>
        <source>Open referrals whose friend ordered: marked converted with the order&apos;s value, rewards as the campaign says</source>
        <translation>Parrainages ouverts dont le filleul a commandé&#xa0;: marqués convertis avec le montant de la commande, récompenses selon les règles de la campagne</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorées</translation>
    </message>
    <message>
        <source>Ordinary orders without a referral, refunds and cancellations, and orders already recorded</source>
        <translation>Commandes ordinaires sans parrainage, remboursements et annulations, et commandes déjà enregistrées</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutées</translation>
    </message>
    <message>
        <source>New mentions; negative ones join the response queue</source>
        <translation>Nouvelles mentions&#xa0;; les négatives rejoignent la file des réponses</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>Mentions are never changed by an import</source>
        <translation>Un import ne modifie jamais les mentions</translation>
    </message>
    <message>
        <source>Mentions already in Grapevine: the same link, or the same time, channel, author and text</source>
        <translation>Mentions déjà dans Grapevine&#xa0;: même lien, ou même date, même canal, même auteur et même texte</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créés</translation>
    </message>
    <message>
        <source>New advocates: people not yet in Grapevine</source>
        <translation>Nouveaux ambassadeurs&#xa0;: personnes pas encore dans Grapevine</translation>
    </message>
    <message>
        <source>Advocates already in Grapevine (same email) whose details change</source>
        <translation>Ambassadeurs déjà dans Grapevine (même e-mail) dont les informations changent</translation>
    </message>
    <message>
        <source>Rows left as they are: the advocate exists and nothing changes, or duplicates are skipped</source>
        <translation>Lignes laissées telles quelles&#xa0;: l’ambassadeur existe et rien ne change, ou les doublons sont ignorés</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetées</translation>
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
        <translation>Exportez les commandes de votre boutique (Shopify, WooCommerce, Square, Stripe…) ou tenez une liste de parrainages dans un tableur. Une commande passée par un filleul, ou avec le code de parrainage d’un ambassadeur, marque le parrainage comme converti avec le montant de la commande&#xa0;; les récompenses suivent les règles de la campagne. Les commandes déjà enregistrées sont ignorées.</translation>
    </message>
    <message>
        <source>Export the mentions from your social-listening tool (Brand24, Mention, Talkwalker…) or your reviews from Google or Trustpilot. Complaints join the response queue. Mentions already in Grapevine are skipped.</source>
        <translation>Exportez les mentions de votre outil de veille sociale (Brand24, Mention, Talkwalker…) ou vos avis Google ou Trustpilot. Les réclamations rejoignent la file des réponses. Les mentions déjà dans Grapevine sont ignorées.</translation>
    </message>
    <message>
        <source>Grapevine knows the exports of Shopify, WooCommerce, HubSpot, Mailchimp, Square, Stripe, Klaviyo, and Google and Outlook contacts, and reads any other file with a column of email addresses. People already in Grapevine are recognised by their email, so importing this week&apos;s export again only brings in what changed.</source>
        <translation>Grapevine connaît les exports de Shopify, WooCommerce, HubSpot, Mailchimp, Square, Stripe, Klaviyo, ainsi que les contacts Google et Outlook, et lit tout autre fichier ayant une colonne d’adresses e-mail. Les personnes déjà dans Grapevine sont reconnues par leur e-mail&#xa0;: réimporter l’export de cette semaine n’ajoute donc que ce qui a changé.</translation>
    </message>
    <message>
        <source>orders or referrals</source>
        <translation>commandes ou parrainages</translation>
    </message>
    <message>
        <source>mentions or reviews</source>
        <translation>mentions ou avis</translation>
    </message>
    <message>
        <source>customers or contacts</source>
        <translation>clients ou contacts</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>Export the list from your shop, CRM or tool as a CSV file, or save a spreadsheet as CSV. Nothing changes in Grapevine until the last step.</source>
        <translation>Exportez la liste depuis votre boutique, votre CRM ou votre outil au format CSV, ou enregistrez un tableur en CSV. Rien ne change dans Grapevine avant la dernière étape.</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>Le fichier contient&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ustomers or contacts</source>
        <translation>C&amp;lients ou contacts</translation>
    </message>
    <message>
        <source>&amp;Orders or referrals</source>
        <translation>C&amp;ommandes ou parrainages</translation>
    </message>
    <message>
        <source>&amp;Mentions or reviews</source>
        <translation>&amp;Mentions ou avis</translation>
    </message>
    <message>
        <source>People to keep as advocates: customers, partners, staff, subscribers</source>
        <translation>Des personnes à garder comme ambassadeurs&#xa0;: clients, partenaires, salariés, abonnés</translation>
    </message>
    <message>
        <source>A shop&apos;s orders, to find the referrals that converted and their order values</source>
        <translation>Les commandes d’une boutique, pour trouver les parrainages convertis et le montant de leurs commandes</translation>
    </message>
    <message>
        <source>Posts, comments and reviews that mention the business</source>
        <translation>Publications, commentaires et avis qui mentionnent l’entreprise</translation>
    </message>
    <message>
        <source>Drop a CSV or text file here, or</source>
        <translation>Déposez un fichier CSV ou texte ici, ou</translation>
    </message>
    <message>
        <source>Choose the exported file (CSV or tab-separated text)</source>
        <translation>Choisir le fichier exporté (CSV ou texte séparé par des tabulations)</translation>
    </message>
    <message>
        <source>Recognised: %1 export</source>
        <translation>Reconnu&#xa0;: export %1</translation>
    </message>
    <message>
        <source>Recognised: %1 contacts export</source>
        <translation>Reconnu&#xa0;: export des contacts %1</translation>
    </message>
    <message>
        <source>Recognised: %1 customers export</source>
        <translation>Reconnu&#xa0;: export des clients %1</translation>
    </message>
    <message>
        <source>Its columns say it holds %1, so that is how it is imported; choose another kind above if not.</source>
        <translation>D’après ses colonnes, il contient des %1&#xa0;: c’est donc ainsi qu’il est importé. Sinon, choisissez un autre type ci-dessus.</translation>
    </message>
    <message>
        <source>Its columns look like %1 rather than %2. If so, choose “%3” above.</source>
        <translation>Ses colonnes ressemblent plutôt à des %1 qu’à des %2. Si c’est le cas, choisissez «&#xa0;%3&#xa0;» ci-dessus.</translation>
    </message>
    <message>
        <source>%1 — the columns are matched already.</source>
        <extracomment>%1 is &quot;Recognised: Shopify customers export&quot;</extracomment>
        <translation>%1 — les colonnes sont déjà associées.</translation>
    </message>
    <message>
        <source>Not one of the exports Grapevine knows by name, but its columns were matched by their headings. You can check the matches in two steps.</source>
        <translation>Ce n’est pas l’un des exports que Grapevine connaît par leur nom, mais ses colonnes ont été associées d’après leurs en-têtes. Vous pourrez vérifier les associations dans deux étapes.</translation>
    </message>
    <message>
        <source>Grapevine did not find a column of email addresses by its heading. You will choose it in the column mapping, two steps from here.</source>
        <translation>Grapevine n’a pas trouvé de colonne d’adresses e-mail d’après son en-tête. Vous la choisirez dans la correspondance des colonnes, deux étapes plus loin.</translation>
    </message>
    <message>
        <source>Grapevine did not find the columns it needs by their headings. You will choose them in the column mapping, two steps from here.</source>
        <translation>Grapevine n’a pas trouvé d’après leurs en-têtes les colonnes dont il a besoin. Vous les choisirez dans la correspondance des colonnes, deux étapes plus loin.</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fichiers CSV et texte (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Choose Another File…</source>
        <translation>&amp;Choisir un autre fichier…</translation>
    </message>
    <message>
        <source>%1 — reading…</source>
        <translation>%1 — lecture…</translation>
    </message>
    <message>
        <source>about %1 rows</source>
        <translation>environ %1 lignes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
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
            <numerusform>%Ln colonne</numerusform>
            <numerusform>%Ln colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is empty: there is nothing to import.</source>
        <translation>Le fichier est vide&#xa0;: il n’y a rien à importer.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportHistoryDialog</name>
    <message>
        <source>The import history cannot be read.</source>
        <translation>L’historique des imports ne peut pas être lu.</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>&amp;Annuler l’import…</translation>
    </message>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation>&amp;Enregistrer les lignes rejetées…</translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>Historique des imports</translation>
    </message>
    <message>
        <source>Every import, newest first. An import can be undone as a whole: what it added is deleted and what it changed is put back.</source>
        <translation>Tous les imports, du plus récent au plus ancien. Un import peut être annulé en bloc&#xa0;: ce qu’il a ajouté est supprimé et ce qu’il a modifié est rétabli.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Nothing has been imported yet. File → Import brings in your shop&apos;s or CRM&apos;s customer list, its orders, or your mentions.</source>
        <translation>Rien n’a encore été importé. Fichier → Importer permet d’ajouter la liste de clients de votre boutique ou de votre CRM, ses commandes, ou vos mentions.</translation>
    </message>
    <message>
        <source>Delete what the selected import added and put back what it changed</source>
        <translation>Supprimer ce que l’import sélectionné a ajouté et rétablir ce qu’il a modifié</translation>
    </message>
    <message>
        <source>Save the rows the selected import rejected, with the reason, as a CSV file to fix and import again</source>
        <translation>Enregistrer les lignes rejetées par l’import sélectionné, avec le motif, dans un fichier CSV à corriger et importer à nouveau</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Parrainages</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Import number %1</source>
        <translation>Import numéro %1</translation>
    </message>
    <message>
        <source>%1 (%2, values separated by “%3”)</source>
        <translation>%1 (%2, valeurs séparées par «&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <source>Undone on %1</source>
        <translation>Annulé le %1</translation>
    </message>
    <message>
        <source>This import was undone already</source>
        <translation>Cet import a déjà été annulé</translation>
    </message>
    <message>
        <source>The database is read-only</source>
        <translation>La base de données est en lecture seule</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportMappingPage</name>
    <message>
        <source>&amp;Save as Preset…</source>
        <translation>&amp;Enregistrer la correspondance…</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds. Columns set to “Don&apos;t import” are left out.</source>
        <translation>Choisissez ce que contient chaque colonne du fichier. Les colonnes réglées sur «&#xa0;Ne pas importer&#xa0;» sont ignorées.</translation>
    </message>
    <message>
        <source>Apply a column mapping saved for an earlier file</source>
        <translation>Appliquer une correspondance de colonnes enregistrée pour un fichier précédent</translation>
    </message>
    <message>
        <source>Save these matches under a name, to apply them to next week&apos;s file in one go</source>
        <translation>Enregistrer ces associations sous un nom, pour les appliquer d’un coup au fichier de la semaine prochaine</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>&amp;Correspondance enregistrée&#xa0;:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Values in the first rows</source>
        <translation>Valeurs des premières lignes</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>What the column “%1” holds</source>
        <translation>Ce que contient la colonne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>Ne pas importer</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1.&lt;/b&gt; Every column Grapevine knows is matched already; nothing needs changing. Check the matches below if you like.</source>
        <translation>&lt;b&gt;%1.&lt;/b&gt; Toutes les colonnes que Grapevine connaît sont déjà associées&#xa0;; il n’y a rien à changer. Vérifiez les associations ci-dessous si vous le souhaitez.</translation>
    </message>
    <message>
        <source>Grapevine matched the columns by their headings. Check each match below, and choose what any column it did not recognise holds.</source>
        <translation>Grapevine a associé les colonnes d’après leurs en-têtes. Vérifiez chaque association ci-dessous, et indiquez ce que contient chaque colonne non reconnue.</translation>
    </message>
    <message>
        <source>Matched automatically</source>
        <translation>Associée automatiquement</translation>
    </message>
    <message>
        <source>Matched automatically (%1)</source>
        <comment>the export&apos;s tool</comment>
        <translation>Associée automatiquement (%1)</translation>
    </message>
    <message>
        <source>Changed by hand. Save as a preset to use these matches again.</source>
        <translation>Modifiée à la main. Enregistrez la correspondance pour réutiliser ces associations.</translation>
    </message>
    <message>
        <source>“%1” now comes from “%2” instead of “%3”.</source>
        <translation>«&#xa0;%1&#xa0;» provient maintenant de «&#xa0;%2&#xa0;» au lieu de «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot Apply the Mapping</source>
        <translation>Impossible d’appliquer la correspondance</translation>
    </message>
    <message>
        <source>The saved mapping “%1” no longer exists.</source>
        <translation>La correspondance enregistrée «&#xa0;%1&#xa0;» n’existe plus.</translation>
    </message>
    <message>
        <source>“%1” was saved for another kind of file; nothing of it applies here.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistrée pour un autre type de fichier&#xa0;; rien ne s’applique ici.</translation>
    </message>
    <message>
        <source>Applied “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» appliquée.</translation>
    </message>
    <message>
        <source>Applied “%1”, but this file has no column called %2: those details are not imported.</source>
        <translation>«&#xa0;%1&#xa0;» appliquée, mais ce fichier n’a pas de colonne nommée %2&#xa0;: ces informations ne sont pas importées.</translation>
    </message>
    <message>
        <source>Applied your saved mapping “%1”: this file has all its columns.</source>
        <translation>Votre correspondance enregistrée «&#xa0;%1&#xa0;» a été appliquée&#xa0;: ce fichier a toutes ses colonnes.</translation>
    </message>
    <message>
        <source>Save Column Mapping</source>
        <translation>Enregistrer la correspondance des colonnes</translation>
    </message>
    <message>
        <source>A name for these matches, such as “Weekly Shopify export”:</source>
        <translation>Un nom pour ces associations, par exemple «&#xa0;Export Shopify hebdomadaire&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Replace the Saved Mapping?</source>
        <translation>Remplacer la correspondance enregistrée&#xa0;?</translation>
    </message>
    <message>
        <source>A mapping called “%1” is saved already. Replace it with these matches?</source>
        <translation>Une correspondance nommée «&#xa0;%1&#xa0;» est déjà enregistrée. La remplacer par ces associations&#xa0;?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Cannot Save the Mapping</source>
        <translation>Impossible d’enregistrer la correspondance</translation>
    </message>
    <message>
        <source>Saved as “%1”. Choose it here next time.</source>
        <translation>Enregistrée sous «&#xa0;%1&#xa0;». Choisissez-la ici la prochaine fois.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln column(s) will be imported.</source>
        <translation>
            <numerusform>Colonnes importées&#xa0;: %1 sur %Ln.</numerusform>
            <numerusform>Colonnes importées&#xa0;: %1 sur %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportOptionsPage</name>
    <message>
        <source>DD/MM/YYYY (day first)</source>
        <translation>DD/MM/YYYY (jour en premier)</translation>
    </message>
    <message>
        <source>MM/DD/YYYY (month first)</source>
        <translation>MM/DD/YYYY (mois en premier)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (year first)</source>
        <translation>YYYY-MM-DD (année en premier)</translation>
    </message>
    <message>
        <source>&amp;Update them</source>
        <translation>&amp;Les mettre à jour</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>Les &amp;ignorer</translation>
    </message>
    <message>
        <source>&amp;Fill in empty details only</source>
        <translation>&amp;Compléter uniquement les informations vides</translation>
    </message>
    <message>
        <source>The order of day, month and year in the file&apos;s dates</source>
        <translation>L’ordre du jour, du mois et de l’année dans les dates du fichier</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>The character before the cents in amounts of money</source>
        <translation>Le caractère placé avant les centimes dans les montants</translation>
    </message>
    <message>
        <source>Point: 1,234.50</source>
        <translation>Point&#xa0;: 1,234.50</translation>
    </message>
    <message>
        <source>Comma: 1.234,50</source>
        <translation>Virgule&#xa0;: 1.234,50</translation>
    </message>
    <message>
        <source>Dates and amounts</source>
        <translation>Dates et montants</translation>
    </message>
    <message>
        <source>&amp;Date format:</source>
        <translation>Format de &amp;date&#xa0;:</translation>
    </message>
    <message>
        <source>Decimal &amp;separator:</source>
        <translation>&amp;Séparateur décimal&#xa0;:</translation>
    </message>
    <message>
        <source>When someone is an advocate already</source>
        <translation>Quand une personne est déjà ambassadeur</translation>
    </message>
    <message>
        <source>The file&apos;s values replace the stored ones. Empty cells never erase anything.</source>
        <translation>Les valeurs du fichier remplacent celles enregistrées. Une cellule vide n’efface jamais rien.</translation>
    </message>
    <message>
        <source>People already in Grapevine are left exactly as they are; only new people are added.</source>
        <translation>Les personnes déjà dans Grapevine restent exactement telles quelles&#xa0;; seules les nouvelles personnes sont ajoutées.</translation>
    </message>
    <message>
        <source>Only details that are empty in Grapevine are taken from the file; nothing stored is changed.</source>
        <translation>Seules les informations vides dans Grapevine sont reprises du fichier&#xa0;; rien de ce qui est enregistré n’est modifié.</translation>
    </message>
    <message>
        <source>Dates, amounts and people you have already</source>
        <translation>Dates, montants et personnes déjà présentes</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Say how the file writes dates and amounts, and what to do when someone in the file is an advocate already (the same email).</source>
        <translation>Indiquez comment le fichier écrit les dates et les montants, et que faire quand une personne du fichier est déjà ambassadeur (même e-mail).</translation>
    </message>
    <message>
        <source>Say how the file writes dates and amounts.</source>
        <translation>Indiquez comment le fichier écrit les dates et les montants.</translation>
    </message>
    <message>
        <source>Say how the file writes dates.</source>
        <translation>Indiquez comment le fichier écrit les dates.</translation>
    </message>
    <message>
        <source>No column is imported as “%1”, so no dates are read.</source>
        <translation>Aucune colonne n’est importée comme «&#xa0;%1&#xa0;»&#xa0;: aucune date n’est lue.</translation>
    </message>
    <message>
        <source>(all empty)</source>
        <translation>(toutes vides)</translation>
    </message>
    <message>
        <source>Dates in “%1”, such as %2. Detected: %3.</source>
        <translation>Dates de «&#xa0;%1&#xa0;», par ex. %2. Détecté&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Dates in “%1”, such as %2.</source>
        <translation>Dates de «&#xa0;%1&#xa0;», par ex. %2.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>No column is imported as “%1”, so no amounts are read.</source>
        <translation>Aucune colonne n’est importée comme «&#xa0;%1&#xa0;»&#xa0;: aucun montant n’est lu.</translation>
    </message>
    <message>
        <source>Amounts in “%1” are read with the separator chosen.</source>
        <translation>Les montants de «&#xa0;%1&#xa0;» sont lus avec le séparateur choisi.</translation>
    </message>
    <message>
        <source>Detected in “%1”: a comma before the cents.</source>
        <translation>Détecté dans «&#xa0;%1&#xa0;»&#xa0;: une virgule avant les centimes.</translation>
    </message>
    <message>
        <source>Detected in “%1”: a point before the cents.</source>
        <translation>Détecté dans «&#xa0;%1&#xa0;»&#xa0;: un point avant les centimes.</translation>
    </message>
    <message>
        <source>Each amount in “%1” decides for itself: a separator followed by one or two digits at the end is taken as the cents.</source>
        <translation>Chaque montant de «&#xa0;%1&#xa0;» est interprété individuellement&#xa0;: un séparateur suivi d’un ou deux chiffres à la fin est pris pour celui des centimes.</translation>
    </message>
    <message>
        <source>%1 Currency symbols and codes ($, €, EUR) and thousands separators are recognised and left out.</source>
        <extracomment>Follows what was detected about the decimal separator</extracomment>
        <translation>%1 Les symboles et codes de devise ($, €, EUR) et les séparateurs de milliers sont reconnus et ignorés.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportPreviewLoader</name>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>column: problem</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportPreviewModel</name>
    <message>
        <source>Line %1 has a problem:
%2</source>
        <translation>La ligne %1 a un problème&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>(extra value)</source>
        <translation>(valeur en trop)</translation>
    </message>
    <message>
        <source>The line of the file where the row starts</source>
        <translation>La ligne du fichier où commence l’enregistrement</translation>
    </message>
    <message>
        <source>Some rows have more values than the file has columns</source>
        <translation>Certaines lignes ont plus de valeurs que le fichier n’a de colonnes</translation>
    </message>
    <message>
        <source>“%1” is not imported</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas importée</translation>
    </message>
    <message>
        <source>“%1” is imported as %2</source>
        <translation>«&#xa0;%1&#xa0;» est importée comme %2</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportPreviewPage</name>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <source>The first row holds the column &amp;names</source>
        <translation>La première ligne contient les &amp;noms des colonnes</translation>
    </message>
    <message>
        <source>Check how the file is read</source>
        <translation>Vérifier la lecture du fichier</translation>
    </message>
    <message>
        <source>Grapevine detected how the file is written. If names with accents look wrong or all values sit in one column, change the settings below: the preview follows at once.</source>
        <translation>Grapevine a détecté comment le fichier est écrit. Si les noms accentués s’affichent mal ou si toutes les valeurs sont dans une seule colonne, modifiez les réglages ci-dessous&#xa0;: l’aperçu suit immédiatement.</translation>
    </message>
    <message>
        <source>How the file&apos;s characters are stored. Change it when accents or other letters look wrong in the preview.</source>
        <translation>La façon dont les caractères du fichier sont stockés. Changez-la quand les accents ou d’autres lettres s’affichent mal dans l’aperçu.</translation>
    </message>
    <message>
        <source>The character between two values of a row. Change it when the preview shows everything in one column.</source>
        <translation>Le caractère entre deux valeurs d’une ligne. Changez-le quand l’aperçu affiche tout dans une seule colonne.</translation>
    </message>
    <message>
        <source>Clear this when the first row is already data, not headings: the columns are then called “Column 1”, “Column 2”…</source>
        <translation>Décochez si la première ligne contient déjà des données, et non des en-têtes&#xa0;: les colonnes s’appellent alors «&#xa0;Colonne 1&#xa0;», «&#xa0;Colonne 2&#xa0;»…</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Les premières lignes du fichier</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>Values separated &amp;by:</source>
        <translation>Valeurs séparées &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>Detected: the file starts with a mark that names its encoding.</source>
        <translation>Détecté&#xa0;: le fichier commence par une marque qui indique son encodage.</translation>
    </message>
    <message>
        <source>Assumed: the file is not Unicode, and Windows-1252 is what Excel on Windows saves. If accents look wrong below, try another encoding.</source>
        <translation>Supposé&#xa0;: le fichier n’est pas en Unicode, et Windows-1252 est ce qu’enregistre Excel sous Windows. Si les accents s’affichent mal ci-dessous, essayez un autre encodage.</translation>
    </message>
    <message>
        <source>Detected from the file&apos;s characters.</source>
        <translation>Détecté d’après les caractères du fichier.</translation>
    </message>
    <message>
        <source>%1 — detected</source>
        <comment>encoding or delimiter</comment>
        <translation>%1 — détecté</translation>
    </message>
    <message numerus="yes">
        <source>Detected: most rows have %Ln value(s) this way.</source>
        <translation>
            <numerusform>Détecté&#xa0;: la plupart des lignes ont %Ln valeur de cette façon.</numerusform>
            <numerusform>Détecté&#xa0;: la plupart des lignes ont %Ln valeurs de cette façon.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 of about %2 rows.</source>
        <translation>Les %1 premières lignes sur environ %2.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln row(s) of the file.</source>
        <translation>
            <numerusform>La totalité du fichier&#xa0;: %Ln ligne.</numerusform>
            <numerusform>La totalité du fichier&#xa0;: %Ln lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with a problem are highlighted: point at one to see why. The import leaves such rows out and lists them, so they can be fixed and imported again.</source>
        <translation>
            <numerusform>%Ln ligne avec un problème est surlignée&#xa0;: pointez-la pour voir pourquoi. L’import laisse ces lignes de côté et les liste, pour qu’elles puissent être corrigées et importées à nouveau.</numerusform>
            <numerusform>%Ln lignes avec un problème sont surlignées&#xa0;: pointez-en une pour voir pourquoi. L’import laisse ces lignes de côté et les liste, pour qu’elles puissent être corrigées et importées à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found in these rows.</source>
        <translation>Aucun problème trouvé dans ces lignes.</translation>
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
        <translation>Progression de l’import</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>environ %n seconde restante</numerusform>
            <numerusform>environ %n secondes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>environ %n minute restante</numerusform>
            <numerusform>environ %n minutes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>environ %n heure restante</numerusform>
            <numerusform>environ %n heures restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln row(s) read. Taking the trial back so that nothing changes…</source>
        <translation>
            <numerusform>Toutes les lignes ont été lues (%Ln). Annulation de l’essai pour que rien ne change…</numerusform>
            <numerusform>Toutes les lignes ont été lues (%Ln). Annulation de l’essai pour que rien ne change…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln row(s) read. Saving the advocates and building the search index; with a large file this last step takes a moment…</source>
        <translation>
            <numerusform>Toutes les lignes ont été lues (%Ln). Enregistrement des ambassadeurs et construction de l’index de recherche&#xa0;; avec un gros fichier, cette dernière étape prend un moment…</numerusform>
            <numerusform>Toutes les lignes ont été lues (%Ln). Enregistrement des ambassadeurs et construction de l’index de recherche&#xa0;; avec un gros fichier, cette dernière étape prend un moment…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) checked</source>
        <translation>
            <numerusform>%Ln ligne vérifiée</numerusform>
            <numerusform>%Ln lignes vérifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported</source>
        <translation>
            <numerusform>%Ln ligne importée</numerusform>
            <numerusform>%Ln lignes importées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows a second</source>
        <translation>%1 lignes par seconde</translation>
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
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportRunPage</name>
    <message>
        <source>Cancel Import</source>
        <translation>Arrêter l’import</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>Everything is saved at once at the end. Cancel stops the import and leaves everything exactly as it was.</source>
        <translation>Tout est enregistré d’un coup, à la fin. Si vous arrêtez l’import, tout reste exactement comme avant.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Stop the import; nothing of it is kept</source>
        <translation>Arrêter l’import&#xa0;; rien n’en est conservé</translation>
    </message>
    <message>
        <source>A large file takes a while: about a minute for a hundred thousand rows on a typical laptop. Cancel stays possible until the very end.</source>
        <translation>Un gros fichier prend du temps&#xa0;: environ une minute pour cent mille lignes sur un ordinateur portable courant. Vous pouvez arrêter l’import jusqu’au tout dernier moment.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Import de %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancelling: taking back what was imported so far…</source>
        <translation>Arrêt&#xa0;: annulation de ce qui a été importé jusqu’ici…</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportRunner</name>
    <message>
        <source>The database cannot be opened for the import: %1</source>
        <translation>La base de données ne peut pas être ouverte pour l’import&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The import stopped unexpectedly.</source>
        <translation>L’import s’est arrêté de façon inattendue.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportSummaryPage</name>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation>&amp;Enregistrer les lignes rejetées…</translation>
    </message>
    <message>
        <source>&amp;Undo This Import…</source>
        <translation>&amp;Annuler cet import…</translation>
    </message>
    <message>
        <source>The rejected rows and why</source>
        <translation>Les lignes rejetées et leur motif</translation>
    </message>
    <message>
        <source>Save the rejected rows as a CSV file: the original columns plus the reason, to fix and import again</source>
        <translation>Enregistrer les lignes rejetées dans un fichier CSV&#xa0;: les colonnes d’origine plus le motif, à corriger et importer à nouveau</translation>
    </message>
    <message>
        <source>Delete what this import added and put back what it changed</source>
        <translation>Supprimer ce que cet import a ajouté et rétablir ce qu’il a modifié</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import arrêté</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’import</translation>
    </message>
    <message>
        <source>Cancel stopped the import before anything was saved.</source>
        <translation>L’import a été arrêté avant que quoi que ce soit ne soit enregistré.</translation>
    </message>
    <message>
        <source>Something went wrong before the import could be saved.</source>
        <translation>Un problème est survenu avant que l’import puisse être enregistré.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled. Nothing was imported: Grapevine is exactly as it was.</source>
        <translation>L’import de %1 a été arrêté. Rien n’a été importé&#xa0;: Grapevine est exactement comme avant.</translation>
    </message>
    <message>
        <source>The import of %1 failed: %2 Nothing was imported: Grapevine is exactly as it was.</source>
        <translation>L’import de %1 a échoué&#xa0;: %2 Rien n’a été importé&#xa0;: Grapevine est exactement comme avant.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>The import is number %1 in File → Import History, where it can be reviewed and undone later.</source>
        <translation>Cet import porte le numéro %1 dans Fichier → Historique des imports, où vous pourrez le consulter et l’annuler plus tard.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln row(s) read.</source>
        <translation>
            <numerusform>%1 importé&#xa0;: %Ln ligne lue.</numerusform>
            <numerusform>%1 importé&#xa0;: %Ln lignes lues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected row(s), with the reason:</source>
        <translation>
            <numerusform>%Ln ligne rejetée, avec le motif&#xa0;:</numerusform>
            <numerusform>%Ln lignes rejetées, avec le motif&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Aucune ligne n’a été rejetée.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more problem(s) are not listed here; the saved file has every rejected row.</source>
        <translation>
            <numerusform>%Ln autre problème n’est pas listé ici&#xa0;; le fichier enregistré contient toutes les lignes rejetées.</numerusform>
            <numerusform>%Ln autres problèmes ne sont pas listés ici&#xa0;; le fichier enregistré contient toutes les lignes rejetées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save them, fix them in the saved file, and import that file again.</source>
        <translation>Enregistrez-les, corrigez-les dans le fichier enregistré, puis importez à nouveau ce fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were imported with a remark, such as line %1: %2</source>
        <translation>
            <numerusform>%Ln ligne a été importée avec une remarque, par exemple la ligne %1&#xa0;: %2</numerusform>
            <numerusform>%Ln lignes ont été importées avec une remarque, par exemple la ligne %1&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <source>Everything this import did was taken back. File → Import History keeps its record.</source>
        <translation>Tout ce que cet import avait fait a été annulé. Fichier → Historique des imports en garde la trace.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportWizard</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Import Orders or Referrals</source>
        <translation>Importer des commandes ou des parrainages</translation>
    </message>
    <message>
        <source>Import Mentions</source>
        <translation>Importer des mentions</translation>
    </message>
    <message>
        <source>Import Customers</source>
        <translation>Importer des clients</translation>
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
        <translation>Camille</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Martin</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Modèle de message</translation>
    </message>
    <message>
        <source>Insert Field</source>
        <translation>Insérer un champ</translation>
    </message>
    <message>
        <source>%1	%2</source>
        <extracomment>A menu entry: a merge field&apos;s name and how it is written in the message</extracomment>
        <translation>%1	%2</translation>
    </message>
    <message>
        <source>Use Default Text</source>
        <translation>Utiliser le texte par défaut</translation>
    </message>
    <message>
        <source>Save Message</source>
        <translation>Enregistrer le message</translation>
    </message>
    <message>
        <source>Personal Link</source>
        <translation>Lien personnel</translation>
    </message>
    <message>
        <source>Landing page:</source>
        <translation>Page de destination&#xa0;:</translation>
    </message>
    <message>
        <source>Tracking:</source>
        <translation>Suivi&#xa0;:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Type a name, email or referral code</source>
        <translation>Saisissez un nom, un e-mail ou un code de parrainage</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Aperçu du message</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Aperçu pour&#xa0;:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Export Mail-Merge CSV…</source>
        <translation>Exporter un CSV de publipostage…</translation>
    </message>
    <message>
        <source>A spreadsheet with each advocate&apos;s email, personal link and finished message, for a mail-merge in your email or newsletter program</source>
        <translation>Un tableur avec l’e-mail, le lien personnel et le message finalisé de chaque ambassadeur, pour un publipostage depuis votre messagerie ou votre outil de newsletter</translation>
    </message>
    <message>
        <source>Whose cards to print</source>
        <translation>Les cartes à imprimer</translation>
    </message>
    <message>
        <source>Print Referral Cards…</source>
        <translation>Imprimer des cartes de parrainage…</translation>
    </message>
    <message>
        <source>A PDF of cards to hand out: name, code and a QR code of the personal link</source>
        <translation>Un PDF de cartes à distribuer&#xa0;: nom, code et QR code du lien personnel</translation>
    </message>
    <message>
        <source>Cards for:</source>
        <translation>Cartes pour&#xa0;:</translation>
    </message>
    <message>
        <source>Invitations – %1</source>
        <translation>Invitations – %1</translation>
    </message>
    <message>
        <source>Personal invitations for “%1”</source>
        <extracomment>%1 is the campaign&apos;s name</extracomment>
        <translation>Invitations personnelles pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Each advocate&apos;s link adds ref=&lt;their code&gt;. Change the landing page and tracking in the campaign&apos;s settings.</source>
        <translation>Le lien de chaque ambassadeur ajoute ref=&lt;their code&gt;, c’est-à-dire son code de parrainage. Modifiez la page de destination et le suivi dans les paramètres de la campagne.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln advocate(s) agreed to receive invitations and have an email address.</source>
        <translation>
            <numerusform>%Ln ambassadeur a accepté de recevoir des invitations et a une adresse e-mail.</numerusform>
            <numerusform>%Ln ambassadeurs ont accepté de recevoir des invitations et ont une adresse e-mail.</numerusform>
        </translation>
    </message>
    <message>
        <source>No advocate has agreed to receive invitations yet. Record their consent on the Advocates page; until then the preview shows an example.</source>
        <translation>Aucun ambassadeur n’a encore accepté de recevoir des invitations. Enregistrez leur consentement dans la page Ambassadeurs&#xa0;; d’ici là, l’aperçu affiche un exemple.</translation>
    </message>
    <message>
        <source>Unsaved Message</source>
        <translation>Message non enregistré</translation>
    </message>
    <message>
        <source>The message has changes that are not saved. Close without saving them?</source>
        <translation>Le message contient des modifications non enregistrées. Fermer sans les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Close Without Saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>Not a merge field, so it would be sent exactly as typed: %1. Use Insert Field to add one.</source>
        <translation>Ce n’est pas un champ de fusion, il serait donc envoyé tel quel&#xa0;: %1. Utilisez «&#xa0;Insérer un champ&#xa0;» pour en ajouter un.</translation>
    </message>
    <message>
        <source>The message contains %1, which is not a merge field and would be sent exactly as typed. Save it anyway?</source>
        <translation>Le message contient %1, qui n’est pas un champ de fusion et serait envoyé tel quel. L’enregistrer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Showing the message for %1 (%2).</source>
        <translation>Message affiché pour %1 (%2).</translation>
    </message>
    <message>
        <source>No advocate can be previewed yet, so this shows an example.</source>
        <translation>Aucun ambassadeur ne peut encore servir d’aperçu&#xa0;: un exemple est donc affiché.</translation>
    </message>
    <message>
        <source>No personal link (see Personal Link).</source>
        <translation>Pas de lien personnel (voir Lien personnel).</translation>
    </message>
    <message>
        <source>Personal link: %1</source>
        <translation>Lien personnel&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln advocate(s) who agreed</source>
        <translation>
            <numerusform>Tous les ambassadeurs qui ont accepté (%Ln)</numerusform>
            <numerusform>Tous les ambassadeurs qui ont accepté (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Seulement %1</translation>
    </message>
    <message>
        <source>%1 invitations</source>
        <extracomment>A file name: %1 is the campaign&apos;s name</extracomment>
        <translation>Invitations %1</translation>
    </message>
    <message>
        <source>%1 referral cards</source>
        <translation>Cartes de parrainage %1</translation>
    </message>
    <message>
        <source>No One to Invite</source>
        <translation>Personne à inviter</translation>
    </message>
    <message>
        <source>No advocate has agreed to receive invitations yet, so there is nothing to export. Record an advocate&apos;s consent (and email address) on the Advocates page first.</source>
        <translation>Aucun ambassadeur n’a encore accepté de recevoir des invitations&#xa0;: il n’y a donc rien à exporter. Enregistrez d’abord le consentement (et l’adresse e-mail) d’un ambassadeur dans la page Ambassadeurs.</translation>
    </message>
    <message>
        <source>Export Mail-Merge CSV</source>
        <translation>Exporter un CSV de publipostage</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Writing the invitations…</source>
        <translation>Écriture des invitations…</translation>
    </message>
    <message>
        <source>No advocate has agreed to receive invitations, so the file only has the column names.</source>
        <translation>Aucun ambassadeur n’a accepté de recevoir des invitations&#xa0;: le fichier ne contient donc que les noms des colonnes.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln invitation(s) to %1.</source>
        <translation>
            <numerusform>%Ln invitation écrite dans %1.</numerusform>
            <numerusform>%Ln invitations écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Referral Cards</source>
        <translation>Imprimer des cartes de parrainage</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Fichiers PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Making the referral cards…</source>
        <translation>Création des cartes de parrainage…</translation>
    </message>
    <message>
        <source>This advocate no longer agrees to receive invitations, so no card was made.</source>
        <translation>Cet ambassadeur n’accepte plus de recevoir des invitations&#xa0;: aucune carte n’a été créée.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln referral card(s) to %1. Print it at 100% (actual size) so the QR codes scan well.</source>
        <translation>
            <numerusform>%Ln carte de parrainage écrite dans %1. Imprimez le fichier à 100&#xa0;% (taille réelle) pour que les QR codes se scannent bien.</numerusform>
            <numerusform>%Ln cartes de parrainage écrites dans %1. Imprimez le fichier à 100&#xa0;% (taille réelle) pour que les QR codes se scannent bien.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grapevine::ui::LeaderboardView</name>
    <message>
        <source>Rank advocates over all campaigns, or within one</source>
        <translation>Classer les ambassadeurs sur toutes les campagnes, ou au sein d’une seule</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln advocate(s) who brought the most customers, by conversions, then referrals made.</source>
        <translation>
            <numerusform>L’ambassadeur qui a amené le plus de clients, par conversions puis par parrainages faits (%Ln).</numerusform>
            <numerusform>Les %Ln ambassadeurs qui ont amené le plus de clients, par conversions puis par parrainages faits.</numerusform>
        </translation>
    </message>
    <message>
        <source>No referrals yet. The leaderboard fills as advocates refer friends who buy.</source>
        <translation>Pas encore de parrainages. Le classement se remplit à mesure que les ambassadeurs parrainent des amis qui achètent.</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Toutes les campagnes</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::MainWindow</name>
    <message>
        <source>Grapevine databases (*.sqlite *.grapevine *.db);;All files (*)</source>
        <translation>Bases de données Grapevine (*.sqlite *.grapevine *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Grapevine</source>
        <translation>Grapevine</translation>
    </message>
    <message>
        <source>Open a database or create a new one to start.</source>
        <translation>Ouvrez une base de données ou créez-en une nouvelle pour commencer.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>The Mentions entry of the navigation, %2 the number of complaints overdue for an answer</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message numerus="yes">
        <source>%Ln negative mention(s) overdue for a response</source>
        <translation>
            <numerusform>%Ln mention négative en retard de réponse</numerusform>
            <numerusform>%Ln mentions négatives en retard de réponse</numerusform>
        </translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Referrals, revenue, ROI and mentions at a glance</source>
        <translation>Parrainages, chiffre d’affaires, ROI et mentions en un coup d’œil</translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation>Ambassadeurs</translation>
    </message>
    <message>
        <source>The people who recommend your business</source>
        <translation>Les personnes qui recommandent votre entreprise</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Referral programs and their rewards</source>
        <translation>Les programmes de parrainage et leurs récompenses</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Parrainages</translation>
    </message>
    <message>
        <source>Who referred whom, and how far each referral got</source>
        <translation>Qui a parrainé qui, et où en est chaque parrainage</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Récompenses</translation>
    </message>
    <message>
        <source>Rewards to approve and pay, and the leaderboard</source>
        <translation>Les récompenses à approuver et à verser, et le classement</translation>
    </message>
    <message>
        <source>Reviews, posts and conversations about your business</source>
        <translation>Avis, publications et conversations sur votre entreprise</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Reports to print, save as PDF or share</source>
        <translation>Des rapports à imprimer, à enregistrer en PDF ou à partager</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <source>Open a Database…</source>
        <translation>Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Create a New Database…</source>
        <translation>Créer une nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>Create a new, empty database for a business</source>
        <translation>Créer une nouvelle base de données vide pour une entreprise</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open an existing Grapevine database</source>
        <translation>Ouvrir une base de données Grapevine existante</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Write a complete copy of the open database to another file</source>
        <translation>Écrire une copie complète de la base de données ouverte dans un autre fichier</translation>
    </message>
    <message>
        <source>&amp;Import Customers…</source>
        <translation>&amp;Importer des clients…</translation>
    </message>
    <message>
        <source>Import the customer list your shop, CRM or mailing tool exports as CSV</source>
        <translation>Importer la liste de clients exportée en CSV par votre boutique, votre CRM ou votre outil d’e-mailing</translation>
    </message>
    <message>
        <source>Import &amp;Orders or Referrals…</source>
        <translation>Importer des comman&amp;des ou des parrainages…</translation>
    </message>
    <message>
        <source>Import your shop&apos;s orders to mark referred friends&apos; purchases as conversions</source>
        <translation>Importer les commandes de votre boutique pour marquer les achats des filleuls comme conversions</translation>
    </message>
    <message>
        <source>Import &amp;Mentions…</source>
        <translation>Importer des &amp;mentions…</translation>
    </message>
    <message>
        <source>Import the mentions and reviews your social-listening tool exports</source>
        <translation>Importer les mentions et avis exportés par votre outil de veille sociale</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>&amp;Historique des imports…</translation>
    </message>
    <message>
        <source>Review earlier imports and undo one as a whole</source>
        <translation>Consulter les imports précédents et en annuler un en bloc</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Grapevine</source>
        <translation>À &amp;propos de Grapevine</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>Cannot Create Database</source>
        <translation>Impossible de créer la base de données</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Grapevine never replaces an existing file with an empty database: choose a new file name, or open the file with File → Open.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Grapevine ne remplace jamais un fichier existant par une base de données vide&#xa0;: choisissez un nouveau nom de fichier, ou ouvrez ce fichier avec Fichier → Ouvrir.</translation>
    </message>
    <message>
        <source>%1 — Grapevine</source>
        <translation>%1 — Grapevine</translation>
    </message>
    <message>
        <source>The database file that is open</source>
        <translation>Le fichier de base de données ouvert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1 You can look at everything, but nothing can be changed. Use File → Save a Copy to make an editable copy.</source>
        <translation>&lt;b&gt;Lecture seule.&lt;/b&gt; %1 Vous pouvez tout consulter, mais rien ne peut être modifié. Utilisez Fichier → Enregistrer une copie pour obtenir une copie modifiable.</translation>
    </message>
    <message>
        <source>Created a new database at %1.</source>
        <translation>Nouvelle base de données créée dans %1.</translation>
    </message>
    <message>
        <source>Updated the database to version %1. A copy of the old version is at %2.</source>
        <translation>Base de données mise à jour vers la version %1. Une copie de l’ancienne version se trouve dans %2.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 ouvert.</translation>
    </message>
    <message>
        <source>The file is damaged (SQLite reports: %1), so it was opened read-only to keep it from getting worse.</source>
        <translation>Le fichier est endommagé (message de SQLite&#xa0;: %1)&#xa0;: il a été ouvert en lecture seule pour éviter de l’abîmer davantage.</translation>
    </message>
    <message>
        <source>Damaged Database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <source>“%1” is damaged. %2 Restore it from a backup copy, or save a copy to rescue what can still be read.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé. %2 Restaurez-le à partir d’une copie de sauvegarde, ou enregistrez une copie pour sauver ce qui peut encore être lu.</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Cannot Save a Copy</source>
        <translation>Impossible d’enregistrer une copie</translation>
    </message>
    <message>
        <source>Saved a copy to %1.</source>
        <translation>Copie enregistrée dans %1.</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <extracomment>%1 is a number used as keyboard accelerator, %2 a file path</extracomment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists; it was moved or deleted. It is removed from the recent files.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe plus&#xa0;: il a été déplacé ou supprimé. Il est retiré des fichiers récents.</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Aucune base de données récente</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Vider le menu</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>Impossible d’importer</translation>
    </message>
    <message>
        <source>The database is read-only (%1), so nothing can be imported into it. Use File → Save a Copy to make an editable copy.</source>
        <translation>La base de données est en lecture seule (%1)&#xa0;: rien ne peut y être importé. Utilisez Fichier → Enregistrer une copie pour obtenir une copie modifiable.</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Put back one of the daily copies of the open file</source>
        <translation>Remettre en place l’une des copies quotidiennes du fichier ouvert</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>The business&apos;s name, currency and targets; language, exports and backups</source>
        <translation>Nom, devise et objectifs de l’entreprise&#xa0;; langue, exports et sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Bienvenue</translation>
    </message>
    <message>
        <source>Open the sample business, import customers or start an empty file</source>
        <translation>Ouvrir l’entreprise d’exemple, importer des clients ou commencer avec un fichier vide</translation>
    </message>
    <message>
        <source>Cannot Open the Sample Business</source>
        <translation>Impossible d’ouvrir l’entreprise d’exemple</translation>
    </message>
    <message>
        <source>Cannot Make the Sample Business</source>
        <translation>Impossible de créer l’entreprise d’exemple</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>La sauvegarde du jour n’a pas pu être effectuée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot Save the Settings</source>
        <translation>Impossible d’enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace everything in “%1” with the backup “%2”?

What the file holds now is kept as a backup of its own (“before restore”), so you can go back to it the same way.</source>
        <translation>Remplacer tout le contenu de «&#xa0;%1&#xa0;» par la sauvegarde «&#xa0;%2&#xa0;»&#xa0;?

Le contenu actuel du fichier est conservé dans une sauvegarde distincte («&#xa0;Avant une restauration&#xa0;»), pour que vous puissiez y revenir de la même façon.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Impossible de restaurer</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 restauré à partir de %2.</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::MentionDetailsPanel</name>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>What you answered, or will answer (Ctrl+Enter keeps it)</source>
        <translation>Ce que vous avez répondu, ou allez répondre (Ctrl+Entrée pour l’enregistrer)</translation>
    </message>
    <message>
        <source>The response is kept with the mention: what was said, and when. Choose Respond once you have answered.</source>
        <translation>La réponse est conservée avec la mention&#xa0;: ce qui a été dit, et quand. Choisissez Répondre une fois que vous avez répondu.</translation>
    </message>
    <message>
        <source>Select a mention to see it whole and answer it.</source>
        <translation>Sélectionnez une mention pour la voir en entier et y répondre.</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Sur %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>reach %1</source>
        <translation>portée %1</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Incentivised</source>
        <translation>Récompensé</translation>
    </message>
    <message>
        <source>The author was rewarded: any reuse carries the disclosure.</source>
        <translation>L’auteur a été récompensé&#xa0;: toute réutilisation doit comporter le texte de transparence.</translation>
    </message>
    <message>
        <source>Testimonial</source>
        <extracomment>%1 the day the author allowed the reuse, %2 how (&quot;By e-mail&quot;)</extracomment>
        <translation>Témoignage</translation>
    </message>
    <message>
        <source>Reuse allowed on %1 (%2)</source>
        <translation>Réutilisation autorisée le %1 (%2)</translation>
    </message>
    <message>
        <source>(No text was logged.)</source>
        <translation>(Aucun texte n’a été noté.)</translation>
    </message>
    <message>
        <source>Needs a response: %1 (%2).</source>
        <extracomment>%1 is &quot;overdue by 3 h&quot; or &quot;due in 5 h&quot;, %2 the due date and time</extracomment>
        <translation>Réponse requise&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>Needs a response.</source>
        <translation>Réponse requise.</translation>
    </message>
    <message>
        <source>Reopened; first answered %1.</source>
        <translation>Rouverte&#xa0;; première réponse le %1.</translation>
    </message>
    <message>
        <source>Responded %1. Resolve it when nothing more is needed.</source>
        <translation>Répondu le %1. Résolvez-la quand plus rien n’est nécessaire.</translation>
    </message>
    <message>
        <source>Resolved %1; responded %2.</source>
        <translation>Résolue le %1&#xa0;; réponse le %2.</translation>
    </message>
    <message>
        <source>No response needed. If you answered anyway, write what you said and choose Respond.</source>
        <translation>Aucune réponse requise. Si vous avez quand même répondu, écrivez ce que vous avez dit et choisissez Répondre.</translation>
    </message>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>échéance dans %1</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>The date under a copied testimonial; reorder as your language writes dates</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>“%1”
— %2</source>
        <extracomment>A copied testimonial: %1 the words, %2 who said it, where and when</extracomment>
        <translation>«&#xa0;%1&#xa0;»
— %2</translation>
    </message>
    <message>
        <source>The author received a reward from us.</source>
        <translation>L’auteur a reçu une récompense de notre part.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::MentionLogForm</name>
    <message>
        <source>&amp;Incentivised: the author was rewarded</source>
        <translation>&amp;Récompensé&#xa0;: l’auteur a reçu une contrepartie</translation>
    </message>
    <message>
        <source>&amp;Log mention</source>
        <translation>&amp;Enregistrer la mention</translation>
    </message>
    <message>
        <source>Paste the link to the review or post (optional)</source>
        <translation>Collez le lien vers l’avis ou la publication (facultatif)</translation>
    </message>
    <message>
        <source>Where the mention can be read. A link to Facebook, Instagram, X, LinkedIn, TikTok, YouTube, Google Maps, Yelp or Trustpilot chooses the channel for you.</source>
        <translation>Où lire la mention. Un lien vers Facebook, Instagram, X, LinkedIn, TikTok, YouTube, Google Maps, Yelp ou Trustpilot choisit le canal pour vous.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Where the mention appeared. The list is kept in the business settings.</source>
        <translation>Où la mention est parue. La liste se règle dans les paramètres de l’entreprise.</translation>
    </message>
    <message>
        <source>When it was said or posted (not when you log it): a complaint&apos;s response is due from then.</source>
        <translation>Quand cela a été dit ou publié (et non quand vous l’enregistrez)&#xa0;: l’échéance de réponse à une réclamation court à partir de ce moment.</translation>
    </message>
    <message>
        <source>Who said it (name or handle)</source>
        <translation>Qui l’a dit (nom ou pseudo)</translation>
    </message>
    <message>
        <source>Optional: name, e-mail or code</source>
        <translation>Facultatif&#xa0;: nom, e-mail ou code</translation>
    </message>
    <message>
        <source>Link the mention to one of your advocates: type a few letters of their name or e-mail, or their referral code, and pick them from the list.</source>
        <translation>Liez la mention à l’un de vos ambassadeurs&#xa0;: saisissez quelques lettres de son nom ou de son e-mail, ou son code de parrainage, et choisissez-le dans la liste.</translation>
    </message>
    <message>
        <source>The campaign the mention came from, if any</source>
        <translation>La campagne à l’origine de la mention, le cas échéant</translation>
    </message>
    <message>
        <source>Optional, e.g. 1200</source>
        <translation>Facultatif, par ex. 1200</translation>
    </message>
    <message>
        <source>About how many people could have seen it: followers, views, or the people in the room</source>
        <translation>Combien de personnes ont pu la voir, environ&#xa0;: abonnés, vues, ou personnes présentes</translation>
    </message>
    <message>
        <source>Tick when the author was given something for it: a reused testimonial must then say so.</source>
        <translation>Cochez si l’auteur a reçu quelque chose en échange&#xa0;: un témoignage réutilisé doit alors l’indiquer.</translation>
    </message>
    <message>
        <source>What was said, or a summary (Ctrl+Enter logs it)</source>
        <translation>Ce qui a été dit, ou un résumé (Ctrl+Entrée pour l’enregistrer)</translation>
    </message>
    <message>
        <source>Store the mention (Enter, or Ctrl+Enter in the text); the form is then ready for the next</source>
        <translation>Enregistrer la mention (Entrée, ou Ctrl+Entrée dans le texte)&#xa0;; le formulaire est ensuite prêt pour la suivante</translation>
    </message>
    <message>
        <source>&amp;Positive</source>
        <translation>Positi&amp;f</translation>
    </message>
    <message>
        <source>Ne&amp;utral</source>
        <translation>Ne&amp;utre</translation>
    </message>
    <message>
        <source>&amp;Negative</source>
        <translation>Né&amp;gatif</translation>
    </message>
    <message>
        <source>A negative mention goes into the response queue, due within the response target</source>
        <translation>Une mention négative entre dans la file des réponses, avec une échéance fixée par le délai de réponse visé</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>&amp;Lien&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>Ad&amp;vocate:</source>
        <translation>Am&amp;bassadeur&#xa0;:</translation>
    </message>
    <message>
        <source>Sentiment:</source>
        <translation>Sentiment&#xa0;:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>Ca&amp;mpagne&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;each:</source>
        <translation>&amp;Portée&#xa0;:</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>Aucune campagne</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Channel: %1, from the link.</source>
        <translation>Canal&#xa0;: %1, d’après le lien.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem with what was typed: %1 names the field (&quot;Channel&quot;), %2 says what is wrong</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Say when the mention happened.</source>
        <translation>Indiquez quand la mention a eu lieu.</translation>
    </message>
    <message>
        <source>It cannot have happened in the future; it is %1 now.</source>
        <translation>Elle ne peut pas avoir eu lieu dans le futur&#xa0;; il est actuellement %1.</translation>
    </message>
    <message>
        <source>Choose where the mention appeared.</source>
        <translation>Choisissez où la mention est parue.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Paste the whole link, e.g. https://www.yelp.com/biz/your-shop.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web. Collez le lien complet, par ex. https://www.yelp.com/biz/votre-boutique.</translation>
    </message>
    <message>
        <source>“%1” is not a number of people. Type about how many could see it, e.g. 1200.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre de personnes. Indiquez combien de personnes ont pu la voir, environ, par ex. 1200.</translation>
    </message>
    <message>
        <source>No single advocate matches “%1”. Pick one from the list, or leave the field empty.</source>
        <translation>Aucun ambassadeur ne correspond exactement à «&#xa0;%1&#xa0;». Choisissez-en un dans la liste, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Write what was said (a summary will do), or paste the link to it.</source>
        <translation>Écrivez ce qui a été dit (un résumé suffit), ou collez le lien.</translation>
    </message>
    <message>
        <source>Logged: a mention on %1 (%2).</source>
        <translation>Enregistrée&#xa0;: une mention sur %1 (%2).</translation>
    </message>
    <message>
        <source>Logged: %1 on %2 (%3).</source>
        <translation>Enregistrée&#xa0;: mention de %1 sur %2 (%3).</translation>
    </message>
    <message>
        <source>It is in the response queue, %1.</source>
        <translation>Elle est dans la file des réponses, %1.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::MentionSettingsDialog</name>
    <message>
        <source>Mention Settings</source>
        <translation>Paramètres des mentions</translation>
    </message>
    <message>
        <source>Double-click a channel to rename it</source>
        <translation>Double-cliquez sur un canal pour le renommer</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Mentions already logged on it keep it</source>
        <translation>Les mentions déjà enregistrées sur ce canal le conservent</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Usual &amp;List</source>
        <translation>&amp;Liste habituelle</translation>
    </message>
    <message>
        <source>Go back to the usual channels: Facebook, Instagram, Google review…</source>
        <translation>Revenir aux canaux habituels&#xa0;: Facebook, Instagram, Avis Google…</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>A negative mention is due for a response this long after it was posted</source>
        <translation>Une mention négative doit recevoir une réponse dans ce délai après sa publication</translation>
    </message>
    <message>
        <source>Response target:</source>
        <translation>Délai de réponse visé&#xa0;:</translation>
    </message>
    <message>
        <source>Channels offered when you log a mention:</source>
        <translation>Canaux proposés quand vous enregistrez une mention&#xa0;:</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>Nouveau canal</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::MentionsPage</name>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Log a Mention</source>
        <translation>Enregistrer une mention</translation>
    </message>
    <message>
        <source>Go to the form above to log what someone said about you (Ctrl+L)</source>
        <translation>Aller au formulaire ci-dessus pour enregistrer ce que quelqu’un a dit de vous (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Respond</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <source>Keep the response written in the details as the answer to this mention (Ctrl+Enter in the response)</source>
        <translation>Conserver la réponse écrite dans les détails comme réponse à cette mention (Ctrl+Entrée dans la réponse)</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Ré&amp;soudre</translation>
    </message>
    <message>
        <source>Close the answered mention: the author is satisfied, or nothing more can be done</source>
        <translation>Clore la mention traitée&#xa0;: l’auteur est satisfait, ou il n’y a plus rien à faire</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>Back into the response queue, due a full response target from now (the author wrote again)</source>
        <translation>Remettre dans la file des réponses, avec une nouvelle échéance complète à partir de maintenant (l’auteur a réécrit)</translation>
    </message>
    <message>
        <source>Mark as &amp;Testimonial…</source>
        <translation>Marquer comme &amp;témoignage…</translation>
    </message>
    <message>
        <source>The author allowed you to reuse these words: record when and how</source>
        <translation>L’auteur vous a autorisé à réutiliser ces mots&#xa0;: indiquez quand et comment</translation>
    </message>
    <message>
        <source>Not a Testimonial</source>
        <translation>Retirer des témoignages</translation>
    </message>
    <message>
        <source>Stop offering these words as a testimonial (the permission was withdrawn)</source>
        <translation>Ne plus proposer ces mots comme témoignage (l’autorisation a été retirée)</translation>
    </message>
    <message>
        <source>&amp;Copy Testimonial</source>
        <translation>&amp;Copier le témoignage</translation>
    </message>
    <message>
        <source>Copy the words with the author and date, and the disclosure when the author was rewarded</source>
        <translation>Copier les mots avec l’auteur et la date, et le texte de transparence si l’auteur a été récompensé</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the mention (Edit → Undo brings it back)</source>
        <translation>Supprimer la mention (Édition → Annuler la rétablit)</translation>
    </message>
    <message>
        <source>Channels &amp;&amp; Target…</source>
        <translation>Canaux &amp;&amp; délai…</translation>
    </message>
    <message>
        <source>Edit the channels offered when you log a mention, and the response target for negative ones</source>
        <translation>Modifier les canaux proposés quand vous enregistrez une mention, et le délai de réponse visé pour les mentions négatives</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the mentions the list shows, or all of them, as a CSV file for a spreadsheet (Ctrl+E)</source>
        <translation>Enregistrer les mentions affichées dans la liste, ou toutes, dans un fichier CSV pour un tableur (Ctrl+E)</translation>
    </message>
    <message>
        <source>Mention Settings</source>
        <translation>Paramètres des mentions</translation>
    </message>
    <message>
        <source>Log a mention</source>
        <translation>Enregistrer une mention</translation>
    </message>
    <message>
        <source>All mentions</source>
        <translation>Toutes les mentions</translation>
    </message>
    <message>
        <source>Every mention, newest first</source>
        <translation>Toutes les mentions, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>Response queue</source>
        <translation>File des réponses</translation>
    </message>
    <message>
        <source>Negative mentions waiting for an answer, the one due first on top</source>
        <translation>Mentions négatives en attente de réponse, la plus urgente en haut</translation>
    </message>
    <message>
        <source>Testimonials</source>
        <translation>Témoignages</translation>
    </message>
    <message>
        <source>Positive mentions whose authors allowed their reuse, ready to copy</source>
        <translation>Mentions positives dont les auteurs ont autorisé la réutilisation, prêtes à copier</translation>
    </message>
    <message>
        <source>No mentions yet — log the first one above</source>
        <translation>Pas encore de mentions — enregistrez la première ci-dessus</translation>
    </message>
    <message>
        <source>Search author, text or link</source>
        <translation>Rechercher auteur, texte ou lien</translation>
    </message>
    <message>
        <source>Show the mentions of one channel</source>
        <translation>Afficher les mentions d’un seul canal</translation>
    </message>
    <message>
        <source>Show positive, neutral or negative mentions only</source>
        <translation>Afficher uniquement les mentions positives, neutres ou négatives</translation>
    </message>
    <message>
        <source>Any sentiment</source>
        <translation>Tous les sentiments</translation>
    </message>
    <message>
        <source>Show the mentions whose answer is at one step</source>
        <translation>Afficher les mentions dont la réponse en est à une étape donnée</translation>
    </message>
    <message>
        <source>Any response</source>
        <translation>Toutes les réponses</translation>
    </message>
    <message>
        <source>Show the mentions linked to one campaign</source>
        <translation>Afficher les mentions liées à une campagne</translation>
    </message>
    <message>
        <source>Any date</source>
        <extracomment>The date filters at their lowest value: no limit</extracomment>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Mentions from this day on (down to the lowest date: any date)</source>
        <translation>Mentions à partir de ce jour (la date minimale signifie&#xa0;: toutes les dates)</translation>
    </message>
    <message>
        <source>Mentions up to and including this day (down to the lowest date: any date)</source>
        <translation>Mentions jusqu’à ce jour inclus (la date minimale signifie&#xa0;: toutes les dates)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the filters and the search: show every mention of this view again</source>
        <translation>Effacer les filtres et la recherche&#xa0;: afficher à nouveau toutes les mentions de cette vue</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Toutes les campagnes</translation>
    </message>
    <message numerus="yes">
        <source>Reviews, posts, comments and what customers tell you in person all count: paste the link or write what was said, choose the channel and press Enter. A negative mention goes into the response queue, to be answered within %n hour(s).</source>
        <translation>
            <numerusform>Les avis, publications, commentaires et ce que les clients vous disent en personne comptent tous&#xa0;: collez le lien ou écrivez ce qui a été dit, choisissez le canal et appuyez sur Entrée. Une mention négative entre dans la file des réponses et doit recevoir une réponse sous %n heure.</numerusform>
            <numerusform>Les avis, publications, commentaires et ce que les clients vous disent en personne comptent tous&#xa0;: collez le lien ou écrivez ce qui a été dit, choisissez le canal et appuyez sur Entrée. Une mention négative entre dans la file des réponses et doit recevoir une réponse sous %n heures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a mention to see it whole and answer it.</source>
        <translation>Sélectionnez une mention pour la voir en entier et y répondre.</translation>
    </message>
    <message>
        <source>Open a database to see its mentions.</source>
        <translation>Ouvrez une base de données pour voir ses mentions.</translation>
    </message>
    <message>
        <source>Response queue (%1)</source>
        <translation>File des réponses (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln negative mention(s) waiting for an answer, the one due first on top.</source>
        <translation>
            <numerusform>%Ln mention négative en attente de réponse, la plus urgente en haut.</numerusform>
            <numerusform>%Ln mentions négatives en attente de réponse, la plus urgente en haut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue.</source>
        <translation>
            <numerusform>%Ln en retard.</numerusform>
            <numerusform>%Ln en retard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %Ln day(s): </source>
        <translation>
            <numerusform>Dernier jour&#xa0;: </numerusform>
            <numerusform>%Ln derniers jours&#xa0;: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s)</source>
        <translation>
            <numerusform>%Ln mention</numerusform>
            <numerusform>%Ln mentions</numerusform>
        </translation>
    </message>
    <message>
        <source>net sentiment %1</source>
        <translation>sentiment net %1</translation>
    </message>
    <message>
        <source>reach %1</source>
        <translation>portée %1</translation>
    </message>
    <message>
        <source>answered in time %1</source>
        <translation>réponse dans les délais %1</translation>
    </message>
    <message>
        <source>median response %1</source>
        <translation>délai de réponse médian %1</translation>
    </message>
    <message numerus="yes">
        <source>Net sentiment: (positive − negative) ÷ all mentions. Answered in time: the negative mentions answered within the response target of %n hour(s), of those that had their chance.</source>
        <translation>
            <numerusform>Sentiment net&#xa0;: (positives − négatives) ÷ toutes les mentions. Réponse dans les délais&#xa0;: les mentions négatives ayant reçu une réponse dans le délai visé de %n heure, parmi celles qui en ont eu l’occasion.</numerusform>
            <numerusform>Sentiment net&#xa0;: (positives − négatives) ÷ toutes les mentions. Réponse dans les délais&#xa0;: les mentions négatives ayant reçu une réponse dans le délai visé de %n heures, parmi celles qui en ont eu l’occasion.</numerusform>
        </translation>
    </message>
    <message>
        <source>No mention matches the filters and the search. Clear shows them all.</source>
        <translation>Aucune mention ne correspond aux filtres et à la recherche. «&#xa0;Effacer&#xa0;» les affiche toutes.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing waits for an answer. A negative mention you log lands here, due within %n hour(s) of when it was posted.</source>
        <translation>
            <numerusform>Rien n’attend de réponse. Une mention négative que vous enregistrez arrive ici, avec une échéance de %n heure après sa publication.</numerusform>
            <numerusform>Rien n’attend de réponse. Une mention négative que vous enregistrez arrive ici, avec une échéance de %n heures après sa publication.</numerusform>
        </translation>
    </message>
    <message>
        <source>No testimonials yet. Once an author allows you to reuse their words, select their positive mention and choose Mark as Testimonial.</source>
        <translation>Pas encore de témoignages. Dès qu’un auteur vous autorise à réutiliser ses mots, sélectionnez sa mention positive et choisissez Marquer comme témoignage.</translation>
    </message>
    <message>
        <source>No mentions yet.</source>
        <translation>Pas encore de mentions.</translation>
    </message>
    <message>
        <source>Log mention by “%1”</source>
        <translation>Enregistrer la mention de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Respond</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Respond to “%1”</source>
        <translation>Répondre à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Response kept; the mention left the queue. Resolve it when nothing more is needed.</source>
        <translation>Réponse conservée&#xa0;; la mention a quitté la file. Résolvez-la quand plus rien n’est nécessaire.</translation>
    </message>
    <message>
        <source>Response kept.</source>
        <translation>Réponse conservée.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Resolve mention by “%1”</source>
        <translation>Résoudre la mention de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Reopen mention by “%1”</source>
        <translation>Rouvrir la mention de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Mark as Testimonial</source>
        <translation>Marquer comme témoignage</translation>
    </message>
    <message>
        <source>On which day did %1 allow you to reuse these words? (e.g. %2)</source>
        <translation>Quel jour avez-vous reçu l’autorisation de %1 de réutiliser ces mots&#xa0;? (par ex. %2)</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type the day as %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date. Saisissez le jour sous la forme %2.</translation>
    </message>
    <message>
        <source>The permission cannot be dated in the future; today is %1.</source>
        <translation>L’autorisation ne peut pas être datée dans le futur&#xa0;; nous sommes le %1.</translation>
    </message>
    <message>
        <source>How did %1 give permission?</source>
        <translation>Comment l’autorisation de %1 a-t-elle été donnée&#xa0;?</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>Par e-mail</translation>
    </message>
    <message>
        <source>In a direct message</source>
        <translation>Par message privé</translation>
    </message>
    <message>
        <source>On the review site</source>
        <translation>Sur le site d’avis</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Par téléphone</translation>
    </message>
    <message>
        <source>Mark “%1” as a testimonial</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme témoignage</translation>
    </message>
    <message>
        <source>Take “%1” out of the testimonials</source>
        <translation>Retirer «&#xa0;%1&#xa0;» des témoignages</translation>
    </message>
    <message>
        <source>Copied the testimonial by %1, with the disclosure that they were rewarded.</source>
        <translation>Témoignage de %1 copié, avec le texte de transparence indiquant que l’auteur a été récompensé.</translation>
    </message>
    <message>
        <source>Copied the testimonial by %1.</source>
        <translation>Témoignage de %1 copié.</translation>
    </message>
    <message>
        <source>Delete Mention</source>
        <translation>Supprimer la mention</translation>
    </message>
    <message>
        <source>Delete the mention by “%1”, with its response? Edit → Undo brings it back.</source>
        <translation>Supprimer la mention de «&#xa0;%1&#xa0;», avec sa réponse&#xa0;? Édition → Annuler la rétablit.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete mention by “%1”</source>
        <translation>Supprimer la mention de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::MilestoneTable</name>
    <message>
        <source>&amp;Add Milestone</source>
        <translation>&amp;Ajouter un palier</translation>
    </message>
    <message>
        <source>Re&amp;move Milestone</source>
        <translation>Re&amp;tirer le palier</translation>
    </message>
    <message>
        <source>Converted referrals</source>
        <translation>Parrainages convertis</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Récompense</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>The advocate earns this step once this many of their referrals have converted</source>
        <translation>L’ambassadeur atteint ce palier dès que ce nombre de ses parrainages ont été convertis</translation>
    </message>
    <message>
        <source>Points as a whole number, a discount in percent, everything else as money</source>
        <translation>Les points en nombre entier, une remise en pourcentage, tout le reste en montant</translation>
    </message>
    <message>
        <source>Add a step to the ladder</source>
        <translation>Ajouter un palier</translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation>Retirer le palier sélectionné</translation>
    </message>
    <message>
        <source>Milestone %1: %2</source>
        <extracomment>%1 is the row number, %2 says what to type</extracomment>
        <translation>Palier %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::QuickEntryForm</name>
    <message>
        <source>&amp;Record referral</source>
        <translation>&amp;Enregistrer le parrainage</translation>
    </message>
    <message>
        <source>Who told them? Name, e-mail or code</source>
        <translation>Qui lui en a parlé&#xa0;? Nom, e-mail ou code</translation>
    </message>
    <message>
        <source>Type a few letters of the advocate&apos;s name or e-mail, or their referral code. When a code is given, the code decides who gets the credit.</source>
        <translation>Saisissez quelques lettres du nom ou de l’e-mail de l’ambassadeur, ou son code de parrainage. Quand un code est indiqué, c’est lui qui détermine à qui le parrainage est attribué.</translation>
    </message>
    <message>
        <source>Friend&apos;s name</source>
        <translation>Nom du filleul</translation>
    </message>
    <message>
        <source>Friend&apos;s e-mail (optional)</source>
        <translation>E-mail du filleul (facultatif)</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Téléphone (facultatif)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>Ca&amp;mpagne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>&amp;Parrainé par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Friend:</source>
        <translation>&amp;Filleul&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Create a campaign first: every referral belongs to one.</source>
        <translation>Créez d’abord une campagne&#xa0;: chaque parrainage appartient à une campagne.</translation>
    </message>
    <message>
        <source>Who referred them? Type the advocate&apos;s name, e-mail or code.</source>
        <translation>Qui l’a parrainé&#xa0;? Saisissez le nom, l’e-mail ou le code de l’ambassadeur.</translation>
    </message>
    <message>
        <source>No single advocate matches &quot;%1&quot;: pick one from the list.</source>
        <translation>Aucun ambassadeur ne correspond exactement à «&#xa0;%1&#xa0;»&#xa0;: choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Recorded: %1, referred by code %2.</source>
        <translation>Enregistré&#xa0;: %1, parrainé par le code %2.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ReferralTreeView</name>
    <message>
        <source>Advocate</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Parrainés</translation>
    </message>
    <message>
        <source>How many people they referred directly</source>
        <translation>Nombre de personnes qu’il a parrainées directement</translation>
    </message>
    <message>
        <source>Double-click a person to open them</source>
        <translation>Double-cliquez sur une personne pour l’ouvrir</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ReferralsPage</name>
    <message>
        <source>Signed &amp;up</source>
        <translation>&amp;Inscrit</translation>
    </message>
    <message>
        <source>The friend signed up (Ctrl+U)</source>
        <translation>Le filleul s’est inscrit (Ctrl+U)</translation>
    </message>
    <message>
        <source>&amp;Converted…</source>
        <translation>C&amp;onverti…</translation>
    </message>
    <message>
        <source>The friend made their first purchase: enter the order value (Ctrl+K)</source>
        <translation>Le filleul a fait son premier achat&#xa0;: saisissez le montant de la commande (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Confirm the conversion and approve its rewards once their hold is over (Ctrl+P)</source>
        <translation>Confirmer la conversion et approuver ses récompenses une fois leur délai de blocage écoulé (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>Re&amp;jeter…</translation>
    </message>
    <message>
        <source>Reject with a reason; rewards not yet issued are voided</source>
        <translation>Rejeter avec un motif&#xa0;; les récompenses pas encore versées sont annulées</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Rem&amp;boursement…</translation>
    </message>
    <message>
        <source>The order was refunded: reverse the referral and its rewards, once</source>
        <translation>La commande a été remboursée&#xa0;: marquer le parrainage comme remboursé et reprendre ses récompenses, une fois pour toutes</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Ro&amp;uvrir</translation>
    </message>
    <message>
        <source>Reopen a rejected referral</source>
        <translation>Rouvrir un parrainage rejeté</translation>
    </message>
    <message>
        <source>&amp;Let through</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>The flagged referrals are fine: their rewards can be approved (Ctrl+L)</source>
        <translation>Les parrainages signalés sont corrects&#xa0;: leurs récompenses peuvent être approuvées (Ctrl+L)</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the referrals the pipeline shows, or all of them, as a CSV file for a spreadsheet (Ctrl+E)</source>
        <translation>Enregistrer les parrainages affichés dans la liste, ou tous, dans un fichier CSV pour un tableur (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;New referral</source>
        <translation>&amp;Nouveau parrainage</translation>
    </message>
    <message>
        <source>Record a referral someone told you about (Ctrl+R)</source>
        <translation>Enregistrer un parrainage dont on vous a parlé (Ctrl+R)</translation>
    </message>
    <message>
        <source>Record a referral</source>
        <translation>Enregistrer un parrainage</translation>
    </message>
    <message>
        <source>Show one campaign&apos;s referrals</source>
        <translation>Afficher les parrainages d’une seule campagne</translation>
    </message>
    <message>
        <source>Search friend, e-mail, code or referrer</source>
        <translation>Rechercher filleul, e-mail, code ou parrain</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Récompense</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historique&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rewards&lt;/b&gt;</source>
        <translation>&lt;b&gt;Récompenses&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show All Days</source>
        <translation>Afficher tous les jours</translation>
    </message>
    <message>
        <source>Show the referrals of every day again</source>
        <translation>Afficher à nouveau les parrainages de tous les jours</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Toutes les campagnes</translation>
    </message>
    <message>
        <source>Only the referrals made on %1.</source>
        <translation>Uniquement les parrainages faits le %1.</translation>
    </message>
    <message>
        <source>Only the referrals made up to %1.</source>
        <translation>Uniquement les parrainages faits jusqu’au %1.</translation>
    </message>
    <message>
        <source>Only the referrals made since %1.</source>
        <translation>Uniquement les parrainages faits depuis le %1.</translation>
    </message>
    <message>
        <source>Only the referrals made from %1 to %2.</source>
        <translation>Uniquement les parrainages faits du %1 au %2.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Parrainages</translation>
    </message>
    <message>
        <source>Open a database to see its referrals.</source>
        <translation>Ouvrez une base de données pour voir ses parrainages.</translation>
    </message>
    <message>
        <source>Nothing to review. Referrals that look like self-referrals, repeat customers, bursts or throw-away addresses land here with the reason.</source>
        <translation>Rien à vérifier. Les parrainages qui ressemblent à des auto-parrainages, à des clients existants, à des rafales ou à des adresses jetables arrivent ici avec le motif.</translation>
    </message>
    <message>
        <source>No referrals yet. Record the first one above: who told whom (Ctrl+R).</source>
        <translation>Pas encore de parrainages. Enregistrez le premier ci-dessus&#xa0;: qui a parlé de vous à qui (Ctrl+R).</translation>
    </message>
    <message>
        <source>No referrals match.</source>
        <translation>Aucun parrainage ne correspond.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Tous (%1)</translation>
    </message>
    <message>
        <source>Review queue (%1)</source>
        <translation>File de vérification (%1)</translation>
    </message>
    <message>
        <source>Flagged referrals waiting for a person to look at them</source>
        <translation>Parrainages signalés en attente d’examen par une personne</translation>
    </message>
    <message>
        <source>Select a referral to see its history and rewards.</source>
        <translation>Sélectionnez un parrainage pour voir son historique et ses récompenses.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referrals selected.</source>
        <translation>
            <numerusform>%Ln parrainage sélectionné.</numerusform>
            <numerusform>%Ln parrainages sélectionnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code &lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>Code &lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>Order %1 %2</source>
        <translation>Commande %1 %2</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejeté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting for review:</source>
        <translation>En attente de vérification&#xa0;:</translation>
    </message>
    <message>
        <source>Reviewed:</source>
        <translation>Vérifié&#xa0;:</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Recorded as %1</source>
        <translation>Enregistré comme %1</translation>
    </message>
    <message>
        <source>Held until %1</source>
        <translation>Bloquée jusqu’au %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s) changed.</source>
        <translation>
            <numerusform>%Ln parrainage modifié.</numerusform>
            <numerusform>%Ln parrainages modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converti</translation>
    </message>
    <message>
        <source>Value of the friend&apos;s first order (%1), optionally followed by the order number:</source>
        <translation>Montant de la première commande du filleul (%1), éventuellement suivi du numéro de commande&#xa0;:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money. Type the order value, e.g. %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant. Saisissez le montant de la commande, par ex. %2.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message numerus="yes">
        <source>Why are %Ln referral(s) rejected? The reason is kept with each.</source>
        <translation>
            <numerusform>Pourquoi ce parrainage est-il rejeté&#xa0;? Le motif est conservé avec lui.</numerusform>
            <numerusform>Pourquoi ces %Ln parrainages sont-ils rejetés&#xa0;? Le motif est conservé avec chacun.</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate of another referral</source>
        <translation>Doublon d’un autre parrainage</translation>
    </message>
    <message>
        <source>Self-referral</source>
        <translation>Auto-parrainage</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Commande annulée</translation>
    </message>
    <message>
        <source>Already a customer</source>
        <translation>Déjà client</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message numerus="yes">
        <source>The order of %Ln referral(s) was refunded. Their rewards are reversed in the ledger; this cannot be undone. Note:</source>
        <translation>
            <numerusform>La commande de %Ln parrainage a été remboursée. Ses récompenses sont reprises dans le registre&#xa0;; cette action est irréversible. Note&#xa0;:</numerusform>
            <numerusform>Les commandes de %Ln parrainages ont été remboursées. Leurs récompenses sont reprises dans le registre&#xa0;; cette action est irréversible. Note&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Order refunded</source>
        <translation>Commande remboursée</translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation>Rétrofacturation</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Let through</source>
        <translation>Valider</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ReportsPage</name>
    <message>
        <source>A report of all campaigns, or of one</source>
        <translation>Un rapport de toutes les campagnes, ou d’une seule</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Toutes les campagnes</translation>
    </message>
    <message>
        <source>The days the report covers; the key figures are compared with the same number of days just before</source>
        <translation>Les jours couverts par le rapport&#xa0;; les chiffres clés sont comparés au même nombre de jours juste avant</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Le trimestre dernier</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L’année dernière</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Dates choisies</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>le début</translation>
    </message>
    <message>
        <source>The first day of the report</source>
        <translation>Le premier jour du rapport</translation>
    </message>
    <message>
        <source>The last day of the report (included)</source>
        <translation>Le dernier jour du rapport (inclus)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the report (%1)</source>
        <translation>Imprimer le rapport (%1)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>The report with its charts, page by page, to send or keep (%1)</source>
        <translation>Le rapport avec ses graphiques, page par page, à envoyer ou à conserver (%1)</translation>
    </message>
    <message>
        <source>Save as Web Page…</source>
        <translation>Enregistrer en page web…</translation>
    </message>
    <message>
        <source>One HTML file with the charts inside, to open in any browser or attach to an email</source>
        <translation>Un seul fichier HTML contenant les graphiques, à ouvrir dans n’importe quel navigateur ou à joindre à un e-mail</translation>
    </message>
    <message>
        <source>Export Numbers</source>
        <translation>Exporter les chiffres</translation>
    </message>
    <message>
        <source>The figures alone, for a spreadsheet (CSV) or a script (JSON)</source>
        <translation>Les chiffres seuls, pour un tableur (CSV) ou un script (JSON)</translation>
    </message>
    <message>
        <source>As CSV for a Spreadsheet…</source>
        <translation>En CSV pour un tableur…</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation>En JSON…</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campagne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Pé&amp;riode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>The report ends before it begins: choose a last day after the first.</source>
        <translation>Le rapport se termine avant de commencer&#xa0;: choisissez un dernier jour postérieur au premier.</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>Impossible de lire la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>The report cannot be made: %1</source>
        <translation>Le rapport ne peut pas être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Lecture des chiffres…</translation>
    </message>
    <message>
        <source>Open or create a database to make reports.</source>
        <translation>Ouvrez ou créez une base de données pour créer des rapports.</translation>
    </message>
    <message>
        <source>Referral report</source>
        <translation>Rapport de parrainage</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Pages web (*.html *.htm)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the Report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>Report Not Saved</source>
        <translation>Rapport non enregistré</translation>
    </message>
    <message>
        <source>The report was not saved (cancelled).</source>
        <translation>Le rapport n’a pas été enregistré (annulé).</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Print the Report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Impression du rapport…</translation>
    </message>
    <message>
        <source>Report Not Printed</source>
        <translation>Rapport non imprimé</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>L’impression a été annulée.</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>%n page imprimée</numerusform>
            <numerusform>%n pages imprimées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grapevine::ui::RestoreBackupDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Grapevine keeps a copy of “%1” each day it is opened. Restoring puts the chosen copy back in place of everything in the file now; what it replaces is kept as a backup of its own, so a restore can itself be undone.</source>
        <translation>Grapevine conserve une copie de «&#xa0;%1&#xa0;» chaque jour où ce fichier est ouvert. La restauration remet la copie choisie à la place de tout le contenu actuel du fichier&#xa0;; ce qu’elle remplace est conservé dans une sauvegarde distincte, si bien qu’une restauration peut elle-même être annulée.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation>Ambassadeurs</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Parrainages</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Lecture des sauvegardes…</translation>
    </message>
    <message>
        <source>Open Backup &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Replace the file&apos;s contents with the chosen backup</source>
        <translation>Remplacer le contenu du fichier par la sauvegarde choisie</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>There are no backups of this file yet. The first is made when the file is next opened (Settings → Backups).</source>
        <translation>Ce fichier n’a encore aucune sauvegarde. La première sera créée à la prochaine ouverture du fichier (Paramètres → Sauvegardes).</translation>
    </message>
    <message>
        <source>Backups are kept in %1.</source>
        <translation>Les sauvegardes sont conservées dans %1.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::RewardDetailsPanel</name>
    <message>
        <source>%1%2 points</source>
        <extracomment>a change of a reward in points, e.g. &quot;+500 points&quot;</extracomment>
        <translation>%1%2 points</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The append-only ledger of this reward: every change is a new line, none is edited</source>
        <translation>Le registre de cette récompense, en ajout seul&#xa0;: chaque changement est une nouvelle ligne, aucune n’est modifiée</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Select a reward to see its ledger.</source>
        <translation>Sélectionnez une récompense pour voir son registre.</translation>
    </message>
    <message>
        <source>Reward %1: %2</source>
        <extracomment>%1 is the reward&apos;s number, %2 what it is (&quot;€10.00 store credit&quot;)</extracomment>
        <translation>Récompense %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Coût&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Création&#xa0;: %1</translation>
    </message>
    <message>
        <source>Held until: %1</source>
        <translation>Bloquée jusqu’au %1</translation>
    </message>
    <message numerus="yes">
        <source>Milestone: %Ln conversion(s)</source>
        <translation>
            <numerusform>Palier&#xa0;: %Ln conversion</numerusform>
            <numerusform>Palier&#xa0;: %Ln conversions</numerusform>
        </translation>
    </message>
    <message>
        <source>Payout reference: %1</source>
        <translation>Référence de versement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Withheld: %1</source>
        <translation>Retenue&#xa0;: %1</translation>
    </message>
    <message>
        <source>A withheld reward never entered the ledger: it was stopped before it was earned.</source>
        <translation>Une récompense retenue n’est jamais entrée dans le registre&#xa0;: elle a été arrêtée avant d’être acquise.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::RewardOfferBox</name>
    <message>
        <source>What is given: points, store credit, a discount, cash or a gift</source>
        <translation>Ce qui est offert&#xa0;: points, avoir, remise, espèces ou cadeau</translation>
    </message>
    <message>
        <source>How much: points as a whole number, a discount in percent, everything else as money</source>
        <translation>Combien&#xa0;: les points en nombre entier, une remise en pourcentage, tout le reste en montant</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>In your words, e.g. “for your next visit”</source>
        <translation>Avec vos mots, par ex. «&#xa0;pour votre prochaine visite&#xa0;»</translation>
    </message>
    <message>
        <source>Shown to people next to the reward</source>
        <translation>Affiché aux personnes à côté de la récompense</translation>
    </message>
    <message>
        <source>&amp;Reward:</source>
        <translation>Récom&amp;pense&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::RewardsPage</name>
    <message>
        <source>Rewards</source>
        <translation>Récompenses</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Every reward, its status and its ledger; approve, issue and pay out</source>
        <translation>Chaque récompense, son statut et son registre&#xa0;: approbation, versement et paiement</translation>
    </message>
    <message>
        <source>The advocates who bring the most customers</source>
        <translation>Les ambassadeurs qui amènent le plus de clients</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Approve the selected pending rewards whose hold period is over</source>
        <translation>Approuver les récompenses en attente sélectionnées dont le délai de blocage est écoulé</translation>
    </message>
    <message>
        <source>Mark &amp;Issued…</source>
        <translation>Marquer comme &amp;versées…</translation>
    </message>
    <message>
        <source>Record that the selected approved rewards were paid out, under a payout reference</source>
        <translation>Enregistrer que les récompenses approuvées sélectionnées ont été payées, sous une référence de versement</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>A&amp;nnuler les récompenses…</translation>
    </message>
    <message>
        <source>Take back the selected rewards that were not issued yet, with the reason</source>
        <translation>Annuler les récompenses sélectionnées qui n’ont pas encore été versées, avec le motif</translation>
    </message>
    <message>
        <source>E&amp;xport Payout CSV…</source>
        <translation>E&amp;xporter le CSV de versement…</translation>
    </message>
    <message>
        <source>Save the selected approved or issued rewards as a payout list for a spreadsheet</source>
        <translation>Enregistrer les récompenses approuvées ou versées sélectionnées comme liste de versement pour un tableur</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the rewards the list shows, or all of them, as a CSV file for a spreadsheet</source>
        <translation>Enregistrer les récompenses affichées dans la liste, ou toutes, dans un fichier CSV pour un tableur</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <source>Read the rewards again</source>
        <translation>Relire les récompenses</translation>
    </message>
    <message>
        <source>Search recipient, email, campaign or payout reference</source>
        <translation>Rechercher bénéficiaire, e-mail, campagne ou référence de versement</translation>
    </message>
    <message>
        <source>Show rewards in one status</source>
        <translation>Afficher les récompenses d’un seul statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Show the rewards of one campaign</source>
        <translation>Afficher les récompenses d’une seule campagne</translation>
    </message>
    <message>
        <source>No reward matches the search and filters.</source>
        <translation>Aucune récompense ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <source>Costs to the business, for the campaign chosen above</source>
        <translation>Coûts pour l’entreprise, pour la campagne choisie ci-dessus</translation>
    </message>
    <message>
        <source>No rewards yet</source>
        <translation>Pas encore de récompenses</translation>
    </message>
    <message>
        <source>Rewards appear here when a referral converts: the advocate&apos;s and the friend&apos;s, pending until their hold period is over. Then you approve them, pay them out and mark them issued.</source>
        <translation>Les récompenses apparaissent ici quand un parrainage est converti&#xa0;: celle de l’ambassadeur et celle du filleul, en attente jusqu’à la fin de leur délai de blocage. Vous les approuvez ensuite, vous les payez et vous les marquez comme versées.</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Toutes les campagnes</translation>
    </message>
    <message>
        <source>Approved, not yet issued: %1 · Pending: %2 · Issued: %3</source>
        <extracomment>The money still owed and already paid, under the rewards table</extracomment>
        <translation>Approuvées, pas encore versées&#xa0;: %1 · En attente&#xa0;: %2 · Versées&#xa0;: %3</translation>
    </message>
    <message>
        <source>Approve Rewards</source>
        <extracomment>%1: &quot;2 rewards approved.&quot;, %2: &quot;1 left as it was:&quot;, %3 the reasons, one a line</extracomment>
        <translation>Approuver des récompenses</translation>
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
            <numerusform>%Ln récompense approuvée.</numerusform>
            <numerusform>%Ln récompenses approuvées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left as it was:</source>
        <translation>
            <numerusform>%Ln laissée telle quelle&#xa0;:</numerusform>
            <numerusform>%Ln laissées telles quelles&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Payout %1</source>
        <translation>Versement %1</translation>
    </message>
    <message>
        <source>Mark Rewards Issued</source>
        <translation>Marquer des récompenses comme versées</translation>
    </message>
    <message>
        <source>Payout reference (kept in the ledger with each reward):</source>
        <translation>Référence de versement (conservée dans le registre avec chaque récompense)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln reward(s) as issued under &quot;%1&quot;? The ledger keeps this for good; it cannot be undone.</source>
        <translation>
            <numerusform>Marquer %Ln récompense comme versée sous «&#xa0;%1&#xa0;»&#xa0;? Le registre le conserve définitivement&#xa0;; cette action est irréversible.</numerusform>
            <numerusform>Marquer %Ln récompenses comme versées sous «&#xa0;%1&#xa0;»&#xa0;? Le registre le conserve définitivement&#xa0;; cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Issued</source>
        <translation>Marquer comme versées</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s) marked issued.</source>
        <translation>
            <numerusform>%Ln récompense marquée comme versée.</numerusform>
            <numerusform>%Ln récompenses marquées comme versées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Payout List</source>
        <translation>Exporter la liste de versement</translation>
    </message>
    <message numerus="yes">
        <source>Save the payout list of the %Ln reward(s) just issued as a CSV file?</source>
        <translation>
            <numerusform>Enregistrer dans un fichier CSV la liste de versement de la récompense qui vient d’être versée&#xa0;?</numerusform>
            <numerusform>Enregistrer dans un fichier CSV la liste de versement des %Ln récompenses qui viennent d’être versées&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Void Rewards</source>
        <translation>Annuler des récompenses</translation>
    </message>
    <message>
        <source>Why are they taken back? The reason stays in the ledger:</source>
        <translation>Pourquoi sont-elles annulées&#xa0;? Le motif reste dans le registre&#xa0;:</translation>
    </message>
    <message>
        <source>Entered by mistake</source>
        <translation>Saisie par erreur</translation>
    </message>
    <message>
        <source>The order was cancelled</source>
        <translation>La commande a été annulée</translation>
    </message>
    <message>
        <source>The referral was not genuine</source>
        <translation>Le parrainage n’était pas authentique</translation>
    </message>
    <message numerus="yes">
        <source>Void %Ln reward(s)? The ledger keeps this for good; it cannot be undone.</source>
        <translation>
            <numerusform>Annuler %Ln récompense&#xa0;? Le registre le conserve définitivement&#xa0;; cette action est irréversible.</numerusform>
            <numerusform>Annuler %Ln récompenses&#xa0;? Le registre le conserve définitivement&#xa0;; cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annuler les récompenses</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s) voided.</source>
        <translation>
            <numerusform>%Ln récompense annulée.</numerusform>
            <numerusform>%Ln récompenses annulées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be voided:</source>
        <translation>
            <numerusform>%Ln n’a pas pu être annulée&#xa0;:</numerusform>
            <numerusform>%Ln n’ont pas pu être annulées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Payout CSV</source>
        <translation>Exporter le CSV de versement</translation>
    </message>
    <message>
        <source>Select approved or issued rewards first: the payout list holds what is to be paid or was paid.</source>
        <translation>Sélectionnez d’abord des récompenses approuvées ou versées&#xa0;: la liste de versement contient ce qui est à payer ou a été payé.</translation>
    </message>
    <message>
        <source>payout-%1.csv</source>
        <translation>versements-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln reward(s) to %1.</source>
        <translation>
            <numerusform>%Ln récompense enregistrée dans %1.</numerusform>
            <numerusform>%Ln récompenses enregistrées dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grapevine::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message>
        <source>&amp;Language and Exports</source>
        <translation>&amp;Langue et exports</translation>
    </message>
    <message>
        <source>Bac&amp;kups</source>
        <translation>&amp;Sauvegardes</translation>
    </message>
    <message>
        <source>Open or create a business&apos;s file to change its settings.</source>
        <translation>Ouvrez ou créez le fichier d’une entreprise pour modifier ses paramètres.</translation>
    </message>
    <message>
        <source>Shown on reports and invitations</source>
        <translation>Affiché sur les rapports et les invitations</translation>
    </message>
    <message>
        <source>The three-letter ISO code of the currency the business works in</source>
        <translation>Le code ISO à trois lettres de la devise utilisée par l’entreprise</translation>
    </message>
    <message>
        <source>Amounts already recorded are not converted: change the currency only if it was set wrongly.</source>
        <translation>Les montants déjà enregistrés ne sont pas convertis&#xa0;: ne changez la devise que si elle a été mal définie.</translation>
    </message>
    <message>
        <source>What one loyalty point costs the business, for rewards given in points</source>
        <translation>Ce que coûte un point de fidélité à l’entreprise, pour les récompenses en points</translation>
    </message>
    <message>
        <source>What winning one customer through paid channels (ads and the like) costs: the dashboard compares the referral program&apos;s cost per customer with it</source>
        <translation>Ce que coûte l’acquisition d’un client par les canaux payants (publicités, etc.)&#xa0;: le tableau de bord y compare le coût par client du programme de parrainage</translation>
    </message>
    <message>
        <source>Mention Channels and Response Target…</source>
        <translation>Canaux des mentions et délai de réponse…</translation>
    </message>
    <message>
        <source>Business &amp;name:</source>
        <translation>&amp;Nom de l’entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise&#xa0;:</translation>
    </message>
    <message>
        <source>Value of a &amp;point:</source>
        <translation>Valeur d’un &amp;point&#xa0;:</translation>
    </message>
    <message>
        <source>Word of mouth:</source>
        <translation>Bouche-à-oreille&#xa0;:</translation>
    </message>
    <message>
        <source>These settings are saved in the business&apos;s file and travel with it.</source>
        <translation>Ces paramètres sont enregistrés dans le fichier de l’entreprise et le suivent partout.</translation>
    </message>
    <message>
        <source>The file is open read-only, so these cannot be changed.</source>
        <translation>Le fichier est ouvert en lecture seule&#xa0;: ces paramètres ne peuvent pas être modifiés.</translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s); negative mentions answered within %1 hours</source>
        <translation>
            <numerusform>%n canal&#xa0;; réponse aux mentions négatives sous %1 heures</numerusform>
            <numerusform>%n canaux&#xa0;; réponse aux mentions négatives sous %1 heures</numerusform>
        </translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language of Grapevine&apos;s windows; numbers, dates and money follow it too</source>
        <translation>La langue des fenêtres de Grapevine&#xa0;; les nombres, les dates et les montants la suivent aussi</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <source>Semicolon (;), for Excel in much of Europe</source>
        <translation>Point-virgule (;), pour Excel dans une grande partie de l’Europe</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Start CSV files with a byte order mark, so that Excel shows accents</source>
        <translation>Commencer les fichiers CSV par une marque d’ordre des octets (BOM), pour qu’Excel affiche les accents</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>CSV &amp;delimiter:</source>
        <translation>Sépa&amp;rateur CSV&#xa0;:</translation>
    </message>
    <message>
        <source>Make a &amp;copy of the open file each day</source>
        <translation>Faire une &amp;copie du fichier ouvert chaque jour</translation>
    </message>
    <message>
        <source>Keep every copy</source>
        <translation>Conserver toutes les copies</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>The copy is made with SQLite&apos;s own backup when a file is opened, at most once a day, and kept in Grapevine&apos;s data folder on this computer, readable by you alone. File → Restore from Backup puts one back. Data erased from the file remains in older copies until they are deleted.</source>
        <translation>La copie est faite avec la fonction de sauvegarde de SQLite à l’ouverture d’un fichier, au plus une fois par jour, et conservée dans le dossier de données de Grapevine sur cet ordinateur, lisible par vous seul. Fichier → Restaurer une sauvegarde en remet une en place. Les données effacées du fichier restent dans les copies plus anciennes jusqu’à leur suppression.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2: type the value of a point, for example %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant en %2&#xa0;: saisissez la valeur d’un point, par ex. %3.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2: type what a customer costs through paid channels, for example %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant en %2&#xa0;: saisissez ce que coûte un client acquis par les canaux payants, par ex. %3.</translation>
    </message>
    <message>
        <source>Cost per customer of pai&amp;d channels:</source>
        <translation>Coût par client des &amp;canaux payants&#xa0;:</translation>
    </message>
    <message>
        <source>Keep copies &amp;for:</source>
        <translation>Conser&amp;ver les copies pendant&#xa0;:</translation>
    </message>
    <message>
        <source>The system&apos;s colours</source>
        <translation>Les couleurs du système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Light or dark windows, or whichever the system uses</source>
        <translation>Des fenêtres claires ou sombres, ou celles du système</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs&#xa0;:</translation>
    </message>
    <message>
        <source>A new language or new colours show at once; the open file stays open.</source>
        <translation>Une nouvelle langue ou de nouvelles couleurs s’affichent immédiatement&#xa0;; le fichier ouvert reste ouvert.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Lists, tables and forms also answer to the usual keys: arrows, Tab, Enter to open, Delete to remove, Ctrl+F to search where there is a search field.</source>
        <translation>Les listes, tableaux et formulaires répondent aussi aux touches habituelles&#xa0;: flèches, Tab, Entrée pour ouvrir, Suppr pour supprimer, Ctrl+F pour rechercher là où il y a un champ de recherche.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::WelcomePage</name>
    <message>
        <source>Open a File…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Welcome to Grapevine</source>
        <translation>Bienvenue dans Grapevine</translation>
    </message>
    <message>
        <source>Keep your advocates, run refer-a-friend campaigns, log what people say about you and see what it all brings in. Everything stays in one file on this computer.</source>
        <translation>Gérez vos ambassadeurs, lancez des campagnes de parrainage, notez ce que l’on dit de vous et voyez ce que tout cela vous rapporte. Tout reste dans un seul fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Explore a Sample Business</source>
        <translation>Découvrir une entreprise d’exemple</translation>
    </message>
    <message>
        <source>A made-up bakery with advocates, campaigns, referrals and mentions, so that every page and chart has something to show. It is a file of its own: your data stays apart.</source>
        <translation>Une boulangerie fictive avec des ambassadeurs, des campagnes, des parrainages et des mentions, pour que chaque page et chaque graphique ait quelque chose à montrer. C’est un fichier à part&#xa0;: vos données restent séparées.</translation>
    </message>
    <message>
        <source>Import Your Customers</source>
        <translation>Importer vos clients</translation>
    </message>
    <message>
        <source>Start your business&apos;s file from a CSV export of your shop, CRM, email tool or spreadsheet.</source>
        <translation>Créez le fichier de votre entreprise à partir d’un export CSV de votre boutique, de votre CRM, de votre outil d’e-mailing ou de votre tableur.</translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation>Commencer avec un fichier vide</translation>
    </message>
    <message>
        <source>Start your business&apos;s file and add advocates and campaigns by hand.</source>
        <translation>Créez le fichier de votre entreprise et ajoutez vos ambassadeurs et vos campagnes à la main.</translation>
    </message>
    <message>
        <source>Open a Grapevine file you already have</source>
        <translation>Ouvrir un fichier Grapevine existant</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Revenir à %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Grapevine: peer-to-peer marketing for small businesses — advocates, referral campaigns, word of mouth.</source>
        <translation>Grapevine&#xa0;: le marketing de recommandation pour les petites entreprises — ambassadeurs, campagnes de parrainage, bouche-à-oreille.</translation>
    </message>
    <message>
        <source>The database file to open (default: the last one used).</source>
        <translation>Le fichier de base de données à ouvrir (par défaut&#xa0;: le dernier utilisé).</translation>
    </message>
</context>
</TS>
