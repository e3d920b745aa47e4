<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hy">
<context>
    <name>confab::app::DemoServer</name>
    <message>
        <source>Could not start the demo server (%1): %2</source>
        <translation>Չհաջողվեց գործարկել ցուցադրական սերվերը (%1)․ %2</translation>
    </message>
    <message>
        <source>The demo server stopped (exit code %1). %2</source>
        <translation>Ցուցադրական սերվերը կանգ առավ (ելքի կոդ՝ %1)։ %2</translation>
    </message>
    <message>
        <source>The demo server did not start within 30 seconds.</source>
        <translation>Ցուցադրական սերվերը 30 վայրկյանում չգործարկվեց։</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the demo: %1</source>
        <translation>Չհաջողվեց ստեղծել ժամանակավոր թղթապանակ ցուցադրության համար․ %1</translation>
    </message>
    <message>
        <source>confabd was not found next to confab, in CONFABD_BINARY or on the PATH.</source>
        <translation>confabd-ը չգտնվեց ո՛չ confab-ի կողքին, ո՛չ CONFABD_BINARY-ում, ո՛չ էլ PATH-ում։</translation>
    </message>
    <message>
        <source>The demo server reported an address that cannot be used: %1</source>
        <translation>Ցուցադրական սերվերը հաղորդեց անօգտագործելի հասցե․ %1</translation>
    </message>
</context>
<context>
    <name>confab::app::DesktopApp</name>
    <message>
        <source>Could not sign in to the demo server: %1</source>
        <translation>Չհաջողվեց մուտք գործել ցուցադրական սերվեր․ %1</translation>
    </message>
    <message>
        <source>The demo never stores a sign-in.</source>
        <translation>Ցուցադրական ռեժիմը երբեք չի պահում մուտքի տվյալները։</translation>
    </message>
    <message>
        <source>This build has no keychain support.</source>
        <translation>Այս տարբերակը չի աջակցում բանալիների պահոցը։</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Սխալ էլ. փոստ կամ գաղտնաբառ։</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Հնարավոր չէ կապվել սերվերին՝ %1․ %2</translation>
    </message>
    <message>
        <source>Cannot open the local cache %1: %2</source>
        <translation>Հնարավոր չէ բացել տեղային քեշը՝ %1․ %2</translation>
    </message>
    <message>
        <source>Could not save that: %1</source>
        <translation>Չհաջողվեց պահել․ %1</translation>
    </message>
    <message>
        <source>Confab</source>
        <translation>Confab</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Please sign in again.</source>
        <translation>Ձեր մուտքն այլևս վավեր չէ։ Խնդրում ենք կրկին մուտք գործել։</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (ցուցադրական)</translation>
    </message>
    <message>
        <source>Signed out here; the server could not be told: %1</source>
        <translation>Դուք դուրս եկաք այս համակարգչում, բայց սերվերին տեղեկացնել չհաջողվեց․ %1</translation>
    </message>
</context>
<context>
    <name>confab::models::ActivityTracker</name>
    <message>
        <source>A teammate</source>
        <translation>Գործընկերներից մեկը</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 գրում է…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 և %2 գրում են…</translation>
    </message>
    <message numerus="yes">
        <source>%n teammates are typing…</source>
        <translation>
            <numerusform>%n գործընկեր գրում է…</numerusform>
            <numerusform>%n գործընկեր գրում են…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is also viewing</source>
        <translation>%1 նույնպես դիտում է</translation>
    </message>
    <message>
        <source>%1 and %2 are also viewing</source>
        <translation>%1 և %2 նույնպես դիտում են</translation>
    </message>
    <message numerus="yes">
        <source>%n teammates are also viewing</source>
        <translation>
            <numerusform>%n գործընկեր նույնպես դիտում է</numerusform>
            <numerusform>%n գործընկեր նույնպես դիտում են</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::models::AdminLinks</name>
    <message>
        <source>This customer has no %1, so the link cannot be filled in.</source>
        <translation>Հաճախորդի մոտ նշված չէ՝ %1, ուստի հղումը հնարավոր չէ լրացնել։</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Only http, https and mailto links can be opened.</source>
        <translation>Հնարավոր է բացել միայն http, https և mailto հղումներ։</translation>
    </message>
    <message>
        <source>Give the link a title.</source>
        <translation>Հղմանը վերնագիր տվեք։</translation>
    </message>
    <message>
        <source>The title is too long (at most %1 characters).</source>
        <translation>Վերնագիրը չափազանց երկար է (առավելագույնը %1 նիշ)։</translation>
    </message>
    <message>
        <source>Enter the link&apos;s address.</source>
        <translation>Մուտքագրեք հղման հասցեն։</translation>
    </message>
    <message>
        <source>The address is too long (at most %1 characters).</source>
        <translation>Հասցեն չափազանց երկար է (առավելագույնը %1 նիշ)։</translation>
    </message>
    <message>
        <source>The address must start with http://, https:// or mailto:.</source>
        <translation>Հասցեն պետք է սկսվի http://, https:// կամ mailto: նախածանցով։</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>Հասցեում հոսթի անուն չկա։</translation>
    </message>
    <message>
        <source>A placeholder is not closed: write it as {attribute}.</source>
        <translation>Տեղապահը փակված չէ․ գրեք այն {հատկանիշ} տեսքով։</translation>
    </message>
</context>
<context>
    <name>confab::models::AgentPresence</name>
    <message>
        <source>Online</source>
        <translation>Առցանց</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Բացակա</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Անցանց</translation>
    </message>
</context>
<context>
    <name>confab::models::ArticleSearchModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1․ %2</translation>
    </message>
</context>
<context>
    <name>confab::models::AssignPickerModel</name>
    <message>
        <source>Assigned to someone else: only leads and admins can reassign it.</source>
        <translation>Նշանակված է ուրիշի․ վերանշանակել կարող են միայն ղեկավարներն ու ադմինիստրատորները։</translation>
    </message>
    <message>
        <source>Assigned to %1: only leads and admins can reassign it.</source>
        <translation>Նշանակված է՝ %1․ վերանշանակել կարող են միայն ղեկավարներն ու ադմինիստրատորները։</translation>
    </message>
    <message>
        <source>Only leads and admins can assign conversations to teammates.</source>
        <translation>Զրույցները գործընկերներին կարող են նշանակել միայն ղեկավարներն ու ադմինիստրատորները։</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Չնշանակված</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Ես (%1)</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ես</translation>
    </message>
    <message>
        <source>me</source>
        <translation>ես</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n բաց</numerusform>
            <numerusform>%n բաց</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Թիմ</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (ընթացիկ)</translation>
    </message>
