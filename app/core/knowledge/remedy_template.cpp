#include "knowledge/remedy_template.h"

#include <QRegularExpression>

namespace zd {

namespace {
const QRegularExpression& placeholderPattern() {
    static const QRegularExpression pattern(QStringLiteral(R"(\{([a-z_]+)\})"));
    return pattern;
}
}  // namespace

const QStringList& knownTemplatePlaceholders() {
    static const QStringList names{
        QStringLiteral("dataset"),        QStringLiteral("previous_value"),
        QStringLiteral("loop"),           QStringLiteral("backing_file"),
        QStringLiteral("pool"),           QStringLiteral("kernel"),
        QStringLiteral("kernel_package"), QStringLiteral("default_kernel"),
    };
    return names;
}

QStringList templatePlaceholders(const QString& text) {
    QStringList names;
    auto matches = placeholderPattern().globalMatch(text);
    while (matches.hasNext())
        names << matches.next().captured(1);
    return names;
}

QString fillTemplate(const QString& text, const QMap<QString, QString>& values) {
    QString result;
    qsizetype position = 0;
    auto matches = placeholderPattern().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        result += text.mid(position, match.capturedStart() - position);
        const auto value = values.constFind(match.captured(1));
        result += value != values.constEnd() ? *value : match.captured(0);
        position = match.capturedEnd();
    }
    result += text.mid(position);
    return result;
}

}  // namespace zd
