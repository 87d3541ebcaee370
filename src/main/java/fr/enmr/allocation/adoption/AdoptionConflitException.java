package fr.enmr.allocation.adoption;

/**
 * An adoption that cannot be made, or a change an adoption forbids: answered 409 problem+json with this French title
 * and detail; nothing changed.
 */
public class AdoptionConflitException extends RuntimeException {

    private final String titre;

    public AdoptionConflitException(String titre, String detail) {
        super(detail);
        this.titre = titre;
    }

    public String titre() {
        return titre;
    }

    /** An adopted scenario is frozen: what the ministry notified must stay what the scenario says. */
    static AdoptionConflitException fige(String id, String action, Adoption adoption) {
        return new AdoptionConflitException("Scénario adopté", "Le scénario « " + id + " » a été adopté le " + Textes.date(adoption.le())
                + " pour la campagne " + adoption.campagne() + " : il ne peut plus être " + action
                + ". Pour changer la sélection, adoptez un autre scénario (il remplacera celui-ci). Rien n'a changé.");
    }
}
