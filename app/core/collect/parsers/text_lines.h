#pragma once
// Small line helpers shared by the parsers.

#include <QString>
#include <QStringList>

namespace zd {

// The lines of `text` that contain something other than whitespace, with
// trailing '\r' removed, in order.
QStringList nonEmptyLines(const QString& text);

// The first line of `text` with surrounding whitespace removed.
QString firstLine(const QString& text);

}  // namespace zd
