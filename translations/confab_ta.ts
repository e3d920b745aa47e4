<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ta">
<context>
    <name>confab::app::DemoServer</name>
    <message>
        <source>Could not start the demo server (%1): %2</source>
        <translation>டெமோ சேவையகத்தைத் தொடங்க முடியவில்லை (%1): %2</translation>
    </message>
    <message>
        <source>The demo server stopped (exit code %1). %2</source>
        <translation>டெமோ சேவையகம் நின்றுவிட்டது (வெளியேறும் குறியீடு %1). %2</translation>
    </message>
    <message>
        <source>The demo server did not start within 30 seconds.</source>
        <translation>டெமோ சேவையகம் 30 வினாடிகளுக்குள் தொடங்கவில்லை.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the demo: %1</source>
        <translation>டெமோவுக்கான தற்காலிகக் கோப்புறையை உருவாக்க முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>confabd was not found next to confab, in CONFABD_BINARY or on the PATH.</source>
        <translation>confabd ஆனது confab அருகிலோ CONFABD_BINARY-யிலோ PATH-இலோ கிடைக்கவில்லை.</translation>
    </message>
    <message>
        <source>The demo server reported an address that cannot be used: %1</source>
        <translation>டெமோ சேவையகம் பயன்படுத்த முடியாத முகவரியைத் தெரிவித்தது: %1</translation>
    </message>
</context>
<context>
    <name>confab::app::DesktopApp</name>
    <message>
        <source>Could not sign in to the demo server: %1</source>
        <translation>டெமோ சேவையகத்தில் உள்நுழைய முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>The demo never stores a sign-in.</source>
        <translation>டெமோ பயன்முறை உள்நுழைவு விவரங்களை ஒருபோதும் சேமிக்காது.</translation>
    </message>
    <message>
        <source>This build has no keychain support.</source>
        <translation>இந்தப் பதிப்பில் கீசெயின் ஆதரவு இல்லை.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>மின்னஞ்சல் அல்லது கடவுச்சொல் தவறு.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ஐ அணுக முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>Cannot open the local cache %1: %2</source>
        <translation>உள்ளூர் தற்காலிகச் சேமிப்பு %1 ஐத் திறக்க முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>Could not save that: %1</source>
        <translation>சேமிக்க முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>Confab</source>
        <translation>Confab</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Please sign in again.</source>
        <translation>உங்கள் உள்நுழைவு இனி செல்லாது. மீண்டும் உள்நுழையவும்.</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (டெமோ)</translation>
    </message>
    <message>
        <source>Signed out here; the server could not be told: %1</source>
        <translation>இந்தக் கணினியில் வெளியேறிவிட்டீர்கள்; ஆனால் சேவையகத்துக்குத் தெரிவிக்க முடியவில்லை: %1</translation>
    </message>
</context>
<context>
    <name>confab::models::ActivityTracker</name>
    <message>
        <source>A teammate</source>
        <translation>ஒரு சக ஊழியர்</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 தட்டச்சு செய்கிறார்…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1, %2 இருவரும் தட்டச்சு செய்கிறார்கள்…</translation>
    </message>
    <message numerus="yes">
        <source>%n teammates are typing…</source>
        <translation>
            <numerusform>%n சக ஊழியர் தட்டச்சு செய்கிறார்…</numerusform>
            <numerusform>%n சக ஊழியர்கள் தட்டச்சு செய்கிறார்கள்…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is also viewing</source>
        <translation>%1 கூட இதைப் பார்க்கிறார்</translation>
    </message>
    <message>
        <source>%1 and %2 are also viewing</source>
        <translation>%1, %2 இருவரும் இதைப் பார்க்கிறார்கள்</translation>
    </message>
    <message numerus="yes">
        <source>%n teammates are also viewing</source>
        <translation>
            <numerusform>%n சக ஊழியரும் இதைப் பார்க்கிறார்</numerusform>
            <numerusform>%n சக ஊழியர்களும் இதைப் பார்க்கிறார்கள்</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::models::AdminLinks</name>
    <message>
        <source>This customer has no %1, so the link cannot be filled in.</source>
        <translation>இந்த வாடிக்கையாளருக்கு %1 இல்லை, எனவே இணைப்பை நிரப்ப முடியாது.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Only http, https and mailto links can be opened.</source>
        <translation>http, https, mailto இணைப்புகளை மட்டுமே திறக்க முடியும்.</translation>
    </message>
    <message>
        <source>Give the link a title.</source>
        <translation>இணைப்புக்கு ஒரு தலைப்பைக் கொடுக்கவும்.</translation>
    </message>
    <message>
        <source>The title is too long (at most %1 characters).</source>
        <translation>தலைப்பு மிக நீளமாக உள்ளது (அதிகபட்சம் %1 எழுத்துகள்).</translation>
    </message>
    <message>
        <source>Enter the link&apos;s address.</source>
        <translation>இணைப்பின் முகவரியை உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>The address is too long (at most %1 characters).</source>
        <translation>முகவரி மிக நீளமாக உள்ளது (அதிகபட்சம் %1 எழுத்துகள்).</translation>
    </message>
    <message>
        <source>The address must start with http://, https:// or mailto:.</source>
        <translation>முகவரி http://, https:// அல்லது mailto: என்று தொடங்க வேண்டும்.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>முகவரியில் ஹோஸ்ட் பெயர் இல்லை.</translation>
    </message>
    <message>
        <source>A placeholder is not closed: write it as {attribute}.</source>
        <translation>ஒரு ஒதுக்கிடம் மூடப்படவில்லை: அதை {பண்புக்கூறு} என எழுதவும்.</translation>
    </message>
</context>
<context>
    <name>confab::models::AgentPresence</name>
    <message>
        <source>Online</source>
        <translation>ஆன்லைன்</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>வெளியே</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ஆஃப்லைன்</translation>
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
        <translation>வேறொருவருக்கு ஒதுக்கப்பட்டுள்ளது: குழுத் தலைவர்களும் நிர்வாகிகளும் மட்டுமே மீண்டும் ஒதுக்க முடியும்.</translation>
    </message>
    <message>
        <source>Assigned to %1: only leads and admins can reassign it.</source>
        <translation>%1 க்கு ஒதுக்கப்பட்டுள்ளது: குழுத் தலைவர்களும் நிர்வாகிகளும் மட்டுமே மீண்டும் ஒதுக்க முடியும்.</translation>
    </message>
    <message>
        <source>Only leads and admins can assign conversations to teammates.</source>
        <translation>குழுத் தலைவர்களும் நிர்வாகிகளும் மட்டுமே சக ஊழியர்களுக்கு உரையாடல்களை ஒதுக்க முடியும்.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>யாருக்கும் ஒதுக்காதே</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>நான் (%1)</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>நான்</translation>
    </message>
    <message>
        <source>me</source>
        <translation>நான்</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n திறந்துள்ளது</numerusform>
            <numerusform>%n திறந்துள்ளன</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>குழு</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (தற்போது)</translation>
    </message>
