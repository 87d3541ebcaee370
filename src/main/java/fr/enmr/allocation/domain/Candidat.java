package fr.enmr.allocation.domain;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;


/**
 * A team on an ARS pre-list (domain rules §6) and the one decision the solver makes about it:
 * retained or not. Amounts are in cents and the value is pre-weighted ({@link Valeur}) so that
 * the constraints only add longs.
 */
@PlanningEntity
public class Candidat {

    @PlanningId
    private String reference;
    private String nom;
    private String region;
    private long coutCentimes;
    private int patienteleRetenue;
    private boolean zoneFragile;
    private int rangArs;
    private boolean eligible;
    private long valeur;

    // an ineligible team can never be retained, and the ministry may impose a team in or out: pinned, the solver never moves it
    @PlanningPin
    private boolean epingle;
    /** The ministry's imposed choice (parametres.imposes): true forced in, false forced out, null none. */
    private Boolean impose;

    @PlanningVariable(valueRangeProviderRefs = Allocation.RETENU)
    private Boolean retenu;

    public Candidat() {
        // for OptaPlanner's solution cloner
    }

    public Candidat(String reference, String nom, String region, long coutCentimes, int patienteleRetenue,
            boolean zoneFragile, int rangArs, boolean eligible, long valeur) {
        this.reference = reference;
        this.nom = nom;
        this.region = region;
        this.coutCentimes = coutCentimes;
        this.patienteleRetenue = patienteleRetenue;
        this.zoneFragile = zoneFragile;
        this.rangArs = rangArs;
        this.eligible = eligible;
        this.valeur = valeur;
        this.epingle = !eligible;
        this.retenu = eligible ? null : Boolean.FALSE;
    }

    /**
     * The same team with the ministry's choice imposed: pinned retained ({@code true}) or not
     * retained ({@code false}); construction and local search leave it as it is.
     */
    public Candidat impose(boolean choix) {
        Candidat copie = new Candidat(reference, nom, region, coutCentimes, patienteleRetenue, zoneFragile, rangArs, eligible, valeur);
        copie.impose = choix;
        copie.epingle = true;
        copie.retenu = choix;
        return copie;
    }

    /** The same team with the decision set, e.g. for a what-if in an explanation or a test. */
    public Candidat avecRetenu(boolean valeurRetenu) {
        Candidat copie = new Candidat(reference, nom, region, coutCentimes, patienteleRetenue, zoneFragile, rangArs, eligible, valeur);
        copie.impose = impose;
        copie.epingle = epingle;
        copie.retenu = valeurRetenu;
        return copie;
    }

    public boolean estRetenu() {
        return Boolean.TRUE.equals(retenu);
    }

    public String getReference() {
        return reference;
    }

    public String getNom() {
        return nom;
    }

    public String getRegion() {
        return region;
    }

    public long getCoutCentimes() {
        return coutCentimes;
    }

    public int getPatienteleRetenue() {
        return patienteleRetenue;
    }

    public boolean isZoneFragile() {
        return zoneFragile;
    }

    public int getRangArs() {
        return rangArs;
    }

    public boolean isEligible() {
        return eligible;
    }

    public long getValeur() {
        return valeur;
    }

    /** Pinned: ineligible, or imposed by the ministry; no move may change it. */
    public boolean isEpingle() {
        return epingle;
    }

    /** Forced in by the ministry: its place, cost and region count before the solver chooses the others. */
    public boolean isImposeRetenu() {
        return Boolean.TRUE.equals(impose);
    }

    public Boolean getImpose() {
        return impose;
    }

    public Boolean getRetenu() {
        return retenu;
    }

    public void setRetenu(Boolean retenu) {
        this.retenu = retenu;
    }

    @Override
    public String toString() {
        return reference + (estRetenu() ? " (retenu)" : "");
    }
}
