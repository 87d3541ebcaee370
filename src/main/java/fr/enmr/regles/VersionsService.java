package fr.enmr.regles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.f4b6a3.ulid.UlidCreator;

import fr.enmr.metriques.Metriques;
import fr.enmr.moteur.Compilation;
import fr.enmr.moteur.CompilateurRegles;
import fr.enmr.moteur.ErreurRegles;
import fr.enmr.moteur.Moteurs;
import fr.enmr.moteur.jeu.EtatVersion;
import fr.enmr.moteur.jeu.FichierRegles;
import fr.enmr.moteur.jeu.FichiersStockes;
import fr.enmr.moteur.jeu.JeuDeRegles;
import fr.enmr.moteur.jeu.NumerosVersions;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;
import fr.enmr.regles.essais.FichiersCas;
import fr.enmr.store.Page;
import fr.enmr.store.StoredActive;
import fr.enmr.store.StoredEvenementRegles;
import fr.enmr.store.StoredVersion;
import fr.enmr.store.VersionsReglesStore;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Rule-set versions through their review (rules-api.md): drafts validated by KIE before anything is stored, four-eyes
 * approval, rejection, rollback, and the journal; which move is allowed from which state, and by whom, is
 * {@link TransitionVersion}. A publication is one write of the active pointer; the versions' states are then brought in
 * line with it, and reconciled with it on every read, so a crash in between leaves exactly one active version.
 */
@ApplicationScoped
public class VersionsService {

    /** The largest file a version may hold (413 beyond). */
    public static final int TAILLE_MAX = FichiersSoumis.TAILLE_MAX;
    /** The author of the versions imported from the packaged files. */
    public static final String DEPLOIEMENT = "déploiement";

    private final VersionsReglesStore store;
    private final CompilateurRegles compilateur;
    private final Moteurs moteurs;
    private final Instance<VerificationAvantSoumission> verifications;
    private final Metriques metriques;

    @Inject
    public VersionsService(VersionsReglesStore store, CompilateurRegles compilateur, Moteurs moteurs,
            Instance<VerificationAvantSoumission> verifications, Metriques metriques) {
        this.store = store;
        this.compilateur = compilateur;
        this.moteurs = moteurs;
        this.verifications = verifications;
        this.metriques = metriques;
    }

    /** A draft and the warnings KIE gave on it. */
    public record Brouillon(VersionDeRegles version, List<ErreurRegles> avertissements) {
    }

    void mesurer(@Observes StartupEvent demarrage) {
        metriques.versionActive(() -> store.active().map(p -> numeros().numero(p.version())).orElse(0));
    }

    // --- reading ---

    public Page<VersionDeRegles> lister(EtatVersion etat, String empreinte, int page, int taille) {
        Optional<StoredActive> pointeur = store.active();
        String sha = empreinte == null ? null : empreinte.startsWith("sha256:") ? empreinte.substring(7) : empreinte;
        Page<StoredVersion> stockees = store.search(etat == null ? null : etat.name(), sha, page, taille);
        NumerosVersions numeros = numeros();
        return new Page<>(stockees.elements().stream().map(v -> VersionDeRegles.de(v, pointeur, numeros.numero(v.id()))).toList(),
                stockees.total());
    }

    /** @throws RefusVersion 404 when unknown */
    public VersionDeRegles lire(String id) {
        return vue(stockee(id), store.active());
    }

    /** The version whose rule files have this fingerprint (hex), the packaged import first: how old decisions resolve. */
    public Optional<VersionDeRegles> deLEmpreinte(String sha256) {
        List<VersionDeRegles> versions = lister(null, sha256, 0, 50).elements();
        return versions.stream().filter(v -> v.origine() == OrigineVersion.DEPLOIEMENT).reduce((recente, ancienne) -> ancienne)
                .or(() -> versions.stream().reduce((recente, ancienne) -> ancienne));
    }

    public Optional<VersionDeRegles> active() {
        Optional<StoredActive> pointeur = store.active();
        return pointeur.flatMap(p -> store.find(p.version())).map(v -> vue(v, pointeur));
    }

    public Page<StoredEvenementRegles> journal(int page, int taille) {
        return store.journal(null, page, taille);
    }

    // --- drafting ---

