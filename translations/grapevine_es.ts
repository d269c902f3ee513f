<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Advocate</name>
    <message>
        <source>Give the advocate a name or an email address.</source>
        <translation>Indique un nombre o una dirección de correo electrónico para el embajador.</translation>
    </message>
    <message>
        <source>The NPS score must be a whole number from 0 to 10.</source>
        <translation>La puntuación NPS debe ser un número entero del 0 al 10.</translation>
    </message>
    <message>
        <source>The total spent cannot be negative.</source>
        <translation>El gasto total no puede ser negativo.</translation>
    </message>
    <message>
        <source>The number of orders cannot be negative.</source>
        <translation>El número de pedidos no puede ser negativo.</translation>
    </message>
    <message>
        <source>An advocate cannot have referred themselves.</source>
        <translation>Un embajador no puede haberse recomendado a sí mismo.</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>Una etiqueta no puede estar vacía.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influencer</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Borrado</translation>
    </message>
</context>
<context>
    <name>AdvocateActivity</name>
    <message>
        <source>Computing the advocate&apos;s referrals</source>
        <translation>calcular los referidos del embajador</translation>
    </message>
</context>
<context>
    <name>AdvocateBulkEditor</name>
    <message>
        <source>Type the name of the tag.</source>
        <translation>Escriba el nombre de la etiqueta.</translation>
    </message>
    <message>
        <source>Adding the tag &quot;%1&quot;</source>
        <translation>añadir la etiqueta «%1»</translation>
    </message>
    <message>
        <source>Removing the tag &quot;%1&quot;</source>
        <translation>quitar la etiqueta «%1»</translation>
    </message>
    <message>
        <source>Changing the kind of the advocates</source>
        <translation>cambiar el tipo de los embajadores</translation>
    </message>
    <message>
        <source>Reading the kind of the advocates</source>
        <translation>leer el tipo de los embajadores</translation>
    </message>
    <message>
        <source>Reading the tags of the advocates</source>
        <translation>leer las etiquetas de los embajadores</translation>
    </message>
</context>
<context>
    <name>AdvocateCommands</name>
    <message>
        <source>Add “%1”</source>
        <translation>Añadir «%1»</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <source>Putting the advocates back…</source>
        <translation>Restaurando los embajadores…</translation>
    </message>
    <message>
        <source>Deleting the advocates again…</source>
        <translation>Eliminando de nuevo los embajadores…</translation>
    </message>
</context>
<context>
    <name>AdvocateLookup</name>
    <message>
        <source>Looking up advocates</source>
        <translation>buscar embajadores</translation>
    </message>
</context>
<context>
    <name>AdvocateSnapshot</name>
    <message>
        <source>The advocates changed since they were selected (an import or another window may have added referrals or rewards). Nothing was deleted; select them again and retry.</source>
        <translation>Los embajadores han cambiado desde que los seleccionó (una importación u otra ventana puede haber añadido referidos o recompensas). No se ha eliminado nada; vuelva a seleccionarlos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Restoring the deleted advocates</source>
        <translation>restaurar los embajadores eliminados</translation>
    </message>
    <message>
        <source>Reading the advocates to delete</source>
        <translation>leer los embajadores que se van a eliminar</translation>
    </message>
    <message>
        <source>The advocates no longer exist.</source>
        <translation>Los embajadores ya no existen.</translation>
    </message>
    <message>
        <source>Deleting the advocates</source>
        <translation>eliminar los embajadores</translation>
    </message>
</context>
<context>
    <name>AdvocateStamps</name>
    <message>
        <source>Remembering the advocates before the change</source>
        <translation>guardar el estado de los embajadores antes del cambio</translation>
    </message>
    <message>
        <source>Undoing the change</source>
        <translation>deshacer el cambio</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these advocates were changed elsewhere (in another Grapevine window or by an import) after this step, so undoing or redoing it now would throw those changes away. Nothing was changed.</source>
        <translation>
            <numerusform>%Ln de estos embajadores se cambió en otro lugar (en otra ventana de Grapevine o con una importación) después de este paso: deshacerlo o rehacerlo ahora descartaría ese cambio. No se cambió nada.</numerusform>
            <numerusform>%Ln de estos embajadores se cambiaron en otro lugar (en otra ventana de Grapevine o con una importación) después de este paso: deshacerlo o rehacerlo ahora descartaría esos cambios. No se cambió nada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdvocateStore</name>
    <message>
        <source>Another advocate already has the email address %1.</source>
        <translation>Otro embajador ya tiene la dirección de correo electrónico %1.</translation>
    </message>
    <message>
        <source>The referral code %1 already belongs to another advocate.</source>
        <translation>El código de referido %1 ya pertenece a otro embajador.</translation>
    </message>
    <message>
        <source>Checking who referred the advocate</source>
        <translation>comprobar quién recomendó al embajador</translation>
    </message>
    <message>
        <source>The advocate chosen as referrer no longer exists.</source>
        <translation>El embajador elegido como recomendador ya no existe.</translation>
    </message>
    <message>
        <source>This would make a loop: the chosen referrer was (directly or indirectly) referred by this advocate.</source>
        <translation>Esto crearía un ciclo: el recomendador elegido fue recomendado (directa o indirectamente) por este embajador.</translation>
    </message>
    <message>
        <source>Saving the advocate</source>
        <translation>guardar el embajador</translation>
    </message>
    <message>
        <source>Reading the advocate</source>
        <translation>leer el embajador</translation>
    </message>
    <message>
        <source>The advocate no longer exists.</source>
        <translation>El embajador ya no existe.</translation>
    </message>
    <message>
        <source>Reading the advocate&apos;s tags</source>
        <translation>leer las etiquetas del embajador</translation>
    </message>
    <message>
        <source>The advocate has not been saved yet.</source>
        <translation>El embajador aún no se ha guardado.</translation>
    </message>
    <message>
        <source>Restoring the advocate</source>
        <translation>restaurar el embajador</translation>
    </message>
    <message>
        <source>Deleting the advocate</source>
        <translation>eliminar el embajador</translation>
    </message>
    <message>
        <source>Saving the tags</source>
        <translation>guardar las etiquetas</translation>
    </message>
    <message>
        <source>Saving the tag &quot;%1&quot;</source>
        <translation>guardar la etiqueta «%1»</translation>
    </message>
    <message>
        <source>Looking up the email address</source>
        <translation>buscar la dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Looking up the referral code</source>
        <translation>buscar el código de referido</translation>
    </message>
    <message>
        <source>Counting advocates</source>
        <translation>contar los embajadores</translation>
    </message>
    <message>
        <source>Counting what goes with the advocates</source>
        <translation>contar los datos asociados a los embajadores</translation>
    </message>
    <message>
        <source>No free referral code could be found. Type one by hand.</source>
        <translation>No se ha encontrado ningún código de referido libre. Escriba uno a mano.</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere (in another Grapevine window or by an import) after you opened it. Your changes were not saved, so that neither is lost: note what you typed, choose Revert to see the other changes, and edit again.</source>
        <translation>«%1» se cambió en otro lugar (en otra ventana de Grapevine o con una importación) después de que usted lo abriera. Sus cambios no se guardaron, para que no se pierda ninguno: anote lo que escribió, elija Descartar cambios para ver los otros cambios y vuelva a editar.</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere (in another Grapevine window or by an import) after this step, so undoing or redoing it now would throw that change away. Nothing was changed; edit the advocate by hand if needed.</source>
        <translation>«%1» se cambió en otro lugar (en otra ventana de Grapevine o con una importación) después de este paso: deshacerlo o rehacerlo ahora descartaría ese cambio. No se cambió nada; edite el embajador a mano si es necesario.</translation>
    </message>
</context>
<context>
    <name>AdvocateTableModel</name>
    <message>
        <source>The advocates could not be read: %1</source>
        <translation>No se han podido leer los embajadores: %1</translation>
    </message>
    <message>
        <source>The advocates could not be counted: %1</source>
        <translation>No se han podido contar los embajadores: %1</translation>
    </message>
</context>
<context>
    <name>BusinessSettings</name>
    <message>
        <source>The currency must be a three-letter ISO code such as EUR or USD.</source>
        <translation>La moneda debe ser un código ISO de tres letras, como EUR o USD.</translation>
    </message>
    <message>
        <source>The value of a point cannot be negative.</source>
        <translation>El valor de un punto no puede ser negativo.</translation>
    </message>
    <message>
        <source>The baseline cost per customer cannot be negative.</source>
        <translation>El coste de referencia por cliente no puede ser negativo.</translation>
    </message>
    <message>
        <source>The response target must be between 1 hour and 90 days.</source>
        <translation>El plazo de respuesta debe estar entre 1 hora y 90 días.</translation>
    </message>
</context>
<context>
    <name>Campaign</name>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Ponga un nombre a la campaña.</translation>
    </message>
    <message>
        <source>The campaign must end on or after the day it starts.</source>
        <translation>La campaña debe terminar el mismo día en que empieza o después.</translation>
    </message>
    <message>
        <source>A reward value cannot be negative.</source>
        <translation>El valor de una recompensa no puede ser negativo.</translation>
    </message>
    <message>
        <source>A percentage discount can be at most 100%.</source>
        <translation>Un descuento porcentual no puede superar el 100 %.</translation>
    </message>
    <message>
        <source>The minimum order value cannot be negative.</source>
        <translation>El importe mínimo del pedido no puede ser negativo.</translation>
    </message>
    <message>
        <source>The cap on rewards cannot be negative.</source>
        <translation>El límite de recompensas no puede ser negativo.</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>El presupuesto no puede ser negativo.</translation>
    </message>
    <message>
        <source>The hold period cannot be negative.</source>
        <translation>El periodo de espera no puede ser negativo.</translation>
    </message>
    <message>
        <source>The attribution window cannot be negative.</source>
        <translation>La ventana de atribución no puede ser negativa.</translation>
    </message>
    <message>
        <source>A milestone needs at least 1 converted referral.</source>
        <translation>Un hito necesita al menos 1 referido convertido.</translation>
    </message>
    <message>
        <source>A milestone needs a reward.</source>
        <translation>Un hito necesita una recompensa.</translation>
    </message>
    <message>
        <source>A milestone reward value is out of range.</source>
        <translation>El valor de la recompensa de un hito está fuera de rango.</translation>
    </message>
    <message numerus="yes">
        <source>Two milestones are set at %Ln converted referral(s).</source>
        <translation>
            <numerusform>Hay dos hitos fijados en %Ln referido convertido.</numerusform>
            <numerusform>Hay dos hitos fijados en %Ln referidos convertidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>This campaign offers a reward, so it needs a disclosure text before it can be activated.</source>
        <translation>Esta campaña ofrece una recompensa, así que necesita un aviso de transparencia antes de poder activarla.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>No reward</source>
        <translation>Sin recompensa</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Saldo en tienda</translation>
    </message>
    <message>
        <source>Percentage discount</source>
        <translation>Descuento porcentual</translation>
    </message>
    <message>
        <source>Fixed discount</source>
        <translation>Descuento fijo</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Regalo</translation>
    </message>
</context>
<context>
    <name>CampaignCommands</name>
    <message>
        <source>Create “%1”</source>
        <translation>Crear «%1»</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Eliminar «%1»</translation>
    </message>
    <message>
        <source>Add Cost “%1”</source>
        <translation>Añadir coste «%1»</translation>
    </message>
    <message>
        <source>Remove Cost “%1”</source>
        <translation>Quitar coste «%1»</translation>
    </message>
</context>
<context>
    <name>CampaignCost</name>
    <message>
        <source>A cost must belong to a campaign.</source>
        <translation>Un coste debe pertenecer a una campaña.</translation>
    </message>
    <message>
        <source>Say on which day the cost was incurred.</source>
        <translation>Indique qué día se produjo el coste.</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>Un coste no puede ser negativo.</translation>
    </message>
</context>
<context>
    <name>CampaignCostStore</name>
    <message>
        <source>Checking the cost&apos;s campaign</source>
        <translation>comprobar la campaña del coste</translation>
    </message>
    <message>
        <source>The campaign of this cost no longer exists.</source>
        <translation>La campaña de este coste ya no existe.</translation>
    </message>
    <message>
        <source>Saving the cost</source>
        <translation>guardar el coste</translation>
    </message>
    <message>
        <source>Reading the cost</source>
        <translation>leer el coste</translation>
    </message>
    <message>
        <source>The cost no longer exists.</source>
        <translation>El coste ya no existe.</translation>
    </message>
    <message>
        <source>The cost has not been saved yet.</source>
        <translation>El coste aún no se ha guardado.</translation>
    </message>
    <message>
        <source>Deleting the cost</source>
        <translation>eliminar el coste</translation>
    </message>
    <message>
        <source>Reading the campaign&apos;s costs</source>
        <translation>leer los costes de la campaña</translation>
    </message>
</context>
<context>
    <name>CampaignSnapshot</name>
    <message>
        <source>Reading the campaign</source>
        <translation>leer la campaña</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>La campaña ya no existe.</translation>
    </message>
    <message>
        <source>Putting the campaign back</source>
        <translation>restaurar la campaña</translation>
    </message>
    <message>
        <source>Saving the campaign</source>
        <translation>guardar la campaña</translation>
    </message>
    <message>
        <source>The campaign “%1” was changed elsewhere (in another Grapevine window) after this step, so undoing or redoing it now would throw that change away. Nothing was changed; edit the campaign by hand if needed.</source>
        <translation>La campaña «%1» se cambió en otro lugar (en otra ventana de Grapevine) después de este paso: deshacerlo o rehacerlo ahora descartaría ese cambio. No se cambió nada; edite la campaña a mano si es necesario.</translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>Saving the campaign</source>
        <translation>guardar la campaña</translation>
    </message>
    <message>
        <source>Reading the campaign</source>
        <translation>leer la campaña</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>La campaña ya no existe.</translation>
    </message>
    <message>
        <source>Reading the campaign&apos;s milestones</source>
        <translation>leer los hitos de la campaña</translation>
    </message>
    <message>
        <source>The campaign has not been saved yet.</source>
        <translation>La campaña aún no se ha guardado.</translation>
    </message>
    <message>
        <source>Deleting the campaign</source>
        <translation>eliminar la campaña</translation>
    </message>
    <message numerus="yes">
        <source>The campaign has %Ln referral(s); end it instead of deleting it.</source>
        <translation>
            <numerusform>La campaña tiene %Ln referido; finalícela en lugar de eliminarla.</numerusform>
            <numerusform>La campaña tiene %Ln referidos; finalícela en lugar de eliminarla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The campaign has %Ln reward(s); end it instead of deleting it.</source>
        <translation>
            <numerusform>La campaña tiene %Ln recompensa; finalícela en lugar de eliminarla.</numerusform>
            <numerusform>La campaña tiene %Ln recompensas; finalícela en lugar de eliminarla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the campaigns&apos; milestones</source>
        <translation>leer los hitos de las campañas</translation>
    </message>
    <message>
        <source>Reading the campaigns</source>
        <translation>leer las campañas</translation>
    </message>
    <message>
        <source>Saving the milestones</source>
        <translation>guardar los hitos</translation>
    </message>
    <message numerus="yes">
        <source>Saving the milestone at %Ln converted referral(s)</source>
        <translation>
            <numerusform>guardar el hito de %Ln referido convertido</numerusform>
            <numerusform>guardar el hito de %Ln referidos convertidos</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign “%1” was changed elsewhere (in another Grapevine window) after you opened it. Your changes were not saved, so that neither is lost: note what you typed, choose Revert to see the other changes, and edit again.</source>
        <translation>La campaña «%1» se cambió en otro lugar (en otra ventana de Grapevine) después de que usted la abriera. Sus cambios no se guardaron, para que no se pierda ninguno: anote lo que escribió, elija Descartar cambios para ver los otros cambios y vuelva a editar.</translation>
    </message>
</context>
<context>
    <name>CampaignSummary</name>
    <message>
        <source>Adding up the campaigns&apos; results</source>
        <translation>sumar los resultados de las campañas</translation>
    </message>
</context>
<context>
    <name>CampaignTemplates</name>
    <message>
        <source>Blank Campaign</source>
        <translation>Campaña en blanco</translation>
    </message>
    <message>
        <source>Refer a Friend</source>
        <translation>Recomienda a un amigo</translation>
    </message>
    <message>
        <source>Milestone Ladder</source>
        <translation>Escalera de hitos</translation>
    </message>
    <message>
        <source>Staff Advocacy</source>
        <translation>Empleados embajadores</translation>
    </message>
    <message>
        <source>Start from an empty campaign and set every rule yourself.</source>
        <translation>Empiece con una campaña vacía y defina usted mismo todas las reglas.</translation>
    </message>
    <message>
        <source>Both sides win: store credit for the advocate, a discount on the friend&apos;s first order.</source>
        <translation>Todos ganan: saldo en tienda para el embajador y un descuento en el primer pedido del amigo.</translation>
    </message>
    <message>
        <source>Growing rewards for advocates at 1, 3 and 5 friends who became customers.</source>
        <translation>Recompensas crecientes para los embajadores cuando 1, 3 y 5 amigos se hacen clientes.</translation>
    </message>
    <message>
        <source>Your employees share a friends-and-family discount and earn points for each sign-up.</source>
        <translation>Sus empleados comparten un descuento para amigos y familiares y ganan puntos por cada registro.</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <source>Refer a friend</source>
        <translation>Recomienda a un amigo</translation>
    </message>
    <message>
        <source>Advocates share their personal link; when a friend places a first order, the friend saves on it and the advocate earns store credit.</source>
        <translation>Los embajadores comparten su enlace personal; cuando un amigo hace su primer pedido, el amigo ahorra en él y el embajador gana saldo en tienda.</translation>
    </message>
    <message>
        <source>Store credit for each friend who buys</source>
        <translation>Saldo en tienda por cada amigo que compre</translation>
    </message>
    <message>
        <source>Off the first order</source>
        <translation>Descuento en el primer pedido</translation>
    </message>
    <message>
        <source>Milestone ladder</source>
        <translation>Escalera de hitos</translation>
    </message>
    <message>
        <source>The more friends an advocate brings, the bigger the thank-you: rewards at 1, 3 and 5 friends who became customers.</source>
        <translation>Cuantos más amigos traiga un embajador, mayor será el agradecimiento: recompensas cuando 1, 3 y 5 amigos se hacen clientes.</translation>
    </message>
    <message>
        <source>Thank-you credit for the first friend</source>
        <translation>Saldo de agradecimiento por el primer amigo</translation>
    </message>
    <message>
        <source>Credit for three friends</source>
        <translation>Saldo por tres amigos</translation>
    </message>
    <message>
        <source>A gift box for five friends</source>
        <translation>Una caja regalo por cinco amigos</translation>
    </message>
    <message>
        <source>Staff advocacy</source>
        <translation>Empleados embajadores</translation>
    </message>
    <message>
        <source>Employees share a friends-and-family discount with the people they know and earn points for each friend who signs up.</source>
        <translation>Los empleados comparten un descuento para amigos y familiares con sus conocidos y ganan puntos por cada amigo que se registra.</translation>
    </message>
    <message>
        <source>Points for each friend who signs up</source>
        <translation>Puntos por cada amigo que se registra</translation>
    </message>
    <message>
        <source>Friends-and-family discount</source>
        <translation>Descuento para amigos y familiares</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln punto</numerusform>
            <numerusform>%Ln puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in store credit</source>
        <translation>%1 de saldo en tienda</translation>
    </message>
    <message>
        <source>%1% off</source>
        <extracomment>%1 is a number, e.g. &quot;15&quot; or &quot;12.5&quot;</extracomment>
        <translation>%1 % de descuento</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 de descuento</translation>
    </message>
    <message>
        <source>%1 in cash</source>
        <translation>%1 en efectivo</translation>
    </message>
    <message>
        <source>a gift worth %1</source>
        <translation>un regalo por valor de %1</translation>
    </message>
    <message>
        <source>a gift (%1)</source>
        <translation>un regalo (%1)</translation>
    </message>
    <message>
        <source>a gift</source>
        <translation>un regalo</translation>
    </message>
    <message>
        <source>I get %1 when you sign up through my link.</source>
        <translation>Yo recibo %1 cuando te registras con mi enlace.</translation>
    </message>
    <message>
        <source>I get %1 when you make your first purchase through my link.</source>
        <translation>Yo recibo %1 cuando haces tu primera compra con mi enlace.</translation>
    </message>
    <message numerus="yes">
        <source>%1 after %Ln friend(s)</source>
        <extracomment>One step of a reward ladder: &quot;$5.00 in store credit after 1 friend&quot;</extracomment>
        <translation>
            <numerusform>%1 por %Ln amigo</numerusform>
            <numerusform>%1 por %Ln amigos</numerusform>
        </translation>
    </message>
    <message>
        <source>I earn rewards when friends I refer become customers: %1.</source>
        <extracomment>%1 lists the steps, e.g. &quot;$5.00 in store credit after 1 friend, and a gift after 5 friends&quot;</extracomment>
        <translation>Gano recompensas cuando los amigos que recomiendo se hacen clientes: %1.</translation>
    </message>
    <message>
        <source>You get %1 when you sign up.</source>
        <translation>Tú recibes %1 al registrarte.</translation>
    </message>
    <message>
        <source>You get %1 on your first purchase.</source>
        <translation>Tú recibes %1 en tu primera compra.</translation>
    </message>
    <message>
        <source>I recommend this because I like it; I get nothing for it.</source>
        <translation>Lo recomiendo porque me gusta; no recibo nada a cambio.</translation>
    </message>
    <message>
        <source>This is my referral link. %1</source>
        <translation>Este es mi enlace de referido. %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Created: a new, empty database</source>
        <translation>Creada: una base de datos nueva y vacía</translation>
    </message>
    <message>
        <source>Updated: from schema version %1; copy of the old file at %2</source>
        <translation>Actualizada: desde la versión de esquema %1; copia del archivo anterior en %2</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Solo lectura: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Versión del esquema: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integridad: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>sin problemas</translation>
    </message>
    <message>
        <source>PROBLEMS FOUND</source>
        <translation>PROBLEMAS DETECTADOS</translation>
    </message>
    <message>
        <source>Foreign keys: %1</source>
        <translation>Claves foráneas: %1</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <source>The database has problems (see above). Restore it from a backup copy.</source>
        <translation>La base de datos tiene problemas (véase arriba). Restáurela a partir de una copia de seguridad.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation>--%1 necesita un número entero igual o mayor que 0, no «%2».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. The demo only creates new files; choose another name.</source>
        <translation>«%1» ya existe. La demo solo crea archivos nuevos; elija otro nombre.</translation>
    </message>
    <message>
        <source>Generating: %1%</source>
        <translation>Generando: %1 %</translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation>Embajadores</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referidos</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Recompensas</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <source>Created the demo database %1</source>
        <translation>Se ha creado la base de datos de demostración %1</translation>
    </message>
    <message>
        <source>Seconds: %1</source>
        <translation>Segundos: %1</translation>
    </message>
    <message>
        <source>The database file (default: the app&apos;s default database).</source>
        <translation>El archivo de base de datos (por defecto: la base de datos predeterminada de la aplicación).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>demo: how many advocates (default 1000).</source>
        <translation>demo: cuántos embajadores (por defecto 1000).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>demo: how many referrals (default 1500).</source>
        <translation>demo: cuántos referidos (por defecto 1500).</translation>
    </message>
    <message>
        <source>demo: how many mentions (default 300).</source>
        <translation>demo: cuántas menciones (por defecto 300).</translation>
    </message>
    <message>
        <source>demo: the random seed; the same seed gives the same data (default 1).</source>
        <translation>demo: la semilla aleatoria; la misma semilla genera los mismos datos (por defecto 1).</translation>
    </message>
    <message>
        <source>import: the file&apos;s encoding (UTF-8, UTF-16LE, windows-1252, ISO-8859-15, macintosh…); detected when not given.</source>
        <translation>import: la codificación del archivo (UTF-8, UTF-16LE, windows-1252, ISO-8859-15, macintosh…); se detecta si no se indica.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>import: the delimiter, one of , ; tab | (detected when not given).</source>
        <translation>import: el delimitador, uno de , ; tab | (se detecta si no se indica).</translation>
    </message>
    <message>
        <source>char</source>
        <translation>carácter</translation>
    </message>
    <message>
        <source>import: how dates are written: dmy (31/12/2026), mdy (12/31/2026) or ymd (2026-12-31). Needed when the file&apos;s dates could be read either way.</source>
        <translation>import: cómo se escriben las fechas: dmy (31/12/2026), mdy (12/31/2026) o ymd (2026-12-31). Necesario si las fechas del archivo admiten las dos lecturas.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>import: a saved column mapping&apos;s name, or the mapping itself: &quot;email=E-Mail, first_name=Vorname&quot;.</source>
        <translation>import: el nombre de una asignación de columnas guardada, o la propia asignación: &quot;email=E-Mail, first_name=Vorname&quot;.</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>asignación</translation>
    </message>
    <message>
        <source>import: for people already in the database: update (default), skip, or fill (only empty fields).</source>
        <translation>import: para las personas que ya están en la base de datos: update (por defecto, actualizar), skip (omitir) o fill (solo rellenar los campos vacíos).</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>criterio</translation>
    </message>
    <message>
        <source>import: do everything, report it, and keep nothing.</source>
        <translation>import: hacerlo todo, informar del resultado y no guardar nada.</translation>
    </message>
    <message>
        <source>import: write the rejected rows, with the reason first, to this CSV (fix it and import it again).</source>
        <translation>import: escribir las filas rechazadas, con el motivo primero, en este CSV (corríjalo y vuelva a importarlo).</translation>
    </message>
    <message>
        <source>export: leave out the byte order mark (for programs that do not expect one).</source>
        <translation>export: omitir la marca de orden de bytes (para programas que no la esperan).</translation>
    </message>
    <message>
        <source>import: print the result as one JSON object.</source>
        <translation>import: mostrar el resultado como un único objeto JSON.</translation>
    </message>
    <message>
        <source>report: one campaign, by its number or name (default: all).</source>
        <translation>report: una campaña, por su número o su nombre (por defecto: todas).</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campaña</translation>
    </message>
    <message>
        <source>report: the first day, YYYY-MM-DD.</source>
        <translation>report: el primer día, AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>report: the last day, YYYY-MM-DD (included).</source>
        <translation>report: el último día, AAAA-MM-DD (incluido).</translation>
    </message>
    <message>
        <source>report: pdf, html, csv or json.</source>
        <translation>report: pdf, html, csv o json.</translation>
    </message>
    <message>
        <source>Run grapevine-cli --help for the commands and options.</source>
        <translation>Ejecute grapevine-cli --help para ver los comandos y las opciones.</translation>
    </message>
    <message>
        <source>Say what to do, for example: grapevine-cli --db business.sqlite check</source>
        <translation>Indique qué hacer, por ejemplo: grapevine-cli --db business.sqlite check</translation>
    </message>
    <message>
        <source>report takes --format, --out, --campaign, --from and --to.</source>
        <translation>report admite --format, --out, --campaign, --from y --to.</translation>
    </message>
    <message>
        <source>--campaign, --from, --to and --format belong to the report command.</source>
        <translation>--campaign, --from, --to y --format son opciones del comando report.</translation>
    </message>
    <message>
        <source>Say what to export, for example: grapevine-cli export advocates --out advocates.csv</source>
        <translation>Indique qué exportar, por ejemplo: grapevine-cli export advocates --out advocates.csv</translation>
    </message>
    <message>
        <source>export takes --out, --delimiter and --no-bom.</source>
        <translation>export admite --out, --delimiter y --no-bom.</translation>
    </message>
    <message>
        <source>--no-bom belongs to the export command.</source>
        <translation>--no-bom es una opción del comando export.</translation>
    </message>
    <message>
        <source>--encoding, --delimiter, --date-format, --mapping, --on-duplicate, --dry-run, --rejected-out and --json belong to the import command.</source>
        <translation>--encoding, --delimiter, --date-format, --mapping, --on-duplicate, --dry-run, --rejected-out y --json son opciones del comando import.</translation>
    </message>
    <message>
        <source>--out, --advocates, --referrals, --mentions and --seed belong to the demo command.</source>
        <translation>--out, --advocates, --referrals, --mentions y --seed son opciones del comando demo.</translation>
    </message>
    <message>
        <source>The demo writes a new file given with --out, never the --db database.</source>
        <translation>La demo escribe en un archivo nuevo indicado con --out, nunca en la base de datos de --db.</translation>
    </message>
    <message>
        <source>Say which new file to create, for example: grapevine-cli demo --out demo.sqlite</source>
        <translation>Indique qué archivo nuevo crear, por ejemplo: grapevine-cli demo --out demo.sqlite</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295, not &quot;%1&quot;.</source>
        <translation>--seed necesita un número entero de 0 a 4294967295, no «%1».</translation>
    </message>
    <message>
        <source>Say what to import and from which file, for example: grapevine-cli --db business.sqlite import customers customers.csv</source>
        <translation>Indique qué importar y desde qué archivo, por ejemplo: grapevine-cli --db business.sqlite import customers customers.csv</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run grapevine-cli --help for the list of commands.</source>
        <translation>Comando desconocido: «%1». Ejecute grapevine-cli --help para ver la lista de comandos.</translation>
    </message>
    <message>
        <source>The database is read-only (%1); nothing can be imported or undone.</source>
        <translation>La base de datos es de solo lectura (%1); no se puede importar ni deshacer nada.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>  row %1: %2</source>
        <translation>  fila %1: %2</translation>
    </message>
    <message>
        <source>  row %1, %2: %3</source>
        <translation>  fila %1, %2: %3</translation>
    </message>
    <message>
        <source>Importing: %1 rows (%2 rows a second)</source>
        <translation>Importando: %1 filas (%2 filas por segundo)</translation>
    </message>
    <message>
        <source>Importing: %1% — %2 rows, %3 rows a second, about %4 s left</source>
        <translation>Importando: %1 % — %2 filas, %3 filas por segundo, quedan unos %4 s</translation>
    </message>
    <message>
        <source>--delimiter takes , ; tab or | (or the words comma, semicolon, pipe), not &quot;%1&quot;.</source>
        <translation>--delimiter admite , ; tab o | (o las palabras comma, semicolon, pipe), no «%1».</translation>
    </message>
    <message>
        <source>--date-format takes dmy (DD/MM/YYYY), mdy (MM/DD/YYYY) or ymd (YYYY-MM-DD), not &quot;%1&quot;.</source>
        <translation>--date-format admite dmy (DD/MM/AAAA), mdy (MM/DD/AAAA) o ymd (AAAA-MM-DD), no «%1».</translation>
    </message>
    <message>
        <source>--on-duplicate takes update, skip or fill, not &quot;%1&quot;.</source>
        <translation>--on-duplicate admite update, skip o fill, no «%1».</translation>
    </message>
    <message>
        <source>Say what the file holds: customers, referrals (or orders) or mentions, not &quot;%1&quot;.</source>
        <translation>Indique qué contiene el archivo: customers, referrals (u orders) o mentions, no «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>There is no saved column mapping called &quot;%1&quot;. Saved mappings: %2.</source>
        <translation>No hay ninguna asignación de columnas guardada con el nombre «%1». Asignaciones guardadas: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>The file has no column called: %1.</source>
        <translation>El archivo no tiene ninguna columna llamada: %1.</translation>
    </message>
    <message>
        <source>For example: --date-format dmy</source>
        <translation>Por ejemplo: --date-format dmy</translation>
    </message>
    <message>
        <source>Dry run of %1 (%2, delimiter %3): nothing was changed.</source>
        <translation>Simulación de %1 (%2, delimitador %3): no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Imported %1 (%2, delimiter %3) as import %4.</source>
        <translation>Se ha importado %1 (%2, delimitador %3) como importación %4.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creadas</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cambiadas</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Filas rechazadas:</translation>
    </message>
    <message>
        <source>  … and more; --rejected-out FILE writes every rejected row with its reason.</source>
        <translation>  … y más; --rejected-out ARCHIVO escribe todas las filas rechazadas con su motivo.</translation>
    </message>
    <message>
        <source>Imported with a remark:</source>
        <translation>Importado con una observación:</translation>
    </message>
    <message>
        <source>To take this import back: grapevine-cli --db &quot;%1&quot; undo-import %2</source>
        <translation>Para deshacer esta importación: grapevine-cli --db &quot;%1&quot; undo-import %2</translation>
    </message>
    <message>
        <source>undo-import needs the number of an import (see grapevine-cli imports), not &quot;%1&quot;.</source>
        <translation>undo-import necesita el número de una importación (consulte grapevine-cli imports), no «%1».</translation>
    </message>
    <message>
        <source>Import %1 undone: %2 records deleted, %3 put back as they were.</source>
        <translation>Importación %1 deshecha: %2 registros eliminados y %3 restaurados como estaban.</translation>
    </message>
    <message>
        <source>%1 values edited after the import were kept.</source>
        <translation>Se han conservado %1 valores editados después de la importación.</translation>
    </message>
    <message>
        <source>The import history cannot be read.</source>
        <translation>No se puede leer el historial de importaciones.</translation>
    </message>
    <message>
        <source>  #  started (local time)  kind       status      rows  created  updated  skipped  rejected  file</source>
        <translation>  #  inicio (hora local)   tipo       estado      filas  creadas  cambios omitidas  rechazos  archivo</translation>
    </message>
    <message>
        <source>Say what to export: advocates, referrals, rewards or mentions, not &quot;%1&quot;.</source>
        <translation>Indique qué exportar: advocates, referrals, rewards o mentions, no «%1».</translation>
    </message>
    <message>
        <source>Say which file to write, for example: grapevine-cli export advocates --out advocates.csv</source>
        <translation>Indique en qué archivo escribir, por ejemplo: grapevine-cli export advocates --out advocates.csv</translation>
    </message>
    <message>
        <source>Exporting: %1 of %2 rows</source>
        <translation>Exportando: %1 de %2 filas</translation>
    </message>
    <message>
        <source>Wrote %1 %2 to %3.</source>
        <translation>Se han escrito %1 %2 en %3.</translation>
    </message>
    <message>
        <source>There is no campaign &quot;%1&quot;. Campaigns: %2.</source>
        <translation>No existe la campaña «%1». Campañas: %2.</translation>
    </message>
    <message>
        <source>Say which format: --format pdf, html, csv or json.</source>
        <translation>Indique el formato: --format pdf, html, csv o json.</translation>
    </message>
    <message>
        <source>--format takes pdf, html, csv or json, not &quot;%1&quot;.</source>
        <translation>--format admite pdf, html, csv o json, no «%1».</translation>
    </message>
    <message>
        <source>Say where to write the report: --out FILE.</source>
        <translation>Indique dónde escribir el informe: --out ARCHIVO.</translation>
    </message>
    <message>
        <source>--from takes a date written 2026-04-01, not &quot;%1&quot;.</source>
        <translation>--from admite una fecha escrita como 2026-04-01, no «%1».</translation>
    </message>
    <message>
        <source>--to takes a date written 2026-04-30, not &quot;%1&quot;.</source>
        <translation>--to admite una fecha escrita como 2026-04-30, no «%1».</translation>
    </message>
    <message>
        <source>The period ends (%1) before it begins (%2).</source>
        <translation>El periodo termina (%1) antes de empezar (%2).</translation>
    </message>
    <message>
        <source>Wrote the report to %1</source>
        <translation>Informe escrito en %1</translation>
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
        <translation>Grapevine en la línea de comandos.

