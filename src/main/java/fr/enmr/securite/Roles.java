package fr.enmr.securite;

/** The four roles of the service (issue "who may do what"). */
public final class Roles {
    /** An ARS agent: creates and reads the decisions of its own region only. */
    public static final String ARS = "ars";
    /** The ministry: reads every decision, runs and reads allocation scenarios. */
    public static final String MINISTERE = "ministere";
    /** A business analyst: reads decisions, uses the rules pages and the per-model DMN endpoints. */
    public static final String ANALYSTE = "analyste";
    /** Operations: metrics. */
    public static final String ADMIN = "admin";

    /** The identity attribute holding an ARS agent's region (Basic: users file; OIDC: token claim). */
    public static final String ATTRIBUT_REGION = "region";

    private Roles() {
    }
}