    /** A new draft from {@code base} with these files replaced or added. */
    public Brouillon creer(String baseId, String motif, Map<String, String> fichiers, String auteur) {
        List<Violation> violations = new ArrayList<>();
        if (baseId == null || baseId.isBlank()) {
            violations.add(new Violation("base", "obligatoire : l'identifiant de la version d'où part le brouillon"));
        }
        if (motif == null || motif.isBlank()) {
            violations.add(new Violation("motif", "obligatoire : pourquoi cette version"));
        }
        List<FichierRegles> remplacants = FichiersSoumis.lire(fichiers == null ? Map.of() : fichiers, violations);
        if (!violations.isEmpty()) {
            throw new SaisieInvalideException(violations);
        }
        StoredVersion base = store.find(baseId).orElseThrow(
                () -> new SaisieInvalideException(List.of(new Violation("base", "aucune version " + baseId))));
        JeuDeRegles jeuBase = FichiersStockes.jeu(base);
        JeuDeRegles jeu = jeuBase.avec(remplacants);
        if (jeu.equals(jeuBase)) {
            throw new RefusVersion(409, "Rien n'a changé", "Les fichiers du brouillon sont ceux de la version " + baseId
                    + " : rien n'a été enregistré.");
        }
        Compilation compilation = valider(jeu);
        StoredVersion version = VersionAEcrire.nouvelle(UlidCreator.getMonotonicUlid().toString(), EtatVersion.BROUILLON, baseId, auteur,
                System.currentTimeMillis(), motif.strip(), OrigineVersion.ANALYSTE).fichiers(jeu.empreinte(), campagnes(compilation),
                FichiersStockes.stockes(jeu)).stockee();
        store.save(version);
        journaliser("CREEE", version.id(), auteur, version.motif());
        return new Brouillon(lire(version.id()), compilation.avertissements());
    }

    /** Replaces one file of a draft, by its author. */
    public Brouillon modifierFichier(String id, String nom, String contenu, String auteur) {
        VersionDeRegles version = lire(id);
        TransitionVersion.MODIFICATION.verifier(version, auteur);
        List<Violation> violations = new ArrayList<>();
        List<FichierRegles> remplacant = FichiersSoumis.lire(Map.of(nom, contenu == null ? "" : contenu), violations);
        if (!violations.isEmpty()) {
            throw new SaisieInvalideException(violations);
        }
        JeuDeRegles jeu = version.jeu().avec(remplacant);
        Compilation compilation = valider(jeu);
        store.save(VersionAEcrire.de(stockee(id)).fichiers(jeu.empreinte(), campagnes(compilation), FichiersStockes.stockes(jeu)).stockee());
        journaliser("MODIFIEE", id, auteur, nom);
        return new Brouillon(lire(id), compilation.avertissements());
    }

    private Compilation valider(JeuDeRegles jeu) {
        Compilation compilation = compilateur.compiler(jeu);
        List<ErreurRegles> erreurs = new ArrayList<>(compilation.erreurs());
        erreurs.addAll(FichiersCas.erreurs(jeu)); // a malformed case file is refused like a rule that does not compile
        if (!compilation.reussie() || !erreurs.isEmpty()) {
            throw new RefusVersion(422, "Règles invalides", erreurs.size()
                    + " erreur(s) dans les fichiers de la version : rien n'a été enregistré.", erreurs, compilation.avertissements());
        }
        moteurs.retenir(compilation.moteur()); // evaluating or publishing this draft later needs no compilation
        return compilation;
    }

    private static String campagnes(Compilation compilation) {
        return String.join(",", compilation.moteur().campagnes().stream().toList());
    }

    // --- review ---

    /** BROUILLON → SOUMISE, by its author, once every check before submission passes. */
    public VersionDeRegles soumettre(String id, String auteur) {
        VersionDeRegles version = lire(id);
        TransitionVersion.SOUMISSION.verifier(version, auteur);
        for (VerificationAvantSoumission verification : verifications) {
            Optional<String> refus = verification.refus(version);
            if (refus.isPresent()) {
                throw new RefusVersion(409, "Soumission refusée", refus.get() + " Le brouillon reste un brouillon.");
            }
        }
        store.save(VersionAEcrire.de(stockee(id)).etat(TransitionVersion.SOUMISSION.vers()).soumisLe(System.currentTimeMillis())
                .revue(null, 0, null).stockee());
        journaliser("SOUMISE", id, auteur, null);
        return lire(id);
    }