</context>
<context>
    <name>confab::models::AttributeFormat</name>
    <message>
        <source>Browser</source>
        <translation>Դիտարկիչ</translation>
    </message>
    <message>
        <source>Browser version</source>
        <translation>Դիտարկիչի տարբերակ</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>ՕՀ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Քաղաք</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Երկիր</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Գրանցվել է</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Սեանսներ</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Սակագին</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>հենց նոր</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>%n րոպեից</numerusform>
            <numerusform>%n րոպեից</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>%n ժամից</numerusform>
            <numerusform>%n ժամից</numerusform>
        </translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>վաղը</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n օրից</numerusform>
            <numerusform>%n օրից</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n week(s)</source>
        <translation>
            <numerusform>%n շաբաթից</numerusform>
            <numerusform>%n շաբաթից</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>%n ամսից</numerusform>
            <numerusform>%n ամսից</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year(s)</source>
        <translation>
            <numerusform>%n տարուց</numerusform>
            <numerusform>%n տարուց</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n րոպե առաջ</numerusform>
            <numerusform>%n րոպե առաջ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n ժամ առաջ</numerusform>
            <numerusform>%n ժամ առաջ</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>երեկ</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n օր առաջ</numerusform>
            <numerusform>%n օր առաջ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n շաբաթ առաջ</numerusform>
            <numerusform>%n շաբաթ առաջ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n ամիս առաջ</numerusform>
            <numerusform>%n ամիս առաջ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n տարի առաջ</numerusform>
            <numerusform>%n տարի առաջ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Այո</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ոչ</translation>
    </message>
    <message>
        <source>(list)</source>
        <translation>(ցանկ)</translation>
    </message>
    <message>
        <source>(object)</source>
        <translation>(օբյեկտ)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Տարբերակ %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Գտնվելու վայր</translation>
    </message>
    <message>
        <source>Never seen</source>
        <translation>Երբեք չի այցելել</translation>
    </message>
    <message>
        <source>Online now</source>
        <translation>Հիմա առցանց է</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>Վերջին այցը՝ %1</translation>
    </message>
    <message>
        <source>%1 local time (%2)</source>
        <translation>%1 տեղական ժամանակով (%2)</translation>
    </message>
    <message>
        <source>Unnamed customer</source>
        <translation>Անանուն հաճախորդ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1․ %2</translation>
    </message>
</context>
<context>
    <name>confab::models::AwaySummary</name>
    <message>
        <source>A conversation</source>
        <translation>Զրույց</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Անհայտ հաճախորդ</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>1 new message</source>
        <translation>1 նոր հաղորդագրություն</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n նոր հաղորդագրություն</numerusform>
            <numerusform>%n նոր հաղորդագրություն</numerusform>
        </translation>
    </message>
    <message>
        <source>You were mentioned</source>
        <translation>Ձեզ հիշատակել են</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 հիշատակել է ձեզ</translation>
    </message>
    <message>
        <source>Unassigned from you</source>
        <translation>Ձեզնից հանվել է</translation>
    </message>
    <message>
        <source>Reassigned to %1</source>
        <translation>Վերանշանակվել է՝ %1</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Նշանակված է ձեզ</translation>
    </message>
    <message>
        <source>1 new message in your conversations</source>
        <translation>1 նոր հաղորդագրություն ձեր զրույցներում</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages in your conversations</source>
        <translation>
            <numerusform>%n նոր հաղորդագրություն ձեր զրույցներում</numerusform>
            <numerusform>%n նոր հաղորդագրություն ձեր զրույցներում</numerusform>
        </translation>
    </message>
    <message>
        <source>1 mention</source>
        <translation>1 հիշատակում</translation>
    </message>
    <message numerus="yes">
        <source>%n mentions</source>
        <translation>
            <numerusform>%n հիշատակում</numerusform>
            <numerusform>%n հիշատակում</numerusform>
        </translation>
    </message>
    <message>
        <source>1 conversation reassigned away from you</source>
        <translation>1 զրույց ձեզնից վերանշանակվել է ուրիշի</translation>
    </message>
    <message numerus="yes">
        <source>%n conversations reassigned away from you</source>
        <translation>
            <numerusform>%n զրույց ձեզնից վերանշանակվել է ուրիշների</numerusform>
            <numerusform>%n զրույց ձեզնից վերանշանակվել է ուրիշների</numerusform>
        </translation>
    </message>
    <message>
        <source>1 conversation assigned to you</source>
        <translation>1 զրույց նշանակվել է ձեզ</translation>
    </message>
    <message numerus="yes">
        <source>%n conversations assigned to you</source>
        <translation>
            <numerusform>%n զրույց նշանակվել է ձեզ</numerusform>
            <numerusform>%n զրույց նշանակվել է ձեզ</numerusform>
        </translation>
    </message>
    <message>
        <source>While you were away: nothing new for you.</source>
        <translation>Մինչ բացակա էիք․ ձեզ համար նորություն չկա։</translation>
    </message>
    <message>
        <source>While you were away: %1.</source>
        <translation>Մինչ բացակա էիք․ %1։</translation>
    </message>
</context>
<context>
    <name>confab::models::ContactAdminLinksModel</name>
    <message>
        <source>Opens %1 in the browser</source>
        <translation>Բացում է %1 հասցեն դիտարկիչում</translation>
    </message>
</context>
<context>
    <name>confab::models::ContactConversationsModel</name>
    <message>
        <source>Open</source>
        <translation>Բաց</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Հետաձգված</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Լուծված</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Էլ. փոստ</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Չաթ</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>confab::models::ContactDetails</name>
    <message>
        <source>No customer is shown.</source>
        <translation>Ոչ մի հաճախորդ ցուցադրված չէ։</translation>
    </message>
    <message>
        <source>Type a tag first.</source>
        <translation>Նախ մուտքագրեք պիտակը։</translation>
    </message>
    <message>
        <source>A tag can be at most %1 characters long.</source>
        <translation>Պիտակը կարող է ունենալ առավելագույնը %1 նիշ։</translation>
    </message>
    <message>
        <source>The customer already has the tag &quot;%1&quot;.</source>
        <translation>Հաճախորդն արդեն ունի «%1» պիտակը։</translation>
    </message>
    <message>
        <source>A customer can have at most %1 tags.</source>
        <translation>Հաճախորդը կարող է ունենալ առավելագույնը %1 պիտակ։</translation>
    </message>
</context>
<context>
    <name>confab::models::ConversationListModel</name>
    <message>
        <source>Unknown contact</source>
        <translation>Անհայտ կոնտակտ</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>չկարդացված</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Դուք</translation>
    </message>
</context>
<context>
    <name>confab::models::MessageFeedModel</name>
    <message>
        <source>Customer</source>
        <translation>Հաճախորդ</translation>
    </message>
    <message>
        <source>Teammate</source>
        <translation>Գործընկեր</translation>
    </message>
    <message>
        <source>Internal note by %1: %2</source>
        <translation>Ներքին նշում (%1)․ %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1․ %2</translation>
    </message>
</context>
<context>
    <name>confab::models::MessageNotifier</name>
    <message>
        <source>Someone</source>
        <translation>Ինչ-որ մեկը</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 հիշատակել է ձեզ</translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>Նոր հաղորդագրություն․ %1</translation>
    </message>