Comandos:
  check    Abre la base de datos exactamente como lo hace la aplicación (creándola o
           actualizándola), ejecuta las comprobaciones de integridad y de claves
           foráneas de SQLite y muestra la versión del esquema y el número de filas
           de cada tabla.
  demo     Crea una base de datos nueva --out ARCHIVO con un negocio inventado (Demo
           Bakery): embajadores, campañas, referidos, recompensas y menciones, siempre
           los mismos para la misma --seed. Tamaños: --advocates (1000), --referrals
           (1500), --mentions (300). Un ARCHIVO existente nunca se modifica.
  import customers|referrals|mentions ARCHIVO.csv
           customers: una exportación de clientes (Shopify, WooCommerce, HubSpot,
           Mailchimp, una hoja de cálculo…) como embajadores. Cada persona se
           identifica por su correo electrónico: si ya existe, se actualiza; nunca
           se duplica.
           referrals (u orders): los pedidos de una tienda; el pedido de un amigo
           convierte su referido, y el código de un embajador o una columna
           «Referred By» registra uno nuevo.
           mentions: una exportación de escucha social o de reseñas.
           Las columnas se reconocen por su nombre. Las filas rechazadas se muestran
           con su motivo; el resto se importa. Importar dos veces el mismo archivo
           no cambia nada.
  undo-import N
           Deshace la importación número N: se elimina lo que creó y se restaura
           lo que cambió (se conservan los valores editados después).
  imports  Muestra las importaciones: cuándo, qué archivo y qué hizo cada una.
  bulk-edit add-tag NOMBRE|remove-tag NOMBRE|set-kind TIPO
           Da la etiqueta a todos los embajadores (salvo los borrados), se la quita,
           o los convierte a todos en customer, partner, employee, influencer u other.
  backup [--out ARCHIVO]
           La copia de seguridad de hoy en la carpeta de copias de la aplicación (la que
           hace una vez al día), o una copia en ARCHIVO. Una copia coherente incluso con
           la aplicación abierta.
  export advocates|referrals|rewards|mentions --out ARCHIVO.csv
           Escribe todos los registros de ese tipo en un archivo CSV (UTF-8 con
           marca de orden de bytes para que Excel muestre los acentos; --no-bom
           para omitirla; --delimiter ; para Excel en gran parte de Europa). Las
           fechas van en ISO 8601, los importes como decimales simples, y las
           celdas que una hoja de cálculo ejecutaría como fórmula se neutralizan.
  report --format pdf|html|csv|json --out ARCHIVO [--campaign ID|NOMBRE] [--from FECHA] [--to FECHA]
           Las métricas de todas las campañas o de una, para los días de --from a
           --to (AAAA-MM-DD, ambos incluidos; por defecto: todo hasta hoy). pdf y
           html: el informe completo con sus gráficos, tal como lo genera la página
           Informes. csv y json: las cifras, con el dinero en unidades menores
           (céntimos); una proporción no definida es null (JSON) o vacía.</translation>
    </message>
    <message>
        <source>demo: the new database file to create; export, report, backup: the file to write.</source>
        <translation>demo: el nuevo archivo de base de datos que se creará; export, report, backup: el archivo que se escribirá.</translation>
    </message>
    <message>
        <source>What to do: check, demo, import, undo-import, imports, bulk-edit, backup, export or report.</source>
        <translation>Qué hacer: check, demo, import, undo-import, imports, bulk-edit, backup, export o report.</translation>
    </message>
    <message>
        <source>backup takes --out.</source>
        <translation>backup acepta --out.</translation>
    </message>
    <message>
        <source>bulk-edit does add-tag NAME, remove-tag NAME or set-kind KIND, not &quot;%1&quot;.</source>
        <translation>bulk-edit hace add-tag NOMBRE, remove-tag NOMBRE o set-kind TIPO, no «%1».</translation>
    </message>
    <message>
        <source>set-kind takes customer, partner, employee, influencer or other, not &quot;%1&quot;.</source>
        <translation>set-kind acepta customer, partner, employee, influencer u other, no «%1».</translation>
    </message>
    <message>
        <source>The database is read-only (%1); nothing can be changed.</source>
        <translation>La base de datos es de solo lectura (%1); no se puede cambiar nada.</translation>
    </message>
    <message>
        <source>The advocates cannot be read.</source>
        <translation>No se pueden leer los embajadores.</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n advocate(s).</source>
        <translation>
            <numerusform>%n embajador cambiado.</numerusform>
            <numerusform>%n embajadores cambiados.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no database &quot;%1&quot; to back up.</source>
        <translation>No hay ninguna base de datos «%1» que copiar.</translation>
    </message>
    <message>
        <source>The copy must be another file than the database itself.</source>
        <translation>La copia debe ser un archivo distinto de la propia base de datos.</translation>
    </message>
    <message>
        <source>Copied to %1</source>
        <translation>Copiado en %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Copia de seguridad en %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup was already there: %1</source>
        <translation>La copia de hoy ya existía: %1</translation>
    </message>
</context>
<context>
    <name>ColumnMatcher</name>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Consentimiento de marketing</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Gasto total</translation>
    </message>
    <message>
        <source>Number of orders</source>
        <translation>Número de pedidos</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>Código de referido</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recomendado por</translation>
    </message>
    <message>
        <source>NPS score</source>
        <translation>Puntuación NPS</translation>
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
        <translation>Unicode (UTF-16, little-endian)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16, big-endian)</source>
        <translation>Unicode (UTF-16, big-endian)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Europeo occidental (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation>Europeo occidental (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Western European with € (ISO-8859-15)</source>
        <translation>Europeo occidental con € (ISO-8859-15)</translation>
    </message>
    <message>
        <source>Western European (Mac Roman)</source>
        <translation>Europeo occidental (Mac Roman)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>“%1” is not an encoding Grapevine reads. Choose one of: %2.</source>
        <translation>«%1» no es una codificación que Grapevine pueda leer. Elija una de estas: %2.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>The file could not be read to its end: %1</source>
        <translation>No se ha podido leer el archivo hasta el final: %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>Some characters cannot be read as %1; they show as “�”. If the text looks wrong, choose another encoding.</source>
        <translation>Algunos caracteres no se pueden leer como %1 y aparecen como «�». Si el texto no se ve bien, elija otra codificación.</translation>
    </message>
    <message>
        <source>This row has %1 of the %2 columns: a value or a delimiter is missing.</source>
        <translation>Esta fila tiene %1 de las %2 columnas: falta un valor o un delimitador.</translation>
    </message>
    <message>
        <source>This row has %1 values for %2 columns: a delimiter too many, or a value with the delimiter in it that is not in quotes.</source>
        <translation>Esta fila tiene %1 valores para %2 columnas: sobra un delimitador, o hay un valor que contiene el delimitador y no está entre comillas.</translation>
    </message>
</context>
<context>
    <name>CsvRecordParser</name>
    <message>
        <source>A NUL character was left out of the field.</source>
        <translation>Se ha quitado un carácter NUL del campo.</translation>
    </message>
    <message>
        <source>Text follows the closing quote of the field; it was kept as part of the field.</source>
        <translation>Hay texto después de las comillas de cierre del campo; se ha conservado como parte del campo.</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed: everything after its opening quote, to the end of the file, was read into it.</source>
        <translation>El campo entre comillas que empieza en la línea %1 no se cierra nunca: todo lo que sigue a sus comillas de apertura, hasta el final del archivo, se ha leído dentro de él.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write &quot;%1&quot;: %2. Check that the folder exists and can be written to, and that the disk is not full, or choose another place.</source>
        <translation>No se ha podido escribir «%1»: %2. Compruebe que la carpeta existe y admite escritura y que el disco no está lleno, o elija otra ubicación.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>the file was not opened</source>
        <translation>el archivo no se ha abierto</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <source>email spelling</source>
        <translation>escritura del correo electrónico</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>company</source>
        <translation>empresa</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentimiento</translation>
    </message>
    <message>
        <source>total spent</source>
        <translation>gasto total</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>pedidos</translation>
    </message>
    <message>
        <source>customer since</source>
        <translation>cliente desde</translation>
    </message>
    <message>
        <source>referred by</source>
        <translation>recomendado por</translation>
    </message>
    <message>
        <source>NPS score</source>
        <translation>puntuación NPS</translation>
    </message>
    <message>
        <source>Preparing the import</source>
        <translation>preparar la importación</translation>
    </message>
    <message>
        <source>Looking up the advocate</source>
        <translation>buscar el embajador</translation>
    </message>
    <message>
        <source>Saving the tags</source>
        <translation>guardar las etiquetas</translation>
    </message>
    <message>
        <source>Checking the referral code</source>
        <translation>comprobar el código de referido</translation>
    </message>
    <message>
        <source>The referral code %1 already belongs to another advocate.</source>
        <translation>El código de referido %1 ya pertenece a otro embajador.</translation>
    </message>
    <message>
        <source>Saving the advocate of row %1</source>
        <translation>guardar el embajador de la fila %1</translation>
    </message>
    <message>
        <source>Already an advocate; left as it was</source>
        <translation>Ya es embajador; se ha dejado como estaba</translation>
    </message>
    <message>
        <source>Already up to date</source>
        <translation>Ya estaba al día</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>actualizar el índice de búsqueda</translation>
    </message>
    <message>
        <source>Updating the advocate</source>
        <translation>actualizar el embajador</translation>
    </message>
    <message>
        <source>Updating the advocate of row %1</source>
        <translation>actualizar el embajador de la fila %1</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Actualizado: %1</translation>
    </message>
    <message>
        <source>Reading the row</source>
        <translation>No se ha podido leer la fila.</translation>
    </message>
    <message>
        <source>Linking advocates to their referrers</source>
        <translation>vincular los embajadores con sus recomendadores</translation>
    </message>
    <message>
        <source>The referrer “%1” is neither in the file nor among the advocates; imported without a referrer.</source>
        <translation>El recomendador «%1» no está ni en el archivo ni entre los embajadores; se ha importado sin recomendador.</translation>
    </message>
    <message>
        <source>An advocate cannot be their own referrer; imported without one.</source>
        <translation>Un embajador no puede ser su propio recomendador; se ha importado sin recomendador.</translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation>crear el índice de búsqueda</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Importación de %1</translation>
    </message>
</context>
<context>
    <name>CustomerRowParser</name>
    <message>
        <source>No email address: Grapevine tells people apart by their email. Add it and import the row again.</source>
        <translation>Sin dirección de correo electrónico: Grapevine distingue a las personas por su correo. Añádala y vuelva a importar la fila.</translation>
    </message>
    <message>
        <source>“%1” is not a yes or no. Write yes or no (or leave it empty to keep what is stored).</source>
        <translation>«%1» no es un sí o un no. Escriba sí o no (o déjelo vacío para conservar lo guardado).</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money (or has more decimals than the currency).</source>
        <translation>«%1» no es un importe válido (o tiene más decimales de los que admite la moneda).</translation>
    </message>
    <message>
        <source>“%1” is negative; total spent cannot be.</source>
        <translation>«%1» es negativo; el gasto total no puede serlo.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of orders.</source>
        <translation>«%1» no es un número entero de pedidos.</translation>
    </message>
    <message>
        <source>“%1” is not a date in the chosen format.</source>
        <translation>«%1» no es una fecha en el formato elegido.</translation>
    </message>
    <message>
        <source>“%1” is not a score from 0 to 10.</source>
        <translation>«%1» no es una puntuación del 0 al 10.</translation>
    </message>
</context>
<context>
    <name>DailyBackups</name>
    <message>
        <source>Cannot write the backup &quot;%1&quot;: %2</source>
        <translation>No se puede escribir la copia de seguridad «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot back up &quot;%1&quot; to &quot;%2&quot;: %3</source>
        <translation>No se puede hacer una copia de seguridad de «%1» en «%2»: %3</translation>
    </message>
    <message>
        <source>the backup was cancelled</source>
        <translation>se ha cancelado la copia de seguridad</translation>
    </message>
    <message>
        <source>Cannot create the backup folder &quot;%1&quot;.</source>
        <translation>No se puede crear la carpeta de copias de seguridad «%1».</translation>
    </message>
    <message>
        <source>Cannot delete the old backup &quot;%1&quot;.</source>
        <translation>No se puede eliminar la copia de seguridad antigua «%1».</translation>
    </message>
    <message>
        <source>Cannot read the backup &quot;%1&quot;: %2</source>
        <translation>No se puede leer la copia de seguridad «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database Grapevine can read.</source>
        <translation>«%1» no es una base de datos que Grapevine pueda leer.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; is damaged and was not restored. Choose another one.</source>
        <translation>La copia de seguridad «%1» está dañada y no se ha restaurado. Elija otra.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Grapevine database and was not restored.</source>
        <translation>«%1» no es una base de datos de Grapevine y no se ha restaurado.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; was made by a newer version of Grapevine and was not restored. Install the newer Grapevine to use it.</source>
        <translation>La copia de seguridad «%1» se hizo con una versión más reciente de Grapevine y no se ha restaurado. Instale esa versión más reciente de Grapevine para usarla.</translation>
    </message>
    <message>
        <source>Cannot restore &quot;%1&quot;: %2</source>
        <translation>No se puede restaurar «%1»: %2</translation>
    </message>
    <message>
        <source>another program is using the file. Close it and try again.</source>
        <translation>otro programa está usando el archivo. Ciérrelo y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>El archivo «%1» no existe.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created. Choose another place for the database.</source>
        <translation>No se ha podido crear la carpeta «%1». Elija otra ubicación para la base de datos.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; could not be created: %2.</source>
        <translation>No se ha podido crear la base de datos «%1»: %2.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read: %2.</source>
        <translation>No se ha podido leer el archivo «%1»: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Grapevine database (it is not an SQLite file at all). Choose a file that Grapevine created.</source>
        <translation>«%1» no es una base de datos de Grapevine (ni siquiera es un archivo SQLite). Elija un archivo creado por Grapevine.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Grapevine database (it is not an SQLite file).</source>
        <translation>«%1» no es una base de datos de Grapevine (no es un archivo SQLite).</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is damaged: it ends after %n byte(s), inside its header. Restore it from a backup copy.</source>
        <translation>
            <numerusform>«%1» está dañado: termina tras %n byte, dentro de su cabecera. Restáurelo a partir de una copia de seguridad.</numerusform>
            <numerusform>«%1» está dañado: termina tras %n bytes, dentro de su cabecera. Restáurelo a partir de una copia de seguridad.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: it is cut off (%2 bytes of the expected %3). Restore it from a backup copy.</source>
        <translation>«%1» está dañado: está truncado (%2 bytes de los %3 esperados). Restáurelo a partir de una copia de seguridad.</translation>
    </message>
    <message>
        <source>The database was opened read-only.</source>
        <translation>La base de datos se ha abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>The file is read-only, so changes cannot be saved.</source>
        <translation>El archivo es de solo lectura, así que no se pueden guardar los cambios.</translation>
    </message>
    <message>
        <source>The folder holding the file cannot be written to, so changes cannot be saved.</source>
        <translation>No se puede escribir en la carpeta que contiene el archivo, así que no se pueden guardar los cambios.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Grapevine database, or it is encrypted or badly damaged (%2).</source>
        <translation>«%1» no es una base de datos de Grapevine, o está cifrada o muy dañada (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is locked by another program. Close the other program and try again.</source>
        <translation>Otro programa tiene bloqueado «%1». Cierre ese programa y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged and cannot be opened (%2). Restore it from a backup copy.</source>
        <translation>«%1» está dañado y no se puede abrir (%2). Restáurelo a partir de una copia de seguridad.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database, but not one made by Grapevine. It was not changed.</source>
        <translation>«%1» es una base de datos SQLite, pero no la ha creado Grapevine. No se ha modificado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved by a newer version of Grapevine (database version %2; this version understands up to %3). Install the newer Grapevine to open it. The file was not changed.</source>
        <translation>«%1» se guardó con una versión más reciente de Grapevine (versión de base de datos %2; esta versión admite hasta la %3). Instale la versión más reciente de Grapevine para abrirlo. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged and cannot be opened safely. It was not changed; restore it from a backup copy. (SQLite reports: %2)</source>
        <translation>«%1» está dañado y no se puede abrir de forma segura. No se ha modificado; restáurelo a partir de una copia de seguridad. (SQLite indica: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs to be updated for this version of Grapevine, but it cannot be written. Copy it to a folder you can write to, then open the copy.</source>
        <translation>«%1» debe actualizarse para esta versión de Grapevine, pero no se puede escribir en él. Cópielo a una carpeta en la que pueda escribir y abra la copia.</translation>
    </message>
    <message>
        <source>Before updating &quot;%1&quot;, Grapevine makes a safety copy, and that failed (%2). The file was not changed. Free some disk space or check the folder&apos;s permissions.</source>
        <translation>Antes de actualizar «%1», Grapevine hace una copia de seguridad, y esta ha fallado (%2). El archivo no se ha modificado. Libere espacio en disco o revise los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty and cannot be written, so no database can be created in it.</source>
        <translation>«%1» está vacío y no se puede escribir en él, así que no se puede crear ninguna base de datos.</translation>
    </message>
    <message>
        <source>A copy made before the update is at &quot;%1&quot;.</source>
        <translation>Hay una copia hecha antes de la actualización en «%1».</translation>
    </message>
    <message>
        <source>Choose a different file than the open database for the copy.</source>
        <translation>Para la copia, elija un archivo distinto de la base de datos abierta.</translation>
    </message>
    <message>
        <source>The copy could not be written to &quot;%1&quot;: %2.</source>
        <translation>No se ha podido escribir la copia en «%1»: %2.</translation>
    </message>
    <message>
        <source>The copy could not be saved as &quot;%1&quot;: %2.</source>
        <translation>No se ha podido guardar la copia como «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>The schema version could not be read: %1</source>
        <translation>No se ha podido leer la versión del esquema: %1</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>No se ha podido realizar la comprobación de integridad: %1</translation>
    </message>
    <message>
        <source>The foreign-key check could not run: %1</source>
        <translation>No se ha podido realizar la comprobación de claves foráneas: %1</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing row in %3</source>
        <translation>La fila %2 de %1 hace referencia a una fila inexistente de %3</translation>
    </message>
    <message>
        <source>The tables could not be listed: %1</source>
        <translation>No se han podido listar las tablas: %1</translation>
    </message>
    <message>
        <source>The rows of %1 could not be counted: %2</source>
        <translation>No se han podido contar las filas de %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Creating the demo data was cancelled; nothing was written.</source>
        <translation>Se ha cancelado la creación de los datos de demostración; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Checking that the database is empty</source>
        <translation>comprobar que la base de datos está vacía</translation>
    </message>
    <message>
        <source>Demo data can only be written into an empty database, and this one already holds advocates, campaigns, referrals or mentions. Create a new database for it.</source>
        <translation>Los datos de demostración solo se pueden escribir en una base de datos vacía, y esta ya contiene embajadores, campañas, referidos o menciones. Cree una base de datos nueva para ellos.</translation>
    </message>
    <message>
        <source>Writing the demo tags</source>
        <translation>escribir las etiquetas de demostración</translation>
    </message>
    <message>
        <source>Writing the demo campaign costs</source>
        <translation>escribir los costes de campaña de demostración</translation>
    </message>
    <message>
        <source>Preparing the search index</source>
        <translation>preparar el índice de búsqueda</translation>
    </message>
    <message>
        <source>Writing the demo advocates</source>
        <translation>escribir los embajadores de demostración</translation>
    </message>
    <message>
        <source>Writing the demo advocates&apos; tags</source>
        <translation>escribir las etiquetas de los embajadores de demostración</translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation>crear el índice de búsqueda</translation>
    </message>
    <message>
        <source>Writing the demo referrals</source>
        <translation>escribir los referidos de demostración</translation>
    </message>
    <message>
        <source>Writing the demo referral history</source>
        <translation>escribir el historial de referidos de demostración</translation>
    </message>
    <message>
        <source>Writing the demo rewards</source>
        <translation>escribir las recompensas de demostración</translation>
    </message>
    <message>
        <source>Writing the demo milestone rewards</source>
        <translation>escribir las recompensas por hitos de demostración</translation>
    </message>
    <message>
        <source>Writing the demo review queue</source>
        <translation>escribir la cola de revisión de demostración</translation>
    </message>
    <message>
        <source>Writing the demo mentions</source>
        <translation>escribir las menciones de demostración</translation>
    </message>
    <message>
        <source>The numbers of advocates, referrals and mentions cannot be negative.</source>
        <translation>El número de embajadores, referidos y menciones no puede ser negativo.</translation>
    </message>
    <message>
        <source>The demo can have at most %1 advocates, %1 referrals and %1 mentions.</source>
        <translation>La demo puede tener como máximo %1 embajadores, %1 referidos y %1 menciones.</translation>
    </message>
    <message>
        <source>Referrals need advocates who make them: ask for at least one advocate.</source>
        <translation>Los referidos necesitan embajadores que los hagan: indique al menos un embajador.</translation>
    </message>
    <message>
        <source>The demo needs a valid date for &quot;today&quot;.</source>
        <translation>La demo necesita una fecha válida para «hoy».</translation>
    </message>
</context>
<context>
    <name>Email</name>
    <message>
        <source>The email address is empty.</source>
        <translation>La dirección de correo electrónico está vacía.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has no @ sign.</source>
        <translation>La dirección de correo electrónico «%1» no tiene el signo @.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has more than one @ sign.</source>
        <translation>La dirección de correo electrónico «%1» tiene más de un signo @.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has nothing before the @ sign.</source>
        <translation>La dirección de correo electrónico «%1» no tiene nada antes del signo @.</translation>
    </message>
    <message>
        <source>The part before the @ sign of &quot;%1&quot; is longer than 64 characters.</source>
        <translation>La parte anterior al signo @ de «%1» tiene más de 64 caracteres.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has a misplaced dot before the @ sign.</source>
        <translation>La dirección de correo electrónico «%1» tiene un punto mal colocado antes del signo @.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; has nothing after the @ sign.</source>
        <translation>La dirección de correo electrónico «%1» no tiene nada después del signo @.</translation>
    </message>
    <message>
        <source>The domain of &quot;%1&quot; needs a dot, as in example.com.</source>
        <translation>El dominio de «%1» necesita un punto, como en example.com.</translation>
    </message>
    <message>
        <source>The domain of &quot;%1&quot; is not a valid domain name.</source>
        <translation>El dominio de «%1» no es un nombre de dominio válido.</translation>
    </message>
    <message>
        <source>The domain of &quot;%1&quot; contains the character &quot;%2&quot;, which domains cannot have.</source>
        <translation>El dominio de «%1» contiene el carácter «%2», que no se admite en los dominios.</translation>
    </message>
    <message>
        <source>The email address is longer than 254 characters.</source>
        <translation>La dirección de correo electrónico tiene más de 254 caracteres.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; contains the character &quot;%2&quot; before the @ sign.</source>
        <translation>La dirección de correo electrónico «%1» contiene el carácter «%2» antes del signo @.</translation>
    </message>
</context>
<context>
    <name>FraudCheck</name>
    <message>
        <source>Checking the referral for review</source>
        <translation>comprobar si el referido necesita revisión</translation>
    </message>
    <message>
        <source>The referrer no longer exists.</source>
        <translation>El recomendador ya no existe.</translation>
    </message>
    <message>
        <source>The friend&apos;s e-mail address %1 is the referrer&apos;s own.</source>
        <translation>La dirección de correo electrónico del amigo, %1, es la del propio recomendador.</translation>
    </message>
    <message>
        <source>The friend&apos;s phone number is the referrer&apos;s own.</source>
        <translation>El teléfono del amigo es el del propio recomendador.</translation>
    </message>
    <message>
        <source>The friend has the referrer&apos;s name and address: possibly the referrer themselves.</source>
        <translation>El amigo tiene el nombre y la dirección del recomendador: posiblemente sea el propio recomendador.</translation>
    </message>
    <message>
        <source>%1 lives at the referrer&apos;s address and shares their last name: the same household.</source>
        <translation>%1 vive en la dirección del recomendador y comparte sus apellidos: es el mismo hogar.</translation>
    </message>
    <message>
        <source>%1 was already a customer before this referral.</source>
        <translation>%1 ya era cliente antes de este referido.</translation>
    </message>
    <message numerus="yes">
        <source>%1 made %Ln referrals within %2 hours.</source>
        <translation>
            <numerusform>%1 hizo %Ln referido en %2 horas.</numerusform>
            <numerusform>%1 hizo %Ln referidos en %2 horas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The referrer</source>
        <translation>El recomendador</translation>
    </message>
    <message>
        <source>%1 is an address of a throw-away e-mail service.</source>
        <translation>%1 es una dirección de un servicio de correo desechable.</translation>
    </message>
    <message>
        <source>Checking whether the friend was already a customer</source>
        <translation>comprobar si el amigo ya era cliente</translation>
    </message>
</context>
<context>
    <name>FraudFlag</name>
    <message>
        <source>Self-referral (same e-mail)</source>
        <translation>Autorrecomendación (mismo correo)</translation>
    </message>
    <message>
        <source>Self-referral (same phone)</source>
        <translation>Autorrecomendación (mismo teléfono)</translation>
    </message>
    <message>
        <source>Same household</source>
        <translation>Mismo hogar</translation>
    </message>
    <message>
        <source>Already a customer</source>
        <translation>Ya era cliente</translation>
    </message>
    <message>
        <source>Many referrals in a short time</source>
        <translation>Muchos referidos en poco tiempo</translation>
    </message>
    <message>
        <source>Disposable e-mail address</source>
        <translation>Correo electrónico desechable</translation>
    </message>
</context>
<context>
    <name>ImportBatchActions</name>
    <message>
        <source>Undo Import</source>
        <translation>Deshacer importación</translation>
    </message>
    <message>
        <source>The database is read-only (%1), so the import cannot be undone.</source>
        <translation>La base de datos es de solo lectura (%1), así que no se puede deshacer la importación.</translation>
    </message>
    <message>
        <source>The Import Cannot Be Undone</source>
        <translation>No se puede deshacer la importación</translation>
    </message>
    <message numerus="yes">
        <source>%Ln advocate(s) from the import of “%1” made referrals or earned rewards since. Undoing the import would delete those referrals and rewards too, so Grapevine does not undo it. Delete or edit those advocates one by one instead.</source>
        <translation>
            <numerusform>%Ln embajador de la importación de «%1» ha hecho referidos o ganado recompensas desde entonces. Deshacer la importación eliminaría también esos referidos y recompensas, así que Grapevine no la deshace. Elimine o edite esos embajadores uno por uno.</numerusform>
            <numerusform>%Ln embajadores de la importación de «%1» han hecho referidos o ganado recompensas desde entonces. Deshacer la importación eliminaría también esos referidos y recompensas, así que Grapevine no la deshace. Elimine o edite esos embajadores uno por uno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s) from the import of “%1” have been paid out since. A paid reward cannot be taken back, so Grapevine does not undo the import.</source>
        <translation>
            <numerusform>%Ln recompensa de la importación de «%1» ya se ha pagado. Una recompensa pagada no se puede recuperar, así que Grapevine no deshace la importación.</numerusform>
            <numerusform>%Ln recompensas de la importación de «%1» ya se han pagado. Una recompensa pagada no se puede recuperar, así que Grapevine no deshace la importación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln advocate(s) created by this import will be deleted;</source>
        <translation>
            <numerusform>Se eliminará %Ln embajador creado por esta importación;</numerusform>
            <numerusform>Se eliminarán %Ln embajadores creados por esta importación;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s) added by this import will be deleted;</source>
        <translation>
            <numerusform>Se eliminará %Ln mención añadida por esta importación;</numerusform>
            <numerusform>Se eliminarán %Ln menciones añadidas por esta importación;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s) recorded by this import will be deleted;</source>
        <translation>
            <numerusform>Se eliminará %Ln referido registrado por esta importación;</numerusform>
            <numerusform>Se eliminarán %Ln referidos registrados por esta importación;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed advocate(s) get their old values back.</source>
        <translation>
            <numerusform>%Ln embajador modificado recuperará sus valores anteriores.</numerusform>
            <numerusform>%Ln embajadores modificados recuperarán sus valores anteriores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln converted referral(s) go back to how they were, and the rewards of those conversions are deleted.</source>
        <translation>
            <numerusform>%Ln referido convertido volverá a su estado anterior, y se eliminarán las recompensas de esa conversión.</numerusform>
            <numerusform>%Ln referidos convertidos volverán a su estado anterior, y se eliminarán las recompensas de esas conversiones.</numerusform>
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
            <numerusform>%Ln de los registros creados se editó después de la importación; se eliminará igualmente.</numerusform>
            <numerusform>%Ln de los registros creados se editaron después de la importación; se eliminarán igualmente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Values changed by hand since the import are kept.</source>
        <translation>Se conservan los valores cambiados a mano después de la importación.</translation>
    </message>
    <message>
        <source>Undo the Import of “%1”?</source>
        <translation>¿Deshacer la importación de «%1»?</translation>
    </message>
    <message>
        <source>Undoing the import of “%1”…</source>
        <translation>Deshaciendo la importación de «%1»…</translation>
    </message>
    <message numerus="yes">
        <source>The import was undone: %Ln advocate(s) deleted,</source>
        <translation>
            <numerusform>Importación deshecha: %Ln embajador eliminado,</numerusform>
            <numerusform>Importación deshecha: %Ln embajadores eliminados,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was undone: %Ln mention(s) deleted,</source>
        <translation>
            <numerusform>Importación deshecha: %Ln mención eliminada,</numerusform>
            <numerusform>Importación deshecha: %Ln menciones eliminadas,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was undone: %Ln referral(s) deleted,</source>
        <translation>
            <numerusform>Importación deshecha: %Ln referido eliminado,</numerusform>
            <numerusform>Importación deshecha: %Ln referidos eliminados,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln put back as they were.</source>
        <translation>
            <numerusform>%Ln restaurado tal como estaba.</numerusform>
            <numerusform>%Ln restaurados tal como estaban.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) edited after the import were kept.</source>
        <translation>
            <numerusform>Se ha conservado %Ln valor editado después de la importación.</numerusform>
            <numerusform>Se han conservado %Ln valores editados después de la importación.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 - rejected rows.csv</source>
        <extracomment>The suggested name of the file of rejected rows; %1 is the imported file&apos;s name without its extension</extracomment>
        <translation>%1 - filas rechazadas.csv</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Guardar filas rechazadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Saving the rejected rows…</source>
        <translation>Guardando las filas rechazadas…</translation>
    </message>
    <message>
        <source>Cannot Save the Rejected Rows</source>
        <translation>No se pueden guardar las filas rechazadas</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln rejected row(s) to %1. Fix them there and import that file again: the first column, with the reason, is not imported.</source>
        <translation>
            <numerusform>Se ha guardado %Ln fila rechazada en %1. Corríjala ahí y vuelva a importar ese archivo: la primera columna, con el motivo, no se importa.</numerusform>
            <numerusform>Se han guardado %Ln filas rechazadas en %1. Corríjalas ahí y vuelva a importar ese archivo: la primera columna, con el motivo, no se importa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportBatchStore</name>
    <message>
        <source>A row count of an import cannot be negative.</source>
        <translation>El número de filas de una importación no puede ser negativo.</translation>
    </message>
    <message>
        <source>The column mapping of an import is not a valid JSON object.</source>
        <translation>La asignación de columnas de una importación no es un objeto JSON válido.</translation>
    </message>
    <message>
        <source>Saving the import</source>
        <translation>guardar la importación</translation>
    </message>
    <message>
        <source>Reading the import</source>
        <translation>leer la importación</translation>
    </message>
    <message>
        <source>The import no longer exists.</source>
        <translation>La importación ya no existe.</translation>
    </message>
    <message>
        <source>The import has not been saved yet.</source>
        <translation>La importación aún no se ha guardado.</translation>
    </message>
    <message>
        <source>Deleting the import</source>
        <translation>eliminar la importación</translation>
    </message>
    <message>
        <source>A row number cannot be negative.</source>
        <translation>Un número de fila no puede ser negativo.</translation>
    </message>
    <message>
        <source>Say what is wrong with the row.</source>
        <translation>Indique qué problema tiene la fila.</translation>
    </message>
    <message>
        <source>Checking the import</source>
        <translation>comprobar la importación</translation>
    </message>
    <message>
        <source>The import this row belongs to no longer exists.</source>
        <translation>La importación a la que pertenece esta fila ya no existe.</translation>
    </message>
    <message>
        <source>Recording the problem in row %1</source>
        <translation>registrar el problema de la fila %1</translation>
    </message>
    <message>
        <source>Reading the import&apos;s row errors</source>
        <translation>leer los errores de fila de la importación</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Listing the rejected rows</source>
        <translation>listar las filas rechazadas</translation>
    </message>
    <message>
        <source>Recording the change for undo</source>
        <translation>registrar el cambio para poder deshacerlo</translation>
    </message>
    <message>
        <source>The file cannot be read again from its start.</source>
        <translation>No se puede volver a leer el archivo desde el principio.</translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation>Problema de importación</translation>
    </message>
    <message>
        <source>Preparing the import</source>
        <translation>preparar la importación</translation>
    </message>
    <message>
        <source>Saving the import of &quot;%1&quot;</source>
        <translation>guardar la importación de «%1»</translation>
    </message>