    /**
     * SOUMISE → PUBLIEE and active, by an analyst other than its author (four eyes), only while its base is the active
     * version; a refusal (stale base, or another approval first) is journaled and leaves it SOUMISE.
     */
    public VersionDeRegles approuver(String id, String approbateur) {
        VersionDeRegles version = lire(id);
        TransitionVersion.APPROBATION.verifier(version, approbateur);
        Optional<StoredActive> pointeur = store.active();
        if (pointeur.isPresent() && !pointeur.get().version().equals(version.base())
                || !publier(id, approbateur, "APPROBATION", pointeur.orElse(null))) {
            String active = store.active().map(StoredActive::version).orElse(null);
            journaliser("APPROBATION_REFUSEE", id, approbateur, "base " + version.base() + " périmée : la version active est " + active);
            throw RefusVersion.basePerimee(id, version.base(), active);
        }
        journaliser("APPROUVEE", id, approbateur, null);
        return lire(id);
    }

    /** SOUMISE → REJETEE, with a reason, by an analyst other than its author. */
    public VersionDeRegles rejeter(String id, String motif, String approbateur) {
        motifObligatoire(motif, "pourquoi la version est rejetée");
        TransitionVersion.REJET.verifier(lire(id), approbateur);
        StoredVersion s = stockee(id);
        store.save(VersionAEcrire.de(s).etat(TransitionVersion.REJET.vers()).revue(approbateur, 0, motif.strip()).stockee());
        journaliser("REJETEE", id, approbateur, motif.strip());
        return lire(id);
    }

    /** A REMPLACEE version active again (a rollback: one analyst may do it), with a reason, journaled. */
    public VersionDeRegles reactiver(String id, String motif, String analyste) {
        motifObligatoire(motif, "pourquoi revenir à cette version");
        TransitionVersion.REACTIVATION.verifier(lire(id), analyste);
        if (!publier(id, analyste, "REACTIVATION", store.active().orElse(null))) {
            throw RefusVersion.publicationConcurrente(id, store.active().map(StoredActive::version).orElse(null));
        }
        journaliser("REACTIVEE", id, analyste, motif.strip());
        return lire(id);
    }

    private static void motifObligatoire(String motif, String pourquoi) {
        if (motif == null || motif.isBlank()) {
            throw new SaisieInvalideException(List.of(new Violation("motif", "obligatoire : " + pourquoi)));
        }
    }

    /**
     * Makes a version the active one: the pointer first (the one write that publishes, conditional on the pointer still
     * being {@code remplace}), then the versions' states brought in line with it. A crash after the pointer leaves
     * states that {@link #vue} and {@link #reconcilier()} correct from the pointer; a crash before it leaves the
     * publication undone.
     *
     * @param remplace the pointer read before deciding to publish; null when there was none
     * @return false, and nothing changed, when another publication moved the pointer first
     */
    boolean publier(String id, String par, String action, StoredActive remplace) {
        StoredActive nouvelle = new StoredActive(VersionsReglesStore.CLE_ACTIVE, id, System.currentTimeMillis(), par, action);
        if (!(remplace == null ? store.activerSiAucune(nouvelle) : store.activer(remplace, nouvelle))) {
            return false;
        }
        metriques.publication(action);
        reconcilier(); // the new one PUBLIEE, the one it replaces REMPLACEE
        moteurs.suivre(); // this instance switches now; the others within enmr.regles.intervalle
        return true;
    }

    /** Brings every stored state in line with the active pointer (at start-up and after each publication). */
    public void reconcilier() {
        Optional<StoredActive> pointeur = store.active();
        for (StoredVersion stockee : store.all()) {
            VersionDeRegles vue = VersionDeRegles.de(stockee, pointeur, 0);
            boolean changee = !vue.etat().name().equals(stockee.etat())
                    || vue.active() && (stockee.approbateur() == null || stockee.publieLe() == 0);
            if (changee) {
                store.save(VersionAEcrire.de(stockee).etat(vue.etat()).revue(vue.approbateur(),
                        vue.publieLe() == null ? 0 : vue.publieLe().toEpochMilli(), stockee.rejet()).stockee());
            }
        }
    }

    // --- store form ---

    StoredVersion stockee(String id) {
        return store.find(id).orElseThrow(() -> RefusVersion.introuvable(id));
    }

    /** The version as shown, numbered by its rank in the order versions were created. */
    private VersionDeRegles vue(StoredVersion v, Optional<StoredActive> pointeur) {
        return VersionDeRegles.de(v, pointeur, numeros().numero(v.id()));
    }

    private NumerosVersions numeros() {
        return new NumerosVersions(store.idsParCreation());
    }

    public void journaliser(String action, String version, String auteur, String motif) {
        store.journaliser(new StoredEvenementRegles(UlidCreator.getMonotonicUlid().toString(), System.currentTimeMillis(), action,
                version, auteur, motif));
    }
}
