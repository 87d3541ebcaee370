package fr.enmr.web;

import java.util.List;

import fr.enmr.dossier.Axe;
import fr.enmr.dossier.Campagne;
import fr.enmr.dossier.FormeJuridique;
import fr.enmr.dossier.Pathologie;
import fr.enmr.dossier.Profession;
import fr.enmr.dossier.Region;
import fr.enmr.dossier.Sens;
import fr.enmr.dossier.TypeStructure;

/** The choices a dossier form offers, one list per enumeration of the contract. */
public record ChoixDossier(List<Option> campagnes, List<Option> types, List<Option> formesJuridiques,
        List<Option> regions, List<Option> professions, List<Option> axes, List<Option> sens,
        List<Option> pathologies) {

    static ChoixDossier de(Intitules intitules) {
        return new ChoixDossier(intitules.options(Campagne.class), intitules.options(TypeStructure.class),
                intitules.options(FormeJuridique.class), intitules.options(Region.class),
                intitules.options(Profession.class), intitules.options(Axe.class), intitules.options(Sens.class),
                intitules.options(Pathologie.class));
    }
}
