package io.eventlens.extraction.cli;

import java.io.PrintStream;

/** {@code timex ...}: not built yet. */
final class TimexCommand implements Main.Command {

    @Override
    public String usage() {
        return "timex ...   (not available yet)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        err.println("eventlens timex: not available yet");
        return 2;
    }
}
