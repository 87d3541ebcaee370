package fr.enmr.moteur.constats;

import java.util.Comparator;

import fr.enmr.dossier.ProgrammeEtp;

/** A finding as a rule raises it, with the programme it concerns (empty for the dossier) to list it in a stable order. */
public record ConstatReleve(String identifiantProgramme, Constat constat) {

    // Dossier findings ("" identifiant) come before programme findings of the same code.
    static final Comparator<ConstatReleve> PAR_CODE_PUIS_PROGRAMME = Comparator
            .comparing((ConstatReleve releve) -> releve.constat().code())
            .thenComparing(ConstatReleve::identifiantProgramme);

    public static ConstatReleve surDossier(Constat constat) {
        return new ConstatReleve("", constat);
    }

    public static ConstatReleve surProgramme(ProgrammeEtp programme, Constat constat) {
        return new ConstatReleve(programme.identifiant(), constat);
    }
}
