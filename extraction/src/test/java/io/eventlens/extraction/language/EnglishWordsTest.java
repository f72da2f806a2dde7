package io.eventlens.extraction.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishWordsTest {

    @Test
    void englishProseIsClearlyEnglish() {
        String prose = "The Lakeside Choir will hold its spring concert in the old town hall on Friday evening. "
                + "Tickets are free, but the organisers ask visitors to register in advance because seats are limited. "
                + "The programme of the evening includes songs from the region, and the choir has invited two guest "
                + "soloists who will sing with it for the first time.";
        assertThat(EnglishWords.clearlyEnglish(prose)).isTrue();
    }

    @Test
    void otherLanguagesAreLeftToTheDetector() {
        String german = "Der Chor am See gibt sein Frühlingskonzert am Freitagabend im alten Rathaus. Der Eintritt ist "
                + "frei, aber die Veranstalter bitten die Besucher, sich vorher anzumelden, weil die Zahl der Plätze "
                + "begrenzt ist. Was der Chor singen will, ist noch offen, also kommen Sie und hören Sie es sich an.";
        String dutch = "Het koor aan het meer geeft zijn voorjaarsconcert op vrijdagavond in het oude stadhuis. De "
                + "toegang is gratis, maar de organisatoren vragen bezoekers zich vooraf aan te melden of te bellen, "
                + "omdat het aantal plaatsen beperkt is. Het was vorig jaar snel vol, dus wacht niet te lang.";
        String danish = "Koret ved søen holder sin forårskoncert fredag aften i det gamle rådhus. Der er gratis adgang, "
                + "men arrangørerne beder gæsterne om at tilmelde sig på forhånd, for der er kun et begrænset antal "
                + "pladser, og sidste år var salen fuld allerede en time før koncerten begyndte i byen.";
        assertThat(EnglishWords.clearlyEnglish(german)).isFalse();
        assertThat(EnglishWords.clearlyEnglish(dutch)).isFalse();
        assertThat(EnglishWords.clearlyEnglish(danish)).isFalse();
    }

    @Test
    void namesAndHeadingsAreLeftToTheDetector() {
        String agenda = "Opening Session Welcome Address Dr. Ana Ruiz Director Harbour Institute Keynote Lecture "
                + "Prof. Tomas Berg Panel Discussion Coastal Futures Moderator Lena Okafor Closing Remarks Coffee "
                + "Break Networking Lunch Registration Desk Plenary Hall Session Two Working Groups Report Back";
        assertThat(EnglishWords.clearlyEnglish(agenda)).isFalse();
    }

    @Test
    void aShortSampleSaysTooLittle() {
        assertThat(EnglishWords.clearlyEnglish("The concert of the choir will be in the hall.")).isFalse();
    }
}
