// `ltv`: the headless LTV Studio pipeline. `ltv <command> --help` for details.

#include "Command.h"

#include <QApplication>
#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <memory>

namespace ltv::cli {

std::vector<Command> &commandRegistry()
{
    static std::vector<Command> commands;
    return commands;
}

namespace {

QString usage()
{
    auto commands = commandRegistry();
    std::sort(commands.begin(), commands.end(), [](const Command &a, const Command &b) { return a.name < b.name; });
    QString text = QStringLiteral("Usage: ltv <command> [options]\n\n"
                                  "LTV Studio on the command line: customer lifetime value from transaction data.\n\n"
                                  "Commands:\n");
    for (const Command &c : commands)
        text += QStringLiteral("  %1  %2\n").arg(c.name, -10).arg(c.summary);
    text += QStringLiteral("\nGlobal options:\n  -h, --help     Show this help\n  -v, --version  Show the version\n\n"
                           "Run 'ltv <command> --help' for a command's options.\n");
    return text;
}

// The commands that draw charts need a QApplication; every other command
// stays on QCoreApplication so it runs without any display or platform plugin.
bool needsGuiApplication(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    const QByteArray command(argv[1]);
    return command == "report" || command == "demo";
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    if (!needsGuiApplication(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    // Headless by default: draw offscreen unless a display is there (or a platform is chosen).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace
} // namespace ltv::cli

int main(int argc, char *argv[])
{
    using namespace ltv::cli;
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ltv"));
    QCoreApplication::setOrganizationName(QStringLiteral("LTV Studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LTV_VERSION_STRING));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();

    if (args.size() < 2) {
        err << usage();
        return ExitUsage;
    }
    const QString first = args.at(1);
    if (first == u"-h" || first == u"--help" || first == u"help") {
        out << usage();
        return ExitOk;
    }
    if (first == u"-v" || first == u"--version") {
        out << "ltv " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }

    const auto &commands = commandRegistry();
    const auto it = std::find_if(commands.begin(), commands.end(), [&](const Command &c) { return c.name == first; });
    if (it == commands.end()) {
        err << "ltv: unknown command '" << first << "'\n\n" << usage();
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(it->summary);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    it->configure(parser);
    QStringList commandArgs = args;
    commandArgs.removeAt(1);
    commandArgs[0] = QStringLiteral("ltv ") + it->name;
    if (!parser.parse(commandArgs)) {
        err << "ltv " << it->name << ": " << parser.errorText() << "\n";
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    try {
        const int code = it->run(parser, out, err);
        out.flush();
        err.flush();
        return code;
    } catch (const std::exception &e) {
        out.flush();
        err << "ltv " << it->name << ": error: " << e.what() << "\n";
        return ExitFailure;
    }
}
