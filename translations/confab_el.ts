<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name>confab::app::DemoServer</name>
    <message>
        <source>Could not start the demo server (%1): %2</source>
        <translation>Δεν ήταν δυνατή η εκκίνηση του δοκιμαστικού διακομιστή (%1): %2</translation>
    </message>
    <message>
        <source>The demo server stopped (exit code %1). %2</source>
        <translation>Ο δοκιμαστικός διακομιστής σταμάτησε (κωδικός εξόδου %1). %2</translation>
    </message>
    <message>
        <source>The demo server did not start within 30 seconds.</source>
        <translation>Ο δοκιμαστικός διακομιστής δεν ξεκίνησε μέσα σε 30 δευτερόλεπτα.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the demo: %1</source>
        <translation>Δεν ήταν δυνατή η δημιουργία προσωρινού φακέλου για τη δοκιμαστική έκδοση: %1</translation>
    </message>
    <message>
        <source>confabd was not found next to confab, in CONFABD_BINARY or on the PATH.</source>
        <translation>Το confabd δεν βρέθηκε ούτε δίπλα στο confab ούτε στο CONFABD_BINARY ούτε στο PATH.</translation>
    </message>
    <message>
        <source>The demo server reported an address that cannot be used: %1</source>
        <translation>Ο δοκιμαστικός διακομιστής ανέφερε διεύθυνση που δεν μπορεί να χρησιμοποιηθεί: %1</translation>
    </message>
</context>
<context>
    <name>confab::app::DesktopApp</name>
    <message>
        <source>Could not sign in to the demo server: %1</source>
        <translation>Δεν ήταν δυνατή η σύνδεση στον δοκιμαστικό διακομιστή: %1</translation>
    </message>
    <message>
        <source>The demo never stores a sign-in.</source>
        <translation>Η δοκιμαστική έκδοση δεν αποθηκεύει ποτέ τα στοιχεία σύνδεσης.</translation>
    </message>
    <message>
        <source>This build has no keychain support.</source>
        <translation>Αυτή η έκδοση δεν υποστηρίζει κλειδοθήκη.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Λάθος email ή κωδικός πρόσβασης.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Δεν είναι δυνατή η πρόσβαση στο %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the local cache %1: %2</source>
        <translation>Δεν είναι δυνατό το άνοιγμα της τοπικής κρυφής μνήμης %1: %2</translation>
    </message>
    <message>
        <source>Could not save that: %1</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση: %1</translation>
    </message>
    <message>
        <source>Confab</source>
        <translation>Confab</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Please sign in again.</source>
        <translation>Η σύνδεσή σας δεν ισχύει πλέον. Συνδεθείτε ξανά.</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (δοκιμαστικό)</translation>
    </message>
    <message>
        <source>Signed out here; the server could not be told: %1</source>
        <translation>Αποσυνδεθήκατε σε αυτόν τον υπολογιστή, αλλά ο διακομιστής δεν ενημερώθηκε: %1</translation>
    </message>
</context>
<context>
    <name>confab::models::ActivityTracker</name>
    <message>
        <source>A teammate</source>
        <translation>Ένας συνάδελφος</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 πληκτρολογεί…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 και %2 πληκτρολογούν…</translation>
    </message>
    <message numerus="yes">
        <source>%n teammates are typing…</source>
        <translation>
            <numerusform>%n συνάδελφος πληκτρολογεί…</numerusform>
            <numerusform>%n συνάδελφοι πληκτρολογούν…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is also viewing</source>
        <translation>%1 βλέπει επίσης τη συνομιλία</translation>
    </message>
    <message>
        <source>%1 and %2 are also viewing</source>
        <translation>%1 και %2 βλέπουν επίσης τη συνομιλία</translation>
    </message>
    <message numerus="yes">
        <source>%n teammates are also viewing</source>
        <translation>
            <numerusform>%n συνάδελφος βλέπει επίσης τη συνομιλία</numerusform>
            <numerusform>%n συνάδελφοι βλέπουν επίσης τη συνομιλία</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::models::AdminLinks</name>
    <message>
        <source>This customer has no %1, so the link cannot be filled in.</source>
        <translation>Λείπει από τον πελάτη: %1 — ο σύνδεσμος δεν μπορεί να συμπληρωθεί.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Only http, https and mailto links can be opened.</source>
        <translation>Ανοίγουν μόνο σύνδεσμοι http, https και mailto.</translation>
    </message>
    <message>
        <source>Give the link a title.</source>
        <translation>Δώστε έναν τίτλο στον σύνδεσμο.</translation>
    </message>
    <message>
        <source>The title is too long (at most %1 characters).</source>
        <translation>Ο τίτλος είναι πολύ μεγάλος (έως %1 χαρακτήρες).</translation>
    </message>
    <message>
        <source>Enter the link&apos;s address.</source>
        <translation>Εισαγάγετε τη διεύθυνση του συνδέσμου.</translation>
    </message>
    <message>
        <source>The address is too long (at most %1 characters).</source>
        <translation>Η διεύθυνση είναι πολύ μεγάλη (έως %1 χαρακτήρες).</translation>
    </message>
    <message>
        <source>The address must start with http://, https:// or mailto:.</source>
        <translation>Η διεύθυνση πρέπει να ξεκινά με http://, https:// ή mailto:.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>Η διεύθυνση δεν έχει όνομα κεντρικού υπολογιστή.</translation>
    </message>
    <message>
        <source>A placeholder is not closed: write it as {attribute}.</source>
        <translation>Ένα σύμβολο κράτησης θέσης δεν έχει κλείσει: γράψτε το ως {χαρακτηριστικό}.</translation>
    </message>
</context>
<context>
    <name>confab::models::AgentPresence</name>
    <message>
        <source>Online</source>
        <translation>Σε σύνδεση</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Απουσιάζει</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Εκτός σύνδεσης</translation>
    </message>
</context>
<context>
    <name>confab::models::ArticleSearchModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>confab::models::AssignPickerModel</name>
    <message>
        <source>Assigned to someone else: only leads and admins can reassign it.</source>
        <translation>Έχει ανατεθεί σε άλλον: μόνο οι υπεύθυνοι και οι διαχειριστές μπορούν να την αναθέσουν ξανά.</translation>
    </message>
    <message>
        <source>Assigned to %1: only leads and admins can reassign it.</source>
        <translation>Ανάθεση: %1. Μόνο οι υπεύθυνοι και οι διαχειριστές μπορούν να την αναθέσουν ξανά.</translation>
    </message>
    <message>
        <source>Only leads and admins can assign conversations to teammates.</source>
        <translation>Μόνο οι υπεύθυνοι και οι διαχειριστές μπορούν να αναθέτουν συνομιλίες σε συναδέλφους.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Χωρίς ανάθεση</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Εγώ (%1)</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Εγώ</translation>
    </message>
    <message>
        <source>me</source>
        <translation>εγώ</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n ανοιχτή</numerusform>
            <numerusform>%n ανοιχτές</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Ομάδα</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (τρέχουσα ανάθεση)</translation>
    </message>
