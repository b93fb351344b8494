// NewEventsPill: the "12 new" capsule over the top of the feed while the person reads further
// down and newer events arrived above; clicking it goes up to them. Says how many, nothing else.
#pragma once

#include <QAbstractButton>

namespace AsanaFeed {

class NewEventsPill final : public QAbstractButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewEventsPill)

public:
    explicit NewEventsPill(QWidget* parent = nullptr);

    // How many new events wait above; the text reads "12 new".
    void setCount(int count);
    [[nodiscard]] int count() const { return m_count; }

    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int m_count = 0;
};

} // namespace AsanaFeed
