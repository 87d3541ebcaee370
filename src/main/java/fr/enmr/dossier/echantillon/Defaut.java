package fr.enmr.dossier.echantillon;

import fr.enmr.dossier.echantillon.Codes.Campagne;

/** A way a generated dossier fails one site criterion (domain rules §2), so that a sample is not all-eligible. */
enum Defaut {
    /** TYPE_STRUCTURE: a cabinet de groupe or another kind of structure. */
    TYPE_NON_ELIGIBLE(true, true),
    /** FORME_JURIDIQUE: a maison or pôle de santé that is not a SISA (only ENMR_2014 requires one). */
    FORME_NON_SISA(false, true),
    /** PROJET_DE_SANTE: sent to the ARS after the year evaluated. */
    PROJET_TRANSMIS_APRES_L_ANNEE(true, true),
    /** PROJET_DE_SANTE: access to care or continuity of care is missing. */
    PROJET_SANS_AXE_OBLIGATOIRE(true, true),
    /** PROJET_DE_SANTE: not formalised. */
    PROJET_NON_FORMALISE(true, true),
    /** PLURIPROFESSIONNEL: a single adherent médecin généraliste. */
    UN_SEUL_MEDECIN(true, true),
    /** PLURIPROFESSIONNEL: no adherent auxiliaire médical. */
    SANS_AUXILIAIRE_MEDICAL(true, true),
    /** REGION: outside the 6 experimenting regions (only ENMR_2010 restricts regions). */
    REGION_HORS_EXPERIMENTATION(true, false);

    private final boolean enmr2010;
    private final boolean enmr2014;

    Defaut(boolean enmr2010, boolean enmr2014) {
        this.enmr2010 = enmr2010;
        this.enmr2014 = enmr2014;
    }

    /** Whether the campaign's rules can be failed this way. */
    boolean concerne(String campagne) {
        return Campagne.ENMR_2010.equals(campagne) ? enmr2010 : enmr2014;
    }
}