</context>
<context>
    <name>confab::models::OutboxModel</name>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Լուծել</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Հետաձգել</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Վերաբացել</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Հանել նշանակումը</translation>
    </message>
    <message>
        <source>Assign to you</source>
        <translation>Նշանակել ձեզ</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Նշանակել՝ %1</translation>
    </message>
    <message>
        <source>Remove the team</source>
        <translation>Հանել թիմը</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Տեղափոխել %1 թիմ</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Առաջնահերթություն՝ %1</translation>
    </message>
    <message>
        <source>Remove the tags</source>
        <translation>Հանել պիտակները</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Պիտակներ՝ %1</translation>
    </message>
    <message>
        <source>Change the conversation</source>
        <translation>Փոխել զրույցը</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Նշում․ %1</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation>Պատասխան․ %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Հաղորդագրություն</translation>
    </message>
    <message>
        <source>New conversation: %1</source>
        <translation>Նոր զրույց․ %1</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Նոր զրույց</translation>
    </message>
    <message>
        <source>Change the customer&apos;s details</source>
        <translation>Փոխել հաճախորդի տվյալները</translation>
    </message>
    <message>
        <source>Delete a note</source>
        <translation>Ջնջել նշումը</translation>
    </message>
    <message>
        <source>Waiting to be sent again (the connection dropped before the server answered)</source>
        <translation>Սպասում է կրկին ուղարկման (կապը խզվեց մինչ սերվերի պատասխանը)</translation>
    </message>
    <message>
        <source>Waiting for the connection</source>
        <translation>Սպասում է կապի</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Ուղարկվում է…</translation>
    </message>
    <message>
        <source>Held for a few seconds so you can undo it</source>
        <translation>Պահվում է մի քանի վայրկյան, որ կարողանաք չեղարկել</translation>
    </message>
    <message>
        <source>Not sent: Confab closed before the undo time ran out. Send it, edit it or discard it.</source>
        <translation>Չի ուղարկվել․ Confab-ը փակվեց մինչ չեղարկման ժամանակի ավարտը։ Ուղարկեք, խմբագրեք կամ հրաժարվեք դրանից։</translation>
    </message>
    <message>
        <source>The server refused it: you are not allowed to do this (%1)</source>
        <translation>Սերվերը մերժեց․ դուք դրա իրավունքը չունեք (%1)</translation>
    </message>
    <message>
        <source>The server refused it: the conversation or message no longer exists (%1)</source>
        <translation>Սերվերը մերժեց․ զրույցը կամ հաղորդագրությունն այլևս գոյություն չունի (%1)</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>Սերվերը մերժեց․ %1</translation>
    </message>
    <message>
        <source>Someone else changed this conversation while you were offline.</source>
        <translation>Մինչ դուք անցանց էիք, մեկ ուրիշը փոխեց այս զրույցը։</translation>
    </message>
    <message>
        <source>Keep theirs, or apply yours on top.</source>
        <translation>Թողեք նրա փոփոխությունը կամ կիրառեք ձերը դրա վրա։</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>Հաճախորդ</translation>
    </message>
    <message>
        <source>A conversation no longer in the cache</source>
        <translation>Զրույց, որն այլևս քեշում չէ</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Անհայտ հաճախորդ</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation>%1, %2, %3․ %4</translation>
    </message>
</context>
<context>
    <name>confab::models::SearchModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1․ %2</translation>
    </message>
</context>
<context>
    <name>confab::models::SnoozePresets</name>
    <message>
        <source>In 1 hour</source>
        <translation>1 ժամից</translation>
    </message>
    <message>
        <source>This evening</source>
        <translation>Այսօր երեկոյան</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Վաղը</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Հաջորդ շաբաթ</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>վաղը՝ %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Pick a date and time.</source>
        <translation>Ընտրեք ամսաթիվ և ժամ։</translation>
    </message>
    <message>
        <source>Pick a time in the future.</source>
        <translation>Ընտրեք ապագա ժամանակ։</translation>
    </message>
    <message>
        <source>Snooze for at most a year.</source>
        <translation>Հետաձգել կարելի է առավելագույնը մեկ տարով։</translation>
    </message>
</context>
<context>
    <name>confab::models::TimeFormat</name>
    <message>
        <source>now</source>
        <comment>list time: less than a minute ago</comment>
        <translation>հիմա</translation>
    </message>
    <message>
        <source>%1m</source>
        <comment>compact minutes</comment>
        <translation>%1 ր</translation>
    </message>
    <message>
        <source>%1h</source>
        <comment>compact hours</comment>
        <translation>%1 ժ</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Երեկ</translation>
    </message>
    <message>
        <source>&lt;1m</source>
        <comment>compact: less than a minute</comment>
        <translation>&lt;1 ր</translation>
    </message>
    <message>
        <source>%1d</source>
        <comment>compact days</comment>
        <translation>%1 օր</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Այսօր</translation>
    </message>
</context>
<context>
    <name>confab::models::TriageCommands</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n զրույց</numerusform>
            <numerusform>%n զրույց</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassigned %1</source>
        <translation>Նշանակումը հանվեց՝ %1</translation>
    </message>
    <message>
        <source>Assigned %1 to you</source>
        <translation>Նշանակվեց ձեզ՝ %1</translation>
    </message>
    <message>
        <source>Assigned %1 to %2</source>
        <translation>%1 — նշանակվեց՝ %2</translation>
    </message>
    <message>
        <source>; %1 not allowed: %2</source>
        <translation>․ չի թույլատրվում (%1)՝ %2</translation>
    </message>
    <message>
        <source>Removed the team from %1</source>
        <translation>Թիմը հանվեց՝ %1</translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation>Տեղափոխվեց %2 թիմ՝ %1</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Լուծվեց՝ %1</translation>
    </message>
    <message>
        <source>Reopened %1</source>
        <translation>Վերաբացվեց՝ %1</translation>
    </message>
    <message>
        <source>Snoozed %1</source>
        <translation>Հետաձգվեց՝ %1</translation>
    </message>
    <message>
        <source>Changed the priority of %1</source>
        <translation>Առաջնահերթությունը փոխվեց՝ %1</translation>
    </message>
    <message>
        <source>Tagged %1 with &quot;%2&quot;</source>
        <translation>«%2» պիտակն ավելացվեց՝ %1</translation>
    </message>
    <message>
        <source>Removed &quot;%2&quot; from %1</source>
        <translation>«%2» պիտակը հանվեց՝ %1</translation>
    </message>
