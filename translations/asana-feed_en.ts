<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AsanaFeed::AsanaClient</name>
    <message numerus="yes">
        <source>no complete answer within %n s</source>
        <translation>
            <numerusform>no complete answer within %n s</numerusform>
            <numerusform>no complete answer within %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AsanaFeed::FollowCommand</name>
    <message numerus="yes">
        <source>standard output is not being read; %n bytes were not written</source>
        <translation>
            <numerusform>standard output is not being read; %n byte was not written</numerusform>
            <numerusform>standard output is not being read; %n bytes were not written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2; giving up after %n attempts</source>
        <translation>
            <numerusform>%1: %2; giving up after %n attempt</numerusform>
            <numerusform>%1: %2; giving up after %n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AsanaFeed::MainWindow</name>
    <message numerus="yes">
        <source>last update %n s ago</source>
        <translation>
            <numerusform>last update %n s ago</numerusform>
            <numerusform>last update %n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last update %n min ago</source>
        <translation>
            <numerusform>last update %n min ago</numerusform>
            <numerusform>last update %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last update %n h ago</source>
        <translation>
            <numerusform>last update %n h ago</numerusform>
            <numerusform>last update %n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AsanaFeed::NewEventsPill</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AsanaFeed::NotificationCenter</name>
    <message numerus="yes">
        <source>%n new events while you were away</source>
        <translation>
            <numerusform>%n new event while you were away</numerusform>
            <numerusform>%n new events while you were away</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AsanaFeed::TrayController</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AsanaFeed::TrayPopup</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventFormatter</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedHealth</name>
    <message numerus="yes">
        <source>All %n followed items live</source>
        <translation>
            <numerusform>The followed item is live</numerusform>
            <numerusform>All %n followed items live</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n live</source>
        <translation>
            <numerusform>%1 of %n live</numerusform>
            <numerusform>%1 of %n live</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n others</source>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationBatcher</name>
    <message numerus="yes">
        <source>%n new events</source>
        <translation>
            <numerusform>%n new event</numerusform>
            <numerusform>%n new events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new events in %1</source>
        <translation>
            <numerusform>%n new event in %1</numerusform>
            <numerusform>%n new events in %1</numerusform>
        </translation>
    </message>
</context>
</TS>
