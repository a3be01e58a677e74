#pragma once
// Core texts translated where lupdate files them. lupdate puts a tr() call
// under the class or namespace it is made in (e.g. "ltv::models::NeuralModel"
// for a method, "ltv::models" for a free function), so a file whose calls sit
// in several scopes looks its texts up in each of those contexts in turn.

#include <QCoreApplication>
#include <QString>

#include <initializer_list>

namespace ltv {

inline QString translateIn(std::initializer_list<const char *> contexts, const char *text)
{
    const QString source = QString::fromUtf8(text);
    for (const char *context : contexts) {
        const QString translated = QCoreApplication::translate(context, text);
        if (translated != source)
            return translated;
    }
    return source;
}

} // namespace ltv
