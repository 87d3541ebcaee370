package fr.enmr.allocation.scenario;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The parameters of a scenario (scenario-api.md, domain rules §6). Every field is optional in a
 * request; {@link #avecDefauts(int)} gives the values the scenario is actually solved with.
 * Region maps are keyed by region code (e.g. CORSE) and validated by {@link ValidationScenario}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParametresScenario(
        Integer places,
        BigDecimal enveloppe,
        Map<String, Integer> minimumParRegion,
        Integer minimumParDefaut,
        Map<String, Integer> maximumParRegion,
        BigDecimal poidsZoneFragile,
        BigDecimal poidsPremierRang,
        Integer dureeMaxSecondes,
        Imposes imposes) {

    // domain rules §6: LFSS 2014's 150 places; 160 × 50,000 € [calibrated]; weights as published in the rules
    public static final int PLACES = 150;
    public static final BigDecimal ENVELOPPE = new BigDecimal("8000000.00");
    public static final int MINIMUM_PAR_DEFAUT = 1;
    public static final BigDecimal POIDS_ZONE_FRAGILE = new BigDecimal("1.5");
    public static final BigDecimal POIDS_PREMIER_RANG = new BigDecimal("1.2");

    public static final ParametresScenario AUCUN = new ParametresScenario(null, null, null, null, null, null, null, null, null);

    /** Without imposed choices (the form of the contract before « The ministry's levers »). */
    public ParametresScenario(Integer places, BigDecimal enveloppe, Map<String, Integer> minimumParRegion, Integer minimumParDefaut,
            Map<String, Integer> maximumParRegion, BigDecimal poidsZoneFragile, BigDecimal poidsPremierRang, Integer dureeMaxSecondes) {
        this(places, enveloppe, minimumParRegion, minimumParDefaut, maximumParRegion, poidsZoneFragile, poidsPremierRang, dureeMaxSecondes, null);
    }

    /** The imposed choices, none when absent (also in scenarios stored before the levers existed). */
    public Imposes choixImposes() {
        return imposes == null ? Imposes.AUCUN : imposes.complets();
    }

    /** The same parameters without imposed choices: the reference solve that prices them ({@code prixDesChoix}). */
    public ParametresScenario sansImposes() {
        return new ParametresScenario(places, enveloppe, minimumParRegion, minimumParDefaut, maximumParRegion, poidsZoneFragile,
                poidsPremierRang, dureeMaxSecondes, null);
    }

    public ParametresScenario avecDefauts(int dureeMaxSecondesParDefaut) {
        return new ParametresScenario(
                places == null ? PLACES : places,
                enveloppe == null ? ENVELOPPE : enveloppe,
                minimumParRegion == null ? Map.of() : new TreeMap<>(minimumParRegion),
                minimumParDefaut == null ? MINIMUM_PAR_DEFAUT : minimumParDefaut,
                maximumParRegion == null ? Map.of() : new TreeMap<>(maximumParRegion),
                poidsZoneFragile == null ? POIDS_ZONE_FRAGILE : poidsZoneFragile,
                poidsPremierRang == null ? POIDS_PREMIER_RANG : poidsPremierRang,
                dureeMaxSecondes == null ? dureeMaxSecondesParDefaut : dureeMaxSecondes,
                imposes == null || imposes.vide() ? null : imposes.complets());
    }
}
