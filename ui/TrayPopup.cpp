#include "TrayPopup.h"

#include "EventDelegate.h"
#include "PlainText.h"
#include "Theme.h"
#include "feed/EventFormatter.h"
#include "feed/EventRoles.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCursor>
#include <QDateTime>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QScreen>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace AsanaFeed {

using namespace EventRoles;

namespace {

constexpr int popupWidth = 380;
constexpr int margin = 6; // between the icon, the popup and the screen's edge
const char* const rowProperty = "trayRow";

QLabel* plainLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

TrayPopup::TrayPopup(QAbstractItemModel* rows, QMenu* menu, QWidget* parent)
    : QFrame(parent, Qt::Popup)
    , m_rows(rows)
{
    setObjectName(QStringLiteral("trayPopup"));
    setFrameShape(QFrame::StyledPanel);
    setAttribute(Qt::WA_DeleteOnClose, false);
    setAccessibleName(tr("Asana Feed"));
    setFixedWidth(popupWidth);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);

    auto* header = new QHBoxLayout;
    m_title = plainLabel(this);
    m_title->setText(tr("Asana Feed"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_count = plainLabel(this);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    header->addWidget(m_title, 1);
    header->addWidget(m_count);
    layout->addLayout(header);

    m_status = plainLabel(this);
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    auto* rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    layout->addWidget(rule);

    m_list = new QVBoxLayout;
    m_list->setSpacing(2);
    layout->addLayout(m_list);
    m_empty = plainLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMinimumHeight(56);
    m_empty->setEnabled(false);
    layout->addWidget(m_empty);

    auto* rule2 = new QFrame(this);
    rule2->setFrameShape(QFrame::HLine);
    rule2->setFrameShadow(QFrame::Sunken);
    layout->addWidget(rule2);

    auto* footer = new QHBoxLayout;
    m_openFeed = new QPushButton(tr("Open Feed"), this);
    m_openFeed->setDefault(true);
    m_markAllRead = new QPushButton(tr("Mark All Read"), this);
    m_more = new QToolButton(this);
    m_more->setText(tr("More"));
    m_more->setAccessibleName(tr("More commands"));
    m_more->setToolTip(tr("Pause notifications, settings, sign out, quit"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_more->setMenu(menu);
    footer->addWidget(m_openFeed);
    footer->addWidget(m_markAllRead);
    footer->addStretch(1);
    footer->addWidget(m_more);
    layout->addLayout(footer);

    connect(m_openFeed, &QPushButton::clicked, this, [this] {
        close();
        emit openFeedRequested();
    });
    connect(m_markAllRead, &QPushButton::clicked, this, &TrayPopup::markAllReadRequested);
    // A command from the menu closes the popup too: the person is done with it.
    connect(menu, &QMenu::triggered, this, &QWidget::close);

    connect(m_rows, &QAbstractItemModel::rowsInserted, this, &TrayPopup::scheduleRebuild);
    connect(m_rows, &QAbstractItemModel::rowsRemoved, this, &TrayPopup::scheduleRebuild);
    connect(m_rows, &QAbstractItemModel::modelReset, this, &TrayPopup::scheduleRebuild);
    connect(m_rows, &QAbstractItemModel::layoutChanged, this, &TrayPopup::scheduleRebuild);
    connect(m_rows, &QAbstractItemModel::dataChanged, this, &TrayPopup::scheduleRebuild);
    setCount(0);
    rebuild();
}

void TrayPopup::setCount(int unread)
{
    m_count->setText(unread > 0 ? tr("%n unread", nullptr, unread) : tr("All caught up"));
    m_markAllRead->setEnabled(unread > 0);
}

void TrayPopup::setStatus(const QString& text, bool problem)
{
    m_problem = problem;
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     problem ? Theme::errorColor(this->palette()) : this->palette().color(QPalette::PlaceholderText));
    m_status->setPalette(palette);
}

QString TrayPopup::emptyText() const
{
    return m_empty->isHidden() ? QString() : m_empty->text();
}

QToolButton* TrayPopup::readButton(int i) const
{
    QWidget* row = m_rowWidgets.value(i);
    return row ? row->findChild<QToolButton*>(QStringLiteral("read")) : nullptr;
}

QToolButton* TrayPopup::doneButton(int i) const
{
    QWidget* row = m_rowWidgets.value(i);
    return row ? row->findChild<QToolButton*>(QStringLiteral("done")) : nullptr;
}

void TrayPopup::scheduleRebuild()
{
    // Only what is on screen is kept up to date; a closed popup is rebuilt when it opens.
    if (isVisible() && !m_rebuildQueued) {
        m_rebuildQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_rebuildQueued = false;
            rebuild();
        });
    }
}

void TrayPopup::rebuild()
{
    for (QWidget* row : std::as_const(m_rowWidgets)) {
        delete row;
    }
    m_rowWidgets.clear();
    m_shown.clear();
    for (int r = 0; r < m_rows->rowCount() && m_shown.size() < maxRows; ++r) {
        const QModelIndex index = m_rows->index(r, 0);
        if (index.data(IsGapRole).toBool()) {
            continue;
        }
        m_shown.append(index);
        QWidget* row = makeRow(index);
        m_rowWidgets.append(row);
        m_list->addWidget(row);
    }
    m_empty->setText(m_rows->rowCount() == 0 ? tr("Nothing yet: new activity shows up here.") : tr("Nothing new."));
    m_empty->setVisible(m_shown.isEmpty());
    adjustSize();
}

QWidget* TrayPopup::makeRow(const QModelIndex& index)
{
    auto* row = new QFrame(this);
    row->setProperty(rowProperty, true);
    row->setFocusPolicy(Qt::StrongFocus);
    row->setCursor(Qt::PointingHandCursor);
    row->installEventFilter(this);
    const bool unread = index.data(UnreadRole).toBool();
    const QString sentence = index.data(SentenceRole).toString();
    row->setAccessibleName(EventDelegate::measurable(sentence, 400));
    row->setToolTip(PlainText::toolTip(EventFormatter::cut(sentence, 500)));

    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(4, 4, 2, 4);
    layout->setSpacing(8);

    auto* dot = plainLabel(row);
    dot->setText(unread ? QStringLiteral("\u25CF") : QString());
    dot->setAccessibleName(unread ? tr("Unread") : QString());
    QPalette dotPalette = dot->palette();
    dotPalette.setColor(QPalette::WindowText, palette().color(QPalette::Highlight));
    dot->setPalette(dotPalette);
    dot->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("\u25CF")) + 2);
    dot->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    layout->addWidget(dot);

    const QPersistentModelIndex persistent(index);
    auto* read = new QToolButton(row);
    read->setObjectName(QStringLiteral("read"));
    read->setAutoRaise(true);
    read->setText(unread ? tr("Read") : tr("Unread"));
    read->setToolTip(unread ? tr("Mark as read") : tr("Mark as unread"));
    read->setAccessibleName(read->toolTip());
    connect(read, &QToolButton::clicked, this, [this, persistent] {
        if (persistent.isValid()) {
            m_rows->setData(persistent, !persistent.data(UnreadRole).toBool(), UnreadRole);
        }
    });
    auto* done = new QToolButton(row);
    done->setObjectName(QStringLiteral("done"));
    done->setAutoRaise(true);
    done->setText(tr("Done"));
    done->setToolTip(tr("Mark as done: it leaves the feed's default view"));
    done->setAccessibleName(tr("Mark as done"));
    connect(done, &QToolButton::clicked, this, [this, persistent] {
        if (persistent.isValid()) {
            m_rows->setData(persistent, true, DoneRole); // it leaves the list (and the feed's default view)
        }
    });

    // The text column gets what the dot and the buttons leave, and exactly the height of its
    // lines (two at most for the sentence): rows never overlap, whatever the font.
    const QMargins outer = this->layout() ? this->layout()->contentsMargins() : QMargins(12, 10, 12, 10);
    const int textWidth =
        std::max(120, popupWidth - outer.left() - outer.right() - 4 - 2 - dot->width() - 3 * layout->spacing() -
                          read->sizeHint().width() - done->sizeHint().width() - 2 * frameWidth());
    auto* texts = new QVBoxLayout;
    texts->setSpacing(1);
    auto* text = plainLabel(row);
    text->setWordWrap(true);
    if (unread) {
        QFont bold = text->font();
        bold.setWeight(QFont::DemiBold);
        text->setFont(bold);
    }
    const QFontMetrics textMetrics(text->font());
    const QString line = EventDelegate::measurable(sentence, 2 * textWidth);
    QString shown = line;
    const auto linesOf = [&textMetrics, textWidth](const QString& candidate) {
        return textMetrics.boundingRect(QRect(0, 0, textWidth, 100000), Qt::TextWordWrap, candidate).height() /
               std::max(1, textMetrics.lineSpacing());
    };
    // Cut to two lines: shorten until it fits, in word steps.
    while (linesOf(shown) > 2 && shown.size() > 1) {
        const qsizetype space = shown.lastIndexOf(QLatin1Char(' '), shown.size() - 3);
        shown = (space > 0 ? shown.left(space) : shown.left(shown.size() - 2)) + QChar(0x2026);
    }
    text->setText(shown);
    text->setFixedSize(textWidth, std::max(1, linesOf(shown)) * textMetrics.lineSpacing() + 2);
    texts->addWidget(text);
    auto* meta = plainLabel(row);
    const QString when =
        EventFormatter::relativeTime(index.data(CreatedAtRole).toDateTime(), QDateTime::currentDateTimeUtc());
    QFont small = meta->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    meta->setFont(small);
    const QString project = EventDelegate::measurable(index.data(ProjectNameRole).toString(), textWidth);
    meta->setText(QFontMetrics(small).elidedText(project.isEmpty() ? when : tr("%1 · %2").arg(when, project),
                                                 Qt::ElideRight, textWidth));
    meta->setFixedWidth(textWidth);
    meta->setEnabled(false);
    texts->addWidget(meta);
    layout->addLayout(texts, 1);
    layout->addWidget(read, 0, Qt::AlignVCenter);
    layout->addWidget(done, 0, Qt::AlignVCenter);
    return row;
}

