// EventDelegate: names are painted as the literal characters they are, rows read well, colours
// are stable.
#include "EventDelegate.h"
#include "GuiTestData.h"
#include "feed/EventFilterModel.h"
#include "feed/EventRoles.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QStandardPaths>
#include <QTest>

using namespace AsanaFeed;
using namespace AsanaFeed::EventRoles;

class TestEventDelegate final : public QObject
{
    Q_OBJECT

    // Dana Ruiz's comment on Launch plan (story 4001) and Sam Lee's completion of Fix login, a
    // minute apart; the comment's row.
    static QModelIndex addCommentAndCompletion(GuiTestData::Feed& feed)
    {
        feed.add(
            {FeedTestData::commented(0, QStringLiteral("Dana Ruiz"), QStringLiteral("11"),
                                     QStringLiteral("Launch plan"), QStringLiteral("2001"), QStringLiteral("4001")),
             GuiTestData::completed(1, QStringLiteral("Sam Lee"), QStringLiteral("12"), QStringLiteral("Fix login"),
                                    QStringLiteral("2002"))});
        const bool commentFirst =
            feed.model()->index(0, 0).data(SentenceRole).toString().contains(QStringLiteral("commented"));
        return feed.model()->index(commentFirst ? 0 : 1, 0);
    }