</context>
<context>
    <name>confab::models::AttributeFormat</name>
    <message>
        <source>Browser</source>
        <translation>உலாவி</translation>
    </message>
    <message>
        <source>Browser version</source>
        <translation>உலாவிப் பதிப்பு</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>இயக்க முறைமை</translation>
    </message>
    <message>
        <source>City</source>
        <translation>நகரம்</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>நாடு</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>பதிவுசெய்தது</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>அமர்வுகள்</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>திட்டம்</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>இப்போதுதான்</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>%n நிமிடத்தில்</numerusform>
            <numerusform>%n நிமிடங்களில்</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>%n மணிநேரத்தில்</numerusform>
            <numerusform>%n மணிநேரத்தில்</numerusform>
        </translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>நாளை</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n நாளில்</numerusform>
            <numerusform>%n நாட்களில்</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n week(s)</source>
        <translation>
            <numerusform>%n வாரத்தில்</numerusform>
            <numerusform>%n வாரங்களில்</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>%n மாதத்தில்</numerusform>
            <numerusform>%n மாதங்களில்</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year(s)</source>
        <translation>
            <numerusform>%n ஆண்டில்</numerusform>
            <numerusform>%n ஆண்டுகளில்</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n நிமிடத்திற்கு முன்</numerusform>
            <numerusform>%n நிமிடங்களுக்கு முன்</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n மணிநேரத்திற்கு முன்</numerusform>
            <numerusform>%n மணிநேரத்திற்கு முன்</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>நேற்று</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n நாளுக்கு முன்</numerusform>
            <numerusform>%n நாட்களுக்கு முன்</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n வாரத்திற்கு முன்</numerusform>
            <numerusform>%n வாரங்களுக்கு முன்</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n மாதத்திற்கு முன்</numerusform>
            <numerusform>%n மாதங்களுக்கு முன்</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n ஆண்டுக்கு முன்</numerusform>
            <numerusform>%n ஆண்டுகளுக்கு முன்</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ஆம்</translation>
    </message>
    <message>
        <source>No</source>
        <translation>இல்லை</translation>
    </message>
    <message>
        <source>(list)</source>
        <translation>(பட்டியல்)</translation>
    </message>
    <message>
        <source>(object)</source>
        <translation>(பொருள்)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>பதிப்பு %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>இருப்பிடம்</translation>
    </message>
    <message>
        <source>Never seen</source>
        <translation>ஒருபோதும் வரவில்லை</translation>
    </message>
    <message>
        <source>Online now</source>
        <translation>இப்போது ஆன்லைனில்</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>கடைசியாகப் பார்த்தது: %1</translation>
    </message>
    <message>
        <source>%1 local time (%2)</source>
        <translation>உள்ளூர் நேரம் %1 (%2)</translation>
    </message>
    <message>
        <source>Unnamed customer</source>
        <translation>பெயரில்லா வாடிக்கையாளர்</translation>
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
        <translation>ஓர் உரையாடல்</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>அறியப்படாத வாடிக்கையாளர்</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>1 new message</source>
        <translation>1 புதிய செய்தி</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n புதிய செய்தி</numerusform>
            <numerusform>%n புதிய செய்திகள்</numerusform>
        </translation>
    </message>
    <message>
        <source>You were mentioned</source>
        <translation>உங்களைக் குறிப்பிட்டுள்ளனர்</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 உங்களைக் குறிப்பிட்டார்</translation>
    </message>
    <message>
        <source>Unassigned from you</source>
        <translation>உங்களிடமிருந்து ஒதுக்கீடு நீக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Reassigned to %1</source>
        <translation>%1 க்கு மீண்டும் ஒதுக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>உங்களுக்கு ஒதுக்கப்பட்டது</translation>
    </message>
    <message>
        <source>1 new message in your conversations</source>
        <translation>உங்கள் உரையாடல்களில் 1 புதிய செய்தி</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages in your conversations</source>
        <translation>
            <numerusform>உங்கள் உரையாடல்களில் %n புதிய செய்தி</numerusform>
            <numerusform>உங்கள் உரையாடல்களில் %n புதிய செய்திகள்</numerusform>
        </translation>
    </message>
    <message>
        <source>1 mention</source>
        <translation>1 குறிப்பிடல்</translation>
    </message>
    <message numerus="yes">
        <source>%n mentions</source>
        <translation>
            <numerusform>%n குறிப்பிடல்</numerusform>
            <numerusform>%n குறிப்பிடல்கள்</numerusform>
        </translation>
    </message>
    <message>
        <source>1 conversation reassigned away from you</source>
        <translation>1 உரையாடல் உங்களிடமிருந்து வேறொருவருக்கு ஒதுக்கப்பட்டது</translation>
    </message>
    <message numerus="yes">
        <source>%n conversations reassigned away from you</source>
        <translation>
            <numerusform>%n உரையாடல் உங்களிடமிருந்து வேறொருவருக்கு ஒதுக்கப்பட்டது</numerusform>
            <numerusform>%n உரையாடல்கள் உங்களிடமிருந்து வேறொருவருக்கு ஒதுக்கப்பட்டன</numerusform>
        </translation>
    </message>
    <message>
        <source>1 conversation assigned to you</source>
        <translation>1 உரையாடல் உங்களுக்கு ஒதுக்கப்பட்டது</translation>
    </message>
    <message numerus="yes">
        <source>%n conversations assigned to you</source>
        <translation>
            <numerusform>%n உரையாடல் உங்களுக்கு ஒதுக்கப்பட்டது</numerusform>
            <numerusform>%n உரையாடல்கள் உங்களுக்கு ஒதுக்கப்பட்டன</numerusform>
        </translation>
    </message>
    <message>
        <source>While you were away: nothing new for you.</source>
        <translation>நீங்கள் இல்லாதபோது: உங்களுக்குப் புதிதாக எதுவும் இல்லை.</translation>
    </message>
    <message>
        <source>While you were away: %1.</source>
        <translation>நீங்கள் இல்லாதபோது: %1.</translation>
    </message>
</context>
<context>
    <name>confab::models::ContactAdminLinksModel</name>
    <message>
        <source>Opens %1 in the browser</source>
        <translation>%1 ஐ உலாவியில் திறக்கும்</translation>
    </message>
</context>
<context>
    <name>confab::models::ContactConversationsModel</name>
    <message>
        <source>Open</source>
        <translation>திறந்துள்ளது</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>உறக்கநிலையில்</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>தீர்க்கப்பட்டது</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>மின்னஞ்சல்</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>அரட்டை</translation>
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
        <translation>எந்த வாடிக்கையாளரும் காட்டப்படவில்லை.</translation>
    </message>
    <message>
        <source>Type a tag first.</source>
        <translation>முதலில் ஒரு குறிச்சொல்லைத் தட்டச்சு செய்யவும்.</translation>
    </message>
    <message>
        <source>A tag can be at most %1 characters long.</source>
        <translation>குறிச்சொல்லில் அதிகபட்சம் %1 எழுத்துகள் இருக்கலாம்.</translation>
    </message>
    <message>
        <source>The customer already has the tag &quot;%1&quot;.</source>
        <translation>வாடிக்கையாளருக்கு ஏற்கெனவே “%1” குறிச்சொல் உள்ளது.</translation>
    </message>
    <message>
        <source>A customer can have at most %1 tags.</source>
        <translation>ஒரு வாடிக்கையாளருக்கு அதிகபட்சம் %1 குறிச்சொற்கள் இருக்கலாம்.</translation>
    </message>
</context>
<context>
    <name>confab::models::ConversationListModel</name>
    <message>
        <source>Unknown contact</source>
        <translation>அறியப்படாத தொடர்பு</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>படிக்காதது</translation>
    </message>
    <message>
        <source>You</source>
        <translation>நீங்கள்</translation>
    </message>
</context>
<context>
    <name>confab::models::MessageFeedModel</name>
    <message>
        <source>Customer</source>
        <translation>வாடிக்கையாளர்</translation>
    </message>
    <message>
        <source>Teammate</source>
        <translation>சக ஊழியர்</translation>
    </message>
    <message>
        <source>Internal note by %1: %2</source>
        <translation>%1 எழுதிய உள் குறிப்பு: %2</translation>
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
        <translation>யாரோ</translation>
    </message>
    <message>
        <source>%1 mentioned you</source>
        <translation>%1 உங்களைக் குறிப்பிட்டார்</translation>
    </message>
    <message>
        <source>New message from %1</source>
        <translation>%1 இடமிருந்து புதிய செய்தி</translation>
    </message>