</context>
<context>
    <name>confab::models::TriageConflicts</name>
    <message>
        <source>you</source>
        <translation>դուք</translation>
    </message>
    <message>
        <source>a former teammate</source>
        <translation>նախկին գործընկեր</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>լուծված</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>հետաձգված</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>հետաձգված մինչև %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>բաց</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Ցածր</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Բարձր</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Շտապ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>չկա</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>առանց պիտակների</translation>
    </message>
    <message>
        <source>It is now unassigned</source>
        <translation>Այժմ այն ոչ մեկին նշանակված չէ</translation>
    </message>
    <message>
        <source>It is now assigned to you</source>
        <translation>Այժմ այն նշանակված է ձեզ</translation>
    </message>
    <message>
        <source>It is now assigned to %1</source>
        <translation>Այժմ այն նշանակված է՝ %1</translation>
    </message>
    <message>
        <source>you unassigned it</source>
        <translation>դուք հանել էիք նշանակումը</translation>
    </message>
    <message>
        <source>you assigned it to yourself</source>
        <translation>դուք այն նշանակել էիք ինքներդ ձեզ</translation>
    </message>
    <message>
        <source>you assigned it to %1</source>
        <translation>դուք այն նշանակել էիք՝ %1</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1, իսկ %2։</translation>
    </message>
    <message>
        <source>It is now %1; you marked it %2.</source>
        <translation>Այժմ այն %1 է, իսկ դուք նշել էիք՝ %2։</translation>
    </message>
    <message>
        <source>It is now in no team</source>
        <translation>Այժմ այն ոչ մի թիմում չէ</translation>
    </message>
    <message>
        <source>It is now in the %1 team</source>
        <translation>Այժմ այն %1 թիմում է</translation>
    </message>
    <message>
        <source>you removed the team</source>
        <translation>դուք հանել էիք թիմը</translation>
    </message>
    <message>
        <source>you moved it to %1</source>
        <translation>դուք այն տեղափոխել էիք %1 թիմ</translation>
    </message>
    <message>
        <source>Its priority is now %1; you set %2.</source>
        <translation>Այժմ առաջնահերթությունը %1 է, իսկ դուք նշել էիք՝ %2։</translation>
    </message>
    <message>
        <source>Its tags are now %1; you set %2.</source>
        <translation>Այժմ պիտակներն են՝ %1, իսկ դուք նշել էիք՝ %2։</translation>
    </message>
    <message>
        <source>Someone else made the same change meanwhile, so nothing is lost by keeping theirs.</source>
        <translation>Մեկ ուրիշն արդեն նույն փոփոխությունն է արել, այնպես որ նրա տարբերակը պահելով ոչինչ չի կորչում։</translation>
    </message>
    <message>
        <source>Someone else changed this conversation while your change was on its way.</source>
        <translation>Մինչ ձեր փոփոխությունն ուղարկվում էր, մեկ ուրիշը փոխեց այս զրույցը։</translation>
    </message>
    <message>
        <source>%1 It is assigned to %2; ask them or a lead to hand it over.</source>
        <translation>%1 Այն նշանակված է՝ %2․ խնդրեք նրան կամ ղեկավարին այն փոխանցել ձեզ։</translation>
    </message>
    <message>
        <source>You are not allowed to make this change.</source>
        <translation>Դուք իրավունք չունեք կատարելու այս փոփոխությունը։</translation>
    </message>
    <message>
        <source>You are not allowed to make this change: %1</source>
        <translation>Դուք իրավունք չունեք կատարելու այս փոփոխությունը․ %1</translation>
    </message>
    <message>
        <source>The server refused the change (%1).</source>
        <translation>Սերվերը մերժեց փոփոխությունը (%1)։</translation>
    </message>
    <message>
        <source>The server refused the change: %1</source>
        <translation>Սերվերը մերժեց փոփոխությունը․ %1</translation>
    </message>
    <message>
        <source>Someone else changed this conversation</source>
        <translation>Մեկ ուրիշը փոխել է այս զրույցը</translation>
    </message>
    <message>
        <source>This change is not allowed</source>
        <translation>Այս փոփոխությունը թույլատրված չէ</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Փոփոխությունը չպահվեց</translation>
    </message>
</context>
<context>
    <name>confab::models::TriagePolicy</name>
    <message>
        <source>This conversation is assigned to someone else; only leads and admins can reassign it.</source>
        <translation>Այս զրույցը նշանակված է ուրիշի․ վերանշանակել կարող են միայն ղեկավարներն ու ադմինիստրատորները։</translation>
    </message>
    <message>
        <source>Only leads and admins can assign a conversation to someone else.</source>
        <translation>Զրույցը ուրիշին կարող են նշանակել միայն ղեկավարներն ու ադմինիստրատորները։</translation>
    </message>
</context>
<context>
    <name>confab::models::ViewsModel</name>
    <message>
        <source>Your inbox</source>
        <translation>Իմ մուտքայինը</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Հիշատակումներ</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Չնշանակված</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Բոլորը</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n open</source>
        <translation>
            <numerusform>%1, %n բաց</numerusform>
            <numerusform>%1, %n բաց</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::sync::AuthClient</name>
    <message>
        <source>connection refused</source>
        <translation>կապը մերժվեց</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>սերվերը չգտնվեց</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>սպասման ժամանակը սպառվեց</translation>
    </message>
    <message>
        <source>connection closed by the server</source>
        <translation>սերվերը փակեց կապը</translation>
    </message>
    <message>
        <source>wrong email or password</source>
        <translation>սխալ էլ. փոստ կամ գաղտնաբառ</translation>
    </message>
    <message>
        <source>Too many failed attempts; try again in a minute.</source>
        <translation>Չափազանց շատ անհաջող փորձեր․ կրկին փորձեք մեկ րոպեից։</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Սերվերը պատասխանեց %1։</translation>
    </message>
    <message>
        <source>The server answered %1: %2</source>
        <translation>Սերվերը պատասխանեց %1․ %2</translation>
    </message>
