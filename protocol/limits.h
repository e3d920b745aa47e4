#pragma once

#include <QtGlobal>

// Every limit of the protocol in one place. Both sides check them; the server enforces them.
namespace confab::protocol::limits {

inline constexpr qsizetype MaxFrameBytes = 1024 * 1024;      // contract: 1 MiB
// Frames the SERVER sends may be larger: one entity alone can exceed 1 MiB once encoded (a
// contact with 200 attributes of 4096 characters, an article of 256 Ki characters full of
// escapes), and a client that refused such a frame could never finish its catch-up. The server
// keeps its frames at most this big (batches are split by encoded size); clients accept them.
inline constexpr qsizetype MaxServerFrameBytes = 16 * 1024 * 1024;
inline constexpr qsizetype MaxHttpBodyBytes = 1024 * 1024;   // same bound for HTTP bodies
inline constexpr qsizetype MaxMessageBodyChars = 64 * 1024;  // 64 KiB of text
inline constexpr qsizetype MaxSubjectChars = 1000;
inline constexpr qsizetype MaxNameChars = 200;
inline constexpr qsizetype MaxEmailChars = 320;
inline constexpr qsizetype MaxIdChars = 128;
inline constexpr qsizetype MaxReqChars = 128;
inline constexpr qsizetype MaxTags = 50;
inline constexpr qsizetype MaxTagChars = 64;
inline constexpr qsizetype MaxAttributes = 200;
inline constexpr qsizetype MaxAttributeKeyChars = 64;
inline constexpr qsizetype MaxAttributeValueChars = 4096;
inline constexpr qsizetype MaxEventProperties = 50;
inline constexpr qsizetype MaxEventNameChars = 100;
inline constexpr qsizetype MaxMentions = 50;
inline constexpr qsizetype MaxTeamMembers = 10000;
inline constexpr qsizetype MaxUrlChars = 2048;
inline constexpr qsizetype MaxArticleBodyChars = 256 * 1024;
inline constexpr int MinFetchLimit = 1;
inline constexpr int MaxFetchLimit = 200;
inline constexpr qsizetype MaxEventsPerFrame = 500;     // the server's batch size for catch-up
// The server cuts `events` frames by encoded size too: a frame of several events holds at most
// this many bytes; one event larger than this goes out alone (under MaxServerFrameBytes).
inline constexpr qsizetype EventsFrameBudget = MaxFrameBytes;
inline constexpr int BadFramesBeforeClose = 20;         // within BadFrameWindowMs
inline constexpr int BadFrameWindowMs = 60 * 1000;
inline constexpr int HelloTimeoutMs = 10 * 1000;
inline constexpr int ProtocolVersion = 1;

} // namespace confab::protocol::limits
