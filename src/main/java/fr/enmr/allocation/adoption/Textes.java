package fr.enmr.allocation.adoption;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

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

    /** A scenario's explanation of a team not retained, without the solver's score notation. */
    static String raison(String explication) {
        return SCORE.matcher(explication).replaceAll("");
    }
}