</context>
<context>
    <name>confab::models::AttributeFormat</name>
    <message>
        <source>Browser</source>
        <translation>Πρόγραμμα περιήγησης</translation>
    </message>
    <message>
        <source>Browser version</source>
        <translation>Έκδοση προγράμματος περιήγησης</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Λειτουργικό σύστημα</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Εγγραφή</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Συνεδρίες</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Πρόγραμμα</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>μόλις τώρα</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>σε %n λεπτό</numerusform>
            <numerusform>σε %n λεπτά</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>σε %n ώρα</numerusform>
            <numerusform>σε %n ώρες</numerusform>
        </translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>αύριο</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>σε %n ημέρα</numerusform>
            <numerusform>σε %n ημέρες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n week(s)</source>
        <translation>
            <numerusform>σε %n εβδομάδα</numerusform>
            <numerusform>σε %n εβδομάδες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>σε %n μήνα</numerusform>
            <numerusform>σε %n μήνες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year(s)</source>
        <translation>
            <numerusform>σε %n χρόνο</numerusform>
            <numerusform>σε %n χρόνια</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>πριν από %n λεπτό</numerusform>
            <numerusform>πριν από %n λεπτά</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>πριν από %n ώρα</numerusform>
            <numerusform>πριν από %n ώρες</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>χθες</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>πριν από %n ημέρα</numerusform>
            <numerusform>πριν από %n ημέρες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>πριν από %n εβδομάδα</numerusform>
            <numerusform>πριν από %n εβδομάδες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>πριν από %n μήνα</numerusform>
            <numerusform>πριν από %n μήνες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>πριν από %n χρόνο</numerusform>
            <numerusform>πριν από %n χρόνια</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ναι</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Όχι</translation>
    </message>
    <message>
        <source>(list)</source>
        <translation>(λίστα)</translation>
    </message>
    <message>
        <source>(object)</source>
        <translation>(αντικείμενο)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Έκδοση %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Τοποθεσία</translation>
    </message>
    <message>
        <source>Never seen</source>
        <translation>Δεν έχει εμφανιστεί ποτέ</translation>
    </message>
    <message>
        <source>Online now</source>
        <translation>Σε σύνδεση τώρα</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>Τελευταία εμφάνιση: %1</translation>
    </message>
    <message>
        <source>%1 local time (%2)</source>
        <translation>%1 τοπική ώρα (%2)</translation>
    </message>
    <message>
        <source>Unnamed customer</source>
        <translation>Πελάτης χωρίς όνομα</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>confab::models::AwaySummary</name>
    <message>
        <source>A conversation</source>
        <translation>Μια συνομιλία</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Άγνωστος πελάτης</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>1 new message</source>
        <translation>1 νέο μήνυμα</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n νέο μήνυμα</numerusform>
            <numerusform>%n νέα μηνύματα</numerusform>
        </translation>
    </message>
    <message>
        <source>You were mentioned</source>
        <translation>Σας ανέφεραν</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 σας ανέφερε</translation>
    </message>
    <message>
        <source>Unassigned from you</source>
        <translation>Αφαιρέθηκε η ανάθεση σε εσάς</translation>
    </message>
    <message>
        <source>Reassigned to %1</source>
        <translation>Ανατέθηκε εκ νέου σε: %1</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Ανατέθηκε σε εσάς</translation>
    </message>
    <message>
        <source>1 new message in your conversations</source>
        <translation>1 νέο μήνυμα στις συνομιλίες σας</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages in your conversations</source>
        <translation>
            <numerusform>%n νέο μήνυμα στις συνομιλίες σας</numerusform>
            <numerusform>%n νέα μηνύματα στις συνομιλίες σας</numerusform>
        </translation>
    </message>
    <message>
        <source>1 mention</source>
        <translation>1 αναφορά</translation>
    </message>
    <message numerus="yes">
        <source>%n mentions</source>
        <translation>
            <numerusform>%n αναφορά</numerusform>
            <numerusform>%n αναφορές</numerusform>
        </translation>
    </message>
    <message>
        <source>1 conversation reassigned away from you</source>
        <translation>1 συνομιλία ανατέθηκε σε άλλον</translation>
    </message>
    <message numerus="yes">
        <source>%n conversations reassigned away from you</source>
        <translation>
            <numerusform>%n συνομιλία ανατέθηκε σε άλλους</numerusform>
            <numerusform>%n συνομιλίες ανατέθηκαν σε άλλους</numerusform>
        </translation>
    </message>
    <message>
        <source>1 conversation assigned to you</source>
        <translation>1 συνομιλία ανατέθηκε σε εσάς</translation>
    </message>
    <message numerus="yes">
        <source>%n conversations assigned to you</source>
        <translation>
            <numerusform>%n συνομιλία ανατέθηκε σε εσάς</numerusform>
            <numerusform>%n συνομιλίες ανατέθηκαν σε εσάς</numerusform>
        </translation>
    </message>
    <message>
        <source>While you were away: nothing new for you.</source>
        <translation>Όσο λείπατε: τίποτα νέο για εσάς.</translation>
    </message>
    <message>
        <source>While you were away: %1.</source>
        <translation>Όσο λείπατε: %1.</translation>
    </message>
</context>
<context>
    <name>confab::models::ContactAdminLinksModel</name>
    <message>
        <source>Opens %1 in the browser</source>
        <translation>Ανοίγει το %1 στο πρόγραμμα περιήγησης</translation>
    </message>
</context>
<context>
    <name>confab::models::ContactConversationsModel</name>
    <message>
        <source>Open</source>
        <translation>Ανοιχτή</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Σε αναβολή</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Επιλύθηκε</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Συνομιλία</translation>
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
        <translation>Δεν εμφανίζεται κανένας πελάτης.</translation>
    </message>
    <message>
        <source>Type a tag first.</source>
        <translation>Πληκτρολογήστε πρώτα μια ετικέτα.</translation>
    </message>
    <message>
        <source>A tag can be at most %1 characters long.</source>
        <translation>Μια ετικέτα μπορεί να έχει έως %1 χαρακτήρες.</translation>
    </message>
    <message>
        <source>The customer already has the tag &quot;%1&quot;.</source>
        <translation>Ο πελάτης έχει ήδη την ετικέτα «%1».</translation>
    </message>
    <message>
        <source>A customer can have at most %1 tags.</source>
        <translation>Ένας πελάτης μπορεί να έχει έως %1 ετικέτες.</translation>
    </message>
</context>
<context>
    <name>confab::models::ConversationListModel</name>
    <message>
        <source>Unknown contact</source>
        <translation>Άγνωστη επαφή</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>μη αναγνωσμένη</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Εσείς</translation>
    </message>