</context>
<context>
    <name>confab::models::OutboxModel</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>தீர்</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>உறக்கநிலையில் வை</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>மீண்டும் திற</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>ஒதுக்கீட்டை நீக்கு</translation>
    </message>
    <message>
        <source>Assign to you</source>
        <translation>உங்களுக்கு ஒதுக்கு</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>%1 க்கு ஒதுக்கு</translation>
    </message>
    <message>
        <source>Remove the team</source>
        <translation>குழுவை நீக்கு</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>%1 குழுவுக்கு நகர்த்து</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>முன்னுரிமை: %1</translation>
    </message>
    <message>
        <source>Remove the tags</source>
        <translation>குறிச்சொற்களை நீக்கு</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>குறிச்சொற்கள்: %1</translation>
    </message>
    <message>
        <source>Change the conversation</source>
        <translation>உரையாடலை மாற்று</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>குறிப்பு: %1</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation>பதில்: %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>செய்தி</translation>
    </message>
    <message>
        <source>New conversation: %1</source>
        <translation>புதிய உரையாடல்: %1</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>புதிய உரையாடல்</translation>
    </message>
    <message>
        <source>Change the customer&apos;s details</source>
        <translation>வாடிக்கையாளர் விவரங்களை மாற்று</translation>
    </message>
    <message>
        <source>Delete a note</source>
        <translation>குறிப்பை நீக்கு</translation>
    </message>
    <message>
        <source>Waiting to be sent again (the connection dropped before the server answered)</source>
        <translation>மீண்டும் அனுப்பக் காத்திருக்கிறது (சேவையகம் பதிலளிக்கும் முன் இணைப்பு துண்டிக்கப்பட்டது)</translation>
    </message>
    <message>
        <source>Waiting for the connection</source>
        <translation>இணைப்புக்காகக் காத்திருக்கிறது</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>அனுப்புகிறது…</translation>
    </message>
    <message>
        <source>Held for a few seconds so you can undo it</source>
        <translation>நீங்கள் செயல்தவிர்க்க ஏதுவாகச் சில வினாடிகள் நிறுத்தி வைக்கப்பட்டுள்ளது</translation>
    </message>
    <message>
        <source>Not sent: Confab closed before the undo time ran out. Send it, edit it or discard it.</source>
        <translation>அனுப்பப்படவில்லை: செயல்தவிர் நேரம் முடியும் முன் Confab மூடப்பட்டது. அதை அனுப்பவும், திருத்தவும் அல்லது நிராகரிக்கவும்.</translation>
    </message>
    <message>
        <source>The server refused it: you are not allowed to do this (%1)</source>
        <translation>சேவையகம் நிராகரித்தது: இதைச் செய்ய உங்களுக்கு அனுமதி இல்லை (%1)</translation>
    </message>
    <message>
        <source>The server refused it: the conversation or message no longer exists (%1)</source>
        <translation>சேவையகம் நிராகரித்தது: உரையாடல் அல்லது செய்தி இனி இல்லை (%1)</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>சேவையகம் நிராகரித்தது: %1</translation>
    </message>
    <message>
        <source>Someone else changed this conversation while you were offline.</source>
        <translation>நீங்கள் ஆஃப்லைனில் இருந்தபோது வேறொருவர் இந்த உரையாடலை மாற்றினார்.</translation>
    </message>
    <message>
        <source>Keep theirs, or apply yours on top.</source>
        <translation>அவருடைய மாற்றத்தை வைத்துக்கொள்ளவும் அல்லது அதன் மேல் உங்களுடையதைப் பயன்படுத்தவும்.</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>ஒரு வாடிக்கையாளர்</translation>
    </message>
    <message>
        <source>A conversation no longer in the cache</source>
        <translation>தற்காலிகச் சேமிப்பில் இனி இல்லாத உரையாடல்</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>அறியப்படாத வாடிக்கையாளர்</translation>
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
        <translation>1 மணிநேரத்தில்</translation>
    </message>
    <message>
        <source>This evening</source>
        <translation>இன்று மாலை</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>நாளை</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>அடுத்த வாரம்</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>நாளை %1</translation>
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
        <translation>தேதியையும் நேரத்தையும் தேர்வுசெய்யவும்.</translation>
    </message>
    <message>
        <source>Pick a time in the future.</source>
        <translation>எதிர்கால நேரத்தைத் தேர்வுசெய்யவும்.</translation>
    </message>
    <message>
        <source>Snooze for at most a year.</source>
        <translation>அதிகபட்சம் ஓர் ஆண்டு வரை மட்டுமே உறக்கநிலையில் வைக்க முடியும்.</translation>
    </message>
</context>
<context>
    <name>confab::models::TimeFormat</name>
    <message>
        <source>now</source>
        <comment>list time: less than a minute ago</comment>
        <translation>இப்போது</translation>
    </message>
    <message>
        <source>%1m</source>
        <comment>compact minutes</comment>
        <translation>%1 நி</translation>
    </message>
    <message>
        <source>%1h</source>
        <comment>compact hours</comment>
        <translation>%1 ம</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>நேற்று</translation>
    </message>
    <message>
        <source>&lt;1m</source>
        <comment>compact: less than a minute</comment>
        <translation>&lt;1 நி</translation>
    </message>
    <message>
        <source>%1d</source>
        <comment>compact days</comment>
        <translation>%1 நா</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>இன்று</translation>
    </message>
</context>
<context>
    <name>confab::models::TriageCommands</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n உரையாடல்</numerusform>
            <numerusform>%n உரையாடல்கள்</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassigned %1</source>
        <translation>ஒதுக்கீடு நீக்கப்பட்டது: %1</translation>
    </message>
    <message>
        <source>Assigned %1 to you</source>
        <translation>உங்களுக்கு ஒதுக்கப்பட்டது: %1</translation>
    </message>
    <message>
        <source>Assigned %1 to %2</source>
        <translation>%2 க்கு ஒதுக்கப்பட்டது: %1</translation>
    </message>
    <message>
        <source>; %1 not allowed: %2</source>
        <translation>; %1 க்கு அனுமதி இல்லை: %2</translation>
    </message>
    <message>
        <source>Removed the team from %1</source>
        <translation>குழு நீக்கப்பட்டது: %1</translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation>%2 குழுவுக்கு நகர்த்தப்பட்டது: %1</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>தீர்க்கப்பட்டது: %1</translation>
    </message>
    <message>
        <source>Reopened %1</source>
        <translation>மீண்டும் திறக்கப்பட்டது: %1</translation>
    </message>
    <message>
        <source>Snoozed %1</source>
        <translation>உறக்கநிலையில் வைக்கப்பட்டது: %1</translation>
    </message>
    <message>
        <source>Changed the priority of %1</source>
        <translation>முன்னுரிமை மாற்றப்பட்டது: %1</translation>
    </message>
    <message>
        <source>Tagged %1 with &quot;%2&quot;</source>
        <translation>“%2” குறிச்சொல் சேர்க்கப்பட்டது: %1</translation>
    </message>
    <message>
        <source>Removed &quot;%2&quot; from %1</source>
        <translation>“%2” குறிச்சொல் நீக்கப்பட்டது: %1</translation>
    </message>
