package fr.enmr.moteur;

/** No rule-set version has this id. */
public class VersionInconnueException extends RuntimeException {

    private final String versionId;

    public VersionInconnueException(String versionId) {
        super("no rule-set version " + versionId);
        this.versionId = versionId;
    }

    public String versionId() {
        return versionId;
    }
}