</context>
<context>
    <name>confab::models::MessageFeedModel</name>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Teammate</source>
        <translation>Συνάδελφος</translation>
    </message>
    <message>
        <source>Internal note by %1: %2</source>
        <translation>Εσωτερική σημείωση από %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>confab::models::MessageNotifier</name>
    <message>
        <source>Someone</source>
        <translation>Κάποιος</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 σας ανέφερε</translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>Νέο μήνυμα από %1</translation>
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
        <translation>Επίλυση</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Αναβολή</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Άνοιγμα ξανά</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Αφαίρεση ανάθεσης</translation>
    </message>
    <message>
        <source>Assign to you</source>
        <translation>Ανάθεση σε εσάς</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Ανάθεση σε: %1</translation>
    </message>
    <message>
        <source>Remove the team</source>
        <translation>Αφαίρεση ομάδας</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Μεταφορά στην ομάδα %1</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Προτεραιότητα: %1</translation>
    </message>
    <message>
        <source>Remove the tags</source>
        <translation>Αφαίρεση ετικετών</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Ετικέτες: %1</translation>
    </message>
    <message>
        <source>Change the conversation</source>
        <translation>Αλλαγή συνομιλίας</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Σημείωση: %1</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation>Απάντηση: %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Μήνυμα</translation>
    </message>
    <message>
        <source>New conversation: %1</source>
        <translation>Νέα συνομιλία: %1</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Νέα συνομιλία</translation>
    </message>
    <message>
        <source>Change the customer&apos;s details</source>
        <translation>Αλλαγή στοιχείων πελάτη</translation>
    </message>
    <message>
        <source>Delete a note</source>
        <translation>Διαγραφή σημείωσης</translation>
    </message>
    <message>
        <source>Waiting to be sent again (the connection dropped before the server answered)</source>
        <translation>Αναμένει νέα αποστολή (η σύνδεση διακόπηκε πριν απαντήσει ο διακομιστής)</translation>
    </message>
    <message>
        <source>Waiting for the connection</source>
        <translation>Αναμονή σύνδεσης</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Αποστολή…</translation>
    </message>
    <message>
        <source>Held for a few seconds so you can undo it</source>
        <translation>Κρατείται για λίγα δευτερόλεπτα ώστε να μπορείτε να την αναιρέσετε</translation>
    </message>
    <message>
        <source>Not sent: Confab closed before the undo time ran out. Send it, edit it or discard it.</source>
        <translation>Δεν στάλθηκε: το Confab έκλεισε πριν λήξει ο χρόνος αναίρεσης. Στείλτε το, επεξεργαστείτε το ή απορρίψτε το.</translation>
    </message>
    <message>
        <source>The server refused it: you are not allowed to do this (%1)</source>
        <translation>Ο διακομιστής το απέρριψε: δεν έχετε δικαίωμα γι’ αυτό (%1)</translation>
    </message>
    <message>
        <source>The server refused it: the conversation or message no longer exists (%1)</source>
        <translation>Ο διακομιστής το απέρριψε: η συνομιλία ή το μήνυμα δεν υπάρχει πια (%1)</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>Ο διακομιστής το απέρριψε: %1</translation>
    </message>
    <message>
        <source>Someone else changed this conversation while you were offline.</source>
        <translation>Κάποιος άλλος άλλαξε αυτή τη συνομιλία ενώ ήσασταν εκτός σύνδεσης.</translation>
    </message>
    <message>
        <source>Keep theirs, or apply yours on top.</source>
        <translation>Κρατήστε τη δική του αλλαγή ή εφαρμόστε τη δική σας από πάνω.</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>Ένας πελάτης</translation>
    </message>
    <message>
        <source>A conversation no longer in the cache</source>
        <translation>Μια συνομιλία που δεν υπάρχει πια στην κρυφή μνήμη</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Άγνωστος πελάτης</translation>
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
        <translation>%1, %2, %3: %4</translation>
    </message>
</context>
<context>
    <name>confab::models::SearchModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>confab::models::SnoozePresets</name>
    <message>
        <source>In 1 hour</source>
        <translation>Σε 1 ώρα</translation>
    </message>
    <message>
        <source>This evening</source>
        <translation>Απόψε</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Αύριο</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Την επόμενη εβδομάδα</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>αύριο %1</translation>
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
        <translation>Επιλέξτε ημερομηνία και ώρα.</translation>
    </message>
    <message>
        <source>Pick a time in the future.</source>
        <translation>Επιλέξτε μια μελλοντική ώρα.</translation>
    </message>
    <message>
        <source>Snooze for at most a year.</source>
        <translation>Η αναβολή μπορεί να διαρκέσει έως έναν χρόνο.</translation>
    </message>
</context>
<context>
    <name>confab::models::TimeFormat</name>
    <message>
        <source>now</source>
        <comment>list time: less than a minute ago</comment>
        <translation>τώρα</translation>
    </message>
    <message>
        <source>%1m</source>
        <comment>compact minutes</comment>
        <translation>%1λ</translation>
    </message>
    <message>
        <source>%1h</source>
        <comment>compact hours</comment>
        <translation>%1ω</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Χθες</translation>
    </message>
    <message>
        <source>&lt;1m</source>
        <comment>compact: less than a minute</comment>
        <translation>&lt;1λ</translation>
    </message>
    <message>
        <source>%1d</source>
        <comment>compact days</comment>
        <translation>%1ημ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Σήμερα</translation>
    </message>
</context>
<context>
    <name>confab::models::TriageCommands</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n συνομιλία</numerusform>
            <numerusform>%n συνομιλίες</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassigned %1</source>
        <translation>Αφαιρέθηκε η ανάθεση: %1</translation>
    </message>
    <message>
        <source>Assigned %1 to you</source>
        <translation>Ανατέθηκαν σε εσάς: %1</translation>
    </message>
    <message>
        <source>Assigned %1 to %2</source>
        <translation>Ανατέθηκαν σε %2: %1</translation>
    </message>
    <message>
        <source>; %1 not allowed: %2</source>
        <translation>; δεν επιτρέπεται για %1: %2</translation>
    </message>
    <message>
        <source>Removed the team from %1</source>
        <translation>Αφαιρέθηκε η ομάδα: %1</translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation>Μεταφέρθηκαν στην ομάδα %2: %1</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Επιλύθηκαν: %1</translation>
    </message>
    <message>
        <source>Reopened %1</source>
        <translation>Άνοιξαν ξανά: %1</translation>
    </message>
    <message>
        <source>Snoozed %1</source>
        <translation>Σε αναβολή: %1</translation>
    </message>
    <message>
        <source>Changed the priority of %1</source>
        <translation>Άλλαξε η προτεραιότητα: %1</translation>
    </message>
    <message>
        <source>Tagged %1 with &quot;%2&quot;</source>
        <translation>Προστέθηκε η ετικέτα «%2»: %1</translation>
    </message>
    <message>
        <source>Removed &quot;%2&quot; from %1</source>
        <translation>Αφαιρέθηκε η ετικέτα «%2»: %1</translation>
    </message>
