<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>confab::models::ActivityTracker</name>
    <message numerus="yes">
        <source>%n teammates are typing…</source>
        <translation>
            <numerusform>%n teammate is typing…</numerusform>
            <numerusform>%n teammates are typing…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n teammates are also viewing</source>
        <translation>
            <numerusform>%n teammate is also viewing</numerusform>
            <numerusform>%n teammates are also viewing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::models::AssignPickerModel</name>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::models::AttributeFormat</name>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n week(s)</source>
        <translation>
            <numerusform>in %n week</numerusform>
            <numerusform>in %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>in %n month</numerusform>
            <numerusform>in %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year(s)</source>
        <translation>
            <numerusform>in %n year</numerusform>
            <numerusform>in %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::models::AwaySummary</name>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new messages in your conversations</source>
        <translation>
            <numerusform>%n new message in your conversations</numerusform>
            <numerusform>%n new messages in your conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentions</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversations reassigned away from you</source>
        <translation>
            <numerusform>%n conversation reassigned away from you</numerusform>
            <numerusform>%n conversations reassigned away from you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversations assigned to you</source>
        <translation>
            <numerusform>%n conversation assigned to you</numerusform>
            <numerusform>%n conversations assigned to you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::models::TriageCommands</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::models::ViewsModel</name>
    <message numerus="yes">
        <source>%1, %n open</source>
        <translation>
            <numerusform>%1, %n open</numerusform>
            <numerusform>%1, %n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::ui::ConnectionIndicator</name>
    <message numerus="yes">
        <source>Online — sending %n</source>
        <translation>
            <numerusform>Online — sending %n</numerusform>
            <numerusform>Online — sending %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connecting… — %n waiting</source>
        <translation>
            <numerusform>Connecting… — %n waiting</numerusform>
            <numerusform>Connecting… — %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n waiting</source>
        <translation>
            <numerusform>Offline — %n waiting</numerusform>
            <numerusform>Offline — %n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::ui::FeedView</name>
    <message numerus="yes">
        <source>%n new message(s) ↓</source>
        <translation>
            <numerusform>%n new message ↓</numerusform>
            <numerusform>%n new messages ↓</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::ui::OfflineUi</name>
    <message numerus="yes">
        <source>⚠ %n actions not yet saved — retrying</source>
        <translation>
            <numerusform>⚠ %n action not yet saved — retrying</numerusform>
            <numerusform>⚠ %n actions not yet saved — retrying</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages are still inside the undo time and have not been sent.</source>
        <translation>
            <numerusform>%n message is still inside the undo time and has not been sent.</numerusform>
            <numerusform>%n messages are still inside the undo time and have not been sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions could not be saved to disk yet and would be lost.</source>
        <translation>
            <numerusform>%n action could not be saved to disk yet and would be lost.</numerusform>
            <numerusform>%n actions could not be saved to disk yet and would be lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::ui::SearchPanel</name>
    <message numerus="yes">
        <source>%n conversations</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>confab::ui::TriageActions</name>
    <message numerus="yes">
        <source>Tag %n conversations:</source>
        <translation>
            <numerusform>Tag %n conversation:</numerusform>
            <numerusform>Tag %n conversations:</numerusform>
        </translation>
    </message>
</context>
</TS>
