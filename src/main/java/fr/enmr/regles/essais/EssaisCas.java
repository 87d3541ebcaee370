package fr.enmr.regles.essais;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** Runs the analysts' cases of a version with a judge of that version: the service's counterpart of CasAnalystesTest. */
public final class EssaisCas {

    private EssaisCas() {
    }

    /** @param fichiers every CAS file of the version (case lists and base dossiers): name → content */
    public static ResultatEssais executer(Map<String, String> fichiers, Juge juge) {
        FichiersCas.Lecture lecture = FichiersCas.lire(fichiers);
        List<ResultatEssais.Echec> echecs = new ArrayList<>();
        for (FichiersCas.Cas cas : lecture.cas()) {
            JsonNode dossier = ComparaisonCas.fusionner(lecture.bases().get(cas.base()), cas.modifications());
            Juge.Reponse reponse;
            try {
                reponse = juge.juger(dossier);
            } catch (RuntimeException e) {
                echecs.add(new ResultatEssais.Echec(cas.nomComplet(), cas.attendu(), JsonNodeFactory.instance.nullNode(),
                        List.of("le dossier n'a pas pu être décidé : " + e.getMessage())));
                continue;
            }
            JsonNode vue = ComparaisonCas.vue(reponse.corps(), reponse.statut());
            List<String> ecarts = ComparaisonCas.ecarts(cas.attendu(), vue);
            if (!ecarts.isEmpty()) {
                echecs.add(new ResultatEssais.Echec(cas.nomComplet(), cas.attendu(), ComparaisonCas.resume(cas.attendu(), vue), ecarts));
            }
        }
        int total = lecture.cas().size();
        return new ResultatEssais(total, total - echecs.size(), List.copyOf(echecs), lecture.erreurs());
    }
}
