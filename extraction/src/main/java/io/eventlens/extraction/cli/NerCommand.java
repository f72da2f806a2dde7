package io.eventlens.extraction.cli;

import java.io.PrintStream;

/** {@code ner ...}: not built yet. */
final class NerCommand implements Main.Command {

    @Override
    public String usage() {
        return "ner ...   (not available yet)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        err.println("eventlens ner: not available yet");
        return 2;
    }
}