bool TrayPopup::eventFilter(QObject* watched, QEvent* event)
{
    auto* row = qobject_cast<QWidget*>(watched);
    if (row && row->property(rowProperty).toBool()) {
        const qsizetype i = m_rowWidgets.indexOf(row);
        // The row under the pointer or with the keyboard's focus stands out, like a menu's.
        if (event->type() == QEvent::Enter || event->type() == QEvent::FocusIn || event->type() == QEvent::Leave ||
            event->type() == QEvent::FocusOut) {
            const bool lit = row->underMouse() || row->hasFocus();
            row->setAutoFillBackground(lit);
            row->setBackgroundRole(lit ? QPalette::AlternateBase : QPalette::Window);
        }
        const bool activate =
            (event->type() == QEvent::MouseButtonRelease &&
             static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton) ||
            (event->type() == QEvent::KeyPress && (static_cast<QKeyEvent*>(event)->key() == Qt::Key_Return ||
                                                   static_cast<QKeyEvent*>(event)->key() == Qt::Key_Enter ||
                                                   static_cast<QKeyEvent*>(event)->key() == Qt::Key_Space));
        if (activate && i >= 0 && m_shown.at(i).isValid()) {
            const QModelIndex index = m_shown.at(i);
            close();
            emit rowActivated(index);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void TrayPopup::showEvent(QShowEvent* event)
{
    rebuild();
    QFrame::showEvent(event);
}

void TrayPopup::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        setStatus(m_status->text(), m_problem);
    }
}

QPoint TrayPopup::placement(const QRect& anchor, const QSize& size, const QRect& available)
{
    const bool below = anchor.center().y() < available.center().y();
    int y = below ? anchor.bottom() + 1 + margin : anchor.top() - margin - size.height();
    int x = anchor.center().x() - size.width() / 2;
    // A panel on the left or right: beside the icon rather than over it.
    if (anchor.right() < available.left() + margin) {
        x = available.left() + margin;
        y = anchor.center().y() - size.height() / 2;
    } else if (anchor.left() > available.right() - margin) {
        x = available.right() - margin - size.width();
        y = anchor.center().y() - size.height() / 2;
    }
    x = std::clamp(x, available.left() + margin,
                   std::max(available.left() + margin, available.right() - margin - size.width() + 1));
    y = std::clamp(y, available.top() + margin,
                   std::max(available.top() + margin, available.bottom() - margin - size.height() + 1));
    return {x, y};
}

void TrayPopup::popupAt(const QRect& anchor)
{
    rebuild();
    const QRect at = anchor.isValid() && !anchor.isEmpty() ? anchor : QRect(QCursor::pos(), QSize(1, 1));
    QScreen* screen = QGuiApplication::screenAt(at.center());
    if (!screen) {
        screen = QGuiApplication::primaryScreen();
    }
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1024, 768);
    move(placement(at, sizeHint().expandedTo(minimumSizeHint()), available));
    show();
    raise();
    activateWindow();
    if (!m_rowWidgets.isEmpty()) {
        m_rowWidgets.constFirst()->setFocus();
    } else {
        m_openFeed->setFocus();
    }
}

} // namespace AsanaFeed