</context>
<context>
    <name>confab::models::TriageConflicts</name>
    <message>
        <source>you</source>
        <translation>நீங்கள்</translation>
    </message>
    <message>
        <source>a former teammate</source>
        <translation>ஒரு முன்னாள் சக ஊழியர்</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>தீர்க்கப்பட்டது</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>உறக்கநிலையில்</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>%1 வரை உறக்கநிலையில்</translation>
    </message>
    <message>
        <source>open</source>
        <translation>திறந்துள்ளது</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>குறைவு</translation>
    </message>
    <message>
        <source>High</source>
        <translation>அதிகம்</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>அவசரம்</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ஏதுமில்லை</translation>
    </message>
    <message>
        <source>no tags</source>
        <translation>குறிச்சொற்கள் இல்லை</translation>
    </message>
    <message>
        <source>It is now unassigned</source>
        <translation>இது இப்போது யாருக்கும் ஒதுக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>It is now assigned to you</source>
        <translation>இது இப்போது உங்களுக்கு ஒதுக்கப்பட்டுள்ளது</translation>
    </message>
    <message>
        <source>It is now assigned to %1</source>
        <translation>இது இப்போது %1 க்கு ஒதுக்கப்பட்டுள்ளது</translation>
    </message>
    <message>
        <source>you unassigned it</source>
        <translation>நீங்கள் ஒதுக்கீட்டை நீக்கினீர்கள்</translation>
    </message>
    <message>
        <source>you assigned it to yourself</source>
        <translation>நீங்கள் இதை உங்களுக்கே ஒதுக்கினீர்கள்</translation>
    </message>
    <message>
        <source>you assigned it to %1</source>
        <translation>நீங்கள் இதை %1 க்கு ஒதுக்கினீர்கள்</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message>
        <source>It is now %1; you marked it %2.</source>
        <translation>இது இப்போது %1; நீங்கள் குறித்தது: %2.</translation>
    </message>
    <message>
        <source>It is now in no team</source>
        <translation>இது இப்போது எந்தக் குழுவிலும் இல்லை</translation>
    </message>
    <message>
        <source>It is now in the %1 team</source>
        <translation>இது இப்போது %1 குழுவில் உள்ளது</translation>
    </message>
    <message>
        <source>you removed the team</source>
        <translation>நீங்கள் குழுவை நீக்கினீர்கள்</translation>
    </message>
    <message>
        <source>you moved it to %1</source>
        <translation>நீங்கள் இதை %1 குழுவுக்கு நகர்த்தினீர்கள்</translation>
    </message>
    <message>
        <source>Its priority is now %1; you set %2.</source>
        <translation>இதன் முன்னுரிமை இப்போது %1; நீங்கள் அமைத்தது: %2.</translation>
    </message>
    <message>
        <source>Its tags are now %1; you set %2.</source>
        <translation>இதன் குறிச்சொற்கள் இப்போது %1; நீங்கள் அமைத்தது: %2.</translation>
    </message>
    <message>
        <source>Someone else made the same change meanwhile, so nothing is lost by keeping theirs.</source>
        <translation>இதற்கிடையில் வேறொருவர் இதே மாற்றத்தைச் செய்துவிட்டார், எனவே அவருடையதை வைத்துக்கொண்டால் எதுவும் இழக்கப்படாது.</translation>
    </message>
    <message>
        <source>Someone else changed this conversation while your change was on its way.</source>
        <translation>உங்கள் மாற்றம் அனுப்பப்பட்டுக்கொண்டிருந்தபோது வேறொருவர் இந்த உரையாடலை மாற்றிவிட்டார்.</translation>
    </message>
    <message>
        <source>%1 It is assigned to %2; ask them or a lead to hand it over.</source>
        <translation>%1 இது %2 க்கு ஒதுக்கப்பட்டுள்ளது; இதை உங்களிடம் ஒப்படைக்குமாறு அவரிடமோ குழுத் தலைவரிடமோ கேளுங்கள்.</translation>
    </message>
    <message>
        <source>You are not allowed to make this change.</source>
        <translation>இந்த மாற்றத்தைச் செய்ய உங்களுக்கு அனுமதி இல்லை.</translation>
    </message>
    <message>
        <source>You are not allowed to make this change: %1</source>
        <translation>இந்த மாற்றத்தைச் செய்ய உங்களுக்கு அனுமதி இல்லை: %1</translation>
    </message>
    <message>
        <source>The server refused the change (%1).</source>
        <translation>சேவையகம் மாற்றத்தை நிராகரித்தது (%1).</translation>
    </message>
    <message>
        <source>The server refused the change: %1</source>
        <translation>சேவையகம் மாற்றத்தை நிராகரித்தது: %1</translation>
    </message>
    <message>
        <source>Someone else changed this conversation</source>
        <translation>வேறொருவர் இந்த உரையாடலை மாற்றிவிட்டார்</translation>
    </message>
    <message>
        <source>This change is not allowed</source>
        <translation>இந்த மாற்றம் அனுமதிக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>மாற்றம் சேமிக்கப்படவில்லை</translation>
    </message>
</context>
<context>
    <name>confab::models::TriagePolicy</name>
    <message>
        <source>This conversation is assigned to someone else; only leads and admins can reassign it.</source>
        <translation>இந்த உரையாடல் வேறொருவருக்கு ஒதுக்கப்பட்டுள்ளது; குழுத் தலைவர்களும் நிர்வாகிகளும் மட்டுமே மீண்டும் ஒதுக்க முடியும்.</translation>
    </message>
    <message>
        <source>Only leads and admins can assign a conversation to someone else.</source>
        <translation>குழுத் தலைவர்களும் நிர்வாகிகளும் மட்டுமே ஓர் உரையாடலை வேறொருவருக்கு ஒதுக்க முடியும்.</translation>
    </message>
</context>
<context>
    <name>confab::models::ViewsModel</name>
    <message>
        <source>Your inbox</source>
        <translation>எனது இன்பாக்ஸ்</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>குறிப்பிடல்கள்</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>ஒதுக்கப்படாதவை</translation>
    </message>
    <message>
        <source>All</source>
        <translation>அனைத்தும்</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n open</source>
        <translation>
            <numerusform>%1, %n திறந்துள்ளது</numerusform>
            <numerusform>%1, %n திறந்துள்ளன</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::sync::AuthClient</name>
    <message>
        <source>connection refused</source>
        <translation>இணைப்பு மறுக்கப்பட்டது</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>சேவையகம் கிடைக்கவில்லை</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>நேரம் முடிந்தது</translation>
    </message>
    <message>
        <source>connection closed by the server</source>
        <translation>சேவையகம் இணைப்பை மூடியது</translation>
    </message>
    <message>
        <source>wrong email or password</source>
        <translation>மின்னஞ்சல் அல்லது கடவுச்சொல் தவறு</translation>
    </message>
    <message>
        <source>Too many failed attempts; try again in a minute.</source>
        <translation>பல முறை தோல்வியடைந்த முயற்சிகள்; ஒரு நிமிடம் கழித்து மீண்டும் முயலவும்.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>சேவையகம் %1 என்று பதிலளித்தது.</translation>
    </message>
    <message>
        <source>The server answered %1: %2</source>
        <translation>சேவையகம் %1 என்று பதிலளித்தது: %2</translation>
    </message>
