package fr.enmr.proprietes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.enmr.dossier.echantillon.Codes.Axe;
import fr.enmr.dossier.echantillon.Codes.FormeJuridique;
import fr.enmr.dossier.echantillon.Codes.Profession;
import fr.enmr.dossier.echantillon.Codes.Region;
import fr.enmr.dossier.echantillon.Codes.TypeStructure;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators of valid dossiers, as the JSON maps an ARS would send (decision-api.md). */
final class Dossiers {

    private Dossiers() {
    }

    static Arbitrary<Map<String, Object>> valides() {
        return Combinators.combine(campagneEtAnnee(), structure(), projetDeSante().injectNull(0.1), professionnels(),
                patientele(), Arbitraries.of(true, false), indicateurs(), programmes())
                .as((campagne, structure, projet, professionnels, patientele, premiereAnnee, indicateurs, programmes) -> {
                    Map<String, Object> dossier = new LinkedHashMap<>();
                    dossier.put("reference", "PBT-" + structure.get("region"));
                    dossier.put("campagne", campagne.get(0));
                    if (campagne.get(1) != null) {
                        dossier.put("annee", campagne.get(1));
                    }
                    dossier.put("structure", structure);
                    if (projet != null) {
                        dossier.put("projetDeSante", projet);
                    }
                    dossier.put("professionnels", professionnels);
                    dossier.put("patientele", patientele);
                    dossier.put("premiereAnnee", premiereAnnee);
                    dossier.put("indicateurs", numeroter(indicateurs, "code", "IND-"));
                    dossier.put("programmesEtp", numeroter(programmes, "identifiant", "ETP-"));
                    return dossier;
                });
    }

    static Arbitrary<Map<String, Object>> ligneAdherente() {
        return Combinators.combine(Arbitraries.of(Profession.VALEURS), Arbitraries.integers().between(1, 5), Arbitraries.integers().between(1, 14))
                .as((profession, nombre, demiJournees) -> ligne(profession, nombre, demiJournees, true));
    }

    private static Arbitrary<List<Object>> campagneEtAnnee() {
        List<List<Object>> valeurs = new ArrayList<>();
        valeurs.add(java.util.Arrays.asList("ENMR_2010", null));
        valeurs.add(java.util.Arrays.asList("ENMR_2014", null));
        for (int annee = 2010; annee <= 2014; annee++) {
            valeurs.add(List.of("ENMR_2010", annee));
        }
        valeurs.add(List.of("ENMR_2014", 2014));
        return Arbitraries.of(valeurs);
    }

    private static Arbitrary<Map<String, Object>> structure() {
        return Combinators.combine(Arbitraries.of(TypeStructure.VALEURS), Arbitraries.of(FormeJuridique.VALEURS).injectNull(0.1),
                Arbitraries.of(Region.VALEURS), Arbitraries.of(true, false), Arbitraries.integers().between(1, 5))
                .as((type, forme, region, fragile, rang) -> {
                    Map<String, Object> s = new LinkedHashMap<>();
                    s.put("nom", "Site généré");
                    s.put("type", type);
                    if (forme != null) {
                        s.put("formeJuridique", forme);
                    }
                    s.put("region", region);
                    s.put("zoneFragile", fragile);
                    s.put("rangArs", rang);
                    return s;
                });
    }

    private static Arbitrary<Map<String, Object>> projetDeSante() {
        return Combinators.combine(Arbitraries.of(true, false), dates(2005, 2016).injectNull(0.1),
                Arbitraries.of(Axe.VALEURS).set().ofMaxSize(6))
                .as((formalise, date, axes) -> {
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("formalise", formalise);
                    if (date != null) {
                        p.put("dateTransmissionArs", date.toString());
                    }
                    p.put("axes", axes.stream().sorted().toList());
                    return p;
                });
    }

    private static Arbitrary<List<Map<String, Object>>> professionnels() {
        return Combinators.combine(Arbitraries.of(Profession.VALEURS), Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(0, 14), Arbitraries.of(true, true, true, false))
                .as((profession, nombre, demiJournees, adherent) -> ligne(profession, nombre, demiJournees, adherent))
                .list().ofMaxSize(8);
    }

    private static Map<String, Object> ligne(String profession, int nombre, int demiJournees, boolean adherent) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("profession", profession);
        l.put("nombre", nombre);
        l.put("demiJourneesHebdo", demiJournees);
        l.put("adherent", adherent);
        return l;
    }

    private static Arbitrary<Map<String, Object>> patientele() {
        return Combinators.combine(Arbitraries.integers().between(0, 14_000), Arbitraries.integers().between(0, 2_000))
                .as((adultes, enfants) -> Map.of("adultesMedecinTraitant", adultes, "enfants6a16DeuxConsultations", enfants));
    }

    private static Arbitrary<List<Map<String, Object>>> indicateurs() {
        Arbitrary<BigDecimal> taux = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(2);
        return Combinators.combine(taux, taux, Arbitraries.of("HAUSSE", "BAISSE", "").map(s -> s.isEmpty() ? null : s))
                .as((cible, realise, sens) -> {
                    Map<String, Object> i = new LinkedHashMap<>();
                    i.put("cible", cible);
                    i.put("realise", realise);
                    if (sens != null) {
                        i.put("sens", sens);
                    }
                    return i;
                }).list().ofMaxSize(6);
    }

    private static Arbitrary<List<Map<String, Object>>> programmes() {
        Arbitrary<Map<String, Object>> autorisation = Combinators.combine(dates(2008, 2016), Arbitraries.integers().between(0, 2000))
                .as((debut, duree) -> Map.<String, Object>of("debut", debut.toString(), "fin", debut.plusDays(duree).toString()));
        return Combinators.combine(autorisation.injectNull(0.1), Arbitraries.of(true, false),
                Arbitraries.of(Profession.VALEURS).list().ofMaxSize(4), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 200), Arbitraries.integers().between(0, 300).injectNull(0.2),
                Arbitraries.integers().between(0, 300).injectNull(0.3), Arbitraries.integers().between(2005, 2015).injectNull(0.2))
                .as((aut, conforme, equipe, coordonne, patients, file, filePrecedente, demarrage) -> {
                    Map<String, Object> p = new LinkedHashMap<>();
                    if (aut != null) {
                        p.put("autorisationArs", aut);
                    }
                    p.put("conformeCahierDesCharges", conforme);
                    p.put("professionsEquipe", equipe);
                    p.put("coordonneParMedecin", coordonne);
                    p.put("patientsProgrammeComplet", patients);
                    if (file != null) {
                        p.put("fileActive", file);
                    }
                    if (filePrecedente != null) {
                        p.put("fileActiveAnneePrecedente", filePrecedente);
                    }
                    if (demarrage != null) {
                        p.put("anneeDemarrage", demarrage);
                    }
                    return p;
                }).list().ofMaxSize(3);
    }

    private static Arbitrary<LocalDate> dates(int de, int a) {
        return Arbitraries.integers().between(0, (a - de + 1) * 365).map(j -> LocalDate.of(de, 1, 1).plusDays(j));
    }

    /** Codes unique within their list, as the contract requires. */
    private static List<Map<String, Object>> numeroter(List<Map<String, Object>> elements, String champ, String prefixe) {
        List<Map<String, Object>> numerotes = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            Map<String, Object> e = new LinkedHashMap<>(elements.get(i));
            e.put(champ, prefixe + i);
            numerotes.add(e);
        }
        return numerotes;
    }
}