</context>
<context>
    <name>ImportKinds</name>
    <message>
        <source>Order number</source>
        <translation>Número de pedido</translation>
    </message>
    <message>
        <source>Buyer&apos;s e-mail</source>
        <translation>Correo electrónico del comprador</translation>
    </message>
    <message>
        <source>Buyer&apos;s name</source>
        <translation>Nombre del comprador</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Total del pedido</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Fecha del pedido</translation>
    </message>
    <message>
        <source>Referral or discount code</source>
        <translation>Código de referido o de descuento</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recomendado por</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Estado del pago</translation>
    </message>
    <message>
        <source>Date posted</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <source>Source or channel</source>
        <translation>Fuente o canal</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Author&apos;s e-mail</source>
        <translation>Correo electrónico del autor</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Rating (stars)</source>
        <translation>Valoración (estrellas)</translation>
    </message>
    <message>
        <source>An order is matched to a referral by the buyer&apos;s email or the referral code used; this file has no column Grapevine recognises for either. Name the columns in the mapping.</source>
        <translation>Un pedido se asocia a un referido por el correo electrónico del comprador o por el código de referido utilizado; este archivo no tiene ninguna columna que Grapevine reconozca para ninguno de los dos. Indique las columnas en la asignación.</translation>
    </message>
    <message>
        <source>A mention needs the date it was posted and its text or link; this file has no column Grapevine recognises for %1. Name the columns in the mapping.</source>
        <translation>Una mención necesita la fecha de publicación y su texto o enlace; este archivo no tiene ninguna columna que Grapevine reconozca para %1. Indique las columnas en la asignación.</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>la fecha</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>el texto</translation>
    </message>
    <message>
        <source>Grapevine tells people apart by their email, and this file has no column Grapevine recognises as email addresses. Name the email column in the mapping.</source>
        <translation>Grapevine distingue a las personas por su correo electrónico, y este archivo no tiene ninguna columna que Grapevine reconozca como direcciones de correo. Indique la columna del correo electrónico en la asignación.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>The dates in “%1” could be day/month or month/day (like 03/04/2026). Choose the date format so that no date is read the wrong way round.</source>
        <translation>Las fechas de «%1» pueden ser día/mes o mes/día (como 03/04/2026). Elija el formato de fecha para que ninguna fecha se lea al revés.</translation>
    </message>
    <message>
        <source>The dates in “%1” are not all in one format. Choose the date format; rows whose date does not follow it are listed as rejected.</source>
        <translation>Las fechas de «%1» no están todas en el mismo formato. Elija el formato de fecha; las filas cuya fecha no lo siga aparecerán como rechazadas.</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>There is no import number %1.</source>
        <translation>No existe la importación número %1.</translation>
    </message>
    <message>
        <source>The import of %1 was already undone on %2.</source>
        <translation>La importación de %1 ya se deshizo el %2.</translation>
    </message>
    <message>
        <source>The import of %1 did not finish; it left nothing to undo.</source>
        <translation>La importación de %1 no terminó; no hay nada que deshacer.</translation>
    </message>
    <message>
        <source>Checking what the undo would do</source>
        <translation>comprobar qué haría la operación de deshacer</translation>
    </message>
    <message numerus="yes">
        <source>Records from this import have been built on since (%n in all): advocates who made referrals or earned rewards, or rewards already paid out. Undoing the import would take those too, so it is not undone.</source>
        <translation>
            <numerusform>Desde entonces se ha trabajado sobre registros de esta importación (%n en total): embajadores que han hecho referidos o ganado recompensas, o recompensas ya pagadas. Deshacer la importación también los eliminaría, así que no se deshace.</numerusform>
            <numerusform>Desde entonces se ha trabajado sobre registros de esta importación (%n en total): embajadores que han hecho referidos o ganado recompensas, o recompensas ya pagadas. Deshacer la importación también los eliminaría, así que no se deshace.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the import</source>
        <translation>deshacer la importación</translation>
    </message>
</context>
<context>
    <name>IndexSuspension</name>
    <message>
        <source>Preparing the import</source>
        <translation>preparar la importación</translation>
    </message>
    <message>
        <source>Rebuilding the indexes after the import</source>
        <translation>reconstruir los índices después de la importación</translation>
    </message>
</context>
<context>
    <name>InvitationRecipients</name>
    <message>
        <source>Counting the advocates who can be invited</source>
        <translation>contar los embajadores a los que se puede invitar</translation>
    </message>
    <message>
        <source>Finding an advocate for the preview</source>
        <translation>buscar un embajador para la vista previa</translation>
    </message>
    <message>
        <source>Looking up advocates</source>
        <translation>buscar embajadores</translation>
    </message>
    <message>
        <source>Reading the advocates to invite</source>
        <translation>leer los embajadores a los que se va a invitar</translation>
    </message>
</context>
<context>
    <name>InvitationTemplate</name>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>Código de referido</translation>
    </message>
    <message>
        <source>Personal link</source>
        <translation>Enlace personal</translation>
    </message>
    <message>
        <source>Advocate&apos;s reward</source>
        <translation>Recompensa del embajador</translation>
    </message>
    <message>
        <source>Friend&apos;s reward</source>
        <translation>Recompensa del amigo</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Aviso de transparencia</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nombre del negocio</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Nombre de la campaña</translation>
    </message>
    <message>
        <source>Hi {first_name},

thank you for recommending {business_name}! When a friend uses your personal link or your code {referral_code}, they get {friend_reward} and you get {advocate_reward}.

Your link: {link}

{disclosure}

Best wishes,
{business_name}</source>
        <extracomment>Keep the {names} in braces as they are: they are replaced by each advocate&apos;s details.</extracomment>
        <translation>Hola, {first_name}:

¡Gracias por recomendar {business_name}! Cuando un amigo use su enlace personal o su código {referral_code}, recibirá {friend_reward} y usted recibirá {advocate_reward}.

Su enlace: {link}

{disclosure}

Un saludo,
{business_name}</translation>
    </message>
</context>
<context>
    <name>LedgerEntry</name>
    <message>
        <source>Earned</source>
        <translation>Ganada</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Entregada</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Revertida</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Ajustada</translation>
    </message>
</context>
<context>
    <name>MappingPresets</name>
    <message>
        <source>Reading the saved column mappings</source>
        <translation>leer las asignaciones de columnas guardadas</translation>
    </message>
    <message>
        <source>Saving the column mapping</source>
        <translation>guardar la asignación de columnas</translation>
    </message>
    <message>
        <source>Give the column mapping a name.</source>
        <translation>Ponga un nombre a la asignación de columnas.</translation>
    </message>
    <message>
        <source>“%1” should be written field=Column heading, for example email=E-Mail.</source>
        <translation>«%1» debe escribirse campo=Encabezado de columna, por ejemplo email=E-Mail.</translation>
    </message>
    <message>
        <source>“%1” is not a field Grapevine imports. The fields are: %2.</source>
        <translation>«%1» no es un campo que Grapevine importe. Los campos son: %2.</translation>
    </message>
    <message>
        <source>The mapping is empty.</source>
        <translation>La asignación está vacía.</translation>
    </message>
</context>
<context>
    <name>Mention</name>
    <message>
        <source>Say when the mention happened.</source>
        <translation>Indique cuándo se produjo la mención.</translation>
    </message>
    <message>
        <source>Choose the channel where the mention appeared.</source>
        <translation>Elija el canal en el que apareció la mención.</translation>
    </message>
    <message>
        <source>The reach cannot be negative.</source>
        <translation>El alcance no puede ser negativo.</translation>
    </message>
    <message>
        <source>A testimonial needs the date on which the author allowed it to be reused.</source>
        <translation>Un testimonio necesita la fecha en la que el autor autorizó su reutilización.</translation>
    </message>
    <message>
        <source>Only a positive mention can be a testimonial.</source>
        <translation>Solo una mención positiva puede ser un testimonio.</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiva</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutra</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativa</translation>
    </message>
    <message>
        <source>No response needed</source>
        <translation>No requiere respuesta</translation>
    </message>
    <message>
        <source>Needs response</source>
        <translation>Requiere respuesta</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
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
        <translation>Reseña de Google</translation>
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
        <translation>Foro o blog</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Keep at least one channel.</source>
        <translation>Mantenga al menos un canal.</translation>
    </message>
    <message>
        <source>Every channel needs a name.</source>
        <translation>Cada canal necesita un nombre.</translation>
    </message>
    <message>
        <source>The channel “%1” has a character that cannot be kept.</source>
        <translation>El canal «%1» tiene un carácter que no se puede guardar.</translation>
    </message>
    <message>
        <source>The channel “%1” is in the list twice.</source>
        <translation>El canal «%1» aparece dos veces en la lista.</translation>
    </message>
</context>
<context>
    <name>MentionCommands</name>
    <message>
        <source>This mention was changed elsewhere (in another Grapevine window or by an import) after this step, so undoing or redoing it now would throw that change away. Nothing was changed.</source>
        <translation>Esta mención se cambió en otro lugar (en otra ventana de Grapevine o con una importación) después de este paso: deshacerlo o rehacerlo ahora descartaría ese cambio. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>MentionImport</name>
    <message>
        <source>Preparing the import</source>
        <translation>preparar la importación</translation>
    </message>
    <message>
        <source>“%1” is not one of your mention channels; its mentions are filed under Other. Add the channel in the settings to keep them apart.</source>
        <translation>«%1» no es uno de sus canales de menciones; sus menciones se archivan en Otro. Añada el canal en la configuración para mantenerlas separadas.</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>La fecha está vacía.</translation>
    </message>
    <message>
        <source>“%1” is not a date in the chosen format.</source>
        <translation>«%1» no es una fecha en el formato elegido.</translation>
    </message>
    <message>
        <source>The mention has neither text nor link.</source>
        <translation>La mención no tiene ni texto ni enlace.</translation>
    </message>
    <message>
        <source>“%1” is not positive, neutral or negative.</source>
        <translation>«%1» no es positivo, neutro ni negativo.</translation>
    </message>
    <message>
        <source>“%1” is not a rating from 1 to 5.</source>
        <translation>«%1» no es una valoración del 1 al 5.</translation>
    </message>
    <message>
        <source>“%1” is not a number of people.</source>
        <translation>«%1» no es un número de personas.</translation>
    </message>
    <message>
        <source>Looking for the mention</source>
        <translation>buscar la mención</translation>
    </message>
    <message>
        <source>Already among the mentions</source>
        <translation>Ya está entre las menciones</translation>
    </message>
</context>
<context>
    <name>MentionStore</name>
    <message>
        <source>Checking the mention</source>
        <translation>comprobar la mención</translation>
    </message>
    <message>
        <source>The advocate linked to this mention no longer exists.</source>
        <translation>El embajador vinculado a esta mención ya no existe.</translation>
    </message>
    <message>
        <source>The campaign linked to this mention no longer exists.</source>
        <translation>La campaña vinculada a esta mención ya no existe.</translation>
    </message>
    <message>
        <source>The import this mention came from no longer exists.</source>
        <translation>La importación de la que procede esta mención ya no existe.</translation>
    </message>
    <message>
        <source>Saving the mention</source>
        <translation>guardar la mención</translation>
    </message>
    <message>
        <source>Reading the mention</source>
        <translation>leer la mención</translation>
    </message>
    <message>
        <source>The mention no longer exists.</source>
        <translation>La mención ya no existe.</translation>
    </message>
    <message>
        <source>The mention has not been saved yet.</source>
        <translation>La mención aún no se ha guardado.</translation>
    </message>
    <message>
        <source>Deleting the mention</source>
        <translation>eliminar la mención</translation>
    </message>
    <message>
        <source>The mention to put back was never saved.</source>
        <translation>La mención que se iba a restaurar nunca se guardó.</translation>
    </message>
    <message>
        <source>Putting the mention back</source>
        <translation>restaurar la mención</translation>
    </message>
    <message>
        <source>The mention is already there.</source>
        <translation>La mención ya existe.</translation>
    </message>
    <message>
        <source>Reading the advocate&apos;s mentions</source>
        <translation>leer las menciones del embajador</translation>
    </message>
    <message>
        <source>This mention was changed elsewhere (in another Grapevine window or by an import) after it was read. Nothing was saved, so that neither change is lost: look at it again and repeat what you did.</source>
        <translation>Esta mención se cambió en otro lugar (en otra ventana de Grapevine o con una importación) después de leerse. No se guardó nada, para que no se pierda ninguno de los dos cambios: revísela de nuevo y repita lo que hizo.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The update step %1 is missing from this program (%2).</source>
        <translation>Falta el paso de actualización %1 en este programa (%2).</translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed, and it was left as it was. %2: %3</source>
        <translation>No se ha podido actualizar la base de datos a la versión %1 y se ha dejado como estaba. %2: %3</translation>
    </message>
    <message>
        <source>Could not start the update</source>
        <translation>No se ha podido iniciar la actualización</translation>
    </message>
    <message>
        <source>Step failed</source>
        <translation>El paso ha fallado</translation>
    </message>
    <message>
        <source>Could not check references</source>
        <translation>No se han podido comprobar las referencias</translation>
    </message>
    <message>
        <source>References broken</source>
        <translation>Referencias rotas</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>tabla %1</translation>
    </message>
    <message>
        <source>Could not stamp the file</source>
        <translation>No se ha podido marcar el archivo</translation>
    </message>
    <message>
        <source>Could not record the version</source>
        <translation>No se ha podido registrar la versión</translation>
    </message>
    <message>
        <source>Could not save the update</source>
        <translation>No se ha podido guardar la actualización</translation>
    </message>
</context>
<context>
    <name>OrderImport</name>
    <message>
        <source>Preparing the import</source>
        <translation>preparar la importación</translation>
    </message>
    <message>
        <source>Looking for the referral</source>
        <translation>buscar el referido</translation>
    </message>
    <message>
        <source>Reading the referral</source>
        <translation>leer el referido</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money (or has more decimals than the currency).</source>
        <translation>«%1» no es un importe válido (o tiene más decimales de los que admite la moneda).</translation>
    </message>
    <message>
        <source>“%1” is not a date in the chosen format.</source>
        <translation>«%1» no es una fecha en el formato elegido.</translation>
    </message>
    <message>
        <source>Refunded or cancelled: not a conversion</source>
        <translation>Reembolsado o cancelado: no es una conversión</translation>
    </message>
    <message>
        <source>Order %1 is already recorded</source>
        <translation>El pedido %1 ya está registrado</translation>
    </message>
    <message>
        <source>A referral is open, but the row has no order value</source>
        <translation>Hay un referido abierto, pero la fila no tiene importe del pedido</translation>
    </message>
    <message>
        <source>Referral converted</source>
        <translation>Referido convertido</translation>
    </message>
    <message>
        <source>No advocate has the email or referral code “%1”.</source>
        <translation>Ningún embajador tiene el correo electrónico o el código de referido «%1».</translation>
    </message>
    <message>
        <source>No referral: an ordinary order</source>
        <translation>Sin referido: un pedido normal</translation>
    </message>
    <message>
        <source>%1 is no advocate&apos;s referral code (a discount code?)</source>
        <translation>%1 no es el código de referido de ningún embajador (¿quizá un código de descuento?)</translation>
    </message>
    <message>
        <source>No active campaign was running on %1; activate one (or add a Campaign column) and import the row again.</source>
        <translation>No había ninguna campaña activa el %1; active una (o añada una columna Campaña) y vuelva a importar la fila.</translation>
    </message>
    <message>
        <source>There is no campaign called “%1”.</source>
        <translation>No existe ninguna campaña llamada «%1».</translation>
    </message>
    <message>
        <source>Recording the referral</source>
        <translation>registrar el referido</translation>
    </message>
    <message>
        <source>New referral by %1, converted</source>
        <translation>Nuevo referido de %1, convertido</translation>
    </message>
    <message>
        <source>New referral by %1</source>
        <translation>Nuevo referido de %1</translation>
    </message>
</context>
<context>
    <name>PayoutExport</name>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>Reward %1</source>
        <translation>Recompensa %1</translation>
    </message>
    <message>
        <source>Reading the rewards to pay out</source>
        <translation>leer las recompensas que hay que pagar</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Embajador</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Recompensa</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>Coste (%1)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
</context>
<context>
    <name>PeriodTotals</name>
    <message>
        <source>Adding up the referrals, rewards and costs of a period</source>
        <translation>sumar los referidos, las recompensas y los costes de un periodo</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Exporting the personal data</source>
        <translation>exportar los datos personales</translation>
    </message>
    <message>
        <source>The advocate no longer exists.</source>
        <translation>El embajador ya no existe.</translation>
    </message>
    <message>
        <source>Everything Grapevine stores about this person: their advocate record, tags, the referrals they made and those where they are the friend (with each status change), the rewards they receive, mentions linked to them and import errors that quote their email address. Times are UTC (ISO 8601); amounts ending in _minor are in hundredths (cents) of the currency %1.</source>
        <translation>Todo lo que Grapevine guarda sobre esta persona: su ficha de embajador, sus etiquetas, los referidos que ha hecho y aquellos en los que es el amigo (con cada cambio de estado), las recompensas que recibe, las menciones vinculadas a ella y los errores de importación que citan su dirección de correo electrónico. Las horas están en UTC (ISO 8601); los importes que terminan en _minor están en centésimas (céntimos) de la moneda %1.</translation>
    </message>
    <message>
        <source>Erasing the personal data</source>
        <translation>borrar los datos personales</translation>
    </message>
    <message>
        <source>Erased</source>
        <extracomment>Stored as the first name of an advocate whose personal data was erased.</extracomment>
        <translation>Borrado</translation>
    </message>
    <message>
        <source>(erased)</source>
        <extracomment>Replaces the text of mentions and import errors of a person whose data was erased.</extracomment>
        <translation>(borrado)</translation>
    </message>
    <message>
        <source>The personal data was erased, but old copies may remain in unused parts of the file until it is compacted, which failed: %1. Free some disk space, close other windows on this file and erase the person again.</source>
        <translation>Los datos personales se han borrado, pero pueden quedar copias antiguas en partes sin usar del archivo hasta que se compacte, y la compactación ha fallado: %1. Libere espacio en disco, cierre las demás ventanas que usan este archivo y vuelva a borrar a la persona.</translation>
    </message>
    <message>
        <source>The personal data was erased, but another program or window is still reading the file, so old copies remain in its log file. Close it and erase the person again.</source>
        <translation>Los datos personales se han borrado, pero otro programa o ventana sigue leyendo el archivo, así que quedan copias antiguas en su archivo de registro. Ciérrelo y vuelva a borrar a la persona.</translation>
    </message>
</context>
<context>
    <name>PersonalLink</name>
    <message>
        <source>The campaign has no landing page, so there is no personal link. Add the web address friends should visit in the campaign&apos;s settings.</source>
        <translation>La campaña no tiene página de destino, así que no hay enlace personal. Añada en la configuración de la campaña la dirección web que deben visitar los amigos.</translation>
    </message>
    <message>
        <source>The landing page &quot;%1&quot; is not a web address, so there is no personal link. Correct it in the campaign&apos;s settings (for example https://shop.example.com/friends).</source>
        <translation>La página de destino «%1» no es una dirección web, así que no hay enlace personal. Corríjala en la configuración de la campaña (por ejemplo, https://shop.example.com/friends).</translation>
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
        <translation>Referidos y conversiones a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Referral funnel</source>
        <translation>Embudo de referidos</translation>
    </message>
    <message>
        <source>Return on investment by campaign</source>
        <translation>Retorno de la inversión por campaña</translation>
    </message>
    <message>
        <source>Revenue and cost by campaign</source>
        <translation>Ingresos y coste por campaña</translation>
    </message>
    <message>
        <source>Mentions by channel and sentiment</source>
        <translation>Menciones por canal y sentimiento</translation>
    </message>
    <message>
        <source>Net sentiment over time</source>
        <translation>Sentimiento neto a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Top advocates</source>
        <translation>Mejores embajadores</translation>
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
        <translation>Aún no hay referidos en este periodo.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referidos</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertidos</translation>
    </message>
    <message>
        <source>%1: %2 referrals, %3 converted</source>
        <translation>%1: %2 referidos, %3 convertidos</translation>
    </message>
    <message>
        <source>%1: %2 converted of %3 referrals</source>
        <translation>%1: %2 convertidos de %3 referidos</translation>
    </message>
    <message>
        <source>The funnel shows how far referrals get, once there are some.</source>
        <translation>El embudo mostrará hasta dónde llegan los referidos cuando haya alguno.</translation>
    </message>
    <message>
        <source>Rewarded</source>
        <translation>Recompensados</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobados</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Registrados</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitados</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of all referrals)</source>
        <translation>%1: %2 (%3 de todos los referidos)</translation>
    </message>
    <message>
        <source>Rejected: %1 · Reversed: %2</source>
        <translation>Rechazados: %1 · Revertidos: %2</translation>
    </message>
    <message>
        <source>Each campaign&apos;s return shows here once it has referrals or costs.</source>
        <translation>Aquí aparecerá el retorno de cada campaña cuando tenga referidos o costes.</translation>
    </message>
    <message>
        <source>No campaign has had a cost yet, so there is no return to measure: rewards count once they are approved.</source>
        <translation>Ninguna campaña ha tenido costes todavía, así que no hay retorno que medir: las recompensas cuentan cuando se aprueban.</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Retorno de la inversión</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: undefined, the campaign has no cost yet</source>
        <translation>%1: sin definir, la campaña aún no tiene costes</translation>
    </message>
    <message>
        <source>Each campaign&apos;s revenue and cost show here.</source>
        <translation>Aquí aparecerán los ingresos y el coste de cada campaña.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>%1: revenue %2, cost %3</source>
        <translation>%1: ingresos %2, coste %3</translation>
    </message>
    <message>
        <source>No mentions in this period. Log what people say on the Mentions page, or import the export of your listening tool.</source>
        <translation>No hay menciones en este periodo. Registre lo que dice la gente en la página Menciones o importe la exportación de su herramienta de escucha.</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivas</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutras</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativas</translation>
    </message>
    <message>
        <source>Other channels</source>
        <translation>Otros canales</translation>
    </message>
    <message>
        <source>%1: %2 positive, %3 neutral, %4 negative; reach %5</source>
        <translation>%1: %2 positivas, %3 neutras, %4 negativas; alcance %5</translation>
    </message>
    <message>
        <source>Net sentiment %1 · reach %2</source>
        <translation>Sentimiento neto %1 · alcance %2</translation>
    </message>
    <message>
        <source>How the tone of what people say changes shows here once there are mentions.</source>
        <translation>Aquí verá cómo cambia el tono de lo que dice la gente cuando haya menciones.</translation>
    </message>
    <message>
        <source>Net sentiment</source>
        <translation>Sentimiento neto</translation>
    </message>
    <message>
        <source>%1: net sentiment %2 (%3 positive, %4 neutral, %5 negative)</source>
        <translation>%1: sentimiento neto %2 (%3 positivas, %4 neutras, %5 negativas)</translation>
    </message>
    <message>
        <source>The advocates who bring the most customers show here.</source>
        <translation>Aquí aparecerán los embajadores que traen más clientes.</translation>
    </message>
    <message>
        <source>Converted referrals</source>
        <translation>Referidos convertidos</translation>
    </message>
    <message>
        <source>%1: %2 converted of %3 referrals, revenue %4</source>
        <translation>%1: %2 convertidos de %3 referidos, ingresos %4</translation>
    </message>
</context>
<context>
    <name>ProgramMetrics</name>
    <message>
        <source>Computing the program&apos;s metrics</source>
        <translation>calcular las métricas del programa</translation>
    </message>
    <message>
        <source>There is not enough memory to follow the referral chains.</source>
        <translation>No hay memoria suficiente para seguir las cadenas de referidos.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Please Wait</source>
        <translation>Espere, por favor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation>No hay nada que poner en el código QR.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes). Use a shorter link.</source>
        <translation>El texto es demasiado largo para un código QR (%1 bytes). Use un enlace más corto.</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>No se ha podido generar el código QR.</translation>
    </message>
</context>
<context>
    <name>RecordExport</name>
    <message>
        <source>Reading the referrals to export</source>
        <translation>leer los referidos que se van a exportar</translation>
    </message>
    <message>
        <source>Reading the rewards to export</source>
        <translation>leer las recompensas que se van a exportar</translation>
    </message>
    <message>
        <source>Reading the mentions to export</source>
        <translation>leer las menciones que se van a exportar</translation>
    </message>
    <message>
        <source>Reading the advocates to export</source>
        <translation>leer los embajadores que se van a exportar</translation>
    </message>
    <message>
        <source>Counting the referrals to export</source>
        <translation>contar los referidos que se van a exportar</translation>
    </message>
    <message>
        <source>Counting the rewards to export</source>
        <translation>contar las recompensas que se van a exportar</translation>
    </message>
    <message>
        <source>Counting the mentions to export</source>
        <translation>contar las menciones que se van a exportar</translation>
    </message>
    <message>
        <source>Counting the advocates to export</source>
        <translation>contar los embajadores que se van a exportar</translation>
    </message>
    <message>
        <source>Export Referrals</source>
        <translation>Exportar referidos</translation>
    </message>
    <message>
        <source>Export Rewards</source>
        <translation>Exportar recompensas</translation>
    </message>
    <message>
        <source>Export Mentions</source>
        <translation>Exportar menciones</translation>
    </message>
    <message>
        <source>Export Advocates</source>
        <translation>Exportar embajadores</translation>
    </message>
    <message>
        <source>Referrals with their campaign, referrer, friend, channel, status, the date of each step and the order value.</source>
        <translation>Referidos con su campaña, recomendador, amigo, canal, estado, la fecha de cada paso y el importe del pedido.</translation>
    </message>
    <message>
        <source>Rewards with their campaign, recipient, value, cost to the business, status and dates.</source>
        <translation>Recompensas con su campaña, destinatario, valor, coste para el negocio, estado y fechas.</translation>
    </message>
    <message>
        <source>Mentions with when and where they were made, author, sentiment, reach, link, text, response and testimonial permission.</source>
        <translation>Menciones con cuándo y dónde se hicieron, autor, sentimiento, alcance, enlace, texto, respuesta y permiso de testimonio.</translation>
    </message>
    <message>
        <source>Advocates with their contact details, tags, consent, spending, referral code and referrer; the file can be imported again.</source>
        <translation>Embajadores con sus datos de contacto, etiquetas, consentimiento, gasto, código de referido y recomendador; el archivo se puede volver a importar.</translation>
    </message>
    <message>
        <source>%1 failed: the database is not open.</source>
        <translation>Error al %1: la base de datos no está abierta.</translation>
    </message>
</context>
<context>
    <name>RecordExportFlow</name>
    <message>
        <source>referrals-%1</source>
        <extracomment>A file name; %1 is today&apos;s date (2026-11-22)</extracomment>
        <translation>referidos-%1</translation>
    </message>
    <message>
        <source>rewards-%1</source>
        <extracomment>A file name; %1 is today&apos;s date (2026-11-22)</extracomment>
        <translation>recompensas-%1</translation>
    </message>
    <message>
        <source>mentions-%1</source>
        <extracomment>A file name; %1 is today&apos;s date (2026-11-22)</extracomment>
        <translation>menciones-%1</translation>
    </message>
    <message>
        <source>advocates-%1</source>
        <extracomment>A file name; %1 is today&apos;s date (2026-11-22)</extracomment>
        <translation>embajadores-%1</translation>
    </message>
    <message>
        <source>Counting the referrals…</source>
        <translation>Contando los referidos…</translation>
    </message>
    <message>
        <source>Counting the rewards…</source>
        <translation>Contando las recompensas…</translation>
    </message>
    <message>
        <source>Counting the mentions…</source>
        <translation>Contando las menciones…</translation>
    </message>
    <message>
        <source>Counting the advocates…</source>
        <translation>Contando los embajadores…</translation>
    </message>
    <message>
        <source>Exporting the referrals to “%1”…</source>
        <translation>Exportando los referidos a «%1»…</translation>
    </message>
    <message>
        <source>Exporting the rewards to “%1”…</source>
        <translation>Exportando las recompensas a «%1»…</translation>
    </message>
    <message>
        <source>Exporting the mentions to “%1”…</source>
        <translation>Exportando las menciones a «%1»…</translation>
    </message>
    <message>
        <source>Exporting the advocates to “%1”…</source>
        <translation>Exportando los embajadores a «%1»…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln referral(s) to “%1”.</source>
        <translation>
            <numerusform>Se ha guardado %Ln referido en «%1».</numerusform>
            <numerusform>Se han guardado %Ln referidos en «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln reward(s) to “%1”.</source>
        <translation>
            <numerusform>Se ha guardado %Ln recompensa en «%1».</numerusform>
            <numerusform>Se han guardado %Ln recompensas en «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln mention(s) to “%1”.</source>
        <translation>
            <numerusform>Se ha guardado %Ln mención en «%1».</numerusform>
            <numerusform>Se han guardado %Ln menciones en «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln advocate(s) to “%1”.</source>
        <translation>
            <numerusform>Se ha guardado %Ln embajador en «%1».</numerusform>
            <numerusform>Se han guardado %Ln embajadores en «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Tab-separated files (*.tsv *.txt);;All files (*)</source>
        <translation>Archivos separados por tabuladores (*.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <source>Choose the campaign this referral belongs to.</source>
        <translation>Elija la campaña a la que pertenece este referido.</translation>
    </message>
    <message>
        <source>Choose the advocate who made this referral.</source>
        <translation>Elija el embajador que ha hecho este referido.</translation>
    </message>
    <message>
        <source>An advocate cannot refer themselves.</source>
        <translation>Un embajador no puede recomendarse a sí mismo.</translation>
    </message>
    <message>
        <source>Give the friend&apos;s name or email address, or pick an existing advocate.</source>
        <translation>Indique el nombre o el correo electrónico del amigo, o elija un embajador existente.</translation>
    </message>
    <message>
        <source>The order value cannot be negative.</source>
        <translation>El importe del pedido no puede ser negativo.</translation>
    </message>
    <message>
        <source>Say why the referral is rejected.</source>
        <translation>Indique por qué se rechaza el referido.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertido</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Rewarded</source>
        <translation>Recompensado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Revertido</translation>
    </message>
</context>
<context>
    <name>ReferralCardsWriter</name>
    <message>
        <source>Your friend gets %1, and you get %2.</source>
        <translation>Su amigo recibe %1 y usted recibe %2.</translation>
    </message>
    <message>
        <source>Your friend gets %1.</source>
        <translation>Su amigo recibe %1.</translation>
    </message>
    <message>
        <source>You get %1 for each friend you refer.</source>
        <translation>Usted recibe %1 por cada amigo que recomiende.</translation>
    </message>
    <message>
        <source>Your referral code</source>
        <translation>Su código de referido</translation>
    </message>
    <message>
        <source>Scan to visit</source>
        <translation>Escanee para visitar</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2. Check that the folder exists and can be written to, and that the disk is not full, or choose another place.</source>
        <translation>No se ha podido escribir «%1»: %2. Compruebe que la carpeta existe y admite escritura y que el disco no está lleno, o elija otra ubicación.</translation>
    </message>
    <message>
        <source>Referral cards: %1</source>
        <translation>Tarjetas de referido: %1</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>no se ha podido iniciar el PDF</translation>
    </message>
</context>
<context>
    <name>ReferralCode</name>
    <message>
        <source>A referral code needs at least 3 characters.</source>
        <translation>Un código de referido necesita al menos 3 caracteres.</translation>
    </message>
    <message>
        <source>A referral code can have at most 32 characters.</source>
        <translation>Un código de referido puede tener como máximo 32 caracteres.</translation>
    </message>
    <message>
        <source>A referral code can only use the letters A–Z, digits and dashes; &quot;%1&quot; is not allowed.</source>
        <translation>Un código de referido solo puede usar las letras A–Z, cifras y guiones; «%1» no está permitido.</translation>
    </message>
    <message>
        <source>A referral code cannot start or end with a dash.</source>
        <translation>Un código de referido no puede empezar ni terminar con un guion.</translation>
    </message>
</context>
<context>
    <name>ReferralStore</name>
    <message>
        <source>Checking the referral</source>
        <translation>comprobar el referido</translation>
    </message>
    <message>
        <source>The campaign chosen for this referral no longer exists.</source>
        <translation>La campaña elegida para este referido ya no existe.</translation>
    </message>
    <message>
        <source>The advocate chosen as referrer no longer exists.</source>
        <translation>El embajador elegido como recomendador ya no existe.</translation>
    </message>
    <message>
        <source>The advocate chosen as the friend no longer exists.</source>
        <translation>El embajador elegido como amigo ya no existe.</translation>
    </message>
    <message>
        <source>The import this referral came from no longer exists.</source>
        <translation>La importación de la que procede este referido ya no existe.</translation>
    </message>
    <message>
        <source>Saving the referral</source>
        <translation>guardar el referido</translation>
    </message>
    <message>
        <source>Reading the referral</source>
        <translation>leer el referido</translation>
    </message>
    <message>
        <source>The referral no longer exists.</source>
        <translation>El referido ya no existe.</translation>
    </message>
    <message>
        <source>The referral has not been saved yet.</source>
        <translation>El referido aún no se ha guardado.</translation>
    </message>
    <message>
        <source>Deleting the referral</source>
        <translation>eliminar el referido</translation>
    </message>
    <message>
        <source>Reading the referral&apos;s history</source>
        <translation>leer el historial del referido</translation>
    </message>
    <message>
        <source>Reading why the referral was flagged</source>
        <translation>leer por qué se marcó el referido</translation>
    </message>
    <message>
        <source>Flagging the referral for review</source>
        <translation>marcar el referido para revisión</translation>
    </message>
    <message>
        <source>Recording the referral&apos;s status change</source>
        <translation>registrar el cambio de estado del referido</translation>
    </message>
    <message>
        <source>The referral of “%1” was changed elsewhere (in another Grapevine window or by an import) after it was read. Nothing was saved, so that neither change is lost: look at it again and repeat what you did.</source>
        <translation>El referido de «%1» se cambió en otro lugar (en otra ventana de Grapevine o con una importación) después de leerse. No se guardó nada, para que no se pierda ninguno de los dos cambios: revíselo de nuevo y repita lo que hizo.</translation>
    </message>
</context>
<context>
    <name>ReferralTransitions</name>
    <message>
        <source>The referral is already %1.</source>
        <translation>El referido ya está %1.</translation>
    </message>
    <message>
        <source>The referral was reversed after a refund; a reversed referral cannot change again. Record a new referral if the friend comes back.</source>
        <translation>El referido se revirtió tras un reembolso; un referido revertido no puede volver a cambiar. Registre un referido nuevo si el amigo vuelve.</translation>
    </message>
    <message>
        <source>A referral that is %1 cannot be rejected: its rewards were approved. Reverse it instead if the order was refunded.</source>
        <translation>Un referido %1 no se puede rechazar: sus recompensas ya se aprobaron. Reviértalo si el pedido se reembolsó.</translation>
    </message>
    <message>
        <source>Only a converted referral can be reversed (a refund); this one is %1.</source>
        <translation>Solo se puede revertir un referido convertido (por un reembolso); este está %1.</translation>
    </message>
    <message>
        <source>Only a rejected referral can be reopened; this one is %1.</source>
        <translation>Solo se puede reabrir un referido rechazado; este está %1.</translation>
    </message>
    <message>
        <source>A referral that is %1 cannot become %2.</source>
        <translation>Un referido %1 no puede pasar a %2.</translation>
    </message>
</context>
<context>
    <name>ReferralTree</name>
    <message>
        <source>Reading who referred the advocate</source>
        <translation>leer quién recomendó al embajador</translation>
    </message>
    <message>
        <source>The chain of referrers is longer than %1 people, or loops back on itself. Check the &quot;Referred by&quot; field of the advocates in it.</source>
        <translation>La cadena de recomendadores tiene más de %1 personas o vuelve sobre sí misma. Revise el campo «Recomendado por» de los embajadores que la forman.</translation>
    </message>
    <message>
        <source>Reading whom the advocate referred</source>
        <translation>leer a quién recomendó el embajador</translation>
    </message>
</context>
<context>
    <name>ReferralWorkflow</name>
    <message>
        <source>Looking up the referral code</source>
        <translation>buscar el código de referido</translation>
    </message>
    <message>
        <source>Choose the campaign this referral belongs to.</source>
        <translation>Elija la campaña a la que pertenece este referido.</translation>
    </message>
    <message>
        <source>No advocate has the referral code %1.</source>
        <translation>Ningún embajador tiene el código de referido %1.</translation>
    </message>
    <message>
        <source>The code %1 belongs to another advocate, so the referral is credited to them: the code decides who referred.</source>
        <translation>El código %1 pertenece a otro embajador, así que el referido se le atribuye a él: el código decide quién ha recomendado.</translation>
    </message>
    <message>
        <source>Choose who made the referral, or enter the code the friend used.</source>
        <translation>Elija quién ha hecho el referido o introduzca el código que usó el amigo.</translation>
    </message>
    <message>
        <source>Flagged for review: %1</source>
        <translation>Marcado para revisión: %1</translation>
    </message>
    <message>
        <source>Checking who the friend is credited to</source>
        <translation>comprobar a quién se atribuye el amigo</translation>
    </message>
    <message>
        <source>Duplicate: %1 was already referred by the same advocate on %2.</source>
        <translation>Duplicado: %1 ya fue recomendado por el mismo embajador el %2.</translation>
    </message>
    <message>
        <source>Duplicate: %1 is already credited to %2 (referred on %3); a friend counts for one referrer per campaign.</source>
        <translation>Duplicado: %1 ya está atribuido a %2 (recomendado el %3); un amigo solo cuenta para un recomendador por campaña.</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate: %1 was first referred by %2 on %3, within the %Ln-day attribution window; the first referral gets the credit.</source>
        <translation>
            <numerusform>Duplicado: %1 fue recomendado primero por %2 el %3, dentro de la ventana de atribución de %Ln día; el primer referido se lleva el mérito.</numerusform>
            <numerusform>Duplicado: %1 fue recomendado primero por %2 el %3, dentro de la ventana de atribución de %Ln días; el primer referido se lleva el mérito.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order value cannot be negative.</source>
        <translation>El importe del pedido no puede ser negativo.</translation>
    </message>
    <message>
        <source>This referral is waiting for review: let it through in the review queue first.</source>
        <translation>Este referido está pendiente de revisión: valídelo primero en la cola de revisión.</translation>
    </message>
    <message>
        <source>Say why the referral is rejected.</source>
        <translation>Indique por qué se rechaza el referido.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s) reversed.</source>
        <translation>
            <numerusform>%Ln recompensa revertida.</numerusform>
            <numerusform>%Ln recompensas revertidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s) voided.</source>
        <translation>
            <numerusform>%Ln recompensa anulada.</numerusform>
            <numerusform>%Ln recompensas anuladas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No rewards: %1</source>
        <translation>Sin recompensas: %1</translation>
    </message>
    <message>
        <source>The order of %1 is below the campaign&apos;s minimum of %2.</source>
        <translation>El pedido de %1 no alcanza el mínimo de %2 de la campaña.</translation>
    </message>
    <message>
        <source>The friend was already a customer, and the campaign rewards new customers only.</source>
        <translation>El amigo ya era cliente, y la campaña solo recompensa a clientes nuevos.</translation>
    </message>
    <message numerus="yes">
        <source>The friend %1 %Ln day(s) after the referral, outside the campaign&apos;s %2-day attribution window.</source>
        <translation>
            <numerusform>El amigo %1 %Ln día después del referido, fuera de la ventana de atribución de %2 días de la campaña.</numerusform>
            <numerusform>El amigo %1 %Ln días después del referido, fuera de la ventana de atribución de %2 días de la campaña.</numerusform>
        </translation>
    </message>
    <message>
        <source>signed up</source>
        <translation>se registró</translation>
    </message>
    <message>
        <source>bought</source>
        <translation>compró</translation>
    </message>
    <message>
        <source>Reading the campaign&apos;s budget</source>
        <translation>leer el presupuesto de la campaña</translation>
    </message>
    <message>
        <source>This reward (%1) would take the campaign over its budget of %2; %3 is already committed.</source>
        <translation>Esta recompensa (%1) haría que la campaña superase su presupuesto de %2; ya hay %3 comprometidos.</translation>
    </message>
    <message>
        <source>Reward withheld: %1</source>
        <translation>Recompensa retenida: %1</translation>
    </message>
    <message>
        <source>Counting the advocate&apos;s rewards</source>
        <translation>contar las recompensas del embajador</translation>
    </message>
    <message numerus="yes">
        <source>The advocate already has %Ln reward(s) from this campaign, the most it gives one advocate.</source>
        <translation>
            <numerusform>El embajador ya tiene %Ln recompensa de esta campaña, el máximo que da a un embajador.</numerusform>
            <numerusform>El embajador ya tiene %Ln recompensas de esta campaña, el máximo que da a un embajador.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the advocate&apos;s conversions</source>
        <translation>contar las conversiones del embajador</translation>
    </message>
    <message>
        <source>Reading the milestone rewards</source>
        <translation>leer las recompensas por hitos</translation>
    </message>
    <message numerus="yes">
        <source>Milestone: %Ln converted referral(s)</source>
        <translation>
            <numerusform>Hito: %Ln referido convertido</numerusform>
            <numerusform>Hito: %Ln referidos convertidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Let through after review</source>
        <translation>Validado tras revisión</translation>
    </message>
    <message>
        <source>Recording the review</source>
        <translation>registrar la revisión</translation>
    </message>
    <message>
        <source>Say why the referrals are rejected.</source>
        <translation>Indique por qué se rechazan los referidos.</translation>
    </message>
    <message>
        <source>Rejected after review: %1</source>
        <translation>Rechazado tras revisión: %1</translation>
    </message>
    <message>
        <source>Reading the referral&apos;s rewards</source>
        <translation>leer las recompensas del referido</translation>
    </message>
    <message>
        <source>A reward was approved</source>
        <translation>Se ha aprobado una recompensa</translation>
    </message>
    <message>
        <source>Every reward was issued</source>
        <translation>Se han entregado todas las recompensas</translation>
    </message>