</context>
<context>
    <name>confab::models::TriageConflicts</name>
    <message>
        <source>you</source>
        <translation>εσείς</translation>
    </message>
    <message>
        <source>a former teammate</source>
        <translation>πρώην συνάδελφος</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>επιλυμένη</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>σε αναβολή</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>σε αναβολή έως %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ανοιχτή</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Χαμηλή</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Υψηλή</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Επείγουσα</translation>
    </message>
    <message>
        <source>none</source>
        <translation>καμία</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>χωρίς ετικέτες</translation>
    </message>
    <message>
        <source>It is now unassigned</source>
        <translation>Τώρα δεν έχει ανατεθεί σε κανέναν</translation>
    </message>
    <message>
        <source>It is now assigned to you</source>
        <translation>Τώρα έχει ανατεθεί σε εσάς</translation>
    </message>
    <message>
        <source>It is now assigned to %1</source>
        <translation>Τώρα έχει ανατεθεί σε: %1</translation>
    </message>
    <message>
        <source>you unassigned it</source>
        <translation>εσείς αφαιρέσατε την ανάθεση</translation>
    </message>
    <message>
        <source>you assigned it to yourself</source>
        <translation>εσείς την αναθέσατε στον εαυτό σας</translation>
    </message>
    <message>
        <source>you assigned it to %1</source>
        <translation>εσείς την αναθέσατε σε: %1</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1· %2.</translation>
    </message>
    <message>
        <source>It is now %1; you marked it %2.</source>
        <translation>Τώρα είναι %1· εσείς την ορίσατε %2.</translation>
    </message>
    <message>
        <source>It is now in no team</source>
        <translation>Τώρα δεν ανήκει σε καμία ομάδα</translation>
    </message>
    <message>
        <source>It is now in the %1 team</source>
        <translation>Τώρα ανήκει στην ομάδα %1</translation>
    </message>
    <message>
        <source>you removed the team</source>
        <translation>εσείς αφαιρέσατε την ομάδα</translation>
    </message>
    <message>
        <source>you moved it to %1</source>
        <translation>εσείς τη μεταφέρατε στην ομάδα %1</translation>
    </message>
    <message>
        <source>Its priority is now %1; you set %2.</source>
        <translation>Η προτεραιότητα είναι τώρα %1· εσείς ορίσατε %2.</translation>
    </message>
    <message>
        <source>Its tags are now %1; you set %2.</source>
        <translation>Οι ετικέτες είναι τώρα %1· εσείς ορίσατε %2.</translation>
    </message>
    <message>
        <source>Someone else made the same change meanwhile, so nothing is lost by keeping theirs.</source>
        <translation>Κάποιος άλλος έκανε στο μεταξύ την ίδια αλλαγή, οπότε δεν χάνεται τίποτα αν κρατηθεί η δική του.</translation>
    </message>
    <message>
        <source>Someone else changed this conversation while your change was on its way.</source>
        <translation>Κάποιος άλλος άλλαξε αυτή τη συνομιλία ενώ η αλλαγή σας βρισκόταν καθ’ οδόν.</translation>
    </message>
    <message>
        <source>%1 It is assigned to %2; ask them or a lead to hand it over.</source>
        <translation>%1 Έχει ανατεθεί σε: %2· ζητήστε από αυτόν ή από έναν υπεύθυνο να σας τη μεταβιβάσει.</translation>
    </message>
    <message>
        <source>You are not allowed to make this change.</source>
        <translation>Δεν έχετε δικαίωμα να κάνετε αυτή την αλλαγή.</translation>
    </message>
    <message>
        <source>You are not allowed to make this change: %1</source>
        <translation>Δεν έχετε δικαίωμα να κάνετε αυτή την αλλαγή: %1</translation>
    </message>
    <message>
        <source>The server refused the change (%1).</source>
        <translation>Ο διακομιστής απέρριψε την αλλαγή (%1).</translation>
    </message>
    <message>
        <source>The server refused the change: %1</source>
        <translation>Ο διακομιστής απέρριψε την αλλαγή: %1</translation>
    </message>
    <message>
        <source>Someone else changed this conversation</source>
        <translation>Κάποιος άλλος άλλαξε αυτή τη συνομιλία</translation>
    </message>
    <message>
        <source>This change is not allowed</source>
        <translation>Αυτή η αλλαγή δεν επιτρέπεται</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Η αλλαγή δεν αποθηκεύτηκε</translation>
    </message>
</context>
<context>
    <name>confab::models::TriagePolicy</name>
    <message>
        <source>This conversation is assigned to someone else; only leads and admins can reassign it.</source>
        <translation>Αυτή η συνομιλία έχει ανατεθεί σε άλλον· μόνο οι υπεύθυνοι και οι διαχειριστές μπορούν να την αναθέσουν ξανά.</translation>
    </message>
    <message>
        <source>Only leads and admins can assign a conversation to someone else.</source>
        <translation>Μόνο οι υπεύθυνοι και οι διαχειριστές μπορούν να αναθέσουν μια συνομιλία σε άλλον.</translation>
    </message>
</context>
<context>
    <name>confab::models::ViewsModel</name>
    <message>
        <source>Your inbox</source>
        <translation>Τα εισερχόμενά μου</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Αναφορές</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Χωρίς ανάθεση</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Όλες</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n open</source>
        <translation>
            <numerusform>%1, %n ανοιχτή</numerusform>
            <numerusform>%1, %n ανοιχτές</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::sync::AuthClient</name>
    <message>
        <source>connection refused</source>
        <translation>η σύνδεση απορρίφθηκε</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>ο διακομιστής δεν βρέθηκε</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>λήξη χρονικού ορίου</translation>
    </message>
    <message>
        <source>connection closed by the server</source>
        <translation>ο διακομιστής έκλεισε τη σύνδεση</translation>
    </message>
    <message>
        <source>wrong email or password</source>
        <translation>λάθος email ή κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>Too many failed attempts; try again in a minute.</source>
        <translation>Πάρα πολλές αποτυχημένες προσπάθειες· δοκιμάστε ξανά σε ένα λεπτό.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Ο διακομιστής απάντησε %1.</translation>
    </message>
    <message>
        <source>The server answered %1: %2</source>
        <translation>Ο διακομιστής απάντησε %1: %2</translation>
    </message>
</context>
<context>
    <name>confab::ui::AdminLinksDialog</name>
    <message>
        <source>Admin Links</source>
        <translation>Σύνδεσμοι διαχειριστή</translation>
    </message>
    <message>
        <source>Admin links</source>
        <translation>Σύνδεσμοι διαχειριστή</translation>
    </message>
    <message>
        <source>Set by your admins for everyone:</source>
        <translation>Ορισμένοι από τους διαχειριστές για όλους:</translation>
    </message>
    <message>
        <source>Your own links (on this computer):</source>
        <translation>Οι δικοί σας σύνδεσμοι (σε αυτόν τον υπολογιστή):</translation>
    </message>
    <message>
        <source>Your links</source>
        <translation>Οι σύνδεσμοί σας</translation>
    </message>
    <message>
        <source>Stripe customer</source>
        <translation>Πελάτης στο Stripe</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Τίτλος:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Διεύθυνση:</translation>
    </message>
    <message>
        <source>Use {email}, {external_id}, {id}, {name} or any attribute key, for example https://billing.example.com/customers?email={email}. Values are encoded for you.</source>
        <translation>Χρησιμοποιήστε {email}, {external_id}, {id}, {name} ή το κλειδί οποιουδήποτε χαρακτηριστικού, για παράδειγμα https://billing.example.com/customers?email={email}. Οι τιμές κωδικοποιούνται αυτόματα.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Προσθήκη</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Αφαίρεση</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>admin link: title — template</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Ενημέρωση</translation>
    </message>
</context>
<context>
    <name>confab::ui::ArticlePicker</name>
    <message>
        <source>Insert a help article</source>
        <translation>Εισαγωγή άρθρου βοήθειας</translation>
    </message>
    <message>
        <source>Search help articles…</source>
        <translation>Αναζήτηση άρθρων βοήθειας…</translation>
    </message>
    <message>
        <source>Search help articles</source>
        <translation>Αναζήτηση άρθρων βοήθειας</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Άρθρα</translation>
    </message>
    <message>
        <source>Enter: title and link · Shift+Enter: full text · Ctrl+O: read · Esc: close</source>
        <translation>Enter: τίτλος και σύνδεσμος · Shift+Enter: πλήρες κείμενο · Ctrl+O: ανάγνωση · Esc: κλείσιμο</translation>
    </message>
    <message>
        <source>No help articles are synced yet.</source>
        <translation>Δεν έχουν συγχρονιστεί ακόμη άρθρα βοήθειας.</translation>
    </message>
    <message>
        <source>No article matches &quot;%1&quot;.</source>
        <translation>Κανένα άρθρο δεν ταιριάζει με «%1».</translation>
    </message>
