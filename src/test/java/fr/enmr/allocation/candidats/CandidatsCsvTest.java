package fr.enmr.allocation.candidats;

import fr.enmr.dossier.echantillon.Codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.enmr.dossier.echantillon.Codes.Region;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;

/** The CSV form of a candidate list: what a spreadsheet exports, read strictly, every bad cell named. */
class CandidatsCsvTest {

    private static final CandidatScenario MELGVEN = new CandidatScenario("BRE-2014-0001", "MSP de Melgven, Finistère", Region.BRETAGNE,
            new BigDecimal("45950.00"), 3350, false, 1, true);

    @Test
    void whatIsWrittenIsReadBack() {
        StringWriter csv = new StringWriter();
        CandidatsCsv.ecrire(List.of(MELGVEN), csv);

        assertThat(csv.toString()).startsWith("reference,nom,region,cout,patienteleRetenue,zoneFragile,rangArs,eligible\n");
        assertThat(CandidatsCsv.lire(csv.toString(), Codes.Region.VALEURS)).containsExactly(MELGVEN);
    }

    @Test
    void aNameThatWouldBeAFormulaIsWrittenAsTextAndReadBackAsGiven() {
        List<String> noms = List.of("=HYPERLINK(\"http://exemple.invalid/x\";\"Cliquer\")", "+Santé", "-x", "@x");
        List<CandidatScenario> candidats = noms.stream().map(nom -> new CandidatScenario("BRE-" + noms.indexOf(nom), nom, Region.BRETAGNE,
                new BigDecimal("45950.00"), 3350, false, 1, true)).toList();
        StringWriter csv = new StringWriter();

        CandidatsCsv.ecrire(candidats, csv);

        assertThat(csv.toString().lines().skip(1)).containsExactly(
                "BRE-0,\"'=HYPERLINK(\"\"http://exemple.invalid/x\"\";\"\"Cliquer\"\")\",BRETAGNE,45950.00,3350,false,1,true",
                "BRE-1,\"'+Santé\",BRETAGNE,45950.00,3350,false,1,true",
                "BRE-2,\"'-x\",BRETAGNE,45950.00,3350,false,1,true",
                "BRE-3,\"'@x\",BRETAGNE,45950.00,3350,false,1,true");
        assertThat(CandidatsCsv.lire(csv.toString(), Codes.Region.VALEURS)).isEqualTo(candidats);
    }

    @Test
    void aFrenchSpreadsheetExportWithSemicolonsAndDecimalCommasIsRead() {
        String csv = "\uFEFFreference;region;cout;patienteleRetenue;eligible\nBRE-1;BRETAGNE;45950,50;3350;true\n";

        CandidatScenario lu = CandidatsCsv.lire(csv, Codes.Region.VALEURS).get(0);

        assertThat(lu.cout()).isEqualByComparingTo("45950.50");
        assertThat(lu.zoneFragile()).isNull(); // absent column: the contract's default applies later
        assertThat(lu.complet().rangArs()).isEqualTo(1);
    }

    @Test
    void missingAndUnknownColumnsAreNamed() {
        SaisieInvalideException e = catchThrowableOfType(() -> CandidatsCsv.lire("reference,region,prix,eligible\nA,BRETAGNE,1,true\n", Codes.Region.VALEURS),
                SaisieInvalideException.class);

        assertThat(e.violations()).extracting(Violation::champ).containsExactlyInAnyOrder("cout", "patienteleRetenue", "prix");
    }

    @Test
    void everyUnreadableCellIsNamedWithItsLine() {
        String csv = "reference,region,cout,patienteleRetenue,eligible\nA,BRETAGNE,1000,12,oui\nB,NARNIA,douze,12,true\n";

        SaisieInvalideException e = catchThrowableOfType(() -> CandidatsCsv.lire(csv, Codes.Region.VALEURS), SaisieInvalideException.class);

        assertThat(e.violations()).extracting(Violation::champ)
                .containsExactly("candidats[0].eligible", "candidats[1].region", "candidats[1].cout");
        assertThat(e.violations().get(1).message()).startsWith("ligne 3 : valeur « NARNIA » invalide");
    }

    @Test
    void anEmptyFileAsksForTheHeader() {
        SaisieInvalideException e = catchThrowableOfType(() -> CandidatsCsv.lire("", Codes.Region.VALEURS), SaisieInvalideException.class);

        assertThat(e.violations()).extracting(Violation::champ).containsExactly("corps");
    }
}
