#pragma once

// Deterministic text for the article and search benchmarks: a vocabulary of real support
// words plus made-up ones, drawn with a Zipf distribution so that a few words are very common
// and most are rare, as in real conversations.

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace confab::bench {

class BenchText
{
public:
    explicit BenchText(quint32 seed, int vocabulary = 4000) : m_rng(seed)
    {
        using namespace Qt::StringLiterals;
        static const QStringList common {
            u"the"_s,       u"to"_s,        u"and"_s,        u"a"_s,          u"is"_s,        u"it"_s,
            u"you"_s,       u"for"_s,       u"not"_s,        u"on"_s,         u"my"_s,        u"can"_s,
            u"please"_s,    u"thanks"_s,    u"account"_s,    u"invoice"_s,    u"order"_s,     u"password"_s,
            u"login"_s,     u"error"_s,     u"billing"_s,    u"refund"_s,     u"plan"_s,      u"upgrade"_s,
            u"dashboard"_s, u"export"_s,    u"report"_s,     u"team"_s,       u"seat"_s,      u"renewal"_s,
            u"card"_s,      u"declined"_s,  u"shipping"_s,   u"delayed"_s,    u"integration"_s, u"webhook"_s,
            u"api"_s,       u"token"_s,     u"timeout"_s,    u"slow"_s,       u"crash"_s,     u"mobile"_s,
            u"settings"_s,  u"permission"_s, u"admin"_s,     u"workspace"_s,  u"import"_s,    u"csv"_s,
            u"sso"_s,       u"saml"_s,      u"okta"_s,       u"invoice"_s,    u"vat"_s,       u"receipt"_s,
            u"discount"_s,  u"coupon"_s,    u"trial"_s,      u"cancel"_s,     u"downgrade"_s, u"migration"_s,
            u"café"_s,      u"straße"_s,    u"заказ"_s,      u"доставка"_s,   u"λογαριασμός"_s, u"naïve"_s,
        };
        static const QStringList syllables { u"ka"_s, u"lo"_s, u"mi"_s, u"ren"_s, u"sto"_s, u"va"_s, u"qui"_s,
                                             u"dex"_s, u"bor"_s, u"tal"_s, u"ne"_s, u"pra"_s, u"zu"_s, u"fin"_s,
                                             u"gra"_s, u"hol"_s, u"jem"_s, u"wex"_s, u"cy"_s, u"tor"_s };
        m_words = common;
        m_words.removeDuplicates();
        while (m_words.size() < vocabulary) {
            QString w;
            const int n = 2 + int(m_rng.bounded(3));
            for (int i = 0; i < n; ++i)
                w += syllables.at(int(m_rng.bounded(syllables.size())));
            if (!m_words.contains(w))
                m_words.append(w);
        }
        // Zipf weights 1/rank: cumulative, for sampling by binary search.
        double sum = 0;
        m_cumulative.reserve(m_words.size());
        for (qsizetype r = 0; r < m_words.size(); ++r) {
            sum += 1.0 / double(r + 1);
            m_cumulative.append(sum);
        }
    }

    QRandomGenerator &rng() { return m_rng; }
    const QStringList &words() const { return m_words; }

    QString word()
    {
        const double x = m_rng.generateDouble() * m_cumulative.last();
        const auto it = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), x);
        return m_words.at(std::min<qsizetype>(it - m_cumulative.begin(), m_words.size() - 1));
    }

    QString sentence(int minWords, int maxWords)
    {
        const int n = minWords + int(m_rng.bounded(maxWords - minWords + 1));
        QString out;
        for (int i = 0; i < n; ++i) {
            if (i)
                out += u' ';
            out += word();
        }
        if (!out.isEmpty())
            out[0] = out.at(0).toUpper();
        return out + u'.';
    }

    QString paragraph(int chars)
    {
        QString out;
        while (out.size() < chars) {
            if (!out.isEmpty())
                out += u' ';
            out += sentence(5, 16);
        }
        return out;
    }

    static double percentile(QList<double> values, double p)
    {
        if (values.isEmpty())
            return 0;
        std::sort(values.begin(), values.end());
        const qsizetype i = std::clamp<qsizetype>(qsizetype(std::ceil(p / 100.0 * double(values.size()))) - 1, 0,
                                                  values.size() - 1);
        return values.at(i);
    }

private:
    QRandomGenerator m_rng;
    QStringList m_words;
    QList<double> m_cumulative;
};

} // namespace confab::bench