</context>
<context>
    <name>confab::ui::AdminLinksDialog</name>
    <message>
        <source>Admin Links</source>
        <translation>Ադմինիստրատորի հղումներ</translation>
    </message>
    <message>
        <source>Admin links</source>
        <translation>Ադմինիստրատորի հղումներ</translation>
    </message>
    <message>
        <source>Set by your admins for everyone:</source>
        <translation>Բոլորի համար սահմանված ադմինիստրատորների կողմից՝</translation>
    </message>
    <message>
        <source>Your own links (on this computer):</source>
        <translation>Ձեր սեփական հղումները (այս համակարգչում)՝</translation>
    </message>
    <message>
        <source>Your links</source>
        <translation>Ձեր հղումները</translation>
    </message>
    <message>
        <source>Stripe customer</source>
        <translation>Հաճախորդը Stripe-ում</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Վերնագիր(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Հասցե(&amp;A):</translation>
    </message>
    <message>
        <source>Use {email}, {external_id}, {id}, {name} or any attribute key, for example https://billing.example.com/customers?email={email}. Values are encoded for you.</source>
        <translation>Օգտագործեք {email}, {external_id}, {id}, {name} կամ ցանկացած հատկանիշի բանալի, օրինակ՝ https://billing.example.com/customers?email={email}։ Արժեքները կոդավորվում են ավտոմատ։</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Ավելացնել(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Հեռացնել(&amp;R)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>admin link: title — template</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>Թարմացնել(&amp;U)</translation>
    </message>
</context>
<context>
    <name>confab::ui::ArticlePicker</name>
    <message>
        <source>Insert a help article</source>
        <translation>Տեղադրել օգնության հոդված</translation>
    </message>
    <message>
        <source>Search help articles…</source>
        <translation>Որոնել օգնության հոդվածներում…</translation>
    </message>
    <message>
        <source>Search help articles</source>
        <translation>Որոնել օգնության հոդվածներում</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Հոդվածներ</translation>
    </message>
    <message>
        <source>Enter: title and link · Shift+Enter: full text · Ctrl+O: read · Esc: close</source>
        <translation>Enter՝ վերնագիր և հղում · Shift+Enter՝ ամբողջ տեքստը · Ctrl+O՝ կարդալ · Esc՝ փակել</translation>
    </message>
    <message>
        <source>No help articles are synced yet.</source>
        <translation>Օգնության հոդվածները դեռ համաժամեցված չեն։</translation>
    </message>
    <message>
        <source>No article matches &quot;%1&quot;.</source>
        <translation>«%1» հարցմանը համապատասխան հոդված չկա։</translation>
    </message>
</context>
<context>
    <name>confab::ui::AssignPicker</name>
    <message>
        <source>Assign</source>
        <translation>Նշանակել</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Նշանակել…</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Նշանակել</translation>
    </message>
    <message>
        <source>Teammates and teams</source>
        <translation>Գործընկերներ և թիմեր</translation>
    </message>
</context>
<context>
    <name>confab::ui::AssigneeDelegate</name>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
</context>
<context>
    <name>confab::ui::Composer</name>
    <message>
        <source>Composer</source>
        <translation>Հաղորդագրության խմբագիր</translation>
    </message>
    <message>
        <source>Reply or internal note</source>
        <translation>Պատասխան կամ ներքին նշում</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Պատասխան</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Նշում</translation>
    </message>
    <message>
        <source>Reply to the customer (R)</source>
        <translation>Պատասխան հաճախորդին (R)</translation>
    </message>
    <message>
        <source>Internal note for your team (N)</source>
        <translation>Ներքին նշում ձեր թիմի համար (N)</translation>
    </message>
    <message>
        <source>Internal note — only your team sees this</source>
        <translation>Ներքին նշում — այն տեսնում է միայն ձեր թիմը</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Հաղորդագրություն</translation>
    </message>
    <message>
        <source>Teammates</source>
        <translation>Գործընկերներ</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Պահված պատասխաններ</translation>
    </message>
    <message>
        <source>Write an internal note — @mention a teammate to notify them</source>
        <translation>Գրեք ներքին նշում — հիշատակեք գործընկերոջը @-ով, որ նա ծանուցում ստանա</translation>
    </message>
    <message>
        <source>Reply to the customer — type # for saved replies</source>
        <translation>Պատասխան հաճախորդին — մուտքագրեք # պահված պատասխանների համար</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Պատասխան հաճախորդին</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ավելացնել նշում</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Ուղարկել պատասխանը</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send · Enter for a new line</source>
        <translation>Ctrl+Enter՝ ուղարկել · Enter՝ նոր տող</translation>
    </message>
    <message>
        <source>Enter to send · Shift+Enter for a new line</source>
        <translation>Enter՝ ուղարկել · Shift+Enter՝ նոր տող</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>Հաղորդագրությունը չափազանց երկար է</translation>
    </message>
    <message>
        <source>A message can hold at most %1 characters; this one has %2.</source>
        <translation>Հաղորդագրությունը կարող է ունենալ առավելագույնը %1 նիշ, իսկ այս մեկն ունի %2։</translation>
    </message>
    <message>
        <source>Send to the customer?</source>
        <translation>Ուղարկե՞լ հաճախորդին</translation>
    </message>
    <message>
        <source>This goes to the customer — send as a note instead?</source>
        <translation>Սա կտեսնի հաճախորդը․ ուղարկե՞լ որպես նշում</translation>
    </message>
    <message>
        <source>You mentioned a teammate in a reply. Replies are seen by the customer; notes only by your team.</source>
        <translation>Դուք պատասխանում հիշատակել եք գործընկերոջը։ Պատասխանները տեսնում է հաճախորդը, իսկ նշումները՝ միայն ձեր թիմը։</translation>
    </message>
    <message>
        <source>Send as Note</source>
        <translation>Ուղարկել որպես նշում</translation>
    </message>
    <message>
        <source>Send Reply Anyway</source>
        <translation>Միևնույն է ուղարկել պատասխանը</translation>
    </message>
</context>
<context>
    <name>confab::ui::ConflictDialog</name>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>Թողնել նրանը(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Apply mine</source>
        <translation>Կիրառել իմը(&amp;A)</translation>
    </message>
    <message>
        <source>Drop your change; the conversation stays as it is now</source>
        <translation>Հրաժարվել ձեր փոփոխությունից․ զրույցը կմնա այնպես, ինչպես հիմա է</translation>
    </message>
    <message>
        <source>Send your change again, on top of theirs</source>
        <translation>Կրկին ուղարկել ձեր փոփոխությունը նրանի վրա</translation>
    </message>
    <message>
        <source>&amp;Discard my change</source>
        <translation>Հրաժարվել իմ փոփոխությունից(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Կրկին փորձել(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open Conversation</source>
        <translation>Բացել զրույցը(&amp;O)</translation>
    </message>
</context>
<context>
    <name>confab::ui::ConnectionIndicator</name>
    <message>
        <source>First sync</source>
        <translation>Առաջին համաժամեցում</translation>
    </message>
    <message>
        <source>Click to reconnect now</source>
        <translation>Սեղմեք՝ հիմա վերամիանալու համար</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2</source>
        <translation>Համաժամեցում․ %1 / %2</translation>
    </message>
    <message>
        <source>Syncing: %1 received</source>
        <translation>Համաժամեցում․ ստացվել է %1</translation>
    </message>
    <message numerus="yes">
        <source>Online — sending %n</source>
        <translation>
            <numerusform>Առցանց — ուղարկվում է %n</numerusform>
            <numerusform>Առցանց — ուղարկվում է %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Առցանց</translation>
    </message>
    <message numerus="yes">
        <source>Connecting… — %n waiting</source>
        <translation>
            <numerusform>Միացում… — հերթում՝ %n</numerusform>
            <numerusform>Միացում… — հերթում՝ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Միացում…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n waiting</source>
        <translation>
            <numerusform>Անցանց — հերթում՝ %n</numerusform>
            <numerusform>Անցանց — հերթում՝ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Անցանց</translation>
    </message>
</context>
<context>
    <name>confab::ui::ConversationDelegate</name>
    <message>
        <source>%1 (note): %2</source>
        <translation>%1 (նշում)․ %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1․ %2</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Շտապ</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Բարձր</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Ցածր</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Սևագիր</translation>
    </message>
</context>
<context>
    <name>confab::ui::CustomerSidebar</name>
    <message>
        <source>Customer</source>
        <translation>Հաճախորդ</translation>
    </message>
    <message>
        <source>Open a conversation to see who you are talking to.</source>
        <translation>Բացեք զրույցը՝ տեսնելու, թե ում հետ եք խոսում։</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Ավելացնել պիտակ…</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Ավելացնել պիտակ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Պիտակներ</translation>
    </message>
    <message>
        <source>Edit my links…</source>
        <translation>Խմբագրել իմ հղումները…</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Հղումներ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Մանրամասներ</translation>
    </message>
    <message>
        <source>Filter attributes…</source>
        <translation>Զտել հատկանիշները…</translation>
    </message>
    <message>
        <source>Filter attributes</source>
        <translation>Զտել հատկանիշները</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Հատկանիշներ</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Իրադարձություններ</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Ցույց տալ ավելին</translation>
    </message>
    <message>
        <source>Previous conversations</source>
        <translation>Նախորդ զրույցներ</translation>
    </message>
    <message>
        <source>Avatar of %1</source>
        <translation>Ավատար՝ %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Remove the tag &quot;%1&quot;</source>
        <translation>Հանել «%1» պիտակը</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Պիտակ՝ %1</translation>
    </message>
    <message>
        <source>Press to remove it</source>
        <translation>Սեղմեք՝ հանելու համար</translation>
    </message>
    <message>
        <source>Opens %1 in the browser</source>
        <translation>Բացում է %1 հասցեն դիտարկիչում</translation>
    </message>
    <message>
        <source>%1 (unavailable)</source>
        <translation>%1 (անհասանելի)</translation>
    </message>
    <message>
        <source>Links (%1)</source>
        <translation>Հղումներ (%1)</translation>
    </message>
    <message>
        <source>Events (none)</source>
        <translation>Իրադարձություններ (չկան)</translation>
    </message>
    <message>
        <source>Previous conversations (%1)</source>
        <translation>Նախորդ զրույցներ (%1)</translation>
    </message>
    <message>
        <source>Previous conversations (none)</source>
        <translation>Նախորդ զրույցներ (չկան)</translation>
    </message>
    <message>
        <source>Attributes (%1)</source>
        <translation>Հատկանիշներ (%1)</translation>
    </message>
    <message>
        <source>Attributes (none)</source>
        <translation>Հատկանիշներ (չկան)</translation>
    </message>
</context>
<context>
    <name>confab::ui::FeedDelegate</name>
    <message>
        <source>Retry</source>
        <translation>Կրկնել</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Դուք</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Նշում</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Չի ուղարկվել</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Չի ուղարկվել․ %1</translation>
    </message>
</context>
<context>
    <name>confab::ui::FeedView</name>
    <message>
        <source>Conversation messages</source>
        <translation>Զրույցի հաղորդագրություններ</translation>
    </message>
    <message>
        <source>Jump to new messages</source>
        <translation>Անցնել նոր հաղորդագրություններին</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) ↓</source>
        <translation>
            <numerusform>%n նոր հաղորդագրություն ↓</numerusform>
            <numerusform>%n նոր հաղորդագրություն ↓</numerusform>
        </translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Հաղորդագրության գործողություններ</translation>
    </message>
    <message>
        <source>&amp;Copy Message Text</source>
        <translation>Պատճենել հաղորդագրության տեքստը(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Պատճենել(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>Պատճենել հղումը(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Open Link</source>
        <translation>Բացել հղումը(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Retry Sending</source>
        <translation>Կրկին ուղարկել(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Չուղարկել(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Delete Note…</source>
        <translation>Ջնջել նշումը(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Նշման ջնջում</translation>
    </message>
    <message>
        <source>Delete this internal note? It disappears for every teammate.</source>
        <translation>Ջնջե՞լ այս ներքին նշումը։ Այն կանհետանա բոլոր գործընկերների համար։</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Ջնջել նշումը</translation>
    </message>
</context>
<context>
    <name>confab::ui::HelpCenterView</name>
    <message>
        <source>Help center</source>
        <translation>Օգնության կենտրոն</translation>
    </message>
    <message>
        <source>Search help articles…</source>
        <translation>Որոնել օգնության հոդվածներում…</translation>
    </message>
    <message>
        <source>Search help articles</source>
        <translation>Որոնել օգնության հոդվածներում</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Հոդվածներ</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Հոդված</translation>
    </message>
    <message>
        <source>Pick an article to read it here before you send it.</source>
        <translation>Ընտրեք հոդված՝ այն այստեղ կարդալու համար նախքան ուղարկելը։</translation>
    </message>
    <message>
        <source>Insert &amp;link</source>
        <translation>Տեղադրել հղումը(&amp;L)</translation>
    </message>
    <message>
        <source>Insert the article&apos;s title and link into the reply</source>
        <translation>Պատասխանում տեղադրել հոդվածի վերնագիրն ու հղումը</translation>
    </message>
    <message>
        <source>Insert full &amp;text</source>
        <translation>Տեղադրել ամբողջ տեքստը(&amp;T)</translation>
    </message>
    <message>
        <source>Insert the whole article into the reply</source>
        <translation>Պատասխանում տեղադրել ամբողջ հոդվածը</translation>
    </message>
</context>
<context>
    <name>confab::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>Լեզու(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>Ինչպես համակարգում(&amp;S)</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>համակարգի լեզուն</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <source>Confab will use %1 the next time it starts.</source>
        <translation>Confab-ը կօգտագործի %1 հաջորդ գործարկման ժամանակ։</translation>
    </message>
</context>
<context>
    <name>confab::ui::LoginDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Հիշել ինձ այս համակարգչում(&amp;R)</translation>
    </message>
    <message>
        <source>Sign in to Confab</source>
        <translation>Մուտք Confab</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Սերվերի հասցե</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Էլ. փոստ</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>duq@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Գաղտնաբառ</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Հիշել ինձ</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Մուտքի խնդիր</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>Մուտք գործել(&amp;S)</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Սերվեր(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Էլ. փոստ(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Գաղտնաբառ(&amp;P):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in&lt;/b&gt; with your team&apos;s Confab server</source>
        <translation>&lt;b&gt;Մուտք գործեք&lt;/b&gt; ձեր թիմի Confab սերվեր</translation>
    </message>
    <message>
        <source>“%1” is not a server address.</source>
        <translation>«%1» սերվերի հասցե չէ։</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Մուտք…</translation>
    </message>
</context>
<context>
    <name>confab::ui::MainWindow</name>
    <message>
        <source>Confab</source>
        <translation>Confab</translation>
    </message>
    <message>
        <source>Confab inbox</source>
        <translation>Confab մուտքային</translation>
    </message>
    <message>
        <source>Could not load older messages: %1</source>
        <translation>Չհաջողվեց բեռնել ավելի հին հաղորդագրությունները․ %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inbox&lt;/b&gt;</source>
        <translation>&lt;b&gt;Մուտքային&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Դիտումներ</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Կարգավիճակ(&amp;T)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Կարգավիճակի զտիչ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Բաց</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Հետաձգված</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Լուծված</translation>
    </message>
    <message>
        <source>S&amp;ort</source>
        <translation>Դասավորել(&amp;O)</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Դասավորման կարգ</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Նախ նորերը</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Նախ հները</translation>
    </message>
    <message>
        <source>Waiting longest</source>
        <translation>Ամենաերկար սպասողները</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Առաջնահերթություն</translation>
    </message>
    <message>
        <source>Teammates viewing this conversation</source>
        <translation>Այս զրույցը դիտող գործընկերներ</translation>
    </message>
    <message>
        <source>Select a conversation on the left.</source>
        <translation>Ընտրեք զրույց ձախ կողմում։</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Զրույցներ</translation>
    </message>
    <message>
        <source>No conversations here.</source>
        <translation>Այստեղ զրույցներ չկան։</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Հաճախորդ</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Հաճախորդի մանրամասներ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Ֆայլ(&amp;F)</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Դուրս գալ(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Փակել(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Խմբագրել(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Պատճենել(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>Զրույց(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Next Conversation</source>
        <translation>Հաջորդ զրույցը(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Conversation</source>
        <translation>Նախորդ զրույցը(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>Պատասխան(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>Նշում(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Ուղարկել(&amp;S)</translation>
    </message>
    <message>
        <source>Jump to &amp;Newest Message</source>
        <translation>Անցնել ամենանոր հաղորդագրությանը(&amp;N)</translation>
    </message>
    <message>
        <source>Focus &amp;Messages</source>
        <translation>Անցնել հաղորդագրություններին(&amp;M)</translation>
    </message>
    <message>
        <source>Focus Conversation &amp;List</source>
        <translation>Անցնել զրույցների ցանկին(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Delete Note…</source>
        <translation>Ջնջել նշումը(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Տեսք(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Your Inbox</source>
        <translation>Իմ մուտքայինը(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Mentions</source>
        <translation>Հիշատակումներ(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Unassigned</source>
        <translation>Չնշանակված(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>Բոլորը(&amp;A)</translation>
    </message>
    <message>
        <source>Show &amp;Open</source>
        <translation>Ցույց տալ բացերը(&amp;O)</translation>
    </message>
    <message>
        <source>Show &amp;Snoozed</source>
        <translation>Ցույց տալ հետաձգվածները(&amp;S)</translation>
    </message>
    <message>
        <source>Show &amp;Resolved</source>
        <translation>Ցույց տալ լուծվածները(&amp;R)</translation>
    </message>
    <message>
        <source>Customer &amp;Sidebar</source>
        <translation>Հաճախորդի կողագոտի(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Օգնություն(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Confab</source>
        <translation>Confab-ի մասին(&amp;A)</translation>
    </message>
    <message>
        <source>About Confab</source>
        <translation>Confab-ի մասին</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confab&lt;/b&gt; %1&lt;br&gt;Every customer conversation in one place.</source>
        <translation>&lt;b&gt;Confab&lt;/b&gt; %1&lt;br&gt;Հաճախորդների հետ բոլոր զրույցները մեկ տեղում։</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Website (Chat as a Customer)</source>
        <translation>Բացել ցուցադրական կայքը (չաթ հաճախորդի անունից)(&amp;D)</translation>
    </message>
    <message>
        <source>Opens %1 in your browser: a product page with the chat bubble, where you play the customer.</source>
        <translation>Բացում է %1 հասցեն դիտարկիչում․ ապրանքի էջ՝ չաթի պատուհանով, որտեղ դուք հաճախորդի դերում եք։</translation>
    </message>
    <message>
        <source>Chat as a customer</source>
        <translation>Չաթ հաճախորդի անունից</translation>
    </message>
    <message>
        <source>Open the demo website to chat as a customer</source>
        <translation>Բացել ցուցադրական կայքը՝ հաճախորդի անունից չաթում գրելու համար</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Զրույց ընտրված չէ</translation>
    </message>
    <message>
        <source>Conversation not found</source>
        <translation>Զրույցը չգտնվեց</translation>
    </message>
    <message>
        <source>Select a conversation to see the customer.</source>
        <translation>Ընտրեք զրույց՝ հաճախորդին տեսնելու համար։</translation>
    </message>
    <message>
        <source>Unknown contact</source>
        <translation>Անհայտ կոնտակտ</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Հետաձգված է մինչև %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Չնշանակված</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Նշանակված է ձեզ</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Նշանակված է՝ %1</translation>
    </message>
    <message>
        <source>%1 team</source>
        <translation>%1 թիմ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Էլ. փոստ</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Չաթ</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Առաջնահերթություն՝ %1</translation>
    </message>
    <message>
        <source>%1 — Confab</source>
        <translation>%1 — Confab</translation>
    </message>
    <message>
        <source>Conversation started %1</source>
        <translation>Զրույցը սկսվել է %1</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>status of one conversation</comment>
        <translation>Բաց</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>status of one conversation</comment>
        <translation>Լուծված</translation>
    </message>
</context>
<context>
    <name>confab::ui::OfflineUi</name>
    <message>
        <source>Outbox</source>
        <translation>Ելքային</translation>
    </message>
    <message>
        <source>Outbox: actions not yet on the server</source>
        <translation>Ելքային․ դեռ սերվերին չհասած գործողություններ</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>Ելքային (%1)</translation>
    </message>
    <message>
        <source>Not sent — %1: %2</source>
        <translation>Չի ուղարկվել — %1․ %2</translation>
    </message>
    <message>
        <source>⚠ 1 action not yet saved — retrying</source>
        <translation>⚠ 1 գործողություն դեռ պահված չէ — կրկին փորձում ենք</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n actions not yet saved — retrying</source>
        <translation>
            <numerusform>⚠ %n գործողություն դեռ պահված չէ — կրկին փորձում ենք</numerusform>
            <numerusform>⚠ %n գործողություն դեռ պահված չէ — կրկին փորձում ենք</numerusform>
        </translation>
    </message>
    <message>
        <source>Confab cannot write to its local cache (%1). What you did is kept in memory and saved as soon as the disk allows; nothing is dropped. Free some disk space or close the program that locks the file.</source>
        <translation>Confab-ը չի կարողանում գրել իր տեղային քեշում (%1)։ Ձեր արածը պահվում է հիշողության մեջ և կպահվի սկավառակին, հենց որ հնարավոր լինի․ ոչինչ չի կորչում։ Ազատեք սկավառակի տեղ կամ փակեք ֆայլն արգելափակող ծրագիրը։</translation>
    </message>
    <message>
        <source>Could not save to disk: %1. Kept in memory, retrying.</source>
        <translation>Չհաջողվեց պահել սկավառակին․ %1։ Պահվում է հիշողության մեջ, կրկին փորձում ենք։</translation>
    </message>
    <message>
        <source>While you were away</source>
        <translation>Մինչ բացակա էիք</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <source>Quit Confab?</source>
        <translation>Փակե՞լ Confab-ը</translation>
    </message>
    <message>
        <source>A message is still inside the undo time and has not been sent.</source>
        <translation>Մեկ հաղորդագրություն դեռ կարելի է չեղարկել, և այն ուղարկված չէ։</translation>
    </message>
    <message numerus="yes">
        <source>%n messages are still inside the undo time and have not been sent.</source>
        <translation>
            <numerusform>%n հաղորդագրություն դեռ կարելի է չեղարկել, և դրանք ուղարկված չեն։</numerusform>
            <numerusform>%n հաղորդագրություն դեռ կարելի է չեղարկել, և դրանք ուղարկված չեն։</numerusform>
        </translation>
    </message>
    <message>
        <source>An action could not be saved to disk yet and would be lost.</source>
        <translation>Մեկ գործողություն դեռ չի պահվել սկավառակին և կկորչի։</translation>
    </message>
    <message numerus="yes">
        <source>%n actions could not be saved to disk yet and would be lost.</source>
        <translation>
            <numerusform>%n գործողություն դեռ չի պահվել սկավառակին և կկորչի։</numerusform>
            <numerusform>%n գործողություն դեռ չի պահվել սկավառակին և կկորչեն։</numerusform>
        </translation>
    </message>
    <message>
        <source>Send Now and Quit</source>
        <translation>Ուղարկել հիմա և փակել</translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation>Միևնույն է փակել</translation>
    </message>
    <message>
        <source>Keep as Drafts and Quit</source>
        <translation>Պահել որպես սևագրեր և փակել</translation>
    </message>
    <message>
        <source>Some of your actions were not sent — see the Outbox.</source>
        <translation>Ձեր որոշ գործողություններ չեն ուղարկվել — տե՛ս Ելքայինը։</translation>
    </message>
    <message>
        <source>&amp;Offline</source>
        <translation>Անցանց(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>Ելքային(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Undo Send</source>
        <translation>Ուղարկման չեղարկում(&amp;U)</translation>
    </message>
    <message>
        <source>Hold for %1 seconds</source>
        <translation>Պահել %1 վայրկյան</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Անջատված</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…և ևս %1</translation>
    </message>
    <message>
        <source>Not sent — the text is back in the composer.</source>
        <translation>Չի ուղարկվել — տեքստը վերադարձվել է խմբագրիչ։</translation>
    </message>
</context>
<context>
    <name>confab::ui::OutboxPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>Կրկնել(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Խմբագրել(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>Հրաժարվել(&amp;D)…</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Ելքային</translation>
    </message>
    <message>
        <source>Actions not yet on the server</source>
        <translation>Դեռ սերվերին չհասած գործողություններ</translation>
    </message>
    <message>
        <source>Everything you did is on the server.</source>
        <translation>Ձեր բոլոր գործողություններն արդեն սերվերում են։</translation>
    </message>
    <message>
        <source>Why this action is waiting</source>
        <translation>Ինչու է այս գործողությունը սպասում</translation>
    </message>
    <message>
        <source>Put the unsent text back into the composer</source>
        <translation>Վերադարձնել չուղարկված տեքստը խմբագրիչ</translation>
    </message>
    <message>
        <source>&amp;Apply Mine</source>
        <translation>Կիրառել իմը(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Ուղարկել(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs…</source>
        <translation>Թողնել նրանը(&amp;K)…</translation>
    </message>
    <message>
        <source>Keep their change?</source>
        <translation>Թողնե՞լ նրա փոփոխությունը</translation>
    </message>
    <message>
        <source>Discard this action?</source>
        <translation>Հրաժարվե՞լ այս գործողությունից</translation>
    </message>
    <message>
        <source>“%1” will not be applied; the conversation stays as your teammate left it.</source>
        <translation>«%1»-ը չի կիրառվի․ զրույցը կմնա այնպես, ինչպես թողել է ձեր գործընկերը։</translation>
    </message>
    <message>
        <source>“%1” will never be sent, and its text is not kept. Use Edit to keep the text.</source>
        <translation>«%1»-ը երբեք չի ուղարկվի, և դրա տեքստը չի պահվի։ Տեքստը պահելու համար ընտրեք «Խմբագրել»։</translation>
    </message>
</context>
<context>
    <name>confab::ui::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Որոնում</translation>
    </message>
</context>
<context>
    <name>confab::ui::SearchPanel</name>
    <message>
        <source>Search</source>
        <translation>Որոնում</translation>
    </message>
    <message>
        <source>Search messages, subjects and customers…</source>
        <translation>Որոնել հաղորդագրություններում, թեմաներում և հաճախորդների մեջ…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Կարգավիճակ</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Ցանկացած կարգավիճակ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Բաց</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Հետաձգված</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Լուծված</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Պատասխանատու</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Ալիք</translation>
    </message>
    <message>
        <source>Chat and email</source>
        <translation>Չաթ և էլ. փոստ</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Չաթ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Էլ. փոստ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ամսաթիվ</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Ցանկացած ժամանակ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Այսօր</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Վերջին 7 օրը</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Վերջին 30 օրը</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Վերջին 12 ամիսը</translation>
    </message>
    <message>
        <source>&amp;Best match first</source>
        <translation>Նախ ամենահամապատասխանները(&amp;B)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Արդյունքներ</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Ցանկացածը</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ես</translation>
    </message>
    <message>
        <source>Searches everything on this computer, also offline.</source>
        <translation>Որոնում է այս համակարգչում եղած ամեն ինչում, նաև անցանց։</translation>
    </message>
    <message>
        <source>No conversation matches.</source>
        <translation>Համապատասխան զրույց չկա։</translation>
    </message>
    <message>
        <source>1 conversation</source>
        <translation>1 զրույց</translation>
    </message>
    <message numerus="yes">
        <source>%n conversations</source>
        <translation>
            <numerusform>%n զրույց</numerusform>
            <numerusform>%n զրույց</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::ui::SidebarFeatures</name>
    <message>
        <source>Insert &amp;Article…</source>
        <translation>Տեղադրել հոդված(&amp;A)…</translation>
    </message>
    <message>
        <source>Help &amp;Center</source>
        <translation>Օգնության կենտրոն(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>Որոնում(&amp;S)…</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Հոդված</translation>
    </message>
    <message>
        <source>Insert a help article (Ctrl+Shift+H)</source>
        <translation>Տեղադրել օգնության հոդված (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Insert a help article</source>
        <translation>Տեղադրել օգնության հոդված</translation>
    </message>
</context>
<context>
    <name>confab::ui::SidebarPanel</name>
    <message>
        <source>Customer and help center</source>
        <translation>Հաճախորդ և օգնության կենտրոն</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Հաճախորդ</translation>
    </message>
    <message>
        <source>Help center</source>
        <translation>Օգնության կենտրոն</translation>
    </message>
</context>
<context>
    <name>confab::ui::SnoozeMenu</name>
    <message>
        <source>&amp;Snooze</source>
        <translation>Հետաձգել(&amp;S)</translation>
    </message>
    <message>
        <source>%1	%2</source>
        <translation>%1	%2</translation>
    </message>
    <message>
        <source>Pick a time…</source>
        <translation>Ընտրել ժամը…</translation>
    </message>
</context>
<context>
    <name>confab::ui::SnoozeTimeDialog</name>
    <message>
        <source>Snooze Until</source>
        <translation>Հետաձգել մինչև</translation>
    </message>
    <message>
        <source>&amp;Snooze until:</source>
        <translation>Հետաձգել մինչև(&amp;S):</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Հետաձգել</translation>
    </message>
</context>
<context>
    <name>confab::ui::TriageActions</name>
    <message>
        <source>&amp;Triage</source>
        <translation>Տեսակավորում(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>Առաջնահերթություն(&amp;P)</translation>
    </message>
    <message>
        <source>Remove &amp;Tag</source>
        <translation>Հանել պիտակը(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>Նշանակել(&amp;A)…</translation>
    </message>
    <message>
        <source>Assign to &amp;Me</source>
        <translation>Նշանակել ինձ(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>Լուծել(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Վերաբացել(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>Հետաձգել(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Priority…</source>
        <translation>Առաջնահերթություն(&amp;P)…</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>Ավելացնել պիտակ(&amp;T)…</translation>
    </message>
    <message>
        <source>(no tags)</source>
        <translation>(պիտակներ չկան)</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>Շտապ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;High</source>
        <translation>Բարձր(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Low</source>
        <translation>Ցածր(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;No priority</source>
        <translation>Առանց առաջնահերթության(&amp;N)</translation>
    </message>
    <message>
        <source>Select a conversation first.</source>
        <translation>Նախ ընտրեք զրույց։</translation>
    </message>
    <message>
        <source>Tag the conversation:</source>
        <translation>Զրույցի պիտակը՝</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n conversations:</source>
        <translation>
            <numerusform>%n զրույցի պիտակը՝</numerusform>
            <numerusform>%n զրույցի պիտակը՝</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Ավելացնել պիտակ</translation>
    </message>
</context>
<context>
    <name>confab::ui::UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>Չեղարկել(&amp;U)</translation>
    </message>
    <message>
        <source>Undo send</source>
        <translation>Ուղարկման չեղարկում</translation>
    </message>
    <message>
        <source>Take the message back (Ctrl+Z)</source>
        <translation>Հետ վերցնել հաղորդագրությունը (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Note is posted in %1 s</source>
        <translation>Նշումը կհրապարակվի %1 վ հետո</translation>
    </message>
    <message>
        <source>Reply is sent in %1 s</source>
        <translation>Պատասխանը կուղարկվի %1 վ հետո</translation>
    </message>
    <message>
        <source>(%1 more held)</source>
        <translation>(ևս %1 սպասման մեջ)</translation>
    </message>
</context>
<context>
    <name>confab::ui::sidebar::CollapsibleSection</name>
    <message>
        <source>Expanded</source>
        <translation>Ընդարձակված</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>Ծալված</translation>
    </message>
</context>
</TS>