</context>
<context>
    <name>confab::ui::AssignPicker</name>
    <message>
        <source>Assign</source>
        <translation>Ανάθεση</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Ανάθεση σε…</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Ανάθεση σε</translation>
    </message>
    <message>
        <source>Teammates and teams</source>
        <translation>Συνάδελφοι και ομάδες</translation>
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
        <translation>Σύνταξη μηνύματος</translation>
    </message>
    <message>
        <source>Reply or internal note</source>
        <translation>Απάντηση ή εσωτερική σημείωση</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Απάντηση</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Reply to the customer (R)</source>
        <translation>Απάντηση στον πελάτη (R)</translation>
    </message>
    <message>
        <source>Internal note for your team (N)</source>
        <translation>Εσωτερική σημείωση για την ομάδα σας (N)</translation>
    </message>
    <message>
        <source>Internal note — only your team sees this</source>
        <translation>Εσωτερική σημείωση — τη βλέπει μόνο η ομάδα σας</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Μήνυμα</translation>
    </message>
    <message>
        <source>Teammates</source>
        <translation>Συνάδελφοι</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Αποθηκευμένες απαντήσεις</translation>
    </message>
    <message>
        <source>Write an internal note — @mention a teammate to notify them</source>
        <translation>Γράψτε εσωτερική σημείωση — αναφέρετε έναν συνάδελφο με @ για να ειδοποιηθεί</translation>
    </message>
    <message>
        <source>Reply to the customer — type # for saved replies</source>
        <translation>Απάντηση στον πελάτη — πληκτρολογήστε # για αποθηκευμένες απαντήσεις</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Απάντηση στον πελάτη</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Προσθήκη σημείωσης</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Αποστολή απάντησης</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send · Enter for a new line</source>
        <translation>Ctrl+Enter για αποστολή · Enter για νέα γραμμή</translation>
    </message>
    <message>
        <source>Enter to send · Shift+Enter for a new line</source>
        <translation>Enter για αποστολή · Shift+Enter για νέα γραμμή</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>Πολύ μεγάλο μήνυμα</translation>
    </message>
    <message>
        <source>A message can hold at most %1 characters; this one has %2.</source>
        <translation>Ένα μήνυμα μπορεί να έχει έως %1 χαρακτήρες· αυτό έχει %2.</translation>
    </message>
    <message>
        <source>Send to the customer?</source>
        <translation>Αποστολή στον πελάτη;</translation>
    </message>
    <message>
        <source>This goes to the customer — send as a note instead?</source>
        <translation>Αυτό θα το δει ο πελάτης — να σταλεί ως σημείωση;</translation>
    </message>
    <message>
        <source>You mentioned a teammate in a reply. Replies are seen by the customer; notes only by your team.</source>
        <translation>Αναφέρατε έναν συνάδελφο σε απάντηση. Τις απαντήσεις τις βλέπει ο πελάτης· τις σημειώσεις μόνο η ομάδα σας.</translation>
    </message>
    <message>
        <source>Send as Note</source>
        <translation>Αποστολή ως σημείωση</translation>
    </message>
    <message>
        <source>Send Reply Anyway</source>
        <translation>Αποστολή απάντησης παρ’ όλα αυτά</translation>
    </message>
</context>
<context>
    <name>confab::ui::ConflictDialog</name>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Διατήρηση της δικής του</translation>
    </message>
    <message>
        <source>&amp;Apply mine</source>
        <translation>&amp;Εφαρμογή της δικής μου</translation>
    </message>
    <message>
        <source>Drop your change; the conversation stays as it is now</source>
        <translation>Απόρριψη της αλλαγής σας· η συνομιλία μένει όπως είναι τώρα</translation>
    </message>
    <message>
        <source>Send your change again, on top of theirs</source>
        <translation>Νέα αποστολή της αλλαγής σας, πάνω από τη δική του</translation>
    </message>
    <message>
        <source>&amp;Discard my change</source>
        <translation>Α&amp;πόρριψη της αλλαγής μου</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Νέα προσπάθεια</translation>
    </message>
    <message>
        <source>&amp;Open Conversation</source>
        <translation>Ά&amp;νοιγμα συνομιλίας</translation>
    </message>
</context>
<context>
    <name>confab::ui::ConnectionIndicator</name>
    <message>
        <source>First sync</source>
        <translation>Πρώτος συγχρονισμός</translation>
    </message>
    <message>
        <source>Click to reconnect now</source>
        <translation>Κάντε κλικ για επανασύνδεση τώρα</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2</source>
        <translation>Συγχρονισμός: %1 από %2</translation>
    </message>
    <message>
        <source>Syncing: %1 received</source>
        <translation>Συγχρονισμός: ελήφθησαν %1</translation>
    </message>
    <message numerus="yes">
        <source>Online — sending %n</source>
        <translation>
            <numerusform>Σε σύνδεση — αποστέλλεται %n</numerusform>
            <numerusform>Σε σύνδεση — αποστέλλονται %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Σε σύνδεση</translation>
    </message>
    <message numerus="yes">
        <source>Connecting… — %n waiting</source>
        <translation>
            <numerusform>Σύνδεση… — %n σε αναμονή</numerusform>
            <numerusform>Σύνδεση… — %n σε αναμονή</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Σύνδεση…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n waiting</source>
        <translation>
            <numerusform>Εκτός σύνδεσης — %n σε αναμονή</numerusform>
            <numerusform>Εκτός σύνδεσης — %n σε αναμονή</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Εκτός σύνδεσης</translation>
    </message>
</context>
<context>
    <name>confab::ui::ConversationDelegate</name>
    <message>
        <source>%1 (note): %2</source>
        <translation>%1 (σημείωση): %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Επείγουσα</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Υψηλή</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Χαμηλή</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Πρόχειρο</translation>
    </message>
</context>
<context>
    <name>confab::ui::CustomerSidebar</name>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Open a conversation to see who you are talking to.</source>
        <translation>Ανοίξτε μια συνομιλία για να δείτε με ποιον μιλάτε.</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Προσθήκη ετικέτας…</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Προσθήκη ετικέτας</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Ετικέτες</translation>
    </message>
    <message>
        <source>Edit my links…</source>
        <translation>Επεξεργασία των συνδέσμων μου…</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Σύνδεσμοι</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Στοιχεία</translation>
    </message>
    <message>
        <source>Filter attributes…</source>
        <translation>Φιλτράρισμα χαρακτηριστικών…</translation>
    </message>
    <message>
        <source>Filter attributes</source>
        <translation>Φιλτράρισμα χαρακτηριστικών</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Χαρακτηριστικά</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Συμβάντα</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Εμφάνιση περισσότερων</translation>
    </message>
    <message>
        <source>Previous conversations</source>
        <translation>Προηγούμενες συνομιλίες</translation>
    </message>
    <message>
        <source>Avatar of %1</source>
        <translation>Εικόνα προφίλ: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Remove the tag &quot;%1&quot;</source>
        <translation>Αφαίρεση της ετικέτας «%1»</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Ετικέτα %1</translation>
    </message>
    <message>
        <source>Press to remove it</source>
        <translation>Πατήστε για αφαίρεση</translation>
    </message>
    <message>
        <source>Opens %1 in the browser</source>
        <translation>Ανοίγει το %1 στο πρόγραμμα περιήγησης</translation>
    </message>
    <message>
        <source>%1 (unavailable)</source>
        <translation>%1 (μη διαθέσιμο)</translation>
    </message>
    <message>
        <source>Links (%1)</source>
        <translation>Σύνδεσμοι (%1)</translation>
    </message>
    <message>
        <source>Events (none)</source>
        <translation>Συμβάντα (κανένα)</translation>
    </message>
    <message>
        <source>Previous conversations (%1)</source>
        <translation>Προηγούμενες συνομιλίες (%1)</translation>
    </message>
    <message>
        <source>Previous conversations (none)</source>
        <translation>Προηγούμενες συνομιλίες (καμία)</translation>
    </message>
    <message>
        <source>Attributes (%1)</source>
        <translation>Χαρακτηριστικά (%1)</translation>
    </message>
    <message>
        <source>Attributes (none)</source>
        <translation>Χαρακτηριστικά (κανένα)</translation>
    </message>
