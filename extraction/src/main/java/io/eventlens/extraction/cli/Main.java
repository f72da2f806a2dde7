package io.eventlens.extraction.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** {@code eventlens COMMAND ARGS...}: the engine's command line. */
public final class Main {

    interface Command {
        /** Runs the command; returns the process exit code. */
        int run(String[] args, PrintStream out, PrintStream err);

        String usage();
    }

    private static final Map<String, Command> COMMANDS = new TreeMap<>(Map.of(
            "extract", new ExtractCommand(),
            "ner", new NerCommand(),
            "train-ner", new TrainNerCommand(),
            "timex", new TimexCommand()));

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
            printUsage(args.length == 0 ? err : out);
            return args.length == 0 ? 2 : 0;
        }
        Command command = COMMANDS.get(args[0]);
        if (command == null) {
            err.println("eventlens: unknown command '" + args[0] + "'");
            printUsage(err);
            return 2;
        }
        return command.run(Arrays.copyOfRange(args, 1, args.length), out, err);
    }

    private static void printUsage(PrintStream stream) {
        stream.println("usage: eventlens COMMAND [ARGS...]");
        for (Command command : COMMANDS.values()) {
            stream.println("  " + command.usage());
        }
    }
}
