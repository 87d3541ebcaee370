package fr.enmr.regles;

import java.util.Optional;

/**
 * A check a draft must pass before it is submitted for review (e.g. its analysts' cases all pass). Every CDI bean
 * implementing it is asked; the first refusal is answered 409 with its reason, and the draft stays a draft.
 */
public interface VerificationAvantSoumission {

    /** @return why the version may not be submitted (French, shown to the analyst), or empty if it may */
    Optional<String> refus(VersionDeRegles version);
}
