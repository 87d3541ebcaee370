package fr.enmr.regles;

/** Who brought a version in. */
public enum OrigineVersion {
    /** Drafted by an analyst through the API. */
    ANALYSTE,
    /** The files packaged with the service, imported at start-up (see README, « Versions des règles »). */
    DEPLOIEMENT
}
