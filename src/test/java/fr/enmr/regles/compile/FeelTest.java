package fr.enmr.regles.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BinaryOperator;

import org.junit.jupiter.api.Test;
import org.kie.dmn.feel.lang.ast.infixexecutors.AddExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.DivExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.EqExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.GtExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.GteExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.InfixExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.LtExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.LteExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.MultExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.NeExecutor;
import org.kie.dmn.feel.lang.ast.infixexecutors.SubExecutor;

/**
 * Feel's fast paths give what KIE's executors give, value, class and scale, for every pair of a grid of operands of
 * every kind the models meet (and some they do not): null, texts, booleans, numbers of several scales, dates, a list.
 */
class FeelTest {

    private static final List<Object> OPERANDES = Arrays.asList(null, "", "a", "b", "ENMR_2014", Boolean.TRUE, Boolean.FALSE,
            BigDecimal.ZERO, new BigDecimal("0.00"), BigDecimal.ONE, new BigDecimal("1.0"), new BigDecimal("11"), new BigDecimal("-3"),
            new BigDecimal("2000"), new BigDecimal("0.2"), new BigDecimal("123456789012345678901234567890.123456789"), BigDecimal.valueOf(4095),
            LocalDate.of(2013, 12, 31), LocalDate.of(2014, 1, 1), List.of("a"), List.of(BigDecimal.ONE));

    @Test
    void everyOperatorAgreesWithKiesExecutorOnEveryPair() {
        List<String> differences = new ArrayList<>();
        comparer("+", Feel::plus, AddExecutor.instance(), differences);
        comparer("-", Feel::moins, SubExecutor.instance(), differences);
        comparer("*", Feel::fois, MultExecutor.instance(), differences);
        comparer("/", Feel::divise, DivExecutor.instance(), differences);
        comparer("=", Feel::egal, EqExecutor.instance(), differences);
        comparer("!=", Feel::different, NeExecutor.instance(), differences);
        comparer("<", Feel::inferieur, LtExecutor.instance(), differences);
        comparer("<=", Feel::inferieurOuEgal, LteExecutor.instance(), differences);
        comparer(">", Feel::superieur, GtExecutor.instance(), differences);
        comparer(">=", Feel::superieurOuEgal, GteExecutor.instance(), differences);
        assertThat(differences).isEmpty();
    }

    @Test
    void aChainOfPlusIsKiesLeftToRightSum() {
        assertThat(Feel.concatener("a", "b", "c")).isEqualTo("abc");
        assertThat(Feel.concatener("a", null, "c")).isNull();
        assertThat(Feel.concatener(BigDecimal.ONE, new BigDecimal("2.50"), BigDecimal.TEN)).isEqualTo(new BigDecimal("13.50"));
        assertThat(Feel.concatener("a", BigDecimal.ONE, "c")).isNull();
    }

    @Test
    void rememberedQuotientsAreThoseComputed() {
        for (int diviseur = 1; diviseur < 130; diviseur += 7) {
            for (int dividende = 0; dividende < 5000; dividende += 13) {
                BigDecimal x = BigDecimal.valueOf(dividende);
                BigDecimal y = BigDecimal.valueOf(diviseur);
                BigDecimal attendu = (BigDecimal) DivExecutor.instance().evaluate(x, y, ContexteOperateurs.INSTANCE);
                assertThat(Feel.divise(x, y)).as("%s / %s", x, y).isEqualTo(attendu); // twice: computed, then remembered
                assertThat(Feel.divise(x, y)).as("%s / %s again", x, y).isEqualTo(attendu);
            }
        }
    }

    @Test
    void anErrorKieWouldReportGivesTheDossierBackToKie() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Feel.divise(BigDecimal.ONE, BigDecimal.ZERO)).isInstanceOf(ErreurFeel.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Feel.count((Object) null)).isInstanceOf(ErreurFeel.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Feel.champ("texte", "x")).isInstanceOf(ErreurFeel.class);
    }

    private static void comparer(String operateur, BinaryOperator<Object> feel, InfixExecutor kie, List<String> differences) {
        for (Object a : OPERANDES) {
            for (Object b : OPERANDES) {
                Object attendu;
                try {
                    attendu = kie.evaluate(a, b, ContexteOperateurs.INSTANCE);
                } catch (ErreurFeel erreur) {
                    attendu = erreur;
                }
                Object obtenu;
                try {
                    obtenu = feel.apply(a, b);
                } catch (ErreurFeel erreur) {
                    obtenu = erreur;
                }
                boolean memes = attendu instanceof ErreurFeel ? obtenu instanceof ErreurFeel
                        : ComparaisonKie.differences("", attendu, obtenu).isEmpty();
                if (!memes) {
                    differences.add(a + " " + operateur + " " + b + ": KIE " + attendu + ", Feel " + obtenu);
                }
            }
        }
    }
}