    // How many pixels of the row, painted 600 px wide on white, are dark.
    static int darkPixels(QStyleOptionViewItem option, const EventDelegate& delegate, const QModelIndex& index)
    {
        option.rect = QRect(QPoint(0, 0), QSize(600, delegate.sizeHint(option, index).height()));
        QImage image(option.rect.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            delegate.paint(&painter, option, index);
        }
        int dark = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                dark += image.pixelColor(x, y).lightness() < 128 ? 1 : 0;
            }
        }
        return dark;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void htmlInAName_isLaidOutAsLiteralText()
    {
        GuiTestData::Feed feed;
        feed.addStandard();
        const QString evil = QStringLiteral("<img src=x onerror=alert(1)>");
        const QModelIndex row = feed.model()->index(0, 0); // newest first: Alex Kim's
        QCOMPARE(row.data(ResourceNameRole).toString(), evil);
        const QString sentence = row.data(SentenceRole).toString();
        QVERIFY2(sentence.contains(evil), qPrintable(sentence));

        const QList<EventDelegate::TextRun> runs =
            EventDelegate::sentenceRuns(sentence, row.data(SentenceSpansRole).toList(), QFont(), 100000);
        QCOMPARE(EventDelegate::displayText(runs), sentence);
        // The name is one bold run, character for character.
        const auto bold = std::find_if(runs.cbegin(), runs.cend(), [](const auto& run) { return run.bold; });
        QVERIFY(bold != runs.cend());
        QCOMPARE(bold->text, evil);
    }

    void htmlInAName_isPaintedAtItsFullPlainTextWidth()
    {
        // Rich text would turn the name into an (empty) image a few pixels wide; plain text paints
        // 28 characters. Find the ink of the first line and compare with the literal's width.
        GuiTestData::Feed feed;
        feed.addStandard();
        QListView view;
        view.setModel(feed.model());
        auto* delegate = new EventDelegate(&view);
        view.setItemDelegate(delegate);
        QPalette palette = view.palette();
        palette.setColor(QPalette::Base, Qt::white);
        palette.setColor(QPalette::Window, Qt::white);
        palette.setColor(QPalette::Text, Qt::black);
        view.setPalette(palette);
        view.resize(1600, 400);

        const QModelIndex row = feed.model()->index(0, 0);
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.palette = palette;
        option.rect = QRect(QPoint(0, 0), QSize(1600, delegate->sizeHint(option, row).height()));
        QImage image(option.rect.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            delegate->paint(&painter, option, row);
        }

        const QString sentence = row.data(SentenceRole).toString();
        const QList<EventDelegate::TextRun> runs =
            EventDelegate::sentenceRuns(sentence, row.data(SentenceSpansRole).toList(), option.font, 100000);
        QFont boldFont = option.font;
        boldFont.setWeight(QFont::DemiBold);
        const int literalWidth =
            QFontMetrics(boldFont).horizontalAdvance(QStringLiteral("<img src=x onerror=alert(1)>"));
        // The rightmost dark pixel of the sentence's line (the day header is above it).
        const int headerAndPad = option.rect.height() - delegate->sizeHint(option, feed.model()->index(1, 0)).height();
        const int lineTop = headerAndPad + option.fontMetrics.height() / 2;
        int rightmost = -1;
        int leftmost = image.width();
        for (int y = lineTop; y < lineTop + option.fontMetrics.height(); ++y) {
            for (int x = 0; x < image.width() - 200; ++x) { // the time is painted on line 2 only
                if (qGray(image.pixel(x, y)) < 100) {
                    rightmost = qMax(rightmost, x);
                    leftmost = qMin(leftmost, x);
                }
            }
        }
        QVERIFY(rightmost > 0);
        const int prefixWidth = runs.constLast().x; // the bold name ends the sentence
        QVERIFY2(rightmost - leftmost >= prefixWidth + literalWidth * 8 / 10,
                 qPrintable(QStringLiteral("ink %1..%2, expected ≥ %3 + %4")
                                .arg(leftmost)
                                .arg(rightmost)
                                .arg(prefixWidth)
                                .arg(literalWidth)));
    }

    void longSentences_areElidedToTheWidth()
    {
        const QString text = QStringLiteral("Dana Ruiz completed ") + QString(200, QLatin1Char('x'));
        const QVariantList spans{QPoint(20, 200)};
        const QFont font;
        const auto runs = EventDelegate::sentenceRuns(text, spans, font, 300);
        const QString shown = EventDelegate::displayText(runs);
        QVERIFY(shown.endsWith(QChar(0x2026)));
        QFont bold = font;
        bold.setWeight(QFont::DemiBold);
        QVERIFY(runs.constLast().x + QFontMetrics(bold).horizontalAdvance(runs.constLast().text) <= 300);
    }

    void hugeNames_measureOnlyWhatFits()
    {
        // An 8 MiB task name: the row measures and draws a line's worth of it, not megabytes.
        const QString name(8 * 1024 * 1024, QLatin1Char('n'));
        const QString clipped = EventDelegate::measurable(name, 500);
        QCOMPARE(clipped.size(), 502); // 501 characters can fill 500 pixels; then the ellipsis
        QVERIFY(clipped.endsWith(QChar(0x2026)));
        QCOMPARE(EventDelegate::measurable(QStringLiteral("short\tname"), 500), QStringLiteral("short name"));

        const QString text = QStringLiteral("Dana Ruiz completed ") + name;
        const auto runs = EventDelegate::sentenceRuns(text, {QPoint(0, 9), QPoint(20, int(name.size()))}, QFont(), 600);
        QVERIFY(EventDelegate::displayText(runs).startsWith(QStringLiteral("Dana Ruiz completed nnn")));
        QVERIFY(EventDelegate::displayText(runs).endsWith(QChar(0x2026)));
        QCOMPARE(EventDelegate::initials(QStringLiteral("Ada ") + name), QStringLiteral("AN"));
    }

    void controlCharacters_doNotBreakTheLine()
    {
        const auto runs = EventDelegate::sentenceRuns(QStringLiteral("a\nb\tc"), {}, QFont(), 1000);
        QCOMPARE(EventDelegate::displayText(runs), QStringLiteral("a b c"));
    }

    void initials_andColours()
    {
        QCOMPARE(EventDelegate::initials(QStringLiteral("Dana Ruiz")), QStringLiteral("DR"));
        QCOMPARE(EventDelegate::initials(QStringLiteral("Liam O'Connor")), QStringLiteral("LO"));
        QCOMPARE(EventDelegate::initials(QStringLiteral("priya")), QStringLiteral("P"));
        QCOMPARE(EventDelegate::initials(QStringLiteral("Ana Maria de la Cruz")), QStringLiteral("AC"));
        QCOMPARE(EventDelegate::initials(QString()), QString());
        // Stable for a person, and people differ.
        QCOMPARE(EventDelegate::avatarColor(QStringLiteral("1200000000000003"), false),
                 EventDelegate::avatarColor(QStringLiteral("1200000000000003"), false));
        QSet<QRgb> colours;
        for (int i = 0; i < 6; ++i) {
            colours.insert(EventDelegate::avatarColor(QStringLiteral("120000000000000%1").arg(i), false).rgb());
        }
        QVERIFY(colours.size() >= 4);
    }

    void dayHeaders_startEachDay_alsoThroughTheFilter()
    {
        GuiTestData::Feed feed;
        feed.addStandard();
        EventFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(feed.model());
        QVERIFY(EventDelegate::startsDay(proxy.index(0, 0)));
        QVERIFY(!EventDelegate::startsDay(proxy.index(1, 0)));
        FilterState filter;
        filter.text = QStringLiteral("launch");
        proxy.setFilter(filter);
        QCOMPARE(proxy.rowCount(), 1);
        QVERIFY(EventDelegate::startsDay(proxy.index(0, 0)));
    }

    void gapRows_arePaintedAsWarnings()
    {
        GuiTestData::Feed feed;
        feed.addStandard();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        feed.model()->addGap(GuiTestData::subscription(), now.addSecs(-3600), now);
        int gapRow = -1;
        for (int row = 0; row < feed.model()->rowCount(); ++row) {
            if (feed.model()->index(row, 0).data(IsGapRole).toBool()) {
                gapRow = row;
            }
        }
        QVERIFY(gapRow >= 0);
        QListView view;
        EventDelegate delegate;
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.palette.setColor(QPalette::Base, Qt::white);
        const QModelIndex row = feed.model()->index(gapRow, 0);
        option.rect = QRect(QPoint(0, 0), QSize(800, delegate.sizeHint(option, row).height()));
        QImage image(option.rect.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            delegate.paint(&painter, option, row);
        }
        // A warm, tinted background: more red than blue.
        const QColor background = image.pixelColor(image.width() - 5, image.height() - 3);
        QVERIFY2(background.red() > background.blue() + 10, qPrintable(background.name()));
    }

    void comments_showTheirFirstLines_asPlainText()
    {
        GuiTestData::Feed feed;
        const QModelIndex comment = addCommentAndCompletion(feed);
        QListView view;
        EventDelegate delegate;
        QStyleOptionViewItem option;
        option.initFrom(&view);
        const QModelIndex other = feed.model()->index(comment.row() == 0 ? 1 : 0, 0);
        QVERIFY(comment.data(SentenceRole).toString().contains(QStringLiteral("commented")));
        option.palette.setColor(QPalette::Base, Qt::white);
        option.palette.setColor(QPalette::Text, Qt::black);
        const int before = delegate.sizeHint(option, comment).height();
        const int line = option.fontMetrics.height();
        const int inkBefore = darkPixels(option, delegate, comment);

        // One line, then three (two are shown); markup is characters.
        feed.model()->addDetails({{QStringLiteral("4001"),
                                   QStringLiteral("story"),
                                   QStringLiteral("comment_added"),
                                   QStringLiteral("<b>Ready</b> for review"),
                                   {},
                                   QDateTime::currentDateTimeUtc()}});
        QCOMPARE(EventDelegate::commentLines(comment), 1);
        QCOMPARE(delegate.sizeHint(option, comment).height(), before + line + line / 4);
        feed.model()->addDetails({{QStringLiteral("4001"),
                                   QStringLiteral("story"),
                                   QStringLiteral("comment_added"),
                                   QStringLiteral("one\ntwo\nthree"),
                                   {},
                                   QDateTime::currentDateTimeUtc()}});
        QCOMPARE(EventDelegate::commentLines(comment), EventDelegate::maxCommentLines);
        QCOMPARE(delegate.sizeHint(option, comment).height(), before + 2 * line + line / 4);
        QCOMPARE(EventDelegate::commentLines(other), 0);

        // Painted: the quote (bar and text) adds ink to the row; markup stays characters.
        QVERIFY2(darkPixels(option, delegate, comment) > inkBefore + 50,
                 qPrintable(QStringLiteral("%1 vs %2").arg(darkPixels(option, delegate, comment)).arg(inkBefore)));
    }

    void compactRows_haveLessPadding_andAOneLineQuote()
    {
        GuiTestData::Feed feed;
        const QModelIndex comment = addCommentAndCompletion(feed);
        QListView view;
        EventDelegate delegate;
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.palette.setColor(QPalette::Base, Qt::white);
        option.palette.setColor(QPalette::Text, Qt::black);
        const int line = option.fontMetrics.height();
        const int roomy = delegate.sizeHint(option, comment).height();
        delegate.setCompact(true);
        QVERIFY(delegate.isCompact());
        const int compact = delegate.sizeHint(option, comment).height();
        QVERIFY2(compact < roomy, qPrintable(QStringLiteral("%1 vs %2").arg(compact).arg(roomy)));

        // Three lines of comment: two in a roomy row, one in a compact one.
        feed.model()->addDetails({{QStringLiteral("4001"),
                                   QStringLiteral("story"),
                                   QStringLiteral("comment_added"),
                                   QStringLiteral("one\ntwo\nthree"),
                                   {},
                                   QDateTime::currentDateTimeUtc()}});
        QCOMPARE(EventDelegate::commentLines(comment, true), 1);
        QCOMPARE(delegate.sizeHint(option, comment).height(), compact + line + line / 4);
        const int compactInk = darkPixels(option, delegate, comment);
        delegate.setCompact(false);
        QCOMPARE(EventDelegate::commentLines(comment), 2);
        QCOMPARE(delegate.sizeHint(option, comment).height(), roomy + 2 * line + line / 4);
        QVERIFY2(darkPixels(option, delegate, comment) > compactInk, "the second line of the quote is painted");
    }

    void darkPalette_paintsLightText()
    {
        GuiTestData::Feed feed;
        feed.addStandard();
        QListView view;
        EventDelegate delegate;
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Window, QColor(40, 40, 40));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        QVERIFY(EventDelegate::isDark(dark));
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.palette = dark;
        const QModelIndex row = feed.model()->index(1, 0);
        option.rect = QRect(QPoint(0, 0), QSize(800, delegate.sizeHint(option, row).height()));
        QImage image(option.rect.size(), QImage::Format_ARGB32);
        image.fill(QColor(30, 30, 30));
        {
            QPainter painter(&image);
            delegate.paint(&painter, option, row);
        }
        int light = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 100; x < 600; ++x) {
                light += qGray(image.pixel(x, y)) > 180 ? 1 : 0;
            }
        }
        QVERIFY2(light > 50, "the sentence is drawn in the palette's (light) text colour");
    }
};

QTEST_MAIN(TestEventDelegate)
#include "tst_eventdelegate.moc"
