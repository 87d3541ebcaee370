package fr.enmr.web;

import java.util.List;
import java.util.Map;

import fr.enmr.dossier.LibellesDesCodes;
import fr.enmr.dossier.Vocabulaire;
import fr.enmr.moteur.Moteurs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * French labels of the contract's codes (web/intitules.properties, through {@link LibellesDesCodes}), and the pages'
 * lists: the codes of the rule version in force, read when the page is drawn, so a code an analyst publishes appears
 * in every select with no restart.
 */
@ApplicationScoped
public class Intitules {

    private final Moteurs moteurs;

    @Inject
    public Intitules(Moteurs moteurs) {
        this.moteurs = moteurs;
    }

    /** The label of a code in a list (e.g. "Critere", "TYPE_STRUCTURE"), or the code itself when none is known. */
    public String de(String liste, String code) {
        return LibellesDesCodes.de(liste, code);
    }

    /** Every code of a list of the version in force, in the version's order, with its label. */
    public List<Option> options(Vocabulaire.Liste liste) {
        return liste.de(moteurs.actif().vocabulaire()).stream().map(code -> new Option(code, de(liste.intitules(), code))).toList();
    }

    /** Every label by list then code, for the pages' scripts. */
    public Map<String, Map<String, String>> parListe() {
        return LibellesDesCodes.parListe();
    }
}