</context>
<context>
    <name>confab::ui::FeedDelegate</name>
    <message>
        <source>Retry</source>
        <translation>Επανάληψη</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Εσείς</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Δεν στάλθηκε</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Δεν στάλθηκε: %1</translation>
    </message>
</context>
<context>
    <name>confab::ui::FeedView</name>
    <message>
        <source>Conversation messages</source>
        <translation>Μηνύματα συνομιλίας</translation>
    </message>
    <message>
        <source>Jump to new messages</source>
        <translation>Μετάβαση στα νέα μηνύματα</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) ↓</source>
        <translation>
            <numerusform>%n νέο μήνυμα ↓</numerusform>
            <numerusform>%n νέα μηνύματα ↓</numerusform>
        </translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Ενέργειες μηνύματος</translation>
    </message>
    <message>
        <source>&amp;Copy Message Text</source>
        <translation>&amp;Αντιγραφή κειμένου μηνύματος</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Αντιγραφή</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>Αντιγραφή &amp;συνδέσμου</translation>
    </message>
    <message>
        <source>&amp;Open Link</source>
        <translation>Ά&amp;νοιγμα συνδέσμου</translation>
    </message>
    <message>
        <source>&amp;Retry Sending</source>
        <translation>&amp;Νέα απόπειρα αποστολής</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Α&amp;πόρριψη</translation>
    </message>
    <message>
        <source>&amp;Delete Note…</source>
        <translation>&amp;Διαγραφή σημείωσης…</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Διαγραφή σημείωσης</translation>
    </message>
    <message>
        <source>Delete this internal note? It disappears for every teammate.</source>
        <translation>Να διαγραφεί αυτή η εσωτερική σημείωση; Θα εξαφανιστεί για όλους τους συναδέλφους.</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Διαγραφή σημείωσης</translation>
    </message>
</context>
<context>
    <name>confab::ui::HelpCenterView</name>
    <message>
        <source>Help center</source>
        <translation>Κέντρο βοήθειας</translation>
    </message>
    <message>
        <source>Search help articles…</source>
        <translation>Αναζήτηση άρθρων βοήθειας…</translation>
    </message>
    <message>
        <source>Search help articles</source>
        <translation>Αναζήτηση άρθρων βοήθειας</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Άρθρα</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Άρθρο</translation>
    </message>
    <message>
        <source>Pick an article to read it here before you send it.</source>
        <translation>Επιλέξτε ένα άρθρο για να το διαβάσετε εδώ πριν το στείλετε.</translation>
    </message>
    <message>
        <source>Insert &amp;link</source>
        <translation>Εισαγωγή &amp;συνδέσμου</translation>
    </message>
    <message>
        <source>Insert the article&apos;s title and link into the reply</source>
        <translation>Εισαγωγή του τίτλου και του συνδέσμου του άρθρου στην απάντηση</translation>
    </message>
    <message>
        <source>Insert full &amp;text</source>
        <translation>Εισαγωγή πλήρους &amp;κειμένου</translation>
    </message>
    <message>
        <source>Insert the whole article into the reply</source>
        <translation>Εισαγωγή ολόκληρου του άρθρου στην απάντηση</translation>
    </message>
</context>
<context>
    <name>confab::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Γλώσσα</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Προεπιλογή συστήματος</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>τη γλώσσα του συστήματος</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>Confab will use %1 the next time it starts.</source>
        <translation>Το Confab θα χρησιμοποιήσει %1 στην επόμενη εκκίνηση.</translation>
    </message>
</context>
<context>
    <name>confab::ui::LoginDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Να με θυμάσαι σε αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <source>Sign in to Confab</source>
        <translation>Σύνδεση στο Confab</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Διεύθυνση διακομιστή</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>esy@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Να με θυμάσαι</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Πρόβλημα σύνδεσης</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Σύνδεση</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Δια&amp;κομιστής:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Κωδικός &amp;πρόσβασης:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in&lt;/b&gt; with your team&apos;s Confab server</source>
        <translation>&lt;b&gt;Συνδεθείτε&lt;/b&gt; στον διακομιστή Confab της ομάδας σας</translation>
    </message>
    <message>
        <source>“%1” is not a server address.</source>
        <translation>Το «%1» δεν είναι διεύθυνση διακομιστή.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Σύνδεση…</translation>
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
        <translation>Εισερχόμενα Confab</translation>
    </message>
    <message>
        <source>Could not load older messages: %1</source>
        <translation>Δεν ήταν δυνατή η φόρτωση παλαιότερων μηνυμάτων: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inbox&lt;/b&gt;</source>
        <translation>&lt;b&gt;Εισερχόμενα&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Προβολές</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Κατάσταση</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Φίλτρο κατάστασης</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ανοιχτές</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Σε αναβολή</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Επιλυμένες</translation>
    </message>
    <message>
        <source>S&amp;ort</source>
        <translation>&amp;Ταξινόμηση</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Σειρά ταξινόμησης</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Νεότερες πρώτα</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Παλαιότερες πρώτα</translation>
    </message>
    <message>
        <source>Waiting longest</source>
        <translation>Μεγαλύτερη αναμονή</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Προτεραιότητα</translation>
    </message>
    <message>
        <source>Teammates viewing this conversation</source>
        <translation>Συνάδελφοι που βλέπουν αυτή τη συνομιλία</translation>
    </message>
    <message>
        <source>Select a conversation on the left.</source>
        <translation>Επιλέξτε μια συνομιλία στα αριστερά.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Συνομιλίες</translation>
    </message>
    <message>
        <source>No conversations here.</source>
        <translation>Δεν υπάρχουν συνομιλίες εδώ.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Στοιχεία πελάτη</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Α&amp;ποσύνδεση</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Επεξεργασία</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Αντιγραφή</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Συνομιλία</translation>
    </message>
    <message>
        <source>&amp;Next Conversation</source>
        <translation>&amp;Επόμενη συνομιλία</translation>
    </message>
    <message>
        <source>&amp;Previous Conversation</source>
        <translation>Προη&amp;γούμενη συνομιλία</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Απάντηση</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>Ση&amp;μείωση</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Απο&amp;στολή</translation>
    </message>
    <message>
        <source>Jump to &amp;Newest Message</source>
        <translation>Μετάβαση στο &amp;νεότερο μήνυμα</translation>
    </message>
    <message>
        <source>Focus &amp;Messages</source>
        <translation>Εστίαση στα μηνύ&amp;ματα</translation>
    </message>
    <message>
        <source>Focus Conversation &amp;List</source>
        <translation>Εστίαση στη &amp;λίστα συνομιλιών</translation>
    </message>
    <message>
        <source>&amp;Delete Note…</source>
        <translation>&amp;Διαγραφή σημείωσης…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Προβολή</translation>
    </message>
    <message>
        <source>&amp;Your Inbox</source>
        <translation>Τα &amp;εισερχόμενά μου</translation>
    </message>
    <message>
        <source>&amp;Mentions</source>
        <translation>&amp;Αναφορές</translation>
    </message>
    <message>
        <source>&amp;Unassigned</source>
        <translation>&amp;Χωρίς ανάθεση</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Όλες</translation>
    </message>
    <message>
        <source>Show &amp;Open</source>
        <translation>Εμφάνιση α&amp;νοιχτών</translation>
    </message>
    <message>
        <source>Show &amp;Snoozed</source>
        <translation>Εμφάνιση σε ανα&amp;βολή</translation>
    </message>
    <message>
        <source>Show &amp;Resolved</source>
        <translation>Εμφάνιση επι&amp;λυμένων</translation>
    </message>
    <message>
        <source>Customer &amp;Sidebar</source>
        <translation>&amp;Πλαϊνή στήλη πελάτη</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>&amp;About Confab</source>
        <translation>&amp;Σχετικά με το Confab</translation>
    </message>
    <message>
        <source>About Confab</source>
        <translation>Σχετικά με το Confab</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confab&lt;/b&gt; %1&lt;br&gt;Every customer conversation in one place.</source>
        <translation>&lt;b&gt;Confab&lt;/b&gt; %1&lt;br&gt;Όλες οι συνομιλίες με πελάτες σε ένα σημείο.</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Website (Chat as a Customer)</source>
        <translation>Άνοιγμα της &amp;δοκιμαστικής ιστοσελίδας (συνομιλία ως πελάτης)</translation>
    </message>
    <message>
        <source>Opens %1 in your browser: a product page with the chat bubble, where you play the customer.</source>
        <translation>Ανοίγει το %1 στο πρόγραμμα περιήγησης: μια σελίδα προϊόντος με το παράθυρο συνομιλίας, όπου παίζετε τον ρόλο του πελάτη.</translation>
    </message>
    <message>
        <source>Chat as a customer</source>
        <translation>Συνομιλία ως πελάτης</translation>
    </message>
    <message>
        <source>Open the demo website to chat as a customer</source>
        <translation>Ανοίξτε τη δοκιμαστική ιστοσελίδα για να συνομιλήσετε ως πελάτης</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Δεν έχει επιλεγεί συνομιλία</translation>
    </message>
    <message>
        <source>Conversation not found</source>
        <translation>Η συνομιλία δεν βρέθηκε</translation>
    </message>
    <message>
        <source>Select a conversation to see the customer.</source>
        <translation>Επιλέξτε μια συνομιλία για να δείτε τον πελάτη.</translation>
    </message>
    <message>
        <source>Unknown contact</source>
        <translation>Άγνωστη επαφή</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Σε αναβολή έως %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Χωρίς ανάθεση</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Ανατέθηκε σε εσάς</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Ανάθεση: %1</translation>
    </message>
    <message>
        <source>%1 team</source>
        <translation>Ομάδα %1</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Συνομιλία</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Προτεραιότητα: %1</translation>
    </message>
    <message>
        <source>%1 — Confab</source>
        <translation>%1 — Confab</translation>
    </message>
    <message>
        <source>Conversation started %1</source>
        <translation>Η συνομιλία ξεκίνησε %1</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>status of one conversation</comment>
        <translation>Ανοιχτή</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>status of one conversation</comment>
        <translation>Επιλύθηκε</translation>
    </message>
