package fr.enmr.web;

import java.util.List;

import fr.enmr.dossier.Vocabulaire.Liste;

/** The choices a dossier form offers, one list per code list of the rule version in force. */
public record ChoixDossier(List<Option> campagnes, List<Option> types, List<Option> formesJuridiques,
        List<Option> regions, List<Option> professions, List<Option> axes, List<Option> sens,
        List<Option> pathologies) {

    static ChoixDossier de(Intitules intitules) {
        return new ChoixDossier(intitules.options(Liste.CAMPAGNES), intitules.options(Liste.TYPES_STRUCTURE),
                intitules.options(Liste.FORMES_JURIDIQUES), intitules.options(Liste.REGIONS),
                intitules.options(Liste.PROFESSIONS), intitules.options(Liste.AXES), intitules.options(Liste.SENS),
                intitules.options(Liste.PATHOLOGIES));
    }
}
