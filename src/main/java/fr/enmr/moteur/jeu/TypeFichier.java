package fr.enmr.moteur.jeu;

/** The kinds of file a rule-set version holds. */
public enum TypeFichier {
    /** A DMN model of dmn/ (part of the fingerprint). */
    DMN,
    /** The DRL of the findings rule unit, rules/ (part of the fingerprint). */
    DRL,
    /** An analysts' case file (JSON), checked against the version but not part of its fingerprint. */
    CAS;

    /** The type of a file named like {@code enmr.dmn}, {@code constats.drl} or {@code bases/x.json}; null if none. */
    public static TypeFichier deNom(String nom) {
        if (nom == null) {
            return null;
        }
        if (nom.endsWith(".dmn")) {
            return DMN;
        }
        if (nom.endsWith(".drl")) {
            return DRL;
        }
        return nom.endsWith(".json") ? CAS : null;
    }

    public String typeMedia() {
        return switch (this) {
            case DMN -> "application/xml";
            case DRL -> "text/plain";
            case CAS -> "application/json";
        };
    }
}