</context>
<context>
    <name>confab::ui::OfflineUi</name>
    <message>
        <source>Outbox</source>
        <translation>Εξερχόμενα</translation>
    </message>
    <message>
        <source>Outbox: actions not yet on the server</source>
        <translation>Εξερχόμενα: ενέργειες που δεν έφτασαν ακόμη στον διακομιστή</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>Εξερχόμενα (%1)</translation>
    </message>
    <message>
        <source>Not sent — %1: %2</source>
        <translation>Δεν στάλθηκε — %1: %2</translation>
    </message>
    <message>
        <source>⚠ 1 action not yet saved — retrying</source>
        <translation>⚠ 1 ενέργεια δεν έχει αποθηκευτεί ακόμη — νέα προσπάθεια</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n actions not yet saved — retrying</source>
        <translation>
            <numerusform>⚠ %n ενέργεια δεν έχει αποθηκευτεί ακόμη — νέα προσπάθεια</numerusform>
            <numerusform>⚠ %n ενέργειες δεν έχουν αποθηκευτεί ακόμη — νέα προσπάθεια</numerusform>
        </translation>
    </message>
    <message>
        <source>Confab cannot write to its local cache (%1). What you did is kept in memory and saved as soon as the disk allows; nothing is dropped. Free some disk space or close the program that locks the file.</source>
        <translation>Το Confab δεν μπορεί να γράψει στην τοπική κρυφή μνήμη (%1). Ό,τι κάνατε διατηρείται στη μνήμη και θα αποθηκευτεί μόλις το επιτρέψει ο δίσκος· δεν χάνεται τίποτα. Ελευθερώστε χώρο στον δίσκο ή κλείστε το πρόγραμμα που κλειδώνει το αρχείο.</translation>
    </message>
    <message>
        <source>Could not save to disk: %1. Kept in memory, retrying.</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση στον δίσκο: %1. Διατηρείται στη μνήμη, νέα προσπάθεια.</translation>
    </message>
    <message>
        <source>While you were away</source>
        <translation>Όσο λείπατε</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Απόκρυψη</translation>
    </message>
    <message>
        <source>Quit Confab?</source>
        <translation>Έξοδος από το Confab;</translation>
    </message>
    <message>
        <source>A message is still inside the undo time and has not been sent.</source>
        <translation>Ένα μήνυμα βρίσκεται ακόμη στον χρόνο αναίρεσης και δεν έχει σταλεί.</translation>
    </message>
    <message numerus="yes">
        <source>%n messages are still inside the undo time and have not been sent.</source>
        <translation>
            <numerusform>%n μήνυμα βρίσκεται ακόμη στον χρόνο αναίρεσης και δεν έχει σταλεί.</numerusform>
            <numerusform>%n μηνύματα βρίσκονται ακόμη στον χρόνο αναίρεσης και δεν έχουν σταλεί.</numerusform>
        </translation>
    </message>
    <message>
        <source>An action could not be saved to disk yet and would be lost.</source>
        <translation>Μια ενέργεια δεν έχει αποθηκευτεί ακόμη στον δίσκο και θα χαθεί.</translation>
    </message>
    <message numerus="yes">
        <source>%n actions could not be saved to disk yet and would be lost.</source>
        <translation>
            <numerusform>%n ενέργεια δεν έχει αποθηκευτεί ακόμη στον δίσκο και θα χαθεί.</numerusform>
            <numerusform>%n ενέργειες δεν έχουν αποθηκευτεί ακόμη στον δίσκο και θα χαθούν.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send Now and Quit</source>
        <translation>Αποστολή τώρα και έξοδος</translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation>Έξοδος παρ’ όλα αυτά</translation>
    </message>
    <message>
        <source>Keep as Drafts and Quit</source>
        <translation>Διατήρηση ως πρόχειρα και έξοδος</translation>
    </message>
    <message>
        <source>Some of your actions were not sent — see the Outbox.</source>
        <translation>Ορισμένες ενέργειές σας δεν στάλθηκαν — δείτε τα Εξερχόμενα.</translation>
    </message>
    <message>
        <source>&amp;Offline</source>
        <translation>&amp;Εκτός σύνδεσης</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>Ε&amp;ξερχόμενα</translation>
    </message>
    <message>
        <source>&amp;Undo Send</source>
        <translation>&amp;Αναίρεση αποστολής</translation>
    </message>
    <message>
        <source>Hold for %1 seconds</source>
        <translation>Καθυστέρηση %1 δ.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Ανενεργό</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…και %1 ακόμη</translation>
    </message>
    <message>
        <source>Not sent — the text is back in the composer.</source>
        <translation>Δεν στάλθηκε — το κείμενο επέστρεψε στη σύνταξη.</translation>
    </message>
