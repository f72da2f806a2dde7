package io.eventlens.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventRecordAssemblerTest {

    private static final String TEXT = "x".repeat(1000);

    private static EventCandidate candidate(String reader, int start, int end, String title, String date, double confidence) {
        EventCandidate c = new EventCandidate(start, end, reader);
        c.title = Slot.of(title, Span.of(start, Math.min(end, start + 5)), confidence);
        if (date != null) {
            c.startDate = Slot.of(date, Span.of(start, start + 1), confidence);
        }
        c.confidence = confidence;
        return c;
    }

    private static Document document(List<EventCandidate> candidates) {
        Document d = Document.of("t.txt", TEXT);
        d.set(EventCandidate.LAYER, candidates);
        new EventRecordAssembler().annotate(d);
        return d;
    }

    @Test
    void aPlaceLosesItsRemarkInBracketsAndItsOnlineTail() {
        String text = "Where: Mill House, Room 2 (note the new room) and Room 4, Weir Hall and on Zoom (link below)";
        Slot<String> remark = Slot.of("Mill House, Room 2 (note the new room)", Span.of(7, 45), 0.9);
        assertThat(EventRecordAssembler.withoutAside(text, remark).value()).isEqualTo("Mill House, Room 2");
        assertThat(EventRecordAssembler.withoutAside(text, remark).span()).isEqualTo(Span.of(7, 25));
        Slot<String> online = Slot.of("Room 4, Weir Hall and on Zoom (link below)", Span.of(50, 92), 0.9);
        assertThat(EventRecordAssembler.withoutAside(text, online).value()).isEqualTo("Room 4, Weir Hall");
        Slot<String> named = Slot.of("Hall of the Guild (Lowmoor)", Span.of(0, 27), 0.9);
        assertThat(EventRecordAssembler.withoutAside(text, named).value()).isEqualTo("Hall of the Guild (Lowmoor)");
    }

    @Test
    void candidatesForTheSameEventMergeFieldByField() {
        EventCandidate header = candidate("header", 0, 500, "The Role of Rivers: A Panel", "2021-05-04", 0.9);
        header.organizers.add(Slot.of("Tarrow Water Council", Span.of(10, 20), 0.85));
        EventCandidate narrative = candidate("narrative", 100, 200, "The Role of Rivers: a panel", "2021-05-04", 0.6);
        narrative.location = Slot.of("Old Mill, Tarrow", Span.of(120, 130), 0.7);
        narrative.organizers.add(Slot.of("TWC", Span.of(140, 143), 0.7));
        Document d = document(List.of(narrative, header));
        assertThat(d.get(AssembledEvent.LAYER)).singleElement().satisfies(e -> {
            assertThat(e.record().title()).isEqualTo("The Role of Rivers: A Panel");
            assertThat(e.record().location()).isEqualTo("Old Mill, Tarrow");
            assertThat(e.record().organizers()).containsExactly("Tarrow Water Council");
            assertThat(e.record().confidence()).isGreaterThan(0.9);
        });
    }

    @Test
    void differentDatesKeepAlikeTitlesApartUnlessARangeCoversThem() {
        EventCandidate a = candidate("header", 0, 400, "Annual Orchard Meeting", "2021-05-04", 0.9);
        EventCandidate b = candidate("header", 400, 800, "Annual Orchard Meeting", "2022-05-03", 0.9);
        assertThat(document(List.of(a, b)).get(AssembledEvent.LAYER)).hasSize(2);
        EventCandidate two = candidate("lead", 0, 1000, "Forum on Night Work", "2021-05-04", 0.8);
        two.endDate = Slot.of("2021-05-05", Span.of(0, 1), 0.8);
        EventCandidate closing = candidate("narrative", 0, 100, "Forum on Night Work", "2021-05-05", 0.6);
        assertThat(document(new ArrayList<>(List.of(two, closing))).get(AssembledEvent.LAYER)).singleElement()
                .satisfies(e -> assertThat(e.record().startDate()).isEqualTo("2021-05-04"));
    }

    @Test
    void weakOrUntitledCandidatesAreDropped() {
        EventCandidate weak = candidate("header", 0, 100, "Report on Rivers", "2020-05-12", 0.4);
        EventCandidate untitled = new EventCandidate(0, 100, "lead");
        untitled.confidence = 0.9;
        assertThat(document(List.of(weak, untitled)).get(AssembledEvent.LAYER)).isEmpty();
    }

    @Test
    void aSubEventTakesTheContainersOrganisersAndKeepsWhatWasSaidOfItself() {
        EventCandidate report = candidate("lead", 0, 1000, "Streets for People", "2023-04-13", 0.8);
        report.organizers.add(Slot.of("Grange Institute", Span.of(50, 60), 0.7));
        report.organizers.add(Slot.of("Harbour Trust", Span.of(850, 860), 0.7));
        EventCandidate next = candidate("narrative", 800, 900, "Water as Infrastructure", "2023-05-11", 0.6);
        EventCandidate lecture = candidate("narrative", 300, 400, "Light and Shade", "2023-06-01", 0.6);
        lecture.organizers.add(Slot.of("Shade Society", Span.of(310, 320), 0.7));
        Document d = document(List.of(report, next, lecture));
        List<AssembledEvent> events = d.get(AssembledEvent.LAYER);
        assertThat(events).extracting(e -> e.record().title())
                .containsExactly("Streets for People", "Light and Shade", "Water as Infrastructure");
        assertThat(events.get(0).record().organizers()).containsExactly("Grange Institute");
        assertThat(events.get(1).record().organizers()).containsExactly("Shade Society");
        assertThat(events.get(2).record().organizers()).containsExactly("Grange Institute");
    }

    @Test
    void theTextOfInnerEventsIsNotTheContainersOwn() {
        EventCandidate outer = candidate("header", 0, 1000, "Symposium", "2024-10-03", 0.9);
        EventCandidate inner = candidate("header", 200, 400, "Workshop on Dunes", "2024-10-02", 0.9);
        assertThat(EventRecordAssembler.ownText(outer, List.of(outer, inner)))
                .containsExactly(Span.of(0, 200), Span.of(400, 1000));
    }

    @Test
    void anAnnouncementCoveringTheDocumentMergesIntoItsMainEventWithItsValuesFirst() {
        EventCandidate page = candidate("lead", 0, 1000, "Learning to Plan", "1997-03-04", 0.75);
        page.location = Slot.of("Main Hall", Span.of(30, 40), 0.7);
        EventCandidate announcement = candidate("announcement", 0, 1000, "Learning to Plan with Robots", null, 0.8);
        announcement.location = Slot.of("Wean Hall 5409", Span.of(60, 70), 0.9);
        Document d = document(List.of(page, announcement));
        assertThat(d.get(AssembledEvent.LAYER)).singleElement().satisfies(e -> {
            assertThat(e.record().title()).isEqualTo("Learning to Plan with Robots");
            assertThat(e.record().location()).isEqualTo("Wean Hall 5409");
            assertThat(e.record().startDate()).isEqualTo("1997-03-04");
        });
    }

    @Test
    void organisationsSpelledDifferentlyAreOne() {
        assertThat(EventRecordAssembler.sameOrganization("ICRtoS", "International Coalition for the Right to Swim")).isTrue();
        assertThat(EventRecordAssembler.sameOrganization("Tarrow Bar Association", "the Tarrow Bar Association")).isTrue();
        assertThat(EventRecordAssembler.sameOrganization("Tarrow Bar Association", "Lowmoor Bar Association")).isFalse();
    }

    @Test
    void anAffiliationWrittenShortIsTheEventsOrganiserItAbbreviates() {
        String text = "The Orchard Research Institute hosted the panel. Dr. Ana Ruiz, Fellow at the Institute, spoke; "
                + "Ben Holt of the Harbour Trust replied.";
        EventCandidate c = new EventCandidate(0, text.length(), "header");
        c.organizers.add(Slot.of("Orchard Research Institute", Span.of(4, 30), 0.8));
        ParticipantCandidate ruiz = new ParticipantCandidate(Slot.of("Ana Ruiz", Span.of(53, 61), 0.9));
        ruiz.organization = Slot.of("Institute", Span.of(79, 88), 0.8);
        ParticipantCandidate holt = new ParticipantCandidate(Slot.of("Ben Holt", Span.of(96, 104), 0.9));
        holt.organization = Slot.of("Harbour Trust", Span.of(112, 125), 0.8);
        c.participants.add(ruiz);
        c.participants.add(holt);
        EventRecordAssembler.fullerAffiliations(text, c);
        assertThat(ruiz.organization.value()).isEqualTo("Orchard Research Institute");
        // a body that organises nothing keeps its own name
        assertThat(holt.organization.value()).isEqualTo("Harbour Trust");
    }

    private static ParticipantCandidate person(String name, String role, String organization) {
        ParticipantCandidate p = new ParticipantCandidate(Slot.of(name, Span.of(0, 1), 0.8));
        p.role = role == null ? null : Slot.of(role, Span.of(0, 1), 0.8);
        p.organization = organization == null ? null : Slot.of(organization, Span.of(0, 1), 0.8);
        return p;
    }

    @Test
    void aPersonNamedBareAtOneEventKeepsTheTitleStatedAtAnother() {
        EventCandidate first = candidate("header", 0, 100, "Who Owns the Catch?", "2025-09-09", 0.9);
        first.participants.add(person("Peter Otieno", "Senior Lecturer", "Pwani University"));
        first.participants.add(person("Omar Baraka", "Chairperson", null));
        EventCandidate second = candidate("header", 200, 300, "Women in the Fish Trade", "2025-09-11", 0.9);
        second.participants.add(person("Peter Otieno", null, null));
        second.participants.add(person("Omar Baraka", null, "Lamu Network"));
        second.participants.add(person("Otieno", null, null)); // a surname alone may be someone else
        second.participants.add(person("Zawadi Achieng", "Coordinator", null));
        EventRecordAssembler.sameTitlesAcrossEvents(List.of(first, second));
        assertThat(second.participants).extracting(p -> p.name.value(), p -> p.role == null ? null : p.role.value(),
                p -> p.organization == null ? null : p.organization.value()).containsExactly(
                        org.assertj.core.api.Assertions.tuple("Peter Otieno", "Senior Lecturer", "Pwani University"),
                        org.assertj.core.api.Assertions.tuple("Omar Baraka", "Chairperson", "Lamu Network"),
                        org.assertj.core.api.Assertions.tuple("Otieno", null, null),
                        org.assertj.core.api.Assertions.tuple("Zawadi Achieng", "Coordinator", null));
        assertThat(first.participants.get(1).organization.value()).isEqualTo("Lamu Network");
    }

    private static ParticipantCandidate person(String role, String organization) {
        ParticipantCandidate p = new ParticipantCandidate(Slot.of("Ada Quill", null, 0.9));
        p.role = role == null ? null : Slot.of(role, null, 0.8);
        p.organization = organization == null ? null : Slot.of(organization, null, 0.8);
        return p;
    }

    @Test
    void anOrganisationCutShortIsTheFullNameThePageGives() {
        List<String> full = List.of("Harrow Institute for Coastal Justice", "Permanent Mission of Norway to the United Nations");
        ParticipantCandidate cut = person("postdoctoral fellow", "Harrow Institute");
        EventRecordAssembler.expandShortForm(cut, full);
        assertThat(cut.organization.value()).isEqualTo("Harrow Institute for Coastal Justice");
        // "Mission of Norway" is a name of its own, whatever longer name begins with it
        ParticipantCandidate own = person("Counsellor", "Permanent Mission of Norway");
        EventRecordAssembler.expandShortForm(own, full);
        assertThat(own.organization.value()).isEqualTo("Permanent Mission of Norway");
    }

    @Test
    void aPostLedByTheFirstWordOfAnOrganisationIsThePostThere() {
        List<String> full = List.of("Harrow Institute for Coastal Justice", "Senior Citizens Forum of Kent");
        ParticipantCandidate led = person("Harrow Senior Fellow", null);
        EventRecordAssembler.expandShortForm(led, full);
        assertThat(led.role.value()).isEqualTo("Senior Fellow");
        assertThat(led.organization.value()).isEqualTo("Harrow Institute for Coastal Justice");
        // "Senior" is a word of posts, not a short form of the forum
        ParticipantCandidate post = person("Senior Researcher", null);
        EventRecordAssembler.expandShortForm(post, full);
        assertThat(post.role.value()).isEqualTo("Senior Researcher");
        assertThat(post.organization).isNull();
    }
}
