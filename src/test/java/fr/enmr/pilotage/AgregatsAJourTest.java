package fr.enmr.pilotage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Under a stream of decisions, the passes over changed aggregates keep to a tenth of one core. */
class AgregatsAJourTest {

    @Test
    void aShortPassWaitsTheIntervalAndALongOneNineTimesItsLength() {
        Duration intervalle = Duration.ofSeconds(2);

        assertThat(AgregatsAJour.attente(intervalle, Duration.ofMillis(100))).isEqualTo(intervalle);
        assertThat(AgregatsAJour.attente(intervalle, Duration.ofMillis(800))).isEqualTo(Duration.ofMillis(7_200));
        assertThat(AgregatsAJour.attente(intervalle, Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(27));
    }
}
