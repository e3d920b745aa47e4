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