</context>
<context>
    <name>confab::ui::AdminLinksDialog</name>
    <message>
        <source>Admin Links</source>
        <translation>நிர்வாகி இணைப்புகள்</translation>
    </message>
    <message>
        <source>Admin links</source>
        <translation>நிர்வாகி இணைப்புகள்</translation>
    </message>
    <message>
        <source>Set by your admins for everyone:</source>
        <translation>அனைவருக்கும் நிர்வாகிகள் அமைத்தவை:</translation>
    </message>
    <message>
        <source>Your own links (on this computer):</source>
        <translation>உங்கள் சொந்த இணைப்புகள் (இந்தக் கணினியில்):</translation>
    </message>
    <message>
        <source>Your links</source>
        <translation>உங்கள் இணைப்புகள்</translation>
    </message>
    <message>
        <source>Stripe customer</source>
        <translation>Stripe வாடிக்கையாளர்</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>தலைப்பு(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>முகவரி(&amp;A):</translation>
    </message>
    <message>
        <source>Use {email}, {external_id}, {id}, {name} or any attribute key, for example https://billing.example.com/customers?email={email}. Values are encoded for you.</source>
        <translation>{email}, {external_id}, {id}, {name} அல்லது ஏதேனும் பண்புக்கூறு விசையைப் பயன்படுத்தவும், எடுத்துக்காட்டாக https://billing.example.com/customers?email={email}. மதிப்புகள் தானாகக் குறியாக்கப்படும்.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>சேர்(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>அகற்று(&amp;R)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>admin link: title — template</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>புதுப்பி(&amp;U)</translation>
    </message>
</context>
<context>
    <name>confab::ui::ArticlePicker</name>
    <message>
        <source>Insert a help article</source>
        <translation>உதவிக் கட்டுரையைச் செருகு</translation>
    </message>
    <message>
        <source>Search help articles…</source>
        <translation>உதவிக் கட்டுரைகளில் தேடு…</translation>
    </message>
    <message>
        <source>Search help articles</source>
        <translation>உதவிக் கட்டுரைகளில் தேடு</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>கட்டுரைகள்</translation>
    </message>
    <message>
        <source>Enter: title and link · Shift+Enter: full text · Ctrl+O: read · Esc: close</source>
        <translation>Enter: தலைப்பும் இணைப்பும் · Shift+Enter: முழு உரை · Ctrl+O: படி · Esc: மூடு</translation>
    </message>
    <message>
        <source>No help articles are synced yet.</source>
        <translation>உதவிக் கட்டுரைகள் எதுவும் இன்னும் ஒத்திசைக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>No article matches &quot;%1&quot;.</source>
        <translation>“%1” உடன் பொருந்தும் கட்டுரை எதுவும் இல்லை.</translation>
    </message>
</context>
<context>
    <name>confab::ui::AssignPicker</name>
    <message>
        <source>Assign</source>
        <translation>ஒதுக்கு</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>ஒதுக்கு…</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>ஒதுக்கு</translation>
    </message>
    <message>
        <source>Teammates and teams</source>
        <translation>சக ஊழியர்களும் குழுக்களும்</translation>
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
        <translation>செய்தி எழுதும் பகுதி</translation>
    </message>
    <message>
        <source>Reply or internal note</source>
        <translation>பதில் அல்லது உள் குறிப்பு</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>பதில்</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>குறிப்பு</translation>
    </message>
    <message>
        <source>Reply to the customer (R)</source>
        <translation>வாடிக்கையாளருக்குப் பதில் (R)</translation>
    </message>
    <message>
        <source>Internal note for your team (N)</source>
        <translation>உங்கள் குழுவுக்கான உள் குறிப்பு (N)</translation>
    </message>
    <message>
        <source>Internal note — only your team sees this</source>
        <translation>உள் குறிப்பு — உங்கள் குழு மட்டுமே இதைப் பார்க்கும்</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>செய்தி</translation>
    </message>
    <message>
        <source>Teammates</source>
        <translation>சக ஊழியர்கள்</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>சேமித்த பதில்கள்</translation>
    </message>
    <message>
        <source>Write an internal note — @mention a teammate to notify them</source>
        <translation>உள் குறிப்பை எழுதவும் — சக ஊழியருக்கு அறிவிக்க @ மூலம் அவரைக் குறிப்பிடவும்</translation>
    </message>
    <message>
        <source>Reply to the customer — type # for saved replies</source>
        <translation>வாடிக்கையாளருக்குப் பதில் — சேமித்த பதில்களுக்கு # என தட்டச்சு செய்யவும்</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>வாடிக்கையாளருக்குப் பதில்</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>குறிப்பைச் சேர்</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>பதிலை அனுப்பு</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send · Enter for a new line</source>
        <translation>அனுப்ப Ctrl+Enter · புதிய வரிக்கு Enter</translation>
    </message>
    <message>
        <source>Enter to send · Shift+Enter for a new line</source>
        <translation>அனுப்ப Enter · புதிய வரிக்கு Shift+Enter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>செய்தி மிக நீளமானது</translation>
    </message>
    <message>
        <source>A message can hold at most %1 characters; this one has %2.</source>
        <translation>ஒரு செய்தியில் அதிகபட்சம் %1 எழுத்துகள் இருக்கலாம்; இதில் %2 உள்ளன.</translation>
    </message>
    <message>
        <source>Send to the customer?</source>
        <translation>வாடிக்கையாளருக்கு அனுப்பவா?</translation>
    </message>
    <message>
        <source>This goes to the customer — send as a note instead?</source>
        <translation>இது வாடிக்கையாளருக்குச் செல்லும் — பதிலாகக் குறிப்பாக அனுப்பவா?</translation>
    </message>
    <message>
        <source>You mentioned a teammate in a reply. Replies are seen by the customer; notes only by your team.</source>
        <translation>பதிலில் ஒரு சக ஊழியரைக் குறிப்பிட்டுள்ளீர்கள். பதில்களை வாடிக்கையாளர் பார்ப்பார்; குறிப்புகளை உங்கள் குழு மட்டுமே பார்க்கும்.</translation>
    </message>
    <message>
        <source>Send as Note</source>
        <translation>குறிப்பாக அனுப்பு</translation>
    </message>
    <message>
        <source>Send Reply Anyway</source>
        <translation>பரவாயில்லை, பதிலை அனுப்பு</translation>
    </message>
</context>
<context>
    <name>confab::ui::ConflictDialog</name>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>அவருடையதை வைத்துக்கொள்(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Apply mine</source>
        <translation>என்னுடையதைப் பயன்படுத்து(&amp;A)</translation>
    </message>
    <message>
        <source>Drop your change; the conversation stays as it is now</source>
        <translation>உங்கள் மாற்றத்தைக் கைவிடு; உரையாடல் இப்போது உள்ளபடியே இருக்கும்</translation>
    </message>
    <message>
        <source>Send your change again, on top of theirs</source>
        <translation>அவருடைய மாற்றத்தின் மேல் உங்கள் மாற்றத்தை மீண்டும் அனுப்பு</translation>
    </message>
    <message>
        <source>&amp;Discard my change</source>
        <translation>என் மாற்றத்தைக் கைவிடு(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>மீண்டும் முயல்(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open Conversation</source>
        <translation>உரையாடலைத் திற(&amp;O)</translation>
    </message>
</context>
<context>
    <name>confab::ui::ConnectionIndicator</name>
    <message>
        <source>First sync</source>
        <translation>முதல் ஒத்திசைவு</translation>
    </message>
    <message>
        <source>Click to reconnect now</source>
        <translation>இப்போதே மீண்டும் இணைக்கக் கிளிக் செய்யவும்</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2</source>
        <translation>ஒத்திசைக்கிறது: %2 இல் %1</translation>
    </message>
    <message>
        <source>Syncing: %1 received</source>
        <translation>ஒத்திசைக்கிறது: %1 பெறப்பட்டன</translation>
    </message>
    <message numerus="yes">
        <source>Online — sending %n</source>
        <translation>
            <numerusform>ஆன்லைன் — %n அனுப்பப்படுகிறது</numerusform>
            <numerusform>ஆன்லைன் — %n அனுப்பப்படுகின்றன</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ஆன்லைன்</translation>
    </message>
    <message numerus="yes">
        <source>Connecting… — %n waiting</source>
        <translation>
            <numerusform>இணைக்கிறது… — %n காத்திருக்கிறது</numerusform>
            <numerusform>இணைக்கிறது… — %n காத்திருக்கின்றன</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>இணைக்கிறது…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n waiting</source>
        <translation>
            <numerusform>ஆஃப்லைன் — %n காத்திருக்கிறது</numerusform>
            <numerusform>ஆஃப்லைன் — %n காத்திருக்கின்றன</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ஆஃப்லைன்</translation>
    </message>
</context>
<context>
    <name>confab::ui::ConversationDelegate</name>
    <message>
        <source>%1 (note): %2</source>
        <translation>%1 (குறிப்பு): %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>அவசரம்</translation>
    </message>
    <message>
        <source>High</source>
        <translation>அதிகம்</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>குறைவு</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>வரைவு</translation>
    </message>
</context>
<context>
    <name>confab::ui::CustomerSidebar</name>
    <message>
        <source>Customer</source>
        <translation>வாடிக்கையாளர்</translation>
    </message>
    <message>
        <source>Open a conversation to see who you are talking to.</source>
        <translation>நீங்கள் யாருடன் பேசுகிறீர்கள் என்பதைப் பார்க்க ஓர் உரையாடலைத் திறக்கவும்.</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>குறிச்சொல்லைச் சேர்…</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>குறிச்சொல்லைச் சேர்</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>குறிச்சொற்கள்</translation>
    </message>
    <message>
        <source>Edit my links…</source>
        <translation>எனது இணைப்புகளைத் திருத்து…</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>இணைப்புகள்</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>விவரங்கள்</translation>
    </message>
    <message>
        <source>Filter attributes…</source>
        <translation>பண்புக்கூறுகளை வடிகட்டு…</translation>
    </message>
    <message>
        <source>Filter attributes</source>
        <translation>பண்புக்கூறுகளை வடிகட்டு</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>பண்புக்கூறுகள்</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>நிகழ்வுகள்</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>மேலும் காட்டு</translation>
    </message>
    <message>
        <source>Previous conversations</source>
        <translation>முந்தைய உரையாடல்கள்</translation>
    </message>
    <message>
        <source>Avatar of %1</source>
        <translation>%1 இன் அவதார்</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Remove the tag &quot;%1&quot;</source>
        <translation>“%1” குறிச்சொல்லை நீக்கு</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>குறிச்சொல் %1</translation>
    </message>
    <message>
        <source>Press to remove it</source>
        <translation>நீக்க அழுத்தவும்</translation>
    </message>
    <message>
        <source>Opens %1 in the browser</source>
        <translation>%1 ஐ உலாவியில் திறக்கும்</translation>
    </message>
    <message>
        <source>%1 (unavailable)</source>
        <translation>%1 (கிடைக்கவில்லை)</translation>
    </message>
    <message>
        <source>Links (%1)</source>
        <translation>இணைப்புகள் (%1)</translation>
    </message>
    <message>
        <source>Events (none)</source>
        <translation>நிகழ்வுகள் (ஏதுமில்லை)</translation>
    </message>
    <message>
        <source>Previous conversations (%1)</source>
        <translation>முந்தைய உரையாடல்கள் (%1)</translation>
    </message>
    <message>
        <source>Previous conversations (none)</source>
        <translation>முந்தைய உரையாடல்கள் (ஏதுமில்லை)</translation>
    </message>
    <message>
        <source>Attributes (%1)</source>
        <translation>பண்புக்கூறுகள் (%1)</translation>
    </message>
    <message>
        <source>Attributes (none)</source>
        <translation>பண்புக்கூறுகள் (ஏதுமில்லை)</translation>
    </message>
</context>
<context>
    <name>confab::ui::FeedDelegate</name>
    <message>
        <source>Retry</source>
        <translation>மீண்டும் முயல்</translation>
    </message>
    <message>
        <source>You</source>
        <translation>நீங்கள்</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>குறிப்பு</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>அனுப்பப்படவில்லை</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>அனுப்பப்படவில்லை: %1</translation>
    </message>
</context>
<context>
    <name>confab::ui::FeedView</name>
    <message>
        <source>Conversation messages</source>
        <translation>உரையாடல் செய்திகள்</translation>
    </message>
    <message>
        <source>Jump to new messages</source>
        <translation>புதிய செய்திகளுக்குச் செல்</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) ↓</source>
        <translation>
            <numerusform>%n புதிய செய்தி ↓</numerusform>
            <numerusform>%n புதிய செய்திகள் ↓</numerusform>
        </translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>செய்திச் செயல்கள்</translation>
    </message>
    <message>
        <source>&amp;Copy Message Text</source>
        <translation>செய்தி உரையை நகலெடு(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>நகலெடு(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>இணைப்பை நகலெடு(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Open Link</source>
        <translation>இணைப்பைத் திற(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Retry Sending</source>
        <translation>மீண்டும் அனுப்ப முயல்(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>அனுப்பாதே(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Delete Note…</source>
        <translation>குறிப்பை நீக்கு(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>குறிப்பை நீக்குதல்</translation>
    </message>
    <message>
        <source>Delete this internal note? It disappears for every teammate.</source>
        <translation>இந்த உள் குறிப்பை நீக்கவா? இது எல்லா சக ஊழியர்களுக்கும் மறைந்துவிடும்.</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>குறிப்பை நீக்கு</translation>
    </message>
</context>
<context>
    <name>confab::ui::HelpCenterView</name>
    <message>
        <source>Help center</source>
        <translation>உதவி மையம்</translation>
    </message>
    <message>
        <source>Search help articles…</source>
        <translation>உதவிக் கட்டுரைகளில் தேடு…</translation>
    </message>
    <message>
        <source>Search help articles</source>
        <translation>உதவிக் கட்டுரைகளில் தேடு</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>கட்டுரைகள்</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>கட்டுரை</translation>
    </message>
    <message>
        <source>Pick an article to read it here before you send it.</source>
        <translation>அனுப்பும் முன் இங்கே படிக்க ஒரு கட்டுரையைத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <source>Insert &amp;link</source>
        <translation>இணைப்பைச் செருகு(&amp;L)</translation>
    </message>
    <message>
        <source>Insert the article&apos;s title and link into the reply</source>
        <translation>கட்டுரையின் தலைப்பையும் இணைப்பையும் பதிலில் செருகு</translation>
    </message>
    <message>
        <source>Insert full &amp;text</source>
        <translation>முழு உரையைச் செருகு(&amp;T)</translation>
    </message>
    <message>
        <source>Insert the whole article into the reply</source>
        <translation>முழுக் கட்டுரையையும் பதிலில் செருகு</translation>
    </message>
</context>
<context>
    <name>confab::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>மொழி(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>கணினி இயல்பு(&amp;S)</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>கணினியின் மொழி</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>மொழி</translation>
    </message>
    <message>
        <source>Confab will use %1 the next time it starts.</source>
        <translation>மொழி: %1. Confab அடுத்த முறை தொடங்கும்போது இது பயன்படுத்தப்படும்.</translation>
    </message>
</context>
<context>
    <name>confab::ui::LoginDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>இந்தக் கணினியில் என்னை நினைவில் வை(&amp;R)</translation>
    </message>
    <message>
        <source>Sign in to Confab</source>
        <translation>Confab இல் உள்நுழை</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>சேவையக முகவரி</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>மின்னஞ்சல்</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>neengal@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>கடவுச்சொல்</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>என்னை நினைவில் வை</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>உள்நுழைவுச் சிக்கல்</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>உள்நுழை(&amp;S)</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>சேவையகம்(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>மின்னஞ்சல்(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>கடவுச்சொல்(&amp;P):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in&lt;/b&gt; with your team&apos;s Confab server</source>
        <translation>உங்கள் குழுவின் Confab சேவையகத்தில் &lt;b&gt;உள்நுழையவும்&lt;/b&gt;</translation>
    </message>
    <message>
        <source>“%1” is not a server address.</source>
        <translation>“%1” என்பது சேவையக முகவரி அல்ல.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>உள்நுழைகிறது…</translation>
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
        <translation>Confab இன்பாக்ஸ்</translation>
    </message>
    <message>
        <source>Could not load older messages: %1</source>
        <translation>பழைய செய்திகளை ஏற்ற முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inbox&lt;/b&gt;</source>
        <translation>&lt;b&gt;இன்பாக்ஸ்&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>காட்சிகள்</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>நிலை(&amp;T)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>நிலை வடிகட்டி</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>திறந்தவை</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>உறக்கநிலையில்</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>தீர்க்கப்பட்டவை</translation>
    </message>
    <message>
        <source>S&amp;ort</source>
        <translation>வரிசை(&amp;O)</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>வரிசைப்படுத்தும் முறை</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>புதியவை முதலில்</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>பழையவை முதலில்</translation>
    </message>
    <message>
        <source>Waiting longest</source>
        <translation>நீண்ட நேரம் காத்திருப்பவை</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>முன்னுரிமை</translation>
    </message>
    <message>
        <source>Teammates viewing this conversation</source>
        <translation>இந்த உரையாடலைப் பார்க்கும் சக ஊழியர்கள்</translation>
    </message>
    <message>
        <source>Select a conversation on the left.</source>
        <translation>இடப்புறம் ஓர் உரையாடலைத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>உரையாடல்கள்</translation>
    </message>
    <message>
        <source>No conversations here.</source>
        <translation>இங்கே உரையாடல்கள் இல்லை.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>வாடிக்கையாளர்</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>வாடிக்கையாளர் விவரங்கள்</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>கோப்பு(&amp;F)</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>வெளியேறு(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>மூடு(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>திருத்து(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>நகலெடு(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>உரையாடல்(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Next Conversation</source>
        <translation>அடுத்த உரையாடல்(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Conversation</source>
        <translation>முந்தைய உரையாடல்(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>பதில்(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>குறிப்பு(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>அனுப்பு(&amp;S)</translation>
    </message>
    <message>
        <source>Jump to &amp;Newest Message</source>
        <translation>புதிய செய்திக்குச் செல்(&amp;N)</translation>
    </message>
    <message>
        <source>Focus &amp;Messages</source>
        <translation>செய்திகளுக்குச் செல்(&amp;M)</translation>
    </message>
    <message>
        <source>Focus Conversation &amp;List</source>
        <translation>உரையாடல் பட்டியலுக்குச் செல்(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Delete Note…</source>
        <translation>குறிப்பை நீக்கு(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>காட்சி(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Your Inbox</source>
        <translation>எனது இன்பாக்ஸ்(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Mentions</source>
        <translation>குறிப்பிடல்கள்(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Unassigned</source>
        <translation>ஒதுக்கப்படாதவை(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>அனைத்தும்(&amp;A)</translation>
    </message>
    <message>
        <source>Show &amp;Open</source>
        <translation>திறந்தவற்றைக் காட்டு(&amp;O)</translation>
    </message>
    <message>
        <source>Show &amp;Snoozed</source>
        <translation>உறக்கநிலையில் உள்ளவற்றைக் காட்டு(&amp;S)</translation>
    </message>
    <message>
        <source>Show &amp;Resolved</source>
        <translation>தீர்க்கப்பட்டவற்றைக் காட்டு(&amp;R)</translation>
    </message>
    <message>
        <source>Customer &amp;Sidebar</source>
        <translation>வாடிக்கையாளர் பக்கப்பட்டி(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>உதவி(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Confab</source>
        <translation>Confab பற்றி(&amp;A)</translation>
    </message>
    <message>
        <source>About Confab</source>
        <translation>Confab பற்றி</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confab&lt;/b&gt; %1&lt;br&gt;Every customer conversation in one place.</source>
        <translation>&lt;b&gt;Confab&lt;/b&gt; %1&lt;br&gt;எல்லா வாடிக்கையாளர் உரையாடல்களும் ஒரே இடத்தில்.</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Website (Chat as a Customer)</source>
        <translation>டெமோ இணையதளத்தைத் திற (வாடிக்கையாளராக அரட்டை)(&amp;D)</translation>
    </message>
    <message>
        <source>Opens %1 in your browser: a product page with the chat bubble, where you play the customer.</source>
        <translation>%1 ஐ உங்கள் உலாவியில் திறக்கும்: அரட்டைக் குமிழுடன் கூடிய ஒரு தயாரிப்புப் பக்கம், அதில் நீங்கள் வாடிக்கையாளராகச் செயல்படுவீர்கள்.</translation>
    </message>
    <message>
        <source>Chat as a customer</source>
        <translation>வாடிக்கையாளராக அரட்டை</translation>
    </message>
    <message>
        <source>Open the demo website to chat as a customer</source>
        <translation>வாடிக்கையாளராக அரட்டையடிக்க டெமோ இணையதளத்தைத் திறக்கவும்</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>உரையாடல் எதுவும் தேர்ந்தெடுக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>Conversation not found</source>
        <translation>உரையாடல் கிடைக்கவில்லை</translation>
    </message>
    <message>
        <source>Select a conversation to see the customer.</source>
        <translation>வாடிக்கையாளரைப் பார்க்க ஓர் உரையாடலைத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <source>Unknown contact</source>
        <translation>அறியப்படாத தொடர்பு</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>%1 வரை உறக்கநிலையில்</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>ஒதுக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>உங்களுக்கு ஒதுக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>%1 க்கு ஒதுக்கப்பட்டது</translation>
    </message>
    <message>
        <source>%1 team</source>
        <translation>%1 குழு</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>மின்னஞ்சல்</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>அரட்டை</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>முன்னுரிமை: %1</translation>
    </message>
    <message>
        <source>%1 — Confab</source>
        <translation>%1 — Confab</translation>
    </message>
    <message>
        <source>Conversation started %1</source>
        <translation>உரையாடல் தொடங்கியது: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>status of one conversation</comment>
        <translation>திறந்துள்ளது</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>status of one conversation</comment>
        <translation>தீர்க்கப்பட்டது</translation>
    </message>
</context>
<context>
    <name>confab::ui::OfflineUi</name>
    <message>
        <source>Outbox</source>
        <translation>அனுப்புபெட்டி</translation>
    </message>
    <message>
        <source>Outbox: actions not yet on the server</source>
        <translation>அனுப்புபெட்டி: இன்னும் சேவையகத்தை அடையாத செயல்கள்</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>அனுப்புபெட்டி (%1)</translation>
    </message>
    <message>
        <source>Not sent — %1: %2</source>
        <translation>அனுப்பப்படவில்லை — %1: %2</translation>
    </message>
    <message>
        <source>⚠ 1 action not yet saved — retrying</source>
        <translation>⚠ 1 செயல் இன்னும் சேமிக்கப்படவில்லை — மீண்டும் முயல்கிறது</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n actions not yet saved — retrying</source>
        <translation>
            <numerusform>⚠ %n செயல் இன்னும் சேமிக்கப்படவில்லை — மீண்டும் முயல்கிறது</numerusform>
            <numerusform>⚠ %n செயல்கள் இன்னும் சேமிக்கப்படவில்லை — மீண்டும் முயல்கிறது</numerusform>
        </translation>
    </message>
    <message>
        <source>Confab cannot write to its local cache (%1). What you did is kept in memory and saved as soon as the disk allows; nothing is dropped. Free some disk space or close the program that locks the file.</source>
        <translation>Confab ஆல் அதன் உள்ளூர் தற்காலிகச் சேமிப்பில் எழுத முடியவில்லை (%1). நீங்கள் செய்தவை நினைவகத்தில் வைக்கப்பட்டு, வட்டு அனுமதித்தவுடன் சேமிக்கப்படும்; எதுவும் இழக்கப்படாது. வட்டில் இடத்தை விடுவிக்கவும் அல்லது கோப்பைப் பூட்டியுள்ள நிரலை மூடவும்.</translation>
    </message>
    <message>
        <source>Could not save to disk: %1. Kept in memory, retrying.</source>
        <translation>வட்டில் சேமிக்க முடியவில்லை: %1. நினைவகத்தில் வைக்கப்பட்டுள்ளது, மீண்டும் முயல்கிறது.</translation>
    </message>
    <message>
        <source>While you were away</source>
        <translation>நீங்கள் இல்லாதபோது</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>மூடு</translation>
    </message>
    <message>
        <source>Quit Confab?</source>
        <translation>Confab ஐ மூடவா?</translation>
    </message>
    <message>
        <source>A message is still inside the undo time and has not been sent.</source>
        <translation>ஒரு செய்தி இன்னும் செயல்தவிர் நேரத்துக்குள் உள்ளது, அது அனுப்பப்படவில்லை.</translation>
    </message>
    <message numerus="yes">
        <source>%n messages are still inside the undo time and have not been sent.</source>
        <translation>
            <numerusform>%n செய்தி இன்னும் செயல்தவிர் நேரத்துக்குள் உள்ளது, அது அனுப்பப்படவில்லை.</numerusform>
            <numerusform>%n செய்திகள் இன்னும் செயல்தவிர் நேரத்துக்குள் உள்ளன, அவை அனுப்பப்படவில்லை.</numerusform>
        </translation>
    </message>
    <message>
        <source>An action could not be saved to disk yet and would be lost.</source>
        <translation>ஒரு செயல் இன்னும் வட்டில் சேமிக்கப்படவில்லை, அது இழக்கப்படும்.</translation>
    </message>
    <message numerus="yes">
        <source>%n actions could not be saved to disk yet and would be lost.</source>
        <translation>
            <numerusform>%n செயல் இன்னும் வட்டில் சேமிக்கப்படவில்லை, அது இழக்கப்படும்.</numerusform>
            <numerusform>%n செயல்கள் இன்னும் வட்டில் சேமிக்கப்படவில்லை, அவை இழக்கப்படும்.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send Now and Quit</source>
        <translation>இப்போதே அனுப்பி மூடு</translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation>பரவாயில்லை, மூடு</translation>
    </message>
    <message>
        <source>Keep as Drafts and Quit</source>
        <translation>வரைவுகளாக வைத்து மூடு</translation>
    </message>
    <message>
        <source>Some of your actions were not sent — see the Outbox.</source>
        <translation>உங்கள் சில செயல்கள் அனுப்பப்படவில்லை — அனுப்புபெட்டியைப் பார்க்கவும்.</translation>
    </message>
    <message>
        <source>&amp;Offline</source>
        <translation>ஆஃப்லைன்(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>அனுப்புபெட்டி(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Undo Send</source>
        <translation>அனுப்புதலைச் செயல்தவிர்(&amp;U)</translation>
    </message>
    <message>
        <source>Hold for %1 seconds</source>
        <translation>%1 வினாடி நிறுத்தி வை</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>முடக்கு</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…மேலும் %1</translation>
    </message>
    <message>
        <source>Not sent — the text is back in the composer.</source>
        <translation>அனுப்பப்படவில்லை — உரை மீண்டும் எழுதும் பகுதியில் உள்ளது.</translation>
    </message>
</context>
<context>
    <name>confab::ui::OutboxPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>மீண்டும் முயல்(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>திருத்து(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>நிராகரி(&amp;D)…</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>அனுப்புபெட்டி</translation>
    </message>
    <message>
        <source>Actions not yet on the server</source>
        <translation>இன்னும் சேவையகத்தை அடையாத செயல்கள்</translation>
    </message>
    <message>
        <source>Everything you did is on the server.</source>
        <translation>நீங்கள் செய்த அனைத்தும் சேவையகத்தில் உள்ளன.</translation>
    </message>
    <message>
        <source>Why this action is waiting</source>
        <translation>இந்தச் செயல் ஏன் காத்திருக்கிறது</translation>
    </message>
    <message>
        <source>Put the unsent text back into the composer</source>
        <translation>அனுப்பப்படாத உரையை எழுதும் பகுதிக்குத் திருப்பு</translation>
    </message>
    <message>
        <source>&amp;Apply Mine</source>
        <translation>என்னுடையதைப் பயன்படுத்து(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>அனுப்பு(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs…</source>
        <translation>அவருடையதை வைத்துக்கொள்(&amp;K)…</translation>
    </message>
    <message>
        <source>Keep their change?</source>
        <translation>அவருடைய மாற்றத்தை வைத்துக்கொள்ளவா?</translation>
    </message>
    <message>
        <source>Discard this action?</source>
        <translation>இந்தச் செயலை நிராகரிக்கவா?</translation>
    </message>
    <message>
        <source>“%1” will not be applied; the conversation stays as your teammate left it.</source>
        <translation>“%1” பயன்படுத்தப்படாது; உங்கள் சக ஊழியர் விட்டபடியே உரையாடல் இருக்கும்.</translation>
    </message>
    <message>
        <source>“%1” will never be sent, and its text is not kept. Use Edit to keep the text.</source>
        <translation>“%1” ஒருபோதும் அனுப்பப்படாது, அதன் உரையும் வைக்கப்படாது. உரையை வைத்துக்கொள்ள ‘திருத்து’ என்பதைப் பயன்படுத்தவும்.</translation>
    </message>
</context>
<context>
    <name>confab::ui::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>தேடல்</translation>
    </message>
</context>
<context>
    <name>confab::ui::SearchPanel</name>
    <message>
        <source>Search</source>
        <translation>தேடல்</translation>
    </message>
    <message>
        <source>Search messages, subjects and customers…</source>
        <translation>செய்திகள், தலைப்புகள், வாடிக்கையாளர்களில் தேடு…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>எந்த நிலையும்</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>திறந்தவை</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>உறக்கநிலையில்</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>தீர்க்கப்பட்டவை</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>ஒதுக்கப்பட்டவர்</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>வழி</translation>
    </message>
    <message>
        <source>Chat and email</source>
        <translation>அரட்டையும் மின்னஞ்சலும்</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>அரட்டை</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>மின்னஞ்சல்</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>தேதி</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>எந்த நேரமும்</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>இன்று</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>கடந்த 7 நாட்கள்</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>கடந்த 30 நாட்கள்</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>கடந்த 12 மாதங்கள்</translation>
    </message>
    <message>
        <source>&amp;Best match first</source>
        <translation>சிறந்த பொருத்தம் முதலில்(&amp;B)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>முடிவுகள்</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>யார் வேண்டுமானாலும்</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>நான்</translation>
    </message>
    <message>
        <source>Searches everything on this computer, also offline.</source>
        <translation>இந்தக் கணினியில் உள்ள அனைத்திலும் தேடும், ஆஃப்லைனிலும் கூட.</translation>
    </message>
    <message>
        <source>No conversation matches.</source>
        <translation>பொருந்தும் உரையாடல் எதுவும் இல்லை.</translation>
    </message>
    <message>
        <source>1 conversation</source>
        <translation>1 உரையாடல்</translation>
    </message>
    <message numerus="yes">
        <source>%n conversations</source>
        <translation>
            <numerusform>%n உரையாடல்</numerusform>
            <numerusform>%n உரையாடல்கள்</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::ui::SidebarFeatures</name>
    <message>
        <source>Insert &amp;Article…</source>
        <translation>கட்டுரையைச் செருகு(&amp;A)…</translation>
    </message>
    <message>
        <source>Help &amp;Center</source>
        <translation>உதவி மையம்(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>தேடு(&amp;S)…</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>கட்டுரை</translation>
    </message>
    <message>
        <source>Insert a help article (Ctrl+Shift+H)</source>
        <translation>உதவிக் கட்டுரையைச் செருகு (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Insert a help article</source>
        <translation>உதவிக் கட்டுரையைச் செருகு</translation>
    </message>
</context>
<context>
    <name>confab::ui::SidebarPanel</name>
    <message>
        <source>Customer and help center</source>
        <translation>வாடிக்கையாளரும் உதவி மையமும்</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>வாடிக்கையாளர்</translation>
    </message>
    <message>
        <source>Help center</source>
        <translation>உதவி மையம்</translation>
    </message>
</context>
<context>
    <name>confab::ui::SnoozeMenu</name>
    <message>
        <source>&amp;Snooze</source>
        <translation>உறக்கநிலையில் வை(&amp;S)</translation>
    </message>
    <message>
        <source>%1	%2</source>
        <translation>%1	%2</translation>
    </message>
    <message>
        <source>Pick a time…</source>
        <translation>நேரத்தைத் தேர்வுசெய்…</translation>
    </message>
</context>
<context>
    <name>confab::ui::SnoozeTimeDialog</name>
    <message>
        <source>Snooze Until</source>
        <translation>இதுவரை உறக்கநிலையில் வை</translation>
    </message>
    <message>
        <source>&amp;Snooze until:</source>
        <translation>இதுவரை உறக்கநிலையில் வை(&amp;S):</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>உறக்கநிலையில் வை</translation>
    </message>
</context>
<context>
    <name>confab::ui::TriageActions</name>
    <message>
        <source>&amp;Triage</source>
        <translation>வகைப்படுத்தல்(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>முன்னுரிமை(&amp;P)</translation>
    </message>
    <message>
        <source>Remove &amp;Tag</source>
        <translation>குறிச்சொல்லை நீக்கு(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>ஒதுக்கு(&amp;A)…</translation>
    </message>
    <message>
        <source>Assign to &amp;Me</source>
        <translation>எனக்கு ஒதுக்கு(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>தீர்(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>மீண்டும் திற(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>உறக்கநிலையில் வை(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Priority…</source>
        <translation>முன்னுரிமை(&amp;P)…</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>குறிச்சொல்லைச் சேர்(&amp;T)…</translation>
    </message>
    <message>
        <source>(no tags)</source>
        <translation>(குறிச்சொற்கள் இல்லை)</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>அவசரம்(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;High</source>
        <translation>அதிகம்(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Low</source>
        <translation>குறைவு(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;No priority</source>
        <translation>முன்னுரிமை இல்லை(&amp;N)</translation>
    </message>
    <message>
        <source>Select a conversation first.</source>
        <translation>முதலில் ஓர் உரையாடலைத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <source>Tag the conversation:</source>
        <translation>உரையாடலுக்கான குறிச்சொல்:</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n conversations:</source>
        <translation>
            <numerusform>%n உரையாடலுக்கான குறிச்சொல்:</numerusform>
            <numerusform>%n உரையாடல்களுக்கான குறிச்சொல்:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>குறிச்சொல்லைச் சேர்</translation>
    </message>
</context>
<context>
    <name>confab::ui::UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>செயல்தவிர்(&amp;U)</translation>
    </message>
    <message>
        <source>Undo send</source>
        <translation>அனுப்புதலைச் செயல்தவிர்</translation>
    </message>
    <message>
        <source>Take the message back (Ctrl+Z)</source>
        <translation>செய்தியைத் திரும்பப் பெறு (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Note is posted in %1 s</source>
        <translation>குறிப்பு %1 வி-இல் இடப்படும்</translation>
    </message>
    <message>
        <source>Reply is sent in %1 s</source>
        <translation>பதில் %1 வி-இல் அனுப்பப்படும்</translation>
    </message>
    <message>
        <source>(%1 more held)</source>
        <translation>(மேலும் %1 நிறுத்தி வைக்கப்பட்டுள்ளன)</translation>
    </message>
</context>
<context>
    <name>confab::ui::sidebar::CollapsibleSection</name>
    <message>
        <source>Expanded</source>
        <translation>விரிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>சுருக்கப்பட்டது</translation>
    </message>
</context>
</TS>