</context>
<context>
    <name>RejectedRowsFile</name>
    <message>
        <source>Reading the rejected rows</source>
        <translation>leer las filas rechazadas</translation>
    </message>
    <message>
        <source>There is no import number %1.</source>
        <translation>No existe la importación número %1.</translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation>Problema de importación</translation>
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
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>%1 %2 points</source>
        <translation>%1 %2 puntos</translation>
    </message>
    <message>
        <source>Made with Grapevine on %1.</source>
        <translation>Generado con Grapevine el %1.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referidos</translation>
    </message>
    <message>
        <source>Converted (new customers)</source>
        <translation>Convertidos (clientes nuevos)</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Tasa de conversión</translation>
    </message>
    <message>
        <source>Participation rate</source>
        <translation>Tasa de participación</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Cost (rewards and recorded costs)</source>
        <translation>Coste (recompensas y costes registrados)</translation>
    </message>
    <message>
        <source>Return on investment (ROI)</source>
        <translation>Retorno de la inversión (ROI)</translation>
    </message>
    <message>
        <source>Cost per new customer (CAC)</source>
        <translation>Coste por cliente nuevo (CAC)</translation>
    </message>
    <message>
        <source>Baseline CAC of paid channels</source>
        <translation>CAC de referencia de los canales de pago</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Saving per new customer</source>
        <translation>Ahorro por cliente nuevo</translation>
    </message>
    <message>
        <source>K-factor</source>
        <translation>Factor K</translation>
    </message>
    <message>
        <source>Generations of referrals</source>
        <translation>Generaciones de referidos</translation>
    </message>
    <message>
        <source>Rewards owed (approved, not yet given)</source>
        <translation>Recompensas pendientes (aprobadas, aún no entregadas)</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <source>Reach of the mentions</source>
        <translation>Alcance de las menciones</translation>
    </message>
    <message>
        <source>Net sentiment</source>
        <translation>Sentimiento neto</translation>
    </message>
    <message>
        <source>Negative mentions answered in time</source>
        <translation>Menciones negativas respondidas a tiempo</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score (NPS)</translation>
    </message>
    <message>
        <source>%1 (%2 answers)</source>
        <translation>%1 (%2 respuestas)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este periodo</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <source>Referrals, and the revenue and rewards that come from them, count in the period the referral was made; recorded costs on the day they were incurred. A figure that cannot be worked out (a division by zero) shows as “—”. The previous period is the one of the same length just before.</source>
        <translation>Los referidos, y los ingresos y recompensas que generan, cuentan en el periodo en que se hizo el referido; los costes registrados, el día en que se produjeron. Una cifra que no se puede calcular (una división por cero) aparece como «—». El periodo anterior es el de la misma duración inmediatamente antes.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>No referrals were made in this period.</source>
        <translation>No se hizo ningún referido en este periodo.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Each stage counts the referrals that reached it, so a rewarded referral counts in every stage before it. Rejected and reversed referrals are counted apart.</source>
        <translation>Cada etapa cuenta los referidos que la alcanzaron, así que un referido recompensado cuenta en todas las etapas anteriores. Los referidos rechazados y revertidos se cuentan aparte.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>No campaign had referrals or costs in this period.</source>
        <translation>Ninguna campaña tuvo referidos ni costes en este periodo.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertidos</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Top advocates</source>
        <translation>Mejores embajadores</translation>
    </message>
    <message>
        <source>Nobody made a referral in this period.</source>
        <translation>Nadie hizo ningún referido en este periodo.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Embajador</translation>
    </message>
    <message>
        <source>Rewards paid and owed</source>
        <translation>Recompensas entregadas y pendientes</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Recompensas</translation>
    </message>
    <message>
        <source>At cost</source>
        <translation>Al coste</translation>
    </message>
    <message>
        <source>Given (issued)</source>
        <translation>Entregadas</translation>
    </message>
    <message>
        <source>Owed (approved, not yet given)</source>
        <translation>Pendientes (aprobadas, aún no entregadas)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No reward is waiting to be given.</source>
        <translation>No hay ninguna recompensa pendiente de entregar.</translation>
    </message>
    <message>
        <source>Still to give:</source>
        <translation>Por entregar:</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Recompensa</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>The %1 longest waiting of %2; the Rewards page lists them all.</source>
        <translation>Las %1 que más tiempo llevan esperando de %2; la página Recompensas las muestra todas.</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Costes</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Rewards (given and owed, at cost)</source>
        <translation>Recompensas (entregadas y pendientes, al coste)</translation>
    </message>
    <message>
        <source>Recorded campaign costs</source>
        <translation>Costes de campaña registrados</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>The first %1 of %2 recorded costs.</source>
        <translation>Los primeros %1 de %2 costes registrados.</translation>
    </message>
    <message>
        <source>reach %1</source>
        <translation>alcance %1</translation>
    </message>
    <message>
        <source>permission: %1</source>
        <translation>permiso: %1</translation>
    </message>
    <message>
        <source>Testimonials</source>
        <translation>Testimonios</translation>
    </message>
    <message>
        <source>No testimonial was recorded in this period. Mark a positive mention as a testimonial once its author allows you to reuse it.</source>
        <translation>No se registró ningún testimonio en este periodo. Marque una mención positiva como testimonio cuando su autor le permita reutilizarla.</translation>
    </message>
    <message>
        <source>Notable mentions</source>
        <translation>Menciones destacadas</translation>
    </message>
    <message>
        <source>No mention with a known reach in this period.</source>
        <translation>No hay menciones con alcance conocido en este periodo.</translation>
    </message>
    <message>
        <source>The mentions that reached most people.</source>
        <translation>Las menciones que llegaron a más personas.</translation>
    </message>
    <message>
        <source>Incentive disclosure</source>
        <translation>Aviso de transparencia sobre incentivos</translation>
    </message>
    <message>
        <source>No campaign is part of this report.</source>
        <translation>Ninguna campaña forma parte de este informe.</translation>
    </message>
    <message>
        <source>no disclosure text. Rewarded recommendations must say that they are rewarded: add the text on the campaign.</source>
        <translation>sin aviso de transparencia. Las recomendaciones recompensadas deben indicar que lo son: añada el texto en la campaña.</translation>
    </message>
    <message>
        <source>Referral report: %1</source>
        <translation>Informe de referidos: %1</translation>
    </message>
    <message>
        <source>Referral report: all campaigns</source>
        <translation>Informe de referidos: todas las campañas</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>Hasta el %1</translation>
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
        <translation>leer las recompensas, los costes y las menciones del informe</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ReportInput</name>
    <message>
        <source>Reading the campaign of the report</source>
        <translation>leer la campaña del informe</translation>
    </message>
    <message>
        <source>The campaign of the report no longer exists.</source>
        <translation>La campaña del informe ya no existe.</translation>
    </message>
</context>
<context>
    <name>ReportPages</name>
    <message>
        <source>The page is too small for the report.</source>
        <translation>La página es demasiado pequeña para el informe.</translation>
    </message>
    <message>
        <source>The report cannot be drawn on this printer or file.</source>
        <translation>El informe no se puede dibujar en esta impresora o archivo.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The report could not be finished.</source>
        <translation>No se ha podido terminar el informe.</translation>
    </message>
</context>
<context>
    <name>ResponseWorkflow</name>
    <message>
        <source>Write the response you gave, so it is kept with the mention.</source>
        <translation>Escriba la respuesta que dio, para que quede guardada con la mención.</translation>
    </message>
    <message>
        <source>This mention is resolved. Reopen it to respond again.</source>
        <translation>Esta mención está resuelta. Reábrala para volver a responder.</translation>
    </message>
    <message>
        <source>This mention is already resolved.</source>
        <translation>Esta mención ya está resuelta.</translation>
    </message>
    <message>
        <source>Record the response first; a mention is resolved after it was answered.</source>
        <translation>Registre primero la respuesta; una mención se resuelve después de haberla respondido.</translation>
    </message>
    <message>
        <source>This mention is already waiting for a response.</source>
        <translation>Esta mención ya está a la espera de respuesta.</translation>
    </message>
    <message>
        <source>Say when the author allowed the mention to be reused.</source>
        <translation>Indique cuándo autorizó el autor la reutilización de la mención.</translation>
    </message>
    <message>
        <source>The permission cannot be dated in the future.</source>
        <translation>La fecha del permiso no puede ser futura.</translation>
    </message>
    <message>
        <source>Say how the author gave permission (by email, on the review form…).</source>
        <translation>Indique cómo dio permiso el autor (por correo electrónico, en el formulario de reseñas…).</translation>
    </message>
    <message>
        <source>Counting the mentions that need a response</source>
        <translation>contar las menciones que requieren respuesta</translation>
    </message>
    <message>
        <source>Reading the response queue</source>
        <translation>leer la cola de respuestas</translation>
    </message>
</context>
<context>
    <name>Reward</name>
    <message>
        <source>A reward must belong to a campaign.</source>
        <translation>Una recompensa debe pertenecer a una campaña.</translation>
    </message>
    <message>
        <source>A reward needs a referral or an advocate who receives it.</source>
        <translation>Una recompensa necesita un referido o un embajador que la reciba.</translation>
    </message>
    <message>
        <source>Choose what kind of reward this is.</source>
        <translation>Elija qué tipo de recompensa es.</translation>
    </message>
    <message>
        <source>A reward value cannot be negative.</source>
        <translation>El valor de una recompensa no puede ser negativo.</translation>
    </message>
    <message>
        <source>A percentage discount can be at most 100%.</source>
        <translation>Un descuento porcentual no puede superar el 100 %.</translation>
    </message>
    <message>
        <source>The cost of a reward cannot be negative.</source>
        <translation>El coste de una recompensa no puede ser negativo.</translation>
    </message>
    <message>
        <source>A withheld reward needs the reason it was withheld.</source>
        <translation>Una recompensa no concedida necesita el motivo por el que no se concedió.</translation>
    </message>
    <message>
        <source>A milestone is reached after at least one converted referral.</source>
        <translation>Un hito se alcanza tras al menos un referido convertido.</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Embajador</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amigo</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Entregada</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Revertida</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>No concedida</translation>
    </message>
</context>
<context>
    <name>RewardLedger</name>
    <message>
        <source>Reading the reward</source>
        <translation>leer la recompensa</translation>
    </message>
    <message>
        <source>The reward no longer exists.</source>
        <translation>La recompensa ya no existe.</translation>
    </message>
    <message>
        <source>Reward %1</source>
        <translation>Recompensa %1</translation>
    </message>
    <message>
        <source>Reward %1 (%2)</source>
        <translation>Recompensa %1 (%2)</translation>
    </message>
    <message>
        <source>Writing the rewards ledger</source>
        <translation>escribir el registro de recompensas</translation>
    </message>
    <message>
        <source>Reward %1 no longer exists.</source>
        <translation>La recompensa %1 ya no existe.</translation>
    </message>
    <message>
        <source>%1 is %2, not pending.</source>
        <translation>%1 está %2, no pendiente.</translation>
    </message>
    <message>
        <source>%1: its referral is waiting for review.</source>
        <translation>%1: su referido está pendiente de revisión.</translation>
    </message>
    <message>
        <source>%1 is held until %2.</source>
        <translation>%1 está en espera hasta el %2.</translation>
    </message>
    <message>
        <source>%1 is not approved yet.</source>
        <translation>%1 aún no está aprobada.</translation>
    </message>
    <message>
        <source>%1 is %2, not approved.</source>
        <translation>%1 está %2, no aprobada.</translation>
    </message>
    <message>
        <source>%1 was already issued; reverse it instead if it has to be taken back.</source>
        <translation>%1 ya se entregó; reviértala si hay que recuperarla.</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be voided.</source>
        <translation>%1 está %2 y no se puede anular.</translation>
    </message>
    <message>
        <source>%1 was already reversed.</source>
        <translation>%1 ya se revirtió.</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be reversed.</source>
        <translation>%1 está %2 y no se puede revertir.</translation>
    </message>
    <message>
        <source>Say why the reward is adjusted; the note stays in the ledger.</source>
        <translation>Indique por qué se ajusta la recompensa; la nota queda en el registro.</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be adjusted.</source>
        <translation>%1 está %2 y no se puede ajustar.</translation>
    </message>
    <message>
        <source>An adjustment cannot make a reward&apos;s value or cost negative.</source>
        <translation>Un ajuste no puede dejar en negativo el valor ni el coste de una recompensa.</translation>
    </message>
    <message>
        <source>Reading the points balance</source>
        <translation>leer el saldo de puntos</translation>
    </message>
    <message>
        <source>Checking the rewards ledger</source>
        <translation>comprobar el registro de recompensas</translation>
    </message>
</context>
<context>
    <name>RewardStore</name>
    <message>
        <source>Checking the reward</source>
        <translation>comprobar la recompensa</translation>
    </message>
    <message>
        <source>The campaign of this reward no longer exists.</source>
        <translation>La campaña de esta recompensa ya no existe.</translation>
    </message>
    <message>
        <source>The referral this reward is for no longer exists.</source>
        <translation>El referido de esta recompensa ya no existe.</translation>
    </message>
    <message>
        <source>The advocate who receives this reward no longer exists.</source>
        <translation>El embajador que recibe esta recompensa ya no existe.</translation>
    </message>
    <message>
        <source>A reward for a referral must belong to the referral&apos;s campaign.</source>
        <translation>Una recompensa por un referido debe pertenecer a la campaña del referido.</translation>
    </message>
    <message>
        <source>Saving the reward</source>
        <translation>guardar la recompensa</translation>
    </message>
    <message>
        <source>Reading the reward</source>
        <translation>leer la recompensa</translation>
    </message>
    <message>
        <source>The reward no longer exists.</source>
        <translation>La recompensa ya no existe.</translation>
    </message>
    <message>
        <source>Reading the reward&apos;s ledger entries</source>
        <translation>leer las entradas del registro de la recompensa</translation>
    </message>
    <message>
        <source>Writing the rewards ledger</source>
        <translation>escribir el registro de recompensas</translation>
    </message>
    <message>
        <source>Reading the rewards</source>
        <translation>leer las recompensas</translation>
    </message>
</context>
<context>
    <name>RewardValueText</name>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>Enter a whole number of points, e.g. %1.</source>
        <translation>Introduzca un número entero de puntos, p. ej., %1.</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 100 with at most two decimals, e.g. %1.</source>
        <translation>Introduzca un porcentaje de 0 a 100 con dos decimales como máximo, p. ej., %1.</translation>
    </message>
    <message>
        <source>Enter an amount of money, e.g. %1.</source>
        <translation>Introduzca un importe, p. ej., %1.</translation>
    </message>
</context>
<context>
    <name>RewardWording</name>
    <message>
        <source>no reward</source>
        <translation>sin recompensa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln punto</numerusform>
            <numerusform>%Ln puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 store credit</source>
        <extracomment>%1 is an amount of money, e.g. &quot;€10.00 store credit&quot;</extracomment>
        <translation>%1 de saldo en tienda</translation>
    </message>
    <message>
        <source>%1% off</source>
        <extracomment>%1 is a number, e.g. &quot;15% off&quot;</extracomment>
        <translation>%1 % de descuento</translation>
    </message>
    <message>
        <source>%1 off</source>
        <extracomment>%1 is an amount of money, e.g. &quot;€5.00 off&quot;</extracomment>
        <translation>%1 de descuento</translation>
    </message>
    <message>
        <source>%1 cash</source>
        <extracomment>%1 is an amount of money, e.g. &quot;€25.00 cash&quot;</extracomment>
        <translation>%1 en efectivo</translation>
    </message>
    <message>
        <source>a gift worth %1</source>
        <extracomment>%1 is an amount of money</extracomment>
        <translation>un regalo por valor de %1</translation>
    </message>
    <message>
        <source>a gift</source>
        <translation>un regalo</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Reading the business settings</source>
        <translation>leer la configuración del negocio</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO code such as EUR or USD.</source>
        <translation>La moneda debe ser un código ISO de tres letras, como EUR o USD.</translation>
    </message>
    <message>
        <source>Saving the business settings</source>
        <translation>guardar la configuración del negocio</translation>
    </message>
</context>
<context>
    <name>WordOfMouth</name>
    <message>
        <source>Computing the word-of-mouth figures</source>
        <translation>calcular las cifras del boca a boca</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>Starting the change</source>
        <translation>iniciar el cambio</translation>
    </message>
    <message>
        <source>Saving the change</source>
        <translation>guardar el cambio</translation>
    </message>
</context>
<context>
    <name>grapevine::itemmodels::AdvocateTableModel</name>
    <message>
        <source>The selected advocates could not be read: %1</source>
        <translation>No se han podido leer los embajadores seleccionados: %1</translation>
    </message>
    <message>
        <source>No marketing consent: left out of anything that contacts people.</source>
        <translation>Sin consentimiento de marketing: queda fuera de todo lo que contacta con personas.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>Código de referido</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recomendado por</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referidos</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversiones</translation>
    </message>
    <message>
        <source>Rewards earned</source>
        <translation>Recompensas obtenidas</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Referrals this advocate made, in any status</source>
        <translation>Referidos que ha hecho este embajador, en cualquier estado</translation>
    </message>
    <message>
        <source>Referrals now converted, approved or rewarded</source>
        <translation>Referidos ya convertidos, aprobados o recompensados</translation>
    </message>
    <message>
        <source>What the advocate&apos;s approved and issued rewards cost the business</source>
        <translation>Lo que cuestan al negocio las recompensas aprobadas y entregadas del embajador</translation>
    </message>
    <message>
        <source>Points from issued points rewards</source>
        <translation>Puntos de las recompensas en puntos entregadas</translation>
    </message>
    <message>
        <source>Net Promoter Score answer, 0 to 10</source>
        <translation>Respuesta a la pregunta Net Promoter Score, de 0 a 10</translation>
    </message>
    <message>
        <source>Marketing consent: only advocates with consent are contacted</source>
        <translation>Consentimiento de marketing: solo se contacta con los embajadores que lo han dado</translation>
    </message>
</context>
<context>
    <name>grapevine::itemmodels::CampaignListModel</name>
    <message>
        <source>No start date: it runs as soon as it is active</source>
        <translation>Sin fecha de inicio: empieza en cuanto se activa</translation>
    </message>
    <message>
        <source>No end date: it runs until you end it</source>
        <translation>Sin fecha de fin: dura hasta que usted la finalice</translation>
    </message>
    <message>
        <source>%1 of the referrals converted</source>
        <translation>El %1 de los referidos se ha convertido</translation>
    </message>
    <message>
        <source>No referrals yet, so no conversion rate</source>
        <translation>Aún no hay referidos, así que no hay tasa de conversión</translation>
    </message>
    <message>
        <source>Rewards %1 + other costs %2</source>
        <extracomment>%1 rewards cost, %2 other recorded costs</extracomment>
        <translation>Recompensas %1 + otros costes %2</translation>
    </message>
    <message>
        <source>Return on investment: (revenue − cost) ÷ cost</source>
        <translation>Retorno de la inversión: (ingresos − coste) ÷ coste</translation>
    </message>
    <message>
        <source>No costs recorded yet, so the return on investment is undefined</source>
        <translation>Aún no hay costes registrados, así que el retorno de la inversión no está definido</translation>
    </message>
    <message>
        <source>Referrals made in this campaign, whatever their status</source>
        <translation>Referidos hechos en esta campaña, sea cual sea su estado</translation>
    </message>
    <message>
        <source>Referrals now converted, approved or rewarded</source>
        <translation>Referidos ya convertidos, aprobados o recompensados</translation>
    </message>
    <message>
        <source>Order value of the converted referrals</source>
        <translation>Importe de los pedidos de los referidos convertidos</translation>
    </message>
    <message>
        <source>Approved and issued rewards at cost, plus the campaign&apos;s recorded costs</source>
        <translation>Recompensas aprobadas y entregadas al coste, más los costes registrados de la campaña</translation>
    </message>
    <message>
        <source>Return on investment: (revenue − cost) ÷ cost; “—” while there is no cost</source>
        <translation>Retorno de la inversión: (ingresos − coste) ÷ coste; «—» mientras no haya costes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referidos</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversiones</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
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
        <translation>leer la clasificación</translation>
    </message>
    <message>
        <source>Reading the campaign&apos;s leaderboard</source>
        <translation>leer la clasificación de la campaña</translation>
    </message>
    <message>
        <source>Referrals now converted, approved or rewarded</source>
        <translation>Referidos ya convertidos, aprobados o recompensados</translation>
    </message>
    <message>
        <source>Order values of the converted referrals</source>
        <translation>Importe de los pedidos de los referidos convertidos</translation>
    </message>
    <message>
        <source>What the advocate&apos;s approved and issued rewards cost</source>
        <translation>Lo que cuestan las recompensas aprobadas y entregadas del embajador</translation>
    </message>
    <message>
        <source>Points issued and not reversed</source>
        <translation>Puntos entregados y no revertidos</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Embajador</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referidos</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertidos</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Recompensas</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
</context>
<context>
    <name>grapevine::itemmodels::MentionListModel</name>
    <message>
        <source>Reading the mentions failed: the database is not open.</source>
        <translation>No se han podido leer las menciones: la base de datos no está abierta.</translation>
    </message>
    <message>
        <source>Reading the mentions</source>
        <translation>leer las menciones</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Fuera de plazo</translation>
    </message>
    <message>
        <source>Due %1</source>
        <extracomment>A mention still needing a response; %1 is when the response is due.</extracomment>
        <translation>Plazo: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>The author was given something for the mention; the cell is empty otherwise.</extracomment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <extracomment>%1 is &quot;Needs response&quot;, %2 when the response is due.</extracomment>
        <translation>%1, plazo: %2</translation>
    </message>
    <message>
        <source>How many people could have seen the mention, when known</source>
        <translation>Cuántas personas pudieron ver la mención, si se sabe</translation>
    </message>
    <message>
        <source>Whether the author was given something for the mention (a disclosure rule)</source>
        <translation>Si el autor recibió algo a cambio de la mención (una norma de transparencia)</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Incentivised</source>
        <translation>Incentivada</translation>
    </message>
</context>
<context>
    <name>grapevine::itemmodels::ReferralListModel</name>
    <message>
        <source>Reading the referrals</source>
        <translation>leer los referidos</translation>
    </message>
    <message>
        <source>Counting the referrals</source>
        <translation>contar los referidos</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Requiere revisión</translation>
    </message>
    <message>
        <source>Needs review: %1</source>
        <translation>Requiere revisión: %1</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Recomendador</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amigo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>Importe del pedido</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
</context>
<context>
    <name>grapevine::itemmodels::RewardListModel</name>
    <message>
        <source>Reading the rewards</source>
        <translation>leer las recompensas</translation>
    </message>
    <message>
        <source>Adding up the rewards</source>
        <translation>sumar las recompensas</translation>
    </message>
    <message>
        <source>What the reward costs the business (points at the value per point)</source>
        <translation>Lo que cuesta la recompensa al negocio (los puntos, a su valor por punto)</translation>
    </message>
    <message>
        <source>End of the hold period: the reward can be approved from this day</source>
        <translation>Fin del periodo de espera: la recompensa se puede aprobar a partir de este día</translation>
    </message>
    <message>
        <source>The payout reference of an issued reward, or why a reward was withheld</source>
        <translation>La referencia de pago de una recompensa entregada, o el motivo por el que no se concedió</translation>
    </message>
    <message>
        <source>Whether the reward goes to the advocate who referred, or to the friend</source>
        <translation>Si la recompensa es para el embajador que recomendó o para el amigo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Recompensa</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Aprobable desde</translation>
    </message>
    <message>
        <source>Reference or reason</source>
        <translation>Referencia o motivo</translation>
    </message>
</context>
<context>
    <name>grapevine::store</name>
    <message>
        <source>%1 is not possible: the database is read-only.</source>
        <translation>No es posible %1: la base de datos es de solo lectura.</translation>
    </message>
    <message>
        <source>%1 failed: another program is using the database. Try again in a moment.</source>
        <translation>Error al %1: otro programa está usando la base de datos. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>%1 failed: the disk is full. Free some space and try again; nothing was changed.</source>
        <translation>Error al %1: el disco está lleno. Libere espacio y vuelva a intentarlo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 failed: a value is not allowed (%2).</source>
        <translation>Error al %1: un valor no está permitido (%2).</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>Error al %1: %2.</translation>
    </message>
    <message>
        <source>%1 failed: the database file could not be written (the disk may be full, removed or failing). Nothing of it was saved; check the disk and try again.</source>
        <translation>Error al %1: no se pudo escribir el archivo de la base de datos (puede que el disco esté lleno, se haya retirado o esté fallando). No se guardó nada; compruebe el disco e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::AboutDialog</name>
    <message>
        <source>About Grapevine</source>
        <translation>Acerca de Grapevine</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <source>%1 (schema version %2%3)</source>
        <translation>%1 (versión de esquema %2%3)</translation>
    </message>
    <message>
        <source>, read-only</source>
        <translation>, solo lectura</translation>
    </message>
    <message>
        <source>Grapevine %1
Database: %2
Qt %3, SQLite %4</source>
        <translation>Grapevine %1
