// SPDX-FileCopyrightText: 2026 ZFS Doctor contributors
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A word-wrapped rich-text label that lays out its text once per width.
//
// QLabel computes its size hints by laying out the whole text at three or
// more trial widths (a "golden ratio" width, one line, and one word per
// line) before the layout asks for the height at the real width, and it
// does not remember heights. An explanation page holds a dozen such labels;
// on a large system that was most of a 300 ms stall of the GUI thread when
// the page was opened. This label asks for one layout per width it is
// given, remembers the last few, and answers the size hints without laying
// out the text at widths it will never have (the preferred height is an
// estimate from the text's length; the real one comes from heightForWidth()).

#include <QLabel>

namespace zd::gui {

class WrappingLabel : public QLabel {
    Q_OBJECT
  public:
    explicit WrappingLabel(const QString& text = QString(), QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

  protected:
    bool event(QEvent* event) override;
    // A focused link is marked with a ring around the label (focus_ring.h).
    void paintEvent(QPaintEvent* event) override;

  private:
    // Width -> height, forgotten when the text, font or style changes.
    mutable QList<std::pair<int, int>> m_heights;
    mutable QString m_measuredText;
};

}  // namespace zd::gui