</context>
<context>
    <name>confab::ui::OutboxPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Επανάληψη</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Επε&amp;ξεργασία</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>Α&amp;πόρριψη…</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Εξερχόμενα</translation>
    </message>
    <message>
        <source>Actions not yet on the server</source>
        <translation>Ενέργειες που δεν έφτασαν ακόμη στον διακομιστή</translation>
    </message>
    <message>
        <source>Everything you did is on the server.</source>
        <translation>Όλες οι ενέργειές σας βρίσκονται στον διακομιστή.</translation>
    </message>
    <message>
        <source>Why this action is waiting</source>
        <translation>Γιατί αυτή η ενέργεια περιμένει</translation>
    </message>
    <message>
        <source>Put the unsent text back into the composer</source>
        <translation>Επιστροφή του κειμένου που δεν στάλθηκε στη σύνταξη</translation>
    </message>
    <message>
        <source>&amp;Apply Mine</source>
        <translation>&amp;Εφαρμογή της δικής μου</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Απο&amp;στολή</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs…</source>
        <translation>&amp;Διατήρηση της δικής του…</translation>
    </message>
    <message>
        <source>Keep their change?</source>
        <translation>Να διατηρηθεί η αλλαγή του άλλου;</translation>
    </message>
    <message>
        <source>Discard this action?</source>
        <translation>Να απορριφθεί αυτή η ενέργεια;</translation>
    </message>
    <message>
        <source>“%1” will not be applied; the conversation stays as your teammate left it.</source>
        <translation>Το «%1» δεν θα εφαρμοστεί· η συνομιλία μένει όπως την άφησε ο συνάδελφός σας.</translation>
    </message>
    <message>
        <source>“%1” will never be sent, and its text is not kept. Use Edit to keep the text.</source>
        <translation>Το «%1» δεν θα σταλεί ποτέ και το κείμενό του δεν θα διατηρηθεί. Χρησιμοποιήστε την Επεξεργασία για να κρατήσετε το κείμενο.</translation>
    </message>
</context>
<context>
    <name>confab::ui::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Αναζήτηση</translation>
    </message>
</context>
<context>
    <name>confab::ui::SearchPanel</name>
    <message>
        <source>Search</source>
        <translation>Αναζήτηση</translation>
    </message>
    <message>
        <source>Search messages, subjects and customers…</source>
        <translation>Αναζήτηση σε μηνύματα, θέματα και πελάτες…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Οποιαδήποτε κατάσταση</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ανοιχτές</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Σε αναβολή</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Επιλυμένες</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ανάθεση σε</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Κανάλι</translation>
    </message>
    <message>
        <source>Chat and email</source>
        <translation>Συνομιλία και email</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Συνομιλία</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Οποτεδήποτε</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Σήμερα</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Τελευταίες 7 ημέρες</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Τελευταίες 30 ημέρες</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Τελευταίοι 12 μήνες</translation>
    </message>
    <message>
        <source>&amp;Best match first</source>
        <translation>&amp;Πιο σχετικά πρώτα</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Αποτελέσματα</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Οποιοσδήποτε</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Εγώ</translation>
    </message>
    <message>
        <source>Searches everything on this computer, also offline.</source>
        <translation>Αναζητά σε ό,τι υπάρχει σε αυτόν τον υπολογιστή, ακόμη και εκτός σύνδεσης.</translation>
    </message>
    <message>
        <source>No conversation matches.</source>
        <translation>Καμία συνομιλία δεν ταιριάζει.</translation>
    </message>
    <message>
        <source>1 conversation</source>
        <translation>1 συνομιλία</translation>
    </message>
    <message numerus="yes">
        <source>%n conversations</source>
        <translation>
            <numerusform>%n συνομιλία</numerusform>
            <numerusform>%n συνομιλίες</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::ui::SidebarFeatures</name>
    <message>
        <source>Insert &amp;Article…</source>
        <translation>Εισαγωγή ά&amp;ρθρου…</translation>
    </message>
    <message>
        <source>Help &amp;Center</source>
        <translation>Κέντρο &amp;βοήθειας</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>Ανα&amp;ζήτηση…</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Άρθρο</translation>
    </message>
    <message>
        <source>Insert a help article (Ctrl+Shift+H)</source>
        <translation>Εισαγωγή άρθρου βοήθειας (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Insert a help article</source>
        <translation>Εισαγωγή άρθρου βοήθειας</translation>
    </message>
</context>
<context>
    <name>confab::ui::SidebarPanel</name>
    <message>
        <source>Customer and help center</source>
        <translation>Πελάτης και κέντρο βοήθειας</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Help center</source>
        <translation>Κέντρο βοήθειας</translation>
    </message>
</context>
<context>
    <name>confab::ui::SnoozeMenu</name>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Αναβολή</translation>
    </message>
    <message>
        <source>%1	%2</source>
        <translation>%1	%2</translation>
    </message>
    <message>
        <source>Pick a time…</source>
        <translation>Επιλογή ώρας…</translation>
    </message>
</context>
<context>
    <name>confab::ui::SnoozeTimeDialog</name>
    <message>
        <source>Snooze Until</source>
        <translation>Αναβολή έως</translation>
    </message>
    <message>
        <source>&amp;Snooze until:</source>
        <translation>&amp;Αναβολή έως:</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Αναβολή</translation>
    </message>
</context>
<context>
    <name>confab::ui::TriageActions</name>
    <message>
        <source>&amp;Triage</source>
        <translation>&amp;Διαλογή</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Προτεραιότητα</translation>
    </message>
    <message>
        <source>Remove &amp;Tag</source>
        <translation>Αφαίρεση &amp;ετικέτας</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Ανάθεση…</translation>
    </message>
    <message>
        <source>Assign to &amp;Me</source>
        <translation>Ανάθεση σε &amp;εμένα</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>Επί&amp;λυση</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Άνοιγμα &amp;ξανά</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>Ανα&amp;βολή…</translation>
    </message>
    <message>
        <source>&amp;Priority…</source>
        <translation>&amp;Προτεραιότητα…</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>Προσθήκη ε&amp;τικέτας…</translation>
    </message>
    <message>
        <source>(no tags)</source>
        <translation>(χωρίς ετικέτες)</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>&amp;Επείγουσα</translation>
    </message>
    <message>
        <source>&amp;High</source>
        <translation>&amp;Υψηλή</translation>
    </message>
    <message>
        <source>&amp;Low</source>
        <translation>&amp;Χαμηλή</translation>
    </message>
    <message>
        <source>&amp;No priority</source>
        <translation>Χωρίς &amp;προτεραιότητα</translation>
    </message>
    <message>
        <source>Select a conversation first.</source>
        <translation>Επιλέξτε πρώτα μια συνομιλία.</translation>
    </message>
    <message>
        <source>Tag the conversation:</source>
        <translation>Ετικέτα για τη συνομιλία:</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n conversations:</source>
        <translation>
            <numerusform>Ετικέτα για %n συνομιλία:</numerusform>
            <numerusform>Ετικέτα για %n συνομιλίες:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Προσθήκη ετικέτας</translation>
    </message>
</context>
<context>
    <name>confab::ui::UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <source>Undo send</source>
        <translation>Αναίρεση αποστολής</translation>
    </message>
    <message>
        <source>Take the message back (Ctrl+Z)</source>
        <translation>Ανάκληση του μηνύματος (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Note is posted in %1 s</source>
        <translation>Η σημείωση δημοσιεύεται σε %1 δ.</translation>
    </message>
    <message>
        <source>Reply is sent in %1 s</source>
        <translation>Η απάντηση στέλνεται σε %1 δ.</translation>
    </message>
    <message>
        <source>(%1 more held)</source>
        <translation>(ακόμη %1 σε αναμονή)</translation>
    </message>
</context>
<context>
    <name>confab::ui::sidebar::CollapsibleSection</name>
    <message>
        <source>Expanded</source>
        <translation>Αναπτυγμένο</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>Συμπτυγμένο</translation>
    </message>
</context>
</TS>
