package fr.enmr.allocation.adoption;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import fr.enmr.allocation.scenario.Imposes;

/** French wording shared by the adoption's answers and its notification. */
final class Textes {

    /** Dates as the ministry's letters write them, in metropolitan time. */
    static final ZoneId FUSEAU = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE).withZone(FUSEAU);
    /** The solver's score notation in an explanation, e.g. « (-1hard) » or « (0hard/-3medium) »: not for an ARS's letter. */
    private static final Pattern SCORE = Pattern.compile(" ?\\((?:-?\\d+(?:hard|medium|soft)/?)+\\)");

    private Textes() {
    }

    static String date(Instant instant) {
        return DATE.format(instant);
    }

    /** A retained team the ministry forced in, in the words of its explanation, as a sentence. */
    static String impose(Imposes.Choix choix) {
        String texte = choix.imposeParLeMinistere();
        return Character.toUpperCase(texte.charAt(0)) + texte.substring(1) + ".";
    }

    /** Where an explanation's sentences end: a full stop before the next sentence's capital. */
    private static final Pattern PHRASES = Pattern.compile("(?<=\\.) (?=\\p{Lu})");

    /**
     * A scenario's explanation of a team not retained, for its region's ARS: without the solver's score notation, and
     * without the sentences that name a team of another region (the national trade-off), which that ARS never reads.
     */
    static String raison(String explication, java.util.Set<String> horsRegion) {
        String sansScore = SCORE.matcher(explication).replaceAll("");
        return String.join(" ", PHRASES.splitAsStream(sansScore).filter(p -> horsRegion.stream().noneMatch(p::contains)).toList());
    }
}
