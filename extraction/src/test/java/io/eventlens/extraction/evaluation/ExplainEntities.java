package io.eventlens.extraction.evaluation;

import io.eventlens.extraction.DocumentInput;
import io.eventlens.extraction.ExtractionEngine;
import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.SourceFormat;
import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.entity.AcronymDefinition;
import io.eventlens.extraction.entity.OrganizationMention;
import io.eventlens.extraction.entity.PersonMention;
import io.eventlens.extraction.event.ParticipantCandidate;
import io.eventlens.extraction.participant.ParticipantFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Development aid: prints the entity layers and the participants the finder reads in one file ({@code FILE [--text]}: also the normalised text). */
public final class ExplainEntities {

    private ExplainEntities() {
    }

    public static void main(String[] args) throws Exception {
        boolean showText = args.length > 1 && args[1].equals("--text");
        Path file = Path.of(args[0]);
        String name = file.getFileName().toString();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Document d = ExtractionEngine.standard().annotate(new DocumentInput(name, text, SourceFormat.guess(name, text), null));
        if (showText) {
            System.out.println(d.text());
            System.out.println("----");
        }
        for (AcronymDefinition a : d.get(AcronymDefinition.LAYER)) {
            System.out.println("ACR  " + a.acronym() + " = " + a.longForm());
        }
        for (OrganizationMention o : d.get(OrganizationMention.LAYER)) {
            System.out.println("ORG  " + o.source() + " " + o.name());
        }
        for (PersonMention p : d.get(PersonMention.LAYER)) {
            System.out.println("PER  " + p.evidence() + " " + p.name() + (p.honorific() == null ? "" : " [" + p.honorific() + "]"));
        }
        for (ParticipantCandidate c : new ParticipantFinder().find(d, Span.of(0, d.text().length()))) {
            System.out.println("PART " + c.name.value() + " | " + (c.role == null ? null : c.role.value()) + " | "
                    + (c.organization == null ? null : c.organization.value()) + " | " + c.kind.value() + " <- "
                    + (c.kind.span() == null ? "" : d.text(c.kind.span())));
        }
    }
}
