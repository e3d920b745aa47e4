#pragma once

// One line per figure on stdout, for tools/bench to collect into its table and JSON:
//
//   BENCH_FIGURE {"bench":"loadgen","name":"...","value":12.3,"unit":"ms","target":10,"op":"<=","pass":false}
//
// `op` is how value compares with target for a pass ("<=" or ">="); a figure without a target
// (op "") is informational. Benchmarks print their own human-readable lines as well.

#include <cmath>
#include <cstdio>
#include <string>

namespace confab::bench {

inline std::string jsonString(const std::string &s)
{
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

inline std::string jsonNumber(double v)
{
    if (!std::isfinite(v))
        return "null";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

struct Figure
{
    std::string bench;  // which program
    std::string name;   // what was measured, e.g. "fan-out to 1,000 agents, p99 to the last"
    double value = 0;
    std::string unit;   // "ms", "per s", "KB", "x"
    double target = NAN;
    std::string op;     // "<=", ">=" or "" (no target)
    std::string note;   // how it was measured, if the name does not say

    bool hasTarget() const { return !op.empty() && std::isfinite(target); }
    bool pass() const
    {
        if (!hasTarget())
            return true;
        if (!std::isfinite(value))
            return false;
        return op == "<=" ? value <= target : value >= target;
    }

    std::string json() const
    {
        std::string s = "{\"bench\":" + jsonString(bench) + ",\"name\":" + jsonString(name)
            + ",\"value\":" + jsonNumber(value) + ",\"unit\":" + jsonString(unit);
        if (hasTarget())
            s += ",\"target\":" + jsonNumber(target) + ",\"op\":" + jsonString(op) + ",\"pass\":"
                + (pass() ? "true" : "false");
        else
            s += ",\"target\":null,\"op\":\"\",\"pass\":null";
        if (!note.empty())
            s += ",\"note\":" + jsonString(note);
        return s + "}";
    }
};

// Prints the machine-readable line (and flushes, so a later crash cannot lose it).
inline void report(const Figure &f)
{
    std::printf("BENCH_FIGURE %s\n", f.json().c_str());
    std::fflush(stdout);
}

} // namespace confab::bench