Base de datos: %2
Qt %3, SQLite %4</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Grapevine %1&lt;/h2&gt;&lt;p&gt;Peer-to-peer marketing for small businesses: keep your advocates, run refer-a-friend campaigns, follow word of mouth and see what it returns.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qt:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;SQLite:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;Grapevine is free software, licensed under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Grapevine %1&lt;/h2&gt;&lt;p&gt;Marketing entre iguales para pequeños negocios: gestione sus embajadores, lance campañas de «Recomienda a un amigo», siga el boca a boca y vea lo que le aporta.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Base de datos:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qt:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;SQLite:&lt;/b&gt; %4&lt;/p&gt;&lt;p&gt;Grapevine es software libre, con licencia &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, versión 3 o posterior&lt;/a&gt;. Se ofrece sin ninguna garantía.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Copy the version information, e.g. for a bug report</source>
        <translation>Copiar la información de la versión, p. ej., para informar de un error</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::AdvocateEditor</name>
    <message>
        <source>New Code</source>
        <translation>Nuevo código</translation>
    </message>
    <message>
        <source>Marketing consent given</source>
        <translation>Ha dado su consentimiento de marketing</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>G&amp;uardar</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Descartar cam&amp;bios</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. VIP, spring fair</source>
        <translation>Separadas por comas, p. ej., VIP, feria de primavera</translation>
    </message>
    <message>
        <source>Tags group advocates for filtering and campaigns; separate them with commas.</source>
        <translation>Las etiquetas agrupan a los embajadores para filtrar y para las campañas; sepárelas con comas.</translation>
    </message>
    <message>
        <source>The personal code this advocate shares. Letters A–Z, digits and dashes.</source>
        <translation>El código personal que comparte este embajador. Letras A–Z, cifras y guiones.</translation>
    </message>
    <message>
        <source>Make a new code from the first name</source>
        <translation>Crear un código nuevo a partir del nombre</translation>
    </message>
    <message>
        <source>Referral code or email of the referrer</source>
        <translation>Código de referido o correo electrónico del recomendador</translation>
    </message>
    <message>
        <source>Who brought this advocate: type their referral code or email. Leave empty for none.</source>
        <translation>Quién trajo a este embajador: escriba su código de referido o su correo electrónico. Déjelo vacío si no hay nadie.</translation>
    </message>
    <message>
        <source>Where consent was given, e.g. shop checkout</source>
        <translation>Dónde se dio el consentimiento, p. ej., al pagar en la tienda</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>How likely they are to recommend you, 0 to 10 (— for no answer)</source>
        <translation>Con qué probabilidad le recomendaría, de 0 a 10 (— si no hay respuesta)</translation>
    </message>
    <message>
        <source>The person agreed to receive marketing messages. Without consent they are left out of anything that contacts people.</source>
        <translation>La persona ha aceptado recibir mensajes de marketing. Sin consentimiento, queda fuera de todo lo que contacta con personas.</translation>
    </message>
    <message>
        <source>What this customer has spent in total</source>
        <translation>Lo que este cliente ha gastado en total</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>Guardar los cambios (%1)</translation>
    </message>
    <message>
        <source>Throw away the changes not saved yet</source>
        <translation>Descartar los cambios que aún no se han guardado</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Te&amp;léfono:</translation>
    </message>
    <message>
        <source>Postal address. Referrals between people at the same address are flagged for review (the household rule), never blocked.</source>
        <translation>Dirección postal. Los referidos entre personas de la misma dirección se marcan para revisión (la regla del hogar), nunca se bloquean.</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>E&amp;mpresa:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>Referral &amp;code:</source>
        <translation>Código de re&amp;ferido:</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>&amp;Recomendado por:</translation>
    </message>
    <message>
        <source>Consent &amp;date:</source>
        <translation>Fec&amp;ha del consentimiento:</translation>
    </message>
    <message>
        <source>Consent s&amp;ource:</source>
        <translation>Or&amp;igen del consentimiento:</translation>
    </message>
    <message>
        <source>&amp;NPS:</source>
        <translation>NP&amp;S:</translation>
    </message>
    <message>
        <source>&amp;Orders:</source>
        <translation>&amp;Pedidos:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Total &amp;spent (%1):</source>
        <extracomment>%1 is the currency code, e.g. EUR</extracomment>
        <translation>&amp;Gasto total (%1):</translation>
    </message>
    <message>
        <source>No advocate selected</source>
        <translation>Ningún embajador seleccionado</translation>
    </message>
    <message>
        <source>Show that advocate</source>
        <translation>Mostrar ese embajador</translation>
    </message>
    <message>
        <source>The total spent is not an amount of money, e.g. 125.50.</source>
        <translation>El gasto total no es un importe válido, p. ej., 125,50.</translation>
    </message>
    <message>
        <source>New advocate</source>
        <translation>Nuevo embajador</translation>
    </message>
    <message>
        <source>New advocate: %1</source>
        <translation>Nuevo embajador: %1</translation>
    </message>
    <message>
        <source>Erased person (their referrals and rewards are kept for the totals)</source>
        <translation>Persona borrada (sus referidos y recompensas se conservan para los totales)</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::AdvocateWordOfMouthView</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Qué dijo</translation>
    </message>
    <message>
        <source>Double-click a mention to open it on the Mentions page</source>
        <translation>Haga doble clic en una mención para abrirla en la página Menciones</translation>
    </message>
    <message>
        <source>Select an advocate to see their referrals and what they said about you.</source>
        <translation>Seleccione un embajador para ver sus referidos y lo que ha dicho de usted.</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>No se han podido leer las cifras: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Referrals:&lt;/b&gt; %Ln made</source>
        <translation>
            <numerusform>&lt;b&gt;Referidos:&lt;/b&gt; %Ln hecho</numerusform>
            <numerusform>&lt;b&gt;Referidos:&lt;/b&gt; %Ln hechos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln converted</source>
        <translation>
            <numerusform>%Ln convertido</numerusform>
            <numerusform>%Ln convertidos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 revenue</source>
        <translation>%1 de ingresos</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Word of mouth:&lt;/b&gt; %Ln mention(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Boca a boca:&lt;/b&gt; %Ln mención</numerusform>
            <numerusform>&lt;b&gt;Boca a boca:&lt;/b&gt; %Ln menciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 positive, %2 neutral, %3 negative</source>
        <translation>%1 positivas, %2 neutras, %3 negativas</translation>
    </message>
    <message>
        <source>reach %1</source>
        <translation>alcance %1</translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %Ln mentions are shown; the Mentions page has them all.</source>
        <translation>
            <numerusform>Se muestran las %1 más recientes de %Ln mención; la página Menciones las tiene todas.</numerusform>
            <numerusform>Se muestran las %1 más recientes de %Ln menciones; la página Menciones las tiene todas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No mention is linked to this advocate yet. Link one when you log it on the Mentions page.</source>
        <translation>Aún no hay ninguna mención vinculada a este embajador. Vincule una al registrarla en la página Menciones.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::AdvocatesPage</name>
    <message>
        <source>Advocates</source>
        <translation>Embajadores</translation>
    </message>
    <message>
        <source>&amp;Add Advocate</source>
        <translation>&amp;Añadir embajador</translation>
    </message>
    <message>
        <source>Add a new advocate by hand</source>
        <translation>Añadir un embajador nuevo a mano</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ab&amp;rir</translation>
    </message>
    <message>
        <source>Show the advocate in the detail panel</source>
        <translation>Mostrar el embajador en el panel de detalles</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected advocates with their referrals and rewards</source>
        <translation>Eliminar los embajadores seleccionados con sus referidos y recompensas</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Search by name, email, company, phone or notes</source>
        <translation>Buscar por nombre, correo electrónico, empresa, teléfono o notas</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>Añadir e&amp;tiqueta…</translation>
    </message>
    <message>
        <source>Tag the selected advocates</source>
        <translation>Etiquetar los embajadores seleccionados</translation>
    </message>
    <message>
        <source>&amp;Remove Tag…</source>
        <translation>&amp;Quitar etiqueta…</translation>
    </message>
    <message>
        <source>Remove a tag from the selected advocates</source>
        <translation>Quitar una etiqueta de los embajadores seleccionados</translation>
    </message>
    <message>
        <source>E&amp;xport This Person&apos;s Data…</source>
        <translation>E&amp;xportar los datos de esta persona…</translation>
    </message>
    <message>
        <source>Save everything stored about this person as a JSON file (for a data access request)</source>
        <translation>Guardar todo lo almacenado sobre esta persona en un archivo JSON (para una solicitud de acceso a datos)</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>Exportar a &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the advocates the table shows, or all of them, as a CSV file for a spreadsheet</source>
        <translation>Guardar los embajadores que muestra la tabla, o todos, en un archivo CSV para una hoja de cálculo</translation>
    </message>
    <message>
        <source>&amp;Erase This Person…</source>
        <translation>Borrar a esta &amp;persona…</translation>
    </message>
    <message>
        <source>Remove this person&apos;s personal data for good; their referrals and rewards stay in the totals</source>
        <translation>Eliminar definitivamente los datos personales de esta persona; sus referidos y recompensas siguen contando en los totales</translation>
    </message>
    <message>
        <source>Change &amp;Kind</source>
        <translation>Cambiar t&amp;ipo</translation>
    </message>
    <message>
        <source>Search name, email, company, phone, notes (Ctrl+F)</source>
        <translation>Buscar nombre, correo, empresa, teléfono, notas (Ctrl+F)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Consent: any</source>
        <translation>Consentimiento: cualquiera</translation>
    </message>
    <message>
        <source>With consent</source>
        <translation>Con consentimiento</translation>
    </message>
    <message>
        <source>Without consent</source>
        <translation>Sin consentimiento</translation>
    </message>
    <message>
        <source>Show one kind of advocate</source>
        <translation>Mostrar un tipo de embajador</translation>
    </message>
    <message>
        <source>Show advocates with this tag</source>
        <translation>Mostrar los embajadores con esta etiqueta</translation>
    </message>
    <message>
        <source>Show active, inactive or erased advocates</source>
        <translation>Mostrar los embajadores activos, inactivos o borrados</translation>
    </message>
    <message>
        <source>Show advocates with or without marketing consent</source>
        <translation>Mostrar los embajadores con o sin consentimiento de marketing</translation>
    </message>
    <message>
        <source>No advocate matches</source>
        <translation>Ningún embajador coincide</translation>
    </message>
    <message>
        <source>Nobody matches the search and filters. Try fewer letters, or clear them to see everyone.</source>
        <translation>Nadie coincide con la búsqueda y los filtros. Pruebe con menos letras, o bórrelos para ver a todos.</translation>
    </message>
    <message>
        <source>Clear Search and Filters</source>
        <translation>Borrar búsqueda y filtros</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Referral Tree</source>
        <translation>Árbol de referidos</translation>
    </message>
    <message>
        <source>Who referred this advocate, and whom they referred</source>
        <translation>Quién recomendó a este embajador y a quién ha recomendado</translation>
    </message>
    <message>
        <source>Word of Mouth</source>
        <translation>Boca a boca</translation>
    </message>
    <message>
        <source>Their referrals beside what they said about you</source>
        <translation>Sus referidos junto a lo que ha dicho de usted</translation>
    </message>
    <message>
        <source>No advocates yet</source>
        <translation>Aún no hay embajadores</translation>
    </message>
    <message>
        <source>Advocates are the customers, partners and staff who recommend you. Import the customer list your shop, CRM or mailing tool exports, or add the first one by hand.</source>
        <translation>Los embajadores son los clientes, socios y empleados que le recomiendan. Importe la lista de clientes que exporta su tienda, CRM o herramienta de correo, o añada el primero a mano.</translation>
    </message>
    <message>
        <source>Import Customers…</source>
        <translation>Importar clientes…</translation>
    </message>
    <message>
        <source>Bring in a CSV export of your customers (File → Import Customers…, Ctrl+I)</source>
        <translation>Traiga una exportación CSV de sus clientes (Archivo → Importar clientes…, Ctrl+I)</translation>
    </message>
    <message>
        <source>Add Advocate</source>
        <translation>Añadir embajador</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Counting… at least %1 advocates</source>
        <translation>Contando… al menos %1 embajadores</translation>
    </message>
    <message numerus="yes">
        <source>%Ln advocate(s)</source>
        <translation>
            <numerusform>%Ln embajador</numerusform>
            <numerusform>%Ln embajadores</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 advocates</source>
        <extracomment>N of M advocates, where N are shown by the filters</extracomment>
        <translation>%1 de %2 embajadores</translation>
    </message>
    <message>
        <source>No advocate has the referral code or email “%1”.</source>
        <translation>Ningún embajador tiene el código de referido o el correo electrónico «%1».</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>¿Eliminar «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln advocate(s)?</source>
        <translation>
            <numerusform>¿Eliminar %Ln embajador?</numerusform>
            <numerusform>¿Eliminar %Ln embajadores?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their %1 referrals and %2 rewards will be deleted with them.</source>
        <translation>Sus %1 referidos y %2 recompensas se eliminarán con ellos.</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation>Puede deshacerlo con Edición → Deshacer.</translation>
    </message>
    <message>
        <source>Delete Advocates</source>
        <translation>Eliminar embajadores</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln advocate(s) with their referrals and rewards…</source>
        <translation>
            <numerusform>Eliminando %Ln embajador con sus referidos y recompensas…</numerusform>
            <numerusform>Eliminando %Ln embajadores con sus referidos y recompensas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <source>Tag to add to the selected advocates:</source>
        <translation>Etiqueta que se añadirá a los embajadores seleccionados:</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln advocate(s) “%1”</source>
        <translation>
            <numerusform>Etiquetar %Ln embajador con «%1»</numerusform>
            <numerusform>Etiquetar %Ln embajadores con «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <source>Tag to remove from the selected advocates:</source>
        <translation>Etiqueta que se quitará de los embajadores seleccionados:</translation>
    </message>
    <message numerus="yes">
        <source>Untag %Ln advocate(s) “%1”</source>
        <translation>
            <numerusform>Quitar la etiqueta «%1» a %Ln embajador</numerusform>
            <numerusform>Quitar la etiqueta «%1» a %Ln embajadores</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Kind</source>
        <translation>Cambiar tipo</translation>
    </message>
    <message numerus="yes">
        <source>Make %Ln advocate(s) “%1”</source>
        <translation>
            <numerusform>Cambiar a «%1» el tipo de %Ln embajador</numerusform>
            <numerusform>Cambiar a «%1» el tipo de %Ln embajadores</numerusform>
        </translation>
    </message>
    <message>
        <source>Export This Person&apos;s Data</source>
        <translation>Exportar los datos de esta persona</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The file “%1” could not be written: %2.</source>
        <translation>No se ha podido escribir el archivo «%1»: %2.</translation>
    </message>
    <message>
        <source>Everything stored about this person was saved to “%1”.</source>
        <translation>Todo lo almacenado sobre esta persona se ha guardado en «%1».</translation>
    </message>
    <message>
        <source>Erase This Person</source>
        <translation>Borrar a esta persona</translation>
    </message>
    <message>
        <source>Erase for Good</source>
        <translation>Borrar definitivamente</translation>
    </message>
    <message>
        <source>Erasing the personal data of “%1” and rewriting the file so that no copy of it remains…</source>
        <translation>Borrando los datos personales de «%1» y reescribiendo el archivo para que no quede ninguna copia…</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Restablecer columnas</translation>
    </message>
    <message numerus="yes">
        <source>Only the daily backups made before now still hold the data: each is deleted %n day(s) after it was made (Settings → Backups). Copies you saved yourself hold it until you delete them.</source>
        <translation>
            <numerusform>Solo las copias de seguridad diarias hechas antes de este momento siguen conteniendo los datos: cada una se elimina %n día después de crearse (Configuración → Copias de seguridad). Las copias que usted haya guardado los contienen hasta que las elimine.</numerusform>
            <numerusform>Solo las copias de seguridad diarias hechas antes de este momento siguen conteniendo los datos: cada una se elimina %n días después de crearse (Configuración → Copias de seguridad). Las copias que usted haya guardado los contienen hasta que las elimine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the daily backups made before now still hold the data, and Grapevine keeps every backup (Settings → Backups): delete the older ones to remove it. Copies you saved yourself hold it until you delete them.</source>
        <translation>Solo las copias de seguridad diarias hechas antes de este momento siguen conteniendo los datos, y Grapevine conserva todas las copias (Configuración → Copias de seguridad): elimine las más antiguas para quitarlos. Las copias que usted haya guardado los contienen hasta que las elimine.</translation>
    </message>
    <message>
        <source>Erase the personal data of “%1”? Their name, email, phone, company, notes, tags and consent are replaced by an anonymous placeholder everywhere in this file: in mentions they wrote, in referrals where they were the friend, and in the import history. Their referrals and rewards stay, so your totals remain right. This cannot be undone, and the undo history is cleared.</source>
        <translation>¿Borrar los datos personales de «%1»? Su nombre, correo electrónico, teléfono, empresa, notas, etiquetas y consentimiento se sustituyen por un marcador anónimo en todo este archivo: en las menciones que escribió, en los referidos en los que era el amigo y en el historial de importaciones. Sus referidos y recompensas se mantienen, para que sus totales sigan siendo correctos. Esta acción no se puede deshacer, y se borra el historial de deshacer.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::CampaignCostsView</name>
    <message>
        <source>&amp;Add Cost</source>
        <translation>&amp;Añadir coste</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>What the campaign cost besides its rewards: printing, ads for the program, a launch event. They count in its cost, ROI and cost per new customer on the day they were spent. Each cost is saved as soon as it is added.</source>
        <translation>Lo que ha costado la campaña además de sus recompensas: impresión, anuncios del programa, un evento de lanzamiento. Cuentan en su coste, su ROI y su coste por cliente nuevo el día en que se gastaron. Cada coste se guarda en cuanto se añade.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>The day the money was spent</source>
        <translation>El día en que se gastó el dinero</translation>
    </message>
    <message>
        <source>What it was, e.g. Flyers for the shop window</source>
        <translation>Qué fue, p. ej., Folletos para el escaparate</translation>
    </message>
    <message>
        <source>Record this cost (Enter)</source>
        <translation>Registrar este coste (Intro)</translation>
    </message>
    <message>
        <source>Remove the selected costs (Delete); Undo puts them back</source>
        <translation>Quitar los costes seleccionados (Supr); Deshacer los vuelve a poner</translation>
    </message>
    <message>
        <source>No costs recorded.</source>
        <translation>No hay costes registrados.</translation>
    </message>
    <message numerus="yes">
        <source>%n cost(s), %1 in all</source>
        <translation>
            <numerusform>%n coste, %1 en total</numerusform>
            <numerusform>%n costes, %1 en total</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the campaign first; its costs are recorded here.</source>
        <translation>Guarde primero la campaña; sus costes se registran aquí.</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Type what was spent, e.g. %2.</source>
        <translation>«%1» no es un importe. Escriba lo que se gastó, p. ej., %2.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Cost(s)</source>
        <translation>
            <numerusform>Quitar %n coste</numerusform>
            <numerusform>Quitar %n costes</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::CampaignEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>G&amp;uardar</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Descartar cam&amp;bios</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>Guardar los cambios (%1)</translation>
    </message>
    <message>
        <source>Throw away the changes not saved yet</source>
        <translation>Descartar los cambios que aún no se han guardado</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>Datos básicos</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Recompensas</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Link &amp;&amp; Disclosure</source>
        <translation>Enlace &amp;&amp; transparencia</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Name, description, status and dates</source>
        <translation>Nombre, descripción, estado y fechas</translation>
    </message>
    <message>
        <source>What the advocate and the friend earn</source>
        <translation>Lo que ganan el embajador y el amigo</translation>
    </message>
    <message>
        <source>When rewards are earned, caps, budget and waiting periods</source>
        <translation>Cuándo se ganan las recompensas, límites, presupuesto y periodos de espera</translation>
    </message>
    <message>
        <source>The landing page, tracking parameters and the incentive disclosure</source>
        <translation>La página de destino, los parámetros de seguimiento y el aviso de transparencia sobre incentivos</translation>
    </message>
    <message>
        <source>Extra rewards for advocates who bring several friends</source>
        <translation>Recompensas extra para los embajadores que traen a varios amigos</translation>
    </message>
    <message>
        <source>e.g. Spring refer-a-friend</source>
        <translation>p. ej., Recomienda a un amigo de primavera</translation>
    </message>
    <message>
        <source>What the campaign is about, for you and your team</source>
        <translation>De qué trata la campaña, para usted y su equipo</translation>
    </message>
    <message>
        <source>Draft while you prepare it; Active while it runs; Paused to stop it for a while; Ended when it is over</source>
        <translation>Borrador mientras la prepara; Activa mientras está en marcha; En pausa para detenerla un tiempo; Finalizada cuando ha terminado</translation>
    </message>
    <message>
        <source>S&amp;tarts on:</source>
        <translation>Em&amp;pieza el:</translation>
    </message>
    <message>
        <source>Untick for a campaign that runs as soon as it is active</source>
        <translation>Desmárquelo para una campaña que empieza en cuanto se activa</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Termina el:</translation>
    </message>
    <message>
        <source>Untick for an open-ended campaign that runs until you end it</source>
        <translation>Desmárquelo para una campaña sin fecha de fin, que dura hasta que usted la finalice</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Without dates a campaign runs for as long as it is active.</source>
        <translation>Sin fechas, una campaña dura mientras esté activa.</translation>
    </message>
    <message>
        <source>The advocate gets</source>
        <translation>El embajador recibe</translation>
    </message>
    <message>
        <source>The friend gets</source>
        <translation>El amigo recibe</translation>
    </message>
    <message>
        <source>The reward for the person who recommends you</source>
        <translation>La recompensa para la persona que le recomienda</translation>
    </message>
    <message>
        <source>The welcome offer for the friend they bring (double-sided rewards convert best)</source>
        <translation>La oferta de bienvenida para el amigo que trae (las recompensas para ambas partes son las que mejor convierten)</translation>
    </message>
    <message>
        <source>Values: points as a whole number, a percentage discount from 0 to 100, every other kind as money. When rewards are earned is set on the Rules tab.</source>
        <translation>Valores: los puntos como número entero, el descuento porcentual de 0 a 100 y todos los demás tipos como dinero. Cuándo se ganan las recompensas se define en la pestaña Reglas.</translation>
    </message>
    <message>
        <source>The friend signs up</source>
        <translation>El amigo se registra</translation>
    </message>
    <message>
        <source>The friend makes a first purchase</source>
        <translation>El amigo hace su primera compra</translation>
    </message>
    <message>
        <source>Only &amp;new customers count as referred friends</source>
        <translation>Solo los clientes &amp;nuevos cuentan como amigos referidos</translation>
    </message>
    <message>
        <source>A friend who already bought from you earns nobody a reward</source>
        <translation>Un amigo que ya le había comprado no genera recompensas para nadie</translation>
    </message>
    <message>
        <source>The first order must be at least this much to earn the rewards; 0 for any order</source>
        <translation>El primer pedido debe llegar al menos a este importe para ganar las recompensas; 0 para cualquier pedido</translation>
    </message>
    <message>
        <source>&amp;Limit rewards per advocate to:</source>
        <translation>&amp;Limitar las recompensas por embajador a:</translation>
    </message>
    <message>
        <source>No advocate earns more rewards than this in this campaign</source>
        <translation>Ningún embajador gana más recompensas que estas en esta campaña</translation>
    </message>
    <message>
        <source>Stop rewarding once approved and issued rewards reach this amount</source>
        <translation>Dejar de recompensar cuando las recompensas aprobadas y entregadas alcancen este importe</translation>
    </message>
    <message>
        <source>Rewards wait this long before they can be approved, so that returned orders and cancellations earn nothing</source>
        <translation>Las recompensas esperan este tiempo antes de poder aprobarse, para que los pedidos devueltos y las cancelaciones no ganen nada</translation>
    </message>
    <message>
        <source>A friend who signs up or buys within this many days of following the link counts as referred</source>
        <translation>Un amigo que se registra o compra en este número de días desde que sigue el enlace cuenta como referido</translation>
    </message>
    <message>
        <source>Rewards are earned &amp;when:</source>
        <translation>Las recompensas se ganan &amp;cuando:</translation>
    </message>
    <message>
        <source>&amp;Hold rewards for:</source>
        <translation>Periodo de &amp;espera:</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>&amp;Attribution window:</source>
        <translation>&amp;Ventana de atribución:</translation>
    </message>
    <message>
        <source>https://example.com/welcome</source>
        <translation>https://example.com/bienvenida</translation>
    </message>
    <message>
        <source>Where a friend lands after following an advocate&apos;s link</source>
        <translation>Adónde llega un amigo después de seguir el enlace de un embajador</translation>
    </message>
    <message>
        <source>Added to the link so your web analytics can tell these visits apart</source>
        <translation>Se añade al enlace para que su analítica web pueda distinguir estas visitas</translation>
    </message>
    <message>
        <source>e.g. I get store credit when you buy through my link.</source>
        <translation>p. ej., Recibo saldo en tienda cuando compras con mi enlace.</translation>
    </message>
    <message>
        <source>Shown with every advocate&apos;s link, so friends know the advocate is rewarded</source>
        <translation>Se muestra con el enlace de cada embajador, para que los amigos sepan que el embajador recibe una recompensa</translation>
    </message>
    <message>
        <source>Use Su&amp;ggested Text</source>
        <translation>Usar texto &amp;sugerido</translation>
    </message>
    <message>
        <source>Write a disclosure from this campaign&apos;s rewards, to edit as you like</source>
        <translation>Redactar un aviso a partir de las recompensas de esta campaña, para editarlo a su gusto</translation>
    </message>
    <message>
        <source>Required before a campaign with rewards can be activated: undisclosed incentives mislead friends and are unlawful in many places.</source>
        <translation>Obligatorio antes de activar una campaña con recompensas: los incentivos no declarados engañan a los amigos y son ilegales en muchos lugares.</translation>
    </message>
    <message>
        <source>&amp;Landing page:</source>
        <translation>Página de &amp;destino:</translation>
    </message>
    <message>
        <source>UTM s&amp;ource:</source>
        <translation>&amp;Origen UTM:</translation>
    </message>
    <message>
        <source>UTM &amp;medium:</source>
        <translation>&amp;Medio UTM:</translation>
    </message>
    <message>
        <source>UTM &amp;campaign:</source>
        <translation>&amp;Campaña UTM:</translation>
    </message>
    <message>
        <source>Link with tracking:</source>
        <translation>Enlace con seguimiento:</translation>
    </message>
    <message>
        <source>&amp;Incentive disclosure:</source>
        <translation>Aviso de &amp;transparencia:</translation>
    </message>
    <message>
        <source>A milestone ladder gives an advocate an extra reward once that many of their referrals have converted, e.g. at 1, 3 and 5 friends.</source>
        <translation>Una escalera de hitos da a un embajador una recompensa extra cuando ese número de sus referidos se ha convertido, p. ej., con 1, 3 y 5 amigos.</translation>
    </message>
    <message>
        <source>Minimum &amp;order (%1):</source>
        <extracomment>%1 is the currency code, e.g. EUR</extracomment>
        <translation>Pedido &amp;mínimo (%1):</translation>
    </message>
    <message>
        <source>Campaign &amp;budget (%1):</source>
        <extracomment>%1 is the currency code, e.g. EUR</extracomment>
        <translation>&amp;Presupuesto de la campaña (%1):</translation>
    </message>
    <message>
        <source>No campaign selected</source>
        <translation>Ninguna campaña seleccionada</translation>
    </message>
    <message>
        <source>The minimum order is not an amount of money; enter e.g. %1, or leave it empty for any order.</source>
        <translation>El pedido mínimo no es un importe válido; introduzca, p. ej., %1, o déjelo vacío para cualquier pedido.</translation>
    </message>
    <message>
        <source>The budget is not an amount of money; enter e.g. %1, or untick the budget.</source>
        <translation>El presupuesto no es un importe válido; introduzca, p. ej., %1, o desmarque el presupuesto.</translation>
    </message>
    <message>
        <source>The landing page is not a web address; enter one starting with https://, e.g. https://example.com/welcome.</source>
        <translation>La página de destino no es una dirección web; introduzca una que empiece por https://, p. ej., https://example.com/bienvenida.</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <source>New campaign: %1</source>
        <translation>Nueva campaña: %1</translation>
    </message>
    <message>
        <source>Enter a landing page to see the link advocates share.</source>
        <translation>Introduzca una página de destino para ver el enlace que comparten los embajadores.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::CampaignsPage</name>
    <message>
        <source>&amp;New Campaign</source>
        <translation>&amp;Nueva campaña</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Edit the campaign in the designer below</source>
        <translation>Editar la campaña en el diseñador de abajo</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>Start the campaign: advocates&apos; referrals earn the rewards from now on</source>
        <translation>Iniciar la campaña: a partir de ahora, los referidos de los embajadores ganan las recompensas</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Stop the campaign for a while; referrals made meanwhile earn nothing</source>
        <translation>Detener la campaña un tiempo; los referidos que se hagan mientras tanto no ganan nada</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Close the campaign for good; its results stay in your numbers</source>
        <translation>Cerrar la campaña definitivamente; sus resultados se mantienen en sus cifras</translation>
    </message>
    <message>
        <source>&amp;Invitations…</source>
        <translation>&amp;Invitaciones…</translation>
    </message>
    <message>
        <source>Write the personal invitations advocates send for this campaign</source>
        <translation>Redactar las invitaciones personales que envían los embajadores para esta campaña</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete a campaign without referrals or rewards (end it otherwise)</source>
        <translation>Eliminar una campaña sin referidos ni recompensas (si no, finalícela)</translation>
    </message>
    <message>
        <source>New Campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <source>Start a campaign from a template or from scratch</source>
        <translation>Crear una campaña a partir de una plantilla o desde cero</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Costes</translation>
    </message>
    <message>
        <source>No campaigns yet — start from a template</source>
        <translation>Aún no hay campañas: empiece con una plantilla</translation>
    </message>
    <message>
        <source>A campaign says what advocates and their friends earn for a recommendation, and when. Pick a starting point below; you can change every detail before you activate it.</source>
        <translation>Una campaña define qué ganan los embajadores y sus amigos por una recomendación, y cuándo. Elija un punto de partida a continuación; podrá cambiar cualquier detalle antes de activarla.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>“%1” rewards people for recommending you, so friends must be told before it can be activated.

Suggested disclosure:
“%2”

Use it? You can edit it, then activate the campaign.</source>
        <translation>«%1» recompensa a quienes le recomiendan, así que hay que informar a los amigos antes de poder activarla.

Aviso sugerido:
«%2»

¿Quiere usarlo? Puede editarlo y después activar la campaña.</translation>
    </message>
    <message>
        <source>Disclosure Needed</source>
        <translation>Se necesita un aviso de transparencia</translation>
    </message>
    <message>
        <source>Use Suggested Text</source>
        <translation>Usar texto sugerido</translation>
    </message>
    <message>
        <source>This campaign offers a reward, so it needs a disclosure text before it can be activated.</source>
        <translation>Esta campaña ofrece una recompensa, así que necesita un aviso de transparencia antes de poder activarla.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <source>Activate “%1”</source>
        <translation>Activar «%1»</translation>
    </message>
    <message>
        <source>Pause “%1”</source>
        <translation>Pausar «%1»</translation>
    </message>
    <message>
        <source>End “%1”</source>
        <translation>Finalizar «%1»</translation>
    </message>
    <message>
        <source>Make “%1” a draft</source>
        <translation>Pasar «%1» a borrador</translation>
    </message>
    <message>
        <source>Delete Campaign</source>
        <translation>Eliminar campaña</translation>
    </message>
    <message>
        <source>Delete “%1”? Its milestones and recorded costs are deleted with it. You can undo this with Edit → Undo.</source>
        <translation>¿Eliminar «%1»? Sus hitos y costes registrados se eliminarán con ella. Puede deshacerlo con Edición → Deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>%1

End “%2” now? Its referrals and rewards stay in your results.</source>
        <extracomment>%1 says why (e.g. &quot;The campaign has 3 referrals; end it instead of deleting it.&quot;), %2 is its name</extracomment>
        <translation>%1

¿Finalizar «%2» ahora? Sus referidos y recompensas se mantienen en sus resultados.</translation>
    </message>
    <message>
        <source>Campaign In Use</source>
        <translation>Campaña en uso</translation>
    </message>
    <message>
        <source>End Campaign</source>
        <translation>Finalizar campaña</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ChartCard</name>
    <message>
        <source>Point at a bar or point for its exact value; click it to see the records behind it. Right-click to copy or save the chart.</source>
        <translation>Señale una barra o un punto para ver su valor exacto; haga clic para ver los registros que hay detrás. Haga clic con el botón derecho para copiar o guardar el gráfico.</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>&amp;Copiar gráfico</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Guardar como &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>Guardar como &amp;SVG…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot Save the Chart</source>
        <translation>No se puede guardar el gráfico</translation>
    </message>
    <message>
        <source>“%1” could not be written. Check that the folder exists and that you may write to it.</source>
        <translation>No se ha podido escribir «%1». Compruebe que la carpeta existe y que tiene permiso para escribir en ella.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::DashboardLoader</name>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>No se puede leer la base de datos: %1</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::DashboardPage</name>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>new in this period</source>
        <translation>nuevo en este periodo</translation>
    </message>
    <message>
        <source>%1 %2 % vs the previous period</source>
        <translation>%1 %2 % frente al periodo anterior</translation>
    </message>
    <message>
        <source>%1 %2 points vs the previous period</source>
        <translation>%1 %2 puntos frente al periodo anterior</translation>
    </message>
    <message>
        <source>The period the figures and charts cover; the tiles compare it with the period of the same length before it</source>
        <translation>El periodo que abarcan las cifras y los gráficos; los indicadores lo comparan con el periodo de la misma duración inmediatamente anterior</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <source>All campaigns, or one</source>
        <translation>Todas las campañas, o una</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Todas las campañas</translation>
    </message>
    <message>
        <source>How the charts over time are grouped</source>
        <translation>Cómo se agrupan los gráficos a lo largo del tiempo</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaña:</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referidos</translation>
    </message>
    <message>
        <source>Referrals made in the period</source>
        <translation>Referidos hechos en el periodo</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Tasa de conversión</translation>
    </message>
    <message>
        <source>Referrals now converted, approved or rewarded ÷ referrals</source>
        <translation>Referidos ya convertidos, aprobados o recompensados ÷ referidos</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Order values of the converted referrals made in the period</source>
        <translation>Importe de los pedidos de los referidos convertidos hechos en el periodo</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Rewards approved or issued to both sides, at cost (points at their value), plus the campaign costs recorded in the period</source>
        <translation>Recompensas aprobadas o entregadas a ambas partes, al coste (los puntos, a su valor), más los costes de campaña registrados en el periodo</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Retorno de la inversión</translation>
    </message>
    <message>
        <source>(Revenue − cost) ÷ cost</source>
        <translation>(Ingresos − coste) ÷ coste</translation>
    </message>
    <message>
        <source>Cost per new customer</source>
        <translation>Coste por cliente nuevo</translation>
    </message>
    <message>
        <source>Cost ÷ converted referrals, beside what a customer costs through paid channels (set in the settings)</source>
        <translation>Coste ÷ referidos convertidos, junto a lo que cuesta un cliente a través de canales de pago (se define en la configuración)</translation>
    </message>
    <message>
        <source>K-factor</source>
        <translation>Factor K</translation>
    </message>
    <message>
        <source>Referrals per advocate who referred × conversion rate: above 1, each customer brings more than one new customer</source>
        <translation>Referidos por embajador que ha recomendado × tasa de conversión: por encima de 1, cada cliente trae más de un cliente nuevo</translation>
    </message>
    <message>
        <source>Complaints awaiting a reply</source>
        <translation>Quejas pendientes de respuesta</translation>
    </message>
    <message>
        <source>Negative mentions that still need a response, and how many of them are past their due time</source>
        <translation>Menciones negativas que aún requieren respuesta, y cuántas de ellas están fuera de plazo</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>The figures cannot be computed: %1</source>
        <translation>No se pueden calcular las cifras: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to measure yet.&lt;/b&gt; Create a refer-a-friend campaign on the Campaigns page, record the referrals your advocates bring, or &lt;a href=&quot;import&quot;&gt;import your customers&lt;/a&gt; to begin. The figures and charts fill in as you go.</source>
        <translation>&lt;b&gt;Aún no hay nada que medir.&lt;/b&gt; Para empezar, cree una campaña de «Recomienda a un amigo» en la página Campañas, registre los referidos que traen sus embajadores o &lt;a href=&quot;import&quot;&gt;importe sus clientes&lt;/a&gt;. Las cifras y los gráficos se irán completando.</translation>
    </message>
    <message>
        <source>No referral was made in this period. Choose a longer period, or another campaign.</source>
        <translation>No se hizo ningún referido en este periodo. Elija un periodo más largo u otra campaña.</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>Periodo anterior: %1</translation>
    </message>
    <message>
        <source>The period has no period before it to compare with.</source>
        <translation>No hay ningún periodo anterior con el que comparar.</translation>
    </message>
    <message>
        <source>%1 of %2 referrals converted.</source>
        <translation>%1 de %2 referidos convertidos.</translation>
    </message>
    <message>
        <source>Rewards %1, other costs %2; rewards approved but not yet issued: %3.</source>
        <translation>Recompensas %1, otros costes %2; recompensas aprobadas pero aún no entregadas: %3.</translation>
    </message>
    <message>
        <source>Undefined while there is no cost to return on.</source>
        <translation>Sin definir mientras no haya costes sobre los que calcular el retorno.</translation>
    </message>
    <message>
        <source>%1 less than paid channels</source>
        <translation>%1 menos que los canales de pago</translation>
    </message>
    <message>
        <source>%1 more than paid channels</source>
        <translation>%1 más que los canales de pago</translation>
    </message>
    <message>
        <source>set the paid-channel cost in the settings to compare</source>
        <translation>defina el coste de los canales de pago en la configuración para comparar</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Paid channels: %1 per customer.</source>
        <translation>Canales de pago: %1 por cliente.</translation>
    </message>
    <message>
        <source>No paid-channel cost is set.</source>
        <translation>No se ha definido el coste de los canales de pago.</translation>
    </message>
    <message>
        <source>previous period: %1</source>
        <translation>periodo anterior: %1</translation>
    </message>
    <message>
        <source>%1 advocates referred someone; %2 of %3 active advocates took part.</source>
        <translation>%1 embajadores recomendaron a alguien; participaron %2 de %3 embajadores activos.</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 fuera de plazo</translation>
    </message>
    <message>
        <source>none overdue</source>
        <translation>ninguna fuera de plazo</translation>
    </message>
    <message>
        <source>Answered within the response target in this period: %1.</source>
        <translation>Respondidas dentro del plazo de respuesta en este periodo: %1.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ExportOptionsDialog</name>
    <message>
        <source>The referrals shown by the current filter</source>
        <translation>Los referidos que muestra el filtro actual</translation>
    </message>
    <message>
        <source>The rewards shown by the current filter</source>
        <translation>Las recompensas que muestra el filtro actual</translation>
    </message>
    <message>
        <source>The mentions shown by the current filter</source>
        <translation>Las menciones que muestra el filtro actual</translation>
    </message>
    <message>
        <source>The advocates shown by the current filter</source>
        <translation>Los embajadores que muestra el filtro actual</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln referral(s) shown by the current filter</source>
        <translation>
            <numerusform>El referido que muestra el filtro actual (%Ln)</numerusform>
            <numerusform>Los %Ln referidos que muestra el filtro actual</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln reward(s) shown by the current filter</source>
        <translation>
            <numerusform>La recompensa que muestra el filtro actual (%Ln)</numerusform>
            <numerusform>Las %Ln recompensas que muestra el filtro actual</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln mention(s) shown by the current filter</source>
        <translation>
            <numerusform>La mención que muestra el filtro actual (%Ln)</numerusform>
            <numerusform>Las %Ln menciones que muestra el filtro actual</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln advocate(s) shown by the current filter</source>
        <translation>
            <numerusform>El embajador que muestra el filtro actual (%Ln)</numerusform>
            <numerusform>Los %Ln embajadores que muestra el filtro actual</numerusform>
        </translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation>Todos los referidos</translation>
    </message>
    <message>
        <source>All rewards</source>
        <translation>Todas las recompensas</translation>
    </message>
    <message>
        <source>All mentions</source>
        <translation>Todas las menciones</translation>
    </message>
    <message>
        <source>All advocates</source>
        <translation>Todos los embajadores</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln referral(s)</source>
        <translation>
            <numerusform>El único referido (%Ln)</numerusform>
            <numerusform>Los %Ln referidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln reward(s)</source>
        <translation>
            <numerusform>La única recompensa (%Ln)</numerusform>
            <numerusform>Las %Ln recompensas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln mention(s)</source>
        <translation>
            <numerusform>La única mención (%Ln)</numerusform>
            <numerusform>Las %Ln menciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln advocate(s)</source>
        <translation>
            <numerusform>El único embajador (%Ln)</numerusform>
            <numerusform>Los %Ln embajadores</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <source>Semicolon (Excel in most of Europe)</source>
        <extracomment>Excel expects semicolons where the decimal sign is a comma</extracomment>
        <translation>Punto y coma (Excel en la mayor parte de Europa)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Mark the file as UTF-8, so that Excel shows accents</source>
        <translation>Marcar el archivo como UTF-8, para que Excel muestre los acentos</translation>
    </message>
    <message>
        <source>Starts the file with a byte order mark. Leave it off for programs that do not expect one.</source>
        <translation>Empieza el archivo con una marca de orden de bytes (BOM). Desactívelo para programas que no la esperan.</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportCheckPage</name>
    <message>
        <source>Check &amp;Again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Comprobar antes de importar</translation>
    </message>
    <message>
        <source>Grapevine tries the whole import and then takes it back, so these numbers are exact and nothing has changed yet. Press Import to do it for real.</source>
        <translation>Grapevine prueba toda la importación y después la deshace, así que estas cifras son exactas y todavía no ha cambiado nada. Pulse Importar para hacerla de verdad.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>Show only the rows with this outcome</source>
        <translation>Mostrar solo las filas con este resultado</translation>
    </message>
    <message>
        <source>What the import would do with each row</source>
        <translation>Qué haría la importación con cada fila</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Checking every row of %1…</source>
        <translation>Comprobando todas las filas de %1…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>The check did not finish.</source>
        <translation>La comprobación no ha terminado.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Se ha detenido la comprobación.</translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was changed.</source>
        <translation>Se ha detenido la comprobación. No se ha cambiado nada.</translation>
    </message>
    <message numerus="yes">
        <source>Checked all %Ln row(s).</source>
        <translation>
            <numerusform>Se ha comprobado la única fila (%Ln).</numerusform>
            <numerusform>Se han comprobado las %Ln filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing would change: everyone in the file is in Grapevine already with these details. You can still import, to have the file in the import history.</source>
        <translation>No cambiaría nada: todas las personas del archivo ya están en Grapevine con estos datos. Aun así, puede importarlo para que el archivo figure en el historial de importaciones.</translation>
    </message>
    <message>
        <source>Nothing would change: everything in the file is in Grapevine already, or is not a referral. You can still import, to have the file in the import history.</source>
        <translation>No cambiaría nada: todo lo del archivo ya está en Grapevine o no es un referido. Aun así, puede importarlo para que el archivo figure en el historial de importaciones.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) would be rejected; the table says why. You can import the rest now and save the rejected rows afterwards, to fix them and import them again.</source>
        <translation>
            <numerusform>Se rechazaría %Ln fila; la tabla indica el motivo. Puede importar el resto ahora y guardar después la fila rechazada para corregirla y volver a importarla.</numerusform>
            <numerusform>Se rechazarían %Ln filas; la tabla indica el motivo. Puede importar el resto ahora y guardar después las filas rechazadas para corregirlas y volver a importarlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row can be imported. Nothing has changed yet: press Import to do it.</source>
        <translation>Todas las filas se pueden importar. Todavía no ha cambiado nada: pulse Importar para hacerlo.</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows are listed.</source>
        <translation>Se muestran las primeras %1 de %2 filas.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportCountsView</name>
    <message>
        <source>Rows that cannot be imported as they are, each with the reason; they can be saved, fixed and imported again</source>
        <translation>Filas que no se pueden importar tal como están, cada una con su motivo; se pueden guardar, corregir y volver a importar</translation>
    </message>
    <message>
        <source>new referrals</source>
        <translation>nuevos referidos</translation>
    </message>
    <message>
        <source>Orders with an advocate&apos;s referral code, or a referrer named, and no referral yet: recorded as new referrals (converted when the order has a value)</source>
        <translation>Pedidos con el código de referido de un embajador, o con un recomendador indicado, y sin referido todavía: se registran como nuevos referidos (convertidos si el pedido tiene importe)</translation>
    </message>
    <message>
        <source>converted</source>
        <translation>convertidos</translation>
    </message>
    <message>
        <source>Open referrals whose friend ordered: marked converted with the order&apos;s value, rewards as the campaign says</source>
        <translation>Referidos abiertos cuyo amigo ha hecho un pedido: se marcan como convertidos con el importe del pedido, con las recompensas que indique la campaña</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitidos</translation>
    </message>
    <message>
        <source>Ordinary orders without a referral, refunds and cancellations, and orders already recorded</source>
        <translation>Pedidos normales sin referido, reembolsos y cancelaciones, y pedidos ya registrados</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadidas</translation>
    </message>
    <message>
        <source>New mentions; negative ones join the response queue</source>
        <translation>Menciones nuevas; las negativas pasan a la cola de respuestas</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizados</translation>
    </message>
    <message>
        <source>Mentions are never changed by an import</source>
        <translation>Una importación nunca cambia las menciones</translation>
    </message>
    <message>
        <source>Mentions already in Grapevine: the same link, or the same time, channel, author and text</source>
        <translation>Menciones que ya están en Grapevine: el mismo enlace, o la misma hora, canal, autor y texto</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creados</translation>
    </message>
    <message>
        <source>New advocates: people not yet in Grapevine</source>
        <translation>Embajadores nuevos: personas que aún no están en Grapevine</translation>
    </message>
    <message>
        <source>Advocates already in Grapevine (same email) whose details change</source>
        <translation>Embajadores que ya están en Grapevine (mismo correo electrónico) cuyos datos cambian</translation>
    </message>
    <message>
        <source>Rows left as they are: the advocate exists and nothing changes, or duplicates are skipped</source>
        <translation>Filas que se dejan como están: el embajador existe y no cambia nada, o se omiten los duplicados</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>filas rechazadas</translation>
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
        <translation>Exporte los pedidos de su tienda (Shopify, WooCommerce, Square, Stripe…) o lleve una lista de referidos en una hoja de cálculo. Un pedido de un amigo referido, o con el código de referido de un embajador, marca el referido como convertido con el importe del pedido; las recompensas siguen las reglas de la campaña. Los pedidos ya registrados se omiten.</translation>
    </message>
    <message>
        <source>Export the mentions from your social-listening tool (Brand24, Mention, Talkwalker…) or your reviews from Google or Trustpilot. Complaints join the response queue. Mentions already in Grapevine are skipped.</source>
        <translation>Exporte las menciones de su herramienta de escucha social (Brand24, Mention, Talkwalker…) o sus reseñas de Google o Trustpilot. Las quejas pasan a la cola de respuestas. Las menciones que ya están en Grapevine se omiten.</translation>
    </message>
    <message>
        <source>Grapevine knows the exports of Shopify, WooCommerce, HubSpot, Mailchimp, Square, Stripe, Klaviyo, and Google and Outlook contacts, and reads any other file with a column of email addresses. People already in Grapevine are recognised by their email, so importing this week&apos;s export again only brings in what changed.</source>
        <translation>Grapevine conoce las exportaciones de Shopify, WooCommerce, HubSpot, Mailchimp, Square, Stripe, Klaviyo y los contactos de Google y Outlook, y lee cualquier otro archivo con una columna de direcciones de correo electrónico. Las personas que ya están en Grapevine se reconocen por su correo electrónico, así que si vuelve a importar la exportación de esta semana solo entra lo que ha cambiado.</translation>
    </message>
    <message>
        <source>orders or referrals</source>
        <translation>pedidos o referidos</translation>
    </message>
    <message>
        <source>mentions or reviews</source>
        <translation>menciones o reseñas</translation>
    </message>
    <message>
        <source>customers or contacts</source>
        <translation>clientes o contactos</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Elegir el archivo</translation>
    </message>
    <message>
        <source>Export the list from your shop, CRM or tool as a CSV file, or save a spreadsheet as CSV. Nothing changes in Grapevine until the last step.</source>
        <translation>Exporte la lista de su tienda, CRM o herramienta como archivo CSV, o guarde una hoja de cálculo como CSV. No cambia nada en Grapevine hasta el último paso.</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>El archivo contiene:</translation>
    </message>
    <message>
        <source>C&amp;ustomers or contacts</source>
        <translation>&amp;Clientes o contactos</translation>
    </message>
    <message>
        <source>&amp;Orders or referrals</source>
        <translation>&amp;Pedidos o referidos</translation>
    </message>
    <message>
        <source>&amp;Mentions or reviews</source>
        <translation>&amp;Menciones o reseñas</translation>
    </message>
    <message>
        <source>People to keep as advocates: customers, partners, staff, subscribers</source>
        <translation>Personas que quiere tener como embajadores: clientes, socios, empleados, suscriptores</translation>
    </message>
    <message>
        <source>A shop&apos;s orders, to find the referrals that converted and their order values</source>
        <translation>Los pedidos de una tienda, para encontrar los referidos que se han convertido y el importe de sus pedidos</translation>
    </message>
    <message>
        <source>Posts, comments and reviews that mention the business</source>
        <translation>Publicaciones, comentarios y reseñas que mencionan el negocio</translation>
    </message>
    <message>
        <source>Drop a CSV or text file here, or</source>
        <translation>Suelte aquí un archivo CSV o de texto, o</translation>
    </message>
    <message>
        <source>Choose the exported file (CSV or tab-separated text)</source>
        <translation>Elegir el archivo exportado (CSV o texto separado por tabuladores)</translation>
    </message>
    <message>
        <source>Recognised: %1 export</source>
        <translation>Reconocido: exportación de %1</translation>
    </message>
    <message>
        <source>Recognised: %1 contacts export</source>
        <translation>Reconocido: exportación de contactos de %1</translation>
    </message>
    <message>
        <source>Recognised: %1 customers export</source>
        <translation>Reconocido: exportación de clientes de %1</translation>
    </message>
    <message>
        <source>Its columns say it holds %1, so that is how it is imported; choose another kind above if not.</source>
        <translation>Sus columnas indican que contiene %1, así que se importa como tal; si no es así, elija otro tipo arriba.</translation>
    </message>
    <message>
        <source>Its columns look like %1 rather than %2. If so, choose “%3” above.</source>
        <translation>Sus columnas parecen de %1 y no de %2. Si es así, elija «%3» arriba.</translation>
    </message>
    <message>
        <source>%1 — the columns are matched already.</source>
        <extracomment>%1 is &quot;Recognised: Shopify customers export&quot;</extracomment>
        <translation>%1: las columnas ya están asignadas.</translation>
    </message>
    <message>
        <source>Not one of the exports Grapevine knows by name, but its columns were matched by their headings. You can check the matches in two steps.</source>
        <translation>No es ninguna de las exportaciones que Grapevine conoce por su nombre, pero sus columnas se han asignado por sus encabezados. Puede revisar las asignaciones dentro de dos pasos.</translation>
    </message>
    <message>
        <source>Grapevine did not find a column of email addresses by its heading. You will choose it in the column mapping, two steps from here.</source>
        <translation>Grapevine no ha encontrado por su encabezado ninguna columna de direcciones de correo electrónico. La elegirá en la asignación de columnas, dentro de dos pasos.</translation>
    </message>
    <message>
        <source>Grapevine did not find the columns it needs by their headings. You will choose them in the column mapping, two steps from here.</source>
        <translation>Grapevine no ha encontrado por sus encabezados las columnas que necesita. Las elegirá en la asignación de columnas, dentro de dos pasos.</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Archivos CSV y de texto (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Choose Another File…</source>
        <translation>&amp;Elegir otro archivo…</translation>
    </message>
    <message>
        <source>%1 — reading…</source>
        <translation>%1: leyendo…</translation>
    </message>
    <message>
        <source>about %1 rows</source>
        <translation>unas %1 filas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
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
            <numerusform>%Ln columna</numerusform>
            <numerusform>%Ln columnas</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is empty: there is nothing to import.</source>
        <translation>El archivo está vacío: no hay nada que importar.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportHistoryDialog</name>
    <message>
        <source>The import history cannot be read.</source>
        <translation>No se puede leer el historial de importaciones.</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>&amp;Deshacer importación…</translation>
    </message>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation>&amp;Guardar filas rechazadas…</translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>Historial de importaciones</translation>
    </message>
    <message>
        <source>Every import, newest first. An import can be undone as a whole: what it added is deleted and what it changed is put back.</source>
        <translation>Todas las importaciones, de la más reciente a la más antigua. Una importación se puede deshacer entera: se elimina lo que añadió y se restaura lo que cambió.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creados</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>Nothing has been imported yet. File → Import brings in your shop&apos;s or CRM&apos;s customer list, its orders, or your mentions.</source>
        <translation>Aún no se ha importado nada. Archivo → Importar trae la lista de clientes de su tienda o CRM, sus pedidos o sus menciones.</translation>
    </message>
    <message>
        <source>Delete what the selected import added and put back what it changed</source>
        <translation>Eliminar lo que añadió la importación seleccionada y restaurar lo que cambió</translation>
    </message>
    <message>
        <source>Save the rows the selected import rejected, with the reason, as a CSV file to fix and import again</source>
        <translation>Guardar las filas que rechazó la importación seleccionada, con el motivo, en un archivo CSV para corregirlas y volver a importarlas</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecha</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referidos</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <source>Import number %1</source>
        <translation>Importación número %1</translation>
    </message>
    <message>
        <source>%1 (%2, values separated by “%3”)</source>
        <translation>%1 (%2, valores separados por «%3»)</translation>
    </message>
    <message>
        <source>Undone on %1</source>
        <translation>Deshecha el %1</translation>
    </message>
    <message>
        <source>This import was undone already</source>
        <translation>Esta importación ya se deshizo</translation>
    </message>
    <message>
        <source>The database is read-only</source>
        <translation>La base de datos es de solo lectura</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportMappingPage</name>
    <message>
        <source>&amp;Save as Preset…</source>
        <translation>&amp;Guardar asignación…</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds. Columns set to “Don&apos;t import” are left out.</source>
        <translation>Elija qué contiene cada columna del archivo. Las columnas marcadas como «No importar» se omiten.</translation>
    </message>
    <message>
        <source>Apply a column mapping saved for an earlier file</source>
        <translation>Aplicar una asignación de columnas guardada para un archivo anterior</translation>
    </message>
    <message>
        <source>Save these matches under a name, to apply them to next week&apos;s file in one go</source>
        <translation>Guardar estas asignaciones con un nombre, para aplicarlas de una vez al archivo de la semana que viene</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>&amp;Asignación guardada:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Values in the first rows</source>
        <translation>Valores de las primeras filas</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <source>What the column “%1” holds</source>
        <translation>Qué contiene la columna «%1»</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>No importar</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1.&lt;/b&gt; Every column Grapevine knows is matched already; nothing needs changing. Check the matches below if you like.</source>
        <translation>&lt;b&gt;%1.&lt;/b&gt; Todas las columnas que Grapevine conoce ya están asignadas; no hace falta cambiar nada. Si quiere, revise las asignaciones a continuación.</translation>
    </message>
    <message>
        <source>Grapevine matched the columns by their headings. Check each match below, and choose what any column it did not recognise holds.</source>
        <translation>Grapevine ha asignado las columnas por sus encabezados. Revise cada asignación a continuación y elija qué contiene cada columna que no ha reconocido.</translation>
    </message>
    <message>
        <source>Matched automatically</source>
        <translation>Asignación automática</translation>
    </message>
    <message>
        <source>Matched automatically (%1)</source>
        <comment>the export&apos;s tool</comment>
        <translation>Asignación automática (%1)</translation>
    </message>
    <message>
        <source>Changed by hand. Save as a preset to use these matches again.</source>
        <translation>Cambiada a mano. Guárdela como asignación para volver a usarla.</translation>
    </message>
    <message>
        <source>“%1” now comes from “%2” instead of “%3”.</source>
        <translation>«%1» procede ahora de «%2» en lugar de «%3».</translation>
    </message>
    <message>
        <source>Cannot Apply the Mapping</source>
        <translation>No se puede aplicar la asignación</translation>
    </message>
    <message>
        <source>The saved mapping “%1” no longer exists.</source>
        <translation>La asignación guardada «%1» ya no existe.</translation>
    </message>
    <message>
        <source>“%1” was saved for another kind of file; nothing of it applies here.</source>
        <translation>«%1» se guardó para otro tipo de archivo; no se puede aplicar nada de ella aquí.</translation>
    </message>
    <message>
        <source>Applied “%1”.</source>
        <translation>Se ha aplicado «%1».</translation>
    </message>
    <message>
        <source>Applied “%1”, but this file has no column called %2: those details are not imported.</source>
        <translation>Se ha aplicado «%1», pero este archivo no tiene ninguna columna llamada %2: esos datos no se importan.</translation>
    </message>
    <message>
        <source>Applied your saved mapping “%1”: this file has all its columns.</source>
        <translation>Se ha aplicado su asignación guardada «%1»: este archivo tiene todas sus columnas.</translation>
    </message>
    <message>
        <source>Save Column Mapping</source>
        <translation>Guardar asignación de columnas</translation>
    </message>
    <message>
        <source>A name for these matches, such as “Weekly Shopify export”:</source>
        <translation>Un nombre para estas asignaciones, como «Exportación semanal de Shopify»:</translation>
    </message>
    <message>
        <source>Replace the Saved Mapping?</source>
        <translation>¿Sustituir la asignación guardada?</translation>
    </message>
    <message>
        <source>A mapping called “%1” is saved already. Replace it with these matches?</source>
        <translation>Ya hay una asignación guardada con el nombre «%1». ¿Quiere sustituirla por estas asignaciones?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sustituir</translation>
    </message>
    <message>
        <source>Cannot Save the Mapping</source>
        <translation>No se puede guardar la asignación</translation>
    </message>
    <message>
        <source>Saved as “%1”. Choose it here next time.</source>
        <translation>Guardada como «%1». Elíjala aquí la próxima vez.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln column(s) will be imported.</source>
        <translation>
            <numerusform>Se importarán %1 de %Ln columna.</numerusform>
            <numerusform>Se importarán %1 de %Ln columnas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportOptionsPage</name>
    <message>
        <source>DD/MM/YYYY (day first)</source>
        <translation>DD/MM/AAAA (primero el día)</translation>
    </message>
    <message>
        <source>MM/DD/YYYY (month first)</source>
        <translation>MM/DD/AAAA (primero el mes)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (year first)</source>
        <translation>AAAA-MM-DD (primero el año)</translation>
    </message>
    <message>
        <source>&amp;Update them</source>
        <translation>&amp;Actualizarlos</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>&amp;Omitirlos</translation>
    </message>
    <message>
        <source>&amp;Fill in empty details only</source>
        <translation>&amp;Rellenar solo los datos vacíos</translation>
    </message>
    <message>
        <source>The order of day, month and year in the file&apos;s dates</source>
        <translation>El orden del día, el mes y el año en las fechas del archivo</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>The character before the cents in amounts of money</source>
        <translation>El carácter que va antes de los céntimos en los importes</translation>
    </message>
    <message>
        <source>Point: 1,234.50</source>
        <translation>Punto: 1,234.50</translation>
    </message>
    <message>
        <source>Comma: 1.234,50</source>
        <translation>Coma: 1.234,50</translation>
    </message>
    <message>
        <source>Dates and amounts</source>
        <translation>Fechas e importes</translation>
    </message>
    <message>
        <source>&amp;Date format:</source>
        <translation>Formato de &amp;fecha:</translation>
    </message>
    <message>
        <source>Decimal &amp;separator:</source>
        <translation>&amp;Separador decimal:</translation>
    </message>
    <message>
        <source>When someone is an advocate already</source>
        <translation>Si alguien ya es embajador</translation>
    </message>
    <message>
        <source>The file&apos;s values replace the stored ones. Empty cells never erase anything.</source>
        <translation>Los valores del archivo sustituyen a los guardados. Las celdas vacías nunca borran nada.</translation>
    </message>
    <message>
        <source>People already in Grapevine are left exactly as they are; only new people are added.</source>
        <translation>Las personas que ya están en Grapevine se dejan exactamente como están; solo se añaden las personas nuevas.</translation>
    </message>
    <message>
        <source>Only details that are empty in Grapevine are taken from the file; nothing stored is changed.</source>
        <translation>Del archivo solo se toman los datos que están vacíos en Grapevine; no se cambia nada de lo guardado.</translation>
    </message>
    <message>
        <source>Dates, amounts and people you have already</source>
        <translation>Fechas, importes y personas que ya tiene</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Say how the file writes dates and amounts, and what to do when someone in the file is an advocate already (the same email).</source>
        <translation>Indique cómo escribe el archivo las fechas y los importes, y qué hacer cuando alguien del archivo ya es embajador (el mismo correo electrónico).</translation>
    </message>
    <message>
        <source>Say how the file writes dates and amounts.</source>
        <translation>Indique cómo escribe el archivo las fechas y los importes.</translation>
    </message>
    <message>
        <source>Say how the file writes dates.</source>
        <translation>Indique cómo escribe el archivo las fechas.</translation>
    </message>
    <message>
        <source>No column is imported as “%1”, so no dates are read.</source>
        <translation>Ninguna columna se importa como «%1», así que no se lee ninguna fecha.</translation>
    </message>
    <message>
        <source>(all empty)</source>
        <translation>(todas vacías)</translation>
    </message>
    <message>
        <source>Dates in “%1”, such as %2. Detected: %3.</source>
        <translation>Fechas en «%1», como %2. Detectado: %3.</translation>
    </message>
    <message>
        <source>Dates in “%1”, such as %2.</source>
        <translation>Fechas en «%1», como %2.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>No column is imported as “%1”, so no amounts are read.</source>
        <translation>Ninguna columna se importa como «%1», así que no se lee ningún importe.</translation>
    </message>
    <message>
        <source>Amounts in “%1” are read with the separator chosen.</source>
        <translation>Los importes de «%1» se leen con el separador elegido.</translation>
    </message>
    <message>
        <source>Detected in “%1”: a comma before the cents.</source>
        <translation>Detectado en «%1»: una coma antes de los céntimos.</translation>
    </message>
    <message>
        <source>Detected in “%1”: a point before the cents.</source>
        <translation>Detectado en «%1»: un punto antes de los céntimos.</translation>
    </message>
    <message>
        <source>Each amount in “%1” decides for itself: a separator followed by one or two digits at the end is taken as the cents.</source>
        <translation>Cada importe de «%1» se interpreta por separado: un separador seguido de una o dos cifras al final se toma como los céntimos.</translation>
    </message>
    <message>
        <source>%1 Currency symbols and codes ($, €, EUR) and thousands separators are recognised and left out.</source>
        <extracomment>Follows what was detected about the decimal separator</extracomment>
        <translation>%1 Los símbolos y códigos de moneda ($, €, EUR) y los separadores de miles se reconocen y se omiten.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportPreviewLoader</name>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
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
        <translation>La línea %1 tiene un problema:
%2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>(extra value)</source>
        <translation>(valor de más)</translation>
    </message>
    <message>
        <source>The line of the file where the row starts</source>
        <translation>La línea del archivo en la que empieza la fila</translation>
    </message>
    <message>
        <source>Some rows have more values than the file has columns</source>
        <translation>Algunas filas tienen más valores que columnas tiene el archivo</translation>
    </message>
    <message>
        <source>“%1” is not imported</source>
        <translation>«%1» no se importa</translation>
    </message>
    <message>
        <source>“%1” is imported as %2</source>
        <translation>«%1» se importa como %2</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportPreviewPage</name>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
    <message>
        <source>The first row holds the column &amp;names</source>
        <translation>La primera fila contiene los &amp;nombres de las columnas</translation>
    </message>
    <message>
        <source>Check how the file is read</source>
        <translation>Comprobar cómo se lee el archivo</translation>
    </message>
    <message>
        <source>Grapevine detected how the file is written. If names with accents look wrong or all values sit in one column, change the settings below: the preview follows at once.</source>
        <translation>Grapevine ha detectado cómo está escrito el archivo. Si los nombres con acentos no se ven bien o todos los valores aparecen en una sola columna, cambie los ajustes de abajo: la vista previa se actualiza al instante.</translation>
    </message>
    <message>
        <source>How the file&apos;s characters are stored. Change it when accents or other letters look wrong in the preview.</source>
        <translation>Cómo se guardan los caracteres del archivo. Cámbiela si los acentos u otras letras no se ven bien en la vista previa.</translation>
    </message>
    <message>
        <source>The character between two values of a row. Change it when the preview shows everything in one column.</source>
        <translation>El carácter que separa dos valores de una fila. Cámbielo si la vista previa lo muestra todo en una sola columna.</translation>
    </message>
    <message>
        <source>Clear this when the first row is already data, not headings: the columns are then called “Column 1”, “Column 2”…</source>
        <translation>Desmárquelo si la primera fila ya contiene datos y no encabezados: las columnas se llamarán entonces «Columna 1», «Columna 2»…</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Las primeras filas del archivo</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>Values separated &amp;by:</source>
        <translation>Valores separados &amp;por:</translation>
    </message>
    <message>
        <source>Detected: the file starts with a mark that names its encoding.</source>
        <translation>Detectada: el archivo empieza con una marca que indica su codificación.</translation>
    </message>
    <message>
        <source>Assumed: the file is not Unicode, and Windows-1252 is what Excel on Windows saves. If accents look wrong below, try another encoding.</source>
        <translation>Supuesta: el archivo no es Unicode, y Windows-1252 es lo que guarda Excel en Windows. Si los acentos no se ven bien abajo, pruebe otra codificación.</translation>
    </message>
    <message>
        <source>Detected from the file&apos;s characters.</source>
        <translation>Detectado a partir de los caracteres del archivo.</translation>
    </message>
    <message>
        <source>%1 — detected</source>
        <comment>encoding or delimiter</comment>
        <translation>%1 (detectado)</translation>
    </message>
    <message numerus="yes">
        <source>Detected: most rows have %Ln value(s) this way.</source>
        <translation>
            <numerusform>Detectado: así, la mayoría de las filas tienen %Ln valor.</numerusform>
            <numerusform>Detectado: así, la mayoría de las filas tienen %Ln valores.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 of about %2 rows.</source>
        <translation>Las primeras %1 de unas %2 filas.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln row(s) of the file.</source>
        <translation>
            <numerusform>La única fila del archivo (%Ln).</numerusform>
            <numerusform>Las %Ln filas del archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with a problem are highlighted: point at one to see why. The import leaves such rows out and lists them, so they can be fixed and imported again.</source>
        <translation>
            <numerusform>Se resalta %Ln fila con un problema: señálela para ver el motivo. La importación omite esa fila y la enumera, para que se pueda corregir y volver a importar.</numerusform>
            <numerusform>Se resaltan %Ln filas con un problema: señale una para ver el motivo. La importación omite esas filas y las enumera, para que se puedan corregir y volver a importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found in these rows.</source>
        <translation>No se han encontrado problemas en estas filas.</translation>
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
        <translation>Progreso de la importación</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>queda aproximadamente %n segundo</numerusform>
            <numerusform>quedan unos %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>queda aproximadamente %n minuto</numerusform>
            <numerusform>quedan unos %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>queda aproximadamente %n hora</numerusform>
            <numerusform>quedan unas %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln row(s) read. Taking the trial back so that nothing changes…</source>
        <translation>
            <numerusform>Se ha leído la única fila (%Ln). Deshaciendo la prueba para que no cambie nada…</numerusform>
            <numerusform>Se han leído las %Ln filas. Deshaciendo la prueba para que no cambie nada…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln row(s) read. Saving the advocates and building the search index; with a large file this last step takes a moment…</source>
        <translation>
            <numerusform>Se ha leído la única fila (%Ln). Guardando los embajadores y creando el índice de búsqueda; con un archivo grande, este último paso tarda un poco…</numerusform>
            <numerusform>Se han leído las %Ln filas. Guardando los embajadores y creando el índice de búsqueda; con un archivo grande, este último paso tarda un poco…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) checked</source>
        <translation>
            <numerusform>%Ln fila comprobada</numerusform>
            <numerusform>%Ln filas comprobadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported</source>
        <translation>
            <numerusform>%Ln fila importada</numerusform>
            <numerusform>%Ln filas importadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows a second</source>
        <translation>%1 filas por segundo</translation>
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
        <translation>Creada</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportRunPage</name>
    <message>
        <source>Cancel Import</source>
        <translation>Cancelar importación</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Everything is saved at once at the end. Cancel stops the import and leaves everything exactly as it was.</source>
        <translation>Todo se guarda de una vez al final. Cancelar detiene la importación y lo deja todo exactamente como estaba.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Stop the import; nothing of it is kept</source>
        <translation>Detener la importación; no se conserva nada de ella</translation>
    </message>
    <message>
        <source>A large file takes a while: about a minute for a hundred thousand rows on a typical laptop. Cancel stays possible until the very end.</source>
        <translation>Un archivo grande tarda un rato: alrededor de un minuto por cada cien mil filas en un portátil normal. Se puede cancelar hasta el último momento.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importando %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Cancelling: taking back what was imported so far…</source>
        <translation>Cancelando: deshaciendo lo importado hasta ahora…</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportRunner</name>
    <message>
        <source>The database cannot be opened for the import: %1</source>
        <translation>No se puede abrir la base de datos para la importación: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>The import stopped unexpectedly.</source>
        <translation>La importación se ha detenido inesperadamente.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportSummaryPage</name>
    <message>
        <source>&amp;Save Rejected Rows…</source>
        <translation>&amp;Guardar filas rechazadas…</translation>
    </message>
    <message>
        <source>&amp;Undo This Import…</source>
        <translation>&amp;Deshacer esta importación…</translation>
    </message>
    <message>
        <source>The rejected rows and why</source>
        <translation>Las filas rechazadas y el motivo</translation>
    </message>
    <message>
        <source>Save the rejected rows as a CSV file: the original columns plus the reason, to fix and import again</source>
        <translation>Guardar las filas rechazadas en un archivo CSV: las columnas originales más el motivo, para corregirlas y volver a importarlas</translation>
    </message>
    <message>
        <source>Delete what this import added and put back what it changed</source>
        <translation>Eliminar lo que añadió esta importación y restaurar lo que cambió</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importación fallida</translation>
    </message>
    <message>
        <source>Cancel stopped the import before anything was saved.</source>
        <translation>Cancelar ha detenido la importación antes de guardar nada.</translation>
    </message>
    <message>
        <source>Something went wrong before the import could be saved.</source>
        <translation>Algo ha fallado antes de que se pudiera guardar la importación.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled. Nothing was imported: Grapevine is exactly as it was.</source>
        <translation>Se ha cancelado la importación de %1. No se ha importado nada: Grapevine está exactamente como estaba.</translation>
    </message>
    <message>
        <source>The import of %1 failed: %2 Nothing was imported: Grapevine is exactly as it was.</source>
        <translation>La importación de %1 ha fallado: %2 No se ha importado nada: Grapevine está exactamente como estaba.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>The import is number %1 in File → Import History, where it can be reviewed and undone later.</source>
        <translation>La importación es la número %1 en Archivo → Historial de importaciones, donde puede revisarse y deshacerse más adelante.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln row(s) read.</source>
        <translation>
            <numerusform>Se ha importado %1: %Ln fila leída.</numerusform>
            <numerusform>Se ha importado %1: %Ln filas leídas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected row(s), with the reason:</source>
        <translation>
            <numerusform>%Ln fila rechazada, con el motivo:</numerusform>
            <numerusform>%Ln filas rechazadas, con el motivo:</numerusform>
        </translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>No se ha rechazado ninguna fila.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more problem(s) are not listed here; the saved file has every rejected row.</source>
        <translation>
            <numerusform>%Ln problema más no aparece aquí; el archivo guardado tiene todas las filas rechazadas.</numerusform>
            <numerusform>%Ln problemas más no aparecen aquí; el archivo guardado tiene todas las filas rechazadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save them, fix them in the saved file, and import that file again.</source>
        <translation>Guárdelas, corríjalas en el archivo guardado y vuelva a importar ese archivo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were imported with a remark, such as line %1: %2</source>
        <translation>
            <numerusform>%Ln fila se ha importado con una observación, como la línea %1: %2</numerusform>
            <numerusform>%Ln filas se han importado con una observación, como la línea %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Importación deshecha</translation>
    </message>
    <message>
        <source>Everything this import did was taken back. File → Import History keeps its record.</source>
        <translation>Se ha deshecho todo lo que hizo esta importación. Archivo → Historial de importaciones conserva su registro.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ImportWizard</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Import Orders or Referrals</source>
        <translation>Importar pedidos o referidos</translation>
    </message>
    <message>
        <source>Import Mentions</source>
        <translation>Importar menciones</translation>
    </message>
    <message>
        <source>Import Customers</source>
        <translation>Importar clientes</translation>
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
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitaciones</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Plantilla del mensaje</translation>
    </message>
    <message>
        <source>Insert Field</source>
        <translation>Insertar campo</translation>
    </message>
    <message>
        <source>%1	%2</source>
        <extracomment>A menu entry: a merge field&apos;s name and how it is written in the message</extracomment>
        <translation>%1	%2</translation>
    </message>
    <message>
        <source>Use Default Text</source>
        <translation>Usar texto predeterminado</translation>
    </message>
    <message>
        <source>Save Message</source>
        <translation>Guardar mensaje</translation>
    </message>
    <message>
        <source>Personal Link</source>
        <translation>Enlace personal</translation>
    </message>
    <message>
        <source>Landing page:</source>
        <translation>Página de destino:</translation>
    </message>
    <message>
        <source>Tracking:</source>
        <translation>Seguimiento:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Type a name, email or referral code</source>
        <translation>Escriba un nombre, un correo electrónico o un código de referido</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Vista previa del mensaje</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Vista previa para:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Export Mail-Merge CSV…</source>
        <translation>Exportar CSV para combinar correspondencia…</translation>
    </message>
    <message>
        <source>A spreadsheet with each advocate&apos;s email, personal link and finished message, for a mail-merge in your email or newsletter program</source>
        <translation>Una hoja de cálculo con el correo electrónico, el enlace personal y el mensaje final de cada embajador, para combinar correspondencia en su programa de correo o de newsletters</translation>
    </message>
    <message>
        <source>Whose cards to print</source>
        <translation>De quién imprimir las tarjetas</translation>
    </message>
    <message>
        <source>Print Referral Cards…</source>
        <translation>Imprimir tarjetas de referido…</translation>
    </message>
    <message>
        <source>A PDF of cards to hand out: name, code and a QR code of the personal link</source>
        <translation>Un PDF de tarjetas para repartir: nombre, código y un código QR del enlace personal</translation>
    </message>
    <message>
        <source>Cards for:</source>
        <translation>Tarjetas para:</translation>
    </message>
    <message>
        <source>Invitations – %1</source>
        <translation>Invitaciones – %1</translation>
    </message>
    <message>
        <source>Personal invitations for “%1”</source>
        <extracomment>%1 is the campaign&apos;s name</extracomment>
        <translation>Invitaciones personales para «%1»</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Each advocate&apos;s link adds ref=&lt;their code&gt;. Change the landing page and tracking in the campaign&apos;s settings.</source>
        <translation>El enlace de cada embajador añade ref=&lt;their code&gt; (su código de referido). Cambie la página de destino y el seguimiento en la configuración de la campaña.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln advocate(s) agreed to receive invitations and have an email address.</source>
        <translation>
            <numerusform>%Ln embajador ha aceptado recibir invitaciones y tiene dirección de correo electrónico.</numerusform>
            <numerusform>%Ln embajadores han aceptado recibir invitaciones y tienen dirección de correo electrónico.</numerusform>
        </translation>
    </message>
    <message>
        <source>No advocate has agreed to receive invitations yet. Record their consent on the Advocates page; until then the preview shows an example.</source>
        <translation>Aún no hay ningún embajador que haya aceptado recibir invitaciones. Registre su consentimiento en la página Embajadores; hasta entonces, la vista previa muestra un ejemplo.</translation>
    </message>
    <message>
        <source>Unsaved Message</source>
        <translation>Mensaje sin guardar</translation>
    </message>
    <message>
        <source>The message has changes that are not saved. Close without saving them?</source>
        <translation>El mensaje tiene cambios sin guardar. ¿Cerrar sin guardarlos?</translation>
    </message>
    <message>
        <source>Close Without Saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Not a merge field, so it would be sent exactly as typed: %1. Use Insert Field to add one.</source>
        <translation>No es un campo combinado, así que se enviaría tal como está escrito: %1. Use Insertar campo para añadir uno.</translation>
    </message>
    <message>
        <source>The message contains %1, which is not a merge field and would be sent exactly as typed. Save it anyway?</source>
        <translation>El mensaje contiene %1, que no es un campo combinado y se enviaría tal como está escrito. ¿Guardarlo de todos modos?</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>Showing the message for %1 (%2).</source>
        <translation>Se muestra el mensaje para %1 (%2).</translation>
    </message>
    <message>
        <source>No advocate can be previewed yet, so this shows an example.</source>
        <translation>Aún no se puede previsualizar ningún embajador, así que se muestra un ejemplo.</translation>
    </message>
    <message>
        <source>No personal link (see Personal Link).</source>
        <translation>Sin enlace personal (véase Enlace personal).</translation>
    </message>
    <message>
        <source>Personal link: %1</source>
        <translation>Enlace personal: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln advocate(s) who agreed</source>
        <translation>
            <numerusform>El único embajador que ha aceptado (%Ln)</numerusform>
            <numerusform>Los %Ln embajadores que han aceptado</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
    <message>
        <source>%1 invitations</source>
        <extracomment>A file name: %1 is the campaign&apos;s name</extracomment>
        <translation>%1 - invitaciones</translation>
    </message>
    <message>
        <source>%1 referral cards</source>
        <translation>%1 - tarjetas de referido</translation>
    </message>
    <message>
        <source>No One to Invite</source>
        <translation>No hay nadie a quien invitar</translation>
    </message>
    <message>
        <source>No advocate has agreed to receive invitations yet, so there is nothing to export. Record an advocate&apos;s consent (and email address) on the Advocates page first.</source>
        <translation>Aún no hay ningún embajador que haya aceptado recibir invitaciones, así que no hay nada que exportar. Registre primero el consentimiento (y el correo electrónico) de un embajador en la página Embajadores.</translation>
    </message>
    <message>
        <source>Export Mail-Merge CSV</source>
        <translation>Exportar CSV para combinar correspondencia</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Writing the invitations…</source>
        <translation>Escribiendo las invitaciones…</translation>
    </message>
    <message>
        <source>No advocate has agreed to receive invitations, so the file only has the column names.</source>
        <translation>Ningún embajador ha aceptado recibir invitaciones, así que el archivo solo tiene los nombres de las columnas.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln invitation(s) to %1.</source>
        <translation>
            <numerusform>Se ha escrito %Ln invitación en %1.</numerusform>
            <numerusform>Se han escrito %Ln invitaciones en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Referral Cards</source>
        <translation>Imprimir tarjetas de referido</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Archivos PDF (*.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Making the referral cards…</source>
        <translation>Creando las tarjetas de referido…</translation>
    </message>
    <message>
        <source>This advocate no longer agrees to receive invitations, so no card was made.</source>
        <translation>Este embajador ya no acepta recibir invitaciones, así que no se ha creado ninguna tarjeta.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln referral card(s) to %1. Print it at 100% (actual size) so the QR codes scan well.</source>
        <translation>
            <numerusform>Se ha escrito %Ln tarjeta de referido en %1. Imprímalo al 100 % (tamaño real) para que los códigos QR se escaneen bien.</numerusform>
            <numerusform>Se han escrito %Ln tarjetas de referido en %1. Imprímalo al 100 % (tamaño real) para que los códigos QR se escaneen bien.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grapevine::ui::LeaderboardView</name>
    <message>
        <source>Rank advocates over all campaigns, or within one</source>
        <translation>Clasificar a los embajadores en todas las campañas o dentro de una</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln advocate(s) who brought the most customers, by conversions, then referrals made.</source>
        <translation>
            <numerusform>El embajador que ha traído más clientes (%Ln), por conversiones y después por referidos hechos.</numerusform>
            <numerusform>Los %Ln embajadores que han traído más clientes, por conversiones y después por referidos hechos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No referrals yet. The leaderboard fills as advocates refer friends who buy.</source>
        <translation>Aún no hay referidos. La clasificación se irá llenando a medida que los embajadores recomienden a amigos que compren.</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Todas las campañas</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::MainWindow</name>
    <message>
        <source>Grapevine databases (*.sqlite *.grapevine *.db);;All files (*)</source>
        <translation>Bases de datos de Grapevine (*.sqlite *.grapevine *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Grapevine</source>
        <translation>Grapevine</translation>
    </message>
    <message>
        <source>Open a database or create a new one to start.</source>
        <translation>Abra una base de datos o cree una nueva para empezar.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>The Mentions entry of the navigation, %2 the number of complaints overdue for an answer</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message numerus="yes">
        <source>%Ln negative mention(s) overdue for a response</source>
        <translation>
            <numerusform>%Ln mención negativa fuera de plazo de respuesta</numerusform>
            <numerusform>%Ln menciones negativas fuera de plazo de respuesta</numerusform>
        </translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Referrals, revenue, ROI and mentions at a glance</source>
        <translation>Referidos, ingresos, ROI y menciones de un vistazo</translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation>Embajadores</translation>
    </message>
    <message>
        <source>The people who recommend your business</source>
        <translation>Las personas que recomiendan su negocio</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Referral programs and their rewards</source>
        <translation>Programas de referidos y sus recompensas</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referidos</translation>
    </message>
    <message>
        <source>Who referred whom, and how far each referral got</source>
        <translation>Quién recomendó a quién y hasta dónde llegó cada referido</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Recompensas</translation>
    </message>
    <message>
        <source>Rewards to approve and pay, and the leaderboard</source>
        <translation>Recompensas que aprobar y pagar, y la clasificación</translation>
    </message>
    <message>
        <source>Reviews, posts and conversations about your business</source>
        <translation>Reseñas, publicaciones y conversaciones sobre su negocio</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Reports to print, save as PDF or share</source>
        <translation>Informes para imprimir, guardar como PDF o compartir</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>No hay ninguna base de datos abierta</translation>
    </message>
    <message>
        <source>Open a Database…</source>
        <translation>Abrir una base de datos…</translation>
    </message>
    <message>
        <source>Create a New Database…</source>
        <translation>Crear una base de datos nueva…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>Create a new, empty database for a business</source>
        <translation>Crear una base de datos nueva y vacía para un negocio</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open an existing Grapevine database</source>
        <translation>Abrir una base de datos de Grapevine existente</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>Write a complete copy of the open database to another file</source>
        <translation>Escribir una copia completa de la base de datos abierta en otro archivo</translation>
    </message>
    <message>
        <source>&amp;Import Customers…</source>
        <translation>&amp;Importar clientes…</translation>
    </message>
    <message>
        <source>Import the customer list your shop, CRM or mailing tool exports as CSV</source>
        <translation>Importar la lista de clientes que su tienda, CRM o herramienta de correo exporta como CSV</translation>
    </message>
    <message>
        <source>Import &amp;Orders or Referrals…</source>
        <translation>Importar &amp;pedidos o referidos…</translation>
    </message>
    <message>
        <source>Import your shop&apos;s orders to mark referred friends&apos; purchases as conversions</source>
        <translation>Importar los pedidos de su tienda para marcar como conversiones las compras de los amigos referidos</translation>
    </message>
    <message>
        <source>Import &amp;Mentions…</source>
        <translation>Importar &amp;menciones…</translation>
    </message>
    <message>
        <source>Import the mentions and reviews your social-listening tool exports</source>
        <translation>Importar las menciones y reseñas que exporta su herramienta de escucha social</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>&amp;Historial de importaciones…</translation>
    </message>
    <message>
        <source>Review earlier imports and undo one as a whole</source>
        <translation>Revisar las importaciones anteriores y deshacer una entera</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Grapevine</source>
        <translation>&amp;Acerca de Grapevine</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Cannot Create Database</source>
        <translation>No se puede crear la base de datos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Grapevine never replaces an existing file with an empty database: choose a new file name, or open the file with File → Open.</source>
        <translation>«%1» ya existe. Grapevine nunca sustituye un archivo existente por una base de datos vacía: elija un nombre de archivo nuevo o abra el archivo con Archivo → Abrir.</translation>
    </message>
    <message>
        <source>%1 — Grapevine</source>
        <translation>%1 — Grapevine</translation>
    </message>
    <message>
        <source>The database file that is open</source>
        <translation>El archivo de base de datos que está abierto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1 You can look at everything, but nothing can be changed. Use File → Save a Copy to make an editable copy.</source>
        <translation>&lt;b&gt;Solo lectura.&lt;/b&gt; %1 Puede verlo todo, pero no se puede cambiar nada. Use Archivo → Guardar una copia para crear una copia editable.</translation>
    </message>
    <message>
        <source>Created a new database at %1.</source>
        <translation>Se ha creado una base de datos nueva en %1.</translation>
    </message>
    <message>
        <source>Updated the database to version %1. A copy of the old version is at %2.</source>
        <translation>Se ha actualizado la base de datos a la versión %1. Hay una copia de la versión anterior en %2.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Se ha abierto %1.</translation>
    </message>
    <message>
        <source>The file is damaged (SQLite reports: %1), so it was opened read-only to keep it from getting worse.</source>
        <translation>El archivo está dañado (SQLite indica: %1), así que se ha abierto en modo de solo lectura para que no empeore.</translation>
    </message>
    <message>
        <source>Damaged Database</source>
        <translation>Base de datos dañada</translation>
    </message>
    <message>
        <source>“%1” is damaged. %2 Restore it from a backup copy, or save a copy to rescue what can still be read.</source>
        <translation>«%1» está dañado. %2 Restáurelo a partir de una copia de seguridad o guarde una copia para rescatar lo que aún se pueda leer.</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Cannot Save a Copy</source>
        <translation>No se puede guardar una copia</translation>
    </message>
    <message>
        <source>Saved a copy to %1.</source>
        <translation>Se ha guardado una copia en %1.</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <extracomment>%1 is a number used as keyboard accelerator, %2 a file path</extracomment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists; it was moved or deleted. It is removed from the recent files.</source>
        <translation>«%1» ya no existe; se ha movido o eliminado. Se quita de los archivos recientes.</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>No hay bases de datos recientes</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Vaciar menú</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <source>The database is read-only (%1), so nothing can be imported into it. Use File → Save a Copy to make an editable copy.</source>
        <translation>La base de datos es de solo lectura (%1), así que no se puede importar nada en ella. Use Archivo → Guardar una copia para crear una copia editable.</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Res&amp;taurar desde copia de seguridad…</translation>
    </message>
    <message>
        <source>Put back one of the daily copies of the open file</source>
        <translation>Recuperar una de las copias diarias del archivo abierto</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>The business&apos;s name, currency and targets; language, exports and backups</source>
        <translation>Nombre, moneda y objetivos del negocio; idioma, exportaciones y copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Bienvenida</translation>
    </message>
    <message>
        <source>Open the sample business, import customers or start an empty file</source>
        <translation>Abrir el negocio de ejemplo, importar clientes o empezar con un archivo vacío</translation>
    </message>
    <message>
        <source>Cannot Open the Sample Business</source>
        <translation>No se puede abrir el negocio de ejemplo</translation>
    </message>
    <message>
        <source>Cannot Make the Sample Business</source>
        <translation>No se puede crear el negocio de ejemplo</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>No se ha podido hacer la copia de seguridad de hoy: %1</translation>
    </message>
    <message>
        <source>Cannot Save the Settings</source>
        <translation>No se puede guardar la configuración</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source>Replace everything in “%1” with the backup “%2”?

What the file holds now is kept as a backup of its own (“before restore”), so you can go back to it the same way.</source>
        <translation>¿Sustituir todo el contenido de «%1» por la copia de seguridad «%2»?

Lo que contiene ahora el archivo se guarda como una copia de seguridad aparte («Antes de una restauración»), así que podrá volver a ello de la misma forma.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Se ha restaurado %1 a partir de %2.</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::MentionDetailsPanel</name>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>What you answered, or will answer (Ctrl+Enter keeps it)</source>
        <translation>Lo que ha respondido o va a responder (Ctrl+Intro lo guarda)</translation>
    </message>
    <message>
        <source>The response is kept with the mention: what was said, and when. Choose Respond once you have answered.</source>
        <translation>La respuesta se guarda con la mención: qué se dijo y cuándo. Elija Responder cuando haya contestado.</translation>
    </message>
    <message>
        <source>Select a mention to see it whole and answer it.</source>
        <translation>Seleccione una mención para verla completa y responderla.</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>reach %1</source>
        <translation>alcance %1</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Embajador</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Incentivised</source>
        <translation>Incentivada</translation>
    </message>
    <message>
        <source>The author was rewarded: any reuse carries the disclosure.</source>
        <translation>El autor recibió una recompensa: cualquier reutilización lleva el aviso de transparencia.</translation>
    </message>
    <message>
        <source>Testimonial</source>
        <extracomment>%1 the day the author allowed the reuse, %2 how (&quot;By e-mail&quot;)</extracomment>
        <translation>Testimonio</translation>
    </message>
    <message>
        <source>Reuse allowed on %1 (%2)</source>
        <translation>Reutilización autorizada el %1 (%2)</translation>
    </message>
    <message>
        <source>(No text was logged.)</source>
        <translation>(No se registró ningún texto.)</translation>
    </message>
    <message>
        <source>Needs a response: %1 (%2).</source>
        <extracomment>%1 is &quot;overdue by 3 h&quot; or &quot;due in 5 h&quot;, %2 the due date and time</extracomment>
        <translation>Requiere respuesta: %1 (%2).</translation>
    </message>
    <message>
        <source>Needs a response.</source>
        <translation>Requiere respuesta.</translation>
    </message>
    <message>
        <source>Reopened; first answered %1.</source>
        <translation>Reabierta; se respondió por primera vez el %1.</translation>
    </message>
    <message>
        <source>Responded %1. Resolve it when nothing more is needed.</source>
        <translation>Respondida el %1. Resuélvala cuando no haga falta nada más.</translation>
    </message>
    <message>
        <source>Resolved %1; responded %2.</source>
        <translation>Resuelta el %1; respondida el %2.</translation>
    </message>
    <message>
        <source>No response needed. If you answered anyway, write what you said and choose Respond.</source>
        <translation>No requiere respuesta. Si aun así respondió, escriba lo que dijo y elija Responder.</translation>
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
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>con %1 de retraso</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>vence en %1</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>The date under a copied testimonial; reorder as your language writes dates</extracomment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>“%1”
— %2</source>
        <extracomment>A copied testimonial: %1 the words, %2 who said it, where and when</extracomment>
        <translation>«%1»
— %2</translation>
    </message>
    <message>
        <source>The author received a reward from us.</source>
        <translation>El autor recibió una recompensa de nuestra parte.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::MentionLogForm</name>
    <message>
        <source>&amp;Incentivised: the author was rewarded</source>
        <translation>&amp;Incentivada: el autor recibió una recompensa</translation>
    </message>
    <message>
        <source>&amp;Log mention</source>
        <translation>&amp;Registrar mención</translation>
    </message>
    <message>
        <source>Paste the link to the review or post (optional)</source>
        <translation>Pegue el enlace a la reseña o publicación (opcional)</translation>
    </message>
    <message>
        <source>Where the mention can be read. A link to Facebook, Instagram, X, LinkedIn, TikTok, YouTube, Google Maps, Yelp or Trustpilot chooses the channel for you.</source>
        <translation>Dónde se puede leer la mención. Un enlace a Facebook, Instagram, X, LinkedIn, TikTok, YouTube, Google Maps, Yelp o Trustpilot elige el canal por usted.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Where the mention appeared. The list is kept in the business settings.</source>
        <translation>Dónde apareció la mención. La lista se mantiene en la configuración del negocio.</translation>
    </message>
    <message>
        <source>When it was said or posted (not when you log it): a complaint&apos;s response is due from then.</source>
        <translation>Cuándo se dijo o publicó (no cuándo lo registra): el plazo de respuesta a una queja cuenta desde entonces.</translation>
    </message>
    <message>
        <source>Who said it (name or handle)</source>
        <translation>Quién lo dijo (nombre o usuario)</translation>
    </message>
    <message>
        <source>Optional: name, e-mail or code</source>
        <translation>Opcional: nombre, correo electrónico o código</translation>
    </message>
    <message>
        <source>Link the mention to one of your advocates: type a few letters of their name or e-mail, or their referral code, and pick them from the list.</source>
        <translation>Vincule la mención a uno de sus embajadores: escriba unas letras de su nombre o correo electrónico, o su código de referido, y elíjalo en la lista.</translation>
    </message>
    <message>
        <source>The campaign the mention came from, if any</source>
        <translation>La campaña de la que procede la mención, si la hay</translation>
    </message>
    <message>
        <source>Optional, e.g. 1200</source>
        <translation>Opcional, p. ej., 1200</translation>
    </message>
    <message>
        <source>About how many people could have seen it: followers, views, or the people in the room</source>
        <translation>Aproximadamente cuántas personas pudieron verla: seguidores, visualizaciones o las personas presentes</translation>
    </message>
    <message>
        <source>Tick when the author was given something for it: a reused testimonial must then say so.</source>
        <translation>Márquelo si el autor recibió algo a cambio: en ese caso, un testimonio reutilizado debe indicarlo.</translation>
    </message>
    <message>
        <source>What was said, or a summary (Ctrl+Enter logs it)</source>
        <translation>Qué se dijo, o un resumen (Ctrl+Intro lo registra)</translation>
    </message>
    <message>
        <source>Store the mention (Enter, or Ctrl+Enter in the text); the form is then ready for the next</source>
        <translation>Guardar la mención (Intro, o Ctrl+Intro en el texto); el formulario queda listo para la siguiente</translation>
    </message>
    <message>
        <source>&amp;Positive</source>
        <translation>&amp;Positiva</translation>
    </message>
    <message>
        <source>Ne&amp;utral</source>
        <translation>Ne&amp;utra</translation>
    </message>
    <message>
        <source>&amp;Negative</source>
        <translation>&amp;Negativa</translation>
    </message>
    <message>
        <source>A negative mention goes into the response queue, due within the response target</source>
        <translation>Una mención negativa pasa a la cola de respuestas, con el plazo de respuesta establecido</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>&amp;Enlace:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>Cuán&amp;do:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>Ad&amp;vocate:</source>
        <translation>Em&amp;bajador:</translation>
    </message>
    <message>
        <source>Sentiment:</source>
        <translation>Sentimiento:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>Ca&amp;mpaña:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>R&amp;each:</source>
        <translation>A&amp;lcance:</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>Sin campaña</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Channel: %1, from the link.</source>
        <translation>Canal: %1, según el enlace.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem with what was typed: %1 names the field (&quot;Channel&quot;), %2 says what is wrong</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Say when the mention happened.</source>
        <translation>Indique cuándo se produjo la mención.</translation>
    </message>
    <message>
        <source>It cannot have happened in the future; it is %1 now.</source>
        <translation>No puede haberse producido en el futuro; ahora es %1.</translation>
    </message>
    <message>
        <source>Choose where the mention appeared.</source>
        <translation>Elija dónde apareció la mención.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Paste the whole link, e.g. https://www.yelp.com/biz/your-shop.</source>
        <translation>«%1» no es una dirección web. Pegue el enlace completo, p. ej., https://www.yelp.com/biz/your-shop.</translation>
    </message>
    <message>
        <source>“%1” is not a number of people. Type about how many could see it, e.g. 1200.</source>
        <translation>«%1» no es un número de personas. Escriba aproximadamente cuántas pudieron verla, p. ej., 1200.</translation>
    </message>
    <message>
        <source>No single advocate matches “%1”. Pick one from the list, or leave the field empty.</source>
        <translation>Ningún embajador coincide exactamente con «%1». Elija uno de la lista o deje el campo vacío.</translation>
    </message>
    <message>
        <source>Write what was said (a summary will do), or paste the link to it.</source>
        <translation>Escriba lo que se dijo (basta con un resumen) o pegue el enlace.</translation>
    </message>
    <message>
        <source>Logged: a mention on %1 (%2).</source>
        <translation>Registrada: una mención en %1 (%2).</translation>
    </message>
    <message>
        <source>Logged: %1 on %2 (%3).</source>
        <translation>Registrada: mención de %1 en %2 (%3).</translation>
    </message>
    <message>
        <source>It is in the response queue, %1.</source>
        <translation>Está en la cola de respuestas; %1.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::MentionSettingsDialog</name>
    <message>
        <source>Mention Settings</source>
        <translation>Configuración de menciones</translation>
    </message>
    <message>
        <source>Double-click a channel to rename it</source>
        <translation>Haga doble clic en un canal para cambiarle el nombre</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Mentions already logged on it keep it</source>
        <translation>Las menciones ya registradas en él lo conservan</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Usual &amp;List</source>
        <translation>Lista &amp;habitual</translation>
    </message>
    <message>
        <source>Go back to the usual channels: Facebook, Instagram, Google review…</source>
        <translation>Volver a los canales habituales: Facebook, Instagram, Reseña de Google…</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>A negative mention is due for a response this long after it was posted</source>
        <translation>Una mención negativa debe responderse en este plazo desde su publicación</translation>
    </message>
    <message>
        <source>Response target:</source>
        <translation>Plazo de respuesta:</translation>
    </message>
    <message>
        <source>Channels offered when you log a mention:</source>
        <translation>Canales que se ofrecen al registrar una mención:</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>Canal nuevo</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::MentionsPage</name>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <source>Log a Mention</source>
        <translation>Registrar una mención</translation>
    </message>
    <message>
        <source>Go to the form above to log what someone said about you (Ctrl+L)</source>
        <translation>Ir al formulario de arriba para registrar lo que alguien ha dicho de usted (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Respond</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <source>Keep the response written in the details as the answer to this mention (Ctrl+Enter in the response)</source>
        <translation>Guardar la respuesta escrita en los detalles como contestación a esta mención (Ctrl+Intro en la respuesta)</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Re&amp;solver</translation>
    </message>
    <message>
        <source>Close the answered mention: the author is satisfied, or nothing more can be done</source>
        <translation>Cerrar la mención respondida: el autor está satisfecho o no se puede hacer nada más</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Re&amp;abrir</translation>
    </message>
    <message>
        <source>Back into the response queue, due a full response target from now (the author wrote again)</source>
        <translation>Volver a la cola de respuestas, con un plazo de respuesta completo a partir de ahora (el autor ha vuelto a escribir)</translation>
    </message>
    <message>
        <source>Mark as &amp;Testimonial…</source>
        <translation>Marcar como &amp;testimonio…</translation>
    </message>
    <message>
        <source>The author allowed you to reuse these words: record when and how</source>
        <translation>El autor le ha permitido reutilizar estas palabras: registre cuándo y cómo</translation>
    </message>
    <message>
        <source>Not a Testimonial</source>
        <translation>No es un testimonio</translation>
    </message>
    <message>
        <source>Stop offering these words as a testimonial (the permission was withdrawn)</source>
        <translation>Dejar de ofrecer estas palabras como testimonio (se retiró el permiso)</translation>
    </message>
    <message>
        <source>&amp;Copy Testimonial</source>
        <translation>&amp;Copiar testimonio</translation>
    </message>
    <message>
        <source>Copy the words with the author and date, and the disclosure when the author was rewarded</source>
        <translation>Copiar las palabras con el autor y la fecha, y el aviso de transparencia si el autor recibió una recompensa</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the mention (Edit → Undo brings it back)</source>
        <translation>Eliminar la mención (Edición → Deshacer la recupera)</translation>
    </message>
    <message>
        <source>Channels &amp;&amp; Target…</source>
        <translation>Canales &amp;&amp; plazo…</translation>
    </message>
    <message>
        <source>Edit the channels offered when you log a mention, and the response target for negative ones</source>
        <translation>Editar los canales que se ofrecen al registrar una mención y el plazo de respuesta de las negativas</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>Exportar a CS&amp;V…</translation>
    </message>
    <message>
        <source>Save the mentions the list shows, or all of them, as a CSV file for a spreadsheet (Ctrl+E)</source>
        <translation>Guardar las menciones que muestra la lista, o todas, en un archivo CSV para una hoja de cálculo (Ctrl+E)</translation>
    </message>
    <message>
        <source>Mention Settings</source>
        <translation>Configuración de menciones</translation>
    </message>
    <message>
        <source>Log a mention</source>
        <translation>Registrar una mención</translation>
    </message>
    <message>
        <source>All mentions</source>
        <translation>Todas las menciones</translation>
    </message>
    <message>
        <source>Every mention, newest first</source>
        <translation>Todas las menciones, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>Response queue</source>
        <translation>Cola de respuestas</translation>
    </message>
    <message>
        <source>Negative mentions waiting for an answer, the one due first on top</source>
        <translation>Menciones negativas pendientes de respuesta, con la de plazo más próximo arriba</translation>
    </message>
    <message>
        <source>Testimonials</source>
        <translation>Testimonios</translation>
    </message>
    <message>
        <source>Positive mentions whose authors allowed their reuse, ready to copy</source>
        <translation>Menciones positivas cuyos autores han autorizado su reutilización, listas para copiar</translation>
    </message>
    <message>
        <source>No mentions yet — log the first one above</source>
        <translation>Aún no hay menciones: registre la primera arriba</translation>
    </message>
    <message>
        <source>Search author, text or link</source>
        <translation>Buscar autor, texto o enlace</translation>
    </message>
    <message>
        <source>Show the mentions of one channel</source>
        <translation>Mostrar las menciones de un canal</translation>
    </message>
    <message>
        <source>Show positive, neutral or negative mentions only</source>
        <translation>Mostrar solo las menciones positivas, neutras o negativas</translation>
    </message>
    <message>
        <source>Any sentiment</source>
        <translation>Cualquier sentimiento</translation>
    </message>
    <message>
        <source>Show the mentions whose answer is at one step</source>
        <translation>Mostrar las menciones cuya respuesta está en un paso concreto</translation>
    </message>
    <message>
        <source>Any response</source>
        <translation>Cualquier respuesta</translation>
    </message>
    <message>
        <source>Show the mentions linked to one campaign</source>
        <translation>Mostrar las menciones vinculadas a una campaña</translation>
    </message>
    <message>
        <source>Any date</source>
        <extracomment>The date filters at their lowest value: no limit</extracomment>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Mentions from this day on (down to the lowest date: any date)</source>
        <translation>Menciones desde este día (en la fecha más baja: cualquier fecha)</translation>
    </message>
    <message>
        <source>Mentions up to and including this day (down to the lowest date: any date)</source>
        <translation>Menciones hasta este día incluido (en la fecha más baja: cualquier fecha)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the filters and the search: show every mention of this view again</source>
        <translation>Borrar los filtros y la búsqueda: volver a mostrar todas las menciones de esta vista</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Todas las campañas</translation>
    </message>
    <message numerus="yes">
        <source>Reviews, posts, comments and what customers tell you in person all count: paste the link or write what was said, choose the channel and press Enter. A negative mention goes into the response queue, to be answered within %n hour(s).</source>
        <translation>
            <numerusform>Cuentan las reseñas, las publicaciones, los comentarios y lo que los clientes le dicen en persona: pegue el enlace o escriba lo que se dijo, elija el canal y pulse Intro. Una mención negativa pasa a la cola de respuestas, para responderla en un plazo de %n hora.</numerusform>
            <numerusform>Cuentan las reseñas, las publicaciones, los comentarios y lo que los clientes le dicen en persona: pegue el enlace o escriba lo que se dijo, elija el canal y pulse Intro. Una mención negativa pasa a la cola de respuestas, para responderla en un plazo de %n horas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a mention to see it whole and answer it.</source>
        <translation>Seleccione una mención para verla completa y responderla.</translation>
    </message>
    <message>
        <source>Open a database to see its mentions.</source>
        <translation>Abra una base de datos para ver sus menciones.</translation>
    </message>
    <message>
        <source>Response queue (%1)</source>
        <translation>Cola de respuestas (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln negative mention(s) waiting for an answer, the one due first on top.</source>
        <translation>
            <numerusform>%Ln mención negativa pendiente de respuesta, con la de plazo más próximo arriba.</numerusform>
            <numerusform>%Ln menciones negativas pendientes de respuesta, con la de plazo más próximo arriba.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue.</source>
        <translation>
            <numerusform>%Ln fuera de plazo.</numerusform>
            <numerusform>%Ln fuera de plazo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %Ln day(s): </source>
        <translation>
            <numerusform>Último día: </numerusform>
            <numerusform>Últimos %Ln días: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s)</source>
        <translation>
            <numerusform>%Ln mención</numerusform>
            <numerusform>%Ln menciones</numerusform>
        </translation>
    </message>
    <message>
        <source>net sentiment %1</source>
        <translation>sentimiento neto %1</translation>
    </message>
    <message>
        <source>reach %1</source>
        <translation>alcance %1</translation>
    </message>
    <message>
        <source>answered in time %1</source>
        <translation>respondidas a tiempo %1</translation>
    </message>
    <message>
        <source>median response %1</source>
        <translation>respuesta mediana %1</translation>
    </message>
    <message numerus="yes">
        <source>Net sentiment: (positive − negative) ÷ all mentions. Answered in time: the negative mentions answered within the response target of %n hour(s), of those that had their chance.</source>
        <translation>
            <numerusform>Sentimiento neto: (positivas − negativas) ÷ todas las menciones. Respondidas a tiempo: las menciones negativas respondidas dentro del plazo de respuesta de %n hora, de las que han tenido ocasión.</numerusform>
            <numerusform>Sentimiento neto: (positivas − negativas) ÷ todas las menciones. Respondidas a tiempo: las menciones negativas respondidas dentro del plazo de respuesta de %n horas, de las que han tenido ocasión.</numerusform>
        </translation>
    </message>
    <message>
        <source>No mention matches the filters and the search. Clear shows them all.</source>
        <translation>Ninguna mención coincide con los filtros y la búsqueda. Borrar las muestra todas.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing waits for an answer. A negative mention you log lands here, due within %n hour(s) of when it was posted.</source>
        <translation>
            <numerusform>No hay nada pendiente de respuesta. Las menciones negativas que registre llegarán aquí, con un plazo de %n hora desde su publicación.</numerusform>
            <numerusform>No hay nada pendiente de respuesta. Las menciones negativas que registre llegarán aquí, con un plazo de %n horas desde su publicación.</numerusform>
        </translation>
    </message>
    <message>
        <source>No testimonials yet. Once an author allows you to reuse their words, select their positive mention and choose Mark as Testimonial.</source>
        <translation>Aún no hay testimonios. Cuando un autor le permita reutilizar sus palabras, seleccione su mención positiva y elija Marcar como testimonio.</translation>
    </message>
    <message>
        <source>No mentions yet.</source>
        <translation>Aún no hay menciones.</translation>
    </message>
    <message>
        <source>Log mention by “%1”</source>
        <translation>Registrar mención de «%1»</translation>
    </message>
    <message>
        <source>Respond</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Respond to “%1”</source>
        <translation>Responder a «%1»</translation>
    </message>
    <message>
        <source>Response kept; the mention left the queue. Resolve it when nothing more is needed.</source>
        <translation>Respuesta guardada; la mención ha salido de la cola. Resuélvala cuando no haga falta nada más.</translation>
    </message>
    <message>
        <source>Response kept.</source>
        <translation>Respuesta guardada.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Resolve mention by “%1”</source>
        <translation>Resolver la mención de «%1»</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Reopen mention by “%1”</source>
        <translation>Reabrir la mención de «%1»</translation>
    </message>
    <message>
        <source>Mark as Testimonial</source>
        <translation>Marcar como testimonio</translation>
    </message>
    <message>
        <source>On which day did %1 allow you to reuse these words? (e.g. %2)</source>
        <translation>¿Qué día le permitió %1 reutilizar estas palabras? (p. ej., %2)</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type the day as %2.</source>
        <translation>«%1» no es una fecha. Escriba el día como %2.</translation>
    </message>
    <message>
        <source>The permission cannot be dated in the future; today is %1.</source>
        <translation>La fecha del permiso no puede ser futura; hoy es %1.</translation>
    </message>
    <message>
        <source>How did %1 give permission?</source>
        <translation>¿Cómo dio permiso %1?</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>Por correo electrónico</translation>
    </message>
    <message>
        <source>In a direct message</source>
        <translation>En un mensaje directo</translation>
    </message>
    <message>
        <source>On the review site</source>
        <translation>En el sitio de reseñas</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Por teléfono</translation>
    </message>
    <message>
        <source>Mark “%1” as a testimonial</source>
        <translation>Marcar «%1» como testimonio</translation>
    </message>
    <message>
        <source>Take “%1” out of the testimonials</source>
        <translation>Quitar «%1» de los testimonios</translation>
    </message>
    <message>
        <source>Copied the testimonial by %1, with the disclosure that they were rewarded.</source>
        <translation>Se ha copiado el testimonio de %1, con el aviso de que recibió una recompensa.</translation>
    </message>
    <message>
        <source>Copied the testimonial by %1.</source>
        <translation>Se ha copiado el testimonio de %1.</translation>
    </message>
    <message>
        <source>Delete Mention</source>
        <translation>Eliminar mención</translation>
    </message>
    <message>
        <source>Delete the mention by “%1”, with its response? Edit → Undo brings it back.</source>
        <translation>¿Eliminar la mención de «%1», con su respuesta? Edición → Deshacer la recupera.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete mention by “%1”</source>
        <translation>Eliminar la mención de «%1»</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::MilestoneTable</name>
    <message>
        <source>&amp;Add Milestone</source>
        <translation>&amp;Añadir hito</translation>
    </message>
    <message>
        <source>Re&amp;move Milestone</source>
        <translation>&amp;Quitar hito</translation>
    </message>
    <message>
        <source>Converted referrals</source>
        <translation>Referidos convertidos</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Recompensa</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>The advocate earns this step once this many of their referrals have converted</source>
        <translation>El embajador gana este escalón cuando este número de sus referidos se ha convertido</translation>
    </message>
    <message>
        <source>Points as a whole number, a discount in percent, everything else as money</source>
        <translation>Los puntos como número entero, el descuento en porcentaje y todo lo demás como dinero</translation>
    </message>
    <message>
        <source>Add a step to the ladder</source>
        <translation>Añadir un escalón a la escalera</translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation>Quitar el escalón seleccionado</translation>
    </message>
    <message>
        <source>Milestone %1: %2</source>
        <extracomment>%1 is the row number, %2 says what to type</extracomment>
        <translation>Hito %1: %2</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::QuickEntryForm</name>
    <message>
        <source>&amp;Record referral</source>
        <translation>&amp;Registrar referido</translation>
    </message>
    <message>
        <source>Who told them? Name, e-mail or code</source>
        <translation>¿Quién se lo contó? Nombre, correo electrónico o código</translation>
    </message>
    <message>
        <source>Type a few letters of the advocate&apos;s name or e-mail, or their referral code. When a code is given, the code decides who gets the credit.</source>
        <translation>Escriba unas letras del nombre o del correo electrónico del embajador, o su código de referido. Si se indica un código, el código decide a quién se atribuye el mérito.</translation>
    </message>
    <message>
        <source>Friend&apos;s name</source>
        <translation>Nombre del amigo</translation>
    </message>
    <message>
        <source>Friend&apos;s e-mail (optional)</source>
        <translation>Correo electrónico del amigo (opcional)</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Teléfono (opcional)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>Ca&amp;mpaña:</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>Recomendado &amp;por:</translation>
    </message>
    <message>
        <source>&amp;Friend:</source>
        <translation>&amp;Amigo:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Create a campaign first: every referral belongs to one.</source>
        <translation>Cree primero una campaña: cada referido pertenece a una.</translation>
    </message>
    <message>
        <source>Who referred them? Type the advocate&apos;s name, e-mail or code.</source>
        <translation>¿Quién lo recomendó? Escriba el nombre, el correo electrónico o el código del embajador.</translation>
    </message>
    <message>
        <source>No single advocate matches &quot;%1&quot;: pick one from the list.</source>
        <translation>Ningún embajador coincide exactamente con «%1»: elija uno de la lista.</translation>
    </message>
    <message>
        <source>Recorded: %1, referred by code %2.</source>
        <translation>Registrado: %1, recomendado con el código %2.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ReferralTreeView</name>
    <message>
        <source>Advocate</source>
        <translation>Embajador</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Recomendados</translation>
    </message>
    <message>
        <source>How many people they referred directly</source>
        <translation>A cuántas personas ha recomendado directamente</translation>
    </message>
    <message>
        <source>Double-click a person to open them</source>
        <translation>Haga doble clic en una persona para abrirla</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ReferralsPage</name>
    <message>
        <source>Signed &amp;up</source>
        <translation>&amp;Registrado</translation>
    </message>
    <message>
        <source>The friend signed up (Ctrl+U)</source>
        <translation>El amigo se ha registrado (Ctrl+U)</translation>
    </message>
    <message>
        <source>&amp;Converted…</source>
        <translation>&amp;Convertido…</translation>
    </message>
    <message>
        <source>The friend made their first purchase: enter the order value (Ctrl+K)</source>
        <translation>El amigo ha hecho su primera compra: introduzca el importe del pedido (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Confirm the conversion and approve its rewards once their hold is over (Ctrl+P)</source>
        <translation>Confirmar la conversión y aprobar sus recompensas cuando termine su periodo de espera (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>Rec&amp;hazar…</translation>
    </message>
    <message>
        <source>Reject with a reason; rewards not yet issued are voided</source>
        <translation>Rechazar indicando un motivo; las recompensas aún no entregadas se anulan</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Reem&amp;bolso…</translation>
    </message>
    <message>
        <source>The order was refunded: reverse the referral and its rewards, once</source>
        <translation>Se ha reembolsado el pedido: revertir el referido y sus recompensas, una sola vez</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Reabr&amp;ir</translation>
    </message>
    <message>
        <source>Reopen a rejected referral</source>
        <translation>Reabrir un referido rechazado</translation>
    </message>
    <message>
        <source>&amp;Let through</source>
        <translation>&amp;Validar</translation>
    </message>
    <message>
        <source>The flagged referrals are fine: their rewards can be approved (Ctrl+L)</source>
        <translation>Los referidos marcados son correctos: sus recompensas se pueden aprobar (Ctrl+L)</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>E&amp;xportar a CSV…</translation>
    </message>
    <message>
        <source>Save the referrals the pipeline shows, or all of them, as a CSV file for a spreadsheet (Ctrl+E)</source>
        <translation>Guardar los referidos que muestra el embudo, o todos, en un archivo CSV para una hoja de cálculo (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;New referral</source>
        <translation>&amp;Nuevo referido</translation>
    </message>
    <message>
        <source>Record a referral someone told you about (Ctrl+R)</source>
        <translation>Registrar un referido del que le han hablado (Ctrl+R)</translation>
    </message>
    <message>
        <source>Record a referral</source>
        <translation>Registrar un referido</translation>
    </message>
    <message>
        <source>Show one campaign&apos;s referrals</source>
        <translation>Mostrar los referidos de una campaña</translation>
    </message>
    <message>
        <source>Search friend, e-mail, code or referrer</source>
        <translation>Buscar amigo, correo electrónico, código o recomendador</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Recompensa</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historial&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rewards&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recompensas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show All Days</source>
        <translation>Mostrar todos los días</translation>
    </message>
    <message>
        <source>Show the referrals of every day again</source>
        <translation>Volver a mostrar los referidos de todos los días</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Todas las campañas</translation>
    </message>
    <message>
        <source>Only the referrals made on %1.</source>
        <translation>Solo los referidos hechos el %1.</translation>
    </message>
    <message>
        <source>Only the referrals made up to %1.</source>
        <translation>Solo los referidos hechos hasta el %1.</translation>
    </message>
    <message>
        <source>Only the referrals made since %1.</source>
        <translation>Solo los referidos hechos desde el %1.</translation>
    </message>
    <message>
        <source>Only the referrals made from %1 to %2.</source>
        <translation>Solo los referidos hechos del %1 al %2.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referidos</translation>
    </message>
    <message>
        <source>Open a database to see its referrals.</source>
        <translation>Abra una base de datos para ver sus referidos.</translation>
    </message>
    <message>
        <source>Nothing to review. Referrals that look like self-referrals, repeat customers, bursts or throw-away addresses land here with the reason.</source>
        <translation>No hay nada que revisar. Los referidos que parecen autorrecomendaciones, clientes que repiten, ráfagas o direcciones desechables llegan aquí con el motivo.</translation>
    </message>
    <message>
        <source>No referrals yet. Record the first one above: who told whom (Ctrl+R).</source>
        <translation>Aún no hay referidos. Registre el primero arriba: quién se lo contó a quién (Ctrl+R).</translation>
    </message>
    <message>
        <source>No referrals match.</source>
        <translation>Ningún referido coincide.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Todos (%1)</translation>
    </message>
    <message>
        <source>Review queue (%1)</source>
        <translation>Cola de revisión (%1)</translation>
    </message>
    <message>
        <source>Flagged referrals waiting for a person to look at them</source>
        <translation>Referidos marcados que esperan a que una persona los revise</translation>
    </message>
    <message>
        <source>Select a referral to see its history and rewards.</source>
        <translation>Seleccione un referido para ver su historial y sus recompensas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referrals selected.</source>
        <translation>
            <numerusform>%Ln referido seleccionado.</numerusform>
            <numerusform>%Ln referidos seleccionados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code &lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>Código &lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>Order %1 %2</source>
        <translation>Pedido %1 %2</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Waiting for review:</source>
        <translation>Pendiente de revisión:</translation>
    </message>
    <message>
        <source>Reviewed:</source>
        <translation>Revisado:</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Recorded as %1</source>
        <translation>Registrado como %1</translation>
    </message>
    <message>
        <source>Held until %1</source>
        <translation>En espera hasta el %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s) changed.</source>
        <translation>
            <numerusform>%Ln referido cambiado.</numerusform>
            <numerusform>%Ln referidos cambiados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertido</translation>
    </message>
    <message>
        <source>Value of the friend&apos;s first order (%1), optionally followed by the order number:</source>
        <translation>Importe del primer pedido del amigo (%1), seguido opcionalmente del número de pedido:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money. Type the order value, e.g. %2.</source>
        <translation>«%1» no es un importe válido. Escriba el importe del pedido, p. ej., %2.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message numerus="yes">
        <source>Why are %Ln referral(s) rejected? The reason is kept with each.</source>
        <translation>
            <numerusform>¿Por qué se rechaza %Ln referido? El motivo se guarda con él.</numerusform>
            <numerusform>¿Por qué se rechazan %Ln referidos? El motivo se guarda con cada uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate of another referral</source>
        <translation>Duplicado de otro referido</translation>
    </message>
    <message>
        <source>Self-referral</source>
        <translation>Autorrecomendación</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Pedido cancelado</translation>
    </message>
    <message>
        <source>Already a customer</source>
        <translation>Ya era cliente</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message numerus="yes">
        <source>The order of %Ln referral(s) was refunded. Their rewards are reversed in the ledger; this cannot be undone. Note:</source>
        <translation>
            <numerusform>Se ha reembolsado el pedido de %Ln referido. Sus recompensas se revierten en el registro; esto no se puede deshacer. Nota:</numerusform>
            <numerusform>Se ha reembolsado el pedido de %Ln referidos. Sus recompensas se revierten en el registro; esto no se puede deshacer. Nota:</numerusform>
        </translation>
    </message>
    <message>
        <source>Order refunded</source>
        <translation>Pedido reembolsado</translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation>Retrocargo</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Let through</source>
        <translation>Validar</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ReportsPage</name>
    <message>
        <source>A report of all campaigns, or of one</source>
        <translation>Un informe de todas las campañas o de una</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Todas las campañas</translation>
    </message>
    <message>
        <source>The days the report covers; the key figures are compared with the same number of days just before</source>
        <translation>Los días que abarca el informe; las cifras clave se comparan con el mismo número de días inmediatamente anteriores</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>El trimestre pasado</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>El año pasado</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Días elegidos</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>el principio</translation>
    </message>
    <message>
        <source>The first day of the report</source>
        <translation>El primer día del informe</translation>
    </message>
    <message>
        <source>The last day of the report (included)</source>
        <translation>El último día del informe (incluido)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the report (%1)</source>
        <translation>Imprimir el informe (%1)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como PD&amp;F…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>The report with its charts, page by page, to send or keep (%1)</source>
        <translation>El informe con sus gráficos, página a página, para enviarlo o conservarlo (%1)</translation>
    </message>
    <message>
        <source>Save as Web Page…</source>
        <translation>Guardar como página web…</translation>
    </message>
    <message>
        <source>One HTML file with the charts inside, to open in any browser or attach to an email</source>
        <translation>Un único archivo HTML con los gráficos incluidos, para abrirlo en cualquier navegador o adjuntarlo a un correo electrónico</translation>
    </message>
    <message>
        <source>Export Numbers</source>
        <translation>Exportar cifras</translation>
    </message>
    <message>
        <source>The figures alone, for a spreadsheet (CSV) or a script (JSON)</source>
        <translation>Solo las cifras, para una hoja de cálculo (CSV) o un script (JSON)</translation>
    </message>
    <message>
        <source>As CSV for a Spreadsheet…</source>
        <translation>Como CSV para hoja de cálculo…</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation>Como JSON…</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaña:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>The report ends before it begins: choose a last day after the first.</source>
        <translation>El informe termina antes de empezar: elija un último día posterior al primero.</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>No se puede leer la base de datos: %1</translation>
    </message>
    <message>
        <source>The report cannot be made: %1</source>
        <translation>No se puede generar el informe: %1</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Leyendo las cifras…</translation>
    </message>
    <message>
        <source>Open or create a database to make reports.</source>
        <translation>Abra o cree una base de datos para generar informes.</translation>
    </message>
    <message>
        <source>Referral report</source>
        <translation>Informe de referidos</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Páginas web (*.html *.htm)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the Report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <source>Report Not Saved</source>
        <translation>Informe no guardado</translation>
    </message>
    <message>
        <source>The report was not saved (cancelled).</source>
        <translation>No se ha guardado el informe (cancelado).</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Print the Report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Imprimiendo el informe…</translation>
    </message>
    <message>
        <source>Report Not Printed</source>
        <translation>Informe no impreso</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Se ha cancelado la impresión.</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>Se ha impreso %n página</numerusform>
            <numerusform>Se han impreso %n páginas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grapevine::ui::RestoreBackupDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source>Grapevine keeps a copy of “%1” each day it is opened. Restoring puts the chosen copy back in place of everything in the file now; what it replaces is kept as a backup of its own, so a restore can itself be undone.</source>
        <translation>Grapevine guarda una copia de «%1» cada día que se abre. Al restaurar, la copia elegida sustituye todo lo que contiene ahora el archivo; lo que se sustituye se guarda como una copia de seguridad aparte, así que una restauración también se puede deshacer.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation>Embajadores</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referidos</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Leyendo las copias de seguridad…</translation>
    </message>
    <message>
        <source>Open Backup &amp;Folder</source>
        <translation>&amp;Abrir carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Replace the file&apos;s contents with the chosen backup</source>
        <translation>Sustituir el contenido del archivo por la copia de seguridad elegida</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>There are no backups of this file yet. The first is made when the file is next opened (Settings → Backups).</source>
        <translation>Todavía no hay copias de seguridad de este archivo. La primera se hará la próxima vez que se abra el archivo (Configuración → Copias de seguridad).</translation>
    </message>
    <message>
        <source>Backups are kept in %1.</source>
        <translation>Las copias de seguridad se guardan en %1.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::RewardDetailsPanel</name>
    <message>
        <source>%1%2 points</source>
        <extracomment>a change of a reward in points, e.g. &quot;+500 points&quot;</extracomment>
        <translation>%1%2 puntos</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The append-only ledger of this reward: every change is a new line, none is edited</source>
        <translation>El registro de solo adición de esta recompensa: cada cambio es una línea nueva y ninguna se edita</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Select a reward to see its ledger.</source>
        <translation>Seleccione una recompensa para ver su registro.</translation>
    </message>
    <message>
        <source>Reward %1: %2</source>
        <extracomment>%1 is the reward&apos;s number, %2 what it is (&quot;€10.00 store credit&quot;)</extracomment>
        <translation>Recompensa %1: %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Coste: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Creada: %1</translation>
    </message>
    <message>
        <source>Held until: %1</source>
        <translation>En espera hasta: %1</translation>
    </message>
    <message numerus="yes">
        <source>Milestone: %Ln conversion(s)</source>
        <translation>
            <numerusform>Hito: %Ln conversión</numerusform>
            <numerusform>Hito: %Ln conversiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Payout reference: %1</source>
        <translation>Referencia de pago: %1</translation>
    </message>
    <message>
        <source>Withheld: %1</source>
        <translation>No concedida: %1</translation>
    </message>
    <message>
        <source>A withheld reward never entered the ledger: it was stopped before it was earned.</source>
        <translation>Una recompensa no concedida nunca entró en el registro: se detuvo antes de ganarse.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::RewardOfferBox</name>
    <message>
        <source>What is given: points, store credit, a discount, cash or a gift</source>
        <translation>Qué se da: puntos, saldo en tienda, un descuento, efectivo o un regalo</translation>
    </message>
    <message>
        <source>How much: points as a whole number, a discount in percent, everything else as money</source>
        <translation>Cuánto: los puntos como número entero, el descuento en porcentaje y todo lo demás como dinero</translation>
    </message>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>In your words, e.g. “for your next visit”</source>
        <translation>Con sus palabras, p. ej., «para su próxima visita»</translation>
    </message>
    <message>
        <source>Shown to people next to the reward</source>
        <translation>Se muestra a las personas junto a la recompensa</translation>
    </message>
    <message>
        <source>&amp;Reward:</source>
        <translation>&amp;Recompensa:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::RewardsPage</name>
    <message>
        <source>Rewards</source>
        <translation>Recompensas</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Every reward, its status and its ledger; approve, issue and pay out</source>
        <translation>Todas las recompensas, su estado y su registro; aprobar, entregar y pagar</translation>
    </message>
    <message>
        <source>The advocates who bring the most customers</source>
        <translation>Los embajadores que traen más clientes</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Approve the selected pending rewards whose hold period is over</source>
        <translation>Aprobar las recompensas pendientes seleccionadas cuyo periodo de espera ha terminado</translation>
    </message>
    <message>
        <source>Mark &amp;Issued…</source>
        <translation>Marcar como &amp;entregadas…</translation>
    </message>
    <message>
        <source>Record that the selected approved rewards were paid out, under a payout reference</source>
        <translation>Registrar que las recompensas aprobadas seleccionadas se han pagado, con una referencia de pago</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>A&amp;nular…</translation>
    </message>
    <message>
        <source>Take back the selected rewards that were not issued yet, with the reason</source>
        <translation>Anular las recompensas seleccionadas que aún no se han entregado, indicando el motivo</translation>
    </message>
    <message>
        <source>E&amp;xport Payout CSV…</source>
        <translation>Exportar CSV de &amp;pagos…</translation>
    </message>
    <message>
        <source>Save the selected approved or issued rewards as a payout list for a spreadsheet</source>
        <translation>Guardar las recompensas aprobadas o entregadas seleccionadas como lista de pagos para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>Exportar a &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the rewards the list shows, or all of them, as a CSV file for a spreadsheet</source>
        <translation>Guardar las recompensas que muestra la lista, o todas, en un archivo CSV para una hoja de cálculo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Read the rewards again</source>
        <translation>Volver a leer las recompensas</translation>
    </message>
    <message>
        <source>Search recipient, email, campaign or payout reference</source>
        <translation>Buscar destinatario, correo electrónico, campaña o referencia de pago</translation>
    </message>
    <message>
        <source>Show rewards in one status</source>
        <translation>Mostrar las recompensas en un estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Show the rewards of one campaign</source>
        <translation>Mostrar las recompensas de una campaña</translation>
    </message>
    <message>
        <source>No reward matches the search and filters.</source>
        <translation>Ninguna recompensa coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <source>Costs to the business, for the campaign chosen above</source>
        <translation>Costes para el negocio, para la campaña elegida arriba</translation>
    </message>
    <message>
        <source>No rewards yet</source>
        <translation>Aún no hay recompensas</translation>
    </message>
    <message>
        <source>Rewards appear here when a referral converts: the advocate&apos;s and the friend&apos;s, pending until their hold period is over. Then you approve them, pay them out and mark them issued.</source>
        <translation>Las recompensas aparecen aquí cuando un referido se convierte: la del embajador y la del amigo, pendientes hasta que termine su periodo de espera. Después, usted las aprueba, las paga y las marca como entregadas.</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Todas las campañas</translation>
    </message>
    <message>
        <source>Approved, not yet issued: %1 · Pending: %2 · Issued: %3</source>
        <extracomment>The money still owed and already paid, under the rewards table</extracomment>
        <translation>Aprobadas, aún no entregadas: %1 · Pendientes: %2 · Entregadas: %3</translation>
    </message>
    <message>
        <source>Approve Rewards</source>
        <extracomment>%1: &quot;2 rewards approved.&quot;, %2: &quot;1 left as it was:&quot;, %3 the reasons, one a line</extracomment>
        <translation>Aprobar recompensas</translation>
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
            <numerusform>%Ln recompensa aprobada.</numerusform>
            <numerusform>%Ln recompensas aprobadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left as it was:</source>
        <translation>
            <numerusform>%Ln se ha quedado como estaba:</numerusform>
            <numerusform>%Ln se han quedado como estaban:</numerusform>
        </translation>
    </message>
    <message>
        <source>Payout %1</source>
        <translation>Pago %1</translation>
    </message>
    <message>
        <source>Mark Rewards Issued</source>
        <translation>Marcar recompensas como entregadas</translation>
    </message>
    <message>
        <source>Payout reference (kept in the ledger with each reward):</source>
        <translation>Referencia de pago (se guarda en el registro con cada recompensa):</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln reward(s) as issued under &quot;%1&quot;? The ledger keeps this for good; it cannot be undone.</source>
        <translation>
            <numerusform>¿Marcar %Ln recompensa como entregada con la referencia «%1»? El registro lo conserva para siempre; no se puede deshacer.</numerusform>
            <numerusform>¿Marcar %Ln recompensas como entregadas con la referencia «%1»? El registro lo conserva para siempre; no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Issued</source>
        <translation>Marcar como entregadas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s) marked issued.</source>
        <translation>
            <numerusform>%Ln recompensa marcada como entregada.</numerusform>
            <numerusform>%Ln recompensas marcadas como entregadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Payout List</source>
        <translation>Exportar lista de pagos</translation>
    </message>
    <message numerus="yes">
        <source>Save the payout list of the %Ln reward(s) just issued as a CSV file?</source>
        <translation>
            <numerusform>¿Guardar en un archivo CSV la lista de pagos de la recompensa que se acaba de entregar (%Ln)?</numerusform>
            <numerusform>¿Guardar en un archivo CSV la lista de pagos de las %Ln recompensas que se acaban de entregar?</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Void Rewards</source>
        <translation>Anular recompensas</translation>
    </message>
    <message>
        <source>Why are they taken back? The reason stays in the ledger:</source>
        <translation>¿Por qué se anulan? El motivo queda en el registro:</translation>
    </message>
    <message>
        <source>Entered by mistake</source>
        <translation>Introducida por error</translation>
    </message>
    <message>
        <source>The order was cancelled</source>
        <translation>El pedido se canceló</translation>
    </message>
    <message>
        <source>The referral was not genuine</source>
        <translation>El referido no era genuino</translation>
    </message>
    <message numerus="yes">
        <source>Void %Ln reward(s)? The ledger keeps this for good; it cannot be undone.</source>
        <translation>
            <numerusform>¿Anular %Ln recompensa? El registro lo conserva para siempre; no se puede deshacer.</numerusform>
            <numerusform>¿Anular %Ln recompensas? El registro lo conserva para siempre; no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Anular</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reward(s) voided.</source>
        <translation>
            <numerusform>%Ln recompensa anulada.</numerusform>
            <numerusform>%Ln recompensas anuladas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be voided:</source>
        <translation>
            <numerusform>%Ln no se ha podido anular:</numerusform>
            <numerusform>%Ln no se han podido anular:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Payout CSV</source>
        <translation>Exportar CSV de pagos</translation>
    </message>
    <message>
        <source>Select approved or issued rewards first: the payout list holds what is to be paid or was paid.</source>
        <translation>Seleccione primero recompensas aprobadas o entregadas: la lista de pagos contiene lo que hay que pagar o ya se ha pagado.</translation>
    </message>
    <message>
        <source>payout-%1.csv</source>
        <translation>pagos-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln reward(s) to %1.</source>
        <translation>
            <numerusform>Se ha guardado %Ln recompensa en %1.</numerusform>
            <numerusform>Se han guardado %Ln recompensas en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grapevine::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation>&amp;Negocio</translation>
    </message>
    <message>
        <source>&amp;Language and Exports</source>
        <translation>&amp;Idioma y exportación</translation>
    </message>
    <message>
        <source>Bac&amp;kups</source>
        <translation>Copias de seg&amp;uridad</translation>
    </message>
    <message>
        <source>Open or create a business&apos;s file to change its settings.</source>
        <translation>Abra o cree el archivo de un negocio para cambiar su configuración.</translation>
    </message>
    <message>
        <source>Shown on reports and invitations</source>
        <translation>Aparece en los informes y las invitaciones</translation>
    </message>
    <message>
        <source>The three-letter ISO code of the currency the business works in</source>
        <translation>El código ISO de tres letras de la moneda con la que trabaja el negocio</translation>
    </message>
    <message>
        <source>Amounts already recorded are not converted: change the currency only if it was set wrongly.</source>
        <translation>Los importes ya registrados no se convierten: cambie la moneda solo si se configuró mal.</translation>
    </message>
    <message>
        <source>What one loyalty point costs the business, for rewards given in points</source>
        <translation>Lo que le cuesta al negocio un punto de fidelidad, para las recompensas en puntos</translation>
    </message>
    <message>
        <source>What winning one customer through paid channels (ads and the like) costs: the dashboard compares the referral program&apos;s cost per customer with it</source>
        <translation>Lo que cuesta conseguir un cliente a través de canales de pago (anuncios y similares): el panel compara con este valor el coste por cliente del programa de referidos</translation>
    </message>
    <message>
        <source>Mention Channels and Response Target…</source>
        <translation>Canales de menciones y plazo de respuesta…</translation>
    </message>
    <message>
        <source>Business &amp;name:</source>
        <translation>Nom&amp;bre del negocio:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>Value of a &amp;point:</source>
        <translation>Valor de un &amp;punto:</translation>
    </message>
    <message>
        <source>Word of mouth:</source>
        <translation>Boca a boca:</translation>
    </message>
    <message>
        <source>These settings are saved in the business&apos;s file and travel with it.</source>
        <translation>Esta configuración se guarda en el archivo del negocio y viaja con él.</translation>
    </message>
    <message>
        <source>The file is open read-only, so these cannot be changed.</source>
        <translation>El archivo está abierto en modo de solo lectura, así que esta configuración no se puede cambiar.</translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s); negative mentions answered within %1 hours</source>
        <translation>
            <numerusform>%n canal; plazo de respuesta a menciones negativas: %1 horas</numerusform>
            <numerusform>%n canales; plazo de respuesta a menciones negativas: %1 horas</numerusform>
        </translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The language of Grapevine&apos;s windows; numbers, dates and money follow it too</source>
        <translation>El idioma de las ventanas de Grapevine; los números, las fechas y los importes también se adaptan a él</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Coma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;), for Excel in much of Europe</source>
        <translation>Punto y coma (;), para Excel en gran parte de Europa</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Start CSV files with a byte order mark, so that Excel shows accents</source>
        <translation>Empezar los archivos CSV con una marca de orden de bytes (BOM) para que Excel muestre los acentos</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>CSV &amp;delimiter:</source>
        <translation>De&amp;limitador CSV:</translation>
    </message>
    <message>
        <source>Make a &amp;copy of the open file each day</source>
        <translation>Hacer una &amp;copia del archivo abierto cada día</translation>
    </message>
    <message>
        <source>Keep every copy</source>
        <translation>Conservar todas las copias</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>The copy is made with SQLite&apos;s own backup when a file is opened, at most once a day, and kept in Grapevine&apos;s data folder on this computer, readable by you alone. File → Restore from Backup puts one back. Data erased from the file remains in older copies until they are deleted.</source>
        <translation>La copia se hace con la función de copia de seguridad de SQLite al abrir un archivo, como máximo una vez al día, y se guarda en la carpeta de datos de Grapevine en este equipo, donde solo usted puede leerla. Archivo → Restaurar desde copia de seguridad recupera una. Los datos borrados del archivo permanecen en las copias más antiguas hasta que estas se eliminan.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2: type the value of a point, for example %3.</source>
        <translation>«%1» no es un importe en %2: introduzca el valor de un punto, p. ej., %3.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2: type what a customer costs through paid channels, for example %3.</source>
        <translation>«%1» no es un importe en %2: introduzca lo que cuesta un cliente a través de canales de pago, p. ej., %3.</translation>
    </message>
    <message>
        <source>Cost per customer of pai&amp;d channels:</source>
        <translation>Coste por cliente en canales de pa&amp;go:</translation>
    </message>
    <message>
        <source>Keep copies &amp;for:</source>
        <translation>Conse&amp;rvar las copias durante:</translation>
    </message>
    <message>
        <source>The system&apos;s colours</source>
        <translation>Los colores del sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Light or dark windows, or whichever the system uses</source>
        <translation>Ventanas claras u oscuras, o las que use el sistema</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
    <message>
        <source>A new language or new colours show at once; the open file stays open.</source>
        <translation>El nuevo idioma o los nuevos colores se aplican al instante; el archivo abierto sigue abierto.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Lists, tables and forms also answer to the usual keys: arrows, Tab, Enter to open, Delete to remove, Ctrl+F to search where there is a search field.</source>
        <translation>Las listas, tablas y formularios también responden a las teclas habituales: flechas, Tab, Intro para abrir, Supr para eliminar, Ctrl+F para buscar donde haya un campo de búsqueda.</translation>
    </message>
</context>
<context>
    <name>grapevine::ui::WelcomePage</name>
    <message>
        <source>Open a File…</source>
        <translation>Abrir un archivo…</translation>
    </message>
    <message>
        <source>Welcome to Grapevine</source>
        <translation>Le damos la bienvenida a Grapevine</translation>
    </message>
    <message>
        <source>Keep your advocates, run refer-a-friend campaigns, log what people say about you and see what it all brings in. Everything stays in one file on this computer.</source>
        <translation>Gestione sus embajadores, lance campañas de «Recomienda a un amigo», registre lo que se dice de usted y vea lo que todo ello le aporta. Todo se queda en un solo archivo en este equipo.</translation>
    </message>
    <message>
        <source>Explore a Sample Business</source>
        <translation>Explorar un negocio de ejemplo</translation>
    </message>
    <message>
        <source>A made-up bakery with advocates, campaigns, referrals and mentions, so that every page and chart has something to show. It is a file of its own: your data stays apart.</source>
        <translation>Una panadería inventada con embajadores, campañas, referidos y menciones, para que cada página y cada gráfico tengan algo que mostrar. Es un archivo independiente: sus datos quedan aparte.</translation>
    </message>
    <message>
        <source>Import Your Customers</source>
        <translation>Importar sus clientes</translation>
    </message>
    <message>
        <source>Start your business&apos;s file from a CSV export of your shop, CRM, email tool or spreadsheet.</source>
        <translation>Cree el archivo de su negocio a partir de una exportación CSV de su tienda, CRM, herramienta de correo u hoja de cálculo.</translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation>Empezar desde cero</translation>
    </message>
    <message>
        <source>Start your business&apos;s file and add advocates and campaigns by hand.</source>
        <translation>Cree el archivo de su negocio y añada embajadores y campañas a mano.</translation>
    </message>
    <message>
        <source>Open a Grapevine file you already have</source>
        <translation>Abrir un archivo de Grapevine que ya tiene</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Volver a %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Grapevine: peer-to-peer marketing for small businesses — advocates, referral campaigns, word of mouth.</source>
        <translation>Grapevine: marketing entre iguales para pequeños negocios: embajadores, campañas de referidos, boca a boca.</translation>
    </message>
    <message>
        <source>The database file to open (default: the last one used).</source>
        <translation>El archivo de base de datos que se abrirá (por defecto: el último utilizado).</translation>
    </message>
</context>
</TS>
