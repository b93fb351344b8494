#include "ScriptedBrowser.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace AsanaFeed::Sim {

void ScriptedBrowser::open(const QUrl& authorizeUrl)
{
    ++m_opened;
    m_code.clear();
    if (m_mode == Mode::Ignore) {
        return;
    }
    QUrl url = authorizeUrl;
    QUrlQuery query(url);
    if (m_mode == Mode::Deny) {
        query.addQueryItem(QStringLiteral("sim_decision"), QStringLiteral("deny"));
    } else {
        query.addQueryItem(QStringLiteral("sim_auto_approve"), QStringLiteral("1"));
    }
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* page = m_network.get(request);
    const Mode mode = m_mode;
    connect(page, &QNetworkReply::finished, this, [this, page, mode] {
        page->deleteLater();
        if (mode == Mode::ShowOutOfBandCode) {
            const QByteArray body = page->readAll();
            const QByteArray open = "<code id=\"code\">";
            const qsizetype from = body.indexOf(open);
            if (from >= 0) {
                const qsizetype start = from + open.size();
                m_code = QString::fromLatin1(body.mid(start, body.indexOf("</code>", start) - start));
            }
            return;
        }
        // The redirect back to the app (its loopback listener), as a browser follows it.
        const QUrl location = QUrl::fromEncoded(page->rawHeader("Location"));
        const auto land = [this, location] {
            if (m_beforeRedirect) {
                m_beforeRedirect();
            }
            QNetworkReply* landing = m_network.get(QNetworkRequest(location));
            connect(landing, &QNetworkReply::finished, landing, &QObject::deleteLater);
        };
        if (mode != Mode::ForgeState) {
            land();
            return;
        }
        // Someone else's page gets there first with the same code and a state of its own.
        QUrl forged = location;
        QUrlQuery forgedQuery(forged);
        forgedQuery.removeAllQueryItems(QStringLiteral("state"));
        forgedQuery.addQueryItem(QStringLiteral("state"), QStringLiteral("forged"));
        forged.setQuery(forgedQuery);
        QNetworkReply* first = m_network.get(QNetworkRequest(forged));
        connect(first, &QNetworkReply::finished, this, [this, first, land] {
            first->deleteLater();
            m_forgedStatus = first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            m_forgedPage = first->readAll();
            land();
        });
    });
}

} // namespace AsanaFeed::Sim
