package fr.enmr.decision;

import static fr.enmr.dossier.EnFrancais.euros;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.EnFrancais;
import fr.enmr.dossier.LibellesDesCodes;
import fr.enmr.dossier.Professionnel;
import fr.enmr.dossier.Structure;
import fr.enmr.dossier.TexteLisible;
import fr.enmr.moteur.Critere;
import fr.enmr.moteur.Module1;
import fr.enmr.moteur.Module2;
import fr.enmr.moteur.constats.Constat;
import io.quarkus.qute.TemplateData;

/**
 * A decision as people read it, every word ready (labels for codes, French dates and amounts, explanations through
 * {@link TexteLisible}): what the template {@code decision/fiche} shows on the decisions page and in the PDF, so both
 * say the same words.
 *
 * @param faits the team and the decision's references, term then value
 * @param module1 Module 1's breakdown, term then value
 */
public record FicheDecision(String id, String reference, boolean eligible, String verdict, String total, List<Fait> faits,
        List<Point> criteres, String montantModule1, List<Fait> module1, String montantModule2, List<Programme> programmes,
        List<Point> constats) {

    /** A term and its value; {@code code} when the value is an identifier (shown as code, cut anywhere). */
    public record Fait(String terme, String valeur, boolean code) {
    }

    /** A criterion or a finding: its state (« Satisfait », « Avertissement »…), its label, its sentence, its CSS class. */
    @TemplateData // read by the untyped tag tags/pointsDecision
    public record Point(String etat, String libelle, String texte, String classe) {
    }

    /** A therapeutic education programme: its heading and its criteria. */
    public record Programme(String titre, List<Point> criteres) {
    }

    /** The fiche of a decision and its dossier (null for a decision stored without it). */
    public static FicheDecision de(Decision d, Dossier dossier, String nomVersion, SelectionEquipe selection) {
        Module2 m2 = d.module2();
        return new FicheDecision(d.id(), d.reference(), d.eligible(), d.eligible() ? "Éligible" : "Non éligible", euros(d.total()),
                faits(d, dossier, nomVersion, selection), criteres(d.criteres()), euros(d.module1().montant()), module1(d.module1()), euros(m2.montant()),
                m2.programmes().stream().map(FicheDecision::programme).toList(), d.constats().stream().map(FicheDecision::constat).toList());
    }

    private static List<Fait> faits(Decision d, Dossier dossier, String nomVersion, SelectionEquipe selection) {
        List<Fait> faits = new ArrayList<>();
        faits.add(new Fait("Référence", d.reference(), false));
        Structure s = dossier == null ? null : dossier.structure();
        if (s != null) {
            faits.add(new Fait("Structure", Stream.of(s.nom(), LibellesDesCodes.de("TypeStructure", s.type()), LibellesDesCodes.region(s.region()))
                    .filter(Objects::nonNull).collect(Collectors.joining(" — ")), false));
            if (s.formeJuridique() != null) {
                faits.add(new Fait("Forme juridique", LibellesDesCodes.de("FormeJuridique", s.formeJuridique()), false));
            }
            if (s.departement() != null) {
                faits.add(new Fait("Département", s.departement(), false));
            }
        }
        faits.add(new Fait("Campagne", LibellesDesCodes.de("Campagne", d.campagne()) + ", année " + d.annee(), false));
        if (dossier != null && !dossier.professionnelsOuVide().isEmpty()) {
            faits.add(new Fait("Professionnels", dossier.professionnelsOuVide().stream().map(FicheDecision::professionnel)
                    .collect(Collectors.joining("\u00a0; ")), false));
        }
        faits.add(new Fait("Décidée le", EnFrancais.dateHeure(d.horodatage()) + " (heure de Paris)", false));
        if (d.auteur() != null) {
            faits.add(new Fait("Demandée par", d.auteur().identifiant(), false));
        }
        faits.add(new Fait("Identifiant de la décision", d.id(), true));
        if (nomVersion != null) { // its readable name; the fingerprint stays as the detail that proves which files decided
            faits.add(new Fait("Règles", nomVersion, false));
        }
        faits.add(new Fait("Empreinte des règles", d.versionRegles(), true));
        if (selection != null) { // the ministry's adopted selection this team belongs to: from the ARS's request to its choice
            faits.add(new Fait("Sélection du ministère", (selection.retenue() ? "Retenue" : "Non retenue") + " dans la sélection adoptée le "
                    + EnFrancais.dateHeure(selection.adopteLe()) + (selection.motif() == null ? "" : " — " + selection.motif())
                    + " (scénario " + selection.scenario() + ")", false));
        }
        return faits;
    }

    private static String professionnel(Professionnel p) {
        return p.nombre() + " × " + LibellesDesCodes.de("Profession", p.profession()).toLowerCase(Locale.FRANCE)
                + " (" + p.demiJourneesHebdo() + " demi-journées/semaine" + (Boolean.TRUE.equals(p.adherent()) ? ", adhérent" : "") + ")";
    }

    private static List<Point> criteres(List<Critere> criteres) {
        return criteres.stream().map(c -> new Point(c.satisfait() ? "Satisfait" : "Non satisfait", LibellesDesCodes.de("Critere", c.code()),
                TexteLisible.de(c.explication()), "critere " + (c.satisfait() ? "critere-oui" : "critere-non"))).toList();
    }

    private static List<Fait> module1(Module1 m) {
        return List.of(
                new Fait("Patientèle retenue", EnFrancais.nombre(m.patienteleRetenue(), 0) + " patients", false),
                new Fait("Part A (selon la patientèle retenue)", euros(m.partA()), false),
                new Fait("Équivalents temps plein adhérents", EnFrancais.nombre(m.etp(), 2), false),
                new Fait("Part B (temps des professionnels)", euros(m.partB()), false),
                new Fait("Taux d'atteinte des objectifs", EnFrancais.pourcent(m.tauxAtteinte()), false),
                new Fait("Montant du module 1", euros(m.montant()), false));
    }

    private static Programme programme(Module2.Programme p) {
        return new Programme("Programme " + p.identifiant() + " — " + (p.eligible() ? "éligible" : "non éligible") + " — " + euros(p.montant()),
                criteres(p.criteres()));
    }

    private static Point constat(Constat c) {
        return new Point(LibellesDesCodes.de("Gravite", c.gravite().name()), LibellesDesCodes.de("Constat", c.code()),
                TexteLisible.de(c.message()), "constat constat-" + c.gravite().name().toLowerCase(Locale.ROOT));
    }
}
