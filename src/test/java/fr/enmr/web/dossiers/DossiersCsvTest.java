package fr.enmr.web.dossiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.echantillon.Echantillons;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;

/** The dossier CSV format: the sample dossiers survive a round trip, cells get their JSON types, bad headers are named. */
class DossiersCsvTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void theSampleDossiersWrittenAsCsvReadBackAsTheSameJson() throws Exception {
        List<Dossier> echantillons = Echantillons.bretagnePremiereVague(json);

        String csv = EcrivainCsvDossiers.ecrire(echantillons, json);
        List<LigneDossier> lignes = LecteurCsvDossiers.lire(csv);

        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("reference,campagne,annee,structure.nom,structure.type,");
        assertThat(csv.lines().findFirst().orElseThrow()).contains("professionnels[0].profession,professionnels[0].nombre,"
                + "professionnels[0].demiJourneesHebdo,professionnels[0].adherent,professionnels[1].profession");
        assertThat(lignes).hasSize(echantillons.size());
        for (int i = 0; i < echantillons.size(); i++) {
            assertThat(lignes.get(i).ligne()).isEqualTo(i + 2);
            assertThat(lignes.get(i).erreurs()).isEmpty();
            Dossier relu = json.treeToValue(lignes.get(i).dossier(), Dossier.class);
            assertThat(sansVides(json.valueToTree(relu))).as(echantillons.get(i).reference())
                    .isEqualTo(sansVides(json.valueToTree(echantillons.get(i))));
        }
    }

    @Test
    void aDossierNamedLikeAFormulaIsWrittenAsTextAndReadBackAsGiven() throws Exception {
        List<String> noms = List.of("=HYPERLINK(\"http://exemple.invalid/x\";\"Cliquer\")", "+Santé", "-x", "@x");
        Dossier modele = Echantillons.bretagnePremiereVague(json).get(0);
        List<Dossier> dossiers = new java.util.ArrayList<>();
        for (String nom : noms) {
            ObjectNode arbre = json.valueToTree(modele);
            ((ObjectNode) arbre.get("structure")).put("nom", nom);
            dossiers.add(json.treeToValue(arbre, Dossier.class));
        }

        String csv = EcrivainCsvDossiers.ecrire(dossiers, json);

        List<String> lignes = csv.lines().skip(1).toList();
        String debut = modele.reference() + "," + modele.campagne() + "," + modele.annee() + ","; // the year stays a number
        assertThat(lignes.get(0)).startsWith(debut + "\"'=HYPERLINK(\"\"http://exemple.invalid/x\"\";\"\"Cliquer\"\")\",");
        assertThat(lignes.get(1)).startsWith(debut + "\"'+Santé\",");
        assertThat(lignes.get(2)).startsWith(debut + "\"'-x\",");
        assertThat(lignes.get(3)).startsWith(debut + "\"'@x\",");
        assertThat(lignes).as("no other cell is prefixed").allMatch(l -> l.indexOf("'") == l.lastIndexOf("'"));
        assertThat(LecteurCsvDossiers.lire(csv).stream().map(l -> l.dossier().at("/structure/nom").asText()).toList())
                .isEqualTo(noms);
    }

    /** An empty list and an absent one mean the same to the rules; a CSV cannot tell them apart. */
    private static JsonNode sansVides(JsonNode noeud) {
        if (noeud.isObject()) {
            ObjectNode copie = ((ObjectNode) noeud).objectNode();
            noeud.fields().forEachRemaining(e -> {
                if (!e.getValue().isNull() && !(e.getValue().isArray() && e.getValue().isEmpty())) {
                    copie.set(e.getKey(), sansVides(e.getValue()));
                }
            });
            return copie;
        }
        if (noeud.isArray()) {
            var copie = ((com.fasterxml.jackson.databind.node.ArrayNode) noeud).arrayNode();
            noeud.forEach(e -> copie.add(sansVides(e)));
            return copie;
        }
        return noeud;
    }

    @Test
    void cellsAreTypedSemicolonsAndFrenchValuesAccepted() {
        String csv = """
                reference;campagne;structure.type;structure.region;structure.zoneFragile;projetDeSante.axes;professionnels[0].profession;professionnels[0].nombre;professionnels[0].adherent;indicateurs[0].cible;programmesEtp[0].autorisationArs.debut
                A-1;ENMR_2014;MAISON_DE_SANTE;BRETAGNE;oui;ACCES_AUX_SOINS | COORDINATION;INFIRMIER;2;non;0,72;2013-01-01
                A-2;ENMR_2014;MAISON_DE_SANTE;BRETAGNE;;;;trois;peut-être;;
                """;

        List<LigneDossier> lignes = LecteurCsvDossiers.lire(csv);

        ObjectNode premier = lignes.get(0).dossier();
        assertThat(premier.at("/structure/zoneFragile").isBoolean()).isTrue();
        assertThat(premier.at("/projetDeSante/axes").toString()).isEqualTo("[\"ACCES_AUX_SOINS\",\"COORDINATION\"]");
        assertThat(premier.at("/professionnels/0/nombre").isIntegralNumber()).isTrue();
        assertThat(premier.at("/professionnels/0/adherent").asBoolean(true)).isFalse();
        assertThat(premier.at("/indicateurs/0/cible").decimalValue()).isEqualByComparingTo("0.72");
        assertThat(premier.at("/programmesEtp/0/autorisationArs/debut").asText()).isEqualTo("2013-01-01");
        JsonNode second = lignes.get(1).dossier();
        assertThat(lignes.get(1).ligne()).isEqualTo(3);
        assertThat(second.has("projetDeSante")).as("empty cells are absent fields").isFalse();
        assertThat(second.at("/professionnels/0/nombre").isTextual()).as("left to the API to name").isTrue();
        assertThat(second.at("/professionnels/0/adherent").asText()).isEqualTo("peut-être");
    }

    @Test
    void anElementSkippedInAListIsSentEmptySoTheApiNamesItsColumns() {
        String csv = "reference,professionnels[0].profession,professionnels[1].profession\nA-1,,INFIRMIER\n";

        JsonNode dossier = LecteurCsvDossiers.lire(csv).get(0).dossier();

        assertThat(dossier.at("/professionnels").toString()).isEqualTo("[{},{\"profession\":\"INFIRMIER\"}]");
    }

    @Test
    void unknownOrRepeatedColumnsAreRefusedByName() {
        assertThatThrownBy(() -> LecteurCsvDossiers.lire("reference,structure.pays,professionnels.nombre,structure[0].type,reference\nA,B,C,D,E\n"))
                .isInstanceOf(SaisieInvalideException.class)
                .extracting(e -> ((SaisieInvalideException) e).violations().stream().map(Violation::champ).toList())
                .isEqualTo(List.of("structure.pays", "professionnels.nombre", "structure[0].type", "reference"));
        assertThatThrownBy(() -> LecteurCsvDossiers.lire("")).isInstanceOf(SaisieInvalideException.class);
    }

    @Test
    void aLineWithMoreValuesThanColumnsIsReportedOnItsOwn() {
        List<LigneDossier> lignes = LecteurCsvDossiers.lire("reference,campagne\nA-1,ENMR_2014\nA-2,ENMR_2014,en trop\n");

        assertThat(lignes.get(0).erreurs()).isEmpty();
        assertThat(lignes.get(1).dossier()).isNull();
        assertThat(lignes.get(1).erreurs().get(0).message()).isEqualTo("ligne 3 : 3 valeurs pour 2 colonnes");
    }
}
